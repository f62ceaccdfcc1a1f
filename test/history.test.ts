import { beforeAll, describe, expect, it } from "vitest";
import { comparePlans, planAsOf, statusSummary, updateAction, type Action, type ActionPlan, type Status } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";
import { deepFreeze, loadPlan } from "./helpers.js";

// Built in beforeAll, not at load, so that mutation testing can tell which tests use them.
let westNorfolk: ActionPlan;
let kingston: ActionPlan;
beforeAll(() => {
  westNorfolk = deepFreeze(loadPlan("west-norfolk-2024.json"));
  kingston = deepFreeze(loadPlan("kingston-2019.json"));
});

describe("updateAction", () => {
  it("returns a new plan, leaves the deep-frozen input untouched and shares every unchanged action", () => {
    const before = JSON.stringify(westNorfolk);
    const next = updateAction(westNorfolk, "2.2", {
      date: "2024-06-26",
      status: "in-progress",
      rag: "green",
      note: "Staff survey done: 80 per cent online response.",
    });
    expect(JSON.stringify(westNorfolk)).toBe(before);
    expect(next).not.toBe(westNorfolk);
    const i = westNorfolk.actions.findIndex((a) => a.id === "2.2");
    next.actions.forEach((a, j) => (j === i ? expect(a).not.toBe(westNorfolk.actions[j]) : expect(a).toBe(westNorfolk.actions[j])));
    expect(next.recommendations).toBe(westNorfolk.recommendations);
    expect(next.actions[i]!.steps).toBe(westNorfolk.actions[i]!.steps);
    expect(next.actions[i]).toMatchObject({ status: "in-progress", rag: "green" });
    expect(next.actions[i]!.updates).toEqual([
      { date: "2024-06-26", status: "in-progress", rag: "green", note: "Staff survey done: 80 per cent online response.", previous: {} },
    ]);
  });

  it("records what an update replaced", () => {
    const next = updateAction(kingston, "16", { date: "2019-07-01", status: "complete" });
    expect(next.actions.find((a) => a.id === "16")?.updates).toEqual([{ date: "2019-07-01", status: "complete", previous: { status: "in-progress" } }]);
  });

  it("keeps the result a valid plan", () => {
    const next = updateAction(kingston, "16", { date: "2019-07-01", status: "complete", rag: "blue", note: "Done" });
    expect(validatePlan(next, { asOf: "2019-07-01" }).ok).toBe(true);
  });

  it("refuses an unknown action, a date going backwards and an unknown status, saying why", () => {
    expect(() => updateAction(kingston, "99", { date: "2019-07-01" })).toThrow(/no action "99" \(it has 1, 1.1/);
    const once = updateAction(kingston, "16", { date: "2019-07-01", status: "complete" });
    expect(() => updateAction(once, "16", { date: "2019-06-30", note: "late entry" })).toThrow(/last updated on 2019-07-01/);
    expect(() => updateAction(kingston, "16", { date: "1 July 2019" })).toThrow(/YYYY-MM-DD/);
    expect(() => updateAction(kingston, "16", { date: "2019-07-01", status: "Done" as Status })).toThrow(/not a status/);
    expect(updateAction(once, "16", { date: "2019-07-01", note: "same day" }).actions.find((a) => a.id === "16")?.updates).toHaveLength(2);
  });
});

describe("planAsOf", () => {
  // West Norfolk through the months after its plan, as a council would record it.
  const history = [
    ["1.5", "2024-03-15", "in-progress"],
    ["4.1", "2024-03-15", "complete"],
    ["1.5", "2024-05-20", "complete"],
    ["2.2", "2024-06-10", "in-progress"],
  ] as const;
  let updated: ActionPlan;
  beforeAll(() => {
    updated = history.reduce<ActionPlan>((p, [id, date, status]) => updateAction(p, id, { date, status }), westNorfolk);
  });
  const status = (p: ActionPlan, id: string) => p.actions.find((a) => a.id === id)?.status;

  it("reads the plan back as it stood on each date", () => {
    expect(status(planAsOf(updated, "2024-03-01"), "1.5")).toBeUndefined();
    expect(status(planAsOf(updated, "2024-04-01"), "1.5")).toBe("in-progress");
    expect(status(planAsOf(updated, "2024-06-26"), "1.5")).toBe("complete");
    expect(planAsOf(updated, "2024-04-01").actions.find((a) => a.id === "1.5")?.updates).toHaveLength(1);
  });

  it("gives the statistics for any review date", () => {
    expect(statusSummary(planAsOf(updated, "2024-04-01")).counts).toMatchObject({ complete: 1, "in-progress": 1, "not-started": 22 });
    expect(statusSummary(planAsOf(updated, "2024-06-26")).counts).toMatchObject({ complete: 2, "in-progress": 1, "not-started": 21 });
  });

  it("shares actions with no later updates, and returns the plan's current state at its last update", () => {
    const asOf = planAsOf(updated, "2024-04-01");
    expect(asOf.actions[0]).toBe(updated.actions[0]);
    expect(planAsOf(updated, "2024-12-31")).toEqual(updated);
  });

  it("undoes RAG ratings as it undoes statuses, each by the updates that changed it", () => {
    // Green at the start; amber from 15 March (status unchanged); red and on hold from 20 May.
    const start: ActionPlan = { ...westNorfolk, actions: [{ id: "1", recommendation: "R1", title: "a", status: "in-progress", rag: "green" }] };
    const amber = updateAction(start, "1", { date: "2024-03-15", rag: "amber" });
    const red = updateAction(amber, "1", { date: "2024-05-20", rag: "red", status: "on-hold" });
    const on = (date: string) => {
      const a = planAsOf(red, date).actions[0]!;
      return [a.status, a.rag, a.updates?.length ?? 0];
    };
    expect(on("2024-03-01")).toEqual(["in-progress", "green", 0]);
    expect(on("2024-04-01")).toEqual(["in-progress", "amber", 1]);
    expect(on("2024-06-01")).toEqual(["on-hold", "red", 2]);
    // An action with no rating until an update gave one has none before it.
    const unrated = updateAction({ ...start, actions: [{ id: "1", recommendation: "R1", title: "a" }] }, "1", { date: "2024-03-15", rag: "amber" });
    expect(planAsOf(unrated, "2024-03-01").actions[0]).not.toHaveProperty("rag");
  });

  it("falls back to earlier updates when hand-written updates do not say what they replaced", () => {
    const action: Action = {
      id: "1",
      recommendation: "R1",
      title: "a",
      status: "complete",
      updates: [
        { date: "2024-01-10", status: "in-progress" },
        { date: "2024-03-10", status: "complete" },
      ],
    };
    const p: ActionPlan = { ...westNorfolk, actions: [action] };
    expect(planAsOf(p, "2024-02-01").actions[0]?.status).toBe("in-progress");
    expect(planAsOf(p, "2024-01-01").actions[0]?.status).toBeUndefined();
  });
});

describe("comparePlans", () => {
  const nothing = { added: [], removed: [], completed: [], slipped: [], slips: [], newlyOverdue: [], overdueDetails: [], changed: [] };
  it("finds nothing between a plan and itself", () => {
    expect(comparePlans(kingston, kingston, { asOf: "2019-06-30" })).toMatchObject(nothing);
  });
  it("finds nothing between a plan with updates and itself: each is read as of its latest update", () => {
    // West Norfolk updated on 2024-06-20: both sides are read as of that date, not one of them as of today.
    const updated = updateAction(westNorfolk, "1.3", { date: "2024-06-20", status: "in-progress" });
    expect(comparePlans(updated, updated)).toMatchObject({ ...nothing, asOf: "2024-06-20", since: "2024-06-20" });
  });
  it("reads both snapshots in one RAG scheme: a complete action rated blue before is not a slip to green", () => {
    const a = {
      schemaVersion: 1 as const,
      council: { name: "C" },
      peerChallenge: { start: "2024-01" },
      recommendations: [{ id: "R1", title: "r" }],
      actions: [
        { id: "1", recommendation: "R1", title: "t", status: "complete" as const, rag: "blue" as const },
        { id: "2", recommendation: "R1", title: "u", status: "complete" as const },
      ],
    };
    const b = { ...a, actions: [a.actions[0]!, { ...a.actions[1]! }].map((x) => ({ ...x, rag: undefined })).map(({ rag: _r, ...x }) => x) };
    // Before: one rated blue, so BRAG; after: none rated, complete derives blue in BRAG, not green.
    expect(comparePlans(a, b, { asOf: "2024-06-30" }).slipped).toEqual([]);
  });

  it("reports what moved, what slipped and what became overdue between two quarters", () => {
    let later = updateAction(westNorfolk, "1.5", { date: "2024-06-20", status: "complete" });
    later = updateAction(later, "1.3", { date: "2024-06-20", status: "in-progress", rag: "red" });
    later = {
      ...later,
      actions: [
        ...later.actions.filter((a) => a.id !== "8.1").map((a) => (a.id === "5.3" ? { ...a, timescale: "December 2024" } : a)),
        { id: "8.2", recommendation: "R8", title: "Review scrutiny arrangements", timescale: "March 2025" },
      ],
    };
    const diff = comparePlans(westNorfolk, later, { since: "2024-03-31", asOf: "2024-06-30" });
    expect(diff.added.map((a) => a.id)).toEqual(["8.2"]);
    expect(diff.removed.map((a) => a.id)).toEqual(["8.1"]);
    expect(diff.completed.map((a) => a.id)).toEqual(["1.5"]);
    expect(diff.slips).toEqual([
      { id: "1.3", rag: ["green", "red"] },
      { id: "2.2", rag: ["green", "red"] }, // not started, due May 2024: overdue by June
      { id: "4.3", rag: ["amber", "red"] }, // due March 2024: due soon on 31 March, overdue by June
      { id: "5.2", rag: ["amber", "red"] }, // February/March 2024: likewise
      { id: "5.3", due: ["2024-09-30", "2024-12-31"] },
    ]);
    expect(diff.newlyOverdue.map((a) => a.id)).toEqual(["2.2", "4.3", "5.2"]);
    expect(diff.changed.map((c) => c.id)).toEqual(["1.3", "1.5", "5.3"]);
    expect(diff.changed[0]?.before.status).toBeUndefined();
  });
});
