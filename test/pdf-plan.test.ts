// Action plans published as PDFs (test/fixtures/pdf/make.py: Word tables made by python-docx, printed
// to PDF by LibreOffice): read by where their text stands, through the table reader every other
// format goes through. Each figure is counted by hand from make.py, in the comments; each PDF is also
// held to the reading of the Word file it was printed from (read cell by cell, another path).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pdfRuns } from "../src/cli/pdf.js";
import { readPlanDocx } from "../src/docx/index.js";
import { readPlanPdfRuns } from "../src/pdf/read.js";
import { pdfTableRows, type PdfPageText } from "../src/pdf/rows.js";
import { cpcStats, runCpc, scratchFile, type RawPlan } from "./helpers.js";

const fixture = (name: string) => new URL(`./fixtures/pdf/${name}`, import.meta.url).pathname;
const bytes = (name: string) => new Uint8Array(readFileSync(fixture(name)));
const readPdf = async (name: string) => readPlanPdfRuns(await pdfRuns(bytes(name), name));
/** An action as both readers give it, in the fields a committee is told. */
const essentials = (plan: RawPlan) =>
  plan.actions.map((a) => ({
    id: a.id,
    title: a.title,
    status: a["status"],
    rag: a["rag"],
    timescale: a["timescale"],
    owners: a["owners"],
    comments: a["comments"],
  }));

describe("a four-page tracker: borders, a header repeated on each page, page numbers, rows carried over", () => {
  it("gives the figures counted from make.py", async () => {
    // 4 recommendations x 4 actions = 16. Status statuses[(r + a) % 4] of Complete, On track, Delayed,
    // Not started: each four times; On track and Delayed are under way: 8 in progress. RAG rags[(r + a)
    // % 4] of Green, Green, Amber, Red: green 8, amber 4, red 4. Targets by a: March 2025, September
    // 2025, December 2025, Q4 2025/26. On 15 November 2025 the first two are past: a = 1 is complete
    // for r = 3 only and a = 2 for r = 2 only, so 3 + 3 = 6 overdue.
    const stats = await cpcStats([fixture("northshire-tracker.pdf")], "2025-11-15");
    expect(stats.actions).toBe(16);
    expect(stats.overdue).toBe(6);
    expect(stats.status.counts).toMatchObject({ "not-started": 4, "in-progress": 8, complete: 4 });
    expect(stats.rag.counts).toMatchObject({ red: 4, amber: 4, green: 8 });
  });

  it("reads every action as the Word file it was printed from is read", async () => {
    const fromPdf = (await readPdf("northshire-tracker.pdf")).plan as unknown as RawPlan;
    const fromWord = readPlanDocx(bytes("northshire-tracker.docx")).plan as unknown as RawPlan;
    expect(essentials(fromPdf)).toEqual(essentials(fromWord));
    expect(fromPdf.recommendations.map((r) => r.title)).toEqual(fromWord.recommendations.map((r) => r.title));
  });

  it("carries a row over a page break, joins words broken at a column's edge, keeps a cell's lettered lines", async () => {
    const plan = (await readPdf("northshire-tracker.pdf")).plan as unknown as RawPlan;
    const byId = new Map(plan.actions.map((a) => [a.id, a]));
    // 1.4's update runs from the foot of page 1 onto page 2 ("... the Leader and Chief" / "Executive to consider.").
    expect(byId.get("1.4")!["comments"]).toBe(
      "Workshops were held with all members in June and July; feedback has been gathered and is being collated into a draft for the Leader and Chief Executive to consider.",
    );
    // Recommendation 3's text and action 3.1's run from page 2 onto page 3.
    expect(plan.recommendations[2]!.title).toBe("Improve the culture of scrutiny and challenge");
    expect(byId.get("3.1")!.title).toBe("Action 3.1: agree and deliver the plan for recommendation 3");
    // 1.2's three lettered steps, each its own line in the cell: three steps.
    expect(byId.get("1.2")!.steps!.map((s) => s.text)).toEqual(["Hold member workshops", "Agree the narrative at Cabinet", "Publish the narrative"]);
  });

  it("says how it was read, with the pages and the words it joined", async () => {
    const said = (await readPdf("northshire-tracker.pdf")).issues.filter((i) => i.code === "pdf-table");
    expect(said.length).toBe(1);
    expect(said[0]!.severity).toBe("warning");
    expect(said[0]!.message).toMatch(/^The plan was read from the table on pages 1 to 4 of the PDF by where its text stands/);
    // 15 of the 16 action texts end "for recommendation N", broken as "recommendati" / "on N" (1.2's is its steps).
    expect(said[0]!.message).toContain('15 words broken at the edge of their column were joined whole ("recommendati" + "on")');
  });
});

describe("a plan with no number column, section rows merged across, a recommendation merged down", () => {
  it("gives the figures counted from make.py", async () => {
    // 2 recommendations (FINANCE and GOVERNANCE are sections), 5 actions: Complete, In progress,
    // Complete, Not started, On hold. Targets March 2025, Q4 2024/25 (31 March 2025), December 2024,
    // June 2025, TBC. On 15 November 2025: 1.2 (in progress, March 2025) and 2.2 (not started, June
    // 2025) are overdue; 2.3 has no date.
    const stats = await cpcStats([fixture("southvale-plan.pdf")], "2025-11-15");
    expect(stats.actions).toBe(5);
    expect(stats.overdue).toBe(2);
    expect(stats.status.counts).toMatchObject({ "not-started": 1, "in-progress": 1, complete: 2, "on-hold": 1 });
  });

  it("takes each action's number from its text and each section as its recommendations' heading, as from the Word file", async () => {
    const fromPdf = (await readPdf("southvale-plan.pdf")).plan as unknown as RawPlan;
    const fromWord = readPlanDocx(bytes("southvale-plan.docx")).plan as unknown as RawPlan;
    expect(fromPdf.actions.map((a) => [a.id, a.title])).toEqual([
      ["1.1", "Agree the savings plan"],
      ["1.2", "Report savings to Cabinet quarterly"],
      ["2.1", "Commission an external review"],
      ["2.2", "Train all members on the new code"],
      ["2.3", "Refresh the scheme of delegation"],
    ]);
    expect(essentials(fromPdf)).toEqual(essentials(fromWord));
    expect(fromPdf.recommendations.map((r) => [r.title, (r as { heading?: string }).heading])).toEqual([
      ["Set a balanced budget", "FINANCE"],
      ["Review the constitution", "GOVERNANCE"],
    ]);
  });
});

describe("a table with no borders", () => {
  it("tells its rows by where their cells start, and keeps a cell's second paragraph", async () => {
    // ../docx/action-plan.docx: 2 recommendations, 3 actions; 1.2's cell has a second paragraph
    // ("Quarterly reports"), after a gap as wide as the gap between rows.
    const fromPdf = (await readPdf("action-plan.pdf")).plan as unknown as RawPlan;
    const fromWord = readPlanDocx(readFileSync(new URL("./fixtures/docx/action-plan.docx", import.meta.url))).plan as unknown as RawPlan;
    expect(fromPdf.actions.map((a) => a.title)).toEqual([
      "Agree the savings plan",
      "Report savings to Cabinet\nQuarterly reports",
      "Commission an external review",
    ]);
    expect(essentials(fromPdf)).toEqual(essentials(fromWord));
    // With no borders, "Quarterly reports" could have been an action with no owner or date: the reading is said.
    const said = (await readPdf("action-plan.pdf")).issues.find((i) => i.code === "pdf-table")!.message;
    expect(said).toContain("The table draws no borders, so a line in one column after a gap (page 1) was read as a new paragraph of the cell above");
  });
});

describe("a PDF with no plan's table", () => {
  it("a feedback report is refused by cpc stats, saying what it looked for and what to do", async () => {
    const run = await runCpc(["stats", new URL("./fixtures/draft/kingston-chromium-print.pdf", import.meta.url).pathname]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/no table of an action plan was found in the PDF: no line on its 11 pages names three or more of a plan's columns/);
    expect(run.err).toMatch(/draft a plan from it with cpc draft/);
  });

  it("a file named .pdf that is not one is refused by name", async () => {
    const run = await runCpc(["validate", scratchFile("not-a.pdf", "Recommendation,Action\nImprove scrutiny,Train chairs\n")]);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/not-a\.pdf: error unreadable-file: it is named \.pdf, but it is not a PDF \(it does not start with %PDF\)/);
  });
});

describe("pdfTableRows, on runs placed by hand", () => {
  const run = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5, size: 10 });
  const header = [run("Recommendation", 40, 700), run("Action", 160, 700), run("Lead officer", 280, 700), run("Target date", 400, 700)];

  it("a row at the top of a page with no action-number column is read as new, and said", () => {
    // Page 1: the header and one row. Page 2: a line in every column: a new row (two or more columns
    // start on it), but it could be the row before carried over: page 2 is named.
    const pages: PdfPageText[] = [
      { runs: [...header, run("Improve scrutiny", 40, 680), run("Train chairs", 160, 680), run("Head of Governance", 280, 680), run("March 2025", 400, 680)] },
      { runs: [run("Set a budget", 40, 700), run("Agree savings", 160, 700), run("S151 Officer", 280, 700), run("June 2025", 400, 700)] },
    ];
    const t = pdfTableRows(pages);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ["Recommendation", "Action", "Lead officer", "Target date"],
      ["Improve scrutiny", "Train chairs", "Head of Governance", "March 2025"],
      ["Set a budget", "Agree savings", "S151 Officer", "June 2025"],
    ]);
    expect(t.unsurePageStarts).toEqual([2]);
  });

  it("after a gap, a line in one column: more of its cell where the cell has text, a new row where it is empty", () => {
    // 680 fills Recommendation and Action; 667 (a line on) wraps the action. 640, after a gap, is in
    // Action only, whose cell has text: a second paragraph of it. 615, after a gap, is in Lead
    // officer only, empty so far in this row: a row of its own.
    const pages: PdfPageText[] = [
      {
        runs: [
          ...header,
          run("Improve scrutiny", 40, 680),
          run("Train chairs", 160, 680),
          run("and members", 160, 667),
          run("Report to Council", 160, 640),
          run("Head of Governance", 280, 615),
        ],
      },
    ];
    const t = pdfTableRows(pages);
    expect(t.rows.slice(1).map((r) => r.cells)).toEqual([
      ["Improve scrutiny", "Train chairs and members\nReport to Council", "", ""],
      ["", "", "Head of Governance", ""],
    ]);
  });

  it("no header: every line a title row, and no table", () => {
    const t = pdfTableRows([{ runs: [run("Feedback report", 40, 700), run("Key recommendations", 40, 680)] }]);
    expect(t.header).toBeUndefined();
    expect(t.rows.map((r) => r.cells)).toEqual([["Feedback report"], ["Key recommendations"]]);
  });
});

describe("a web page's table printed by Chromium (eastborough-plan.html)", () => {
  it("gives the figures counted from the page", async () => {
    // 3 actions, no Status column: RAG Green, Amber, Red, each counted in progress. Deadlines July
    // 2025, February 2026, September 2025: on 15 January 2026 the first and third are past, 2 overdue.
    const stats = await cpcStats([fixture("eastborough-plan.pdf")], "2026-01-15");
    expect(stats.actions).toBe(3);
    expect(stats.overdue).toBe(2);
    expect(stats.rag.counts).toMatchObject({ red: 1, amber: 1, green: 1 });
    const plan = (await readPdf("eastborough-plan.pdf")).plan as unknown as RawPlan;
    // The update's "£" and the comma in "2,400" come through as written.
    expect(plan.actions.map((a) => a["comments"])).toEqual([
      "Consultation closed in June with 2,400 responses.",
      "Draft to Cabinet in January; the gap is still £3.2m.",
      "Delayed by the by-election; now planned for March.",
    ]);
  });
});

describe("read by pdf.js rather than the small reader", () => {
  it.each(["northshire-tracker.pdf", "southvale-plan.pdf", "eastborough-plan.pdf"])("%s reads the same, borders and all", async (name) => {
    // pdf.js gives the text and the paths' boxes by its own code: the same plan, the same words said.
    const lite = readPlanPdfRuns(await pdfRuns(bytes(name), name, { reader: "lite" }));
    const pdfjs = readPlanPdfRuns(await pdfRuns(bytes(name), name, { reader: "pdfjs" }));
    expect(pdfjs.plan).toEqual(lite.plan);
    expect(pdfjs.issues.map((i) => i.message)).toEqual(lite.issues.map((i) => i.message));
  });
});
