// Real tables from bodies the reader was never tuned on, whose headings are not in its table
// of headings, in the formats they are kept in: each made from its transcription
// (table.json) by its make.py (openpyxl, python-docx, Python's csv module), with its source in
// source.md and the counting by hand in expected.md beside it (test/fixtures/unseen/).
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";
import { readPlanDocx } from "../src/docx/index.js";
import type { Issue } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";
import type { ColumnReading } from "../src/table/read.js";
import { readPlanXlsx } from "../src/xlsx/index.js";

interface Read {
  readonly plan: Record<string, unknown>;
  readonly issues: readonly Issue[];
  readonly columns: readonly ColumnReading[];
}

/** The one file of a fixture folder that its make.py wrote, read by its format. */
function readFixture(folder: string): Read {
  const dir = new URL(`./fixtures/unseen/${folder}/`, import.meta.url);
  const file = readdirSync(dir).find((f) => /\.(?:xlsx|docx|csv|tsv|txt)$/.test(f))!;
  const bytes = readFileSync(new URL(file, dir));
  if (file.endsWith(".xlsx")) return readPlanXlsx(bytes);
  if (file.endsWith(".docx")) return readPlanDocx(bytes);
  return readPlanCsv(bytes);
}

type Fields = Record<string, unknown>;
const actions = (r: Read) => r.plan["actions"] as Fields[];
const recs = (r: Read) => r.plan["recommendations"] as Fields[];
const reading = (r: Read, heading: string) => r.columns.find((c) => c.heading === heading);

describe("Walsall's planning peer challenge action plan (xlsx: three stacked tables, lettered steps)", () => {
  const r = readFixture("01-walsall-planning-peer-challenge");

  it("reads its headings, none of which is in the table of headings", () => {
    // Ref | Details | Action(s) | Input / service area(s) | Due by (expected.md, "Columns").
    expect(reading(r, "Details")).toMatchObject({ as: "recommendation", by: "keyword" });
    expect(reading(r, "Action(s)")).toMatchObject({ as: "title", by: "words" });
    expect(reading(r, "Input / service area(s)")).toMatchObject({ as: "owners", by: "keyword" });
    expect(reading(r, "Due by")).toMatchObject({ as: "timescale", by: "keyword" });
  });

  it("keeps the council's references R1, R3, PCR1, R2 as the recommendations' ids, in the published order", () => {
    // Rows 3, 4, 8 and 12 of the sheet; rows 7 and 11 repeat the header of a stacked table.
    expect(recs(r).map((x) => x["id"])).toEqual(["R1", "R3", "PCR1", "R2"]);
    expect(actions(r).map((a) => [a["id"], a["recommendation"]])).toEqual([
      ["R1", "R1"],
      ["R3", "R3"],
      ["PCR1", "PCR1"],
      ["R2", "R2"],
    ]);
  });

  it("reads the lettered actions and their lettered dates as steps, each with its own target", () => {
    // R1 a, b; R3 a; PCR1 a, b, c ("b and c. April 2026 (subject to PIB)" is both b's and c's); R2 a, b: 8 steps.
    const steps = actions(r).map((a) => ((a["steps"] as Fields[] | undefined) ?? []).map((s) => [s["id"], s["timescale"]]));
    expect(steps).toEqual([
      [
        ["a", "July 2025"],
        ["b", "October 2025 onwards"],
      ],
      [["a", "Autumn 2025"]],
      [
        ["a", "Autumn 2025"],
        ["b", "April 2026 (subject to PIB)"],
        ["c", "April 2026 (subject to PIB)"],
      ],
      [
        ["a", "As and when required"],
        ["b", "New comms strategy by July 2025"],
      ],
    ]);
  });

  it("splits the spaced service areas into owners", () => {
    // "Planning" (1); "Planning / legal / democratic services" (3) twice; "Planning / CMT / comms" (3).
    expect(actions(r).map((a) => (a["owners"] as string[]).length)).toEqual([1, 3, 3, 3]);
  });

  it("gives a valid plan", () => {
    expect(validatePlan(r.plan).ok).toBe(true);
  });
});

describe("the LGA's CPC progress review action plan (xlsx: a merged theme over numbered suggestions)", () => {
  const r = readFixture("03-lga-cpc-progress-review-action-plan");

  it("reads 2 recommendations and 6 actions numbered as written", () => {
    // "Relationship with devolution" merged over rows 3-5 (1.1-1.3), "Organisational development" over rows 6-8 (2.1-2.3).
    expect(recs(r).map((x) => x["title"])).toEqual(["Relationship with devolution", "Organisational development"]);
    expect(actions(r).map((a) => [a["id"], a["recommendation"]])).toEqual([
      ["1.1", "R1"],
      ["1.2", "R1"],
      ["1.3", "R1"],
      ["2.1", "R2"],
      ["2.2", "R2"],
      ["2.3", "R2"],
    ]);
  });

  it("reads the unknown headings by what their columns hold, and says so", () => {
    // "Original recommendation" by its word; the blank heading over 1.1 ... 2.3 holds the numbers;
    // "Peer team suggestion" is long text right of the action: the comments, not an owner (its "team").
    expect(reading(r, "Original recommendation")?.as).toBe("recommendation");
    expect(reading(r, "Peer team suggestion")).toMatchObject({ as: "comments", by: "contents" });
    expect(r.issues.filter((i) => i.code === "column-read").map((i) => i.value)).toEqual(["Original recommendation", "Peer team suggestion"]);
    expect(validatePlan(r.plan).ok).toBe(true);
  });
});

describe("Shropshire Fire and Rescue's response to HMICFRS (UTF-8 CSV: a blank heading over the recommendations)", () => {
  const r = readFixture("07-shropshire-fire-hmicfrs-response");

  it("reads the column with no heading as the recommendations, 'Cause for Concern' as their section, and 4 actions in progress", () => {
    // Rows 5-8: four "The Service Should ..." areas for improvement, each "xxx" and "In Progress".
    expect(recs(r)).toHaveLength(4);
    expect(recs(r).every((x) => x["heading"] === "Cause for Concern")).toBe(true);
    expect(actions(r).map((a) => a["status"])).toEqual(["in-progress", "in-progress", "in-progress", "in-progress"]);
    expect(reading(r, "")).toMatchObject({ as: "recommendation", by: "position" });
    expect(validatePlan(r.plan).ok).toBe(true);
  });
});

describe("Maidstone's planning peer challenge appendix (xlsx: no action column, a timetable of dated lines)", () => {
  const r = readFixture("08-maidstone-planning-peer-challenge-appendix-b");

  it("reads each recommendation as its own action, its two owners split at the tight slash between names", () => {
    // Rows 3 and 4: "Rob Jarman/Sue Whiteside", "John Foster/Sue Whiteside": two names of two words each.
    expect(actions(r)).toHaveLength(2);
    expect(recs(r)).toHaveLength(2);
    expect(actions(r).map((a) => a["owners"])).toEqual([
      ["Rob Jarman", "Sue Whiteside"],
      ["John Foster", "Sue Whiteside"],
    ]);
    // "Timetable (if known)" holds dated lines ("11/05/12 Call for Sites ..."): the target, as written.
    expect(reading(r, "Timetable (if known)")).toMatchObject({ as: "timescale" });
    expect(String(actions(r)[0]!["timescale"])).toContain("14/12/12 Reg 19 consultation on the Core Strategy");
    expect(validatePlan(r.plan).ok).toBe(true);
  });
});

describe("Bassetlaw's complaint-code self-assessment (Windows-1252 CSV: a Code section column, no recommendation column)", () => {
  const r = readFixture("10-bassetlaw-lgsco-code-self-assessment");

  it("reads the sections as what the 4 rows answer, keeps the Yes/No column, and says it guessed the encoding", () => {
    // Rows 3-6: "1: Definition of ...", "2: Exclusions ", "3: Accessibility ...", "4: Complaint handling resources".
    expect(recs(r).map((x) => x["title"])).toEqual([
      "1: Definition of a service request and complaint",
      "2: Exclusions ",
      "3: Accessibility and awareness",
      "4: Complaint handling resources",
    ]);
    expect(actions(r).map((a) => a["Do we follow the Code: Yes/No"])).toEqual(["Yes", "Yes", "Yes", "Yes"]);
    expect(r.issues.map((i) => i.code)).toContain("guessed-encoding");
    // The Windows-1252 right quote in "’Types of Complaints’" survives.
    expect(String(actions(r)[1]!["comments"])).toContain("’Types of Complaints’");
    expect(validatePlan(r.plan).ok).toBe(true);
  });
});

describe("Great Yarmouth's complaint-code self-assessment (semicolon CSV with a BOM: four stacked tables)", () => {
  const r = readFixture("05-great-yarmouth-complaint-code-self-assessment");

  it("reads the 11 requirements, keeps the Comply column, skips the repeated headers and reports the section titles", () => {
    // expected.md: requirement rows 4, 5, 10, 11, 12, 17, 18, 19, 25, 26, 27 (11); Comply "Yes" on
    // rows 5, 11, 12, 18, 19, 25, 27 (7), empty on the other 4; headers repeated on rows 9, 16, 24.
    expect(actions(r)).toHaveLength(11);
    expect(actions(r).filter((a) => a["Comply (Yes/No)"] === "Yes")).toHaveLength(7);
    expect(reading(r, "Code requirement (from the Housing Ombudsman Complaint Handling Code)")).toMatchObject({ as: "recommendation", by: "keyword" });
    // Each section's two title lines sit in the first column, which holds the code's numbers: said, never dropped.
    expect(r.issues.filter((i) => i.code === "row-not-read").length).toBeGreaterThanOrEqual(4);
    expect(validatePlan(r.plan).ok).toBe(true);
  });
});

describe("a table the reader cannot tell is a plan", () => {
  it("Isle of Wight's page of achievements (UTF-16 text, no header at all) is refused with a message, not read as something else", () => {
    const r = readFixture("04-isle-of-wight-planning-peer-review");
    expect(r.issues[0]).toMatchObject({ severity: "error", code: "no-header" });
  });

  it("Slough's self-assessment (Word: headings of keywords only, a sentence in each row) is refused, not read with a sentence as its header", () => {
    // Its header names only a requirement and two commentaries; its rows hold sentences with
    // "team" and "evidence" in them, which once made a row of data the header.
    const r = readFixture("06-slough-complaint-code-self-assessment-2025");
    expect(r.issues.find((i) => i.severity === "error")?.code).toBe("no-header");
  });
});
