// The rollups count most actions by code (src/statistics/codes.ts): one number per action
// for its status, its RAG as given and the kind of its target, the facts of each code worked
// out once at the end. Here they are held to a plain reference that classifies every action
// on its own with the facts layer (`classify`) and counts the facts group by group, on
// generated plans with every status wording, RAG, step, missing and odd date, cancelled work,
// evidence in place of a status and reschedules, with the real target texts and wordings of
// test/fixtures. Sized by runs, never by a clock.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { PlanDataError, RAGS, STATUSES, rollup, rollupByTheme, type ActionPlan, type SummaryOptions } from "../../src/index.js";
import { loadPlan } from "../helpers.js";
import { calendarDate, plan, timescaleText } from "./arbitraries.js";
import { realTargets, realWordings, reference } from "./rollup-reference.js";

// A few texts shared by many actions, as in a plan (so that codes are met many times), and
// now and then any text at all.
const target: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("March 2024", "July 2024", "Nov 2024 and ongoing", "Ongoing", "TBC", "Q3 2024/25", "a. July 2024 b. October 2024") },
  { weight: 3, arbitrary: fc.constantFrom(...realTargets) },
  { weight: 2, arbitrary: timescaleText },
  { weight: 1, arbitrary: fc.constantFrom(undefined, "", "   ", 2024, null) },
);
const status: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...STATUSES) },
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constantFrom(...realWordings, "Completed", "March 2024", "Update to follow", "", " ") },
);
const rag: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...RAGS) },
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom("Amber", "GREEN", "Blue", "Complete", "", " ") },
);
const step = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      { id: fc.constantFrom("a", "b", "c"), text: fc.constant("A step"), timescale: target, due: calendarDate, status: fc.constantFrom(...STATUSES) },
      { requiredKeys: ["id", "text"] },
    ),
  },
  // Odd shapes an unvalidated plan may hold: a step that names a recommendation (dueDateWith
  // then reads it as an action, with steps of its own), and steps that are no objects.
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      { id: "d", text: "A step", recommendation: "R1", steps: [{ id: "x", text: "", timescale: "May 2025" }] },
      { id: "e", text: "A step", recommendation: "R1", timescale: "TBC" },
      null,
      "b. June 2024",
    ),
  },
);
const update = fc.record(
  {
    date: calendarDate,
    status: fc.constantFrom(...STATUSES),
    rag: fc.constantFrom(...RAGS, "Amber"),
    note: fc.constant("Board agreed the terms of reference"),
    // A reschedule: a new target or owners, which says nothing of progress.
    timescale: fc.constantFrom("December 2024", "Spring 2025"),
    due: calendarDate,
    owners: fc.constant(["Chief Executive"]),
  },
  { requiredKeys: ["date"] },
);
/** Absent three times in five: each of an action's other fields is there or not on its own. */
const sometimes = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: a });
/** What an action may hold besides its id, recommendation and title; absent keys are left out. */
const actionFields = fc
  .record({
    status,
    rag,
    timescale: target,
    due: sometimes(fc.oneof(calendarDate, fc.constantFrom("2024-06", "soon"))),
    steps: sometimes(
      fc.oneof({ weight: 9, arbitrary: fc.array(step, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(null, {}, "a. May 2024") }),
    ),
    statusText: sometimes(fc.constantFrom("Update to follow", "   ")),
    percentComplete: sometimes(fc.constantFrom(0, 40, 100)),
    updates: sometimes(fc.array(update, { maxLength: 3 })),
    weight: sometimes(fc.constantFrom(1, 2.5)),
  })
  .map((fields) => Object.fromEntries(Object.entries(fields).filter(([k, v]) => v !== undefined || k === "status" || k === "rag")));
// Mostly the common kind (a status, a RAG or none, a text), sometimes anything above.
const someAction = fc.oneof(
  { weight: 3, arbitrary: fc.record({ status, rag, timescale: target }, { requiredKeys: [] }) },
  { weight: 2, arbitrary: actionFields },
);

/** A plan with up to 40 actions of those kinds, some answering a recommendation it lacks, and maybe a scheme of its own. */
const anyPlan = fc
  .tuple(
    plan(),
    fc.array(fc.tuple(someAction, fc.nat({ max: 9 })), { maxLength: 40, size: "max" }),
    fc.constantFrom(undefined, "rag" as const, "brag" as const),
    fc.boolean(),
  )
  .map(([p, fields, ragScheme, published]) => {
    const actions = fields.map(([f, rec], i) => ({
      id: `${i + 1}`,
      // One in ten answers no recommendation of the plan.
      recommendation: rec === 9 ? "R99" : p.recommendations[rec % p.recommendations.length]!.id,
      title: `Action ${i + 1}`,
      ...f,
    }));
    return {
      ...p,
      ...(ragScheme !== undefined && { ragScheme }),
      ...(published && { publishedOn: "2024-02" }),
      actions,
    } as unknown as ActionPlan;
  });

const options: fc.Arbitrary<SummaryOptions> = fc.record(
  {
    asOf: fc.constantFrom("2024-03-31", "2024-06-26", "2024-07-01", "2024-12-31", "2019-06-30"),
    dueSoonDays: fc.constantFrom(0, 14, 90),
    scheme: fc.constantFrom("rag" as const, "brag" as const),
    quarters: fc.constantFrom("calendar" as const, "financial" as const),
    ragRule: fc.constantFrom("status" as const, "expected-progress" as const),
    weighted: fc.boolean(),
  },
  { requiredKeys: ["asOf"] },
);

/**
 * What a computation gives, or the error it throws: a PlanDataError names the action; an
 * unvalidated `due` that is no date stops the expected-progress rule with a RangeError (on
 * main as well), which both must throw alike.
 */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return `${e instanceof PlanDataError ? "PlanDataError" : String(e)}: ${(e as Error).message}`;
  }
}

describe("rollups counted by code equal every action classified on its own", () => {
  test.prop([anyPlan, options, fc.constantFrom("theme" as const, "recommendation" as const, "heading" as const, "status" as const)], { numRuns: 400 })(
    "by theme, recommendation, heading and status: every figure, or the same refusal",
    (p, o, by) => {
      expect(outcome(() => rollup(p, { ...o, by }))).toEqual(outcome(() => reference(p, by, o)));
    },
  );

  test.prop([anyPlan, options], { numRuns: 100 })("rollupByTheme is the theme rollup's groups", (p, o) => {
    expect(outcome(() => rollupByTheme(p, o))).toEqual(outcome(() => reference(p, "theme", o).groups));
  });

  it("the real plans: every figure, on dates either side of their targets", () => {
    for (const name of ["kingston-2019.json", "west-norfolk-2024.json"]) {
      const p = loadPlan(name);
      for (const asOf of ["2019-06-30", "2020-01-31", "2024-06-26", "2025-03-31"]) {
        for (const by of ["theme", "recommendation", "heading", "status"] as const) {
          expect(rollup(p, { by, asOf })).toEqual(reference(p, by, { asOf }));
        }
      }
    }
  });
});
