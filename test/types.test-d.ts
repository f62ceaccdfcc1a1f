import { describe, expectTypeOf, it } from "vitest";
import {
  isRag,
  isStatus,
  isThemeId,
  overdueActions,
  parseTimescale,
  rollupByTheme,
  statusSummary,
  updateAction,
  type Action,
  type ActionPlan,
  type Rag,
  type RollupGroup,
  type Status,
  type ThemeId,
  type Timescale,
} from "../src/index.js";
import { validatePlan, type ValidationResult } from "../src/schema/index.js";

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
    expectTypeOf(rollupByTheme).returns.toEqualTypeOf<RollupGroup<ThemeId | "unassigned">[]>();
  });

  it("returns a plan from updateAction and a result from validatePlan", () => {
    expectTypeOf(updateAction).returns.toEqualTypeOf<ActionPlan>();
    expectTypeOf(validatePlan).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(validatePlan).returns.toEqualTypeOf<ValidationResult>();
    expectTypeOf<ValidationResult["plan"]>().toEqualTypeOf<ActionPlan | undefined>();
  });

  it("requires the fields a plan cannot do without", () => {
    // @ts-expect-error: council is required
    const plan: ActionPlan = { schemaVersion: 1, peerChallenge: { start: "2024-01" }, recommendations: [], actions: [] };
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
  });

  it("narrows unknown values with the guards", () => {
    const v: unknown = "amber";
    if (isRag(v)) expectTypeOf(v).toEqualTypeOf<Rag>();
    if (isStatus(v)) expectTypeOf(v).toEqualTypeOf<Status>();
    if (isThemeId(v)) expectTypeOf(v).toEqualTypeOf<ThemeId>();
  });
});
