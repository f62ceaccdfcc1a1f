/**
 * Calendar dates as `YYYY-MM-DD` strings. Arithmetic goes through date-fns on
 * Date objects set to local noon, a time every zone has on every day, so results
 * never depend on the machine's time zone or its clock changes.
 *
 * @module
 */
// Per-function entry points: the package root would load all of date-fns.
import { addMonths } from "date-fns/addMonths";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";

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

function toNoon(date: CalendarDate): Date {
  const p = parseDate(date);
  if (!p) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  return new Date(p.year, p.month - 1, p.day, 12);
}

function fromLocal(d: Date): CalendarDate {
  return formatDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** The last day of a month, `YYYY-MM-DD`. */
export function endOfMonth(year: number, month: number): CalendarDate {
  return formatDate(year, month, daysInMonth(year, month));
}

/**
 * Adds whole months, clamping to the end of a shorter month (31 May + 3 months = 31 August;
 * 30 November + 3 months = 28 or 29 February).
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  return fromLocal(addMonths(toNoon(date), months));
}

/** Adds whole days (negative to go back). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const d = toNoon(date);
  d.setDate(d.getDate() + days);
  return fromLocal(d);
}

/** Whole calendar days from `earlier` to `later` (negative when `later` is earlier). */
export function daysBetween(earlier: CalendarDate, later: CalendarDate): number {
  return differenceInCalendarDays(toNoon(later), toNoon(earlier));
}

/** Expands `YYYY-MM` to the first day of that month; returns a full date unchanged. */
export function monthStart(date: string): CalendarDate {
  return date.length === 7 ? `${date}-01` : date;
}

const LONDON = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

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
  const parts = LONDON.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
