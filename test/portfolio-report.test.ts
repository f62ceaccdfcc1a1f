import { describe, expect, it } from "vitest";
import type { ActionPlan } from "../src/index.js";
import { renderPortfolioHtml } from "../src/report/index.js";
import { examplePath, loadPlan, runCpc } from "./helpers.js";

const kingston = () => loadPlan("kingston-2019.json");
const westNorfolk = () => loadPlan("west-norfolk-2024.json");

/** The cells of the table row whose header cell starts with `name`. */
function rowOf(html: string, name: string): string[] {
  const row = html.split("\n").find((l) => l.startsWith(`<tr><th scope="row">${name}`));
  if (row === undefined) throw new Error(`no row ${name}`);
  return [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((m) => m[1]!);
}

describe("renderPortfolioHtml", () => {
  // As of 30 June 2019 (hand counts in test/portfolio.test.ts): Kingston 54 actions, 5 overdue,
  // headline 1 / 44 / 9; West Norfolk 24 actions, none overdue, 24 not yet progressed. Together
  // 78 actions, 5 overdue, 1 / 44 / 33 = 1 % / 57 % / 42 %.
  const html = () => renderPortfolioHtml([kingston(), westNorfolk()], { asOf: "2019-06-30" });

  it("gives a row per plan and the totals from the summed counts", () => {
    const page = html();
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(rowOf(page, "Royal Borough of Kingston upon Thames")).toEqual([
      "Royal Borough of Kingston upon Thames",
      "2019-01-07",
      "Not known: the plan gives no publication date",
      "",
      "54",
      "5",
      "1 (2%)",
      "44 (81%)",
      "9 (17%)",
    ]);
    expect(rowOf(page, "Borough Council of King&#39;s Lynn and West Norfolk").slice(1, 6)).toEqual(["2023-10", "Within 5 months (not 3)", "", "24", "0"]);
    expect(rowOf(page, "Total (2 plans)").slice(4)).toEqual(["78", "5", "1 (1%)", "44 (57%)", "33 (42%)"]);
  });

  it("charts completion by plan, with a text alternative, and lists the themes", () => {
    const page = html();
    expect(page).toContain('<svg role="img" aria-labelledby="completion-chart-title completion-chart-desc"');
    expect(page).toContain("Royal Borough of Kingston upon Thames: 2% completed, 81% making expected progress, 17% not yet progressed");
    expect(page).toContain(">All plans<");
    // Organisational and place leadership: Kingston's R9-R16, 13 actions, 2 overdue.
    expect(rowOf(page, "Organisational and place leadership")).toEqual(["Organisational and place leadership", "1", "8", "13", "2", "0"]);
  });

  it("escapes what the plans say and names the files left out", () => {
    const odd: ActionPlan = { schemaVersion: 1, council: { name: "<script>alert(1)</script> Council" }, recommendations: [], actions: [] };
    const page = renderPortfolioHtml([odd], { asOf: "2024-06-26", leftOut: [{ name: "a<b>.xlsx", reason: "cannot be read" }] });
    expect(page).not.toContain("<script>");
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Council");
    expect(page).toContain("<strong>a&lt;b&gt;.xlsx</strong>: cannot be read");
    expect(page).toContain("Total (1 plan; 1 file left out)");
  });

  it("tells two plans of one council apart by their file names", () => {
    const page = renderPortfolioHtml(
      [
        { plan: kingston(), name: "kingston-2019.json" },
        { plan: kingston(), name: "kingston-2019.tsv" },
      ],
      { asOf: "2019-06-30" },
    );
    expect(page).toContain("Royal Borough of Kingston upon Thames (kingston-2019.json)");
    expect(page).toContain("Royal Borough of Kingston upon Thames (kingston-2019.tsv)");
  });

  it("is what cpc stats --format html writes", async () => {
    const r = await runCpc([
      "stats",
      examplePath("kingston-2019.json"),
      examplePath("west-norfolk-2024.json"),
      "missing.yaml",
      "--as-of",
      "2019-06-30",
      "--format",
      "html",
    ]);
    expect(r.code).toBe(2);
    expect(rowOf(r.out, "Total (2 plans; 1 file left out)").slice(4)).toEqual(["78", "5", "1 (1%)", "44 (57%)", "33 (42%)"]);
    expect(r.out).toContain("<strong>missing.yaml</strong>");
  });
});
