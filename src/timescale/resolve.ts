/**
 * Placing date expressions in years. Dates are numbers while they are worked on
 * (2024-03-31 is 20240331, which orders as the dates do), and become text only in the
 * result. No local time is involved: day arithmetic uses day counts from a fixed epoch.
 */
import { dayNumber, daysInMonth, formatDate, fromDayNumber, type CalendarDate } from "../dates.js";

import { HYPHEN, SYMBOL_TOKEN, WORD_TOKEN, type DateExpr, type Scanner } from "./scanner.js";
import { classOf, RANGE } from "./words.js";

const yearOf = (n: number): number => Math.floor(n / 10000);
const monthOf = (n: number): number => Math.floor(n / 100) % 100;
const dayOf = (n: number): number => n % 100;

/** Adds days to a date written as a number. */
export function addDays(n: number, days: number): number {
  return fromDayNumber(dayNumber(yearOf(n), monthOf(n), dayOf(n)) + days);
}

/** The weekday of a date written as a number: 0 Sunday to 6 Saturday. */
export function weekdayOf(n: number): number {
  return (((dayNumber(yearOf(n), monthOf(n), dayOf(n)) + 4) % 7) + 7) % 7;
}

/**
 * A period as numbers (20240331), with the precision of the expression that ends it and,
 * when a group's years were worked out, the year of each of its expressions (by index into
 * the expressions; undefined when each states its own).
 */
export class Period {
  constructor(
    readonly start: number,
    readonly due: number,
    readonly precision: number,
    readonly years: readonly number[] | undefined,
  ) {}
}

/** The period `e` names in `year`, or undefined when there is no such day (30 February). */
export function periodIn(e: DateExpr, year: number): Period | undefined {
  const sy = year + e.startYear;
  const ey = year + e.endYear;
  const lastDay = daysInMonth(ey, e.endMonth);
  const endDay = e.endDay === 0 ? lastDay : e.endDay;
  if (e.startDay < 1 || e.startDay > daysInMonth(sy, e.startMonth) || endDay < 1 || endDay > lastDay) return undefined;
  let start = sy * 10000 + e.startMonth * 100 + e.startDay;
  let due = ey * 10000 + e.endMonth * 100 + endDay;
  if (e.startPlusDays !== 0) start = addDays(start, e.startPlusDays);
  if (e.endPlusDays !== 0) due = addDays(due, e.endPlusDays);
  return new Period(start, due, e.precision, undefined);
}

/** A date written as a number, from `YYYY-MM-DD` (assumed well formed). */
export function dateNumber(date: string): number {
  return Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

/** Adds whole months to a date written as a number, keeping to the end of a shorter month. */
export function addMonths(n: number, months: number): number {
  const total = yearOf(n) * 12 + monthOf(n) - 1 + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return y * 10000 + m * 100 + Math.min(dayOf(n), daysInMonth(y, m));
}

// Dates in 1900-2199 are formatted once and kept (up to 125,000 short strings), a year's
// table made when a date of that year is first formatted: one table of 124,800 slots made
// at the first date was 1 MB, whose copy by the garbage collector cost about 4 ms of a
// 100 ms `cpc validate`.
const CACHE_FROM = 19000000;
const CACHE_TO = 22000000;
let dateTextCache: ((string | undefined)[] | undefined)[] | undefined;

/** `YYYY-MM-DD` for a date written as a number. */
export function dateText(n: number): CalendarDate {
  const y = yearOf(n);
  const m = monthOf(n);
  const d = dayOf(n);
  // Stryker disable next-line all: cached or not, the text is the same (the cache only saves making it again)
  if (n > CACHE_FROM && n < CACHE_TO) {
    const years = (dateTextCache ??= new Array<(string | undefined)[] | undefined>(300));
    const year = (years[y - 1900] ??= new Array<string | undefined>(416));
    const slot = m * 32 + d;
    return year[slot] ?? (year[slot] = formatDate(y, m, d));
  }
  return formatDate(y, m, d);
}

/** Why a group has no period: no year to place it, a day that does not exist, or a range that runs backwards. */
export type Unresolved = "no-year" | "no-such-day" | "backwards";

/** Whether the tokens between two expressions make a range ("-", "to", "until"), not alternatives ("/", "or"). */
function isRange(s: Scanner, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (s.kind[k] === SYMBOL_TOKEN && s.code[k] === HYPHEN) return true;
    if (s.kind[k] === WORD_TOKEN && classOf(s.code[k]!) === RANGE) return true;
  }
  return false;
}

/**
 * Resolves the years of the expressions `exprs[first, last)`, joined into a range or
 * alternatives ("April-Sept 2024", "February/March 2024"), and returns the whole group's
 * period: the earliest start and the latest end, with the precision of the expression that
 * ends last and the year found for each expression. A year written once serves the whole
 * group; with no year anywhere, the group is placed by `reference` (the first such period
 * ending on or after it). Returns why there is no period when there is none.
 */
export function resolveGroup(s: Scanner, exprs: readonly DateExpr[], first: number, last: number, reference: number | undefined): Period | Unresolved {
  const only = exprs[first]!;
  // The common case: one expression with its own year ("March 2024"). The general path below gives the same.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: a fast path; the general path reads the same
  if (last - first === 1 && only.year !== undefined) {
    return periodIn(only, only.year) ?? "no-such-day";
  }
  const years: number[] = [];
  for (let k = first; k < last; k++) years[k] = exprs[k]!.year ?? -1;
  fillYears(exprs, first, last, years);
  let missing = false;
  for (let k = first; k < last; k++) if (years[k]! < 0) missing = true;
  if (missing) {
    if (reference === undefined) return "no-year";
    // No year anywhere: the first occurrence of the last date whose end is on or after the reference date.
    const refYear = yearOf(reference);
    let chosen = -1;
    for (let y = refYear - 1; y <= refYear + 2 && chosen < 0; y++) {
      const p = periodIn(exprs[last - 1]!, y);
      if (p !== undefined && p.due >= reference) chosen = y;
    }
    if (chosen < 0) return "no-such-day";
    for (let k = first; k < last; k++) years[k] = exprs[k]!.year ?? -1;
    years[last - 1] = chosen;
    fillYears(exprs, first, last, years);
  }
  // Ranges and alternatives both take the earliest start and the latest end.
  let start = 0;
  let due = 0;
  let precision = 0;
  let previousStart = 0;
  for (let k = first; k < last; k++) {
    const p = periodIn(exprs[k]!, years[k]!);
    if (p === undefined) return "no-such-day";
    // "Dec 2025 - Jun 2025", "Q1 2025/26 - Q4 2024/25": a range whose end is before its start.
    if (k > first && p.due < previousStart && isRange(s, exprs[k - 1]!.to, exprs[k]!.from)) return "backwards";
    previousStart = p.start;
    if (k === first || p.start < start) start = p.start;
    if (k === first || p.due >= due) {
      due = p.due;
      precision = p.precision;
    }
  }
  return new Period(start, due, precision, years);
}

/** A year written once serves the whole group: "April-Sept 2024", "Nov-Feb 2025". */
function fillYears(exprs: readonly DateExpr[], first: number, last: number, years: number[]): void {
  for (let k = last - 1; k >= first; k--) {
    if (years[k]! >= 0) continue;
    let anchor = -1;
    for (let j = k + 1; j < last && anchor < 0; j++) if (years[j]! >= 0) anchor = j;
    for (let j = k - 1; j >= first && anchor < 0; j--) if (years[j]! >= 0) anchor = j;
    if (anchor < 0) continue;
    const ay = years[anchor]!;
    let y = ay;
    const anchorPeriod = periodIn(exprs[anchor]!, ay);
    if (anchorPeriod !== undefined) {
      const anchorStart = anchorPeriod.start;
      // "Nov-Feb 2025" starts in November 2024; "March 2024 - February" ends in February 2025.
      const p = periodIn(exprs[k]!, ay);
      if (p !== undefined) {
        if (k < anchor && p.start > anchorStart) y = ay - 1;
        // "January 2026 - year end": the first year end on or after January 2026 is 31 March 2026, of the financial
        // year that started the year before.
        if (k > anchor) y = p.due < anchorStart ? ay + 1 : (periodIn(exprs[k]!, ay - 1)?.due ?? -1) >= anchorStart ? ay - 1 : ay;
      }
    }
    years[k] = y;
  }
}
