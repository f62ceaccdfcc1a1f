/**
 * What the statistics say of a value they cannot count without guessing, in a plan that
 * was not validated: a {@link PlanDataError} naming the action, the value and its place.
 *
 * @internal
 * @module
 */
import { PlanDataError } from "../model/errors.js";
import type { Action } from "../model/types.js";
import type { ReadingContext } from "./context.js";

/** The error for an action's `field` (or its step `["steps", j]`) holding `value`, which is not `expected`. */
export function refused(
  action: Action,
  ctx: Pick<ReadingContext, "pathOf">,
  field: string | readonly ["steps", number],
  value: unknown,
  expected: string,
): PlanDataError {
  const shown = typeof value === "string" ? JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value) : String(value);
  const named = typeof field === "string" ? field : `step ${field[1] + 1}`;
  return new PlanDataError(
    `action ${JSON.stringify(action.id)}: the ${named} ${shown} is not ${expected}, so it cannot be counted; validatePlan reports every such value with its place`,
    [...ctx.pathOf(action), ...(typeof field === "string" ? [field] : field)],
    value,
  );
}

/** Steps that are not a list of objects, where they are read (the action's due date from its steps, a step's own facts): refused, each step with its place. */
export function checkedSteps(action: Action, ctx: Pick<ReadingContext, "pathOf">): void {
  const steps: unknown = action.steps;
  if (!Array.isArray(steps)) throw refused(action, ctx, "steps", steps, "a list of steps");
  for (let j = 0; j < steps.length; j++) {
    const step: unknown = steps[j];
    if (typeof step !== "object" || step === null || Array.isArray(step)) throw refused(action, ctx, ["steps", j], step, "a step (an object)");
  }
}
