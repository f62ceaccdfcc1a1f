import type { Immutable } from "immer";
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { actionPlanZod, actionZod, recommendationZod, stepZod, updateZod } from "../src/schema/plan.js";
import type { progressReviewSchema } from "../src/schema/progress-review.js";
import type { ProgressReview } from "../src/model/types.js";
import {
  isRag,
  isStatus,
  isThemeId,
  overdueActions,
  parseTimescale,
  rollupByTheme,
  statusSummary,
  updateAction,
  comparePlans,
  progressHeadline,
  rollup,
  type RollupBy,
  ragSummary,
  type Action,
  type ActionPlan,
  type Recommendation,
  type Step,
  type Update,
  type Rag,
  type RollupGroup,
  type Status,
  type ThemeId,
  type Timescale,
} from "../src/index.js";
import { actionPlanSchema, actionSchema, validatePlan, type ValidationResult } from "../src/schema/index.js";

describe("the public types", () => {
  it("narrows a Timescale on kind", () => {
    const t = parseTimescale("March 2024");
    expectTypeOf(t).toEqualTypeOf<Timescale>();
    if (t.kind === "date") expectTypeOf(t.due).toEqualTypeOf<string>();
    if (t.kind === "unknown") expectTypeOf(t.reason).toEqualTypeOf<string>();
    if (t.kind === "status") expectTypeOf(t.status).toEqualTypeOf<Status>();
  });

  it("keeps statuses and RAG canonical", () => {
    expectTypeOf<Status>().toEqualTypeOf<"not-started" | "in-progress" | "complete" | "ongoing" | "on-hold" | "cancelled">();
    expectTypeOf<Rag>().toEqualTypeOf<"red" | "amber" | "green" | "blue">();
    expectTypeOf<Action["status"]>().toEqualTypeOf<Status | undefined>();
  });

  it("gives summaries a record for every status", () => {
    expectTypeOf(statusSummary).returns.toHaveProperty("counts").toEqualTypeOf<Readonly<Record<Status, number>>>();
  });

  it("keys theme rollups by theme id or unassigned", () => {
    expectTypeOf(rollupByTheme).returns.toEqualTypeOf<readonly RollupGroup<ThemeId | "unassigned">[]>();
  });

  it("returns a plan from updateAction and a result from validatePlan", () => {
    expectTypeOf(updateAction).returns.toEqualTypeOf<ActionPlan>();
    expectTypeOf(validatePlan).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(validatePlan).returns.toEqualTypeOf<ValidationResult>();
    expectTypeOf<ValidationResult["plan"]>().toEqualTypeOf<ActionPlan | undefined>();
  });

  it("requires the fields a plan cannot do without", () => {
    // @ts-expect-error: the actions are required (the council and CPC dates may be left out)
    const plan: ActionPlan = { schemaVersion: 1, peerChallenge: { start: "2024-01" }, recommendations: [] };
    expectTypeOf(plan).toEqualTypeOf<ActionPlan>();
  });

  it("narrows validatePlan's result on ok, so a valid plan needs no cast", () => {
    const r = validatePlan({});
    if (r.ok) expectTypeOf(r.plan).toEqualTypeOf<ActionPlan>();
    else expectTypeOf(r.plan).toEqualTypeOf<ActionPlan | undefined>();
    if (r.ok) statusSummary(r.plan);
  });

  it("takes undefined for an optional option, as from process.env", () => {
    const env: Record<string, string | undefined> = {};
    statusSummary([], { asOf: env["AS_OF"], decimals: undefined, rounding: undefined, scheme: undefined, quarters: undefined });
    overdueActions([], { asOf: env["AS_OF"] });
    // quarters decides due dates, so every function reading targets takes it (issue 12).
    overdueActions([], { quarters: "financial" });
    progressHeadline([], { quarters: "financial", asOf: undefined });
    comparePlans([], [], { quarters: "financial", since: undefined });
  });

  it("narrows unknown values with the guards", () => {
    const v: unknown = "amber";
    if (isRag(v)) expectTypeOf(v).toEqualTypeOf<Rag>();
    if (isStatus(v)) expectTypeOf(v).toEqualTypeOf<Status>();
    if (isThemeId(v)) expectTypeOf(v).toEqualTypeOf<ThemeId>();
  });

  it("holds the written-out model types equal to what the zod schemas read, apart from readonly and unknown fields", () => {
    // The schemas keep unknown fields (an index signature in zod's type); the model types
    // name only the format's fields.
    type Known<T> = T extends readonly (infer E)[]
      ? Known<E>[]
      : T extends object
        ? { -readonly [K in keyof T as string extends K ? never : K]: Known<T[K]> }
        : T;
    expectTypeOf<Known<ActionPlan>>().toEqualTypeOf<Known<z.output<typeof actionPlanZod>>>();
    expectTypeOf<Known<Action>>().toEqualTypeOf<Known<z.output<typeof actionZod>>>();
    expectTypeOf<Known<Recommendation>>().toEqualTypeOf<Known<z.output<typeof recommendationZod>>>();
    expectTypeOf<Known<Step>>().toEqualTypeOf<Known<z.output<typeof stepZod>>>();
    expectTypeOf<Known<Update>>().toEqualTypeOf<Known<z.output<typeof updateZod>>>();
    // The progress review's type is written out too, so that the model imports no schema.
    expectTypeOf<Known<ProgressReview>>().toEqualTypeOf<Known<z.output<typeof progressReviewSchema>>>();
  });

  it("names Action, Step and Update inside a plan, not an anonymous object", () => {
    expectTypeOf<ActionPlan["actions"][number]>().toEqualTypeOf<Action>();
    expectTypeOf<NonNullable<Action["steps"]>[number]>().toEqualTypeOf<Step>();
    expectTypeOf<NonNullable<Action["updates"]>[number]>().toEqualTypeOf<Update>();
    expectTypeOf<ActionPlan["recommendations"][number]>().toEqualTypeOf<Recommendation>();
  });

  it("accepts an as-const fixture, a deep-frozen plan and immer's Immutable plan, and a stored update", () => {
    const fixture = {
      schemaVersion: 1,
      council: { name: "X" },
      peerChallenge: { start: "2024-01" },
      recommendations: [{ id: "R1", title: "r", themes: ["governance-and-culture"] }],
      actions: [{ id: "1.1", recommendation: "R1", title: "a", owners: ["Jo"], status: "complete", updates: [{ date: "2024-03-01", status: "complete" }] }],
    } as const;
    statusSummary(fixture);
    ragSummary(fixture.actions);
    progressHeadline(fixture);
    overdueActions(fixture, { asOf: "2024-06-01" });
    rollupByTheme(fixture);
    comparePlans(fixture, fixture);
    const frozen: Immutable<ActionPlan> = fixture;
    statusSummary(frozen);
    const stored: Update = fixture.actions[0].updates[0];
    updateAction(fixture, "1.1", stored);
    // @ts-expect-error: outputs are read-only
    validatePlan(fixture).issues.push();
    const plan: ActionPlan = fixture;
    // @ts-expect-error: a plan is read-only, its lists too
    plan.actions[0]!.status = "ongoing";
    // @ts-expect-error: a plan is read-only, its lists too
    plan.actions.push(plan.actions[0]!);
  });

  it("exports the zod objects themselves: shape, extend and pick work", () => {
    const _withCost = actionSchema.extend({ cost: actionSchema.shape.title });
    expectTypeOf<z.output<typeof _withCost>["cost"]>().toEqualTypeOf<string>();
    expectTypeOf<z.output<ReturnType<typeof actionSchema.pick<{ id: true }>>>["id"]>().toEqualTypeOf<string>();
    expectTypeOf(actionPlanSchema.shape.actions.element).toEqualTypeOf(actionSchema);
  });

  it("types rollup keys by what they group by", () => {
    const plan = {} as ActionPlan;
    expectTypeOf(rollup(plan, { by: "status" }).groups[0]!.key).toEqualTypeOf<Status>();
    expectTypeOf(rollup(plan, { by: "theme" }).groups[0]!.key).toEqualTypeOf<ThemeId | "unassigned">();
    expectTypeOf(rollup(plan, { by: "owner" }).groups[0]!.key).toEqualTypeOf<string>();
    const by = "status" as RollupBy;
    expectTypeOf(rollup(plan, { by }).groups[0]!.key).toEqualTypeOf<string>();
    // @ts-expect-error: "owners" is not a grouping
    rollup(plan, { by: "owners" });
  });
});
