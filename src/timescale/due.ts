import { dateOrMonthStart, type CalendarDate } from "../dates.js";
import type { Action, Step } from "../model/types.js";
import { parseTimescale } from "./parse.js";
import type { DateTimescale, MilestonesTimescale, ParseTimescaleOptions, Timescale } from "./types.js";

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

/**
 * The dates a plan gives for reading its own targets: a text with no year ("March") is
 * placed by when the plan was published (or, if it does not say, when the peer challenge
 * began), and a target counted from the CPC ("within three months of the CPC") by the
 * CPC's start. Every statistic over a plan, and `validatePlan`, reads targets this way.
 *
 * @param plan - A plan, or anything with its `publishedOn` and `peerChallenge.start`.
 * @returns Options for {@link parseTimescale}: the dates that are given and valid.
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale, timescaleOptionsOf } from "peer-challenge";
 * const options = timescaleOptionsOf({ publishedOn: "2024-02", peerChallenge: { start: "2023-10-16" } });
 * //=> { reference: "2024-02-01", cpcStart: "2023-10-16" }
 * parseTimescale("March", options);
 * //=> { kind: "date", text: "March", start: "2024-03-01", due: "2024-03-31", precision: "month", yearFromReference: true }
 * ```
 */
export function timescaleOptionsOf(plan: PlanDates): Pick<ParseTimescaleOptions, "reference" | "cpcStart"> {
  const published = dateOrMonthStart(plan.publishedOn);
  const cpc = dateOrMonthStart(plan.peerChallenge?.start);
  const reference = published ?? cpc;
  if (reference === undefined) return {};
  return cpc === undefined ? { reference } : { reference, cpcStart: cpc };
}

/**
 * The dates of a plan that {@link timescaleOptionsOf} reads.
 *
 * @category Timescales
 * @example
 * ```ts
 * import type { PlanDates } from "peer-challenge";
 * const dates: PlanDates = { publishedOn: "2024-02", peerChallenge: { start: "2023-10-16" } };
 * ```
 */
export interface PlanDates {
  /** When the plan was published: `YYYY-MM-DD` or `YYYY-MM`. */
  readonly publishedOn?: string | undefined;
  /** When the peer challenge was on site. */
  readonly peerChallenge?:
    | {
        /** When the peer challenge began: `YYYY-MM-DD` or `YYYY-MM`. */
        readonly start?: string | undefined;
      }
    | undefined;
}

/** Whether a timescale gives a date (a date or milestones): the one place "has a dated target" is written. */
export function isDated(t: Timescale | undefined): t is DateTimescale | MilestonesTimescale {
  return t !== undefined && (t.kind === "date" || t.kind === "milestones");
}

/** The due date a timescale gives, if it gives one. */
export function timescaleDue(t: Timescale): CalendarDate | undefined {
  // Stryker disable next-line ConditionalExpression: only dated kinds have a due date; the check keeps the types honest
  return isDated(t) ? t.due : undefined;
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

/**
 * The date a step is due: its own `due` or timescale, otherwise the milestone its letter
 * names in the action's timescale ("a. July 2025 b. October 2025" dates steps a and b).
 *
 * @param action - The action the step belongs to.
 * @param step - The step.
 * @param options - Passed to {@link parseTimescale}.
 * @returns `YYYY-MM-DD`, or `undefined` when there is no dated target.
 * @category Timescales
 * @example
 * ```ts
 * import { stepDueDate } from "peer-challenge";
 * const action = { id: "3.1", recommendation: "R3", title: "Refresh the strategy", timescale: "a. July 2025 b. October 2025",
 *   steps: [{ id: "a", text: "Consult" }, { id: "b", text: "Adopt" }] };
 * stepDueDate(action, action.steps[1]!);
 * //=> "2025-10-31"
 * ```
 */
export function stepDueDate(action: Action, step: Step, options: DueDateOptions = {}): CalendarDate | undefined {
  return stepDueDateWith(action, step, (text) => parseTimescale(text, options));
}

/** {@link stepDueDate} with a caller-supplied (typically memoised) timescale reader. */
export function stepDueDateWith(action: Action, step: Step, read: (text: string) => Timescale): CalendarDate | undefined {
  const own = dueDateWith(step, read);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a step with a date of its own has a due date or a timescale, so the first two tests only repeat the third; the last keeps the types honest
  if (own !== undefined || step.due !== undefined || step.timescale !== undefined || action.timescale === undefined) return own;
  const t = read(action.timescale);
  if (t.kind !== "milestones") return undefined;
  // Stryker disable Regex: a milestone's step is one letter, so ids the anchors would treat differently ("a(b", "a.b") match none either way
  const letter = step.id
    .trim()
    .replace(/^\(|[.)]$/g, "")
    .toLowerCase();
  // Stryker restore Regex
  for (const m of t.milestones) if (m.step === letter) return m.due;
  return undefined;
}

/** {@link dueDate} with a caller-supplied (typically memoised) timescale reader. */
export function dueDateWith(item: Action | Step, read: (text: string) => Timescale): CalendarDate | undefined {
  if (item.due !== undefined) return item.due;
  // Stryker disable next-line ConditionalExpression: reading an absent timescale gives no date, as skipping it does; the test keeps the types honest
  if (item.timescale !== undefined) {
    const due = timescaleDue(read(item.timescale));
    if (due !== undefined) return due;
  }
  if (isAction(item) && item.steps) {
    let latest: CalendarDate | undefined;
    for (const step of item.steps) {
      const d = dueDateWith(step, read);
      // Stryker disable next-line EqualityOperator: taking an equal date again changes nothing
      if (d !== undefined && (latest === undefined || d > latest)) latest = d;
    }
    return latest;
  }
  return undefined;
}
