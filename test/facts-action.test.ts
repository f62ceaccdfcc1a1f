// An action's facts (src/facts/action.ts), pinned where the mutation run of 2026-12-07 found
// no test that would notice a change (issue 32 item 7): what else says how an action is going
// when it gives no status, the latest update, the expected-progress rule's edges, weights, and
// a target a bare list of actions cannot read. Each figure is counted by hand from the plan
// written in the test; the wordings are those of real trackers (test/fixtures/trackers).
import { describe, expect, it } from "vitest";
import { overdueActions, overdueSteps, progressHeadline, ragSummary, statusSummary, type Action, type ActionPlan, type Rag } from "../src/index.js";
import { PlanDataError } from "../src/model/errors.js";

const act = (id: string, extra: Partial<Action> = {}): Action => ({ id, recommendation: "R1", title: `Action ${id}`, timescale: "March 2030", ...extra });
const plan = (actions: Action[], extra: Partial<ActionPlan> = {}): ActionPlan => ({
  schemaVersion: 1,
  recommendations: [{ id: "R1", title: "Strengthen the council's grip on delivery" }],
  actions,
  ...extra,
});
/** An action as an unvalidated plan may hold it: fields of any type. */
const loose = (fields: Record<string, unknown>): Action => fields as unknown as Action;
/** The one rating a one-action plan's RAG summary counts. */
function ragOfOnly(p: ActionPlan, options: Parameters<typeof ragSummary>[1]): Rag {
  const counts = ragSummary(p, options).counts;
  const rated = (Object.keys(counts) as Rag[]).filter((r) => counts[r] > 0);
  expect(rated).toHaveLength(1);
  return rated[0]!;
}
/** The error a call throws, for its message and place. */
function thrown(f: () => unknown): PlanDataError {
  try {
    f();
  } catch (e) {
    if (e instanceof PlanDataError) return e;
    throw e;
  }
  throw new Error("expected a PlanDataError");
}

describe("an action with no status of its own, read from its RAG", () => {
  it("counts a blue rating as complete and any other rating as under way", () => {
    // 1 Blue -> complete; 2 Green, 3 Amber, 4 Red -> in progress: complete 1, in progress 3, all 4 from the RAG.
    const p = plan([act("1", { rag: "blue" }), act("2", { rag: "green" }), act("3", { rag: "amber" }), act("4", { rag: "red" })]);
    const s = statusSummary(p, { asOf: "2024-09-30" });
    expect(s.counts).toMatchObject({ complete: 1, "in-progress": 3, "not-started": 0 });
    expect(s.from).toEqual({ status: 0, rag: 4, percent: 0, update: 0, none: 0 });
  });
});

describe("an action with no status, read from its latest update", () => {
  const asOf = { asOf: "2024-09-30" };

  it("reads an update's rating: blue complete, green or amber under way (not the other way round)", () => {
    // 1's latest update is rated Green, 2's Amber: both in progress, none complete; both from an update.
    const p = plan([act("1", { updates: [{ date: "2024-08-01", rag: "green" }] }), act("2", { updates: [{ date: "2024-08-01", rag: "amber" }] })]);
    const s = statusSummary(p, asOf);
    expect(s.counts).toMatchObject({ complete: 0, "in-progress": 2 });
    expect(s.from).toEqual({ status: 0, rag: 0, percent: 0, update: 2, none: 0 });
  });

  it("names the update as the source in the headline, whether it gave a status or a rating", () => {
    // 1: update status complete; 2: update rated Blue (complete); 3: update with a note (in progress): 3 from updates.
    const p = plan([
      act("1", { updates: [{ date: "2024-08-01", status: "complete" }] }),
      act("2", { updates: [{ date: "2024-08-01", rag: "blue" }] }),
      act("3", { updates: [{ date: "2024-08-01", note: "Member workshop held" }] }),
    ]);
    const h = progressHeadline(p, asOf);
    expect(h.from).toEqual({ status: 0, rag: 0, percent: 0, update: 3, none: 0 });
    expect(h.completed.count).toBe(2);
  });

  it("takes the latest by date, whatever the order they are listed in, and the last of equal dates", () => {
    // 1: August says complete, May (listed after it) on hold: the latest is August, complete.
    // 2: two updates of 1 August: on hold, then complete: the last of equals, complete.
    // 3: two of 1 August: complete, then in progress: in progress. (Complete 2, in progress 1, on hold 0; taking the first
    // of equals instead would give 1 and 3 complete, 2 on hold.)
    const p = plan([
      act("1", {
        updates: [
          { date: "2024-08-01", status: "complete" },
          { date: "2024-05-01", status: "on-hold" },
        ],
      }),
      act("2", {
        updates: [
          { date: "2024-08-01", status: "on-hold" },
          { date: "2024-08-01", status: "complete" },
        ],
      }),
      act("3", {
        updates: [
          { date: "2024-08-01", status: "complete" },
          { date: "2024-08-01", status: "in-progress" },
        ],
      }),
    ]);
    expect(statusSummary(p, asOf).counts).toMatchObject({ complete: 2, "on-hold": 0, "in-progress": 1 });
  });

  it("passes over a reschedule: a later update that only moves the target or changes the owners says nothing of progress", () => {
    // Each action: 1 May on hold, then 1 August a note with a new timescale (1), a new due date (2) or new owners (3).
    // The August update is a reschedule, not progress: all three stay on hold (3), none in progress.
    const moved = (extra: Record<string, unknown>): Action =>
      act("x", {
        updates: [
          { date: "2024-05-01", status: "on-hold" },
          { date: "2024-08-01", note: "Moved at the June board", ...extra },
        ],
      });
    const p = plan([
      { ...moved({ timescale: "March 2026" }), id: "1" },
      { ...moved({ due: "2026-03-31" }), id: "2" },
      { ...moved({ owners: ["Director of Place"] }), id: "3" },
    ]);
    expect(statusSummary(p, asOf).counts).toMatchObject({ "on-hold": 3, "in-progress": 0 });
  });

  it("passes over an update that says nothing at all, or whose date is missing, and anything in the list that is no update", () => {
    // 1: on hold (1 May), then an update of 1 August with a date and nothing else: on hold.
    // 2: a dated update (1 May, on hold) listed after one with no date that says complete: on hold.
    // 3 (unvalidated): null, a string, a number and a dated update (on hold): on hold.
    // On hold 3, complete 0, and no error.
    const p = plan([
      act("1", { updates: [{ date: "2024-05-01", status: "on-hold" }, { date: "2024-08-01" }] }),
      act("2", { updates: [loose({ status: "complete", note: "Signed off" }) as never, { date: "2024-05-01", status: "on-hold" }] }),
      act("3", { updates: [null, "Update to follow", 7, { date: "2024-05-01", status: "on-hold" }] as never }),
    ]);
    const s = statusSummary(p, asOf);
    expect(s.counts).toMatchObject({ "on-hold": 3, complete: 0, "in-progress": 0 });
    expect(s.from.update).toBe(3);
  });

  it("counts an update's status wording (an unvalidated plan) in one of the six statuses, never a bucket of its own", () => {
    // One action whose only update says "Completed" (a wording, not the canonical "complete"): whatever it is read as,
    // the six counts add up to the one action and no other key appears.
    const p = plan([act("1", { updates: [{ date: "2024-08-01", status: "Completed" as never }] })]);
    const s = statusSummary(p, asOf);
    expect(Object.keys(s.counts).sort()).toEqual(["cancelled", "complete", "in-progress", "not-started", "on-hold", "ongoing"]);
    expect(Object.values(s.counts).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it("does not count a blank status wording as a word no reader knows", () => {
    // statusText "  " (a blank cell kept as written) and no status: nothing says how it is going, so not started and
    // no status (1), and nothing unrecognised (0).
    const s = statusSummary(plan([act("1", { statusText: "  " })]), asOf);
    expect(s.unrecognised).toBe(0);
    expect(s.noStatus).toBe(1);
    expect(s.counts["not-started"]).toBe(1);
  });
});

describe("a status given with a leftover status wording", () => {
  it("counts the status: the wording is read only where the action gives no status", () => {
    // 1: status complete, with statusText "Update to follow" left from an earlier reading: complete (1), nothing unrecognised.
    // 2: no status, statusText "Update to follow": unrecognised (1), counted apart from the statuses.
    const p = plan([act("1", { status: "complete", statusText: "Update to follow" }), act("2", { statusText: "Update to follow" })]);
    const s = statusSummary(p, { asOf: "2024-09-30" });
    expect(s.counts.complete).toBe(1);
    expect(s.unrecognised).toBe(1);
    expect(s.total).toBe(1);
  });
});

describe("a step's due date against the day", () => {
  it("is not overdue on the day it is due, and one day overdue the day after", () => {
    // Action 1.1 (in progress, due March 2030) has steps a (due 30 Sep 2024) and b (due 29 Sep 2024). As of 30 Sep 2024:
    // a is due that day, not overdue; b is 1 day overdue. One overdue step.
    const p = plan(
      [
        act("1.1", {
          status: "in-progress",
          steps: [
            { id: "a", text: "Report to Cabinet", due: "2024-09-30" },
            { id: "b", text: "Brief the portfolio holder", due: "2024-09-29" },
          ],
        }),
      ],
      { publishedOn: "2024-01-01" },
    );
    expect(overdueSteps(p, { asOf: "2024-09-30" }).map((o) => [o.step.id, o.daysOverdue])).toEqual([["b", 1]]);
  });
});

describe("the due date an action takes from its steps", () => {
  it("is a plain target, not 'X and ongoing': an action under way past its last step's date is overdue", () => {
    // 1.1 has no timescale; its steps are due 31 Jan and 31 Mar 2024, so it is due 31 Mar 2024. In progress, as of
    // 30 Jun 2024: overdue, by 1 Apr..30 Jun = 30 + 31 + 30 = 91 days.
    const p = plan(
      [
        act("1.1", {
          timescale: undefined,
          status: "in-progress",
          steps: [
            { id: "a", text: "Draft the workforce strategy", due: "2024-01-31" },
            { id: "b", text: "Adopt it at Cabinet", due: "2024-03-31" },
          ],
        }),
      ],
      { publishedOn: "2024-01-01" },
    );
    const overdue = overdueActions(p, { asOf: "2024-06-30" });
    expect(overdue.map((o) => [o.action.id, o.due, o.daysOverdue, o.continuing])).toEqual([["1.1", "2024-03-31", 91, false]]);
  });
});

describe("a target with no year in a plan with no dates", () => {
  it("is counted as no target, not refused: only a bare list of actions is refused", () => {
    // A plan (not a bare list) with no publication or CPC date, one action "March", in progress: counted (1), not overdue.
    const p = plan([act("1", { timescale: "March", status: "in-progress" })]);
    expect(statusSummary(p, { asOf: "2024-09-30" }).counts["in-progress"]).toBe(1);
    expect(overdueActions(p, { asOf: "2024-09-30" })).toEqual([]);
  });
});

describe("a bare list of actions", () => {
  it("reads a target that gives no date (TBC, Ongoing) and refuses only one that needs the plan's dates", () => {
    // "TBC" and "Ongoing" need no date to be read: 2 actions counted, in progress.
    const ok = [act("1", { timescale: "TBC", status: "in-progress" }), act("2", { timescale: "Ongoing", status: "in-progress" })];
    expect(statusSummary(ok, { asOf: "2024-09-30" }).counts["in-progress"]).toBe(2);
  });

  it("refuses a target counted from the CPC, naming the action, the text and its place", () => {
    const list = [act("1", { status: "in-progress" }), act("2", { timescale: "Within six months of the CPC", status: "in-progress" })];
    const e = thrown(() => statusSummary(list, { asOf: "2024-09-30" }));
    // The second action of the list (index 1), its timescale.
    expect(e.path).toEqual([1, "timescale"]);
    expect(e.value).toBe("Within six months of the CPC");
    expect(e.message).toMatch(/^action "2": the target "Within six months of the CPC" is read against the plan's dates/);
  });

  it("refuses a target with no year in the same way", () => {
    const e = thrown(() => statusSummary([act("1", { timescale: "March", status: "in-progress" })], { asOf: "2024-09-30" }));
    expect(e.path).toEqual([0, "timescale"]);
  });
});

describe("weights", () => {
  const weighted = { asOf: "2024-09-30", weighted: true };

  it("are counted when positive and finite", () => {
    // Weights 2 (complete) and 0.5 (in progress): complete 2, in progress 0.5.
    const p = plan([act("1", { status: "complete", weight: 2 }), act("2", { status: "in-progress", weight: 0.5 })]);
    expect(statusSummary(p, weighted).counts).toMatchObject({ complete: 2, "in-progress": 0.5 });
  });

  it("refuses a weight of 0, a negative one and an infinite one, with the weight's place", () => {
    for (const w of [0, -1, Infinity]) {
      const e = thrown(() => statusSummary(plan([act("1", { status: "in-progress" }), act("2", { status: "complete", weight: w })]), weighted));
      expect(e.path).toEqual(["actions", 1, "weight"]);
      expect(e.message).toBe(
        `action "2": the weight ${String(w)} is not a positive number, so it cannot be counted; validatePlan reports every such value with its place`,
      );
    }
  });

  it("shows a weight that is not a number as it is: NaN as NaN, never as JSON's null", () => {
    const e = thrown(() => statusSummary(plan([act("1", { status: "in-progress", weight: Number.NaN })]), weighted));
    expect(e.message).toContain("the weight NaN is not a positive number");
  });
});

describe("the expected-progress rule at its edges", () => {
  // Published 1 January 2024, so the plan's start is 2024-01-01. As of 1 July 2024: 182 days since the start
  // (31+29+31+30+31+30). "March 2025" is due 31 March 2025: 455 days after the start (366 in 2024 + 31 + 28 + 30).
  // Time passed: 182 / 455 = 0.4.
  const published = { publishedOn: "2024-01-01" };
  const rule = (asOf: string) => ({ asOf, ragRule: "expected-progress" as const });

  it("leaves an action with no due date to the status rule", () => {
    // "TBC", 50 % complete (so in progress), not overdue: the status rule rates it green.
    expect(ragOfOnly(plan([act("1", { timescale: "TBC", percentComplete: 50 })], published), rule("2024-07-01"))).toBe("green");
  });

  it("leaves a complete action to the status rule: blue in a BRAG plan, whatever its percentage says", () => {
    // Complete, 20 % (a tracker not brought up to date): 0.2 / 0.4 = 0.5 would be red; the status rule says blue.
    const p = plan([act("1", { timescale: "March 2025", status: "complete", percentComplete: 20 })], { ...published, ragScheme: "brag" });
    expect(ragOfOnly(p, rule("2024-07-01"))).toBe("blue");
  });

  it("leaves an action on hold to the status rule: amber, however far along", () => {
    // On hold, 80 %: 0.8 / 0.4 = 2 would be green; on hold is amber.
    expect(ragOfOnly(plan([act("1", { timescale: "March 2025", status: "on-hold", percentComplete: 80 })], published), rule("2024-07-01"))).toBe("amber");
  });

  it("counts a one-month target from the plan's start, not from the first of that month", () => {
    // "March 2025", 10 %: from 2024-01-01, 0.1 / 0.4 = 0.25 < 0.7: red. (From 1 March 2025 no time would have passed: green.)
    expect(ragOfOnly(plan([act("1", { timescale: "March 2025", percentComplete: 10 })], published), rule("2024-07-01"))).toBe("red");
  });

  it("counts milestones from the plan's start: the first milestone is where a step ends, not where the work starts", () => {
    // "a. October 2024 b. March 2025", due 31 March 2025, 10 %: from 2024-01-01, 0.1 / 0.4 = 0.25: red.
    const p = plan([act("1", { timescale: "a. October 2024 b. March 2025", percentComplete: 10 })], published);
    expect(ragOfOnly(p, rule("2024-07-01"))).toBe("red");
  });

  it("counts from the plan's start when the action has a due date of its own, whatever span its timescale names", () => {
    // Due 31 March 2025 (given), timescale "October 2024 - March 2025", 10 %: the given date decides, so the start is the
    // plan's: 0.1 / 0.4 = 0.25: red. (From 1 October 2024 no time would have passed by 1 July: green.)
    const p = plan([act("1", { due: "2025-03-31", timescale: "October 2024 - March 2025", percentComplete: 10 })], published);
    expect(ragOfOnly(p, rule("2024-07-01"))).toBe("red");
  });

  it("leaves an action due the day the plan starts to the status rule (no time to measure against)", () => {
    // Published 1 July 2024, due 1 July 2024, as of that day: not overdue (due is not before the day); start = due, so no
    // share of time can be worked out; the status rule: in progress (50 %), not overdue: green.
    const p = plan([act("1", { due: "2024-07-01", percentComplete: 50 })], { publishedOn: "2024-07-01" });
    expect(ragOfOnly(p, rule("2024-07-01"))).toBe("green");
  });

  it("rates green when no time has passed yet, even at 0 %", () => {
    // Published 1 July 2024, as of 1 July 2024: 0 days of 273 have passed; 0 % complete is on track: green.
    const p = plan([act("1", { timescale: "March 2025", percentComplete: 0 })], { publishedOn: "2024-07-01" });
    expect(ragOfOnly(p, rule("2024-07-01"))).toBe("green");
  });

  it("puts a performance exactly at a threshold in the better band (at least 0.9 on track, at least 0.7 monitor)", () => {
    // Published 1 January 2024, due 31 January 2024 (30 days), as of 16 January (15 days): half the time has passed.
    // 45 %: 0.45 / 0.5 = 0.9, on track: green. 35 %: 0.35 / 0.5 = 0.7, monitor: amber.
    const at = (percent: number) => plan([act("1", { due: "2024-01-31", percentComplete: percent })], published);
    expect(ragOfOnly(at(45), rule("2024-01-16"))).toBe("green");
    expect(ragOfOnly(at(35), rule("2024-01-16"))).toBe("amber");
    // Just under each: 44 % (0.88) amber, 34 % (0.68) red.
    expect(ragOfOnly(at(44), rule("2024-01-16"))).toBe("amber");
    expect(ragOfOnly(at(34), rule("2024-01-16"))).toBe("red");
  });
});
