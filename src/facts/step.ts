/**
 * A step's facts: its due date (its own, or its letter's milestone in its action's
 * timescale), whether it continues, and its status (its own, else its action's; cancelled
 * with its action). The one place these are worked out, for overdue steps, what falls due
 * and the calendar.
 */
import type { CalendarDate } from "../dates.js";
import type { Action, Step } from "../model/types.js";
import type { Status } from "../model/vocabulary.js";
import { isDated, stepDueDateWith } from "../timescale/due.js";
import type { ReadingContext } from "./context.js";
import { checkedSteps } from "./refused.js";

/** What a step's target and status are. */
export interface StepFacts {
  readonly due: CalendarDate | undefined;
  /** Its own target reads "X and ongoing". */
  readonly continuing: boolean;
  /** Its own status, else its action's; cancelled when its action is. */
  readonly status: Status;
}

/**
 * A step's facts.
 *
 * @param action - The action the step belongs to.
 * @param step - The step.
 * @param actionStatus - The action's status as read (`statusFacts`).
 * @param ctx - The reading context, whose reader places the step's target by the plan's dates.
 */
export function stepFacts(action: Action, step: Step, actionStatus: Status, ctx: Pick<ReadingContext, "read" | "pathOf">): StepFacts {
  // A plan that was not validated may hold a step written as text ("b. June 2024"): refused with its place, never read as a step.
  const given: unknown = step;
  if (typeof given !== "object" || given === null || Array.isArray(given)) checkedSteps(action, ctx);
  const due = stepDueDateWith(action, step, ctx.read);
  const own = step.due === undefined ? step.timescale : undefined;
  let continuing = false;
  if (own !== undefined) {
    const t = ctx.read(own);
    continuing = isDated(t) && t.continuing === true;
  }
  return { due, continuing, status: actionStatus === "cancelled" ? "cancelled" : (step.status ?? actionStatus) };
}
