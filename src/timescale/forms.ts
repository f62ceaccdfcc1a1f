/**
 * The grammar of timescales: one small recogniser per form, each beside the examples it
 * reads. A recogniser looks at the scanner's tokens from index `i`; when they spell its
 * form it adds a date expression to the scanner and returns the index of the token after
 * it; otherwise it returns 0. A recogniser that finds its form written impossibly
 * ("13/13/2024", "Q5 2024") records the problem on the scanner instead, which makes the
 * whole reading unknown.
 *
 * To add a form: write its recogniser, add it to {@link NUMBER_FORMS} or
 * {@link WORD_FORMS} with its examples, and add the examples to `docs/timescales.md`
 * and to the tests (test/timescale-forms.test.ts checks every example here is read).
 */
import {
  APOSTROPHE,
  COMMA,
  CURRENT,
  days,
  DOT,
  HYPHEN,
  months,
  NUMBER_TOKEN,
  P_DAY,
  P_FINANCIAL_YEAR,
  P_HALF,
  P_MONTH,
  P_PART,
  P_QUARTER,
  P_SEASON,
  P_TERM,
  P_WEEK,
  P_YEAR,
  Scanner,
  SLASH,
  SYMBOL_TOKEN,
  WORD_TOKEN,
  type DateExpr,
} from "./scanner.js";
import {
  ALTERNATIVE,
  ARTICLE,
  CALENDAR,
  COUNT,
  CPC,
  END_WORD,
  FINANCIAL,
  FY,
  H,
  HALF,
  IGNORABLE,
  LABEL_NOUN,
  MONTH,
  ORDINAL,
  ORDINAL_SUFFIX,
  PART,
  Q,
  QUARTER,
  RANGE,
  SEASON,
  START,
  UNIT,
  WEEK,
  WEEKDAY,
  WITHIN,
  YEAR,
  EARLY,
  MID,
  TERM,
  BEFORE,
  HOLIDAY,
} from "./words.js";

/** How a reading is asked to go. */
export interface FormOptions {
  /** Read a quarter with a single year ("Q1 2024") as a financial quarter. */
  readonly financialQuarters: boolean;
}

/** One form of writing a date (the texts each reads are test/timescale-forms.test.ts's, kept out of the bundles). */
export interface Form {
  /** The form's name, in the words of the docs table. */
  readonly name: string;
  /** Reads the form at token i; returns the token after it, or 0. */
  readonly read: (s: Scanner, i: number, o: FormOptions) => number;
}

const NONE = 0;
/** "(" */
const OPEN_BRACKET = 40;
/** ")" */
const CLOSE_BRACKET = 41;
export const MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// ---------------------------------------------------------------------------
// Pieces several forms share

/** Whether tokens i and i+1 touch (no space between): "Sep-24" but not "Phase 2 – June". */
function touching(s: Scanner, i: number): boolean {
  return i + 1 < s.count && s.end[i] === s.at[i + 1];
}

/**
 * A year at token i: four digits (1900-2199), two digits (20xx), or an apostrophe and two
 * digits ("'25"). Returns the year, or -1; {@link afterYear} is the token after it.
 */
export function yearAt(s: Scanner, i: number): number {
  if (s.isSymbol(i, APOSTROPHE) && s.isNumber(i + 1) && s.digits(i + 1) === 2) return 2000 + s.num(i + 1);
  if (!s.isNumber(i)) return -1;
  const d = s.digits(i);
  const n = s.num(i);
  if (d === 4 && n >= 1900 && n <= 2199) return n;
  if (d === 2) return 2000 + n;
  return -1;
}

/** The token after a year {@link yearAt} read at token i: "'25" is two tokens, any other year one. */
function afterYear(s: Scanner, i: number): number {
  return s.isSymbol(i, APOSTROPHE) ? i + 2 : i + 1;
}

/** The token after a financial year {@link financialYearAt} read at token i: it is always three ("2024/25", "2025 to 2026"). */
const afterFinancialYear = (i: number): number => i + 3;

/**
 * A financial year at token i: "2024/25", "2024-25", "2024/2025", "24/25", "1999/00",
 * "2008/9", "2025 to 2026"; with `shortHyphen`, also "24-25" (read only after "Q3" or
 * "FY", where nothing else is meant). Returns the year it starts in, or -1; {@link afterFinancialYear} is the token after it.
 */
export function financialYearAt(s: Scanner, i: number, shortHyphen: boolean): number {
  if (!s.isNumber(i) || !s.isNumber(i + 2)) return -1;
  // "2025 to 2026": the way GOV.UK style writes a financial year, as "2025-2026" is; "Winter 2021 to 22".
  if (
    s.classAt(i + 1) === RANGE &&
    s.digits(i) === 4 &&
    s.num(i) >= 1900 &&
    s.num(i) <= 2199 &&
    ((s.digits(i + 2) === 4 && s.num(i + 2) === s.num(i) + 1) || (s.digits(i + 2) === 2 && s.num(i + 2) === (s.num(i) + 1) % 100)) &&
    wordIs(s, i + 1, "to") &&
    !dayFollows(s, i + 2)
  ) {
    return s.num(i);
  }
  if (s.kind[i + 1] !== SYMBOL_TOKEN) return -1;
  const sep = s.code[i + 1];
  if (sep !== SLASH && sep !== HYPHEN) return -1;
  const d1 = s.digits(i);
  if (d1 === 2 && sep === HYPHEN && !shortHyphen) return -1;
  const n1 = s.num(i);
  const first = d1 === 4 && n1 >= 1900 && n1 <= 2199 ? n1 : d1 === 2 ? 2000 + n1 : -1;
  if (first < 0) return -1;
  const d2 = s.digits(i + 2);
  const n2 = s.num(i + 2);
  // The second year follows the first, across a century too ("1999/00"); "2008/9" drops its 0.
  const follows = d2 === 4 ? n2 === first + 1 : (d2 === 2 || (d2 === 1 && sep === SLASH)) && n2 === (first + 1) % 100;
  if (!follows || (s.isSymbol(i + 3, sep) && s.isNumber(i + 4)) || dayFollows(s, i + 2)) return -1;
  return first;
}

/**
 * Whether the two-digit number at token i starts a day ("2016 – 17 September 2013", "2011 to
 * 12/04/2007"), so that it cannot end a financial year.
 */
function dayFollows(s: Scanner, i: number): boolean {
  if (s.digits(i) !== 2) return false;
  if (s.classAt(i + 1) === MONTH || (s.classAt(i + 1) === ORDINAL_SUFFIX && s.classAt(i + 2) === MONTH)) return true;
  return (s.isSymbol(i + 1, SLASH) || s.isSymbol(i + 1, DOT)) && s.isNumber(i + 2);
}

/** A quarter number at token i ("3", "Three"): 1-4, 0 for none; an impossible one is a problem. */
function quarterNumberAt(s: Scanner, i: number): number {
  let n = -1;
  if (s.isNumber(i) && s.digits(i) <= 2) n = s.num(i);
  else if (s.classAt(i) === COUNT) n = s.valueAt(i);
  else if (s.classAt(i) === ORDINAL) n = s.valueAt(i);
  if (n < 0) return 0;
  if (n < 1 || n > 4) {
    s.fail(`there is no quarter ${n}: quarters run from Q1 to Q4`, "impossible", i + 1);
    return 0;
  }
  return n;
}

/** The period of quarter q: of the financial year starting in `year`, or of a calendar year. */
function quarter(q: number, financial: boolean, year: number | undefined, from: number, to: number): DateExpr {
  if (!financial) return months(q * 3 - 2, q * 3, P_QUARTER, year, from, to);
  // Financial quarters start in April; Q4 (January-March) falls in the next calendar year.
  const e = q < 4 ? months(q * 3 + 1, q * 3 + 3, P_QUARTER, year, from, to) : months(1, 3, P_QUARTER, year, from, to);
  if (q === 4) e.startYear = e.endYear = 1;
  e.financial = true;
  return e;
}

/** The period of half h (1 or 2): of the financial year starting in `year`, or of a calendar year. */
function half(h: number, financial: boolean, year: number | undefined, from: number, to: number): DateExpr {
  if (!financial) return months(h === 1 ? 1 : 7, h === 1 ? 6 : 12, P_HALF, year, from, to);
  const e = h === 1 ? months(4, 9, P_HALF, year, from, to) : months(10, 3, P_HALF, year, from, to);
  e.financial = true;
  return e;
}

/** The financial year starting in April of `year`. */
function financialYear(year: number | undefined, from: number, to: number): DateExpr {
  const e = months(4, 3, P_FINANCIAL_YEAR, year, from, to);
  e.financial = true;
  return e;
}

/**
 * The year a quarter or half belongs to, at token i: "2024/25", "FY24/25", "FY 2024-25",
 * "24-25", "2024", and the token after it. `financial` says whether it named a financial year.
 */
function periodYearAt(s: Scanner, i: number): { year: number | undefined; financial: boolean; next: number } {
  let j = i;
  while (s.classAt(j) === IGNORABLE || s.isSymbol(j, COMMA)) j++; // "Quarter 3, 2024/25", "Q3 of 2024/25"
  const fyWord = s.classAt(j) === FY || (s.classAt(j) === FINANCIAL && s.classAt(j + 1) === YEAR);
  if (fyWord) j += s.classAt(j) === FY ? 1 : 2;
  const fy = financialYearAt(s, j, true);
  if (fy >= 0) return { year: fy, financial: true, next: afterFinancialYear(j) };
  if (fyWord && s.isNumber(j)) {
    // "FY25" and "FY 2025" are read both ways by councils (2024/25 or 2025/26): say so.
    s.fail(`"${s.slice(i, j + 1)}" does not say which financial year it means: write it as "2024/25"`, "ambiguous", j + 1);
    return { year: undefined, financial: true, next: j + 1 };
  }
  const y = yearAt(s, j);
  if (y >= 0) {
    const next = afterYear(s, j);
    if (s.digits(j) === 4) multiYear(s, i - 2 >= 0 && s.isWord(i - 2) ? i - 2 : i, y, next);
    return { year: y, financial: false, next };
  }
  return { year: undefined, financial: fyWord, next: fyWord ? j : i };
}

/**
 * "Q2 2025-2027", "Q4 2025/2027", "Q1 2025/2025": a quarter or half of a period that is not
 * one year. Records the problem when the year `y` (ending at token `sep`) is followed by a
 * second year that makes no financial year with it; `i` is where the quarter starts.
 */
function multiYear(s: Scanner, i: number, y: number, sep: number): void {
  const joined = s.isSymbol(sep, HYPHEN) || s.isSymbol(sep, SLASH) || wordIs(s, sep, "to");
  if (!joined || !s.isNumber(sep + 1)) return;
  const d = s.digits(sep + 1);
  // "2025-27" only written close ("Q1 2024 - 31 March 2025" is a range to a day).
  const close = d === 2 && s.kind[sep] === SYMBOL_TOKEN && touching(s, sep - 1) && touching(s, sep) && !s.isSymbol(sep + 2, s.code[sep]!);
  if (d !== 4 && !close) return;
  const last = d === 4 ? s.num(sep + 1) : Math.floor(y / 100) * 100 + s.num(sep + 1);
  const text = s.slice(i, sep + 2);
  const fy = `${y}/${String((y + 1) % 100).padStart(2, "0")}`;
  if (last <= y) {
    s.fail(`"${text}" repeats its year or runs backwards: give one financial year ("${fy}") or one year ("${y}")`, "impossible", sep + 2);
  } else {
    s.fail(`"${text}" is a part of ${y} to ${last}, more than one year: give one financial year ("${fy}") or one year ("${y}")`, "ambiguous", sep + 2);
  }
}

// ---------------------------------------------------------------------------
// Forms that start with a number

function isoDay(s: Scanner, i: number): number {
  // 2024-03-31
  if (s.digits(i) !== 4 || !s.isSymbol(i + 1, HYPHEN) || !s.isNumber(i + 2) || !s.isSymbol(i + 3, HYPHEN) || !s.isNumber(i + 4)) return NONE;
  const m = s.num(i + 2);
  if (m < 1 || m > 12) return s.fail(`"${s.slice(i, i + 5)}" has no month ${m}: dates are written year-month-day (2024-03-31)`, "impossible", i + 5);
  return s.add(days(m, s.num(i + 4), s.num(i + 4), s.num(i), i, i + 5));
}

function financialYearThenQuarter(s: Scanner, i: number): number {
  // 2024/25 Q4, 2025/26 Q3, 2024/25 Quarter 3
  const fy = financialYearAt(s, i, false);
  if (fy < 0) return NONE;
  const j = afterFinancialYear(i);
  const w = s.classAt(j);
  if (w !== Q && w !== QUARTER && w !== H) return NONE;
  const n = quarterNumberAt(s, j + 1);
  if (n === 0) return s.problem !== undefined ? j + 2 : NONE;
  if (w === H) return n <= 2 ? s.add(half(n, true, fy, i, j + 2)) : s.fail(`there is no half H${n}: halves are H1 and H2`, "impossible", j + 2);
  return s.add(quarter(n, true, fy, i, j + 2));
}

function financialYearForm(s: Scanner, i: number): number {
  // 2024/25, 2024-25, 2024/2025, 24/25, 1999/00
  const fy = financialYearAt(s, i, false);
  if (fy < 0) return yearRange(s, i);
  const to = afterFinancialYear(i);
  if (s.code[i + 1] === HYPHEN && s.digits(i) === 4 && s.digits(i + 2) === 2 && s.num(i + 2) >= 1 && s.num(i + 2) <= 12) {
    // "2009-10" is the financial year 2009/10 or, written as a month, October 2009.
    const text = s.slice(i, to);
    return s.fail(
      `"${text}" could be the financial year ${fy}/${text.slice(5)} or ${MONTH_NAMES[s.num(i + 2)]} ${fy}: write "${fy}/${text.slice(5)}" or "${MONTH_NAMES[s.num(i + 2)]} ${fy}"`,
      "ambiguous",
      to,
    );
  }
  return s.add(financialYear(fy, i, to));
}

/** "2024-26", "2024-2026", "2024 to 2026": years 2024 to 2026, or financial years 2024/25 to 2025/26? Ambiguous. */
function yearRange(s: Scanner, i: number): number {
  if (s.digits(i) !== 4 || !s.isNumber(i + 2) || !(s.isSymbol(i + 1, HYPHEN) || s.isSymbol(i + 1, SLASH) || wordIs(s, i + 1, "to"))) return NONE;
  const first = s.num(i);
  const d2 = s.digits(i + 2);
  const last = d2 === 4 ? s.num(i + 2) : d2 === 2 ? Math.floor(first / 100) * 100 + s.num(i + 2) : -1;
  // "2025/2025", "2025-2024", "2025/24": no month ("2024/12", "2024-13" are months, or none, for isoMonth to say).
  const noMonth = d2 === 4 || (d2 === 2 && s.num(i + 2) > 12 && s.code[i + 1] !== HYPHEN);
  if (first >= 1900 && first <= 2199 && noMonth && last <= first && !s.isSymbol(i + 3, HYPHEN) && !s.isSymbol(i + 3, SLASH)) {
    return s.fail(
      `"${s.slice(i, i + 3)}" repeats its year or runs backwards: a financial year is two years in order ("${first}/${String((first + 1) % 100).padStart(2, "0")}")`,
      "impossible",
      i + 3,
    );
  }
  // "2024-2040" is a plan period however long; "2024-35" is a month that does not exist.
  if (first < 1900 || first > 2199 || last <= first + 1 || (d2 === 2 && last > first + 10) || s.isSymbol(i + 3, HYPHEN)) return NONE;
  if (d2 === 2 && s.num(i + 2) <= 12 && s.code[i + 1] === HYPHEN) return NONE; // "2024-09": a month (isoMonth)
  return s.fail(
    `"${s.slice(i, i + 3)}" could mean the years ${first} to ${last} or financial years: write the month it is due ("March ${last}") or one financial year ("${last - 1}/${String(last % 100).padStart(2, "0")}")`,
    "ambiguous",
    i + 3,
  );
}

function isoMonth(s: Scanner, i: number): number {
  // 2024-09 (the month form the data format uses)
  // (A full "2024-09-30" never gets here: the ISO day is tried first.)
  if (s.digits(i) !== 4 || !s.isSymbol(i + 1, HYPHEN) || !s.isNumber(i + 2) || s.digits(i + 2) !== 2) return NONE;
  // Written close, and not the start of a day ("2024 - 12/04/2025", "2024-10 June 2025" are a year and a day).
  if (!touching(s, i) || !touching(s, i + 1) || dayFollows(s, i + 2)) return NONE;
  const m = s.num(i + 2);
  if (m < 1 || m > 12)
    return s.fail(`"${s.slice(i, i + 3)}" has no month ${m}: write a month as year-month (2024-09) or "September 2024"`, "impossible", i + 3);
  return s.add(months(m, m, P_MONTH, s.num(i), i, i + 3));
}

function dayFirstNumeric(s: Scanner, i: number): number {
  // 31/03/2024, 31.03.24, 31-03-2024, 01/04/24, 31/03 (no year)
  if (s.digits(i) > 2 || s.kind[i + 1] !== SYMBOL_TOKEN || !s.isNumber(i + 2) || s.digits(i + 2) > 2) return NONE;
  const sep = s.code[i + 1]!;
  if (sep !== SLASH && sep !== DOT && sep !== HYPHEN) return NONE;
  let to = i + 3;
  let year: number | undefined;
  if (s.isSymbol(i + 3, sep)) {
    const y = yearAt(s, i + 4);
    if (y < 0) return NONE;
    year = y;
    to = afterYear(s, i + 4);
  } else if (sep !== SLASH) {
    return NONE;
  }
  const d = s.num(i);
  const m = s.num(i + 2);
  const text = s.slice(i, to);
  const monthYear = year === undefined && sep === SLASH && m > 12 && d >= 1 && d <= 12 && s.digits(i) === 2 && s.digits(i + 2) === 2;
  // "to commence 06/25, testing through to September 2025": no month 25, and the text's other
  // date is in 2025, so a month and two-digit year (Excel's mm/yy): June 2025.
  if (monthYear && yearElsewhere(s, 2000 + m)) return s.add(months(d, d, P_MONTH, 2000 + m, i, to));
  if (m > 12 || m < 1) {
    const hint =
      d >= 1 && d <= 12 && m <= 31 && year !== undefined
        ? `: numeric dates are read day first, so write ${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}/${year} or "${m} ${MONTH_NAMES[d]} ${year}"`
        : monthYear
          ? `: numeric dates are read day first (31/03/2024); if it is a month and year, write "${MONTH_NAMES[d]} ${2000 + m}"`
          : ": numeric dates are read day first (31/03/2024)";
    return s.fail(`"${text}" has no month ${m}${hint}`, "impossible", to);
  }
  return s.add(days(m, d, d, year, i, to));
}

/** Whether the text writes the four-digit year `y` (found once a reading, so a long text costs one pass). */
function yearElsewhere(s: Scanner, y: number): boolean {
  if (s.yearsWritten === undefined) {
    const years = new Set<number>();
    for (let k = 0; k < s.count; k++) if (s.isNumber(k) && s.digits(k) === 4) years.add(s.num(k));
    s.yearsWritten = years;
  }
  return s.yearsWritten.has(y);
}

function monthSlashYear(s: Scanner, i: number): number {
  // 03/2024, 3/2024
  if (s.digits(i) > 2 || !s.isSymbol(i + 1, SLASH) || !s.isNumber(i + 2) || s.digits(i + 2) !== 4) return NONE;
  const m = s.num(i);
  const y = yearAt(s, i + 2);
  if (y < 0) return NONE;
  if (m < 1 || m > 12) return s.fail(`"${s.slice(i, i + 3)}" has no month ${m}`, "impossible", i + 3);
  return s.add(months(m, m, P_MONTH, y, i, i + 3));
}

function dayRange(s: Scanner, i: number): number {
  // 7-9 October 2025, 16 to 19 October 2023, 4 and 7 November 2024, 7th to 10th January 2019
  const k = s.classAt(i + 1) === ORDINAL_SUFFIX && touching(s, i) ? i + 2 : i + 1;
  if (s.digits(i) > 2 || !s.isNumber(k + 1) || s.digits(k + 1) > 2) return NONE;
  const join = s.classAt(k);
  if (!(s.isSymbol(k, HYPHEN) || join === RANGE || join === ALTERNATIVE || s.isSymbol(k, 38 /* & */))) return NONE;
  const before = s.exprs.length;
  const to = dayMonth(s, k + 1);
  if (to === NONE || s.exprs.length === before) return to;
  const e = s.exprs[s.exprs.length - 1]!;
  const first = s.num(i);
  if (first < 1 || first >= e.startDay) return s.fail(`"${s.slice(i, to)}" is not a range of days`, "impossible", to);
  e.startDay = first;
  for (let k = i; k < e.from; k++) s.used[k] = 1;
  e.from = i;
  return to;
}

function dayMonth(s: Scanner, i: number): number {
  // 31 March 2024, 31st March 2024, 1st of April, 31-Mar-24, 01-Apr-2024, 3rd March 2025
  if (!s.isNumber(i) || s.digits(i) > 2) return NONE;
  let j = i + 1;
  // "1-Apr-24": a spreadsheet's day-month-year, written without spaces.
  const spreadsheet = s.isSymbol(j, HYPHEN) && touching(s, i) && touching(s, j);
  if (spreadsheet) j++;
  if (s.classAt(j) === ORDINAL_SUFFIX && touching(s, i)) j++;
  if (!spreadsheet && wordIs(s, j, "of")) j++;
  if (s.classAt(j) !== MONTH) return NONE;
  const m = s.valueAt(j);
  j++;
  if (s.isSymbol(j, DOT)) j++;
  let year: number | undefined;
  let to = j;
  if (spreadsheet ? s.isSymbol(j, HYPHEN) && touching(s, j - 1) : true) {
    const at = spreadsheet ? j + 1 : s.isSymbol(j, COMMA) ? j + 1 : j;
    const y = yearAt(s, at);
    if (y >= 0) {
      year = y;
      to = afterYear(s, at);
    }
  }
  const d = s.num(i);
  if (d < 1 || d > 31) return s.fail(`"${s.slice(i, to)}" names day ${d}, and no month has one`, "impossible", to);
  return s.add(days(m, d, d, year, i, to));
}

/** Whether token j is the word `word` (lower case), in any case. */
export function wordIs(s: Scanner, j: number, word: string): boolean {
  if (!s.isWord(j) || s.end[j]! - s.at[j]! !== word.length) return false;
  const at = s.at[j]!;
  for (let k = 0; k < word.length; k++) if ((s.text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

function ordinalNumber(s: Scanner, i: number): number {
  // 3rd quarter 2024/25, 1st half of 2025
  if (s.digits(i) !== 1 || s.classAt(i + 1) !== ORDINAL_SUFFIX) return NONE;
  return quarterOrHalfAfter(s, i, s.num(i), i + 2);
}

function yearThenQuarter(s: Scanner, i: number, o: FormOptions): number {
  // 2024 Q1, 2024 Quarter 1, 2024 H2 (a half of the calendar year, as "H2 2024" is)
  if (s.digits(i) !== 4) return NONE;
  const y = yearAt(s, i);
  const w = s.classAt(i + 1);
  if (y < 0 || (w !== Q && w !== QUARTER && !(w === H && touching(s, i + 1) && (s.num(i + 2) === 1 || s.num(i + 2) === 2)))) return NONE;
  const n = quarterNumberAt(s, i + 2);
  if (n === 0) return NONE;
  return s.add(w === H ? half(n, false, y, i, i + 3) : quarter(n, o.financialQuarters, y, i, i + 3));
}

function year(s: Scanner, i: number): number {
  // 2024
  if (s.digits(i) !== 4) return NONE;
  const y = yearAt(s, i);
  if (y < 0) return NONE;
  return s.add(months(1, 12, P_YEAR, y, i, i + 1));
}

// ---------------------------------------------------------------------------
// Forms that start with a word

function monthForm(s: Scanner, i: number): number {
  // March 2024, Sept 2019, Sept-2024, Sep-24, Mar '25, March 31 2024, March 2024/25, March
  const m = s.valueAt(i);
  let j = i + 1;
  if (s.isSymbol(j, DOT)) j++;
  // March 31 2024, March 31st, 2024: with a month name, day and year in this order are plain.
  if (s.isNumber(j) && s.digits(j) <= 2) {
    let k = j + 1;
    const ordinal = s.classAt(k) === ORDINAL_SUFFIX;
    if (ordinal) k++;
    if (s.isSymbol(k, COMMA)) k++;
    const y = s.isNumber(k) && s.digits(k) === 4 ? yearAt(s, k) : -1;
    if (y >= 0 || ordinal || s.digits(j) === 1) {
      const d = s.num(j);
      const to = y >= 0 ? afterYear(s, k) : ordinal ? j + 2 : j + 1;
      if (d < 1 || d > 31) return s.fail(`"${s.slice(i, to)}" names day ${d}, and no month has one`, "impossible", to);
      return s.add(days(m, d, d, y >= 0 ? y : undefined, i, to));
    }
  }
  // Sept-2024, Sep-24, Apr/24: a spreadsheet's month and year.
  if ((s.isSymbol(j, HYPHEN) || s.isSymbol(j, SLASH)) && touching(s, j - 1) && touching(s, j)) {
    const y = yearAt(s, j + 1);
    const next = afterYear(s, j + 1);
    if (y >= 0 && !(s.isSymbol(next, SLASH) || s.isSymbol(next, HYPHEN))) return s.add(months(m, m, P_MONTH, y, i, next));
  }
  // March 2024/25: the March of that financial year.
  const fy = financialYearAt(s, j, false);
  if (fy >= 0) return s.add(months(m, m, P_MONTH, m >= 4 ? fy : fy + 1, i, afterFinancialYear(j)));
  const y = yearAt(s, j);
  if (y >= 0) return s.add(months(m, m, P_MONTH, y, i, afterYear(s, j)));
  // "October, 2018": a comma before a four-digit year.
  if (s.isSymbol(j, COMMA) && s.digits(j + 1) === 4 && s.isNumber(j + 1) && yearAt(s, j + 1) >= 0) return s.add(months(m, m, P_MONTH, s.num(j + 1), i, j + 2));
  return s.add(months(m, m, P_MONTH, undefined, i, i + 1));
}

const SEASON_MONTHS = [0, 3, 6, 9, 12]; // by season 1-4 (spring-winter): its first month

function seasonForm(s: Scanner, i: number): number {
  // Spring 2024, Autumn 19, Summer '25, Winter 2024/25 (winter 2024 runs into 2025), Winter 2021 to 22, spring of 2021, Summer
  const k = s.valueAt(i);
  const first = SEASON_MONTHS[k]!;
  const last = first === 12 ? 2 : first + 2;
  let j = i + 1;
  if (s.isSymbol(j, HYPHEN) && touching(s, i)) j++;
  else if (wordIs(s, j, "of") && (s.isNumber(j + 1) || s.isSymbol(j + 1, APOSTROPHE))) j++; // "spring of 2021"
  const fy = k === 4 ? financialYearAt(s, j, false) : -1;
  if (fy >= 0) return s.add(months(first, last, P_SEASON, fy, i, afterFinancialYear(j)));
  const y = yearAt(s, j);
  if (y >= 0) return s.add(months(first, last, P_SEASON, y, i, afterYear(s, j)));
  return s.add(months(first, last, P_SEASON, undefined, i, i + 1));
}

/**
 * School terms, by a convention of the docs: the autumn term is 1 September to 31 December,
 * the spring term 1 January to Easter Sunday, the summer term Easter Monday to 31 July. An
 * academic year ("2024/25", "2024-2025") puts the autumn term in its first year and the
 * others in its second.
 */
function termForm(s: Scanner, i: number): number {
  // Autumn term 2025, Spring Term 2024, summer term 2024/25, the Autumn Term of the 2024-2025 Academic Year
  if (s.classAt(i + 1) !== TERM) return NONE;
  const k = s.valueAt(i);
  let j = i + 2;
  while (wordIs(s, j, "of") || wordIs(s, j, "the")) j++;
  const words = s.slice(i, i + 2);
  if (k === 4) return s.fail(`"${words}" is not a school term: the terms are autumn, spring and summer`, "unrecognised", i + 2);
  const academic = financialYearAt(s, j, true);
  let year = academic >= 0 ? (k === 3 ? academic : academic + 1) : -1;
  let to = academic >= 0 ? afterFinancialYear(j) : j;
  if (academic < 0) {
    const y = yearAt(s, j);
    if (y >= 0) {
      year = y;
      to = afterYear(s, j);
    }
  }
  if (year < 0) {
    return s.fail(
      `"${words}" gives no year: write it ("${words} 2025", or of an academic year, "${words} 2024/25"); a term is not placed by a reference date, as the spring term ends at Easter, which moves`,
      "no-year",
      i + 2,
    );
  }
  if (k === 3) return s.add(months(9, 12, P_TERM, year, i, to));
  const easter = easterSunday(year);
  const e = months(k === 1 ? 1 : easter[0], k === 1 ? easter[0] : 7, P_TERM, year, i, to);
  if (k === 1) e.endDay = easter[1];
  else {
    e.startDay = easter[1];
    e.startPlusDays = 1; // Easter Monday
  }
  return s.add(e);
}

/** Easter Sunday of a year (Gregorian), as [month, day]. */
export function easterSunday(year: number): readonly [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

function holidayForm(s: Scanner, i: number): number {
  // Christmas 2023, Xmas, Easter 2025
  const christmas = s.valueAt(i) === 1;
  const y = yearAt(s, i + 1);
  if (christmas) return s.add(days(12, 25, 25, y >= 0 ? y : undefined, i, y >= 0 ? afterYear(s, i + 1) : i + 1));
  if (y < 0)
    return s.fail(`"${s.slice(i, i + 1)}" gives no year, and Easter moves from year to year: write the year ("Easter 2025") or the date`, "no-year", i + 1);
  const [m, d] = easterSunday(y);
  return s.add(days(m, d, d, y, i, afterYear(s, i + 1)));
}

function beforeForm(s: Scanner, i: number, o: FormOptions): number {
  // before 2023 (due 31 December 2022), prior to Christmas 2023 (due 24 December), before the end of February 2023 (due 28 February)
  let j = i + 1;
  if (wordIs(s, i, "prior")) {
    if (!wordIs(s, j, "to")) return NONE;
    j++;
  }
  if (wordIs(s, j, "the")) j++;
  // One "before" per date: "before before 2023" is not read, and a run of them cannot recurse.
  if (s.classAt(j) === BEFORE || s.classAt(j) === PART) return NONE;
  const end = s.classAt(j) === END_WORD;
  const before = s.exprs.length;
  const to = readDateAt(s, j, o);
  if (to === NONE || s.exprs.length !== before + 1) return to;
  const e = s.exprs[before]!;
  if (e.relative !== undefined) return s.fail(`"${s.slice(i, to)}" counts from a date that is not given: give the date it is due`, "unrecognised", to);
  for (let k = i; k < e.from; k++) s.used[k] = 1;
  e.from = i;
  if (end) return to; // "before the end of February 2023": by its end, when it is due anyway
  // Before a date is by the day before it starts.
  e.endYear = e.startYear;
  e.endMonth = e.startMonth;
  e.endDay = e.startDay;
  e.startPlusDays -= 1;
  e.endPlusDays = e.startPlusDays;
  e.precision = P_DAY;
  return to;
}

function quarterForm(s: Scanner, i: number, o: FormOptions): number {
  // Q3 2024/25, Q3 FY24/25, Q2 24/25, Q2 24-25, Quarter 3 2024-25, Quarter Three 2024/25, Qtr 3, Q3 of 2024/25, Q1 2024, Q4
  let j = i + 1;
  if (s.isSymbol(j, DOT)) j++;
  const n = quarterNumberAt(s, j);
  if (n === 0) return s.problem !== undefined ? j + 1 : NONE;
  // "Quarters 1 and 2 of 2025/26", "Q1-Q2 2025/26", "Q3 to Q4": a run of quarters.
  let last = n;
  let k = j + 1;
  const join = s.classAt(k);
  if (s.isSymbol(k, HYPHEN) || join === RANGE || join === ALTERNATIVE || s.isSymbol(k, 38 /* & */)) {
    const m = s.classAt(k + 1) === Q ? k + 2 : k + 1;
    if (s.isNumber(m) && s.digits(m) === 1) {
      last = quarterNumberAt(s, m);
      if (last === 0) return m + 1; // a one-digit number that is no quarter: the problem is recorded
      if (last <= n) return s.fail(`"${s.slice(i, m + 1)}" does not run from an earlier quarter to a later one`, "impossible", m + 1);
      k = m + 1;
    }
  }
  // "Q2 - 2021/22", "Q3 - 2024": the quarter's year after a hyphen, not a range to the year.
  if (last === n && s.isSymbol(k, HYPHEN) && s.isNumber(k + 1)) {
    const fy = financialYearAt(s, k + 1, true);
    const y = fy >= 0 ? fy : s.digits(k + 1) === 4 ? yearAt(s, k + 1) : -1;
    const after = s.classAt(fy >= 0 ? afterFinancialYear(k + 1) : afterYear(s, k + 1));
    if (y >= 0 && after !== Q && after !== QUARTER && after !== H) k++;
  }
  const p = periodYearAt(s, k);
  const financial = o.financialQuarters || financialBeside(s, p);
  const e = quarter(n, financial, p.year, i, p.next);
  if (last !== n) {
    const end = quarter(last, financial, p.year, i, p.next);
    e.endYear = end.endYear;
    e.endMonth = end.endMonth;
  }
  return s.add(e);
}

/**
 * Whether a quarter or half is financial: it names a financial year, or it has no year of
 * its own and stands beside a financial period ("Q3 2024/25 to Q1" ends with Q1 2025/26;
 * "H2 2024/25 (originally H1)" was due at the end of September 2024).
 */
function financialBeside(s: Scanner, p: { readonly year: number | undefined; readonly financial: boolean }): boolean {
  const beside = s.exprs[s.exprs.length - 1];
  return p.financial || (p.year === undefined && beside !== undefined && beside.financial);
}

function quarterOrHalfAfter(s: Scanner, i: number, n: number, j: number): number {
  const w = s.classAt(j);
  if (w !== QUARTER && w !== HALF) return NONE;
  const p = periodYearAt(s, j + 1);
  if (w === QUARTER) {
    if (n > 4) return s.fail(`there is no quarter ${n}: quarters run from the first to the fourth`, "impossible", p.next);
    return s.add(quarter(n, financialBeside(s, p), p.year, i, p.next));
  }
  if (n > 2) return s.fail(`a year has two halves, not ${n}`, "impossible", p.next);
  return s.add(half(n, financialBeside(s, p), p.year, i, p.next));
}

function halfForm(s: Scanner, i: number): number {
  // H1 2025, H2 2024/25
  if (!s.isNumber(i + 1) || !touching(s, i) || s.digits(i + 1) !== 1) return NONE;
  const n = s.num(i + 1);
  if (n < 1 || n > 2) return s.fail(`there is no half H${n}: halves are H1 and H2`, "impossible", i + 2);
  const p = periodYearAt(s, i + 2);
  return s.add(half(n, financialBeside(s, p), p.year, i, p.next));
}

function ordinalWord(s: Scanner, i: number): number {
  // first half of 2025, second half of 2024/25, third quarter 2024/25
  return quarterOrHalfAfter(s, i, s.valueAt(i), i + 1);
}

function yearEnd(s: Scanner, i: number): number {
  // year end, year-end, financial year end, financial year 2024/25, calendar year 2025, end of the financial year, end of the year
  let j = i;
  let ofEnd = false;
  if (s.classAt(j) === END_WORD) {
    ofEnd = true;
    j++;
    while (s.classAt(j) === IGNORABLE) j++; // "end of the"
  }
  let financial: boolean | undefined;
  if (s.classAt(j) === FINANCIAL) {
    financial = true;
    j++;
  } else if (s.classAt(j) === CALENDAR) {
    financial = false;
    j++;
  }
  if (s.classAt(j) !== YEAR) return NONE;
  j++;
  let endAfter = false;
  if (!ofEnd && (s.isSymbol(j, HYPHEN) || s.classAt(j) === END_WORD)) {
    // "year end", "year-end"
    const k = s.isSymbol(j, HYPHEN) ? j + 1 : j;
    if (s.classAt(k) === END_WORD) {
      endAfter = true;
      j = k + 1;
    }
  }
  if (!ofEnd && !endAfter && financial === undefined) return NONE; // "year" alone is prose
  // A council's "year end" is the end of its financial year, 31 March.
  const isFinancial = financial ?? endAfter;
  const fy = financialYearAt(s, j, true);
  if (fy >= 0) return s.add(financialYear(fy, i, afterFinancialYear(j)));
  if (financial === true && s.isNumber(j) && !ofEnd && !endAfter) {
    // "financial year 2025": no financial year ends in December, and which one is meant cannot be told.
    const bare = yearAt(s, j);
    if (bare >= 0) return financialYearOfOneYear(s, i, afterYear(s, j), bare);
  }
  // "year end 2025": 31 December, or the financial year end that falls in it, or the next; "financial year end 2025": which one?
  const bare = endAfter && financial !== false && s.digits(j) === 4 ? yearAt(s, j) : -1;
  if (bare >= 0) {
    const to = afterYear(s, j);
    if (financial === true) return financialYearOfOneYear(s, i, to, bare);
    return s.fail(yearEndOfOneYear(s.slice(i, to), bare), "ambiguous", to);
  }
  const y = isFinancial ? -1 : yearAt(s, j);
  if (y >= 0) return s.add(months(1, 12, P_YEAR, y, i, afterYear(s, j)));
  // "financial year" alone describes a date beside it ("Q1 2025/26 financial year"); its end is a target.
  if (!ofEnd && !endAfter) {
    const beside = s.exprs[s.exprs.length - 1];
    // "2025 financial year": a bare year named a financial year, which it does not say.
    if (financial === true && beside !== undefined && endsAt(s, beside, i) && beside.precision === P_YEAR && beside.year !== undefined) {
      return financialYearOfOneYear(s, beside.from, s.isSymbol(j, CLOSE_BRACKET) ? j + 1 : j, beside.year);
    }
    return NONE;
  }
  const before = s.exprs[s.exprs.length - 1];
  if (!ofEnd && before !== undefined && endsAt(s, before, i)) {
    // "March 2025 year end": the words describe the date before them. After a year alone,
    // which year end is meant cannot be told.
    if (before.precision !== P_YEAR || before.year === undefined) {
      for (let k = i; k < j; k++) s.used[k] = 1;
      return j;
    }
    return s.fail(yearEndOfOneYear(s.slice(before.from, j), before.year), "ambiguous", j);
  }
  return s.add(isFinancial ? financialYear(undefined, i, j) : months(1, 12, P_YEAR, undefined, i, j));
}

/** Whether the date `e` ends just before token i, or before a bracket there: "March 2025 year end", "March 2025 (year end)". */
function endsAt(s: Scanner, e: DateExpr, i: number): boolean {
  return e.to === i || (e.to === i - 1 && s.isSymbol(i - 1, OPEN_BRACKET));
}

/** "2025 year end", "year end 2025": which year end cannot be told. */
function yearEndOfOneYear(text: string, y: number): string {
  return `"${text}" could be 31 December ${y} or the end of a financial year (31 March ${y} or 31 March ${y + 1}): write the date it is due ("31 March ${y + 1}")`;
}

function financialYearOfOneYear(s: Scanner, from: number, to: number, y: number): number {
  const before = `${y - 1}/${String(y % 100).padStart(2, "0")}`;
  const after = `${y}/${String((y + 1) % 100).padStart(2, "0")}`;
  return s.fail(`"${s.slice(from, to)}" gives one year, and a financial year spans two: write "${before}" or "${after}"`, "ambiguous", to);
}

function partForm(s: Scanner, i: number, o: FormOptions): number {
  // early 2025, mid-2024, late 2025, early March 2025, middle of 2025, beginning of April 2025, end of March 2025, end of Q2
  const end = s.classAt(i) === END_WORD;
  if (end) {
    const to = yearEnd(s, i);
    if (to !== NONE || s.problem !== undefined) return to;
  }
  const part = end ? 0 : s.valueAt(i);
  let j = i + 1;
  if (s.isSymbol(j, HYPHEN)) j++;
  while (s.classAt(j) === IGNORABLE) j++; // "end of", "middle of the"
  if (!end && s.classAt(j) === YEAR && (s.isNumber(j + 1) || s.classAt(j + 1) === FY)) j++; // "mid-year 2025/26"
  // One part per date: "early late 2024" is not read, and a run of part words cannot recurse.
  if (s.classAt(j) === PART || s.classAt(j) === END_WORD || s.classAt(j) === BEFORE) return NONE;
  const before = s.exprs.length;
  const to = readDateAt(s, j, o);
  if (to === NONE || s.exprs.length !== before + 1) return to;
  const e = s.exprs[before]!;
  for (let k = i; k < e.from; k++) s.used[k] = 1;
  e.from = i;
  if (end) return to; // "end of March 2025" is due when March 2025 is
  if (part === START && e.relative === undefined && e.precision === P_DAY && e.startDay === e.endDay) return to; // "start 7 April 2017": that day
  if (e.relative !== undefined || e.precision === P_DAY || e.precision === P_WEEK) {
    return s.fail(`"${s.slice(i, to)}" is part of a day or week, which has no early, middle or late`, "unrecognised", to);
  }
  splitInThirds(s, e, part === START ? EARLY : part, to);
  return to;
}

/**
 * Early, mid, late: the first, middle or last third of the period. A month's thirds are
 * days 1-10, 11-20 and 21 to the end; a year's, January-April, May-August and
 * September-December; a season's or quarter's, its first, second and third month.
 */
function splitInThirds(s: Scanner, e: DateExpr, part: number, to: number): void {
  const span = e.endYear * 12 + e.endMonth - (e.startYear * 12 + e.startMonth) + 1;
  e.approximate = true;
  e.precision = P_PART;
  if (span === 1) {
    e.startDay = part === EARLY ? 1 : part === MID ? 11 : 21;
    e.endDay = part === EARLY ? 10 : part === MID ? 20 : 0;
    return;
  }
  // Stryker disable next-line all: every period a part word reaches spans 1, 3, 6 or 12 months (a range is two periods), so this guard cannot be reached by a text
  if (span % 3 !== 0) {
    // Stryker disable next-line all: unreachable, as above
    s.fail(`"${s.slice(e.from, to)}" cannot be split into early, mid and late`, "unrecognised", to);
    return;
  }
  const third = span / 3;
  const firstMonth = e.startYear * 12 + e.startMonth - 1 + (part === EARLY ? 0 : part === MID ? third : 2 * third);
  const lastMonth = firstMonth + third - 1;
  e.startYear = Math.floor(firstMonth / 12);
  e.startMonth = (firstMonth % 12) + 1;
  e.endYear = Math.floor(lastMonth / 12);
  e.endMonth = (lastMonth % 12) + 1;
  e.startDay = 1;
  e.endDay = 0;
}

/** The letter at token i, lower case, when the token is a one-letter word. */
function letterAt(s: Scanner, i: number): number {
  return s.isWord(i) && s.end[i]! - s.at[i]! === 1 ? s.text.charCodeAt(s.at[i]!) | 32 : 0;
}

function weekForm(s: Scanner, i: number, o: FormOptions): number {
  // w/c 3 March 2025, week commencing 3 March 2025, w/b 3rd March, week ending 7 March 2025, w/e 07/03/2025
  let j: number;
  let ending: boolean;
  // Whether the words say a week follows ("w/c", "week commencing"), so that a date there
  // which is not a day ("w/c March 2025") is a problem, not a month with a stray "w/c".
  let named = true;
  if (s.classAt(i) === WEEK) {
    j = i + 1;
    ending = wordIs(s, j, "ending");
    named = ending || wordIs(s, j, "commencing") || wordIs(s, j, "beginning") || wordIs(s, j, "starting") || wordIs(s, j, "of");
    if (named) j++;
  } else {
    // "w/c", "w/b", "w/e", "w.c.", "w-c", "wc"
    if (wordIs(s, i, "wc") || wordIs(s, i, "wb") || wordIs(s, i, "we")) {
      j = i + 1;
      ending = wordIs(s, i, "we");
    } else {
      if (letterAt(s, i) !== 119 /* w */ || !(s.isSymbol(i + 1, SLASH) || s.isSymbol(i + 1, DOT) || s.isSymbol(i + 1, HYPHEN))) return NONE;
      const c = letterAt(s, i + 2);
      if (c !== 99 && c !== 98 && c !== 101) return NONE; // c, b, e
      ending = c === 101;
      j = i + 3;
      if (s.isSymbol(j, DOT)) j++;
    }
  }
  const before = s.exprs.length;
  const to = s.isNumber(j)
    ? readNumberForm(s, j, o)
    : s.classAt(j) === WEEKDAY
      ? weekdayForm(s, j, o)
      : named && s.classAt(j) === MONTH
        ? monthForm(s, j)
        : NONE;
  if (to === NONE || s.exprs.length !== before + 1) return to;
  const e = s.exprs[before]!;
  if (e.precision !== P_DAY || e.startDay !== e.endDay) return s.fail(`"${s.slice(i, to)}" does not name the day the week starts or ends`, "unrecognised", to);
  for (let k = i; k < e.from; k++) s.used[k] = 1;
  e.from = i;
  e.precision = P_WEEK;
  // A week is seven days: "commencing" names its first, "ending" its last.
  if (ending) e.startPlusDays = -6;
  else e.endPlusDays = 6;
  return to;
}

function weekdayForm(s: Scanner, i: number, o: FormOptions): number {
  // Tuesday 4 March 2025, Tue 4th March 2025, Tuesday, 4 March 2025
  let j = i + 1;
  if (s.isSymbol(j, COMMA)) j++;
  if (!s.isNumber(j)) return NONE;
  const before = s.exprs.length;
  const to = readNumberForm(s, j, o);
  if (to === NONE || s.exprs.length !== before + 1) return to;
  const e = s.exprs[before]!;
  if (e.precision !== P_DAY || e.startDay !== e.endDay) return to;
  for (let k = i; k < e.from; k++) s.used[k] = 1;
  e.from = i;
  e.weekday = s.valueAt(i);
  return to;
}

function financialYearWord(s: Scanner, i: number): number {
  // FY 2024/25, FY24/25, FY2024-25, FY 24-25, FY24/25 Q3, financial year 2024/25
  const j = s.classAt(i) === FY ? i + 1 : NONE;
  if (j === NONE) return yearEnd(s, i);
  const fy = financialYearAt(s, j, true);
  if (fy < 0) {
    if (s.isNumber(j)) return s.fail(`"${s.slice(i, j + 1)}" does not say which financial year it means: write it as "2024/25"`, "ambiguous", j + 1);
    return NONE;
  }
  const k = afterFinancialYear(j);
  if (s.classAt(k) === Q || s.classAt(k) === QUARTER) {
    const n = quarterNumberAt(s, k + 1);
    if (n > 0) return s.add(quarter(n, true, fy, i, k + 2));
    if (s.problem !== undefined) return k + 2;
  }
  return s.add(financialYear(fy, i, k));
}

function relativeForm(s: Scanner, i: number): number {
  // within six months, within 3 months of the CPC, within 12 weeks, within a year, within the next 6 months, in six months' time
  if (s.classAt(i) !== WITHIN && !wordIs(s, i, "in")) return NONE;
  let j = i + 1;
  while (s.classAt(j) === IGNORABLE && j < i + 4) j++; // "the next" (a few words: a long run of them is no date, and must not cost a pass each)
  let n = -1;
  if (s.isNumber(j) && s.digits(j) <= 3) n = s.num(j);
  else if (s.classAt(j) === COUNT || s.classAt(j) === ARTICLE) n = s.valueAt(j);
  if (n < 0) return NONE;
  if (s.classAt(i) !== WITHIN) {
    // "in six months' time", "in the next 6 months", "in 3 months": a count of a unit of time
    const unit = j + 1;
    const to = relativeAfterCount(s, i, n, unit, true);
    if (to === NONE || s.problem !== undefined) return to;
    let k = unit + 1;
    if (s.isSymbol(k, APOSTROPHE)) k++;
    if (wordIs(s, k, "s")) k++;
    if (!wordIs(s, k, "time") || to !== unit + 1) return to;
    const e = s.exprs[s.exprs.length - 1]!;
    for (let t = e.to; t <= k; t++) s.used[t] = 1;
    e.to = k + 1;
    return k + 1;
  }
  return relativeAfterCount(s, i, n, j + 1, true);
}

function countOfCpc(s: Scanner, i: number): number {
  // five months of the CPC, 3 months from the peer challenge, six months after the CPC
  const n = s.isNumber(i) ? (s.digits(i) <= 3 ? s.num(i) : -1) : s.valueAt(i);
  if (n < 0 || (s.classAt(i + 1) !== UNIT && s.classAt(i + 1) !== WEEK && s.classAt(i + 1) !== YEAR)) return NONE;
  return relativeAfterCount(s, i, n, i + 1, false);
}

/** "N months [of the CPC]" from token j (the unit); `within` says whether "within" came first. */
function relativeAfterCount(s: Scanner, i: number, n: number, j: number, within: boolean): number {
  let monthsOn = 0;
  let daysOn = 0;
  const unit = s.classAt(j) === UNIT ? s.valueAt(j) : s.classAt(j) === YEAR ? 3 : s.classAt(j) === WEEK ? 2 : 0;
  if (unit === 0) return NONE;
  if (unit === 1) monthsOn = n;
  else if (unit === 2) daysOn = 7 * n;
  else if (unit === 3) monthsOn = 12 * n;
  else daysOn = n;
  j++;
  let anchor: "reference" | "cpc" = "reference";
  if (!within && !(wordIs(s, j, "of") || wordIs(s, j, "from") || wordIs(s, j, "after"))) return NONE;
  if (wordIs(s, j, "of") || wordIs(s, j, "from") || wordIs(s, j, "after")) {
    let k = j + 1;
    while (s.classAt(k) === IGNORABLE) k++; // "of the peer"
    if (s.classAt(k) !== CPC) {
      if (!within) return NONE;
      return s.fail(
        `"${s.slice(i, Math.min(k + 1, s.count))}" counts from an event whose date is not known here: give the date it is due`,
        "unrecognised",
        Math.min(k + 1, s.count),
      );
    }
    anchor = "cpc";
    j = k + 1;
  }
  return s.add({
    precision: P_DAY,
    year: undefined,
    startYear: 0,
    startMonth: 1,
    startDay: 1,
    endYear: 0,
    endMonth: 1,
    endDay: 1,
    startPlusDays: 0,
    endPlusDays: 0,
    weekday: -1,
    approximate: false,
    financial: false,
    relative: { months: monthsOn, days: daysOn, anchor },
    role: CURRENT,
    from: i,
    to: j,
  });
}

// ---------------------------------------------------------------------------
// The tables

/** Forms that start with a number, tried in this order. */
export const NUMBER_FORMS: readonly Form[] = [
  { name: "ISO day", read: isoDay },
  { name: "financial year and quarter", read: financialYearThenQuarter },
  { name: "financial year", read: financialYearForm },
  { name: "ISO month", read: isoMonth },
  { name: "day-first numeric date", read: dayFirstNumeric },
  { name: "month and year in numbers", read: monthSlashYear },
  { name: "range of days", read: dayRange },
  { name: "day and month", read: dayMonth },
  { name: "ordinal quarter or half", read: ordinalNumber },
  { name: "time from the CPC", read: countOfCpc },
  { name: "year and quarter", read: yearThenQuarter },
  { name: "year", read: year },
];

/** Forms that start with a word, tried in this order, each for the class of word it starts with. */
export const WORD_FORMS: ReadonlyArray<Form & { readonly starts: readonly number[] }> = [
  { name: "month", starts: [MONTH], read: monthForm },
  { name: "school term", starts: [SEASON], read: termForm },
  { name: "season", starts: [SEASON], read: seasonForm },
  { name: "quarter", starts: [Q, QUARTER], read: quarterForm },
  { name: "half year", starts: [H], read: halfForm },
  { name: "ordinal quarter or half", starts: [ORDINAL], read: ordinalWord },
  { name: "part of a period", starts: [PART, END_WORD], read: partForm },
  { name: "financial year in words", starts: [FY, FINANCIAL, CALENDAR, YEAR], read: financialYearWord },
  { name: "week", starts: [WEEK, 0], read: weekForm },
  { name: "weekday and day", starts: [WEEKDAY], read: weekdayForm },
  { name: "relative", starts: [WITHIN, IGNORABLE], read: relativeForm },
  { name: "holiday", starts: [HOLIDAY], read: holidayForm },
  { name: "before a date", starts: [BEFORE], read: beforeForm },
  { name: "time from the CPC", starts: [COUNT], read: countOfCpc },
];

// The word forms by the class of word they start with.
const BY_CLASS: Array<Array<Form["read"]>> = [];
for (const f of WORD_FORMS) for (const c of f.starts) (BY_CLASS[c >> 8] ??= []).push(f.read);

function readNumberForm(s: Scanner, i: number, o: FormOptions): number {
  for (const f of NUMBER_FORMS) {
    const to = f.read(s, i, o);
    if (to !== NONE || s.problem !== undefined) return to;
  }
  return NONE;
}

/** Whether the number at token i ends a dotted reference such as action "3.2", which is no day. */
function isDottedReference(s: Scanner, i: number): boolean {
  return i > 1 && s.isSymbol(i - 1, DOT) && s.isNumber(i - 2) && touching(s, i - 2) && touching(s, i - 1);
}

/**
 * Whether the number at token i labels something rather than being part of a date: after
 * "Phase", "Year" (a small number), "#", "£", "No.", or ending a dotted reference ("3.2").
 */
export function isLabelNumber(s: Scanner, i: number): boolean {
  const before = s.classAt(i - 1);
  if (before === LABEL_NOUN || (before === YEAR && s.digits(i) <= 2)) return true; // "Phase 2", "Year 1"
  if (s.isSymbol(i - 1, 35 /* # */) || s.isSymbol(i - 1, 163 /* £ */) || s.isSymbol(i - 1, 36 /* $ */)) return true;
  if (s.isSymbol(i - 1, DOT) && wordIs(s, i - 2, "no")) return true; // "No. 3"
  return isDottedReference(s, i);
}

/** Whether the number at token i starts a dotted reference ("1" of "1.5"), once it is not read as a date. */
export function startsDottedReference(s: Scanner, i: number): boolean {
  return s.isSymbol(i + 1, DOT) && touching(s, i) && isDottedReference(s, i + 2);
}

/**
 * Reads the date expression starting at token i, if one does: returns the token after
 * it, or 0. A number that labels something ({@link isLabelNumber}) is not a date.
 */
export function readDateAt(s: Scanner, i: number, o: FormOptions): number {
  if (i >= s.count) return NONE;
  const kind = s.kind[i];
  if (kind === NUMBER_TOKEN) return isLabelNumber(s, i) ? NONE : readNumberForm(s, i, o);
  if (kind !== WORD_TOKEN) return NONE;
  const forms = BY_CLASS[s.code[i]! >> 8];
  if (forms === undefined) return NONE;
  for (const read of forms) {
    const to = read(s, i, o);
    if (to !== NONE || s.problem !== undefined) return to;
  }
  return NONE;
}
