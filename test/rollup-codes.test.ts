import { describe, expect, it } from "vitest";
import { rollup, rollupByTheme, type Action, type ActionPlan } from "../src/index.js";
import { TextTable } from "../src/statistics/codes.js";
import { realTargets, reference } from "./properties/rollup-reference.js";

describe("the text table the rollups read targets through", () => {
  it("keeps a number for each of 20,000 distinct texts, growing as they come", () => {
    const table = new TextTable();
    const texts = Array.from({ length: 20_000 }, (_, i) => `${realTargets[i % realTargets.length]!} (${i})`);
    texts.forEach((t, i) => table.set(t, i));
    texts.forEach((t, i) => expect(table.get(t)).toBe(i));
    // The same text made afresh (another string with the same characters) is found too.
    expect(table.get(["", realTargets[0]!, " (0)"].join(""))).toBe(0);
    expect(table.get("March 2024")).toBe(-1);
  });

  it("keeps texts that agree on their length and first, middle and last characters (a Map then)", () => {
    // "T00000-0000Z" ... "T99999-9999Z": twelve characters, T at 0, - at 6, Z at 11, so one hash for all.
    const table = new TextTable();
    const texts = Array.from(
      { length: 2_000 },
      (_, i) =>
        `T${String(i).padStart(5, "0")}-${String(i * 7)
          .padStart(4, "0")
          .slice(-4)}Z`,
    );
    texts.forEach((t, i) => table.set(t, i));
    texts.forEach((t, i) => expect(table.get(t)).toBe(i));
    expect(table.get("T99999-9999Z")).toBe(-1);
  });

  it("reads the empty text", () => {
    const table = new TextTable();
    expect(table.get("")).toBe(-1);
    table.set("", 3);
    expect(table.get("")).toBe(3);
  });
});

describe("rollups of a large plan, counted by code", () => {
  // 3,000 actions over 12 recommendations, each with a real target text (about 300 distinct:
  // more than the text table's first size), every fifth with steps, and every status and RAG
  // in turn, some with no status.
  const statuses = [undefined, "not-started", "in-progress", "complete", "ongoing", "on-hold", "cancelled"] as const;
  const rags = [undefined, "red", "amber", "green", "blue"] as const;
  const themes = ["governance-and-culture", "capacity-for-improvement", "financial-planning-and-management"] as const;
  const large: ActionPlan = {
    schemaVersion: 1,
    peerChallenge: { start: "2023-10" },
    recommendations: Array.from({ length: 12 }, (_, i) => ({
      id: `R${i + 1}`,
      title: `Recommendation ${i + 1}`,
      ...(i % 4 !== 3 && { themes: [themes[i % 3]!] }),
    })),
    actions: Array.from({ length: 3_000 }, (_, i): Action => {
      const status = statuses[i % statuses.length];
      const rag = rags[(i >> 3) % rags.length];
      return {
        id: `${i}`,
        recommendation: `R${(i % 13) + 1}`, // R13 is no recommendation of the plan
        title: "An action",
        timescale: realTargets[(i * 7) % realTargets.length]!,
        // Every fifth action has two steps: read where its own text gives no date.
        ...(i % 5 === 0 && {
          steps: [
            { id: "a", text: "A step", timescale: realTargets[(i * 3) % realTargets.length]! },
            { id: "b", text: "A step", timescale: realTargets[(i * 11) % realTargets.length]! },
          ],
        }),
        ...(status !== undefined && { status }),
        ...(rag !== undefined && { rag }),
      };
    }),
  };

  it("gives every figure the reference gives, by each grouping and on dates either side of the targets", () => {
    for (const asOf of ["2019-06-30", "2024-06-26", "2026-01-01"]) {
      for (const by of ["theme", "recommendation", "heading", "status"] as const) {
        expect(rollup(large, { by, asOf })).toEqual(reference(large, by, { asOf }));
      }
    }
  });
});

describe("steps of odd shapes, as an unvalidated plan may hold them", () => {
  // One in-progress action whose own target is TBC, on 30 June 2025; its one step names a
  // recommendation, so dueDateWith reads the step as an action and takes its step's May 2025
  // (31 May): the action is overdue. Steps that are not a list are left to dueDateWith.
  const odd = (steps: unknown): ActionPlan =>
    ({
      schemaVersion: 1,
      peerChallenge: { start: "2023-10" },
      recommendations: [{ id: "R1", title: "Culture", themes: ["governance-and-culture"] }],
      actions: [
        { id: "a1", recommendation: "R1", title: "Survey", status: "in-progress", timescale: "TBC", steps },
        { id: "a2", recommendation: "R1", title: "Values", status: "in-progress", timescale: "TBC" },
      ],
    }) as unknown as ActionPlan;
  const asOf = "2025-06-30";

  it("a step that names a recommendation gives the date of its own steps", () => {
    const p = odd([{ id: "d", text: "A step", recommendation: "R1", steps: [{ id: "x", text: "", timescale: "May 2025" }] }]);
    const total = rollup(p, { by: "theme", asOf }).total;
    // a1 overdue (31 May 2025), a2 has no date: 2 actions, 1 overdue, 1 with no target.
    expect([total.actions, total.overdue, total.noTarget]).toEqual([2, 1, 1]);
    expect(rollup(p, { by: "theme", asOf })).toEqual(reference(p, "theme", { asOf }));
  });

  it("steps that are no list are read as dueDateWith reads them", () => {
    // What a computation gives, or the error it throws: steps that are a text stop dueDateWith
    // with a TypeError (on main as well), which the rollup must throw alike.
    const outcome = (f: () => unknown) => {
      try {
        return f();
      } catch (e) {
        return String(e);
      }
    };
    for (const steps of [null, "a. May 2024", 5]) {
      const p = odd(steps);
      expect(outcome(() => rollup(p, { by: "recommendation", asOf }))).toEqual(outcome(() => reference(p, "recommendation", { asOf })));
    }
  });
});

describe("no figure is kept from one call to the next", () => {
  // R1 (governance and culture), three actions, on 26 June 2024 (due soon: to 26 July):
  //   a1 in progress, March 2024 (due 31 March): overdue, red
  //   a2 not started, July 2024 (due 31 July, after 26 July): green
  //   a3 complete, Ongoing: green (no action reported blue, so the RAG scheme)
  const asOf = "2024-06-26";
  const make = (): { -readonly [K in keyof ActionPlan]: ActionPlan[K] } => ({
    schemaVersion: 1,
    peerChallenge: { start: "2023-10" },
    recommendations: [{ id: "R1", title: "Culture", themes: ["governance-and-culture"] }],
    actions: [
      { id: "a1", recommendation: "R1", title: "Staff survey", status: "in-progress", timescale: "March 2024" },
      { id: "a2", recommendation: "R1", title: "Values", status: "not-started", timescale: "July 2024" },
      { id: "a3", recommendation: "R1", title: "Forum", status: "complete", timescale: "Ongoing" },
    ],
  });
  const governance = (p: ActionPlan) => rollupByTheme(p, { asOf }).find((g) => g.key === "governance-and-culture")!;

  it("a plan changed in place between two calls gives the new figures", () => {
    const p = make();
    const before = governance(p);
    expect([before.actions, before.overdue, before.rag.counts, before.status.counts.complete]).toEqual([3, 1, { red: 1, amber: 0, green: 2, blue: 0 }, 1]);
    // a1 is now complete (green, not overdue); a2's target is June 2024 (due 30 June: not
    // started and due soon, amber). Figures: 3 actions, 0 overdue, amber 1, green 2, 2 complete.
    const actions = p.actions as { -readonly [K in keyof Action]: Action[K] }[];
    actions[0]!.status = "complete";
    actions[1]!.timescale = "June 2024";
    const after = governance(p);
    expect([after.actions, after.overdue, after.rag.counts, after.status.counts.complete]).toEqual([3, 0, { red: 0, amber: 1, green: 2, blue: 0 }, 2]);
  });

  it("a recommendation moved to another theme between two calls moves its actions", () => {
    const p = make();
    expect(governance(p).actions).toBe(3);
    p.recommendations = [{ id: "R1", title: "Culture", themes: ["capacity-for-improvement"] }];
    const groups = rollupByTheme(p, { asOf });
    // All three now under capacity for improvement, none under governance and culture.
    expect(groups.map((g) => [g.key, g.actions]).filter(([, n]) => n !== 0)).toEqual([["capacity-for-improvement", 3]]);
  });

  it("a reported blue added between two calls makes the plan BRAG", () => {
    const p = make();
    expect(governance(p).rag.scheme).toBe("rag");
    (p.actions as { -readonly [K in keyof Action]: Action[K] }[])[2]!.rag = "blue";
    // a3 is reported blue: the BRAG scheme, blue 1, green 1 (a2), red 1 (a1).
    expect(governance(p).rag).toMatchObject({ scheme: "brag", counts: { red: 1, amber: 0, green: 1, blue: 1 } });
  });
});
