import type { CalendarDate } from "../dates.js";
import type { Action, Step } from "../model/types.js";
import type { Status } from "../model/vocabulary.js";
import type { Timescale } from "../timescale/types.js";
import { checkOptions } from "./check.js";
import { classify, daysLate, daysOverdueOf, statusFacts } from "../facts/action.js";
import { makeContext, readingContext, type Context } from "../facts/context.js";
import { stepFacts } from "../facts/step.js";
import { noTarget, type NoTargetReason } from "../facts/target.js";
import { inputOf, type PlanOrActions } from "./input.js";
import type { AsOfOptions } from "./options.js";

/**
 * An overdue action: its due date and how many days late it is as of the date asked.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { overdueActions, type OverdueAction } from "peer-challenge";
 * const overdue: readonly OverdueAction[] = overdueActions(kingston, { asOf: "2019-06-30" });
 * overdue[0]?.action.id;
 * //=> "16"
 * ```
 */
export interface OverdueAction {
  /** The action. */
  readonly action: Action;
  /** The date it was due, `YYYY-MM-DD`. */
  readonly due: CalendarDate;
  /** Whole days from the due date to `asOf`. */
  readonly daysOverdue: number;
  /** The target read "X and ongoing": it is overdue because it has not started. */
  readonly continuing: boolean;
  /** Its steps that are overdue by their own timescales, in the plan's order ({@link overdueSteps} sorts them). */
  readonly overdueSteps: readonly OverdueStep[];
}

/**
 * An overdue step of an action.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { OverdueStep } from "peer-challenge";
 * const s: OverdueStep = { step: { id: "a", text: "Progress actions", timescale: "Spring 2024" }, due: "2024-05-31", daysOverdue: 26 };
 * ```
 */
export interface OverdueStep {
  /** The step. */
  readonly step: Step;
  /** The date it was due. */
  readonly due: CalendarDate;
  /** Whole days from the due date to `asOf`. */
  readonly daysOverdue: number;
}

/**
 * The actions that are overdue as of a date, most overdue first.
 *
 * An action is overdue when it has a due date earlier than `asOf` and its status is
 * not complete, ongoing or cancelled (no status counts as not started). A target
 * written "X and ongoing" means "under way by X": such an action is overdue only
 * while it has not started. Actions with no due date are never overdue; see
 * {@link actionsWithoutTarget}. Ties keep plan order.
 *
 * @param input - A plan, or a list of its actions.
 * @param options - `asOf`, default today in Europe/London.
 * @returns The overdue actions with due date and days overdue.
 * @throws RangeError for an option that is not one (a bad `asOf`, `rounding`, `decimals`...), naming the function, the option and what is allowed.
 * @throws PlanDataError for input that is not a plan or a list of actions, or a status or RAG rating it cannot read.
 * @category Statistics
 * @example
 * ```ts
 * import { overdueActions } from "peer-challenge";
 * overdueActions(kingston, { asOf: "2019-06-30" }).map((o) => [o.action.id, o.daysOverdue]);
 * //=> [["16", 122], ["16.1", 122], ["3", 61], ["17", 61], ["20.1", 30]]
 * ```
 */
export function overdueActions(input: PlanOrActions, options: AsOfOptions = {}): readonly OverdueAction[] {
  checkOptions("overdueActions", options);
  const { actions, plan } = inputOf(input);
  const ctx = makeContext(actions, options, undefined, plan);
  const out: OverdueAction[] = [];
  for (const action of actions) {
    const f = classify(action, ctx);
    if (!f.overdue || f.due === undefined) continue;
    out.push({ action, due: f.due, daysOverdue: daysOverdueOf(f, ctx), continuing: f.continuing, overdueSteps: stepsOverdue(action, f.status, ctx) });
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue);
}

function stepsOverdue(action: Action, actionStatus: Status, ctx: Context): OverdueStep[] {
  const out: OverdueStep[] = [];
  for (const step of action.steps ?? []) {
    const { due, status, continuing } = stepFacts(action, step, actionStatus, ctx);
    const late = daysLate(due, status, continuing, ctx);
    if (due !== undefined && late !== undefined) out.push({ step, due, daysOverdue: late });
  }
  return out;
}

/**
 * An overdue step, with the action it belongs to.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { overdueSteps, type OverdueStepOfAction } from "peer-challenge";
 * const steps: readonly OverdueStepOfAction[] = overdueSteps(westNorfolk, { asOf: "2024-06-26" });
 * steps.map((s) => [s.action.id, s.step.id, s.daysOverdue])[0];
 * //=> ["2.1", "a", 26]
 * ```
 */
export interface OverdueStepOfAction extends OverdueStep {
  /** The action the step belongs to. */
  readonly action: Action;
}

/**
 * The steps that are overdue by their own timescales as of a date, most overdue
 * first, whether or not their action is. A step with no status of its own takes its
 * action's. Plans such as West Norfolk's give each lettered step its own target.
 *
 * @param input - A plan, or a list of its actions.
 * @param options - `asOf`, default today in Europe/London.
 * @throws RangeError for an option that is not one (a bad `asOf`, `rounding`, `decimals`...), naming the function, the option and what is allowed.
 * @throws PlanDataError for input that is not a plan or a list of actions, or a status or RAG rating it cannot read.
 * @category Statistics
 * @example
 * ```ts
 * import { overdueSteps } from "peer-challenge";
 * overdueSteps(westNorfolk, { asOf: "2024-06-26" }).map((o) => `${o.action.id}${o.step.id}`);
 * //=> ["2.1a", "2.1b", "2.4b"]
 * ```
 */
export function overdueSteps(input: PlanOrActions, options: AsOfOptions = {}): readonly OverdueStepOfAction[] {
  checkOptions("overdueSteps", options);
  const { actions, plan } = inputOf(input);
  const ctx = makeContext(actions, options, undefined, plan);
  const out: OverdueStepOfAction[] = [];
  for (const action of actions) {
    for (const s of stepsOverdue(action, classify(action, ctx).status, ctx)) out.push({ action, ...s });
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue);
}

/**
 * An action with no dated target, and why.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { ActionWithoutTarget } from "peer-challenge";
 * const entry: ActionWithoutTarget = { action: { id: "21.4", recommendation: "R21", title: "Update the council website" }, reason: "missing" };
 * ```
 */
export interface ActionWithoutTarget {
  /** The action. */
  readonly action: Action;
  /** `missing` (no timescale), `ongoing`, `recurring`, `status` (a status word in the timescale) or `unknown` (unreadable). */
  readonly reason: NoTargetReason;
  /** What the timescale said, when it said anything. */
  readonly timescale?: Timescale;
}

/**
 * The actions with no due date: never overdue, but listed so they are not lost.
 * Cancelled and complete actions are left out.
 *
 * @param input - A plan, or a list of its actions.
 * @throws PlanDataError for input that is not a plan or a list of actions, or a status or RAG rating it cannot read.
 * @category Statistics
 * @example
 * ```ts
 * import { actionsWithoutTarget } from "peer-challenge";
 * actionsWithoutTarget(kingston).filter((e) => e.reason === "missing").map((e) => e.action.id);
 * //=> ["9", "21.4"]
 * ```
 */
export function actionsWithoutTarget(input: PlanOrActions): readonly ActionWithoutTarget[] {
  const { actions, plan } = inputOf(input);
  // Status and target do not depend on the day: no date is needed.
  const ctx = readingContext(actions, plan);
  const out: ActionWithoutTarget[] = [];
  for (const action of actions) {
    const status = statusFacts(action, ctx).status;
    if (status === "cancelled" || status === "complete") continue;
    const none = noTarget(action, ctx);
    if (none !== undefined) out.push({ action, ...none });
  }
  return out;
}
