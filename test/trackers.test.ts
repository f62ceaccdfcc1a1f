// Trackers as councils export them from Excel (FIELD-NOTES): the same five-action budget
// tracker saved three ways, written by Python's csv module, not by peer-challenge.
//   budget-windows-1252.csv  "CSV (Comma delimited)" on a UK Windows PC: Windows-1252
//   budget-semicolon.csv     "CSV UTF-8" where the decimal mark is a comma: ";" and a BOM
//   budget-utf16.tsv         "Unicode Text": UTF-16LE with a BOM, tab-delimited
// Counted by hand from the rows: 5 actions; 1.1 and 2.2 in progress, 1.2 not started, 2.1
// and 3.1 complete. Due: 1.1 March 2025 (31 March), 1.2 Q4 2024/25 (31 March 2025), 2.1
// December 2024, 2.2 February 2025 (28 February), 3.1 September 2024. As of 1 March 2025
// only 2.2 is overdue (due 28 February, in progress); 2.1 and 3.1 are complete.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { decodeText, readPlanCsv } from "../src/csv/index.js";
import { overdueActions, statusSummary } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";

const fixture = (name: string) => new URL(`./fixtures/trackers/${name}`, import.meta.url).pathname;
const files = ["budget-windows-1252.csv", "budget-semicolon.csv", "budget-utf16.tsv"];

async function cpc(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), stdin: () => "", env: {}, stdoutIsTTY: false, writeFile: () => {} });
  return { code, out, err };
}

describe("a tracker saved from Excel in each of the ways councils save one", () => {
  it.each(files)("%s: every character and every action read, through the library", (name) => {
    const read = readPlanCsv(readFileSync(fixture(name)));
    const result = validatePlan(read.plan, { asOf: "2025-03-01" });
    expect(result.ok).toBe(true);
    const plan = result.plan!;
    expect(plan.council.name).toBe("Example District Council");
    expect(plan.recommendations[0]?.title).toBe("Set a balanced budget, with £2.5m savings");
    expect(plan.actions.map((a) => a.id)).toEqual(["1.1", "1.2", "2.1", "2.2", "3.1"]);
    expect(plan.actions[0]?.title).toBe("Agree the \u201csavings plan\u201d \u2013 phase 1");
    expect(statusSummary(plan).counts).toMatchObject({ "in-progress": 2, "not-started": 1, complete: 2 });
    expect(overdueActions(plan, { asOf: "2025-03-01" }).map((o) => [o.action.id, o.due])).toEqual([["2.2", "2025-02-28"]]);
    // Only the Windows-1252 file needed a guess, and says so.
    expect(read.issues.map((i) => i.code)).toEqual(name.includes("1252") ? ["guessed-encoding"] : []);
  });

  it.each(files)("%s: the same through cpc", async (name) => {
    const r = await cpc(["convert", fixture(name), "--to", "json"]);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out);
    expect(plan.recommendations[0].title).toBe("Set a balanced budget, with £2.5m savings");
    expect(plan.actions[0].title).toBe("Agree the \u201csavings plan\u201d \u2013 phase 1");
    const overdue = await cpc(["overdue", fixture(name), "--as-of", "2025-03-01", "--format", "json"]);
    expect(JSON.parse(overdue.out).overdue.map((o: { id: string; due: string }) => [o.id, o.due])).toEqual([["2.2", "2025-02-28"]]);
  });

  it("warns about the guessed encoding in cpc validate, and --encoding silences the guess", async () => {
    const guessed = await cpc(["validate", fixture("budget-windows-1252.csv")]);
    expect(guessed.out).toContain("warning guessed-encoding: ");
    expect(guessed.out).toContain("is not UTF-8, so it was read as Windows-1252");
    const told = await cpc(["validate", fixture("budget-windows-1252.csv"), "--encoding", "windows-1252"]);
    expect(told.out).not.toContain("guessed-encoding");
    const bad = await cpc(["validate", fixture("budget-windows-1252.csv"), "--encoding", "ebcdic"]);
    expect(bad.code).toBe(2);
  });
});

describe("decodeText", () => {
  it("reads Windows-1252's own characters, not Latin-1's controls", () => {
    // 0x80 euro, 0x93/0x94 curly double quotes, 0x96 en dash, 0xA3 pound.
    expect(decodeText(new Uint8Array([0x80, 0x93, 0x94, 0x96, 0xa3])).text).toBe("\u20ac\u201c\u201d\u2013\u00a3");
  });

  it("follows a byte-order mark, and reads valid UTF-8 as UTF-8 without a guess", () => {
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0xa3]))).toMatchObject({ text: "£", encoding: "utf-16be", how: "bom" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc2, 0xa3]))).toMatchObject({ text: "£", encoding: "utf-8", how: "bom" });
    expect(decodeText(new Uint8Array([0xc2, 0xa3]))).toMatchObject({ text: "£", encoding: "utf-8", guessed: false });
    expect(decodeText(new Uint8Array([0xc2, 0xa3]), "windows-1252").text).toBe("Â£");
  });
});
