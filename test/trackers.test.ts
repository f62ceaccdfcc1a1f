// Trackers as councils export them from Excel (FIELD-NOTES): the same five-action budget
// tracker saved three ways, written by Python's csv module, not by peer-challenge.
//   budget-windows-1252.csv  "CSV (Comma delimited)" on a UK Windows PC: Windows-1252
//   budget-semicolon.csv     "CSV UTF-8" where the decimal mark is a comma: ";" and a BOM
//   budget-utf16.tsv         "Unicode Text": UTF-16LE with a BOM, tab-delimited
// Counted by hand from the rows: 5 actions; 1.1 and 2.2 in progress, 1.2 not started, 2.1
// and 3.1 complete. Due: 1.1 March 2025 (31 March), 1.2 Q4 2024/25 (31 March 2025), 2.1
// December 2024, 2.2 February 2025 (28 February), 3.1 September 2024. As of 1 March 2025
// only 2.2 is overdue (due 28 February, in progress); 2.1 and 3.1 are complete.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { decodeText, readPlanCsv, writePlanCsv } from "../src/csv/index.js";
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
    expect(plan.council?.name).toBe("Example District Council");
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

  it("says which encoding it read each file in", async () => {
    const utf16 = await cpc(["validate", fixture("budget-utf16.tsv")]);
    expect(utf16.out).toContain("read as UTF-16LE (from its byte-order mark)");
    const told = await cpc(["validate", fixture("budget-windows-1252.csv"), "--encoding", "windows-1252", "--format", "json"]);
    expect(JSON.parse(told.out).files[0].encoding).toBe("windows-1252");
    expect((await cpc(["validate", fixture("budget-windows-1252.csv"), "--encoding", "windows-1252"])).out).toContain("read as Windows-1252 (--encoding)");
    expect((await cpc(["validate", fixture("messy-rag-only.csv")])).out).not.toMatch(/^ +read as /m);
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

describe("a messy RAG-only tracker (test/fixtures/trackers/messy-rag-only.csv)", () => {
  // Written by Python's csv module. A title row, then the plan's details; headings councils
  // use ("Key actions", "Lead Officer(s)", "Due date", "Revised deadline", "Overall RAG",
  // "Comments / progress"); section rows in the Ref column; the recommendation on every
  // row; one action with no number; no Status column; a key and a "last updated" line under
  // the table. Read by hand:
  //   R1 "Review the constitution" (GOVERNANCE): 1.1 due March 2024, Blue (so complete);
  //      1.2 due June 2024, revised to December 2024, Amber, no status (not started).
  //   R2 "Close the budget gap" (FINANCE): 2.1 due 1 April 2024 (01/04/2024, day first),
  //      "Complete" (so complete); the unnumbered action is 2.2 (the second of R2), due
  //      Q4 2024/25 (31 March 2025), Red, owners "Section 151 Officer" and "Finance Manager".
  //   As of 15 January 2025 only 1.2 is overdue: due 31 December 2024, 15 days late.
  const read = readPlanCsv(readFileSync(fixture("messy-rag-only.csv")));
  const result = validatePlan(read.plan, { asOf: "2025-01-15" });

  it("reads two recommendations and four actions, with their headings, and nothing from the key", () => {
    expect(result.ok).toBe(true);
    const plan = result.plan!;
    expect(plan.recommendations.map((r) => [r.id, r.title, r.heading])).toEqual([
      ["R1", "Review the constitution", "GOVERNANCE"],
      ["R2", "Close the budget gap", "FINANCE"],
    ]);
    expect(plan.actions.map((a) => [a.id, a.recommendation, a.status, a.rag])).toEqual([
      ["1.1", "R1", "complete", "blue"],
      ["1.2", "R1", undefined, "amber"],
      ["2.1", "R2", "complete", "blue"],
      ["2.2", "R2", undefined, "red"],
    ]);
    expect(plan.actions[3]?.owners).toEqual(["Section 151 Officer", "Finance Manager"]);
    expect(plan.actions[3]?.comments).toBe("Behind schedule");
  });

  it("reads the due dates day first, and a revised deadline as the target with the original kept", () => {
    const plan = result.plan!;
    expect(plan.actions.map((a) => [a.timescale, a.due])).toEqual([
      ["March 2024", undefined],
      ["December 2024 (originally June 2024)", undefined],
      [undefined, "2024-04-01"],
      ["Q4 2024/25", undefined],
    ]);
    expect(overdueActions(plan, { asOf: "2025-01-15" }).map((o) => [o.action.id, o.due, o.daysOverdue])).toEqual([["1.2", "2024-12-31", 15]]);
    // Overall RAG: 1.1 Blue and 2.1 "Complete" (read as complete by the reader); 1.2 "Amber - some slippage" and
    // 2.2 Red have no status, and a rating other than blue says they are under way: 2 complete, 2 in progress, 0 not started.
    const s = statusSummary(plan);
    expect(s.counts).toMatchObject({ complete: 2, "in-progress": 2, "not-started": 0 });
    expect(s.from).toEqual({ status: 2, rag: 2, percent: 0, update: 0, none: 0 });
  });

  it("says what it did: the title row, the numbered action, the statuses from RAG, the rows under the table", () => {
    expect(read.issues.map((i) => `${i.code} ${read.lineOf(i.path) ?? ""}`)).toEqual([
      "row-above-header 1",
      "status-from-rag 7",
      "status-from-rag 10",
      "generated-id 11",
      "row-below-table 13",
      "row-below-table 14",
    ]);
  });

  it("gives the same through cpc", async () => {
    const overdue = await cpc(["overdue", fixture("messy-rag-only.csv"), "--as-of", "2025-01-15", "--format", "json"]);
    expect(overdue.code).toBe(0);
    expect(JSON.parse(overdue.out).overdue.map((o: { id: string; daysOverdue: number }) => [o.id, o.daysOverdue])).toEqual([["1.2", 15]]);
    const valid = await cpc(["validate", fixture("messy-rag-only.csv"), "--as-of", "2025-01-15"]);
    expect(valid.out).toContain("warning row-below-table: Line 13:");
  });
});

describe("a tracker with a RAG and an update column per quarter (quarterly-columns.csv)", () => {
  // Written by Python's csv module. Published May 2024, so "Q1".."Q3" with no year are the
  // financial quarters of 2024/25: Q1 ends 30 June 2024, Q2 30 September, Q3 31 December.
  // Read by hand, the latest filled quarter is current, the earlier ones are updates:
  //   1.1: Q2 current (Green, "Two sessions held"); Q1 an update (30 June, Amber).
  //   1.2: Q3 current (Blue, "Published in October", so complete: there is no Status
  //        column); Q1 (30 June, Red) and Q2 (30 September, Amber) updates.
  //   2.1: Q1 current (Green, "Questions agreed"); no updates.
  // Before, the columns were kept as fields and no action had a RAG.
  const read = readPlanCsv(readFileSync(fixture("quarterly-columns.csv")));
  const result = validatePlan(read.plan, { asOf: "2025-01-15" });

  it("takes each action's current position from its latest filled quarter", () => {
    expect(result.ok).toBe(true);
    expect(result.plan!.actions.map((a) => [a.id, a.rag, a.comments, a.status])).toEqual([
      ["1.1", "green", "Two sessions held", undefined],
      ["1.2", "blue", "Published in October", "complete"],
      ["2.1", "green", "Questions agreed", undefined],
    ]);
  });

  it("keeps the earlier quarters as dated updates, nothing lost", () => {
    expect(result.plan!.actions.map((a) => a.updates)).toEqual([
      [{ date: "2024-06-30", rag: "amber", note: "Trainer appointed" }],
      [
        { date: "2024-06-30", rag: "red", note: "Delayed by elections" },
        { date: "2024-09-30", rag: "amber", note: "Draft out" },
      ],
      undefined,
    ]);
    // No column is left over as a field of the actions.
    expect(Object.keys(result.plan!.actions[0]!)).not.toContain("Q1 RAG");
  });

  it("says how it read the columns, with the dates and the financial-quarter assumption", () => {
    const warning = read.issues.find((i) => i.code === "period-columns");
    expect(warning?.message).toBe(
      'The columns "Q1", "Q2", "Q3" are read as one column per period: the latest filled is each action\'s current position, and the earlier ones are its updates, dated 2024-06-30, 2024-09-30, 2024-12-31 (quarters with no year are read as financial quarters, from the plan\'s own dates).',
    );
  });

  it("gives the figures through cpc", async () => {
    // As of 15 January 2025: 1.1 has no status (the tracker has none), so it counts as not
    // started, and was due 30 September 2024: 31 + 30 + 31 + 15 = 107 days overdue. 1.2 is
    // complete (Blue); 2.1 is due March 2025.
    const r = await cpc(["overdue", fixture("quarterly-columns.csv"), "--as-of", "2025-01-15", "--format", "json"]);
    expect(JSON.parse(r.out).overdue.map((o: { id: string; daysOverdue: number }) => [o.id, o.daysOverdue])).toEqual([["1.1", 107]]);
  });
});

describe("a tracker that does not say its council's name in a row, nor the CPC's date (no-details.csv)", () => {
  // Written by Python's csv module: a title row, then the table. By hand: council "Example
  // Town Council" from the title; 3 actions: 1 complete (2.1), 1 in progress (1.1), 1 not
  // started (1.2).
  it("reads the council from the title and computes the figures without a CPC date", async () => {
    const read = readPlanCsv(readFileSync(fixture("no-details.csv")));
    const result = validatePlan(read.plan, { asOf: "2025-01-15" });
    expect(result.ok).toBe(true);
    expect(result.plan?.council?.name).toBe("Example Town Council");
    expect(read.issues.map((i) => i.code)).toEqual(["council-from-title"]);
    expect(result.issues.map((i) => i.code)).toEqual(["no-cpc-date"]);
    const stats = await cpc(["stats", fixture("no-details.csv"), "--as-of", "2025-01-15", "--format", "json"]);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.out).status.counts).toMatchObject({ complete: 1, "in-progress": 1, "not-started": 1 });
  });

  it('does not take a "Council" row with no value for a title naming a council called "Council"', () => {
    // Found by the round-trip property test: the council's name was lost, and the empty row
    // was read as a title naming the council "Council".
    const read = readPlanCsv("Council,\nRecommendation,Activity,Action No\nR,A,1\n");
    expect(read.plan["council"]).toBeUndefined();
    expect(read.issues.map((i) => i.code)).toEqual(["row-above-header"]);
  });

  it("takes what the file does not say from --council and --cpc-start, and no more", async () => {
    const r = await cpc(["validate", fixture("no-details.csv"), "--cpc-start", "2024-03", "--council", "Another Council", "--format", "json"]);
    const codes = JSON.parse(r.out).files[0].issues.map((i: { code: string }) => i.code);
    expect(codes).not.toContain("no-cpc-date");
    const plan = JSON.parse((await cpc(["convert", fixture("no-details.csv"), "--to", "json", "--cpc-start", "2024-03", "--council", "Another Council"])).out);
    // The file names its council (in its title): that is kept; the CPC date is filled in.
    expect([plan.council.name, plan.peerChallenge.start]).toEqual(["Example Town Council", "2024-03"]);
    expect((await cpc(["stats", fixture("no-details.csv"), "--cpc-start", "March 2024"])).code).toBe(2);
  });
});

describe("a council's own words (--wordings, the wordings option)", () => {
  // A tracker using words peer-challenge does not know: "Slipping" (the council means in
  // progress, amber) and a RAG of "Purple" (suspended: on hold). By hand: 1.1 slipping, so
  // in progress and amber; 1.2 purple, so on hold (its status cell is empty; the RAG says).
  const csv =
    "Council,Example Council\nCPC start,2024-01\nAction No,Recommendation,Action,Status,RAG\n1.1,Engage residents,Run a survey,Slipping,\n1.2,Engage residents,Publish results,,Purple\n";
  const wordings = { Slipping: { status: "in-progress", rag: "amber" }, Purple: { status: "on-hold" } } as const;

  it("reads them through the library, and without them reports them rather than guess", () => {
    const read = readPlanCsv(csv, { wordings });
    const r = validatePlan(read.plan, { wordings });
    expect(r.ok).toBe(true);
    expect(r.plan?.actions.map((a) => [a.id, a.status, a.rag])).toEqual([
      ["1.1", "in-progress", "amber"],
      ["1.2", "on-hold", undefined],
    ]);
    const without = validatePlan(readPlanCsv(csv).plan);
    // "Slipping" is no status a reader knows: kept and counted apart (a warning); "Purple" is no rating: an error.
    expect(without.issues.filter((i) => i.code === "unrecognised-status" || i.severity === "error").map((i) => [i.code, i.value])).toEqual([
      ["unrecognised-status", "Slipping"],
      ["unknown-rag", "Purple"],
    ]);
  });

  it("reads them in a JSON plan too, with a warning naming the council's word", () => {
    const r = validatePlan(
      { schemaVersion: 1, recommendations: [{ id: "R1", title: "r" }], actions: [{ id: "1", recommendation: "R1", title: "a", status: "Slipping" }] },
      { wordings },
    );
    expect(r.plan?.actions[0]).toMatchObject({ status: "in-progress", rag: "amber" });
    expect(r.issues.find((i) => i.code === "non-canonical-status")?.message).toBe(
      'Action 1: status "Slipping" is read as "in-progress" and RAG "amber", as the council\'s wordings say.',
    );
  });

  it("takes them from a YAML file in cpc, and refuses a file that means nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wordings-"));
    const file = join(dir, "tracker.csv");
    writeFileSync(file, csv);
    const map = join(dir, "words.yaml");
    writeFileSync(map, "Slipping: {status: in-progress, rag: amber}\nPurple: on-hold\n");
    const r = await cpc(["stats", file, "--wordings", map, "--format", "json", "--as-of", "2024-06-30"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).status.counts).toMatchObject({ "in-progress": 1, "on-hold": 1 });
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "Slipping: sort of late\n");
    const refused = await cpc(["stats", file, "--wordings", bad]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('"Slipping" should give a status');
  });
});

describe("a tracker written back as the council keeps it", () => {
  it("uses the council's headings in its order, then the columns it needs, and reads back the same", async () => {
    const read = readPlanCsv(readFileSync(fixture("messy-rag-only.csv")));
    const plan = validatePlan(read.plan).plan!;
    const text = writePlanCsv(plan, { layout: read.layout });
    const header = text.split("\n").find((l) => l.startsWith("Ref,"));
    // The council's eight headings first, as written (the revised deadline is now in the
    // target's text, so that column is empty); then what the plan needs that they do not
    // hold: recommendation ids, the themes its section headings named (GOVERNANCE, FINANCE),
    // the headings, targets as text, and the statuses read from the RAG.
    expect(header).toBe(
      "Ref,Recommendation,Key actions,Lead Officer(s),Due date,Revised deadline,Overall RAG,Comments / progress,Recommendation ID,Themes,Heading,Target for completion,Status",
    );
    expect(validatePlan(readPlanCsv(text).plan).plan).toEqual(plan);
    // cpc convert does the same for a CSV it read.
    const out = (await cpc(["convert", fixture("messy-rag-only.csv"), "--to", "csv"])).out;
    expect(out.split("\n").find((l) => l.startsWith("Ref,"))).toBe(header);
  });
});
