import { addCalendarMonths, endOfMonth, isCalendarDate, type CalendarDate } from "../dates.js";

/**
 * The LGA's timetable after a CPC, worked out from the date it began.
 *
 * @category Progress review
 * @example
 * ```ts
 * import { cpcCalendar, type CpcCalendar } from "peer-challenge";
 * const c: CpcCalendar = cpcCalendar("2023-10");
 * c.progressReview;
 * //=> "2024-08-31"
 * ```
 */
export interface CpcCalendar {
  /** The date the timetable counts from: the CPC's start (for a month, its last day). */
  readonly from: CalendarDate;
  /** Report and action plan published: within 3 months of the CPC. */
  readonly actionPlanDue: CalendarDate;
  /** ... and at the latest within 5 months. */
  readonly actionPlanLatest: CalendarDate;
  /** The progress review: about 10 months after the CPC. */
  readonly progressReview: CalendarDate;
  /** Its report: published within 12 months of the CPC. */
  readonly progressReviewReportDue: CalendarDate;
  /** The next CPC: within 5 years. */
  readonly nextCpcDue: CalendarDate;
}

/**
 * The CPC calendar from the date a CPC began: action plan due (+3 months, +5 at the
 * latest), progress review (+10 months), its report (+12 months) and the next CPC
 * (+5 years).
 *
 * Sources: the LGA's CPC process as the product specification records it (report and
 * action plan within 3 months, 5 at the latest; progress review about 10 months after
 * the CPC, its report by month 12; a CPC at least every five years). The seeds bear it
 * out: West Norfolk's review (seed 002) took place "approximately ten months after the
 * CPC" (October 2023 to June 2024), and Kingston's report (seed 000, January 2019)
 * anticipated its next CPC "by 2024".
 *
 * Months are added as calendar months and clamp to the end of a shorter month: a CPC on
 * 31 May has its plan due on 31 August; one on 30 November, on 28 (or 29) February. A
 * CPC known only by its month ("2023-10") counts from the last day of that month.
 *
 * @param cpcStart - `YYYY-MM-DD`, or `YYYY-MM`.
 * @returns The dates, `YYYY-MM-DD`.
 * @throws RangeError when `cpcStart` is not a date or a month, or is so late (after 9994)
 *   that the next CPC would fall after 9999-12-31.
 * @category Progress review
 * @example
 * ```ts
 * import { cpcCalendar } from "peer-challenge";
 * cpcCalendar("2019-01-07");
 * //=> { from: "2019-01-07", actionPlanDue: "2019-04-07", actionPlanLatest: "2019-06-07",
 * //     progressReview: "2019-11-07", progressReviewReportDue: "2020-01-07", nextCpcDue: "2024-01-07" }
 * ```
 */
export function cpcCalendar(cpcStart: string): CpcCalendar {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(cpcStart);
  const from = month ? endOfMonth(Number(month[1]), Number(month[2])) : cpcStart;
  if (!isCalendarDate(from)) throw new RangeError(`cpcCalendar: ${JSON.stringify(cpcStart)} is not a date (YYYY-MM-DD) or a month (YYYY-MM)`);
  if (Number(from.slice(0, 4)) > 9994)
    throw new RangeError(`cpcCalendar: ${JSON.stringify(cpcStart)} is too late: the next CPC, five years on, would be after 9999-12-31`);
  // A month-end start keeps to month ends: October 31 + 3 months is January 31.
  const add = (months: number) => {
    const d = addCalendarMonths(from, months);
    return month ? endOfMonth(Number(d.slice(0, 4)), Number(d.slice(5, 7))) : d;
  };
  return {
    from,
    actionPlanDue: add(3),
    actionPlanLatest: add(5),
    progressReview: add(10),
    progressReviewReportDue: add(12),
    nextCpcDue: add(60),
  };
}
