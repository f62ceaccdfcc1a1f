import { isCalendarDate } from "../dates.js";
import { fold } from "../fold.js";
import type { Status } from "../model/vocabulary.js";
import { normaliseStatus } from "../status/index.js";
import { isLabelNumber, MONTH_NAMES, readDateAt, startsDottedReference, wordIs, type FormOptions } from "./forms.js";
import { addDays, addMonths, dateNumber, dateText, Period, periodIn, resolveGroup, weekdayOf, type Unresolved } from "./resolve.js";
import { recurrenceOf } from "./recurrence.js";
import {
  CLOSE,
  COMMA,
  CURRENT,
  DOT,
  HYPHEN,
  NUMBER_TOKEN,
  OPEN,
  P_DAY,
  P_MONTH,
  P_YEAR,
  P_FINANCIAL_YEAR,
  REPLACED,
  REPLACING,
  Scanner,
  SLASH,
  SYMBOL_TOKEN,
  WORD_TOKEN,
  type DateExpr,
} from "./scanner.js";
import type { Milestone, ParseTimescaleOptions, Precision, StatusDate, Timescale, UnknownCause, UnknownTimescale } from "./types.js";
import {
  ALTERNATIVE,
  APPROXIMATE,
  BEFORE,
  CHANGER,
  classOf,
  CONFIRMED,
  CONTINUING_AFTER,
  CONTINUING_BEFORE,
  COUNT,
  FY,
  H,
  HALF,
  IGNORABLE,
  LABEL_NOUN,
  MONTH,
  NOT_APPLICABLE,
  PART,
  ONGOING,
  ONGOING_WORD,
  ORDINAL_SUFFIX,
  ORIGINAL,
  Q,
  QUARTER,
  RANGE,
  RECURRING,
  REVISED,
  TO_BE_CONFIRMED,
  UNIT,
  WEEK,
  WITHIN,
} from "./words.js";

// How a text is read: its tokens are scanned (scanner.ts); the recognisers (forms.ts) find
// the date expressions in them; every other token must be accounted for (a label, a
// connector, a word that may be ignored), or the reading is unknown; expressions joined
// by "-", "/", "to" or "or" form one group (a range or alternatives), and several groups
// are milestones; each group is placed in its years (resolve.ts).

const PRECISIONS: readonly Precision[] = ["day", "week", "month", "season", "quarter", "half-year", "financial-year", "year", "part", "term"];

const MONTH_YEAR_HINT = 'write a month and year ("March 2025"), a season, a quarter or a financial year ("Q3 2024/25"), or a day ("31/03/2025")';
const NO_YEAR = "it gives no year: write the year, or give a reference date to place it (validatePlan uses the plan's own dates)";

// A scanner's token buffers are typed arrays: making six of them costs about three times
// reading a short text, so one scanner is kept idle between readings and lent to one reading
// at a time. It holds nothing a reading's result depends on (scan() sets every field a
// reading reads); a reading that starts while another holds it (parseTimescale called again
// from a getter of its options) makes its own.
let idleScanner: Scanner | undefined = new Scanner();
const CALENDAR_QUARTERS: FormOptions = { financialQuarters: false };
const FINANCIAL_QUARTERS: FormOptions = { financialQuarters: true };
const NO_OPTIONS: ParseTimescaleOptions = Object.freeze({});

function unknown(text: string, reason: string, cause: UnknownCause): UnknownTimescale {
  return { kind: "unknown", text, reason, cause };
}

/** Texts read whole: "Ongoing", "Annual", "TBC", "N/A", "Completed". */
function wholeText(text: string): Timescale | undefined {
  const folded = fold(text);
  if (folded === "") return unknown(text, "no timescale is given", "empty");
  if (TO_BE_CONFIRMED.has(folded)) return unknown(text, "the target is still to be confirmed", "to-be-confirmed");
  if (NOT_APPLICABLE.has(folded)) return unknown(text, "the target is marked as not applicable", "not-applicable");
  if (ONGOING.has(folded)) return { kind: "ongoing", text };
  const frequency = RECURRING.get(folded);
  if (frequency) return { kind: "recurring", text, frequency };
  // "Ongoing – reviewed monthly", "TBC – subject to funding": the first words say it.
  if (/^(?:ongoing|on going|continuous|business as usual|bau)\b/.test(folded)) return { kind: "ongoing", text };
  if (/^(?:tbc|tba|tbd|to be confirmed|to be agreed)\b/.test(folded)) return unknown(text, "the target is still to be confirmed", "to-be-confirmed");
  if (/^(?:n a|not applicable)\b/.test(folded)) return unknown(text, "the target is marked as not applicable", "not-applicable");
  // "Completed", and a status leading prose: "Complete - now business as usual".
  const status = normaliseStatus(text);
  if (status) return { kind: "status", text, status };
  // "September each year", "Reviewed every quarter", "every 6 months", "6-monthly": a repeating commitment.
  return recurring(text, folded);
}

const RECURRENCE_LENGTH = 300;

/** A repeating commitment the folded text names, or undefined when it names none. */
function recurring(text: string, folded: string): Timescale | undefined {
  // A repeating commitment is said in a few words; a long text is not read for one (each rule is a pass over it).
  if (folded.length > RECURRENCE_LENGTH) return undefined;
  const r = recurrenceOf(folded);
  if (r === undefined) return undefined;
  return "frequency" in r ? { kind: "recurring", text, frequency: r.frequency } : unknown(text, r.reason, "unrecognised");
}

function anchorOf(date: string | undefined, name: string): number | string | undefined {
  if (date === undefined) return undefined;
  return typeof date === "string" && isCalendarDate(date) ? dateNumber(date) : `the ${name} ${JSON.stringify(date)} is not a date written YYYY-MM-DD`;
}

/**
 * Reads a timescale as UK councils write it and says what it means. Never throws.
 *
 * A text is given a date only when it states one: an impossible, ambiguous or
 * unrecognised text is `unknown`, with a reason that says what to write instead.
 * Conventions (each form is listed, with its reading, in `docs/timescales.md`): a period
 * is due on its last day ("March 2024" is due 2024-03-31); seasons are meteorological
 * (winter 2024 ends 2025-02-28); the financial year runs 1 April to 31 March ("2024/25" is
 * due 2025-03-31) and its quarters start in April ("Q3 2024/25" is October-December
 * 2024); numeric dates are day first; two-digit years are 20xx ("Autumn 19", "Sep-24");
 * ranges and alternatives take the later end; "X and ongoing" is dated X and continues;
 * early, mid and late are the thirds of a period and approximate; a revised target is
 * due, and the one it replaced is kept as `originalDue`; several dates are milestones; a
 * status word ("Completed") is recognised as such.
 *
 * @param text - The timescale exactly as published.
 * @param options - A reference date for texts with no year and relative targets; the
 *   CPC's start for targets counted from it; how to read "Q1 2024".
 * @returns What the text means; see {@link Timescale}.
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale } from "peer-challenge";
 * parseTimescale("Autumn 19");
 * //=> { kind: "date", text: "Autumn 19", start: "2019-09-01", due: "2019-11-30", precision: "season" }
 * parseTimescale("Nov 2019 and ongoing");
 * //=> { kind: "date", ..., due: "2019-11-30", precision: "month", continuing: true }
 * parseTimescale("March 2025 (originally June 2025)");
 * //=> { kind: "date", ..., due: "2025-03-31", precision: "month", originalDue: "2025-06-30" }
 * parseTimescale("13/13/2024");
 * //=> { kind: "unknown", ..., cause: "impossible" }
 * parseTimescale("March");
 * //=> { kind: "unknown", text: "March", reason: "it gives no year: ...", cause: "no-year" }
 * ```
 */
export function parseTimescale(text: string, options: ParseTimescaleOptions = NO_OPTIONS): Timescale {
  if (typeof text !== "string") return unknown(String(text), "it is not text", "unrecognised");
  // Stryker disable next-line LogicalOperator: the idle scanner is only reused; a new scanner reads every text the same
  const s = idleScanner ?? new Scanner();
  idleScanner = undefined;
  try {
    // "April (2025)", "Q3 (2025/26)": the year in brackets is the date's own, not a date of its own.
    const inner = yearInBrackets(text);
    if (inner !== undefined) {
      const t = read(s, inner, options);
      // "Smarch (2025)" is refused as "Smarch 2025" is: read whole, the word would be passed over and the year read.
      if (t.kind !== "unknown" || t.cause === "unrecognised") return { ...t, text };
    }
    return read(s, text, options);
    // Stryker disable next-line BlockStatement: a scanner not put back only makes the next reading build its own, which reads the same
  } finally {
    s.release();
    idleScanner = s;
  }
}

const BRACKETED_YEAR = /^\s*(?:19|20)\d{2}(?:\s*[/-]\s*\d{2}(?:\d{2})?)?\s*$/;
const FOUR_DIGITS = /\d{4}/;

/**
 * "April (2025)" as "April 2025": a text that ends in a year or financial year in brackets,
 * with no year and no bracket before it. Undefined for any other text.
 */
function yearInBrackets(text: string): string | undefined {
  const end = text.trimEnd();
  if (!end.endsWith(")")) return undefined;
  const open = end.lastIndexOf("(");
  if (open <= 0) return undefined;
  const year = end.slice(open + 1, -1);
  const before = end.slice(0, open).trimEnd();
  if (before === "" || before.includes("(") || before.includes(")") || FOUR_DIGITS.test(before) || !BRACKETED_YEAR.test(year)) return undefined;
  return `${before} ${year.trim()}`;
}

/** Reads `text` with the scanner `s`, which no other reading uses meanwhile. */
function read(s: Scanner, text: string, options: ParseTimescaleOptions): Timescale {
  s.scan(text);
  // Whole-text wordings have no digits and are short: most dated texts skip these look-ups.
  if (s.numbers === 0 && text.length <= 60) {
    const whole = wholeText(text);
    if (whole !== undefined) return whole;
  }
  const reference = anchorOf(options.reference, "reference date");
  if (typeof reference === "string") return unknown(text, reference, "unrecognised");
  const cpc = anchorOf(options.cpcStart, "CPC start");
  if (typeof cpc === "string") return unknown(text, cpc, "unrecognised");

  const o = options.quarters === "financial" ? FINANCIAL_QUARTERS : CALENDAR_QUARTERS;
  for (let i = 0; i < s.count;) {
    const to = readDateAt(s, i, o);
    if (s.problem !== undefined) return unknown(text, s.problem, s.problemCause);
    i = to > i ? to : i + 1;
  }
  dropRestated(s);
  const exprs = s.exprs;
  if (exprs.length > 0 && !anyYear(exprs)) {
    // "31 August (annually)", "Every August", "Annual review in May": a date in every year.
    const again = text.length <= RECURRENCE_LENGTH ? recurring(text, fold(text)) : undefined;
    if (again !== undefined) return again;
  }
  if (exprs.length === 0) {
    // "N/A - merged with 2.1", "TBC (see 4.2)": no date, so the wording says what it is.
    // Stryker disable ConditionalExpression,LogicalOperator,EqualityOperator: wholeText was tried already for a short text with no number; trying again reads the same
    const again = s.numbers > 0 || text.length > 60 ? wholeText(text) : undefined;
    // Stryker restore ConditionalExpression,LogicalOperator,EqualityOperator
    return again ?? unknown(text, `no date, period or known wording was found: ${MONTH_YEAR_HINT}`, "unrecognised");
  }
  const dayOrYear = reference === undefined ? undefined : dayOrShortYear(s, reference);
  if (dayOrYear !== undefined) return unknown(text, dayOrYear, "ambiguous");
  const status = statusBeside(s);
  const leftover = leftoverProblem(s) ?? misspeltBesideYear(s);
  if (leftover !== undefined) return unknown(text, leftover, "unrecognised");
  return build(s, text, status, reference, cpc);
}

/** How many years from the plan's own date a two-digit year after a month may be before it is taken for a day. */
const SHORT_YEAR_REACH = 4;

/**
 * "March 31", "Dec 30": a month and two digits. "Jan 26" and "March 24" are a month and its
 * year in real trackers, and are read so; but where the year would be more than a few years
 * from the plan's own date (`reference`, a date as a number) and the digits are a day of
 * that month, the text may be the day written American-style ("March 31": 31 March, not March
 * 2031), and the reader says so rather than choose.
 */
function dayOrShortYear(s: Scanner, reference: number): string | undefined {
  for (const e of s.exprs) {
    const k = e.from + 1;
    if (e.precision !== P_MONTH || e.to !== k + 1 || s.classAt(e.from) !== MONTH || !s.isNumber(k) || s.digits(k) !== 2 || s.end[e.from] === s.at[k]) continue;
    const year = 2000 + s.num(k);
    const from = Math.floor(reference / 10000);
    const month = s.valueAt(e.from);
    if (Math.abs(year - from) <= SHORT_YEAR_REACH || s.num(k) < 1 || s.num(k) > daysIn(month)) continue;
    const name = MONTH_NAMES[month]!;
    return `"${s.slice(e.from, e.to)}" may be ${s.num(k)} ${name} or ${name} ${year}, ${Math.abs(year - from)} years from the plan's date (${from}): write "${s.num(k)} ${name} ${from}" or "${name} ${year}"`;
  }
  return undefined;
}

/** The most days a month has (29 for February). */
function daysIn(month: number): number {
  return month === 2 ? 29 : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether some expression states its year, or counts from an anchor. */
function anyYear(exprs: readonly DateExpr[]): boolean {
  for (const e of exprs) if (e.year !== undefined || e.relative !== undefined) return true;
  return false;
}

const DATE_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "spring",
  "summer",
  "autumn",
  "winter",
];
/** The months' short forms, for three- and four-letter slips ("Apl", "Nvo", "Setp"). */
const SHORT_NAMES = "jan feb mar apr may jun jul aug sep sept oct nov dec".split(" ");
/** Three-letter words of plain English that are a month's letters or one slip from its short form. */
const PLAIN_WORDS = new Set("not now new out set see win sum".split(" "));
/** Feasts and seasons of the year this reader does not place ("Whitsun 2025"): each names a time within the year. */
const UNPLACED_TIMES = new Set("whitsun whitsuntide whit pentecost michaelmas lent advent hilary trinity midsummer midwinter".split(" "));

/**
 * "Smarch 2025", "Febuary 2025", "Aut 2025", "Apl 2025", "Whitsun 2025": a word the grammar
 * does not know, written just before a year, that is a month or season misspelt or cut short,
 * or a time of year the reader does not place. Read as the year, it would be due months late.
 */
function misspeltBesideYear(s: Scanner): string | undefined {
  for (const e of s.exprs) {
    const k = e.from - 1;
    if ((e.precision !== P_YEAR && e.precision !== P_FINANCIAL_YEAR) || k < 0 || !s.isWord(k) || classOf(s.code[k]!) !== 0) continue;
    const length = s.end[k]! - s.at[k]!;
    if (length < 3 || length > 11) continue;
    const word = s.slice(k, k + 1);
    const lower = word.toLowerCase();
    if (lower === "hydref") {
      return `"${word}" is Welsh for October and for autumn, so the date cannot be read: write "October ${s.slice(e.from, e.to)}" or "Autumn ${s.slice(e.from, e.to)}"`;
    }
    if (UNPLACED_TIMES.has(lower)) {
      return `"${word}" names a time of year that this reader does not place, so the date cannot be read: write the month it means and its year ("Month ${yearsOf(s, e).at(-1)!}"), or the day`;
    }
    const names = meantNames(lower);
    if (names.length > 0) {
      const proper = names.map((name) => name.charAt(0).toUpperCase() + name.slice(1));
      const years = yearsOf(s, e);
      const written = proper.flatMap((name) => years.map((y) => `"${name} ${y}"`)).join(" or ");
      return `"${word}" is not a month or season, so the date cannot be read: if it means ${proper.join(" or ")}, write ${written}`;
    }
  }
  return undefined;
}

/** The calendar years a year or financial year covers ("2024/25": 2024 and 2025), as written when it states none. */
function yearsOf(s: Scanner, e: DateExpr): string[] {
  if (e.year === undefined) return [s.slice(e.from, e.to)];
  const first = e.year + e.startYear;
  const last = e.year + e.endYear;
  return first === last ? [String(first)] : [String(first), String(last)];
}

/**
 * The months or seasons a word may mean, the likeliest kind first: cut short ("Febr",
 * "Aut": August or autumn? Autumn), misspelt ("Mrach", "Mach"), a short form slipped ("Apl",
 * "Nvo", "Setp"), or its letters in order ("Mrch", "Wntr").
 */
function meantNames(lower: string): string[] {
  const n = lower.length;
  if (n === 3 && PLAIN_WORDS.has(lower)) return [];
  const cut = DATE_NAMES.filter((name) => n < name.length && name.startsWith(lower));
  if (cut.length > 0) return cut;
  // From 4 letters: "Mach 2025" is March with a letter dropped; "Mary" is one from May.
  const misspelt = n >= 4 ? DATE_NAMES.filter((name) => editDistance(lower, name) <= (n >= 7 ? 2 : 1)) : [];
  if (misspelt.length > 0) return misspelt;
  const slipped = SHORT_NAMES.filter((short) => n === short.length && lower.charCodeAt(0) === short.charCodeAt(0) && editDistance(lower, short) === 1);
  // Each short form's name begins with its first three letters ("sept": September).
  if (slipped.length > 0) return DATE_NAMES.filter((name) => slipped.some((short) => name.startsWith(short.slice(0, 3))));
  return DATE_NAMES.filter((name) => n < name.length && lower.charCodeAt(0) === name.charCodeAt(0) && inOrderWithin(lower, name));
}

/** Whether the letters of `part` come in `whole` in the same order ("apl" in "april"). */
function inOrderWithin(part: string, whole: string): boolean {
  let j = 0;
  for (let i = 0; i < whole.length && j < part.length; i++) if (whole.charCodeAt(i) === part.charCodeAt(j)) j++;
  return j === part.length;
}

/**
 * Edit distance, for the few words checked above, with two letters swapped side by side as
 * one edit ("Mrach", "Wintre": the slip of a hand that types fast), as well as a letter
 * added, dropped or changed (optimal string alignment).
 */
function editDistance(a: string, b: string): number {
  // Stryker disable next-line ArrayDeclaration: read only from the second row on, after it is replaced
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * "end of quarter 4 (January to March 2025)": a date with no year explained by the date in
 * brackets after it. The bracketed date is the reading; the other is dropped (its tokens
 * stay accounted for).
 */
function dropRestated(s: Scanner): void {
  const exprs = s.exprs;
  let restated = false;
  for (let k = 0; k + 1 < exprs.length && !restated; k++) restated = isRestated(s, k);
  if (restated) s.exprs = exprs.filter((_, k) => k + 1 >= exprs.length || !isRestated(s, k));
}

function isRestated(s: Scanner, k: number): boolean {
  const e = s.exprs[k]!;
  if (e.year !== undefined) return false;
  // "In six months' time (July 2024)": a few words may come before the bracket.
  let open = e.to;
  while (open < e.to + 3 && s.kind[open] === WORD_TOKEN) open++;
  return s.isSymbol(open, OPEN) && s.exprs[k + 1]!.from === open + 1 && groupFromHasYear(s, k + 1);
}

/** Whether the group of joined expressions starting at expression k states a year. */
function groupFromHasYear(s: Scanner, k: number): boolean {
  const exprs = s.exprs;
  for (let j = k; j < exprs.length; j++) {
    if (exprs[j]!.year !== undefined) return true;
    if (j + 1 < exprs.length && !joins(s, exprs[j]!.to, exprs[j + 1]!.from)) return false;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Status words beside a date: "Completed March 2024", "Done (Jan 2025)", "On track – June 2025"

/** The status written before the first date (or a completion after the last), marking its tokens used. */
function statusBeside(s: Scanner): Status | undefined {
  const first = s.exprs[0]!.from;
  // A status is a few words ("Completed", "Not yet started"): a label with a number ("Phase 2") is not one.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: the token limit and the number check only spare normaliseStatus texts it would not know
  // "[Completed] March 2024", "- Done March 2024": marks before the status word are passed over.
  let w = 0;
  while (w < first && s.kind[w] === SYMBOL_TOKEN) w++;
  if (first > 0 && first <= 6 && s.kind[w] === WORD_TOKEN && !hasNumber(s, 0, first)) {
    const status = normaliseStatus(trimEdges(s.text, 0, s.at[first]!));
    // "Ongoing from April 2024" continues; it is not the status "ongoing".
    if (status !== undefined && status !== "ongoing") {
      for (let k = 0; k < first; k++) s.used[k] = 2;
      return status;
    }
  }
  const last = s.exprs[s.exprs.length - 1]!.to;
  if (last < s.count && s.kind[last] !== NUMBER_TOKEN) {
    const status = normaliseStatus(trimEdges(s.text, s.end[last - 1]!, s.text.length));
    if (status === "complete" || status === "cancelled") {
      for (let k = last; k < s.count; k++) s.used[k] = 2;
      return status;
    }
  }
  return undefined;
}

// Stryker disable all: used only by the check above, whose number test is already marked as sparing only texts normaliseStatus would not know
function hasNumber(s: Scanner, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.kind[k] === NUMBER_TOKEN) return true;
  return false;
}
// Stryker restore all

// Spaces and punctuation trimmed from labels and status words, by character code so that
// long runs of punctuation cost linear time.
function isEdge(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 160 ||
    c === 45 ||
    (c >= 0x2010 && c <= 0x2015) ||
    c === 58 ||
    c === 59 ||
    c === 44 ||
    c === 46 ||
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93
  );
}
function trimEdges(text: string, from: number, to: number): string {
  while (from < to && isEdge(text.charCodeAt(from))) from++;
  while (to > from && isEdge(text.charCodeAt(to - 1))) to--;
  return from < to ? text.slice(from, to) : "";
}

// ---------------------------------------------------------------------------
// Every token that is not part of a date must be accounted for.

/** Why a token outside the dates makes the reading unknown, or undefined when none does. */
function leftoverProblem(s: Scanner): string | undefined {
  for (let k = 0; k < s.count; k++) {
    if (s.used[k] !== 0) continue;
    const kind = s.kind[k];
    if (kind === WORD_TOKEN) {
      const c = classOf(s.code[k]!);
      if (c === 0) {
        // "Following May 2025", "Subsequent to the May 2025 elections": after the date, as "after" is.
        if (leadsToDate(s, k)) return changesDate(s.slice(k, k + 1));
        continue; // prose: a label or a remark
      }
      const word = s.slice(k, k + 1);
      if (c === CHANGER || c === BEFORE) {
        return changesDate(word);
      }
      const numberAfter = s.isNumber(k + 1) || s.classAt(k + 1) === COUNT;
      if ((c === Q || c === FY || c === WITHIN || c === QUARTER || c === HALF) && numberAfter) {
        return `"${s.slice(k, k + 2)}" is not a date this reader understands: ${MONTH_YEAR_HINT}`;
      }
      if (c === H && s.isNumber(k + 1) && s.end[k] === s.at[k + 1]) return `"${s.slice(k, k + 2)}" is not a half year: halves are H1 and H2`;
      if (c === UNIT && k > 0 && (s.isNumber(k - 1) || s.classAt(k - 1) === COUNT) && besideDate(s, k - 1, k + 1)) {
        return `"${s.slice(k - 1, k + 1)}" counts time from something this reader cannot place: give the date it is due`;
      }
      if (c === PART && nextDateToken(s, k + 1)) {
        return `"${word}" is followed by a date this reader cannot place within it: ${MONTH_YEAR_HINT}`;
      }
      if (c === ORDINAL_SUFFIX && k > 0 && s.isNumber(k - 1) && s.end[k - 1] === s.at[k]) {
        return `"${s.slice(k - 1, k + 1)}" is not part of a date here: ${MONTH_YEAR_HINT}`;
      }
    } else if (kind === SYMBOL_TOKEN && s.code[k] === 33 /* ! */ && s.isNumber(k + 1) && s.end[k] === s.at[k + 1]) {
      // "!6 January 2018": "!" is a shifted "1", so the day may be 16.
      return `"${s.slice(k, k + 2)}" has "!" against a number, which may be a "1" typed with shift: write the number in digits`;
    } else if (kind === NUMBER_TOKEN && !isCountOrLabel(s, k)) {
      return `the number ${s.slice(k, k + 1)} is not part of a date here: write the date alone, or say what the number counts ("40 homes")`;
    }
  }
  return undefined;
}

/** The reason for a word that changes what the date means ("after", "following"). */
function changesDate(word: string): string {
  return `"${word}" changes what the date means, so it is not the date the work is due: give that date (or add "due": "YYYY-MM-DD")`;
}

/** "Following" or "subsequent (to)" just before a date, past "the". */
function leadsToDate(s: Scanner, k: number): boolean {
  // "The following March 2025" is that March.
  if ((!wordIs(s, k, "following") && !wordIs(s, k, "subsequent")) || (k > 0 && wordIs(s, k - 1, "the"))) return false;
  let j = k + 1;
  if (wordIs(s, j, "to")) j++;
  if (wordIs(s, j, "the")) j++;
  // Stryker disable next-line EqualityOperator: one past the last token is a cleared slot (scanner.ts), so reading it changes nothing
  return j < s.count && s.used[j] === 1;
}

/** Whether the tokens [from, to) stand next to a date ("March 2025 + 6 weeks"), "+" or "-" aside. */
function besideDate(s: Scanner, from: number, to: number): boolean {
  // Stryker disable next-line EqualityOperator: one past the last token is a cleared slot (scanner.ts), so reading it changes nothing
  if (to < s.count && s.used[to] === 1) return true;
  let k = from - 1;
  if (k >= 0 && (s.isSymbol(k, 43 /* + */) || s.isSymbol(k, HYPHEN))) k--;
  return k >= 0 && s.used[k] === 1;
}

/** Whether a date follows token k, past "-", "of" and "the". */
function nextDateToken(s: Scanner, k: number): boolean {
  // Stryker disable next-line EqualityOperator: one past the last token is a cleared slot (scanner.ts), so reading it changes nothing
  while (k < s.count && (s.isSymbol(k, HYPHEN) || (classOf(s.code[k]!) === IGNORABLE && s.kind[k] === WORD_TOKEN))) k++;
  // Stryker disable next-line EqualityOperator: one past the last token is a cleared slot (scanner.ts), so reading it changes nothing
  return k < s.count && s.used[k] === 1;
}

/** The number at token k follows a year read as a date and a dot, all touching: "2024.25", never a reference as "3.2" is. */
function afterYearDot(s: Scanner, k: number): boolean {
  return k >= 2 && s.isSymbol(k - 1, DOT) && s.used[k - 2] === 1 && s.end[k - 2] === s.at[k - 1] && s.end[k - 1] === s.at[k];
}

/** "Phase 2", "No. 3", "40 homes", "50%", "1) March 2024": a number that is not part of a date. */
function isCountOrLabel(s: Scanner, k: number): boolean {
  if (afterYearDot(s, k)) return false;
  if (isLabelNumber(s, k) || startsDottedReference(s, k)) return true;
  // Stryker disable next-line EqualityOperator: one past the last token is a cleared slot (scanner.ts), so reading it changes nothing
  if (k + 1 < s.count) {
    if (s.isWord(k + 1)) {
      const c = classOf(s.code[k + 1]!);
      // "40 homes", "3 stages", "(6 weeks)"; a time beside a date ("+ 6 weeks") is caught as a unit.
      if (c === 0 || c === LABEL_NOUN || c === UNIT || c === WEEK || c === CONFIRMED) return true;
    }
    if (s.isSymbol(k + 1, 37 /* % */)) return true;
    // A numbered list: "1) March 2024 2) June 2024", "1. March 2024".
    if ((s.isSymbol(k + 1, CLOSE) || s.isSymbol(k + 1, DOT)) && s.digits(k) <= 2 && s.used[k + 2] === 1) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Groups, roles and the result

/** Whether the tokens (from, to) between two expressions only join them: "-", "/", "to", "or". */
function joins(s: Scanner, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let k = from; k < to; k++) {
    if (s.kind[k] === WORD_TOKEN) {
      const c = classOf(s.code[k]!);
      if (c !== RANGE && c !== ALTERNATIVE) return false;
    } else if (s.kind[k] === NUMBER_TOKEN) {
      return false;
    } else {
      const c = s.code[k];
      if (c !== HYPHEN && c !== SLASH && c !== 38 /* & */ && c !== COMMA && c !== 43 /* + */) return false;
    }
  }
  return true;
}

/** The role the words in tokens [from, to) give the group after them: the last marker wins. */
function roleBefore(s: Scanner, from: number, to: number): number {
  let role = CURRENT;
  for (let k = from; k < to; k++) {
    if (s.kind[k] !== WORD_TOKEN) continue;
    const c = classOf(s.code[k]!);
    if (c === ORIGINAL) role = REPLACED;
    else if (c === REVISED) role = REPLACING;
  }
  return role;
}

/** Joined expressions: a range, alternatives or a single date, with its role and, once placed, its period. */
interface Group {
  readonly first: number;
  readonly last: number;
  role: number;
  start: number;
  due: number;
  precision: number;
  approximate: boolean;
}

/**
 * What the date expressions mean. One group (a date, a range, alternatives) is read by
 * buildOne; several are placed in their years, current ones first (placeGroups), and make
 * a date with the date it replaced, or milestones.
 */
function build(s: Scanner, text: string, status: Status | undefined, reference: number | undefined, cpc: number | undefined): Timescale {
  const exprs = s.exprs;
  if (exprs.length === 1) return buildOne(s, text, status, reference, cpc, true);
  if (allJoined(s, exprs)) return buildOne(s, text, status, reference, cpc, false);
  const groups = groupsOf(s);
  markReplaced(groups);
  const placed = placeGroups(s, text, groups, reference, cpc);
  if (typeof placed !== "boolean") return placed;

  const current: Group[] = [];
  for (const g of groups) if (g.role !== REPLACED) current.push(g);
  if (current.length === 0) return unknown(text, REPLACED_ONLY, "replaced-only");
  const last = current[current.length - 1]!;
  const continuing = isContinuing(s, exprs[last.last - 1]!.to);
  if (status === "complete" || status === "cancelled") {
    const date: StatusDate = { text: groupText(s, last), start: dateText(last.start), due: dateText(last.due), precision: PRECISIONS[last.precision]! };
    return { kind: "status", text, status, date };
  }
  if (current.length === 1) return revisedDate(s, text, groups, last, status, continuing, placed);
  return milestonesOf(s, text, groups, status, continuing, placed);
}

/** The expressions joined into groups, each with the role the words before it give it ("originally", "revised"). */
function groupsOf(s: Scanner): Group[] {
  const exprs = s.exprs;
  const groups: Group[] = [];
  let first = 0;
  for (let k = 1; k <= exprs.length; k++) {
    if (k < exprs.length && joins(s, exprs[k - 1]!.to, exprs[k]!.from)) continue;
    const prevEnd = groups.length === 0 ? 0 : exprs[first - 1]!.to;
    groups.push({ first, last: k, role: roleBefore(s, prevEnd, exprs[first]!.from), start: 0, due: 0, precision: 0, approximate: false });
    first = k;
  }
  return groups;
}

/** "June 2025 revised to March 2026": with no date marked as replaced, a date before the revised one is the one it replaced. */
function markReplaced(groups: Group[]): void {
  let firstReplacing = -1;
  let anyReplaced = false;
  for (let g = 0; g < groups.length; g++) {
    const role = groups[g]!.role;
    if (role === REPLACING && firstReplacing < 0) firstReplacing = g;
    if (role === REPLACED) anyReplaced = true;
  }
  if (firstReplacing > 0 && !anyReplaced) {
    for (let g = 0; g < firstReplacing; g++) if (groups[g]!.role === CURRENT) groups[g]!.role = REPLACED;
  }
}

/**
 * Places every group in its years, the current groups first: a replaced date with no year
 * takes theirs ("Sept 2025 (was June)"), and a replaced quarter with no year the current
 * one's financial year ("Q4 2024/25 (originally Q2)"). Returns whether a current group's year
 * came from the reference date, or the unknown reading that says why a group has no period.
 */
function placeGroups(s: Scanner, text: string, groups: Group[], reference: number | undefined, cpc: number | undefined): UnknownTimescale | boolean {
  const exprs = s.exprs;
  let placed = false;
  let currentYear: number | undefined;
  let currentFinancialYear: number | undefined;
  for (const g of groups) {
    if (g.role === REPLACED) continue;
    const e = exprs[g.first]!;
    const problem = placeGroup(s, text, g, reference, reference, cpc);
    if (problem !== undefined) return problem;
    if (e.relative !== undefined) continue;
    if (groupHasNoYear(exprs, g)) placed = true;
    currentYear ??= Math.floor(g.start / 10000);
    if (currentFinancialYear === undefined && e.financial && e.year !== undefined) currentFinancialYear = e.year;
  }
  for (const g of groups) {
    if (g.role !== REPLACED) continue;
    const e = exprs[g.first]!;
    const noYear = e.relative === undefined && groupHasNoYear(exprs, g);
    if (noYear && currentFinancialYear !== undefined && e.financial) {
      for (let k = g.first; k < g.last; k++) if (exprs[k]!.financial) exprs[k]!.year = currentFinancialYear;
    }
    const placeBy = currentYear !== undefined && noYear ? currentYear * 10000 + 101 : reference;
    const problem = placeGroup(s, text, g, placeBy, reference, cpc);
    if (problem !== undefined) return problem;
  }
  return placed;
}

/**
 * Gives group `g` its period, placed by `placeBy` when it has no year (a relative target
 * counts from `reference` or `cpc`); returns the unknown reading that says why it has none.
 */
function placeGroup(
  s: Scanner,
  text: string,
  g: Group,
  placeBy: number | undefined,
  reference: number | undefined,
  cpc: number | undefined,
): UnknownTimescale | undefined {
  const exprs = s.exprs;
  const e = exprs[g.first]!;
  if (e.relative !== undefined) {
    const period = relativePeriod(e.relative, reference, cpc);
    if (typeof period === "string") return unknown(text, period, "needs-anchor");
    g.start = period.start;
    g.due = period.due;
    g.precision = period.precision;
    return undefined;
  }
  const r = resolveGroup(s, exprs, g.first, g.last, placeBy);
  if (typeof r === "string") return unresolved(s, text, r, g.first, g.last);
  g.start = r.start;
  g.due = r.due;
  g.precision = r.precision;
  for (let k = g.first; k < g.last; k++) {
    const x = exprs[k]!;
    if (x.approximate) g.approximate = true;
    if (x.weekday >= 0) {
      const wrong = wrongWeekday(x, x.year ?? r.years![k]!);
      if (wrong !== undefined) return unknown(text, wrong, "impossible");
    }
  }
  return undefined;
}

/** Why expressions [first, last) have no period, as the text's unknown reading. */
function unresolved(s: Scanner, text: string, why: Unresolved, first: number, last: number): UnknownTimescale {
  const exprs = s.exprs;
  const from = exprs[first]!;
  const to = exprs[last - 1]!;
  if (why === "no-year") return unknown(text, anyYear(exprs) ? noYearOfItsOwn(s, from, to) : NO_YEAR, "no-year");
  if (why === "no-such-day") return unknown(text, `"${s.slice(from.from, to.to)}" names a day that does not exist`, "impossible");
  return unknown(text, backwards(s, from, to), "impossible");
}

/** The text of a group's expressions, as written. */
function groupText(s: Scanner, g: Pick<Group, "first" | "last">): string {
  return s.slice(s.exprs[g.first]!.from, s.exprs[g.last - 1]!.to);
}

/** One current date among several groups: the others are dates it replaced ("March 2025 (originally June 2025)"). */
function revisedDate(
  s: Scanner,
  text: string,
  groups: readonly Group[],
  g: Group,
  status: Status | undefined,
  continuing: boolean,
  placed: boolean,
): Timescale {
  const e = s.exprs[g.first]!;
  const approximate = markedApproximate(s) || g.approximate;
  let originalDue = 0;
  for (const r of groups) if (r.role === REPLACED && r.due > originalDue) originalDue = r.due;
  return {
    kind: "date",
    text,
    start: dateText(g.start),
    due: dateText(g.due),
    precision: PRECISIONS[g.precision]!,
    ...(continuing ? { continuing: true as const } : {}),
    ...(approximate ? { approximate: true as const } : {}),
    ...(originalDue > 0 ? { originalDue: dateText(originalDue) } : {}),
    ...(e.relative !== undefined ? { relativeTo: e.relative.anchor } : {}),
    ...(placed ? { yearFromReference: true as const } : {}),
    ...(status !== undefined ? { status } : {}),
  };
}

/** Several current dates: milestones, each labelled by the words before it ("Draft by June 2024, final by Sept 2025"). */
function milestonesOf(s: Scanner, text: string, groups: readonly Group[], status: Status | undefined, continuing: boolean, placed: boolean): Timescale {
  const exprs = s.exprs;
  const milestones: Milestone[] = [];
  let start = 0;
  let due = 0;
  let labelFrom = status !== undefined ? exprs[0]!.from : 0;
  const after = labelsAfter(s, text, groups, status);
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    const from = exprs[g.first]!.from;
    const to = exprs[g.last - 1]!.to;
    const labelStart = labelFrom < from ? s.at[labelFrom]! : s.at[from]!;
    labelFrom = to;
    if (g.role === REPLACED) continue;
    if (start === 0 || g.start < start) start = g.start;
    if (g.due > due) due = g.due;
    // Labels after their dates ("July 2025 (a), October 2025 (b)"): the words up to the next date.
    const label =
      after >= 0
        ? trimEdges(text, s.end[to - 1]!, i + 1 < groups.length ? s.at[exprs[groups[i + 1]!.first]!.from]! : after)
        : trimEdges(text, labelStart, s.at[from]!);
    milestones.push(milestone(label, s.slice(from, to), g));
  }
  const first = dateText(start);
  const last = dateText(due);
  if (!placed) {
    return continuing
      ? { kind: "milestones", text, start: first, due: last, milestones, continuing: true }
      : { kind: "milestones", text, start: first, due: last, milestones };
  }
  return { kind: "milestones", text, start: first, due: last, milestones, ...(continuing ? { continuing: true as const } : {}), yearFromReference: true };
}

/**
 * Where the last label ends when the milestones' labels follow their dates ("July 2025 (a),
 * October 2025 (b)", "March 2025 - Phase 1, April 2025 - Phase 2"): nothing but marks before the
 * first date, and after the last some words that label, up to the first that is no label's
 * ("onwards", "TBC") or a status. -1 when the labels do not follow their dates.
 */
function labelsAfter(s: Scanner, text: string, groups: readonly Group[], status: Status | undefined): number {
  const exprs = s.exprs;
  const first = exprs[groups[0]!.first]!.from;
  const last = exprs[groups[groups.length - 1]!.last - 1]!.to;
  if (status !== undefined || last >= s.count || trimEdges(text, 0, s.at[first]!) !== "") return -1;
  let k = last;
  while (k < s.count && s.used[k] === 0 && (!s.isWord(k) || classOf(s.code[k]!) === 0 || classOf(s.code[k]!) === LABEL_NOUN)) k++;
  const end = k < s.count ? s.at[k]! : text.length;
  return trimEdges(text, s.end[last - 1]!, end) !== "" ? end : -1;
}

/** A milestone, in one of a few fixed shapes (spreading into an object literal makes V8 build slow objects). */
function milestone(label: string, written: string, g: Group): Milestone {
  const start = dateText(g.start);
  const due = dateText(g.due);
  const precision = PRECISIONS[g.precision]!;
  let m: Milestone;
  if (label === "") m = { text: written, start, due, precision };
  else if (label.length === 1 && (label.charCodeAt(0) | 32) >= 97 && (label.charCodeAt(0) | 32) <= 122) {
    // "a. July 2025 b. October 2025": the letters of the action's steps.
    m = { label, step: label.toLowerCase(), text: written, start, due, precision };
  } else m = { label, text: written, start, due, precision };
  return g.approximate ? { ...m, approximate: true } : m;
}

function allJoined(s: Scanner, exprs: readonly DateExpr[]): boolean {
  for (let k = 1; k < exprs.length; k++) if (!joins(s, exprs[k - 1]!.to, exprs[k]!.from)) return false;
  return true;
}

/**
 * The common case, one group ("March 2024", "April-Sept 2024"), read without the
 * bookkeeping of roles and milestones. `oneExpression`: the group is a single expression.
 */
function buildOne(
  s: Scanner,
  text: string,
  status: Status | undefined,
  reference: number | undefined,
  cpc: number | undefined,
  oneExpression: boolean,
): Timescale {
  const exprs = s.exprs;
  const e = exprs[0]!;
  if (roleBefore(s, 0, e.from) === REPLACED) {
    return unknown(text, REPLACED_ONLY, "replaced-only");
  }
  let period: Period;
  let approximate = false;
  if (e.relative !== undefined) {
    const p = relativePeriod(e.relative, reference, cpc);
    if (typeof p === "string") return unknown(text, p, "needs-anchor");
    period = p;
  } else {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a fast path; resolveGroup reads the same
    const r = oneExpression && e.year !== undefined ? (periodIn(e, e.year) ?? "no-such-day") : resolveGroup(s, exprs, 0, exprs.length, reference);
    if (typeof r === "string") return unresolved(s, text, r, 0, exprs.length);
    period = r;
    for (let k = 0; k < exprs.length; k++) {
      const x = exprs[k]!;
      if (x.approximate) approximate = true;
      if (x.weekday >= 0) {
        const wrong = wrongWeekday(x, x.year ?? r.years![k]!);
        if (wrong !== undefined) return unknown(text, wrong, "impossible");
      }
    }
  }
  approximate ||= markedApproximate(s);
  const continuing = isContinuing(s, exprs[exprs.length - 1]!.to);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: "oneExpression && e.year" only skips the scan groupHasNoYear would do
  const placed = e.relative === undefined && !(oneExpression && e.year !== undefined) && groupHasNoYear(exprs, { first: 0, last: exprs.length });
  const start = dateText(period.start);
  const due = dateText(period.due);
  const precision = PRECISIONS[period.precision]!;
  if (status === "complete" || status === "cancelled") {
    return { kind: "status", text, status, date: { text: s.slice(e.from, exprs[exprs.length - 1]!.to), start, due, precision } };
  }
  // Object literals of a fixed shape: spreading into them makes V8 build slow objects.
  const plain = !approximate && status === undefined && e.relative === undefined && !placed;
  if (plain && !continuing) return { kind: "date", text, start, due, precision };
  if (plain) return { kind: "date", text, start, due, precision, continuing: true };
  return {
    kind: "date",
    text,
    start,
    due,
    precision,
    ...(continuing ? { continuing: true as const } : {}),
    ...(approximate ? { approximate: true as const } : {}),
    ...(e.relative !== undefined ? { relativeTo: e.relative.anchor } : {}),
    ...(placed ? { yearFromReference: true as const } : {}),
    ...(status !== undefined ? { status } : {}),
  };
}

const REPLACED_ONLY = "it gives only the target that was replaced: give the current target";

/** "approx. March 2025", "March 2025 (TBC)", "12 April to 31 May 2021 (To be confirmed)": a date marked as approximate. */
function markedApproximate(s: Scanner): boolean {
  // Stryker disable next-line EqualityOperator: one past the last token is a cleared slot (scanner.ts), so reading it changes nothing
  for (let k = 0; k < s.count; k++) {
    if (s.kind[k] !== WORD_TOKEN) continue;
    const c = classOf(s.code[k]!);
    if (c === APPROXIMATE && s.used[k] !== 2) return true;
    if (c === CONFIRMED && k >= 2 && wordIs(s, k - 1, "be") && wordIs(s, k - 2, "to")) return true; // "(To be confirmed)"
  }
  return false;
}

function noYearOfItsOwn(s: Scanner, first: DateExpr, last: DateExpr): string {
  return `"${s.slice(first.from, last.to)}" has no year of its own, and which of the text's years it takes cannot be told: write its year beside it`;
}

function backwards(s: Scanner, first: DateExpr, last: DateExpr): string {
  return `"${s.slice(first.from, last.to)}" runs backwards, to a date before the one it starts from: write the range from the earlier date to the later`;
}

/**
 * A relative target's period ("within six months": from its anchor to the anchor plus the
 * time), or why it has none when the anchor is not given.
 */
function relativePeriod(relative: NonNullable<DateExpr["relative"]>, reference: number | undefined, cpc: number | undefined): Period | string {
  const anchor = relative.anchor === "cpc" ? cpc : reference;
  if (anchor === undefined) {
    return relative.anchor === "cpc"
      ? "it counts from the peer challenge, whose date is not given: give the date it is due, or the CPC's start date"
      : "it counts from a date that is not given: give the date it is due, or a reference date to count from";
  }
  return new Period(anchor, addDays(addMonths(anchor, relative.months), relative.days), P_DAY, undefined);
}

function groupHasNoYear(exprs: readonly DateExpr[], g: Pick<Group, "first" | "last">): boolean {
  for (let k = g.first; k < g.last; k++) if (exprs[k]!.year !== undefined) return false;
  return true;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function wrongWeekday(e: DateExpr, year: number): string | undefined {
  const p = periodIn(e, year);
  if (p === undefined) return undefined;
  const actual = weekdayOf(p.start);
  if (actual === e.weekday) return undefined;
  return `${dateText(p.start)} is a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[e.weekday]}: check the day and the date`;
}

/**
 * "March 2024 and ongoing", "June 2024 onwards", "From September 2024", "Ongoing from April
 * 2024": a continuing word after the last current date (`lastEnd`), or before the first.
 */
function isContinuing(s: Scanner, lastEnd: number): boolean {
  const exprs = s.exprs;
  for (let k = lastEnd; k < s.count; k++) {
    const c = s.kind[k] === WORD_TOKEN ? classOf(s.code[k]!) : 0;
    if (c === CONTINUING_AFTER || c === ONGOING_WORD) return true;
  }
  const firstStart = exprs[0]!.from;
  for (let k = 0; k < firstStart; k++) {
    const c = s.kind[k] === WORD_TOKEN ? classOf(s.code[k]!) : 0;
    if (c === CONTINUING_BEFORE || c === ONGOING_WORD) return true;
  }
  return false;
}
