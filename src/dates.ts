/**
 * Calendar dates as `YYYY-MM-DD` strings. Arithmetic counts days from a fixed epoch in
 * the proleptic Gregorian calendar and never makes a `Date`, so results are the same in
 * every time zone, including those that skipped a day (Pacific/Apia at 2011-12-30), and
 * for every year from 0000 to 9999.
 *
 * @module
 */

/**
 * A calendar date, `YYYY-MM-DD`, with no time and no zone.
 *
 * @category Dates
 * @example
 * ```ts
 * import type { CalendarDate } from "peer-challenge";
 * const cpcStart: CalendarDate = "2023-10-03";
 * ```
 */
export type CalendarDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the Gregorian calendar (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Formats a year, month (1-12) and day as `YYYY-MM-DD`. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, "0"));

export function formatDate(year: number, month: number, day: number): CalendarDate {
  const y = year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, "0");
  return `${y}-${TWO_DIGITS[month] ?? String(month).padStart(2, "0")}-${TWO_DIGITS[day] ?? String(day).padStart(2, "0")}`;
}

/** Splits a valid `YYYY-MM-DD` into numbers, or `undefined` when it is not a real date. */
export function parseDate(text: string): { year: number; month: number; day: number } | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Whether a string is a real calendar date in `YYYY-MM-DD` form.
 *
 * @category Dates
 * @example
 * ```ts
 * import { isCalendarDate } from "peer-challenge";
 * isCalendarDate("2024-02-29");
 * //=> true
 * isCalendarDate("2023-02-29");
 * //=> false
 * ```
 */
export function isCalendarDate(text: string): boolean {
  return parseDate(text) !== undefined;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (negative before). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date (as the number 20240331) a day number names. */
export function fromDayNumber(n: number): number {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return (era * 400 + yoe + (m <= 2 ? 1 : 0)) * 10000 + m * 100 + d;
}

function parts(date: CalendarDate): { year: number; month: number; day: number } {
  const p = parseDate(date);
  if (!p) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  return p;
}

/**
 * Thrown when date arithmetic would leave the years a `YYYY-MM-DD` text can hold (a plan
 * due 9999-12-31, or `--as-of 9999-12-31` and a window after it): a `RangeError`, which
 * the CLI reports as a problem of the dates given, not as its own failure.
 */
export class DateOutOfRange extends RangeError {}

/** A date from its parts, refusing a year a `YYYY-MM-DD` text cannot hold. */
function inRange(year: number, month: number, day: number): CalendarDate {
  if (year < 0 || year > 9999) throw new DateOutOfRange(`the date would be in the year ${year}, outside 0000-9999`);
  return formatDate(year, month, day);
}

/** The last day of a month, `YYYY-MM-DD`. */
export function endOfMonth(year: number, month: number): CalendarDate {
  return formatDate(year, month, daysInMonth(year, month));
}

/** The last day of the month of a `YYYY-MM` text. */
export function lastDayOfMonth(month: string): CalendarDate {
  return endOfMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
}

/**
 * Adds whole months, clamping to the end of a shorter month (31 May + 3 months = 31 August;
 * 30 November + 3 months = 28 or 29 February).
 *
 * @throws RangeError when `date` is not a date, or the result is outside 0000-9999.
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const p = parts(date);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return inRange(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/**
 * Adds whole days (negative to go back).
 *
 * @throws RangeError when `date` is not a date, or the result is outside 0000-9999.
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const p = parts(date);
  const n = fromDayNumber(dayNumber(p.year, p.month, p.day) + days);
  return inRange(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
}

/** Whole calendar days from `earlier` to `later` (negative when `later` is earlier). */
export function daysBetween(earlier: CalendarDate, later: CalendarDate): number {
  const a = parts(earlier);
  const b = parts(later);
  return dayNumber(b.year, b.month, b.day) - dayNumber(a.year, a.month, a.day);
}

/**
 * Expands `YYYY-MM` to the first day of that month; returns a full date unchanged: the one
 * place "a month given as a date means its first day" is written (a plan's publication and
 * its CPC's start may be either).
 */
export function monthStart(date: string): CalendarDate {
  return date.length === 7 ? `${date}-01` : date;
}

/** {@link monthStart} of a text that may be anything: the date, or `undefined` when it is no `YYYY-MM-DD` or `YYYY-MM`. */
export function dateOrMonthStart(text: unknown): CalendarDate | undefined {
  if (typeof text !== "string") return undefined;
  const date = monthStart(text);
  return isCalendarDate(date) ? date : undefined;
}

// Made on first use: loading a time zone costs a few milliseconds of start-up, which a
// run given its date (--as-of) need not pay.
let londonFormatCache: Intl.DateTimeFormat | undefined;

/**
 * Today's date in Europe/London, whatever the machine's time zone.
 *
 * @param now - The instant to read; default the current time.
 * @category Dates
 * @example
 * ```ts
 * import { todayInLondon } from "peer-challenge";
 * todayInLondon(new Date("2024-03-31T23:30:00Z"));
 * //=> "2024-04-01" (British Summer Time began that morning)
 * ```
 */
export function todayInLondon(now: Date = new Date()): CalendarDate {
  const parts = (londonFormatCache ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  })).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** The months' names, January first: the one list, for labels and the reports' dates. */
export const MONTH_NAMES: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "30 June 2019"; "October 2023" for a month. */
export function longDate(date: string): string {
  const [y, m, d] = date.split("-");
  const month = MONTH_NAMES[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
