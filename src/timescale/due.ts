import type { CalendarDate } from "../dates.js";
import type { Action, Step } from "../model/types.js";
import { parseTimescale } from "./parse.js";
import type { ParseTimescaleOptions, Timescale } from "./types.js";

/**
 * Options for {@link dueDate}: those of {@link parseTimescale}.
 *
 * @category Timescales
 * @example
 * ```ts
 * import { dueDate, type DueDateOptions } from "peer-challenge";
 * const options: DueDateOptions = { reference: "2024-02-01" };
 * dueDate({ id: "a", text: "Hold a staff session", timescale: "June" }, options);
 * //=> "2024-06-30"
 * ```
 */
export interface DueDateOptions extends ParseTimescaleOptions {}

/** The due date a timescale gives, if it gives one. */
export function timescaleDue(t: Timescale): CalendarDate | undefined {
  return t.kind === "date" || t.kind === "milestones" ? t.due : undefined;
}

function isAction(item: Action | Step): item is Action {
  return "recommendation" in item;
}

/**
 * The date an action or step is due: its explicit `due` if it has one, otherwise
 * the end of the period its timescale names. An action whose own timescale gives
 * no date but whose steps do is due when its last dated step is.
 *
 * @param item - An action or a step.
 * @param options - Passed to {@link parseTimescale}.
 * @returns `YYYY-MM-DD`, or `undefined` when there is no dated target.
 * @category Timescales
 * @example
 * ```ts
 * import { dueDate } from "peer-challenge";
 * dueDate({ id: "18.1", recommendation: "R18", title: "Create a learning and development programme", timescale: "Autumn 19" });
 * //=> "2019-11-30"
 * dueDate({ id: "1.1", recommendation: "R1", title: "Engagement Strategy", timescale: "Ongoing", due: "2024-10-31" });
 * //=> "2024-10-31"
 * ```
 */
export function dueDate(item: Action | Step, options: DueDateOptions = {}): CalendarDate | undefined {
  return dueDateWith(item, (text) => parseTimescale(text, options));
}

/** {@link dueDate} with a caller-supplied (typically memoised) timescale reader. */
export function dueDateWith(item: Action | Step, read: (text: string) => Timescale): CalendarDate | undefined {
  if (item.due !== undefined) return item.due;
  if (item.timescale !== undefined) {
    const due = timescaleDue(read(item.timescale));
    if (due !== undefined) return due;
  }
  if (isAction(item) && item.steps) {
    let latest: CalendarDate | undefined;
    for (const step of item.steps) {
      const d = dueDateWith(step, read);
      if (d !== undefined && (latest === undefined || d > latest)) latest = d;
    }
    return latest;
  }
  return undefined;
}
