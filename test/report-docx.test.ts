import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { writeReportDocx } from "../src/docx/index.js";
import { loadPlan, runCpc } from "./helpers.js";

const PYTHON = "/usr/bin/python3";
const script = fileURLToPath(new URL("../scripts/check-report-docx.py", import.meta.url));
const out = fileURLToPath(new URL("../test-output/", import.meta.url));

/** Whether Debian's python3-docx is there to read the document: a reader that is not ours. */
const hasPythonDocx = (() => {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ["-c", "import docx"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

interface Found {
  readonly title: readonly string[];
  readonly coreTitle: string;
  readonly language: string;
  readonly headings: readonly { level: number; text: string }[];
  readonly tables: readonly { caption: string | null; header: string[]; rows: number; repeatsHeader: boolean }[];
  readonly pictures: readonly string[];
  readonly footerFields: readonly (readonly string[])[];
  readonly sections: readonly { orientation: string; widthMm: number; heightMm: number; marginsMm: number[] }[];
}

/** The document as python-docx reads it, through the committed check script (which exits 1 when something is missing). */
function openWithPythonDocx(name: string, bytes: Uint8Array): Found {
  mkdirSync(out, { recursive: true });
  const file = `${out}${name}`;
  writeFileSync(file, bytes);
  return JSON.parse(execFileSync(PYTHON, [script, file], { encoding: "utf8" })) as Found;
}

describe("writeReportDocx", () => {
  it("writes a zip package (a .docx is one) and the same bytes for the same plan and date", () => {
    const plan = loadPlan("kingston-2019.json");
    const a = writeReportDocx(plan, { asOf: "2019-06-30" });
    expect([...a.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(writeReportDocx(plan, { asOf: "2019-06-30" })).toEqual(a);
  });

  it("names itself in its errors, as the other reports do", () => {
    expect(() => writeReportDocx(loadPlan("kingston-2019.json"), { asOf: "30/06/2019" })).toThrow(/writeReportDocx/);
  });
});

// In CI (.ci/run installs python3-docx) a missing reader fails the tests rather than skip them.
describe.runIf(hasPythonDocx || process.env["CI"] === "true")("the Word report, opened by python-docx", () => {
  it("Kingston: title, heading styles, every table's header row repeating, pictures with alt text, Page X of Y, en-GB, A4", () => {
    const found = openWithPythonDocx("kingston-2019-report.docx", writeReportDocx(loadPlan("kingston-2019.json"), { asOf: "2019-06-30" }));
    expect(found.title).toEqual(["Royal Borough of Kingston upon Thames"]);
    expect(found.coreTitle).toContain("as of 30 June 2019");
    expect(found.language).toBe("en-GB");
    const h1 = found.headings.filter((h) => h.level === 1).map((h) => h.text);
    expect(h1).toEqual(expect.arrayContaining(["Headline", "By theme", "Appendix: recommendations and actions"]));
    // The plan has 21 recommendations, R1 to R21: one Heading 2 each in the appendix.
    const recs = found.headings.filter((h) => h.level === 2 && /^R\d+\. /.test(h.text));
    expect(recs).toHaveLength(21);
    expect(recs[0]!.text).toMatch(/^R1\. Capitalise upon the opportunity/);
    // One table per recommendation; the file's 54 actions each one row, R1 with 6 and R7 with 8.
    const actionTables = found.tables.filter((t) => t.caption?.startsWith("Actions for "));
    expect(actionTables).toHaveLength(21);
    expect(actionTables.reduce((n, t) => n + t.rows, 0)).toBe(54);
    expect(actionTables.find((t) => t.caption === "Actions for R1")!.rows).toBe(6);
    expect(actionTables.find((t) => t.caption === "Actions for R7")!.rows).toBe(8);
    expect(actionTables[0]!.header).toEqual(["Action", "What will be done", "Owner", "Target", "Status", "RAG", "Latest comment"]);
    expect(found.tables.every((t) => t.repeatsHeader)).toBe(true);
    // The status chart as a picture, its figures in its alt text and again in a table.
    expect(found.pictures.some((p) => p.startsWith("Status of all 54 actions: "))).toBe(true);
    expect(found.tables.some((t) => t.caption === "Actions by status")).toBe(true);
    expect(found.pictures.every((p) => p.trim() !== "")).toBe(true);
    for (const fields of found.footerFields) expect(fields).toEqual(["NUMPAGES", "PAGE"]);
    // The summary portrait, the appendix landscape, both A4 with 20 mm margins.
    expect(found.sections).toEqual([
      { orientation: "portrait", widthMm: 210, heightMm: 297, marginsMm: [20, 20, 20, 20] },
      { orientation: "landscape", widthMm: 297, heightMm: 210, marginsMm: [20, 20, 20, 20] },
    ]);
  });

  it("West Norfolk: its 8 recommendations and 24 actions, and what changed since an earlier snapshot, with that snapshot's date", () => {
    const plan = loadPlan("west-norfolk-2024.json");
    const found = openWithPythonDocx("west-norfolk-2024-report.docx", writeReportDocx(plan, { asOf: "2024-06-30", compare: plan }));
    expect(found.title).toEqual(["Borough Council of King's Lynn and West Norfolk"]);
    const actionTables = found.tables.filter((t) => t.caption?.startsWith("Actions for "));
    // R1 to R8, with 5, 5, 2, 3, 3, 2, 3 and 1 actions: 24.
    expect(actionTables.map((t) => t.rows)).toEqual([5, 5, 2, 3, 3, 2, 3, 1]);
    // The earlier snapshot has no dated update and was published "2024-02": it is dated the month's last day.
    expect(found.headings.map((h) => h.text)).toContain("Changes since the previous snapshot of 29 February 2024");
    expect(found.pictures.length).toBeGreaterThan(0);
    expect(found.pictures.every((p) => p.trim() !== "")).toBe(true);
  });
});

describe("cpc report --format docx", () => {
  const kingston = fileURLToPath(new URL("../examples/kingston-2019.json", import.meta.url));

  it("writes the Word report to -o's file", async () => {
    mkdirSync(out, { recursive: true });
    const file = `${out}cli-kingston-report.docx`;
    const r = await runCpc(["report", kingston, "--format", "docx", "--as-of", "2019-06-30", "-o", file]);
    expect(r).toMatchObject({ code: 0, out: "", err: "" });
    expect([...readFileSync(file).subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it("refuses to write it to standard output, which would put a zip on the terminal", async () => {
    const r = await runCpc(["report", kingston, "--format", "docx"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/-o FILE\.docx/);
    expect(r.out).toBe("");
  });
});
