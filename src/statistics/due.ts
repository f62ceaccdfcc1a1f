/**
 * What is due next, and each owner's list: what reminder emails are made of.
 *
 * @module
 */
import { addCalendarDays, daysBetween, todayInLondon, type CalendarDate } from "../dates.js";
import type { Action, Step } from "../model/types.js";
import type { Status } from "../model/vocabulary.js";
import { checkOptions } from "./check.js";
import { classify, isOpen } from "../facts/action.js";
import { stepFacts } from "../facts/step.js";
import { makeContext, type Context } from "../facts/context.js";
import { inputOf, type PlanOrActions } from "./input.js";
import type { AsOfOptions } from "./options.js";
import { overdueActions, overdueSteps } from "./overdue.js";

/**
 * Options for {@link dueSoon} and {@link remindersByOwner}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { DueSoonOptions } from "peer-challenge";
 * const options: DueSoonOptions = { asOf: "2024-06-26", withinDays: 14 };
 * ```
 */
export interface DueSoonOptions extends AsOfOptions {
  /** How far ahead to look, in days from `asOf` (0 to 3,660). Default 30, as the RAG rule's "due soon". */
  readonly withinDays?: number | undefined;
}

/**
 * An action or a step that falls due soon.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { dueSoon, type DueSoonItem } from "peer-challenge";
 * const items: readonly DueSoonItem[] = dueSoon(westNorfolk, { asOf: "2024-06-26" });
 * items[0]?.daysLeft;
 * ```
 */
export interface DueSoonItem {
  /** The action (or the action the step belongs to). */
  readonly action: Action;
  /** The step, when it is a step that falls due. */
  readonly step?: Step | undefined;
  /** When, `YYYY-MM-DD`. */
  readonly due: CalendarDate;
  /** Whole days from `asOf` to the due date: 0 when it is due that day. */
  readonly daysLeft: number;
}

/** The items of one action that fall due between the context's date and `until`. */
function itemsOf(action: Action, ctx: Context, until: CalendarDate, out: DueSoonItem[]): void {
  const f = classify(action, ctx);
  const within = (due: CalendarDate | undefined, status: Status, continuing: boolean): due is CalendarDate =>
    due !== undefined && due >= ctx.asOf && due <= until && isOpen(status, continuing);
  if (within(f.due, f.status, f.continuing)) out.push({ action, due: f.due, daysLeft: daysBetween(ctx.asOf, f.due) });
  for (const step of action.steps ?? []) {
    const { due, status, continuing } = stepFacts(action, step, f.status, ctx);
    if (within(due, status, continuing)) out.push({ action, step, due, daysLeft: daysBetween(ctx.asOf, due) });
  }
}

/**
 * The actions and steps that fall due within a number of days and are not done: a due
 * date from `asOf` to `asOf + withinDays` (both days included), and a status that is not
 * complete, ongoing or cancelled (a step with no status of its own takes its action's;
 * "X and ongoing" only while not started, as the overdue rule reads it). Soonest first;
 * ties keep plan order, an action before its steps.
 *
 * @param input - A plan, or a list of its actions.
 * @param options - `asOf` (default today in Europe/London) and `withinDays` (default 30).
 * @returns The items, soonest first, with the days left.
 * @throws RangeError for an option that is not one, naming the function, the option and what is allowed.
 * @throws PlanDataError for input that is not a plan or a list of actions, or a status or RAG rating it cannot read.
 * @category Statistics
 * @example
 * ```ts
 * import { dueSoon } from "peer-challenge";
 * dueSoon(kingston, { asOf: "2019-06-15", withinDays: 30 }).map((d) => [d.action.id, d.due, d.daysLeft]);
 * //=> [["8.2", "2019-06-30", 15]]
 * ```
 */
export function dueSoon(input: PlanOrActions, options: DueSoonOptions = {}): readonly DueSoonItem[] {
  checkOptions("dueSoon", options);
  const { actions, plan } = inputOf(input);
  const ctx = makeContext(actions, options, undefined, plan);
  const until = addCalendarDays(ctx.asOf, options.withinDays ?? 30);
  const out: DueSoonItem[] = [];
  for (const action of actions) itemsOf(action, ctx, until, out);
  // A stable sort: ties keep the order they were found in.
  return out.sort((a, b) => a.daysLeft - b.daysLeft);
}

/**
 * What one owner has overdue and falling due: a reminder's content.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { remindersByOwner, type OwnerReminder } from "peer-challenge";
 * const list: readonly OwnerReminder[] = remindersByOwner(kingston, { asOf: "2019-06-30" });
 * list[0]?.owner;
 * //=> "Stephen Evans"
 * ```
 */
export interface OwnerReminder {
  /** The owner's name as the plan gives it (trimmed), or `""` for actions with no owner. */
  readonly owner: string;
  /** The owner's name, or "No owner". */
  readonly title: string;
  /** Overdue actions and steps, most overdue first. */
  readonly overdue: readonly OverdueItem[];
  /** Actions and steps falling due within the window, soonest first. */
  readonly dueSoon: readonly DueSoonItem[];
}

/**
 * An overdue action or step, in an owner's reminder.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { OverdueItem } from "peer-challenge";
 * const item: OverdueItem = { action: { id: "16", recommendation: "R16", title: "Pilot a casework system" }, due: "2019-02-28", daysOverdue: 122 };
 * ```
 */
export interface OverdueItem {
  /** The action (or the action the step belongs to). */
  readonly action: Action;
  /** The step, when it is a step that is overdue. */
  readonly step?: Step | undefined;
  /** When it was due, `YYYY-MM-DD`. */
  readonly due: CalendarDate;
  /** Whole days from the due date to `asOf`. */
  readonly daysOverdue: number;
}

/**
 * For each owner, what is overdue and what falls due soon, with days: what an app sends
 * as reminders (sending them is the app's job). An action with several owners is in each
 * one's list; actions with no owner are under `""` ("No owner"). Owners in plan order;
 * owners with nothing overdue or due are left out.
 *
 * @param input - A plan, or a list of its actions.
 * @param options - `asOf` (default today in Europe/London) and `withinDays` (default 30).
 * @returns One entry per owner with anything overdue or due soon.
 * @throws RangeError for an option that is not one, naming the function, the option and what is allowed.
 * @throws PlanDataError for input that is not a plan or a list of actions, or a status or RAG rating it cannot read.
 * @category Statistics
 * @example
 * ```ts
 * import { remindersByOwner } from "peer-challenge";
 * remindersByOwner(kingston, { asOf: "2019-06-30" }).map((r) => [r.owner, r.overdue.length, r.dueSoon.length]);
 * ```
 */
export function remindersByOwner(input: PlanOrActions, options: DueSoonOptions = {}): readonly OwnerReminder[] {
  checkOptions("remindersByOwner", options);
  const { actions } = inputOf(input);
  // One date for the three lists, even across midnight.
  const { withinDays: _, ...rest } = options;
  const asOf = { ...rest, asOf: options.asOf ?? todayInLondon() };
  const late: OverdueItem[] = [
    ...overdueActions(input, asOf).map((o) => ({ action: o.action, due: o.due, daysOverdue: o.daysOverdue })),
    ...overdueSteps(input, asOf).map((o) => ({ action: o.action, step: o.step, due: o.due, daysOverdue: o.daysOverdue })),
  ].sort((a, b) => b.daysOverdue - a.daysOverdue);
  const soon = dueSoon(input, { ...options, asOf: asOf.asOf });
  // Owners in plan order, each name trimmed; "" for an action with none.
  const order = new Map<string, { overdue: OverdueItem[]; dueSoon: DueSoonItem[] }>();
  const ownersOf = (a: Action): string[] => {
    const names = [...new Set((a.owners ?? []).map((o) => o.trim()).filter((o) => o !== ""))];
    return names.length > 0 ? names : [""];
  };
  for (const a of actions) for (const o of ownersOf(a)) if (!order.has(o)) order.set(o, { overdue: [], dueSoon: [] });
  for (const item of late) for (const o of ownersOf(item.action)) order.get(o)!.overdue.push(item);
  for (const item of soon) for (const o of ownersOf(item.action)) order.get(o)!.dueSoon.push(item);
  const out: OwnerReminder[] = [];
  for (const [owner, lists] of order) {
    if (lists.overdue.length === 0 && lists.dueSoon.length === 0) continue;
    out.push({ owner, title: owner === "" ? "No owner" : owner, ...lists });
  }
  return out;
}
