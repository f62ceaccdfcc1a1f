// A plan written as labelled lines, not a table ("Recommendation 1: ...", "Action 1.1: ...",
// "Lead officer: ...", "Timescale: ...", "Status: ..."), as committee reports set a council's
// response out: in a text file, in a Word document's paragraphs (test/fixtures/pdf/make.py,
// python-docx), and in the PDF LibreOffice prints from it. Before, the text was read as YAML and
// refused with duplicate keys, and the Word document and the PDF were refused as having no table.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";
import { readPlanDocx } from "../src/docx/index.js";
import { readPlan } from "../src/read/index.js";
import { cpcStats, runCpc, scratchFile, type RawPlan } from "./helpers.js";

const fixture = (name: string) => new URL(`./fixtures/pdf/${name}`, import.meta.url).pathname;

// make.py's Westmere plan: 2 recommendations; actions 1.1 (June 2025, Complete), 1.2 (September
// 2025, In progress, an update over two lines), 2.1 (February 2026, Not started).
const westmere = [
  ["1.1", "1", "Consult residents and partners on the draft priorities", "Head of Policy", "June 2025", "complete"],
  ["1.2", "1", "Adopt the council plan at Full Council", "Chief Executive", "September 2025", "in-progress"],
  ["2.1", "2", "Set a balanced budget for 2026/27", "Section 151 Officer", "February 2026", "not-started"],
];
const rowsOf = (plan: RawPlan) => plan.actions.map((a) => [a.id, a.recommendation, a.title, (a["owners"] as string[])[0], a["timescale"], a["status"]]);

describe("labelled paragraphs in Word, and the PDF printed from them", () => {
  it.each(["westmere-labelled.docx", "westmere-labelled.pdf"])("%s: 3 actions under 2 recommendations, 1 overdue on 15 November 2025", async (name) => {
    // Overdue on 15 November 2025: 1.2 (September 2025, in progress). 1.1 is complete; 2.1 is due in February 2026.
    const stats = await cpcStats([fixture(name)], "2025-11-15");
    expect(stats.actions).toBe(3);
    expect(stats.overdue).toBe(1);
    expect(stats.status.counts).toMatchObject({ complete: 1, "in-progress": 1, "not-started": 1 });
  });

  it("the Word document: each action as written, its update's two lines kept", () => {
    const r = readPlanDocx(readFileSync(fixture("westmere-labelled.docx")));
    const plan = r.plan as unknown as RawPlan;
    expect(rowsOf(plan)).toEqual(westmere);
    expect(plan.recommendations.map((x) => [x.id, x.title])).toEqual([
      ["1", "Agree a clear set of priorities for the council"],
      ["2", "Put the finances on a sustainable footing"],
    ]);
    expect(plan.actions[1]!["comments"]).toBe("Draft considered by Cabinet in October;\nadoption moved to the January meeting.");
    // The reading is said: from which paragraph, how many records, under which labels.
    expect(r.issues.find((i) => i.code === "column-read")!.message).toBe(
      'The file has no table: its labelled lines from paragraph 2 on were read as 3 records, one a row, under the labels "Recommendation", "Recommendation ref", "Action", "Action no", "Lead officer", "Timescale", "Status", "Progress update"; a label seen again starts the next record.',
    );
  });
});

describe("labelled lines in a text file", () => {
  const text = `Recommendation 1: Improve scrutiny
Action: Review the arrangements
Lead officer: Head of Governance
Timescale: March 2025
Status: Complete

Recommendation 2: Set a balanced budget
Action: Agree the savings plan
Lead officer: Section 151 Officer
Timescale: June 2025
Status: In progress
`;

  it("is read as two recommendations and their actions, by readPlan and by cpc", async () => {
    // Each recommendation's one action, numbered by the reader (1.1, 2.1). On 15 November 2025 the
    // second (June 2025, in progress) is overdue.
    const read = readPlan(text);
    expect(read.ok).toBe(true);
    expect(read.plan!.actions.map((a) => [a.id, a.recommendation, a.title, a.status])).toEqual([
      ["1.1", "1", "Review the arrangements", "complete"],
      ["2.1", "2", "Agree the savings plan", "in-progress"],
    ]);
    const stats = await cpcStats([scratchFile("plan.txt", text)], "2025-11-15");
    expect([stats.actions, stats.overdue]).toEqual([2, 1]);
  });

  it("a YAML plan, a table and notes with colons are not records", () => {
    // A plan written as YAML names its keys (schemaVersion, actions): still YAML.
    const yaml =
      "schemaVersion: 1\nrecommendations:\n  - id: R1\n    title: Improve scrutiny\nactions:\n  - id: '1.1'\n    recommendation: R1\n    title: Review\n";
    expect(readPlan(yaml).source.format).toBe("yaml");
    // Meeting notes: one record at most ("Action" once), and "Date", "Attendees" name no column.
    const notes = "Date: 5 May 2025\nAttendees: Leader, Chief Executive\nAction: Review the arrangements\nStatus: Complete\n";
    expect(readPlan(notes).source.format).toBe("yaml");
    // A CSV whose cells hold colons is a table.
    const csv = "Recommendation,Action,Status\nImprove scrutiny,Action: review,Complete\nSet a budget,Action: agree,In progress\n";
    expect((readPlanCsv(csv).plan as unknown as RawPlan).actions.map((a) => a.title)).toEqual(["Action: review", "Action: agree"]);
  });

  it("a recommendation's label after an action's fields starts the next record", () => {
    // Without the rule, "Recommendation 2" would be written into the record of action 1.2, and 1.2 counted under it.
    const two =
      "Recommendation 1: A\nAction 1.1: B\nStatus: Complete\nAction 1.2: C\nStatus: Complete\nRecommendation 2: D\nAction 2.1: E\nStatus: Not started\n";
    const plan = readPlanCsv(two).plan as unknown as RawPlan;
    expect(plan.actions.map((a) => [a.id, a.recommendation])).toEqual([
      ["1.1", "1"],
      ["1.2", "1"],
      ["2.1", "2"],
    ]);
  });

  it("a Word document with neither a table nor labelled paragraphs is still refused, saying both", async () => {
    const run = await runCpc(["validate", new URL("./fixtures/draft/kingston-feedback-report-2019.docx", import.meta.url).pathname]);
    expect(run.code).toBe(1);
    expect(run.out + run.err).toContain(
      'The document has no table: peer-challenge reads an action plan from its table, or from labelled paragraphs ("Action: ...", "Lead officer: ...").',
    );
  });
});
