// Excel workbooks as councils keep their trackers. test/fixtures/xlsx/tracker.xlsx is made
// by openpyxl (make-tracker.py beside it), not by the reader's zip and XML code. Read by
// hand from that script:
//   sheets: "Cover" (no table), "Action Plan" (the tracker), "Old plan" (hidden);
//   A1:H1 merged title naming Example Borough Council; CPC start 2024-01; header on row 4;
//   row 5 GOVERNANCE merged across (a section); B6:B7 "Review the constitution" merged down;
//   1.1 target a date shown dd/mm/yyyy (31 March 2024: a day), in progress, RAG only a fill
//       #FFC000 (amber);
//   1.2 target a date shown mmm-yy (December 2024: a month), not started, RAG "Red";
//   1.3 (row 8, hidden) recommendation "Strengthen scrutiny", target #N/A, complete, RAG
//       only a fill #92D050 (green);
//   2.1 "Close the budget gap", target shown "d mmmm yyyy" (31 March 2025: a day), in
//       progress, RAG only the theme's accent 6, F79646 in openpyxl's theme (orange: amber).
//   As of 15 January 2025: 1.1 is 290 days overdue (30+31+30+31+31+30+31+30+31 days of
//   April-December, and 15 of January), 1.2 is 15 days overdue (due 31 December 2024).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { overdueActions } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";
import { readPlanXlsx, writePlanXlsx } from "../src/xlsx/index.js";

const fixture = (name: string) => new URL(`./fixtures/xlsx/${name}`, import.meta.url).pathname;
const bytes = readFileSync(fixture("tracker.xlsx"));

async function cpc(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdin: () => "",
    env: {},
    stdoutIsTTY: false,
    writeFile: (p, t) => writeFileSync(p, t),
  });
  return { code, out, err };
}

describe("readPlanXlsx on a council's tracker", () => {
  const read = readPlanXlsx(bytes);
  const result = validatePlan(read.plan, { asOf: "2025-01-15" });

  it("picks the sheet with the table, and says the hidden one was not read", () => {
    expect(read.sheet).toBe("Action Plan");
    expect(read.issues.find((i) => i.code === "hidden-sheet")?.message).toBe('The sheet "Old plan" is hidden in Excel; it is not read.');
  });

  it("reads merged cells, sections, the council from the title, and the CPC date", () => {
    expect(result.ok).toBe(true);
    const plan = result.plan!;
    expect([plan.council?.name, plan.peerChallenge?.start]).toEqual(["Example Borough Council", "2024-01"]);
    expect(plan.recommendations.map((r) => [r.title, r.heading])).toEqual([
      ["Review the constitution", "GOVERNANCE"],
      ["Strengthen scrutiny", "GOVERNANCE"],
      ["Close the budget gap", "GOVERNANCE"],
    ]);
    expect(plan.actions.map((a) => [a.id, a.recommendation])).toEqual([
      ["1.1", "R1"],
      ["1.2", "R1"],
      ["1.3", "R2"],
      ["2.1", "R3"],
    ]);
  });

  it("reads a date at the precision its format shows, and an error value as nothing", () => {
    // The "Target date" column is the target: a day is written as the day, a month as the month.
    expect(result.plan!.actions.map((a) => a.timescale)).toEqual(["2024-03-31", "December 2024", undefined, "2025-03-31"]);
    expect(read.issues.find((i) => i.code === "cell-error")?.message).toBe("Action Plan!8 (E8): the cell holds the error #N/A, so it is read as empty.");
  });

  it("reads RAG from a fill, theme colours included, naming the colour; and says the hidden row was read", () => {
    expect(result.plan!.actions.map((a) => [a.status, a.rag])).toEqual([
      ["in-progress", "amber"],
      ["not-started", "red"],
      ["complete", "green"],
      ["in-progress", "amber"],
    ]);
    expect(read.issues.filter((i) => i.code === "rag-from-fill").map((i) => i.message)).toEqual([
      "Action Plan!6 (G6): the RAG cell has no text; its fill #FFC000 is nearest amber, so it is read as amber.",
      "Action Plan!8 (G8): the RAG cell has no text; its fill #92D050 is nearest green, so it is read as green.",
      "Action Plan!9 (G9): the RAG cell has no text; its fill #F79646 is nearest amber, so it is read as amber.",
    ]);
    expect(read.issues.find((i) => i.code === "hidden-row")?.message).toBe("Action Plan!8: the row is hidden in Excel; it is read like the others.");
  });

  it("gives the overdue figures through the library and through cpc", async () => {
    expect(overdueActions(result.plan!, { asOf: "2025-01-15" }).map((o) => [o.action.id, o.daysOverdue])).toEqual([
      ["1.1", 290],
      ["1.2", 15],
    ]);
    const r = await cpc(["overdue", fixture("tracker.xlsx"), "--as-of", "2025-01-15", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).overdue.map((o: { id: string; daysOverdue: number }) => [o.id, o.daysOverdue])).toEqual([
      ["1.1", 290],
      ["1.2", 15],
    ]);
  });

  it("reads another sheet when asked, and names the sheets when it has no such sheet", () => {
    expect(readPlanXlsx(bytes, { sheet: "Nope" }).issues[0]?.message).toBe(
      'The workbook has no sheet named "Nope"; it has "Cover", "Action Plan", "Old plan".',
    );
  });
});

/** The tracker with its sheets' sizes in the zip's directory set to 300 MB (a few kB that claim to expand that far). */
function declaredHuge(): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  // Each central directory entry: signature PK\x01\x02, uncompressed size at +24, name at +46.
  for (let i = 0; i + 46 < copy.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const name = new TextDecoder().decode(copy.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)));
    if (name.startsWith("xl/worksheets/")) {
      // In the directory and in the entry's own header (at +42; its size at +22), alike.
      view.setUint32(i + 24, 300 * 1024 * 1024, true);
      view.setUint32(view.getUint32(i + 42, true) + 22, 300 * 1024 * 1024, true);
    }
  }
  return copy;
}

describe("readPlanXlsx on files that are not workbooks", () => {
  it.each([
    ["a CSV named .xlsx", new TextEncoder().encode("Recommendation,Action\nR,A\n"), "The file is not an Excel workbook (.xlsx): it is not a zip file."],
    [
      "an old .xls or a password-protected workbook",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      "The workbook is an old Excel file (.xls) or is protected by a password, which peer-challenge cannot open.",
    ],
    ["a truncated workbook", new Uint8Array(bytes.subarray(0, 2000)), "The workbook is damaged"],
    [
      "a zip bomb: an entry that says it expands past 256 MB",
      declaredHuge(),
      "The workbook is too large to read: it expands to more than 12 MB and twice its own size.",
    ],
  ])("%s: one error, never a throw", (_, data, message) => {
    const r = readPlanXlsx(data);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: "error", code: "unreadable-file" });
    expect(r.issues[0]?.message.startsWith(message)).toBe(true);
  });
});

describe("cpc and workbooks", () => {
  it("validates a workbook, naming sheet and row in its messages, and takes --sheet", async () => {
    const r = await cpc(["validate", fixture("tracker.xlsx"), "--as-of", "2025-01-15"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("warning rag-from-fill: Action Plan!6 (G6): the RAG cell has no text");
    const other = await cpc(["validate", fixture("tracker.xlsx"), "--sheet", "Cover"]);
    expect(other.code).toBe(1);
    expect(other.out).toContain("error no-header");
  });
});

describe("workbooks as Excel and LibreOffice write them (shared strings, formulas)", () => {
  // shared-strings.xlsx, written by hand with Python's zipfile (make-shared.py): the sheet
  // "Tracker & notes" (escaped in the XML); Council "Example County Council" as a formula's
  // string result; the recommendation as rich text in two runs, "Improve" and " scrutiny &
  // challenge"; action number 1.1 as the cached value of the formula 1+0.1; the action text
  // with escaped < and >; the target the serial 45626 formatted "mmmm yyyy": 45626 - 45292
  // (1 January 2024) = 334 days, past January to October's 305, so 30 November 2024, shown
  // as the month November 2024.
  it("reads shared and rich strings, escapes, cached formula values and a month format", () => {
    const read = readPlanXlsx(readFileSync(fixture("shared-strings.xlsx")));
    expect(read.sheet).toBe("Tracker & notes");
    const plan = validatePlan(read.plan).plan!;
    expect(plan.council?.name).toBe("Example County Council");
    expect(plan.recommendations[0]?.title).toBe("Improve scrutiny & challenge");
    expect(plan.actions.map((a) => [a.id, a.title, a.timescale, a.status])).toEqual([
      ["1.1", "Train chairs <and> vice-chairs", "November 2024", "in-progress"],
    ]);
  });

  it("expands no entity a workbook declares: a billion-laughs string stays as written", () => {
    // entities.xlsx: the same, with its shared strings declaring nine nested entities (10^9
    // characters if expanded) and the action's text written as one of them.
    const read = readPlanXlsx(readFileSync(fixture("entities.xlsx")));
    expect((read.plan["actions"] as { title: string }[])[0]?.title).toBe("&i;");
  });
});

describe("writePlanXlsx", () => {
  it("writes Kingston's plan as a workbook that reads back to the same plan", () => {
    const kingston = validatePlan(JSON.parse(readFileSync(new URL("../examples/kingston-2019.json", import.meta.url), "utf8"))).plan!;
    const back = validatePlan(readPlanXlsx(writePlanXlsx(kingston)).plan).plan;
    expect(back).toEqual(kingston);
  });

  it("writes a tracker a council would use: frozen header, filter, drop-downs, RAG filled and labelled, real dates", () => {
    const plan = validatePlan({
      schemaVersion: 1,
      council: { name: "Example Council" },
      peerChallenge: { start: "2024-01" },
      recommendations: [{ id: "R1", title: "Engage residents" }],
      actions: [{ id: "1.1", recommendation: "R1", title: "Run a survey", due: "2025-03-31", status: "in-progress", rag: "amber" }],
    }).plan!;
    const files = unzipSync(writePlanXlsx(plan));
    const sheet = new TextDecoder().decode(files["xl/worksheets/sheet1.xml"]);
    // Details on rows 1-2, a blank row 3, the header on row 4: frozen below it.
    expect(sheet).toContain('<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toMatch(/<autoFilter ref="A4:[A-Z]+5"\/>/);
    expect(sheet).toContain("<formula1>&quot;Not started,In progress,Complete,Ongoing,On hold,Cancelled&quot;</formula1>");
    expect(sheet).toContain("<formula1>&quot;Red,Amber,Green,Blue (complete)&quot;</formula1>");
    // The RAG cell: the word, and style 4 (the amber fill); the due date: serial 45747
    // (31 March 2025: 45658 for 1 January 2025, plus 31 + 28 + 30), style 2 (dd/mm/yyyy).
    expect(sheet).toMatch(/<c r="[A-Z]+5" t="inlineStr" s="4"><is><t xml:space="preserve">Amber<\/t><\/is><\/c>/);
    expect(sheet).toMatch(/<c r="[A-Z]+5" s="2"><v>45747<\/v><\/c>/);
  });

  it("is written by cpc convert --to xlsx to a file, and refused on a terminal", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xlsx-"));
    const out = join(dir, "kingston.xlsx");
    const kingstonJson = new URL("../examples/kingston-2019.json", import.meta.url).pathname;
    expect((await cpc(["convert", kingstonJson, "--to", "xlsx", "-o", out])).code).toBe(0);
    // The workbook holds the plan as validated (Kingston's swapped columns put back): read
    // back, it is the same plan.
    const back = validatePlan(JSON.parse((await cpc(["convert", out, "--to", "json"])).out)).plan;
    expect(back).toEqual(validatePlan(JSON.parse(readFileSync(kingstonJson, "utf8"))).plan);
    expect((await cpc(["convert", kingstonJson, "--to", "xlsx"])).code).toBe(2);
  });
});

describe("cpc on a file that is no workbook", () => {
  it("gives one line naming the file and exits 1, as for broken JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fake-"));
    const fake = join(dir, "tracker.xlsx");
    writeFileSync(fake, "Recommendation,Action\nR,A\n");
    const r = await cpc(["validate", fake]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split("\n")).toEqual([
      `${fake}: error unreadable-file: The file is not an Excel workbook (.xlsx): it is not a zip file. If it is a CSV, name it .csv.`,
    ]);
  });
});
