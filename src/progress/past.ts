/**
 * Reading an action's history: what a field was on a date, and the target it was first
 * given. No Immer here, so that the reports and the command line read history without
 * loading what writes it.
 *
 * @module
 */
import { longDate, type CalendarDate } from "../dates.js";
import type { Action, Update } from "../model/types.js";
import { dueDate, type DueDateOptions } from "../timescale/due.js";

/** The fields an update can change, which the history can undo. */
export type Tracked = "status" | "rag" | "timescale" | "due" | "owners";
/** The same, as a list, in the order the file format gives them. */
// Stryker disable next-line all: top-level, never reloaded for a mutant; without "due", test/reschedule.test.ts's property failed
export const TRACKED: readonly Tracked[] = ["status", "rag", "timescale", "due", "owners"];

/** Whether an update changed a field: it sets it, or says what it replaced. */
function touches(u: Update, key: Tracked): boolean {
  return u[key] !== undefined || u.previous?.[key] !== undefined;
}

/** The value of a field as of a date, undoing the updates made after it. */
export function fieldAsOf<K extends Tracked>(action: Action, key: K, date: CalendarDate): Action[K] {
  const updates = action.updates ?? [];
  const firstLater = updates.find((u) => u.date > date && touches(u, key));
  if (!firstLater) return action[key];
  if (firstLater.previous) return firstLater.previous[key] as Action[K];
  // Updates written by hand may not say what they replaced: take the latest earlier one.
  for (let i = updates.length - 1; i >= 0; i--) {
    const u = updates[i]!;
    if (u.date <= date && u[key] !== undefined) return u[key] as Action[K];
  }
  return undefined;
}

/**
 * The action as it was before any update: its first target and owners, and the status
 * and RAG it was published with.
 */
function asPublished(action: Action): Action {
  if (!action.updates?.length) return action;
  const first: Record<string, unknown> = { ...action };
  for (const key of TRACKED) {
    const value = fieldAsOf(action, key, "0000-01-01");
    if (value === undefined) Reflect.deleteProperty(first, key);
    else first[key] = value;
  }
  delete first["updates"];
  return first as unknown as Action;
}

/**
 * The date an action was first due, before any change of target {@link rescheduleAction}
 * recorded; the same as {@link dueDate} for an action never rescheduled. Reports show it
 * beside a moved target ("was June 2025").
 *
 * @param action - The action, with its updates.
 * @param options - Passed to {@link parseTimescale}.
 * @returns `YYYY-MM-DD`, or `undefined` when the first target had no date.
 * @category Progress review
 * @example
 * ```ts
 * import { originalDue } from "peer-challenge";
 * originalDue({ id: "16", recommendation: "R16", title: "Review the constitution", timescale: "December 2019",
 *   updates: [{ date: "2019-07-15", timescale: "December 2019", previous: { timescale: "June 2019" } }] });
 * //=> "2019-06-30"
 * ```
 */
export function originalDue(action: Action, options: DueDateOptions = {}): CalendarDate | undefined {
  return dueDate(asPublished(action), options);
}

/**
 * The target an action was first given, as published (its timescale, or its due date),
 * when a later update moved it; `undefined` when it was never moved.
 *
 * @internal
 */
export function firstTarget(action: Action): { readonly timescale?: string | undefined; readonly due?: string | undefined } | undefined {
  if (!action.updates?.some((u) => touches(u, "timescale") || touches(u, "due"))) return undefined;
  const first = asPublished(action);
  return { timescale: first.timescale, due: first.due };
}

/**
 * What a moved target was, in the reports' words: "was Feb 2019" (the first timescale,
 * where the text itself changed), else "was due 30 April 2019", or "had no target";
 * `undefined` if the target never moved.
 *
 * @internal
 */
export function wasText(action: Action, options: DueDateOptions = {}): string | undefined {
  const first = firstTarget(action);
  if (first === undefined) return undefined;
  if (first.due === undefined && first.timescale !== undefined && first.timescale !== action.timescale) return `was ${first.timescale}`;
  const due = originalDue(action, options);
  return due !== undefined ? `was due ${longDate(due)}` : "had no target";
}
