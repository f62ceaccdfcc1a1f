// The facts layer: each rule written once, and every reader of it agreeing. Each case is
// a small plan whose answer is worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { planToICalendar } from "../src/calendar/index.js";
import { actionsWithoutTarget, dueSoon, overdueSteps, type Action, type ActionPlan } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";

const plan = (actions: Action[]): ActionPlan => ({
  schemaVersion: 1,
  council: { name: "Test" },
  peerChallenge: { start: "2024-01" },
  recommendations: [{ id: "R1", title: "Rec" }],
  actions,
});
const act = (id: string, fields: Partial<Action> = {}): Action => ({ id, recommendation: "R1", title: `action ${id}`, owners: ["Chief Executive"], ...fields });

describe("a step's facts, one rule for overdue, due soon and the calendar", () => {
  // Action 1 is cancelled; its step a says "in-progress" and was due 31 March 2024.
  // Action 2 is under way; its step a (no status of its own) was due 31 March 2024, and step b is due 15 July 2024.
  const p = plan([
    act("1", { status: "cancelled", timescale: "June 2024", steps: [{ id: "a", text: "Draft", timescale: "March 2024", status: "in-progress" }] }),
    act("2", {
      status: "in-progress",
      timescale: "December 2024",
      steps: [
        { id: "a", text: "Consult", timescale: "March 2024" },
        { id: "b", text: "Report", due: "2024-07-15" },
      ],
    }),
  ]);

  it("a step of a cancelled action is cancelled with it: never overdue, never due", () => {
    // As of 30 June 2024: step 1a would be 91 days late (31 March to 30 June) if its own status
    // counted; cancelled with its action, only 2a is overdue, by 91 days.
    expect(overdueSteps(p, { asOf: "2024-06-30" }).map((s) => [`${s.action.id}${s.step.id}`, s.daysOverdue])).toEqual([["2a", 91]]);
    // Due within 30 days of 1 March 2024: 1a (31 March) is cancelled with its action; 2a is due in 30 days.
    expect(dueSoon(p, { asOf: "2024-03-01" }).map((d) => `${d.action.id}${d.step?.id ?? ""}`)).toEqual(["2a"]);
  });

  it("the calendar marks the same step cancelled", () => {
    const ics = planToICalendar(p, { stamp: "2024-06-30T09:00:00Z" });
    // Events: 1 (June), 1a, 2 (December), 2a, 2b; the two of action 1 are cancelled.
    expect(ics.split("\r\n").filter((l) => l.startsWith("DTSTART")).length).toBe(5);
    expect(ics.split("\r\n").filter((l) => l === "STATUS:CANCELLED").length).toBe(2);
  });
});

describe("one notion of 'has a target'", () => {
  it("an action whose only target is a step's TBC has a target that gives no date, not a missing one", () => {
    const p = plan([act("1", { steps: [{ id: "a", text: "Set up the board", timescale: "TBC" }] }), act("2")]);
    // 1 gives a target (the step's "TBC": unknown); 2 gives none at all (missing).
    expect(actionsWithoutTarget(p).map((e) => [e.action.id, e.reason])).toEqual([
      ["1", "unknown"],
      ["2", "missing"],
    ]);
    // Validation agrees: action-without-target for 2 only; 1's step gets its own unreadable-target warning.
    const issues = validatePlan(p, { asOf: "2024-06-30" }).issues;
    expect(issues.filter((i) => i.code === "action-without-target").map((i) => i.path)).toEqual([["actions", 1, "timescale"]]);
    expect(issues.filter((i) => i.code === "unparseable-timescale").map((i) => i.path)).toEqual([["actions", 0, "steps", 0, "timescale"]]);
  });

  it("a step whose timescale is only spaces gives no target, for validation as for the list", () => {
    const p = plan([act("1", { timescale: " ", steps: [{ id: "a", text: "Set up the board", timescale: "  " }] })]);
    expect(actionsWithoutTarget(p).map((e) => [e.action.id, e.reason])).toEqual([["1", "missing"]]);
    expect(validatePlan(p, { asOf: "2024-06-30" }).issues.filter((i) => i.code === "action-without-target").length).toBe(1);
  });

  it("a step's dated target is the action's target", () => {
    const p = plan([act("1", { steps: [{ id: "a", text: "Set up the board", due: "2024-05-01" }] })]);
    expect(actionsWithoutTarget(p)).toEqual([]);
    expect(validatePlan(p, { asOf: "2024-06-30" }).issues.some((i) => i.code === "action-without-target")).toBe(false);
  });
});
