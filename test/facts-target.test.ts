// Whether an action has a target, and why not (src/facts/target.ts), pinned where the mutation
// run of 2026-12-07 found no test that would notice a change (issue 32 item 7): a timescale of
// spaces only (a blank cell kept as written, a Word table's non-breaking space) is no target,
// and the reason named is the first step's that says anything. Figures counted by hand.
import { describe, expect, it } from "vitest";
import { actionsWithoutTarget, type Action, type ActionPlan } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";

const act = (id: string, extra: Partial<Action> = {}): Action => ({ id, recommendation: "R1", title: `Action ${id}`, status: "in-progress", ...extra });
const plan = (actions: Action[]): ActionPlan => ({
  schemaVersion: 1,
  publishedOn: "2024-01-01",
  recommendations: [{ id: "R1", title: "Refresh the council plan" }],
  actions,
});
const reasons = (p: ActionPlan) => actionsWithoutTarget(p).map((w) => [w.action.id, w.reason, w.timescale?.text]);

describe("a timescale of spaces only", () => {
  it("is no target: missing, like none at all", () => {
    // 1 "   " (three spaces), 2 a non-breaking space (U+00A0, as Word tables hold), 3 a tab and a space,
    // 4 "TBC" (words: a target that gives no date): 1-3 missing, 4 unknown.
    const p = plan([act("1", { timescale: "   " }), act("2", { timescale: "\u00a0" }), act("3", { timescale: "\t " }), act("4", { timescale: "TBC" })]);
    expect(reasons(p)).toEqual([
      ["1", "missing", undefined],
      ["2", "missing", undefined],
      ["3", "missing", undefined],
      ["4", "unknown", "TBC"],
    ]);
  });

  it("gets the action-without-target warning, as an action with no timescale does", () => {
    // 1 "   " and 2 U+00A0 give no target: 2 warnings; 3 "TBC" gives one (words), so none for it.
    const p = plan([act("1", { timescale: "   " }), act("2", { timescale: "\u00a0" }), act("3", { timescale: "TBC" })]);
    const warned = validatePlan(p, { asOf: "2024-09-30" })
      .issues.filter((i) => i.code === "action-without-target")
      .map((i) => i.path);
    // Each warning is placed on the action's timescale.
    expect(warned).toEqual([
      ["actions", 0, "timescale"],
      ["actions", 1, "timescale"],
    ]);
  });

  it("is not blank when a word follows the spaces", () => {
    // " March 2030" starts with a space but says a date: 1 has a target, so nothing is listed.
    expect(reasons(plan([act("1", { timescale: " March 2030" })]))).toEqual([]);
  });
});

describe("an action whose target is in its steps", () => {
  it("names the first step's target that says anything, passing over blank ones", () => {
    // 1: steps "  " (blank, passed over), "TBC", then "Ongoing": the first that says anything is "TBC": unknown.
    // 2: only a blank step: missing.
    const p = plan([
      act("1", {
        steps: [
          { id: "a", text: "Consult staff", timescale: "  " },
          { id: "b", text: "Agree the plan", timescale: "TBC" },
          { id: "c", text: "Review it", timescale: "Ongoing" },
        ],
      }),
      act("2", { steps: [{ id: "a", text: "Consult staff", timescale: " " }] }),
    ]);
    expect(reasons(p)).toEqual([
      ["1", "unknown", "TBC"],
      ["2", "missing", undefined],
    ]);
  });
});
