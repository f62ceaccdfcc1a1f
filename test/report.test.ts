import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { updateAction, type ActionPlan } from "../src/index.js";
import { RAG_SWATCH, STATUS_SWATCH } from "../src/report/html.js";
import { renderHtmlReport, renderMarkdownReport } from "../src/report/index.js";
import { EXAMPLE_REPORTS } from "../scripts/example-reports.mjs";
import { deepFreeze, loadPlan } from "./helpers.js";

// Built in beforeAll, not at load, so that mutation testing can tell which tests use them.
let kingston: ActionPlan;
let westNorfolk: ActionPlan;
let md: string;
beforeAll(() => {
  kingston = deepFreeze(loadPlan("kingston-2019.json"));
  westNorfolk = deepFreeze(loadPlan("west-norfolk-2024.json"));
  md = renderMarkdownReport(kingston, { asOf });
});

const asOf = "2019-06-30";

/** The rows of the Markdown table that follows a heading. */
function tableAfter(text: string, heading: string): string[][] {
  const lines = text.split("\n");
  let i = lines.indexOf(heading);
  expect(i, heading).toBeGreaterThanOrEqual(0);
  while (!lines[i]!.startsWith("|")) i++;
  const rows: string[][] = [];
  for (; lines[i]?.startsWith("|"); i++) rows.push(lines[i]!.slice(2, -2).split(" | "));
  return rows;
}

describe("the Markdown report", () => {
  it("shows the theme table a reader would count from the Kingston plan", () => {
    // Themes from the plan's section rows: governance R9-R16, finance R3-R8, capacity
    // R17-R20; R1, R2 and R21 have none. Overdue as of 30 June 2019: 16 and 16.1
    // (governance), 3 (finance), 17 and 20.1 (capacity). No target: the 20 "Ongoing", the
    // "Annual" (21.2) and "In progress" (21.5) timescales, and 9 and 21.4 with none, 24 in
    // the file; but 20 ("Ongoing", status "December 2019") and 21.5 ("In progress", status
    // "July 2019") have their columns swapped, which validation puts back, so they are due
    // December and July 2019: 22. Finance 4, 5, 5.2, 7.4, 7.5, 8, 8.1 (7); governance 9,
    // 9.1, 10, 10.1, 10.2, 10.3, 15 (7); capacity 19, 20.2 (2); unassigned 2.1, 21, 21.1,
    // 21.2, 21.3, 21.4 (6). Every RAG is derived: red where overdue, green otherwise (none
    // on hold). One action is complete, in R21: 1 of 16 is 6%, 1 of 54 is 2%.
    const table = md.slice(md.indexOf("## By theme"), md.indexOf("An action counts under every theme"));
    expect(table.trim().split("\n").slice(2)).toEqual([
      "| Theme | Actions | Overdue | No target | Complete % | Red | Amber | Green |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      "| Understanding of the local place and priority setting | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
      "| Leadership of place | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
      "| Organisational leadership and governance | 13 | 2 | 7 | 0 | 2 | 0 | 11 |",
      "| Financial planning and viability | 17 | 1 | 7 | 0 | 1 | 0 | 16 |",
      "| Capacity to deliver | 8 | 2 | 2 | 0 | 2 | 0 | 6 |",
      "| Unassigned | 16 | 0 | 6 | 6 | 0 | 0 | 16 |",
      "| **All actions** | 54 | 5 | 22 | 2 | 5 | 0 | 49 |",
    ]);
  });

  it("opens with the council, the plan and the date", () => {
    expect(md.split("\n")[0]).toBe("# Royal Borough of Kingston upon Thames: Corporate Peer Challenge action plan");
    expect(md).toContain("Figures as of **30 June 2019**. Corporate Peer Challenge: 7 January 2019 to 10 January 2019.");
  });

  it("has its sections in order", () => {
    const headings = md.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual(["## Headline", "## By theme", "## Overdue actions (5)", "## Recommendations and actions"]);
  });

  it("gives the headline with status and RAG percentages", () => {
    expect(md).toContain("2% of actions completed, 81% making expected progress and 17% not yet progressed (54 actions). 5 actions are overdue.");
    expect(tableAfter(md, "## Headline")).toContainEqual(["In progress", "48", "89"]);
  });

  it("rolls up by the five themes, then unassigned and the total, every row the same width", () => {
    const rows = tableAfter(md, "## By theme");
    expect(rows.slice(2).map((r) => r[0])).toEqual([
      "Understanding of the local place and priority setting",
      "Leadership of place",
      "Organisational leadership and governance",
      "Financial planning and viability",
      "Capacity to deliver",
      "Unassigned",
      "**All actions**",
    ]);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it("lists overdue actions most overdue first, with owner and days", () => {
    const rows = tableAfter(md, "## Overdue actions (5)").slice(2);
    expect(rows.map((r) => [r[0], r[2], r[5]])).toEqual([
      ["16", "Stephen Evans", "122"],
      ["16.1", "Stephen Evans", "122"],
      ["3", "Sarah Ireland, Stephen Evans", "61"],
      ["17", "All SLT", "61"],
      ["20.1", "Sarah Ireland", "30"],
    ]);
  });

  it("gives every recommendation with its actions, status, RAG and latest comment", () => {
    expect(md.split("\n").filter((l) => l.startsWith("### "))).toHaveLength(21);
    const r9 = tableAfter(md, "### R9. Bring about greatly improved communication across the council");
    expect(r9[2]).toEqual(["9", "See action 8.2 above", "", "", "No status (not started)", "Green (derived)", ""]);
    expect(md).toContain("_Heading: FINANCIAL CHALLENGE. Theme: Financial planning and viability._");
  });

  it("keeps tables whole when text holds pipes and line breaks", () => {
    const plan: ActionPlan = { ...westNorfolk, actions: [{ id: "1", recommendation: "R1", title: "Budget | savings\nphase 2", comments: "a|b" }] };
    const row = renderMarkdownReport(plan, { asOf: "2024-06-26" })
      .split("\n")
      .find((l) => l.startsWith("| 1 |"))!;
    expect(row).toContain("Budget \\| savings<br>phase 2");
    expect(row.split(/(?<!\\)\|/).length).toBe(9);
  });

  it("says what changed since an earlier snapshot", () => {
    const june = updateAction(westNorfolk, "1.5", { date: "2024-06-20", status: "complete", note: "Community events held" });
    const text = renderMarkdownReport(june, { asOf: "2024-06-26", compare: westNorfolk });
    expect(text).toContain("## Changes since the previous snapshot");
    expect(text).toContain("**Completed (1)**\n\n- 1.5 Devise methods of consultation and feedback from customers and stakeholders");
    expect(text).toContain("| Complete | Green (derived) | Community events held |");
  });
});

describe("the HTML report", () => {
  let html: string;
  beforeAll(() => {
    html = renderHtmlReport(kingston, { asOf });
  });

  it("is one self-contained document: no scripts, stylesheets, fonts or images fetched", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|@import|src=|url\(\s*["']?(?:https?:|\/\/)/i);
    expect(html.match(/https?:\/\/[^"\s)]+/g)?.every((u) => u === "http://www.w3.org/2000/svg")).toBe(true);
  });

  it("has real tables with header cells and captions", () => {
    expect(html.match(/<table/g)?.length).toBe(4 + 21); // status, RAG, themes, overdue; one per recommendation
    expect(html.match(/<caption>/g)?.length).toBe(4 + 21);
    expect(html).toContain('<th scope="col">Theme</th>');
    expect(html).toContain('<th scope="row">Capacity to deliver</th>');
  });

  it("gives each chart a text alternative with the figures", () => {
    expect(html.match(/<svg role="img" aria-labelledby="[^"]+"/g)).toHaveLength(2);
    expect(html).toContain('<desc id="status-chart-desc">Not started 4 (7%), In progress 48 (89%), Complete 1 (2%), Ongoing 1 (2%), On hold 0 (0%).</desc>');
    expect(html).toContain("Organisational leadership and governance: 13 actions, 2 red, 0 amber, 11 green");
  });

  it("never relies on colour alone: patterns, labels and WCAG AA contrast with white", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const s of [...Object.values(RAG_SWATCH), ...Object.values(STATUS_SWATCH)]) {
      expect((1 + 0.05) / (luminance(s.fill) + 0.05), s.label).toBeGreaterThanOrEqual(4.5);
    }
    const ragPatterns = Object.values(RAG_SWATCH).map((s) => s.pattern);
    expect(new Set(ragPatterns).size).toBe(ragPatterns.length);
    expect(html).toContain('<span class="badge rag-red">Red</span>');
  });

  it("prints on A4", () => {
    expect(html).toContain("@media print");
    expect(html).toContain("size: A4");
  });

  it("escapes what plans contain", () => {
    const plan: ActionPlan = { ...westNorfolk, council: { name: "<script>alert(1)</script> & Co" } };
    const out = renderHtmlReport(plan, { asOf: "2024-06-26" });
    expect(out).not.toContain("<script>alert");
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
  });
});

describe("the example reports in docs/examples", () => {
  for (const { plan, asOf: date, name } of EXAMPLE_REPORTS) {
    it(`${name} is what the renderers give today (run npm run examples if not)`, () => {
      const p = loadPlan(plan);
      expect(readFileSync(new URL(`../docs/examples/${name}.md`, import.meta.url), "utf8")).toBe(renderMarkdownReport(p, { asOf: date }));
      expect(readFileSync(new URL(`../docs/examples/${name}.html`, import.meta.url), "utf8")).toBe(renderHtmlReport(p, { asOf: date }));
    });
  }
});

describe("Markdown never carries markup from plan text", () => {
  it("escapes HTML and flattens line breaks in the report, stats and diff Markdown", () => {
    // A council name with a line break and a heading after it, and a title with a script:
    // rendered by any Markdown renderer, neither must become a heading or run.
    const plan = {
      schemaVersion: 1 as const,
      council: { name: "Evil\n# Injected heading" },
      title: "<script>alert(1)</script>",
      peerChallenge: { start: "2024-01" },
      recommendations: [{ id: "R1", title: "<img src=x onerror=alert(1)>" }],
      actions: [{ id: "1.1", recommendation: "R1", title: "a | b\n<b>bold</b>", status: "in-progress" as const }],
    };
    const md = renderMarkdownReport(plan, { asOf: "2024-06-30" });
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("<img");
    expect(md).not.toContain("<b>");
    expect(md).not.toMatch(/^# Injected/m);
    expect(md).toContain("# Evil # Injected heading: &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(md).toContain("a \\| b<br>&lt;b&gt;bold&lt;/b&gt;");
  });
});
