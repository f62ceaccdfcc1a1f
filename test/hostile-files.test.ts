// Workbooks and Word documents that once made a reader throw, spend gigabytes or minutes,
// or read a different plan with no word (issue 31, and the Word and Excel cases of issue
// 27 item 5). The small files are made by test/fixtures/hostile/make.py (openpyxl and
// python-docx, one part's XML edited with Python's zipfile); the large ones by
// make-large.mjs there (XML written by hand, zipped by fflate). What each should give is
// worked out from the script that makes it.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pdfPages } from "../src/cli/pdf.js";
import { readDocxText, readPlanDocx } from "../src/docx/index.js";
import type { Issue } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";
import { readPlanXlsx } from "../src/xlsx/index.js";
import {
  cellsAtXfd,
  manyCells,
  manyMerges,
  manyRows,
  manySharedStrings,
  nestedTables,
  pdfBomb,
  pdfCircular,
  pdfOperators,
  pdfPages as manyPdfPages,
  sharedStringsBomb,
} from "./fixtures/hostile/make-large.mjs";
import { runCpc } from "./helpers.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/hostile/${name}`, import.meta.url));
const tracker = readFileSync(new URL("./fixtures/xlsx/tracker.xlsx", import.meta.url));

/** The one error a refused file gives. */
function refused(issues: readonly Issue[]): string {
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ severity: "error", code: "unreadable-file", path: [] });
  return issues[0]!.message;
}

interface Action {
  id: string;
  title: string;
  owners?: string[];
  timescale?: string;
  recommendation: string;
}
const actions = (plan: Record<string, unknown>) => (plan["actions"] ?? []) as Action[];

// The plan of make.py's workbooks: 1.1 "Commission an external review", Monitoring Officer,
// 31/03/2025; 1.2 "Train all members", Democratic Services, 30/06/2025.
const PLAN = [
  ["1.1", "Commission an external review", ["Monitoring Officer"], "2025-03-31"],
  ["1.2", "Train all members", ["Democratic Services"], "2025-06-30"],
];
const summary = (plan: Record<string, unknown>) => actions(plan).map((a) => [a.id, a.title, a.owners, a.timescale]);

describe("workbooks as programs write them (issue 27, item 5)", () => {
  it("reads a workbook in the 1904 date system at its dates, not four years and a day early", () => {
    // openpyxl writes 31/03/2025 as 44285 days after 1 January 1904 (45747 in the 1900
    // system less the 1462 days from 30 December 1899 to 1 January 1904): read as 1900
    // serials it was 2021-03-30.
    const read = readPlanXlsx(fixture("date1904.xlsx"));
    expect(summary(read.plan)).toEqual(PLAN);
  });

  it("does not read a row inside an XML comment", () => {
    const read = readPlanXlsx(fixture("comment-row.xlsx"));
    expect(summary(read.plan)).toEqual(PLAN);
    expect(JSON.stringify(read.plan)).not.toContain("Not an action");
  });

  it("does not append a phonetic guide (rPh) to a cell's text", () => {
    expect(summary(readPlanXlsx(fixture("phonetic.xlsx")).plan)).toEqual(PLAN);
  });
});

describe("workbooks that break the rules every spreadsheet program keeps: one error, never a throw", () => {
  it("a relationship to /constructor, a name every object has", () => {
    expect(refused(readPlanXlsx(fixture("relationship-constructor.xlsx")).issues)).toBe('The workbook is damaged: the sheet "Action Plan" is missing from it.');
  });

  it('a row numbered "abc": refused, never placed at "Action Plan!NaN"', () => {
    const read = readPlanXlsx(fixture("row-number-abc.xlsx"));
    expect(refused(read.issues)).toBe('The workbook is damaged: a row of the sheet "Action Plan" (after row 5) is numbered "abc", which is no row of a sheet.');
    expect(JSON.stringify(read.issues)).not.toContain("NaN");
  });

  it("a merged area that is no range (a1:A99999999999999999999)", () => {
    expect(refused(readPlanXlsx(fixture("merge-not-a-range.xlsx")).issues)).toBe(
      'The workbook is damaged: a merged area of the sheet "Action Plan" is "a1:A99999999999999999999", which is no range of cells.',
    );
  });

  it("one merge over the whole sheet is one range: read as Excel shows it, A1 alone", () => {
    // A1:XFD1048576 covers every cell but A1 ("Council"): no header is left.
    expect(refused(readPlanXlsx(fixture("merge-whole-sheet.xlsx")).issues)).toMatch(/^No visible sheet of the workbook has a header/);
  });
});

describe("workbooks past a budget: one error saying what is too large", () => {
  it.each([
    // 30,000 rows each reaching column XFD would be 491 million places (30,000 x 16,384);
    // the header's 3 and 62 rows of 16,384 are 1,015,811, past the budget at row 63.
    [
      "30,000 rows with a cell at XFD (141 kB)",
      () => cellsAtXfd(),
      "its rows reach across more than 1,000,000 cells in all (the last cell of Action Plan!63 is XFD63)",
    ],
    ["50,001 rows", () => manyRows(50_001), "it has more than 50,000 rows"],
    // 30 rows of 15,000 cells: 450,000 cells (and as many places, within that budget).
    ["450,000 cells", () => manyCells(30, 15_000), "it has more than 400,000 cells"],
    ["50,001 merged areas", () => manyMerges(50_001), 'the sheet "Action Plan" has more than 50,000 merged areas'],
    ["1,000,001 shared strings", () => manySharedStrings(1_000_001), "it has more than 1,000,000 shared strings"],
    // 65 MB from about 70 kB: past 12 MB and twice the file.
    ["shared strings expanding to 65 MB", () => sharedStringsBomb(65), "it expands to more than 12 MB and twice its own size"],
  ])(
    "%s",
    (_, make, what) => {
      expect(refused(readPlanXlsx(make()).issues)).toBe(`The workbook is too large to read: ${what}.`);
    },
    60_000,
  );
});

describe("damaged zips are refused, never read as another plan", () => {
  const original = JSON.stringify(readPlanXlsx(tracker).plan);

  it("400 single-bit flips spread over the file: each refused or read as the same plan", () => {
    // Before CRCs were checked, 32 of 400 such flips gave a different plan with no error.
    let refusedCount = 0;
    for (let k = 0; k < 400; k++) {
      const copy = new Uint8Array(tracker);
      const at = Math.floor((k * copy.length) / 400);
      copy[at]! ^= 1 << (k % 8);
      const read = readPlanXlsx(copy);
      if (read.issues.some((i) => i.code === "unreadable-file")) refusedCount++;
      else expect(JSON.stringify(read.plan)).toBe(original);
    }
    expect(refusedCount).toBeGreaterThan(0);
  }, 300_000);

  it("an entry whose directory says it is smaller than it is", () => {
    // The sheets' uncompressed sizes halved, in both places a zip gives them: read before as a valid plan of 0 actions.
    const copy = new Uint8Array(tracker);
    const view = new DataView(copy.buffer);
    let changed = 0;
    for (let i = 0; i + 46 < copy.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const name = new TextDecoder().decode(copy.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)));
      if (name.startsWith("xl/worksheets/")) {
        // In the directory (+24) and in the entry's own header (at +42, size at +22), alike.
        const half = Math.floor(view.getUint32(i + 24, true) / 2);
        view.setUint32(i + 24, half, true);
        view.setUint32(view.getUint32(i + 42, true) + 22, half, true);
        changed++;
      }
    }
    expect(changed).toBeGreaterThan(0);
    expect(refused(readPlanXlsx(copy).issues)).toMatch(
      /^The workbook is damaged: its part "xl\/worksheets\/sheet\d+\.xml" expands to more than the zip directory says\.$/,
    );
  });
});

// make.py's documents: 1.1 "Agree the savings plan", Section 151 Officer, March 2025;
// 1.2 "Report savings to Cabinet", Head of Finance, June 2025; both under "Set a balanced budget".
const WORD_PLAN = [
  ["1.1", "Agree the savings plan", ["Section 151 Officer"], "March 2025"],
  ["1.2", "Report savings to Cabinet", ["Head of Finance"], "June 2025"],
];

describe("Word documents as Word writes them (issue 27, item 5)", () => {
  it("an empty self-closing paragraph before the table does not hide it", () => {
    const read = readPlanDocx(fixture("self-closing-paragraph.docx"));
    expect(summary(read.plan)).toEqual(WORD_PLAN);
  });

  it("an empty self-closing paragraph inside a cell does not drop the cell's text", () => {
    expect(summary(readPlanDocx(fixture("self-closing-in-cell.docx")).plan)).toEqual(WORD_PLAN);
  });

  it("a row starting with w:gridBefore keeps its cells under their headings", () => {
    // Row 3 leaves out its Ref cell: 1.2 has no number of its own, so it is numbered as the
    // second action of R1, which says so.
    const read = readPlanDocx(fixture("grid-before.docx"));
    expect(summary(read.plan)).toEqual(WORD_PLAN);
    expect(actions(read.plan).map((a) => a.recommendation)).toEqual(["R1", "R1"]);
    expect(read.issues.map((i) => i.code)).toContain("generated-id");
  });

  it("a table nested in a cell is read as lines of that cell, a row a line", () => {
    const read = readPlanDocx(fixture("nested-table.docx"));
    expect(actions(read.plan)[0]?.title).toBe("Agree the savings plan\nPhase 1 | Draft the plan\nPhase 2 | Consult on it");
    expect(validatePlan(read.plan).ok).toBe(true);
  });

  it("tables nested 3,000 deep: refused at once, by both readers; 20 deep is read", () => {
    const deep = nestedTables(3000);
    const message = "The document is too large to read: its tables are nested more than 32 deep.";
    expect(refused(readPlanDocx(deep).issues)).toBe(message);
    expect(readDocxText(deep)).toMatchObject({ text: "", issues: [{ code: "unreadable-file", message }] });
    expect(readDocxText(nestedTables(20)).text).toBe("x\n");
  });
});

describe("PDFs for cpc draft past a budget, or broken: one message naming the file", () => {
  it.each([
    // 400 MB of spaces after the page's text, deflated to 400 kB: stopped at the drawing's 3 MB.
    ["a stream that inflates to 400 MB", () => pdfBomb(400), "the PDF is too large to read: its pages' drawing inflates to more than 3 MB"],
    ["20,000 pages", () => manyPdfPages(20_000), "the PDF is too large to read: it has more than 500 pages"],
    // 2,000,000 operators are 4 MB of "q Q ": past the drawing's budget before pdf.js reads them.
    ["2,000,000 operators on a page", () => pdfOperators(2_000_000), "the PDF is too large to read: its pages' drawing inflates to more than 3 MB"],
    ["a page tree that contains itself", () => pdfCircular(), "the PDF cannot be read: Pages tree contains circular reference."],
  ])(
    "%s",
    async (_, make, message) => {
      await expect(pdfPages(make(), "report.pdf")).rejects.toMatchObject({ file: "report.pdf", message });
    },
    60_000,
  );

  it("an ordinary PDF of two pages is read", async () => {
    const pages = await pdfPages(manyPdfPages(2), "two.pdf");
    expect(pages.map((p) => p.map((l) => l.text))).toEqual([["Page"], ["Page"]]);
  }, 300_000);

  it("cpc draft on the circular one: exit 1, the file named, no unexpected failure", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cpc-pdf-"));
    const file = join(dir, "circular.pdf");
    writeFileSync(file, pdfCircular());
    const r = await runCpc(["draft", file]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`cpc: ${file}: the PDF cannot be read: Pages tree contains circular reference.\n`);
  }, 300_000);
});
