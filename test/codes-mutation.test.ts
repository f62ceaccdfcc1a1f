// The rollups by recommendation, heading and status count most actions by code
// (src/statistics/codes.ts): one number per action for its status, its RAG as given and the
// kind of its target, the facts of one example action per code worked out at the end. An
// action the code cannot stand for must be classified on its own. These tests give, for each
// of the code's decisions, a small plan whose figures change if the decision goes the other
// way, every figure counted by hand. (rollupByTheme and by owner classify each action: they
// do not go through the codes.)
import { describe, expect, it } from "vitest";
import { PlanDataError, rollup, type Action, type ActionPlan, type RollupOptions } from "../src/index.js";

// Every plan here: CPC in October 2023, one recommendation, figures as of 26 June 2024.
// Due soon means due from 26 June to 26 July 2024 (30 days). "March 2024" is due 31 March
// 2024 (past); "December 2024" 31 December 2024 (later); "10 July 2024" due soon.
const asOf = "2024-06-26";
const planOf = (actions: readonly unknown[]): ActionPlan =>
  ({
    schemaVersion: 1,
    peerChallenge: { start: "2023-10" },
    recommendations: [{ id: "R1", title: "Culture", themes: ["governance-and-culture"] }],
    actions,
  }) as unknown as ActionPlan;
const act = (id: string, fields: Record<string, unknown>): Action => ({ id, recommendation: "R1", title: `Action ${id}`, ...fields });
const totalOf = (p: ActionPlan, options: Omit<RollupOptions, "asOf" | "by"> & { by?: RollupOptions["by"] } = {}) =>
  rollup(p, { asOf, by: "recommendation", ...options }).total;

describe("an action with no status is counted by code only when nothing else says how it is going", () => {
  // e1: no status, a status text no reader knows ("Update to follow"): unrecognised, counted apart.
  // e2: no status, 100 % complete: complete (from the percentage), derived green, not overdue.
  // e3: no status, a dated update saying complete: complete (from the update), green.
  // e4: no status, 40 % complete, March 2024: under way (from the percentage), overdue, red.
  // e5: no status and nothing else, March 2024: not started (no status), overdue, red.
  // Counted: e2-e5 = 4 actions; overdue e4, e5 = 2; complete e2, e3 = 2; in progress e4 = 1;
  // not started e5 = 1; green 2, red 2; from percent e2, e4 = 2, from update e3 = 1, none e5 = 1.
  // Were e1, e2 or e3 counted by the code of "no status", each would be one more action not
  // started and overdue.
  const p = planOf([
    act("e1", { timescale: "March 2024", statusText: "Update to follow" }),
    act("e2", { timescale: "March 2024", percentComplete: 100 }),
    act("e3", { timescale: "March 2024", updates: [{ date: "2024-05-01", status: "complete", note: "Signed off" }] }),
    act("e4", { timescale: "March 2024", percentComplete: 40 }),
    act("e5", { timescale: "March 2024" }),
  ]);

  for (const by of ["recommendation", "status"] as const) {
    it(`by ${by}`, () => {
      const t = totalOf(p, { by });
      expect([t.actions, t.overdue, t.status.unrecognised, t.status.noStatus]).toEqual([4, 2, 1, 1]);
      expect(t.status.counts).toMatchObject({ complete: 2, "in-progress": 1, "not-started": 1 });
      expect(t.status.from).toMatchObject({ percent: 2, update: 1, none: 1, rag: 0 });
      expect(t.rag.counts).toEqual({ red: 2, amber: 0, green: 2, blue: 0 });
    });
  }
});

describe("an action that is not an object is refused, never counted", () => {
  // The plan's one good action and one that is null, a number or a text: an unvalidated plan may
  // hold anything, and the facts layer refuses it by name (PlanDataError) rather than count it as
  // an action with no status and no target.
  for (const bad of [null, 5, "a1"] as const) {
    for (const by of ["recommendation", "status"] as const) {
      it(`${JSON.stringify(bad)}, by ${by}`, () => {
        const p = planOf([act("a1", { status: "complete", timescale: "March 2024" }), bad]);
        expect(() => rollup(p, { asOf, by })).toThrow(PlanDataError);
        expect(() => rollup(p, { asOf, by })).toThrow(`an action is ${bad === null ? "null" : typeof bad}`);
      });
    }
  }
});

describe("statuses and ratings that are wordings are read as validation reads them", () => {
  // w1: "Delayed", March 2024: under way (a wording that says late), amber as reported
  //     (the late wording gives amber where no RAG is given); overdue.
  // w2: "Completed", March 2024: complete, derived green; not overdue.
  // w3: in progress, RAG "G": green as reported; December 2024, not overdue.
  // w4: in progress, RAG "green", December 2024: green as reported.
  // Counted: 4 actions, overdue 1 (w1); in progress w1, w3, w4 = 3, complete w2 = 1, cancelled 0;
  // amber 1 (w1), green 3 (w2, w3, w4), blue 0 (none reported blue: the RAG scheme); derived 1 (w2).
  const p = planOf([
    act("w1", { status: "Delayed", timescale: "March 2024" }),
    act("w2", { status: "Completed", timescale: "March 2024" }),
    act("w3", { status: "in-progress", rag: "G", timescale: "December 2024" }),
    act("w4", { status: "in-progress", rag: "green", timescale: "December 2024" }),
  ]);

  for (const by of ["recommendation", "status"] as const) {
    it(`by ${by}`, () => {
      const t = totalOf(p, { by });
      expect([t.actions, t.overdue, t.status.excluded]).toEqual([4, 1, 0]);
      expect(t.status.counts).toMatchObject({ "in-progress": 3, complete: 1, cancelled: 0 });
      expect(t.rag).toMatchObject({ scheme: "rag", counts: { red: 0, amber: 1, green: 3, blue: 0 }, derived: 1 });
    });
  }

  it("a blank RAG is no rating: the RAG is derived", () => {
    // " " and "" say nothing: b1 in progress, December 2024, not overdue: derived green.
    for (const rag of [" ", ""]) {
      const p2 = planOf([act("b1", { status: "in-progress", rag, timescale: "December 2024" })]);
      expect(totalOf(p2).rag).toMatchObject({ counts: { red: 0, amber: 0, green: 1, blue: 0 }, derived: 1 });
    }
  });

  it("a status or RAG that is not text is refused, never read as none", () => {
    // A status of 5 and a RAG of 5 are values no reader knows: refused (PlanDataError), where
    // a code would have counted them as no status (not started, overdue) and no rating.
    const s5 = planOf([act("n1", { status: 5, timescale: "March 2024" })]);
    expect(() => totalOf(s5)).toThrow(/the status 5 is not a status/);
    const r5 = planOf([act("n2", { status: "in-progress", rag: 5, timescale: "March 2024" })]);
    expect(() => totalOf(r5)).toThrow(PlanDataError);
  });
});

describe("an action's steps give its target only where its own text gives no date", () => {
  // All under way as of 26 June 2024:
  // s1: March 2024, with a step of December 2024: its own date (31 March) counts: overdue, red.
  // s2: TBC, one step due 2024-03-31 (a date of its own, no text): overdue, red.
  // s3: TBC, steps March 2024 and December 2024: the latest (31 December): not overdue, green.
  // s4: TBC, one step of March 2024: 31 March, and a step's date is not continuing: overdue, red.
  // s5: not started, TBC, one step of 10 July 2024: due soon, amber.
  // s6: TBC, no steps: no target, green.
  // Counted: 6 actions, overdue 3 (s1, s2, s4), no target 1 (s6); red 3, amber 1 (s5), green 2 (s3, s6).
  const step = (fields: Record<string, unknown>) => ({ id: "a", text: "A step", ...fields });
  const p = planOf([
    act("s1", { status: "in-progress", timescale: "March 2024", steps: [step({ timescale: "December 2024" })] }),
    act("s2", { status: "in-progress", timescale: "TBC", steps: [step({ due: "2024-03-31" })] }),
    act("s3", { status: "in-progress", timescale: "TBC", steps: [step({ timescale: "March 2024" }), step({ id: "b", timescale: "December 2024" })] }),
    act("s4", { status: "in-progress", timescale: "TBC", steps: [step({ timescale: "March 2024" })] }),
    act("s5", { status: "not-started", timescale: "TBC", steps: [step({ timescale: "10 July 2024" })] }),
    act("s6", { status: "in-progress", timescale: "TBC" }),
  ]);

  for (const by of ["recommendation", "status"] as const) {
    it(`by ${by}`, () => {
      const t = totalOf(p, { by });
      expect([t.actions, t.overdue, t.noTarget]).toEqual([6, 3, 1]);
      expect(t.rag.counts).toEqual({ red: 3, amber: 1, green: 2, blue: 0 });
    });
  }

  it("the steps' latest date is taken whichever step comes first", () => {
    // s3 with its steps the other way round: still 31 December 2024, not overdue.
    const q = planOf([
      act("s3", { status: "in-progress", timescale: "TBC", steps: [step({ timescale: "December 2024" }), step({ id: "b", timescale: "March 2024" })] }),
    ]);
    expect([totalOf(q).overdue, totalOf(q).rag.counts.green]).toEqual([0, 1]);
  });

  it("a step whose target is not text is left to the step reader", () => {
    // A step timescale of 2024 (a number, as an unvalidated plan may hold): the code cannot stand
    // for it; counted as classify counts it: one action, under way, with no target from steps
    // that give no date it can read, not overdue.
    const q = planOf([act("n1", { status: "in-progress", timescale: "TBC", steps: [step({ timescale: 2024 })] })]);
    const t = totalOf(q);
    expect([t.actions, t.overdue, t.noTarget]).toEqual([1, 0, 1]);
  });
});

describe("the scheme is BRAG only when an action counted by code was reported blue", () => {
  // c1 complete, no RAG, March 2024: derived blue while counting, green in the RAG scheme.
  // c2 in progress, December 2024: green.
  it("a derived blue leaves the RAG scheme", () => {
    const p = planOf([act("c1", { status: "complete", timescale: "March 2024" }), act("c2", { status: "in-progress", timescale: "December 2024" })]);
    for (const by of ["recommendation", "status", "heading"] as const) {
      // 2 actions, both green, none blue, the RAG scheme.
      expect(totalOf(p, { by }).rag).toMatchObject({ scheme: "rag", counts: { red: 0, amber: 0, green: 2, blue: 0 } });
    }
  });

  it("a reported blue makes it BRAG", () => {
    // c1 now reported blue: BRAG, blue 1, green 1 (c2).
    const p = planOf([
      act("c1", { status: "complete", rag: "blue", timescale: "March 2024" }),
      act("c2", { status: "in-progress", timescale: "December 2024" }),
    ]);
    expect(totalOf(p).rag).toMatchObject({ scheme: "brag", counts: { red: 0, amber: 0, green: 1, blue: 1 } });
  });
});

describe("weights and the expected-progress rule are read action by action", () => {
  it("weighted figures count each action's weight", () => {
    // v1 complete, weight 3; v2 complete, weight 1 (same code as v1); v3 in progress, weight 2,
    // December 2024. Weighted: complete 3 + 1 = 4, in progress 2, total 6; unweighted: 2, 1, 3.
    const p = planOf([
      act("v1", { status: "complete", weight: 3, timescale: "March 2024" }),
      act("v2", { status: "complete", weight: 1, timescale: "March 2024" }),
      act("v3", { status: "in-progress", weight: 2, timescale: "December 2024" }),
    ]);
    expect(totalOf(p, { weighted: true }).status).toMatchObject({ total: 6, counts: { complete: 4, "in-progress": 2 } });
    expect(totalOf(p).status).toMatchObject({ total: 3, counts: { complete: 2, "in-progress": 1 } });
  });

  it("the expected-progress rule rates by percent complete", () => {
    // x1 in progress, 0 % complete, due 31 December 2024, the plan started 1 October 2023: by
    // 26 June 2024 269 of the 457 days have passed (59 %), and 0 % done is red. The status rule
    // gives the same action green (under way, not overdue).
    const p = planOf([act("x1", { status: "in-progress", percentComplete: 0, timescale: "December 2024" })]);
    expect(totalOf(p, { ragRule: "expected-progress" }).rag.counts).toEqual({ red: 1, amber: 0, green: 0, blue: 0 });
    expect(totalOf(p).rag.counts).toEqual({ red: 0, amber: 0, green: 1, blue: 0 });
  });
});

describe("what the code of an action does not hold is read action by action", () => {
  it("an action's own due date, not its target text", () => {
    // d1 in progress, due 31 March 2024 though its text says December 2024: overdue, red.
    // d2 in progress, due 31 December 2024 though its text says TBC: a target, not overdue, green.
    // Counted: 2 actions, overdue 1, red 1, green 1, no target 0.
    const p = planOf([
      act("d1", { status: "in-progress", due: "2024-03-31", timescale: "December 2024" }),
      act("d2", { status: "in-progress", due: "2024-12-31", timescale: "TBC" }),
    ]);
    for (const by of ["recommendation", "status"] as const) {
      const t = totalOf(p, { by });
      expect([t.actions, t.overdue, t.noTarget]).toEqual([2, 1, 0]);
      expect(t.rag.counts).toEqual({ red: 1, amber: 0, green: 1, blue: 0 });
    }
  });

  it("a blank status is none; a short word no reader knows is unrecognised", () => {
    // a1 status "": no status, not started, March 2024: overdue, red. a2 status "ip": a word no
    // reader knows: counted apart. Counted: 1 action, overdue 1, no status 1, unrecognised 1.
    const p = planOf([act("a1", { status: "", timescale: "March 2024" }), act("a2", { status: "ip", timescale: "March 2024" })]);
    const t = totalOf(p, { by: "status" });
    expect([t.actions, t.overdue, t.status.noStatus, t.status.unrecognised, t.status.counts["in-progress"]]).toEqual([1, 1, 1, 1, 0]);
  });

  it("a step that is null is refused; a step with no date gives none", () => {
    const step = { id: "a", text: "A step" };
    const refused = planOf([act("a", { status: "in-progress", timescale: "TBC", steps: [null] })]);
    expect(() => totalOf(refused)).toThrow('action "a": the step 1 null is not a step');
    // One step with neither a target nor a due date: the action has no target (1), not overdue, green.
    const t = totalOf(planOf([act("b", { status: "in-progress", timescale: "TBC", steps: [step] })]));
    expect([t.actions, t.overdue, t.noTarget, t.rag.counts.green]).toEqual([1, 0, 1, 1]);
  });

  it("a step's continuing target gives the action a date that is not continuing", () => {
    // The action's only step: "March 2024 and ongoing": its date, 31 March 2024, is the action's,
    // and the action is not continuing (a step's date is a deadline): overdue as of 26 June, red.
    const p = planOf([act("a", { status: "in-progress", timescale: "TBC", steps: [{ id: "a", text: "A step", timescale: "March 2024 and ongoing" }] })]);
    const t = totalOf(p);
    expect([t.actions, t.overdue, t.noTarget, t.rag.counts.red]).toEqual([1, 1, 0, 1]);
  });
});

describe("eight codes, as many as the first block of counters holds", () => {
  // k1 not started, March 2024: overdue, red.       k5 cancelled, March 2024: left out.
  // k2 in progress, March 2024: overdue, red.       k6 in progress, amber as reported, December 2024.
  // k3 complete, March 2024: green (RAG scheme).    k7 in progress, green as reported, December 2024.
  // k4 on hold, December 2024: amber.               k8 not started, 10 July 2024: due soon, amber.
  // Counted: 7 actions (k5 cancelled), overdue 2; not started 2, in progress 3, complete 1,
  // on hold 1, cancelled 1; red 2, amber 3 (k4, k6, k8), green 2 (k3, k7); derived 5 (all but k6, k7).
  const p = planOf([
    act("k1", { status: "not-started", timescale: "March 2024" }),
    act("k2", { status: "in-progress", timescale: "March 2024" }),
    act("k3", { status: "complete", timescale: "March 2024" }),
    act("k4", { status: "on-hold", timescale: "December 2024" }),
    act("k5", { status: "cancelled", timescale: "March 2024" }),
    act("k6", { status: "in-progress", rag: "amber", timescale: "December 2024" }),
    act("k7", { status: "in-progress", rag: "green", timescale: "December 2024" }),
    act("k8", { status: "not-started", timescale: "10 July 2024" }),
  ]);
  for (const by of ["recommendation", "status", "heading"] as const) {
    it(`by ${by}`, () => {
      const t = totalOf(p, { by });
      expect([t.actions, t.overdue, t.status.excluded]).toEqual([7, 2, 1]);
      expect(t.status.counts).toEqual({ "not-started": 2, "in-progress": 3, complete: 1, ongoing: 0, "on-hold": 1, cancelled: 1 });
      expect(t.rag).toMatchObject({ counts: { red: 2, amber: 3, green: 2, blue: 0 }, derived: 5 });
    });
  }
});

describe("targets a code cannot stand for, beside an action whose target is past", () => {
  // p1 sets the example of a past target: a code of that kind would show as overdue. The
  // others are read by the facts layer, one at a time, as 26 June 2024:
  // p1 in progress, March 2024: overdue, red.
  // q1 in progress, no target at all: no target, green.
  // q2 in progress, a target of 2024 (a number, as an unvalidated plan may hold): no date, green.
  // q3 in progress, TBC, a step due 31 December 2024: not overdue, green.
  // q4 in progress, TBC, a step whose target is the number 2024: no date, green.
  // q5 in progress, TBC, a step naming a recommendation, read as an action with its own step of
  //    December 2024: due 31 December 2024, not overdue, green.
  // Counted: 6 actions, overdue 1, no target 3 (q1, q2, q4), red 1, green 5.
  const step = (fields: Record<string, unknown>) => ({ id: "a", text: "A step", ...fields });
  const p = planOf([
    act("p1", { status: "in-progress", timescale: "March 2024" }),
    act("q1", { status: "in-progress" }),
    act("q2", { status: "in-progress", timescale: 2024 }),
    act("q3", { status: "in-progress", timescale: "TBC", steps: [step({ due: "2024-12-31" })] }),
    act("q4", { status: "in-progress", timescale: "TBC", steps: [step({ timescale: 2024 })] }),
    act("q5", {
      status: "in-progress",
      timescale: "TBC",
      steps: [step({ id: "d", recommendation: "R1", steps: [{ id: "x", text: "", timescale: "December 2024" }] })],
    }),
  ]);
  for (const by of ["recommendation", "status"] as const) {
    it(`by ${by}`, () => {
      const t = totalOf(p, { by });
      expect([t.actions, t.overdue, t.noTarget]).toEqual([6, 1, 3]);
      expect(t.rag.counts).toEqual({ red: 1, amber: 0, green: 5, blue: 0 });
    });
  }

  it("a step that is text is refused", () => {
    const q = planOf([act("a", { status: "in-progress", timescale: "TBC", steps: ["b. June 2024"] })]);
    expect(() => totalOf(q)).toThrow(PlanDataError);
  });
});
