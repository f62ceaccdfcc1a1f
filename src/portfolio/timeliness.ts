/**
 * The CPC calendar's first promise, checked: a council publishes its action plan within
 * 3 months of the peer challenge, 5 at the latest. Dates given only as a month are
 * spans, and a check that falls inside a span is "not known", never guessed.
 */
import { daysBetween, isCalendarDate, lastDayOfMonth, monthStart, type CalendarDate } from "../dates.js";
import type { ActionPlan } from "../model/types.js";
import { cpcCalendar } from "../progress/calendar.js";

/**
 * Whether a plan was published on the CPC calendar's time.
 *
 * @category Portfolio
 * @example
 * ```ts
 * import { portfolioSummary, type PublicationTimeliness } from "peer-challenge";
 * const t: PublicationTimeliness = portfolioSummary([westNorfolk], { asOf: "2024-06-26" }).plans[0]!.timeliness;
 * [t.within3Months, t.within5Months];
 * //=> [false, true] (CPC October 2023, plan February 2024)
 * ```
 */
export interface PublicationTimeliness {
  /** The CPC date the calendar counts from: its last day where the plan gives one, else its first (a month: its span). */
  readonly from?: string | undefined;
  /** The plan was due 3 months after the CPC: `YYYY-MM-DD` (for a CPC known by its month, 3 months after that month's end). */
  readonly actionPlanDue?: CalendarDate | undefined;
  /** ... and 5 months after at the latest. */
  readonly actionPlanLatest?: CalendarDate | undefined;
  /** Published within 3 months of the CPC; `undefined` when that is not known (see `unknown`). */
  readonly within3Months: boolean | undefined;
  /** Published within 5 months of the CPC; `undefined` when that is not known. */
  readonly within5Months: boolean | undefined;
  /** Why the checks could not be made, where one could not: no CPC date, no publication date, or a month that straddles the limit. */
  readonly unknown?: string | undefined;
}

/** A `YYYY-MM-DD` day or a `YYYY-MM` month as its first and last days; undefined for anything else. */
function span(text: string | undefined): { readonly first: CalendarDate; readonly last: CalendarDate } | undefined {
  if (text === undefined) return undefined;
  if (isCalendarDate(text)) return { first: text, last: text };
  if (/^\d{4}-(?:0[1-9]|1[0-2])$/.test(text)) return { first: monthStart(text), last: lastDayOfMonth(text) };
  return undefined;
}

/** The CPC date the calendar counts from: its last day where given, else its first. */
export function cpcFrom(plan: ActionPlan): string | undefined {
  const pc = plan.peerChallenge;
  return span(pc?.end) !== undefined ? pc?.end : span(pc?.start) !== undefined ? pc?.start : undefined;
}

/**
 * Whole days from the CPC (its last day, else its first) to the plan's publication, when
 * both are whole dates; `undefined` otherwise.
 */
export function daysToPublish(plan: ActionPlan): number | undefined {
  const from = cpcFrom(plan);
  const to = plan.publishedOn;
  return from !== undefined && isCalendarDate(from) && to !== undefined && isCalendarDate(to) ? daysBetween(from, to) : undefined;
}

/** Met for certain, missed for certain, or not known, for a publication span and a limit that is itself a span. */
function met(published: { first: string; last: string }, limit: { first: string; last: string }): boolean | undefined {
  if (published.last <= limit.first) return true;
  if (published.first > limit.last) return false;
  return undefined;
}

/** How the plan's publication stands against the CPC calendar. */
export function publicationTimeliness(plan: ActionPlan): PublicationTimeliness {
  const from = cpcFrom(plan);
  const cpc = span(from);
  if (from === undefined || cpc === undefined) return { within3Months: undefined, within5Months: undefined, unknown: "the plan gives no CPC date" };
  // A month counts from any of its days: the limit is a span from the first day's to the last day's.
  const early = cpcCalendar(cpc.first);
  const late = cpcCalendar(from);
  const dates = { from, actionPlanDue: late.actionPlanDue, actionPlanLatest: late.actionPlanLatest };
  const published = span(plan.publishedOn);
  if (published === undefined) return { ...dates, within3Months: undefined, within5Months: undefined, unknown: "the plan gives no publication date" };
  const within3Months = met(published, { first: early.actionPlanDue, last: late.actionPlanDue });
  const within5Months = met(published, { first: early.actionPlanLatest, last: late.actionPlanLatest });
  const unknown =
    within3Months === undefined || within5Months === undefined
      ? `the CPC (${from}) or the publication (${plan.publishedOn ?? ""}) is known only by its month, which straddles the ${within3Months === undefined ? "3" : "5"}-month limit`
      : undefined;
  return { ...dates, within3Months, within5Months, ...(unknown !== undefined ? { unknown } : {}) };
}
