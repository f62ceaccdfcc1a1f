// peer-challenge/read: one reader for every file, its issues placed as data, used by cpc.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";
import { readPlan } from "../src/read/index.js";
import { validatePlan } from "../src/schema/index.js";
import { examplePath, runCpc as cpc } from "./helpers.js";

const fixture = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "read-"));

describe("readPlan", () => {
  it("keeps the reader's errors, which validatePlan(readPlanCsv(text).plan) loses", () => {
    // A broken Updates cell: the table reader's error. The plan it hands on is otherwise fine.
    const text = "Recommendation,Action,Updates\nImprove scrutiny,Train chairs,[oops\n";
    expect(validatePlan(readPlanCsv(text).plan).ok).toBe(true);
    const r = readPlan(text, { name: "tracker.csv" });
    expect(r.ok).toBe(false);
    expect(r.issues.find((i) => i.severity === "error")).toMatchObject({ code: "invalid-value", at: { line: 2, column: "Updates" } });
  });

  it("tells a workbook and a document from their bytes, with no name", () => {
    expect(readPlan(fixture("xlsx/tracker.xlsx")).source.format).toBe("xlsx");
    expect(readPlan(fixture("docx/action-plan.docx")).source.format).toBe("docx");
    expect(readPlan('{"schemaVersion": 1}').source.format).toBe("json");
    expect(readPlan("Recommendation\tAction\nR\tA\n").source.format).toBe("tsv");
  });

  it("places a workbook's issues at their sheet, row and cell", () => {
    const r = readPlan(fixture("xlsx/tracker.xlsx"), { name: "tracker.xlsx", asOf: "2024-09-30" });
    const placed = r.issues.filter((i) => i.at?.sheet !== undefined);
    expect(placed.length).toBeGreaterThan(0);
    for (const i of placed) expect(i.at).toMatchObject({ sheet: r.source.sheet, row: expect.any(Number) });
    // tracker.xlsx (test/fixtures/xlsx/make-tracker.py): row 8 is hidden, and rows 6, 8 and 9
    // have a RAG shown only by its fill, in column G ("RAG").
    expect(r.issues.find((i) => i.code === "hidden-row")?.at).toEqual({ sheet: "Action Plan", row: 8 });
    expect(r.issues.filter((i) => i.code === "rag-from-fill").map((i) => i.at?.cell)).toEqual(["G6", "G8", "G9"]);
  });

  it("places a JSON plan's issues at line and column, and its parse error too", () => {
    const r = readPlan('{\n  "schemaVersion": 1,\n  "recommendations": [],\n  "actions": [{"id": "1", "recommendation": "R9", "title": "x"}]\n}\n', {
      name: "p.json",
    });
    expect(r.issues.find((i) => i.code === "unknown-recommendation")?.at?.line).toBe(4);
    const broken = readPlan('{\n  "schemaVersion": 1,\n  "actions": [}\n', { name: "p.json" });
    expect(broken.issues[0]).toMatchObject({ code: "unreadable-file", at: { line: 3 } });
  });

  it("refuses an Excel 97-2003 workbook and a PDF, saying what to do", () => {
    const xls = readPlan(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), { name: "tracker.xls" });
    expect(xls.issues[0]?.hint).toContain("save it as");
    const pdf = readPlan(new TextEncoder().encode("%PDF-1.7\n"), { name: "report.pdf" });
    expect(pdf.issues[0]?.hint).toContain("cpc draft");
  });

  it("applies the CPC start before a table's columns are read", () => {
    const text = "Ref,Recommendation,Action,Q1 RAG,Q2 RAG\n1.1,Improve scrutiny,Train chairs,Amber,Green\n";
    const r = readPlan(text, { name: "q.csv", cpcStart: "2024-01", asOf: "2024-12-31" });
    expect(r.ok && r.plan.actions[0]?.updates).toEqual([{ date: "2024-06-30", rag: "amber" }]);
  });
});

describe("cpc reads through the same readers", () => {
  it("takes --columns FILE", async () => {
    const file = join(tmp, "start-finish.csv");
    writeFileSync(file, "Recommendation,Action,Start,Finish\nImprove scrutiny,Train chairs,March 2025,June 2025\n");
    const columns = join(tmp, "columns.yaml");
    writeFileSync(columns, "Finish: timescale\nStart: ignore\n");
    const r = await cpc(["convert", file, "--to", "json", "--columns", columns]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).actions[0]).toMatchObject({ timescale: "June 2025" });
    const bad = join(tmp, "bad-columns.yaml");
    writeFileSync(bad, "Finish: deadline\n");
    expect(await cpc(["validate", file, "--columns", bad])).toMatchObject({ code: 2, err: expect.stringContaining('"Finish" should be one of') });
  });

  it("says a .xls is to be saved as .xlsx, and a PDF that cannot be read is named", async () => {
    const xls = join(tmp, "tracker.xls");
    writeFileSync(xls, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    expect((await cpc(["validate", xls])).err).toContain("save it as");
    // A PDF is read now (its table by where its text stands: test/pdf-plan.test.ts); one that is
    // only its first line is said to be unreadable, not sent to cpc draft.
    const pdf = join(tmp, "report.pdf");
    writeFileSync(pdf, "%PDF-1.7\n");
    const r = await cpc(["validate", pdf]);
    expect(r.code).toBe(1);
    expect(r.out + r.err).toMatch(/report\.pdf.*the PDF cannot be read/);
  });

  it("names a directory given as a file", async () => {
    expect((await cpc(["validate", tmp])).err).toContain("is a directory");
  });

  it("reads a workbook on standard input, told by its bytes", async () => {
    const r = await cpc(["validate", "-", "--as-of", "2024-09-30"], { stdin: [fixture("xlsx/tracker.xlsx")] });
    expect(r.err).not.toContain("binary");
    expect(r.code).toBeLessThan(2);
  });

  it("reads a plan as before: JSON with its lines", async () => {
    expect((await cpc(["validate", examplePath("kingston-2019.json"), "--as-of", "2019-06-30"])).code).toBe(0);
  });
});
