// Issue 28 item 1 (and issue 27 item 4): no status recorded is not "not started". A tracker with
// a RAG column and no Status column, the commonest kind, is counted by what it says; a status
// word no reader knows is counted apart and named; a plan as first published keeps the rule
// that an action with nothing known of it is not started. Figures counted by hand from the
// files, in the comments.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";
import { progressHeadline, ragSummary, rollup, statusBasis, statusSummary, type Action, type ActionPlan } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";
import { readPlanXlsx } from "../src/xlsx/index.js";
import { loadPlan, runCpc } from "./helpers.js";

const fixture = (name: string) => new URL(`./fixtures/trackers/${name}`, import.meta.url).pathname;

function validated(read: { readonly plan?: unknown }): ActionPlan {
  const r = validatePlan(read.plan, { asOf: "2024-09-30" });
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.plan;
}

describe("a RAG-only tracker (test/fixtures/trackers/tracker-q2.xlsx, no Status column)", () => {
  const read = readPlanXlsx(new Uint8Array(readFileSync(fixture("tracker-q2.xlsx"))));
  const plan = validated(read);

  it("counts a rated action by its rating: the headline is 12 / 50 / 38, not 12 / 0 / 88", () => {
    // As of 2024-09-30 (see make-tracker-q2.py):
    //   completed: 1.1 (Blue)                                                 = 1
    //   making expected progress: 1.2 (Green, Dec 2024), 2.1 (Green, Feb 2025),
    //     2.2 (Amber, Q3 2024/25 = 31 Dec 2024), 3.1 (Green, Mar 2025)          = 4
    //   not yet progressed: 1.3 (Amber, due 30 Jun 2024: overdue), 3.2 (Red, due 31 Jul 2024:
    //     overdue), 4.1 (no rating, no comment: nothing known, not started)     = 3
    // 12.5 / 50 / 37.5: largest remainder gives the one point left to the larger count, 37.5 -> 38.
    const h = progressHeadline(plan, { asOf: "2024-09-30" });
    expect(h).toMatchObject({
      total: 8,
      completed: { count: 1, percent: 12 },
      expectedProgress: { count: 4, percent: 50 },
      notProgressed: { count: 3, percent: 38 },
      overdueInProgress: 2,
      unrecognised: 0,
    });
    // 1.1's status was read from its Blue by the reader; the six rated others have none: counted by their RAG.
    expect(h.from).toEqual({ status: 1, rag: 6, percent: 0, update: 0, none: 1 });
    expect(statusBasis(h.from)).toBe("RAG ratings and statuses");
  });

  it("gives the statuses and the RAG the same way", () => {
    // complete 1 (1.1); in progress 6 (1.2, 1.3, 2.1, 2.2, 3.1, 3.2); not started 1 (4.1).
    const s = statusSummary(plan, { asOf: "2024-09-30" });
    expect(s.counts).toMatchObject({ complete: 1, "in-progress": 6, "not-started": 1 });
    expect(s.noStatus).toBe(1);
    // RAG reported: blue 1, green 3 (1.2, 2.1, 3.1), amber 2 (1.3, 2.2), red 1 (3.2); 4.1's derived: not started, due
    // March 2025, not due within 30 days: green. So green 4, 1 derived.
    const r = ragSummary(plan, { asOf: "2024-09-30" });
    expect(r.counts).toEqual({ red: 1, amber: 2, green: 4, blue: 1 });
    expect(r.derived).toBe(1);
  });

  it("names the source of each status it takes, and says nothing untrue about a status column", () => {
    const issues = validatePlan(read.plan, { asOf: "2024-09-30" }).issues;
    const fromRag = issues.filter((i) => i.code === "status-from-rag" && i.path[0] === "actions");
    expect(fromRag.map((i) => i.message)).toEqual([
      'Action 1.2 has no status; its RAG "green" says it is under way, so it counts as "in-progress".',
      'Action 1.3 has no status; its RAG "amber" says it is under way, so it counts as "in-progress".',
      'Action 2.1 has no status; its RAG "green" says it is under way, so it counts as "in-progress".',
      'Action 2.2 has no status; its RAG "amber" says it is under way, so it counts as "in-progress".',
      'Action 3.1 has no status; its RAG "green" says it is under way, so it counts as "in-progress".',
      'Action 3.2 has no status; its RAG "red" says it is under way, so it counts as "in-progress".',
    ]);
    expect(issues.filter((i) => i.code === "action-without-status").map((i) => i.message)).toEqual([
      "Action 4.1 has no status, RAG rating, percentage or dated update, while other actions are rated; it counts as not started.",
    ]);
    expect(issues.map((i) => i.message).join("\n")).not.toContain("while other actions do");
  });

  it("says so through cpc stats --headline", async () => {
    const r = await runCpc(["stats", fixture("tracker-q2.xlsx"), "--as-of", "2024-09-30", "--headline"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("12% of actions completed, 50% making expected progress and 38% not yet progressed.");
    expect(r.out).toContain(
      "Figures computed from RAG ratings and statuses: 6 actions with no status are counted by their RAG rating (blue: complete; red, amber or green: in progress).",
    );
    expect(r.out).toContain("1 of 8 actions has no status, RAG, percentage or dated update, and counts as not started.");
  });
});

describe("the other RAG-only trackers", () => {
  it("quarterly-columns.csv: the latest quarter's rating gives the status", () => {
    // 1.1: Q2 Green (Q3 empty), target September 2024 -> in progress, due 30 Sep, not overdue on 30 Sep;
    // 1.2: Q3 Blue -> complete (the reader reads it so); 2.1: Q1 Green, March 2025 -> in progress.
    // Headline as of 2024-09-30: 1 completed, 2 making expected progress, 0 not progressed: 33 / 67 / 0.
    const plan = validated(readPlanCsv(readFileSync(fixture("quarterly-columns.csv"))));
    expect(progressHeadline(plan, { asOf: "2024-09-30" })).toMatchObject({
      completed: { count: 1, percent: 33 },
      expectedProgress: { count: 2, percent: 67 },
      notProgressed: { count: 0, percent: 0 },
      from: { status: 1, rag: 2, percent: 0, update: 0, none: 0 },
    });
  });
});

describe("what else says how an action is going", () => {
  const act = (id: string, extra: Partial<Action> = {}): Action => ({ id, recommendation: "R1", title: `Action ${id}`, timescale: "March 2030", ...extra });
  const plan = (actions: Action[]): ActionPlan => ({ schemaVersion: 1, recommendations: [{ id: "R1", title: "Do it" }], actions });

  it("reads a percentage complete: 100 complete, 0 not started, anything between in progress", () => {
    const p = plan([act("1", { percentComplete: 100 }), act("2", { percentComplete: 0 }), act("3", { percentComplete: 40 })]);
    const s = statusSummary(p, { asOf: "2024-09-30" });
    expect(s.counts).toMatchObject({ complete: 1, "not-started": 1, "in-progress": 1 });
    expect(s.from).toEqual({ status: 0, rag: 0, percent: 3, update: 0, none: 0 });
    expect(
      validatePlan(p)
        .issues.filter((i) => i.code === "status-from-progress")
        .map((i) => i.message),
    ).toEqual([
      'Action 1 has no status; its 100 % complete says it is complete, so it counts as "complete".',
      'Action 2 has no status; its 0 % complete says it is not started, so it counts as "not-started".',
      'Action 3 has no status; its 40 % complete says it is under way, so it counts as "in-progress".',
    ]);
  });

  it("reads the latest dated update: its status, else its rating, else a note says the work is under way", () => {
    const p = plan([
      act("1", {
        updates: [
          { date: "2024-05-01", note: "Started" },
          { date: "2024-08-01", status: "complete" },
        ],
      }),
      act("2", { updates: [{ date: "2024-08-01", rag: "blue" }] }),
      act("3", { updates: [{ date: "2024-08-01", note: "Member workshop held" }] }),
    ]);
    // 1: latest (1 August) says complete; 2: its latest is rated blue, complete; 3: a note: in progress.
    expect(statusSummary(p, { asOf: "2024-09-30" })).toMatchObject({ counts: { complete: 2, "in-progress": 1 }, from: { update: 3 } });
  });

  it("does not read a comment alone as a status: a plan as first published puts milestones there", () => {
    // West Norfolk's plan as published (24 actions, no status, RAG or update): 6.2's comment is a plan ("Proposed
    // Officer Working Groups"), not progress. Every action counts as not started: 0 / 0 / 100.
    const westNorfolk = loadPlan("west-norfolk-2024.json");
    expect(westNorfolk.actions.find((a) => a.id === "6.2")?.comments).toMatch(/^Proposed Officer Working Groups/);
    const h = progressHeadline(westNorfolk, { asOf: "2024-06-26" });
    expect(h).toMatchObject({ total: 24, completed: { count: 0 }, expectedProgress: { count: 0 }, notProgressed: { count: 24, percent: 100 } });
    expect(h.from).toEqual({ status: 0, rag: 0, percent: 0, update: 0, none: 24 });
    expect(statusBasis(h.from)).toBe("no statuses (a plan as first published)");
  });
});

describe("a status word no reader knows (issue 27 item 4)", () => {
  // Four actions: 1.1 "Update to follow" and 2.1 "TBC by Cabinet" are words no reader knows; 1.2 Complete;
  // 2.2 In progress. The plan is valid with two warnings; the figures count 2 actions and name the 2 apart.
  const csv = [
    "Ref,Recommendation,Action,Target date,Status",
    "1.1,Engage residents,Run a residents' survey,March 2030,Update to follow",
    "1.2,Engage residents,Publish what residents said,March 2024,Complete",
    "2.1,Improve scrutiny,Train scrutiny chairs,March 2030,TBC by Cabinet",
    "2.2,Improve scrutiny,Publish a work programme,March 2030,In progress",
  ].join("\n");

  it("keeps the plan usable and the words, with a warning each", () => {
    const r = validatePlan(readPlanCsv(csv).plan, { asOf: "2024-09-30" });
    expect(r.ok).toBe(true);
    expect(r.issues.filter((i) => i.code === "unrecognised-status").map((i) => i.value)).toEqual(["Update to follow", "TBC by Cabinet"]);
    expect(r.plan?.actions.map((a) => a.statusText)).toEqual(["Update to follow", undefined, "TBC by Cabinet", undefined]);
  });

  it("counts them apart in every figure, and every table says how many and which", async () => {
    const plan = validated(readPlanCsv(csv));
    // Counted: 1.2 complete, 2.2 in progress (due March 2030: on time): 50 / 50 / 0 of 2; 2 apart.
    expect(progressHeadline(plan, { asOf: "2024-09-30" })).toMatchObject({
      total: 2,
      completed: { count: 1, percent: 50 },
      expectedProgress: { count: 1, percent: 50 },
      notProgressed: { count: 0 },
      unrecognised: 2,
    });
    expect(statusSummary(plan, { asOf: "2024-09-30" })).toMatchObject({ total: 2, unrecognised: 2, excluded: 0 });
    expect(rollup(plan, { by: "recommendation", asOf: "2024-09-30" }).groups.map((g) => [g.key, g.actions, g.status.unrecognised])).toEqual([
      ["R1", 1, 1],
      ["R2", 1, 1],
    ]);
    const file = join(mkdtempSync(join(tmpdir(), "unrecognised-")), "tracker.csv");
    writeFileSync(file, csv);
    const line = '2 actions are left out of every figure: their statuses are words no reader knows (1.1 "Update to follow", 2.1 "TBC by Cabinet").';
    for (const args of [["stats"], ["stats", "--headline"], ["report"]]) {
      const r = await runCpc([...args, file, "--as-of", "2024-09-30"]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(line);
    }
  });
});
