import { describe, expect, it } from "vitest";
import { ragSummary, rollup, rollupByTheme, statusSummary, type Action, type ActionPlan, type RollupBy, type RollupOptions } from "../src/index.js";

// A small plan with every edge a rollup meets, built by hand so each figure can be counted:
//   R1  theme organisational-and-place-leadership, heading "Scrutiny"
//   R2  a theme id of the previous framework (not one of this plan's), heading "   " (blank)
//   R3  no theme, no heading
//   a1  R1, owners "  Alice ", "Bob", " "    complete, reported blue
//   a2  R2, owners []                         in progress
//   a3  R9 (no such recommendation), "Alice"  not started
//   a4  R3, no owners                         in progress
//   a5  R3, "Bob"                             cancelled, reported red
const action = (id: string, recommendation: string, rest: Partial<Action>): Action => ({ id, recommendation, title: `Action ${id}`, ...rest });
const edges: ActionPlan = {
  schemaVersion: 1,
  recommendations: [
    { id: "R1", title: "Strengthen scrutiny", themes: ["organisational-and-place-leadership"], heading: "Scrutiny" },
    { id: "R2", title: "Review governance", themes: ["leadership-of-place"], heading: "   " },
    { id: "R3", title: "Refresh the plan" },
  ],
  actions: [
    action("a1", "R1", { owners: ["  Alice ", "Bob", " "], status: "complete", rag: "blue", timescale: "March 2024" }),
    action("a2", "R2", { owners: [], status: "in-progress", timescale: "June 2024" }),
    action("a3", "R9", { owners: ["Alice"], status: "not-started" }),
    action("a4", "R3", { status: "in-progress", timescale: "Ongoing" }),
    action("a5", "R3", { owners: ["Bob"], status: "cancelled", rag: "red", timescale: "January 2024" }),
  ],
};
const asOf = "2024-07-31";
const groups = (by: RollupBy, plan: ActionPlan = edges) => rollup(plan, { by, asOf }).groups.map((g) => [g.key, g.title, g.actions]);

describe("rollup on a plan with every edge", () => {
  it("by owner: names trimmed, blanks dropped, one group per person, and a group for no owner", () => {
    // Alice: a1 and a3 (2). Bob: a1 (a5 is cancelled: 1). No owner: a2 (an empty list) and a4 (2).
    expect(groups("owner")).toEqual([
      ["Alice", "Alice", 2],
      ["Bob", "Bob", 1],
      ["", "No owner", 2],
    ]);
  });

  it("by heading: a blank heading is no heading, and so is an unknown recommendation", () => {
    // Scrutiny: a1. No heading: a2 (blank), a3 (R9), a4 (R3): 3.
    expect(groups("heading")).toEqual([
      ["Scrutiny", "Scrutiny", 1],
      ["", "No heading", 3],
    ]);
  });

  it("by heading, with no heading anywhere: one group for all, however many recommendations feed it", () => {
    const plain: ActionPlan = { ...edges, recommendations: edges.recommendations.map(({ heading: _, ...r }) => r) };
    // Every action but the cancelled a5: 4, in one group.
    expect(groups("heading", plain)).toEqual([["", "No heading", 4]]);
  });

  it("by recommendation: every recommendation in order, then the unknown one's actions apart", () => {
    // R1: a1. R2: a2. R3: a4 (a5 cancelled). Unknown: a3.
    expect(groups("recommendation")).toEqual([
      ["R1", "Strengthen scrutiny", 1],
      ["R2", "Review governance", 1],
      ["R3", "Refresh the plan", 1],
      ["", "Unknown recommendation", 1],
    ]);
  });

  it("by theme: the framework's five in order, then unassigned for no theme, another framework's theme, or no recommendation", () => {
    // organisational-and-place-leadership: a1. Unassigned: a2 (R2's theme is not of this
    // framework), a3 (R9), a4 (R3 has none): 3.
    expect(rollupByTheme(edges, { asOf }).map((g) => [g.key, g.actions])).toEqual([
      ["local-priorities-and-outcomes", 0],
      ["organisational-and-place-leadership", 1],
      ["governance-and-culture", 0],
      ["financial-planning-and-management", 0],
      ["capacity-for-improvement", 0],
      ["unassigned", 3],
    ]);
  });

  it("counts every action once in the total, whatever the grouping, and leaves the cancelled one out", () => {
    for (const by of ["owner", "heading", "recommendation", "theme", "status"] as const) {
      const t = rollup(edges, { by, asOf }).total;
      expect([by, t.actions, t.status.excluded]).toEqual([by, 4, 1]);
      // Overdue as of 31 July 2024: a2 (June 2024, in progress). a5 (January) is cancelled.
      expect([by, t.overdue]).toEqual([by, 1]);
      // No target: a3 (none) and a4 (Ongoing).
      expect([by, t.noTarget]).toEqual([by, 2]);
    }
  });

  it("keeps a reported blue in the BRAG scheme, by owner (one action at a time) and by theme (in buckets) alike", () => {
    for (const by of ["owner", "theme"] as const) {
      const r = rollup(edges, { by, asOf });
      expect([by, r.total.rag.scheme, r.total.rag.counts.blue]).toEqual([by, "brag", 1]);
    }
    expect(ragSummary(edges, { asOf }).scheme).toBe("brag");
  });

  it("reads a plan whose only blue is derived (complete, not rated) in the RAG scheme: complete counts as green", () => {
    const unrated: ActionPlan = { ...edges, actions: edges.actions.map(({ rag: _, ...a }) => a) };
    for (const by of ["owner", "theme"] as const) {
      const r = rollup(unrated, { by, asOf });
      // Red: a2 (overdue). Green: a1 (complete, and no blue in RAG), a4 (in progress, ongoing)
      // and a3 (not started, but amber only when a date is near and it has none): 3.
      expect([by, r.total.rag.scheme, r.total.rag.counts]).toEqual([by, "rag", { red: 1, amber: 0, green: 3, blue: 0 }]);
    }
  });

  it("folds a reported blue into green when the plan says it uses RAG", () => {
    const rag: ActionPlan = { ...edges, ragScheme: "rag" };
    for (const by of ["owner", "theme"] as const) expect(rollup(rag, { by, asOf }).total.rag.counts).toMatchObject({ green: 3, blue: 0 });
  });

  it("refuses a rollup with no `by`", () => {
    expect(() => rollup(edges, { asOf } as RollupOptions)).toThrow("rollup: the option by is required");
  });

  it("leaves a cancelled action out of the RAG and overdue counts as well as the statuses", () => {
    // a5 is cancelled, reported red and due in January: counted only as cancelled.
    const r = ragSummary(edges, { asOf });
    expect(r.counts.red).toBe(1); // a2, derived: overdue
    expect(r.excluded).toBe(1);
    expect(statusSummary(edges, { asOf }).counts).toEqual({ "not-started": 1, "in-progress": 2, complete: 1, ongoing: 0, "on-hold": 0, cancelled: 1 });
  });
});
