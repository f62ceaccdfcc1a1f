import { beforeAll, describe, expect, it } from "vitest";
import {
  actionsWithoutTarget,
  overdueActions,
  overdueSteps,
  ragSummary,
  rollup,
  rollupByTheme,
  statusSummary,
  type Action,
  type ActionPlan,
} from "../src/index.js";
import { deepFreeze, loadPlan } from "./helpers.js";

// Built in beforeAll, not at load, so that mutation testing can tell which tests use them.
let kingston: ActionPlan;
let westNorfolk: ActionPlan;
beforeAll(() => {
  kingston = deepFreeze(loadPlan("kingston-2019.json"));
  westNorfolk = deepFreeze(loadPlan("west-norfolk-2024.json"));
});

// Figures counted by hand from seed 001 (Kingston's plan, 54 activities). Activities 20
// and 21.5 have their status and target swapped in the published table; validation reads
// them back the right way round (20: December 2019, ongoing; 21.5: July 2019, in progress).
describe("Kingston 2019 (seed 001)", () => {
  it("has 21 recommendations and 54 activities", () => {
    expect(kingston.recommendations).toHaveLength(21);
    expect(kingston.actions).toHaveLength(54);
  });

  it("counts statuses: 1 complete, 48 in progress, 1 ongoing, 4 not started (2 of them with no status)", () => {
    const s = statusSummary(kingston, { asOf: "2019-06-30" });
    expect(s.total).toBe(54);
    expect(s.counts).toEqual({ "not-started": 4, "in-progress": 48, complete: 1, ongoing: 1, "on-hold": 0, cancelled: 0 });
    expect(s.noStatus).toBe(2); // 9 (a cross-reference) and 21.4 (blank)
    expect(s.excluded).toBe(0);
    // 7.41 / 88.89 / 1.85 / 1.85: largest remainder gives 7 / 89 / 2 / 2
    expect(s.percentages).toEqual({ "not-started": 7, "in-progress": 89, complete: 2, ongoing: 2, "on-hold": 0, cancelled: 0 });
  });

  it("as of 30 June 2019 has five overdue activities, most overdue first", () => {
    const overdue = overdueActions(kingston, { asOf: "2019-06-30" });
    expect(overdue.map((o) => [o.action.id, o.due, o.daysOverdue])).toEqual([
      ["16", "2019-02-28", 122], // Feb 2019
      ["16.1", "2019-02-28", 122], // Feb 2019
      ["3", "2019-04-30", 61], // April 2019
      ["17", "2019-04-30", 61], // April 2019
      ["20.1", "2019-05-31", 30], // Spring 2019
    ]);
  });

  it("does not count 8.2 (June 2019) as overdue on 30 June 2019 itself", () => {
    expect(overdueActions(kingston, { asOf: "2019-06-30" }).map((o) => o.action.id)).not.toContain("8.2");
    expect(overdueActions(kingston, { asOf: "2019-07-01" }).find((o) => o.action.id === "8.2")?.daysOverdue).toBe(1);
  });

  it("as of 30 April 2020 has 24 overdue activities; 5.1 (Nov 2019 and ongoing) is under way so is not one", () => {
    const overdue = overdueActions(kingston, { asOf: "2020-04-30" });
    expect(overdue).toHaveLength(24);
    expect(overdue[0]).toMatchObject({ due: "2019-02-28", daysOverdue: 427 });
    expect(overdue.map((o) => o.action.id)).not.toContain("5.1");
    expect(overdue.map((o) => o.action.id)).toContain("21.5"); // July 2019, read from the status column
    expect(overdue.map((o) => o.action.id)).not.toContain("20"); // ongoing
    expect(overdue.at(-1)).toMatchObject({ action: { id: "2.2" }, due: "2020-03-31", daysOverdue: 30 });
  });

  it("derives RAG for every activity, as none is reported: 5 red and 49 green on 30 June 2019", () => {
    const r = ragSummary(kingston, { asOf: "2019-06-30" });
    expect(r.derived).toBe(54);
    expect(r.scheme).toBe("rag");
    expect(r.counts).toEqual({ red: 5, amber: 0, green: 49, blue: 0 });
    expect(r.percentages).toEqual({ red: 9, amber: 0, green: 91, blue: 0 });
  });

  it("on 30 April 2020: 24 red, 1 amber (1.2, not started and due that day), 29 green", () => {
    expect(ragSummary(kingston, { asOf: "2020-04-30" }).counts).toEqual({ red: 24, amber: 1, green: 29, blue: 0 });
  });

  it("rolls up by the five previous-framework themes its section rows name, the rest unassigned", () => {
    const groups = rollupByTheme(kingston, { asOf: "2019-06-30" });
    expect(groups.map((g) => [g.key, g.actions, g.overdue])).toEqual([
      ["local-place-and-priority-setting", 0, 0],
      ["leadership-of-place", 0, 0],
      ["organisational-leadership-and-governance", 13, 2], // R9-R16; 16 and 16.1 overdue
      ["financial-planning-and-viability", 17, 1], // R3-R8; 3 overdue
      ["capacity-to-deliver", 8, 2], // R17-R20; 17 and 20.1 overdue
      ["unassigned", 16, 0], // R1, R2 (before any section row) and R21 (community engagement)
    ]);
    expect(groups.reduce((n, g) => n + g.actions, 0)).toBe(54);
    const unassigned = groups[5]!;
    expect(unassigned.title).toBe("Unassigned");
    expect(unassigned.status.counts).toMatchObject({ complete: 1, "not-started": 3, "in-progress": 12 });
    // 1 of 16 complete is 6.25%; it takes no spare unit (12 in progress have the largest remainder)
    expect(unassigned.completePercent).toBe(unassigned.status.percentages.complete);
    expect(unassigned.completePercent).toBe(6);
    expect(groups[0]).toMatchObject({ title: "Understanding of the local place and priority setting", completePercent: 0 });
  });

  it("rolls up by heading, keeping the plan's section rows", () => {
    const r = rollup(kingston, { by: "heading", asOf: "2019-06-30" });
    expect(r.groups.map((g) => [g.key, g.actions])).toEqual([
      ["FINANCIAL CHALLENGE", 17],
      ["ORGANISATIONAL LEADERSHIP AND GOVERNANCE", 13],
      ["CAPACITY TO DELIVER", 8],
      ["COMMUNITY ENGAGEMENT", 7],
      ["", 9], // R1 and R2 come before the first section row: no heading
    ]);
    expect(r.groups.at(-1)!.title).toBe("No heading");
    expect(r.total.actions).toBe(54);
  });

  it("rolls up by owner, counting shared activities under each owner", () => {
    const r = rollup(kingston, { by: "owner", asOf: "2019-06-30" });
    const by = Object.fromEntries(r.groups.map((g) => [g.key, g.actions]));
    expect(by["Stephen Evans"]).toBe(25);
    expect(by["Sarah Ireland"]).toBe(19);
    expect(by["Ian Thomas"]).toBe(4);
    expect(by[""]).toBe(1); // activity 9 has no owner
    // 3, 7.1 and 10.2 are shared by Sarah Ireland and Stephen Evans
    expect(r.groups.reduce((n, g) => n + g.actions, 0)).toBe(54 + 3);
    expect(r.total.actions).toBe(54);
  });

  it('keeps an owner or heading called "unassigned" apart from the actions with none', () => {
    // Two recommendations: R1 under the heading "unassigned", R2 with no heading. Action 1
    // is owned by someone called "unassigned", action 2 by no one.
    const plan: ActionPlan = {
      schemaVersion: 1,
      council: { name: "Test" },
      peerChallenge: { start: "2024-01" },
      recommendations: [
        { id: "R1", title: "One", heading: "unassigned" },
        { id: "R2", title: "Two" },
      ],
      actions: [
        { id: "1", recommendation: "R1", title: "a", owners: ["unassigned"] },
        { id: "2", recommendation: "R2", title: "b" },
      ],
    };
    const keys = (by: "owner" | "heading") => rollup(plan, { by, asOf: "2024-06-30" }).groups.map((g) => [g.key, g.title, g.actions]);
    expect(keys("owner")).toEqual([
      ["unassigned", "unassigned", 1],
      ["", "No owner", 1],
    ]);
    expect(keys("heading")).toEqual([
      ["unassigned", "unassigned", 1],
      ["", "No heading", 1],
    ]);
  });

  it("rolls up by recommendation and by status", () => {
    const byRec = rollup(kingston, { by: "recommendation", asOf: "2019-06-30" });
    expect(byRec.groups).toHaveLength(21);
    expect(byRec.groups[6]).toMatchObject({ key: "R7", actions: 8 });
    const byStatus = rollup(kingston, { by: "status", asOf: "2019-06-30" });
    expect(byStatus.groups.map((g) => g.actions)).toEqual([4, 48, 1, 1, 0, 0]);
  });

  it("lists the activities with no dated target so they are not lost", () => {
    const none = actionsWithoutTarget(kingston);
    expect(none.filter((e) => e.reason === "missing").map((e) => e.action.id)).toEqual(["9", "21.4"]);
    expect(none.filter((e) => e.reason === "recurring").map((e) => e.action.id)).toEqual(["21.2"]);
    expect(none.filter((e) => e.reason === "ongoing")).toHaveLength(19);
  });
});

// Seed 004: 24 actions, no statuses (the plan as published), so every action counts as not started.
describe("West Norfolk 2024 (seed 004) as of the progress review, 26 June 2024", () => {
  const asOf = "2024-06-26";

  it("has 8 recommendations, 24 actions and 85 steps", () => {
    expect(westNorfolk.recommendations).toHaveLength(8);
    expect(westNorfolk.actions).toHaveLength(24);
    expect(westNorfolk.actions.reduce((n, a) => n + (a.steps?.length ?? 0), 0)).toBe(85);
  });

  it("counts every action as not started, and says none had a status", () => {
    const s = statusSummary(westNorfolk, { asOf });
    expect(s.counts["not-started"]).toBe(24);
    expect(s.noStatus).toBe(24);
    expect(s.percentages["not-started"]).toBe(100);
  });

  it("finds five overdue actions, the oldest the 'March 2023' target set before the CPC", () => {
    expect(overdueActions(westNorfolk, { asOf }).map((o) => [o.action.id, o.due, o.daysOverdue, o.continuing])).toEqual([
      ["3.1", "2023-03-31", 453, false],
      ["4.3", "2024-03-31", 87, false],
      ["5.2", "2024-03-31", 87, false], // February/March 2024
      ["1.5", "2024-05-31", 26, false],
      ["2.2", "2024-05-31", 26, true], // February ... May 2024 Ongoing: not started, so late
    ]);
  });

  it("finds the overdue lettered steps of actions that are not themselves overdue", () => {
    expect(overdueSteps(westNorfolk, { asOf }).map((o) => [`${o.action.id}${o.step.id}`, o.due, o.daysOverdue])).toEqual([
      ["2.1a", "2024-05-31", 26],
      ["2.1b", "2024-05-31", 26],
      ["2.4b", "2024-05-31", 26],
    ]);
  });

  it("derives RAG: 5 red, 1 amber (1.3, April-June 2024, due in 4 days), 18 green", () => {
    expect(ragSummary(westNorfolk, { asOf }).counts).toEqual({ red: 5, amber: 1, green: 18, blue: 0 });
  });

  it("puts every action under unassigned, as the plan names no theme for its recommendations", () => {
    const groups = rollupByTheme(westNorfolk, { asOf });
    expect(groups.map((g) => g.key)).toEqual([
      "local-priorities-and-outcomes",
      "organisational-and-place-leadership",
      "governance-and-culture",
      "financial-planning-and-management",
      "capacity-for-improvement",
      "unassigned",
    ]);
    expect(groups.slice(0, 5).every((g) => g.actions === 0 && g.completePercent === 0)).toBe(true);
    expect(groups[5]).toMatchObject({ actions: 24, overdue: 5 });
  });

  it('lists "Completed" (4.1) as a status word, not a target', () => {
    expect(actionsWithoutTarget(westNorfolk).map((e) => [e.action.id, e.reason])).toEqual([
      ["4.1", "status"],
      ["5.1", "ongoing"],
      ["6.2", "ongoing"],
    ]);
  });
});

describe("semantics on small plans", () => {
  const plan = (
    actions: Action[],
    recommendations: ActionPlan["recommendations"] = [{ id: "R1", title: "r", themes: ["governance-and-culture", "capacity-for-improvement"] }],
  ): ActionPlan => deepFreeze({ schemaVersion: 1, council: { name: "Test" }, peerChallenge: { start: "2024-01-10" }, recommendations, actions });
  const a = (id: string, extra: Partial<Action> = {}): Action => ({ id, recommendation: "R1", title: id, ...extra });

  it("excludes cancelled actions from totals and percentages, and counts them apart", () => {
    const p = plan([a("1", { status: "complete" }), a("2", { status: "cancelled" }), a("3")]);
    const s = statusSummary(p);
    expect(s).toMatchObject({ total: 2, excluded: 1, noStatus: 1 });
    expect(s.counts.cancelled).toBe(1);
    expect(s.percentages).toMatchObject({ complete: 50, "not-started": 50, cancelled: 0 });
    expect(ragSummary(p, { asOf: "2024-01-01" })).toMatchObject({ total: 2, excluded: 1 });
  });

  it("gives zero counts, not NaN, for an empty plan", () => {
    const s = statusSummary(plan([]));
    expect(s.total).toBe(0);
    expect(Object.values(s.percentages).every((v) => v === 0)).toBe(true);
    expect(rollupByTheme(plan([])).every((g) => g.completePercent === 0)).toBe(true);
  });

  it("never counts complete, ongoing or cancelled actions as overdue; counts on-hold ones", () => {
    const p = plan(
      ["complete", "ongoing", "cancelled", "on-hold", "in-progress"].map((s, i) =>
        a(String(i), { timescale: "March 2024", status: s as Action["status"] & string }),
      ),
    );
    expect(overdueActions(p, { asOf: "2024-04-01" }).map((o) => o.action.status)).toEqual(["on-hold", "in-progress"]);
  });

  it('treats "X and ongoing" as late only while not started', () => {
    const p = plan([a("1", { timescale: "Nov 2019 and ongoing" }), a("2", { timescale: "Nov 2019 and ongoing", status: "in-progress" })]);
    expect(overdueActions(p, { asOf: "2019-12-01" }).map((o) => o.action.id)).toEqual(["1"]);
  });

  it("uses an explicit due over the timescale", () => {
    const p = plan([a("1", { timescale: "March 2024", due: "2024-06-30" })]);
    expect(overdueActions(p, { asOf: "2024-04-01" })).toEqual([]);
    expect(overdueActions(p, { asOf: "2024-07-01" })[0]?.daysOverdue).toBe(1);
  });

  it("derives blue for complete in a BRAG scheme and green in a RAG one; amber when due soon or on hold", () => {
    const p = plan([
      a("1", { status: "complete" }),
      a("2", { status: "on-hold", timescale: "December 2024" }),
      a("3", { timescale: "April 2024" }), // not started, due in 29 days
      a("4", { timescale: "December 2024" }),
    ]);
    expect(ragSummary(p, { asOf: "2024-04-01" }).counts).toEqual({ red: 0, amber: 2, green: 2, blue: 0 });
    expect(ragSummary(p, { asOf: "2024-04-01", scheme: "brag" }).counts).toEqual({ red: 0, amber: 2, green: 1, blue: 1 });
    expect(ragSummary(p, { asOf: "2024-04-01", dueSoonDays: 7 }).counts).toEqual({ red: 0, amber: 1, green: 3, blue: 0 });
  });

  it("uses reported RAG where present and says how many were derived", () => {
    const p = plan([a("1", { rag: "blue", status: "complete" }), a("2", { rag: "amber" }), a("3", { status: "in-progress" })]);
    const r = ragSummary(p, { asOf: "2024-01-01" });
    expect(r).toMatchObject({ scheme: "brag", derived: 1, counts: { red: 0, amber: 1, green: 1, blue: 1 } });
    expect(ragSummary(p, { asOf: "2024-01-01", scheme: "rag" }).counts).toEqual({ red: 0, amber: 1, green: 2, blue: 0 });
  });

  it("counts an action under each theme of its recommendation and once in the total", () => {
    const p = plan([a("1"), a("2")]);
    const groups = rollupByTheme(p, { asOf: "2024-01-01" });
    expect(groups.find((g) => g.key === "governance-and-culture")?.actions).toBe(2);
    expect(groups.find((g) => g.key === "capacity-for-improvement")?.actions).toBe(2);
    expect(rollup(p, { by: "theme", asOf: "2024-01-01" }).total.actions).toBe(2);
  });

  it("accepts a list of actions as well as a plan", () => {
    expect(statusSummary([a("1", { status: "complete" })]).counts.complete).toBe(1);
  });

  it("reads today in Europe/London when asOf is missing", () => {
    const p = plan([a("1", { timescale: "March 2000" })]);
    expect(overdueActions(p)[0]?.daysOverdue).toBeGreaterThan(9000);
  });
});

describe("targets from steps, and the order of what is overdue", () => {
  // Five actions, none with a status (so not started), as of 1 December 2024. Days from a
  // month's end to 1 December 2024: from 31 March 245, from 31 May 184, from 30 June 154.
  const plan: ActionPlan = {
    schemaVersion: 1,
    council: { name: "Test" },
    peerChallenge: { start: "2024-01" },
    recommendations: [{ id: "R1", title: "r" }],
    actions: [
      // An undated timescale: the target is its step's.
      { id: "1", recommendation: "R1", title: "a", timescale: "Ongoing", steps: [{ id: "a", text: "s", timescale: "March 2024" }] },
      // No timescale, steps out of order: the target is the latest step's, June.
      {
        id: "2",
        recommendation: "R1",
        title: "b",
        steps: [
          { id: "a", text: "s", timescale: "June 2024" },
          { id: "b", text: "t", timescale: "March 2024" },
        ],
      },
      { id: "3", recommendation: "R1", title: "c", timescale: "TBC", steps: [{ id: "a", text: "s", timescale: "June 2024" }] },
      // Complete with no target, and cancelled with none: never listed as without a target.
      { id: "4", recommendation: "R1", title: "d", status: "complete" },
      { id: "6", recommendation: "R1", title: "f", status: "cancelled" },
      // Its own target, September; its steps are earlier, May and March.
      {
        id: "5",
        recommendation: "R1",
        title: "e",
        timescale: "Sept 2024",
        steps: [
          { id: "a", text: "s", timescale: "May 2024" },
          { id: "b", text: "t", timescale: "March 2024" },
        ],
      },
      // No target at all, not started: listed.
      { id: "7", recommendation: "R1", title: "g" },
    ],
  };
  const asOf = "2024-12-01";

  it("takes an action's target from its steps when its own says no date, and the latest step, whatever their order", () => {
    // 1: 31 March (245 days); 2: 30 June (154); 3: 30 June (154); 5: 30 September (62).
    expect(overdueActions(plan, { asOf }).map((o) => [o.action.id, o.due, o.daysOverdue])).toEqual([
      ["1", "2024-03-31", 245],
      ["2", "2024-06-30", 154],
      ["3", "2024-06-30", 154],
      ["5", "2024-09-30", 62],
    ]);
  });

  it("lists the overdue steps most overdue first, across actions and within one", () => {
    // 245: 1a, 2b, 5b (31 March); 184: 5a (31 May); 154: 2a, 3a (30 June). Ties keep the plan's order.
    expect(overdueSteps(plan, { asOf }).map((o) => [`${o.action.id}${o.step.id}`, o.daysOverdue])).toEqual([
      ["1a", 245],
      ["2b", 245],
      ["5b", 245],
      ["5a", 184],
      ["2a", 154],
      ["3a", 154],
    ]);
    // An overdue action's own list keeps the plan's order: 5's steps are May, then March.
    expect(
      overdueActions(plan, { asOf })
        .find((o) => o.action.id === "5")!
        .overdueSteps.map((s) => s.step.id),
    ).toEqual(["a", "b"]);
  });

  it("lists without a target only the actions still to do", () => {
    // 1, 2, 3 and 5 have dated steps or targets; 4 is complete and 6 cancelled; 7 has none.
    expect(actionsWithoutTarget(plan).map((e) => [e.action.id, e.reason])).toEqual([["7", "missing"]]);
  });
});
