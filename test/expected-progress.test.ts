import { describe, expect, it } from "vitest";
import { percentCompleteOf, progressHeadline, ragSummary, rollup, statusSummary, type Action, type ActionPlan } from "../src/index.js";

const a = (id: string, rest: Partial<Action>): Action => ({ id, recommendation: "R1", title: `Action ${id}`, status: "in-progress", ...rest });

describe("percentCompleteOf", () => {
  it("takes the action's own figure, 100 for complete, or the mean of steps that all say", () => {
    expect(percentCompleteOf(a("1", { percentComplete: 35 }))).toBe(35);
    expect(percentCompleteOf(a("2", { status: "complete" }))).toBe(100);
    // Steps: complete (100) and 40: mean 70.
    expect(
      percentCompleteOf(
        a("3", {
          steps: [
            { id: "a", text: "x", status: "complete" },
            { id: "b", text: "y", percentComplete: 40 },
          ],
        }),
      ),
    ).toBe(70);
    // A cancelled step is left out: 100 and 20, mean 60.
    const withCancelled = [
      { id: "a", text: "x", percentComplete: 100 },
      { id: "b", text: "y", status: "cancelled" as const },
      { id: "c", text: "z", percentComplete: 20 },
    ];
    expect(percentCompleteOf(a("4", { steps: withCancelled }))).toBe(60);
    // A step under way with no figure counts 0: 100 and 0, mean 50.
    expect(
      percentCompleteOf(
        a("5", {
          steps: [
            { id: "a", text: "x", status: "complete" },
            { id: "b", text: "y", status: "in-progress" },
          ],
        }),
      ),
    ).toBe(50);
  });

  it("says nothing where it cannot: no figure, a step that says nothing, only cancelled steps", () => {
    expect(percentCompleteOf(a("1", {}))).toBeUndefined();
    expect(
      percentCompleteOf(
        a("2", {
          steps: [
            { id: "a", text: "x", percentComplete: 80 },
            { id: "b", text: "y" },
          ],
        }),
      ),
    ).toBeUndefined();
    expect(percentCompleteOf(a("3", { steps: [{ id: "a", text: "x", status: "cancelled" }] }))).toBeUndefined();
    expect(percentCompleteOf(a("4", { steps: [] }))).toBeUndefined();
  });
});

describe("the expected-progress RAG rule (Camms: % complete over % of time passed; 90 % and 70 %)", () => {
  // Published January 2024: the start of actions whose target is a month. As of 1 July 2024:
  //   "December 2024": 182 of 365 days passed (31+29+31+30+31+30 = 182; 2024 is a leap
  //   year, 1 January to 31 December is 365 days): 49.86 % expected.
  //   "April-Sept 2024": starts 1 April; 91 of 182 days (30+31+30; 30+31+30+31+31+29): 50 %.
  const plan: ActionPlan = {
    schemaVersion: 1,
    publishedOn: "2024-01",
    recommendations: [{ id: "R1", title: "Improve governance" }],
    actions: [
      a("E1", { timescale: "December 2024", percentComplete: 50 }), // 50 / 49.86 = 1.003: green
      a("E2", { timescale: "December 2024", percentComplete: 40 }), // 0.802: amber
      a("E3", { timescale: "December 2024", percentComplete: 30 }), // 0.602: red
      a("E4", { timescale: "April-Sept 2024", percentComplete: 44 }), // 44 / 50 = 0.88: amber
      a("E5", { timescale: "April-Sept 2024", percentComplete: 34 }), // 0.68: red
      a("E6", { timescale: "December 2024" }), // no figure: the status rule, green
      a("E7", { timescale: "March 2024", percentComplete: 90 }), // overdue: red, whatever its figure
      a("E8", {
        timescale: "December 2024",
        steps: [
          { id: "a", text: "x", percentComplete: 20 },
          { id: "b", text: "y", status: "not-started" },
        ],
      }), // steps: (20 + 0) / 2 = 10: 10 / 49.86 = 0.2: red
      a("E9", { timescale: "December 2024", percentComplete: 10, status: "on-hold" }), // on hold: amber by the status rule
    ],
  };
  it("rates each action under way by its performance, and the rest by the status rule", () => {
    const each = plan.actions.map((x) => [x.id, ragSummary([x], { asOf: "2024-07-01", ragRule: "expected-progress" }).counts]);
    const colour = (c: Record<string, number>) => Object.entries(c).find(([, n]) => n === 1)![0];
    // ragSummary of one action at a time: a bare list of actions has no plan, so no publication
    // date; the month targets then have no start and fall back to the status rule (green),
    // while the spans (E4, E5) start where they say.
    expect(each.map(([id, c]) => [id, colour(c as Record<string, number>)])).toEqual([
      ["E1", "green"],
      ["E2", "green"],
      ["E3", "green"],
      ["E4", "amber"],
      ["E5", "red"],
      ["E6", "green"],
      ["E7", "red"],
      ["E8", "green"],
      ["E9", "amber"],
    ]);
    // In the plan, with its publication date: E1 green, E2 amber, E3 red, E4 amber, E5 red,
    // E6 green, E7 red, E8 red, E9 amber: 2 green, 3 amber, 4 red.
    expect(ragSummary(plan, { asOf: "2024-07-01", ragRule: "expected-progress" }).counts).toEqual({ red: 4, amber: 3, green: 2, blue: 0 });
    // The status rule: E7 red (overdue), E9 amber (on hold), the rest green.
    expect(ragSummary(plan, { asOf: "2024-07-01" }).counts).toEqual({ red: 1, amber: 1, green: 7, blue: 0 });
  });

  it("takes thresholds as asked: 80 % and 50 %", () => {
    // E2 (0.802) and E4 (0.88) are now green; E3 (0.602) and E5 (0.68) amber. So: E1 green,
    // E2 green, E3 amber, E4 green, E5 amber, E6 green, E7 red, E8 red (0.2), E9 amber.
    expect(ragSummary(plan, { asOf: "2024-07-01", ragRule: "expected-progress", expectedProgress: { onTrack: 0.8, monitor: 0.5 } }).counts).toEqual({
      red: 2,
      amber: 3,
      green: 4,
      blue: 0,
    });
  });

  it("expects nothing before an action starts: green", () => {
    // As of 15 March 2024, E4 and E5 (from 1 April) have nothing expected of them yet.
    const early = ragSummary(
      plan.actions.filter((x) => x.id === "E4" || x.id === "E5"),
      { asOf: "2024-03-15", ragRule: "expected-progress" },
    );
    expect(early.counts.green).toBe(2);
  });

  it("refuses thresholds that are not", () => {
    expect(() => ragSummary(plan, { ragRule: "expected-progress", expectedProgress: { onTrack: 0.5, monitor: 0.7 } })).toThrow(
      "ragSummary: expectedProgress must be { onTrack, monitor }, fractions from 0 to 10 with monitor no more than onTrack, not an object",
    );
    expect(() => ragSummary(plan, { ragRule: "camms" as "status" })).toThrow('ragSummary: ragRule must be "status" or "expected-progress", not "camms"');
  });
});

describe("weighted figures", () => {
  // A (weight 3) complete, B (weight 1) in progress, C (no weight: 1) not started: 5 in all.
  const plan: ActionPlan = {
    schemaVersion: 1,
    recommendations: [{ id: "R1", title: "Improve governance" }],
    actions: [a("A", { status: "complete", weight: 3 }), a("B", { weight: 1 }), a("C", { status: "not-started" })],
  };

  it("count each action for its weight when asked, and one each otherwise", () => {
    const h = progressHeadline(plan, { asOf: "2024-07-01", weighted: true });
    // 3 / 5 = 60 %, 1 / 5 = 20 %, 1 / 5 = 20 %.
    expect([h.completed, h.expectedProgress, h.notProgressed, h.total]).toEqual([
      { count: 3, percent: 60 },
      { count: 1, percent: 20 },
      { count: 1, percent: 20 },
      5,
    ]);
    // Unweighted: one each, 34 / 33 / 33 (the spare unit to the first on a tie).
    expect(progressHeadline(plan, { asOf: "2024-07-01" }).completed).toEqual({ count: 1, percent: 34 });
    const r = rollup(plan, { by: "status", asOf: "2024-07-01", weighted: true });
    expect(r.total.actions).toBe(5);
    expect(r.groups.map((g) => [g.key, g.actions])).toEqual([
      ["not-started", 1],
      ["in-progress", 1],
      ["complete", 3],
      ["ongoing", 0],
      ["on-hold", 0],
      ["cancelled", 0],
    ]);
  });

  it("read fractional weights to a millionth and still sum to 100", () => {
    const halves: ActionPlan = {
      ...plan,
      actions: [a("A", { status: "complete", weight: 0.5 }), a("B", { weight: 0.25 }), a("C", { status: "not-started", weight: 0.25 })],
    };
    const s = statusSummary(halves, { asOf: "2024-07-01", weighted: true });
    // 0.5 / 1 = 50 %, 0.25 / 1 = 25 % each.
    expect([s.counts.complete, s.percentages.complete, s.percentages["in-progress"], s.percentages["not-started"]]).toEqual([0.5, 50, 25, 25]);
    // A third each, to one decimal: 33.4, 33.3, 33.3 (sums to 100.0).
    const thirds: ActionPlan = { ...plan, actions: plan.actions.map((x) => ({ ...x, weight: 1 / 3 })) };
    const t = progressHeadline(thirds, { asOf: "2024-07-01", weighted: true, decimals: 1 });
    expect([t.completed.percent, t.expectedProgress.percent, t.notProgressed.percent]).toEqual([33.4, 33.3, 33.3]);
  });

  it("refuses a weight that is not a positive number in a plan read without validation, naming the action", () => {
    const bad = { ...plan, actions: [a("A", { weight: "2" as unknown as number })] };
    expect(() => progressHeadline(bad, { weighted: true })).toThrow(/action "A": the weight "2" is not a positive number/);
    // Not weighted, the weight is not read.
    expect(() => progressHeadline(bad)).not.toThrow();
    expect(() => progressHeadline(plan, { weighted: "yes" as unknown as boolean })).toThrow('progressHeadline: weighted must be true or false, not "yes"');
  });
});
