// The page's portfolio module (site/src/portfolio.ts) without a browser: which files make a
// portfolio, and the table it shows for files read as the page reads them (site/src/load.ts).
// test-browser/portfolio.test.ts drives the built page in Chromium.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { load } from "../site/src/load.js";
import { isPlanFile, isPortfolio, portfolioReport, portfolioSection } from "../site/src/portfolio.js";

const AS_OF = "2025-04-15";
const read = (path: string) => {
  const file = fileURLToPath(new URL(`../${path}`, import.meta.url));
  return load(path.slice(path.lastIndexOf("/") + 1), new Uint8Array(readFileSync(file)), AS_OF);
};

/** The cells of each body row of the table with this id. */
function rows(html: string, id: string): string[][] {
  const table = new RegExp(`<table id="${id}">[\\s\\S]*?</table>`).exec(html)![0];
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(table)![1]!;
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]!));
}

describe("the page's portfolio", () => {
  it("is several plans, a folder, or two councils' plans; two snapshots of one plan are a comparison", () => {
    const kingston = read("examples/kingston-2019.json");
    const kingstonTsv = read("examples/kingston-2019.tsv");
    const westNorfolk = read("test/fixtures/site/west-norfolk-2024.yaml");
    expect(isPortfolio([kingston, kingstonTsv], false)).toBe(false);
    expect(isPortfolio([kingston, westNorfolk], false)).toBe(true);
    expect(isPortfolio([kingston], true)).toBe(true);
    expect(isPortfolio([kingston, kingstonTsv, westNorfolk], false)).toBe(true);
    expect(isPortfolio([kingston], false)).toBe(false);
  });

  it("takes only plan files from a folder", () => {
    expect(["a.xlsx", "b.YAML", "README.md", "notes.txt", ".hidden.json", "plans/c.docx"].filter(isPlanFile)).toEqual(["a.xlsx", "b.YAML", "plans/c.docx"]);
  });

  // Counted by hand as of 15 April 2025 (test/portfolio-cli.test.ts): the tracker 4 actions, 3 overdue, 25 %
  // completed; the Word plan 3, 2, 33 %; North Herts none. Together 7 actions, 5 overdue, 2 of 7 completed: 29 %.
  it("shows a row per plan and the totals, leaving out the file it could not use and saying so", () => {
    const broken = load("broken.json", new TextEncoder().encode("{ not json"), AS_OF);
    const loaded = [
      read("test/fixtures/xlsx/tracker.xlsx"),
      read("test/fixtures/docx/action-plan.docx"),
      broken,
      read("test/fixtures/portfolio/north-herts-2024.yaml"),
    ];
    const html = portfolioSection(loaded, AS_OF);
    expect(rows(html, "portfolio-table").map((r) => [r[0], r[1], r[3], r[4], r[5], r[6]])).toEqual([
      ["Example Borough Council", "tracker.xlsx", "Not known", "4", "3", "25%"],
      ["Example District Council", "action-plan.docx", "Not known", "3", "2", "33%"],
      ["North Hertfordshire Council", "north-herts-2024.yaml", "Within 5 months (not 3)", "0", "0", "0%"],
      ["Total (3 plans; 1 file left out)", "", "0 within 3 months, 1 within 5", "7", "5", "29%"],
    ]);
    expect(html).toContain("The totals leave out broken.json: it could not be used");
    // Themes from the section rows the readers keep: the tracker's three recommendations (4 actions, 3 overdue,
    // 1.3 complete) and the Word plan's R2 (2.1, complete) sit under GOVERNANCE, which is governance and
    // culture: 2 plans, 4 recommendations, 5 actions, 3 overdue, 2 of 5 complete (40 %). The Word plan's R1
    // has no section row: unassigned, 2 actions, both overdue.
    const themes = rows(html, "portfolio-themes");
    expect(themes[2]).toEqual(["Governance and culture", "2", "4", "5", "3", "40%"]);
    expect(themes.at(-1)).toEqual(["Unassigned", "1", "1", "2", "2", "0%"]);
    // The download is the portfolio report with the same figures.
    expect(portfolioReport(loaded, AS_OF)).toContain("Total (3 plans; 1 file left out)");
  });
});
