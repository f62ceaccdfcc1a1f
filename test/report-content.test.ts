import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import type { Action, ActionPlan } from "../src/index.js";
import { writeReportDocx } from "../src/docx/report.js";
import { reportContent, type Cell, type TableContent } from "../src/report/content.js";
import { headlineFigures, statsFigures } from "../src/report/figures.js";
import { buildReport, renderHtmlReport, renderMarkdownReport } from "../src/report/index.js";
import { portfolioLines, publishedText } from "../src/report/portfolio-rows.js";
import { portfolioSummary } from "../src/portfolio/index.js";
import { progressHeadline } from "../src/progress/headline.js";
import { rollup } from "../src/statistics/rollup.js";
import { validatePlan } from "../src/schema/index.js";
import { loadPlan } from "./helpers.js";

// The report's rules live in src/report/content.ts (and words.ts, figures.ts,
// portfolio-rows.ts); the renderers only lay them out. These tests pin each rule where it
// now lives, with figures counted by hand.

const act = (id: string, status: Action["status"], timescale: string): Action => ({ id, recommendation: "R1", title: `Action ${id}`, status, timescale });

/**
 * Five actions as of 30 June 2024: A1 complete; A2 in progress, due December 2024; A3 not
 * started, due December 2024; A4 in progress but due 31 March 2024, so overdue by 91 days
 * (April 30 + May 31 + June 30); A5 cancelled. Counted: 4 (A5 left out). Completed 1 (25%),
 * making expected progress 1 (A2, 25%), not yet progressed 2 (A3 not started, A4 overdue
 * although under way: 50%). By status: not started 1 (25%), in progress 2 (50%), complete 1
 * (25%), ongoing 0, on hold 0. Overdue: A4 alone.
 */
const small = (ragScheme: "rag" | "brag"): ActionPlan => ({
  schemaVersion: 1,
  council: { name: "Test Borough Council" },
  peerChallenge: { start: "2024-01-15" },
  ragScheme,
  recommendations: [{ id: "R1", title: "Grip the budget", themes: ["financial-planning-and-viability"] }],
  actions: [
    act("A1", "complete", "March 2024"),
    act("A2", "in-progress", "December 2024"),
    act("A3", "not-started", "December 2024"),
    act("A4", "in-progress", "March 2024"),
    act("A5", "cancelled", "March 2024"),
  ],
});
const asOf = "2024-06-30";
const contentOf = (plan: ActionPlan) => reportContent(buildReport(plan, { asOf }));
const text = (c: Cell) => c.lines.map((l) => l.map((s) => s.text).join("")).join("\n");
const rowsOf = (t: TableContent) => t.rows.map((r) => r.map(text));

describe("the RAG columns a scheme shows, in every output", () => {
  it("RAG: red, amber and green; no blue row or column anywhere", () => {
    const c = contentOf(small("rag"));
    expect(c.rags).toEqual(["red", "amber", "green"]);
    expect(rowsOf(c.rag).map((r) => r[0])).toEqual(["Red", "Amber", "Green"]);
    expect(c.themes.table.columns.map((col) => col.head)).toEqual(["Theme", "Actions", "Overdue", "No target", "Complete %", "Red", "Amber", "Green"]);
    const figures = statsFigures(rollup(small("rag"), { by: "theme", asOf }), "theme", small("rag").actions, asOf);
    expect(figures.rag.rows.map((r) => r[0])).toEqual(["red", "amber", "green"]);
    expect(figures.rollup.head.slice(5)).toEqual(["red", "amber", "green"]);
    expect(renderMarkdownReport(small("rag"), { asOf })).not.toContain("Blue");
  });

  it("BRAG: blue as well, and A1 (complete, its rating worked out) is the one blue action", () => {
    const c = contentOf(small("brag"));
    expect(c.rags).toEqual(["red", "amber", "green", "blue"]);
    expect(rowsOf(c.rag).map((r) => r[0])).toEqual(["Red", "Amber", "Green", "Blue (complete)"]);
    // Blue: 1 of the 4 counted actions, 25%.
    expect(rowsOf(c.rag)[3]).toEqual(["Blue (complete)", "1", "25"]);
    expect(c.themes.table.columns.map((col) => col.head).slice(5)).toEqual(["Red", "Amber", "Green", "Blue (complete)"]);
    const figures = statsFigures(rollup(small("brag"), { by: "theme", asOf }), "theme", small("brag").actions, asOf);
    expect(figures.rag.rows.map((r) => r[0])).toEqual(["red", "amber", "green", "blue"]);
  });
});

describe("every status but cancelled, and the cancelled ones said to be left out", () => {
  it("the status rows of the reports and of cpc stats", () => {
    const c = contentOf(small("rag"));
    expect(rowsOf(c.status)).toEqual([
      ["Not started", "1", "25"],
      ["In progress", "2", "50"],
      ["Complete", "1", "25"],
      ["Ongoing", "0", "0"],
      ["On hold", "0", "0"],
    ]);
    const figures = statsFigures(rollup(small("rag"), { by: "theme", asOf }), "theme", small("rag").actions, asOf);
    expect(figures.status.rows).toEqual([
      ["not-started", 1, 25],
      ["in-progress", 2, 50],
      ["complete", 1, 25],
      ["ongoing", 0, 0],
      ["on-hold", 0, 0],
    ]);
    expect(figures.notes[0]).toBe("4 actions (1 cancelled left out), 1 overdue, as of 2024-06-30.");
  });

  it("Kingston's real plan: 4 not started, 48 in progress, 1 complete, 1 ongoing of 54 (7, 89, 2, 2 %)", () => {
    // Counted by hand in one-truth.test.ts: the published file with two rows' status and
    // timescale columns swapped, read as validatePlan reads them.
    const kingston = validatePlan(loadPlan("kingston-2019.json")).plan!;
    expect(rowsOf(contentOf(kingston).status)).toEqual([
      ["Not started", "4", "7"],
      ["In progress", "48", "89"],
      ["Complete", "1", "2"],
      ["Ongoing", "1", "2"],
      ["On hold", "0", "0"],
    ]);
  });
});

describe("the headline sentence, written once", () => {
  const sentence = "25% of actions completed, 25% making expected progress and 50% not yet progressed (4 actions; 1 cancelled left out). 1 action is overdue.";

  it("is the report content's, and each output prints it as it is", () => {
    const plan = small("rag");
    expect(contentOf(plan).headline.sentence).toBe(sentence);
    expect(renderMarkdownReport(plan, { asOf })).toContain(`\n${sentence}\n`);
    expect(strFromU8(unzipSync(writeReportDocx(plan, { asOf }))["word/document.xml"]!)).toContain(`>${sentence}<`);
    expect(renderHtmlReport(plan, { asOf })).toContain("<p>4 actions; 1 cancelled left out.");
  });

  it("cpc stats --headline: the same parts, in the terminal's words", () => {
    const plan = small("rag");
    const f = headlineFigures(progressHeadline(plan, { asOf }), plan.actions, asOf);
    expect(f.table.rows).toEqual([
      ["completed", 1, 25],
      ["making expected progress", 1, 25],
      ["not yet progressed", 2, 50],
    ]);
    expect(f.notes[0]).toBe("4 actions as of 2024-06-30 (1 cancelled left out).");
    expect(f.notes).toContain("1 under way but overdue count as not yet progressed.");
  });
});

describe("an action's row, assembled once for the HTML, Markdown and Word tables", () => {
  it("A4: its target and due date, and its status with how long overdue, as clauses of one phrase", () => {
    const table = contentOf(small("rag")).recommendations[0]!.table!;
    expect(table.columns.map((c) => c.head)).toEqual(["Action", "What will be done", "Owner", "Target", "Status", "RAG", "Latest comment"]);
    const a4 = table.rows[3]!;
    expect(text(a4[0]!)).toBe("A4");
    expect(a4[3]!.lines).toEqual([[{ text: "March 2024" }], [{ text: "due 2024-03-31", muted: true, date: true }]]);
    expect(a4[4]).toEqual({ lines: [[{ text: "In progress" }], [{ text: "91 days overdue", overdue: "words" }]], clauses: true });
    // Markdown keeps the phrase on one line; HTML and Word break it.
    expect(renderMarkdownReport(small("rag"), { asOf })).toContain("| In progress, 91 days overdue |");
    expect(renderHtmlReport(small("rag"), { asOf })).toContain('In progress<br><span class="overdue">91 days overdue</span>');
  });

  it("an action with no words says so in our words, and its steps are a list under it", () => {
    const plan: ActionPlan = {
      ...small("rag"),
      actions: [{ id: "1", recommendation: "R1", title: "", steps: [{ id: "1a", text: "Draft the strategy", timescale: "May 2024" }] }],
    };
    const what = contentOf(plan).recommendations[0]!.table!.rows[0]![1]!;
    expect(what.lines).toEqual([[{ text: "(no text)", placeholder: true }]]);
    expect(what.items).toEqual([[{ text: "1a. " }, { text: "Draft the strategy", prose: true }, { text: " " }, { text: "(May 2024)", muted: true }]]);
    expect(renderMarkdownReport(plan, { asOf })).toContain("| _(no text)_<br>1a. Draft the strategy (May 2024) |");
  });
});

describe("the portfolio table's rows, built once", () => {
  it("says whether a plan was published on time in each output's words", () => {
    const late = { within3Months: false, within5Months: true };
    const unknown = { within3Months: undefined, within5Months: undefined, unknown: "the plan gives no publication date" };
    expect([publishedText(late, "terminal"), publishedText(late, "page"), publishedText(late, "report")]).toEqual([
      "within 5 months",
      "Within 5 months (not 3)",
      "Within 5 months (not 3)",
    ]);
    expect([publishedText(unknown, "terminal"), publishedText(unknown, "page"), publishedText(unknown, "report")]).toEqual([
      "not known",
      "Not known",
      "Not known: the plan gives no publication date",
    ]);
  });

  it("West Norfolk (CPC October 2023, plan February 2024) and Kingston (no publication date), then the total", () => {
    const p = portfolioSummary(
      [
        { plan: loadPlan("west-norfolk-2024.json"), name: "west-norfolk-2024.json" },
        { plan: loadPlan("kingston-2019.json"), name: "kingston-2019.json" },
      ],
      { asOf: "2024-06-26" },
    );
    const lines = portfolioLines(p, 1, "page");
    expect(lines.map((l) => [l.file, l.published, l.total])).toEqual([
      ["west-norfolk-2024.json", "Within 5 months (not 3)", false],
      ["kingston-2019.json", "Not known", false],
      // 0 plans within 3 months, 1 (West Norfolk) within 5.
      ["", "0 within 3 months, 1 within 5", true],
    ]);
    expect(lines[2]!.council).toBe("Total (2 plans; 1 file left out)");
  });
});
