// updateAction and planAsOf case by case: the entry each update records, what each
// refuses and how it says so, and the edges of "as of a date".
import { describe, expect, it } from "vitest";
import { planAsOf, updateAction, type Action, type ActionPlan } from "../src/index.js";

const act = (id: string, fields: Partial<Action> = {}): Action => ({ id, recommendation: "R1", title: `action ${id}`, ...fields });
const plan = (actions: Action[]): ActionPlan => ({
  schemaVersion: 1,
  council: { name: "Test" },
  peerChallenge: { start: "2024-01" },
  recommendations: [{ id: "R1", title: "r" }],
  actions,
});
const last = (p: ActionPlan, id: string) => p.actions.find((a) => a.id === id)?.updates?.at(-1);

describe("updateAction records what changed, and what it replaced", () => {
  const start = plan([act("1", { status: "in-progress", rag: "green" }), act("2"), act("3", { status: "not-started" })]);

  it("keeps the replaced status and RAG, only where there was one", () => {
    expect(last(updateAction(start, "1", { date: "2024-03-01", status: "complete", rag: "blue" }), "1")).toEqual({
      date: "2024-03-01",
      status: "complete",
      rag: "blue",
      previous: { status: "in-progress", rag: "green" },
    });
    // 2 had neither: nothing to keep.
    expect(last(updateAction(start, "2", { date: "2024-03-01", status: "in-progress", rag: "amber" }), "2")).toEqual({
      date: "2024-03-01",
      status: "in-progress",
      rag: "amber",
      previous: {},
    });
    // Only the RAG changes: the status is not recorded as replaced.
    expect(last(updateAction(start, "1", { date: "2024-03-01", rag: "amber" }), "1")).toEqual({ date: "2024-03-01", rag: "amber", previous: { rag: "green" } });
    expect(last(updateAction(start, "3", { date: "2024-03-01", status: "in-progress" }), "3")).toEqual({
      date: "2024-03-01",
      status: "in-progress",
      previous: { status: "not-started" },
    });
    // A note alone changes neither: no "previous".
    expect(last(updateAction(start, "1", { date: "2024-03-01", note: "Met the board" }), "1")).toEqual({ date: "2024-03-01", note: "Met the board" });
  });

  it("changes only the action updated, and freezes nothing of the caller's", () => {
    const next = updateAction(start, "2", { date: "2024-03-01", status: "in-progress" });
    expect(next.actions[1]).toMatchObject({ status: "in-progress" });
    expect(next.actions[0]).toBe(start.actions[0]);
    expect(start.actions[1]).not.toHaveProperty("status");
    expect(Object.isFrozen(next.actions[0])).toBe(false);
    expect(Object.isFrozen(start)).toBe(false);
  });

  it("takes an update on the day of the last one, not one before it", () => {
    const once = updateAction(start, "1", { date: "2024-03-01", note: "a" });
    expect(updateAction(once, "1", { date: "2024-03-01", note: "b" }).actions[0]!.updates).toHaveLength(2);
    expect(() => updateAction(once, "1", { date: "2024-02-29", note: "c" })).toThrow(
      "updateAction: action 1 was last updated on 2024-03-01; an update dated 2024-02-29 would go back in time",
    );
  });

  it("refuses an unknown action, naming up to eight the plan has", () => {
    expect(() => updateAction(start, "9", { date: "2024-03-01" })).toThrow('updateAction: the plan has no action "9" (it has 1, 2, 3)');
    const many = plan(Array.from({ length: 10 }, (_, i) => act(String(i + 1))));
    expect(() => updateAction(many, "99", { date: "2024-03-01" })).toThrow('updateAction: the plan has no action "99" (it has 1, 2, 3, 4, 5, 6, 7, 8, ...)');
    expect(() => updateAction(plan([]), "1", { date: "2024-03-01" })).toThrow(/^updateAction: the plan has no action "1"$/);
  });

  it("refuses a date, status or RAG that is not one", () => {
    expect(() => updateAction(start, "1", { date: "1 March 2024" })).toThrow('updateAction: the date "1 March 2024" is not YYYY-MM-DD');
    expect(() => updateAction(start, "1", { date: "2024-03-01", status: "done" as never })).toThrow(
      'updateAction: "done" is not a status (not-started, in-progress, complete, ongoing, on-hold, cancelled)',
    );
    expect(() => updateAction(start, "1", { date: "2024-03-01", rag: "purple" as never })).toThrow(
      'updateAction: "purple" is not a RAG rating (red, amber, green, blue)',
    );
  });
});

describe("planAsOf at the edges", () => {
  // In progress from 1 March, complete from 1 May.
  const p = updateAction(updateAction(plan([act("1"), act("2", { status: "ongoing" })]), "1", { date: "2024-03-01", status: "in-progress" }), "1", {
    date: "2024-05-01",
    status: "complete",
  });

  it("counts an update made on the date itself", () => {
    expect(planAsOf(p, "2024-05-01").actions[0]).toMatchObject({ status: "complete" });
    expect(planAsOf(p, "2024-05-01").actions[0]!.updates).toHaveLength(2);
    expect(planAsOf(p, "2024-04-30").actions[0]).toMatchObject({ status: "in-progress" });
    expect(planAsOf(p, "2024-04-30").actions[0]!.updates).toHaveLength(1);
    expect(planAsOf(p, "2024-03-01").actions[0]).toMatchObject({ status: "in-progress" });
  });

  it("before any update: no status, no updates field, as the action was written", () => {
    expect(planAsOf(p, "2024-02-29").actions[0]).toEqual(act("1"));
    // An action with no updates is the same object.
    expect(planAsOf(p, "2024-02-29").actions[1]).toBe(p.actions[1]);
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => planAsOf(p, "March 2024")).toThrow('planAsOf: the date "March 2024" is not YYYY-MM-DD');
  });
});
