/**
 * What the statistics take: a plan, part of a plan, or a bare list of actions; and the
 * actions and plan they are counted from.
 */
import { PlanDataError } from "../model/errors.js";
import type { Action, ActionPlan } from "../model/types.js";
import { schemeOf } from "../facts/context.js";

/** Accepts a plan or a list of actions. */
export function actionsOf(given: { readonly actions: readonly Action[] } | readonly Action[]): readonly Action[] {
  // Whatever the type says: a caller in JavaScript may pass anything.
  const input: unknown = given;
  if (Array.isArray(input)) return input as readonly Action[];
  const actions = typeof input === "object" && input !== null ? (input as { readonly actions?: unknown }).actions : undefined;
  if (!Array.isArray(actions)) {
    throw new PlanDataError(
      `expected a plan (an object with an "actions" list) or a list of actions, but got ${describe(input)}`,
      actions === undefined ? [] : ["actions"],
      input,
    );
  }
  return actions as readonly Action[];
}

/**
 * Part of a plan: some of its actions, with the plan they belong to, whose dates (CPC,
 * publication) and RAG scheme the figures are read with. The figures of a part are the
 * plan's figures for those actions.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { statusSummary, type PlanPart } from "peer-challenge";
 * const mine: PlanPart = { plan, actions: plan.actions.filter((a) => a.owners?.includes("Chief Executive")) };
 * statusSummary(mine, { asOf: "2024-06-30" });
 * ```
 */
export interface PlanPart {
  /** The whole plan: its dates and scheme. */
  readonly plan: ActionPlan;
  /** The actions to count, from `plan.actions`. */
  readonly actions: readonly Action[];
}

/**
 * What the statistics take: a plan; part of a plan, `{ plan, actions }` (the right form for
 * some of its actions: the figures are the plan's for those actions); or a bare list of
 * actions, which has no dates of its own, so a target that needs them (no year, or relative to
 * the CPC) is refused with a {@link PlanDataError} that says to pass `{ plan, actions }`.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { overdueActions, type PlanOrActions } from "peer-challenge";
 * const mine: PlanOrActions = { plan, actions: plan.actions.filter((a) => a.owners?.includes("Chief Executive")) };
 * overdueActions(mine, { asOf: "2024-06-30" });
 * ```
 */
export type PlanOrActions = ActionPlan | PlanPart | readonly Action[];

/** Whether a value is part of a plan: `{ plan, actions }`. */
function isPart(input: unknown): input is PlanPart {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return false;
  const plan = (input as { plan?: unknown }).plan;
  return typeof plan === "object" && plan !== null && Array.isArray((plan as { actions?: unknown }).actions);
}

/** The actions of a plan or list, and the plan when there is one (its dates, its scheme). */
export function inputOf(input: PlanOrActions): { readonly actions: readonly Action[]; readonly plan: ActionPlan | undefined } {
  if (isPart(input)) {
    const actions = actionsOf(input);
    const whole = input.plan;
    // The plan's scheme, as the whole plan settles it: a part with no blue of its own is still BRAG.
    const ragScheme = whole.ragScheme ?? schemeOf(whole.actions);
    return { actions, plan: { ...whole, ragScheme } };
  }
  const actions = actionsOf(input);
  return { actions, plan: actions === input ? undefined : (input as ActionPlan) };
}

/** What a value is, in words, for an error message. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return `an object with no "actions" list`;
  if (typeof value === "string") return `the text ${JSON.stringify(value.slice(0, 40))}`;
  return typeof value === "function" || typeof value === "symbol"
    ? `a ${typeof value}`
    : `${typeof value} ${(value as number | bigint | boolean | undefined)?.toString() ?? "undefined"}`;
}
