import { daysInMonth, formatDate, type CalendarDate } from "../dates.js";
import { normaliseStatus } from "../status/index.js";
import type { Frequency, Milestone, ParseTimescaleOptions, Precision, Timescale } from "./types.js";

// The parser reads a text in one pass over its characters into tokens held in typed
// arrays reused from call to call, finds the date expressions ("atoms") in a second pass
// over the tokens, and works with dates as numbers (20240331) until it builds the result.
// It allocates nothing per token or per atom: only the result and its strings.

// ---------------------------------------------------------------------------
// Whole-text wordings

const ONGOING = new Set([
  "ongoing", "on going", "continuous", "continuing", "business as usual", "bau", "rolling",
  "ongoing continuous", "continuous ongoing",
]);

const RECURRING: ReadonlyMap<string, Frequency> = new Map<string, Frequency>([
  ["annual", "annual"], ["annually", "annual"], ["yearly", "annual"], ["every year", "annual"], ["each year", "annual"],
  ["half yearly", "half-yearly"], ["six monthly", "half-yearly"], ["biannual", "half-yearly"], ["biannually", "half-yearly"],
  ["quarterly", "quarterly"], ["every quarter", "quarterly"], ["each quarter", "quarterly"],
  ["bi monthly", "bi-monthly"], ["bimonthly", "bi-monthly"],
  ["monthly", "monthly"], ["every month", "monthly"], ["each month", "monthly"],
  ["fortnightly", "fortnightly"], ["weekly", "weekly"], ["every week", "weekly"],
]);

const NOT_SET = new Set([
  "tbc", "tba", "tbd", "to be confirmed", "to be agreed", "to be determined", "to be decided",
  "n a", "na", "none", "not applicable", "unknown",
]);

// ---------------------------------------------------------------------------
// Words inside a text, each read to a number: the low five bits name the word
// (1-12 a month, 13-16 a season, or one of the words below), the bits above say
// what it can do between or around dates.

const SPRING = 13;
const WINTER = 16;
const Q = 17;
const QUARTER = 18;
const FY = 19;
const OF = 20;
const WORD = 31; // the low bits of a word that is only a connector
const ORDINAL = 1 << 5; // "st", "nd", "rd", "th"
const RANGE = 1 << 6; // joins two dates into a range
const ALTERNATIVE = 1 << 7; // joins two dates as alternatives
const CONTINUING_AFTER = 1 << 8; // "March 2024 and ongoing"
const CONTINUING_BEFORE = 1 << 9; // "From March 2024"

const WORDS: ReadonlyArray<readonly [string, number]> = [
  ["jan", 1], ["january", 1], ["feb", 2], ["february", 2], ["mar", 3], ["march", 3], ["apr", 4], ["april", 4],
  ["may", 5], ["jun", 6], ["june", 6], ["jul", 7], ["july", 7], ["aug", 8], ["august", 8], ["sep", 9],
  ["sept", 9], ["september", 9], ["oct", 10], ["october", 10], ["nov", 11], ["november", 11], ["dec", 12],
  ["december", 12],
  // Meteorological seasons (winter runs December to February).
  ["spring", 13], ["summer", 14], ["autumn", 15], ["fall", 15], ["winter", 16],
  ["q", Q], ["quarter", QUARTER], ["fy", FY], ["of", OF],
  ["st", WORD | ORDINAL], ["nd", WORD | ORDINAL], ["rd", WORD | ORDINAL], ["th", WORD | ORDINAL],
  ["to", WORD | RANGE], ["until", WORD | RANGE], ["till", WORD | RANGE], ["through", WORD | RANGE], ["thru", WORD | RANGE],
  ["or", WORD | ALTERNATIVE], ["and", WORD | ALTERNATIVE],
  ["ongoing", WORD | CONTINUING_AFTER | CONTINUING_BEFORE], ["onwards", WORD | CONTINUING_AFTER],
  ["onward", WORD | CONTINUING_AFTER], ["thereafter", WORD | CONTINUING_AFTER],
  ["continuing", WORD | CONTINUING_AFTER], ["beyond", WORD | CONTINUING_AFTER],
  ["from", WORD | CONTINUING_BEFORE], ["starting", WORD | CONTINUING_BEFORE],
];
const LONGEST_WORD = 10;

// An open-addressing table from a case-folded hash of a word to its entry in WORDS,
// so that words are looked up while they are scanned, without slicing the text.
const TABLE_SIZE = 256;
const tableHash = new Int32Array(TABLE_SIZE);
const tableEntry = new Int16Array(TABLE_SIZE).fill(-1);

function hashWord(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return h;
}
for (let e = 0; e < WORDS.length; e++) {
  const h = hashWord(WORDS[e]![0]);
  let slot = h & (TABLE_SIZE - 1);
  while (tableEntry[slot] !== -1) slot = (slot + 1) & (TABLE_SIZE - 1);
  tableHash[slot] = h;
  tableEntry[slot] = e;
}

/** The code of the letters text[at, end) (ASCII letters, any case) whose folded hash is h; 0 for no known word. */
function lookUpWord(text: string, at: number, end: number, h: number): number {
  let slot = h & (TABLE_SIZE - 1);
  for (;;) {
    const e = tableEntry[slot]!;
    if (e === -1) return 0;
    if (tableHash[slot] === h) {
      const entry = WORDS[e]!;
      const word = entry[0];
      if (word.length === end - at) {
        let same = true;
        for (let k = 0; k < word.length; k++) {
          if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) { same = false; break; }
        }
        if (same) return entry[1];
      }
    }
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
}

const SEASON_START = [0, 3, 6, 9, 12]; // by season 1-4 (spring-winter): its first month

// ---------------------------------------------------------------------------
// Tokens: runs of ASCII letters, runs of digits, or a single other character (dashes
// of every width read as "-"). Held in parallel arrays reused from call to call.

const WORD_TOKEN = 1;
const NUMBER_TOKEN = 2;
const SYMBOL_TOKEN = 3;

const HYPHEN = 45;
const SLASH = 47;
const DOT = 46;

const PRECISIONS: readonly Precision[] = ["day", "month", "season", "quarter", "financial-year", "year"];
const DAY = 0;
const MONTH = 1;
const SEASON = 2;
const QUARTER_PRECISION = 3;
const FINANCIAL_YEAR = 4;
const YEAR = 5;

const SMALL = 64;
const LARGE = 4096; // buffers grown past this many tokens are dropped at the next call
let capacity = 0;
let kind = new Uint8Array(0); // WORD_TOKEN, NUMBER_TOKEN or SYMBOL_TOKEN
let code = new Int32Array(0); // word code; digit count of a number; character code of a symbol
let value = new Float64Array(0); // value of a number
let at = new Int32Array(0); // offsets in the text
let end = new Int32Array(0);
let count = 0;

// Atoms: date expressions found in the tokens, in order. There are never more than tokens.
let atomPrecision = new Uint8Array(0);
let atomYear = new Float64Array(0); // the year the text gives, or NaN
let atomDay = new Int32Array(0); // day of the month for a day
let atomMonth = new Int32Array(0); // month of a day, or first month of a span
let atomMonths = new Int32Array(0); // months in the span; 0 for a day
let atomShift = new Int32Array(0); // years from the anchor year to the span's start
let atomFrom = new Int32Array(0); // first token
let atomTo = new Int32Array(0); // one past the last token
let years = new Float64Array(0); // each atom's year once resolved within its group
let atoms = 0;

// Groups: atoms joined by range or alternative words ("April-Sept 2024").
let groupFirst = new Int32Array(0); // first atom
let groupEnd = new Int32Array(0); // one past the last atom
let groupLabel = new Int32Array(0); // first token after the previous group: the label's start
let groups = 0;

let numbers = 0; // how many of the tokens are numbers

function allocate(size: number): void {
  capacity = size;
  kind = new Uint8Array(size);
  code = new Int32Array(size);
  value = new Float64Array(size);
  at = new Int32Array(size);
  end = new Int32Array(size);
  atomPrecision = new Uint8Array(size);
  atomYear = new Float64Array(size);
  atomDay = new Int32Array(size);
  atomMonth = new Int32Array(size);
  atomMonths = new Int32Array(size);
  atomShift = new Int32Array(size);
  atomFrom = new Int32Array(size);
  atomTo = new Int32Array(size);
  years = new Float64Array(size);
  groupFirst = new Int32Array(size);
  groupEnd = new Int32Array(size);
  groupLabel = new Int32Array(size);
}

const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/** How many tokens a long text has, so that buffers are sized by tokens, not characters. */
function countTokens(text: string): number {
  const n = text.length;
  let tokens = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      tokens++;
    } else if (isDigit(c)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      tokens++;
    } else {
      if (!isSpace(c)) tokens++;
      i++;
    }
  }
  return tokens;
}

function lex(text: string): void {
  const n = text.length;
  // A text has no more tokens than characters; a long one is counted first.
  const needed = n <= LARGE ? n : countTokens(text);
  if (needed > capacity || (capacity > LARGE && needed <= LARGE)) {
    // After a very long text, come back down rather than hold its buffers.
    allocate(needed > LARGE ? needed : Math.max(SMALL, needed, Math.min(LARGE, capacity * 2)));
  }
  const kinds = kind;
  const codes = code;
  const values = value;
  const starts = at;
  const ends = end;
  let t = 0;
  let numberTokens = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      const start = i;
      let h = lower;
      while (++i < n) {
        const d = text.charCodeAt(i) | 32;
        if (d < 97 || d > 122) break;
        h = (Math.imul(h, 31) + d) | 0;
      }
      kinds[t] = WORD_TOKEN;
      codes[t] = i - start <= LONGEST_WORD ? lookUpWord(text, start, i, h) : 0;
      starts[t] = start;
      ends[t++] = i;
    } else if (c >= 48 && c <= 57) {
      const start = i;
      let v = c - 48;
      while (++i < n) {
        const d = text.charCodeAt(i);
        if (d < 48 || d > 57) break;
        v = v * 10 + (d - 48);
      }
      kinds[t] = NUMBER_TOKEN;
      codes[t] = i - start;
      values[t] = v;
      starts[t] = start;
      ends[t++] = i;
      numberTokens++;
    } else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) {
      i++;
    } else {
      kinds[t] = SYMBOL_TOKEN;
      codes[t] = (c >= 0x2010 && c <= 0x2015) || c === 0x2212 ? HYPHEN : c;
      starts[t] = i;
      ends[t++] = ++i;
    }
  }
  count = t;
  numbers = numberTokens;
}

const isNumber = (i: number): boolean => i < count && kind[i] === NUMBER_TOKEN;
const isSymbol = (i: number, c: number): boolean => i < count && kind[i] === SYMBOL_TOKEN && code[i] === c;
/** The word code of token i, or 0 when it is not a known word. */
const wordAt = (i: number): number => (i < count && kind[i] === WORD_TOKEN ? code[i]! : 0);
const digits = (i: number): number => code[i]!;
const num = (i: number): number => value[i]!;

/** A year written with four digits (1900-2199) or two (20xx); NaN otherwise. */
function yearAt(i: number): number {
  if (!isNumber(i)) return NaN;
  if (digits(i) === 4) {
    const y = num(i);
    return y >= 1900 && y <= 2199 ? y : NaN;
  }
  return digits(i) === 2 ? 2000 + num(i) : NaN;
}

/** "2024/25", "2024-25", "2024/2025", "24/25" at token i: the year the financial year starts, or NaN. */
function financialYearAt(i: number): number {
  if (!isNumber(i) || !isNumber(i + 2) || i + 1 >= count || kind[i + 1] !== SYMBOL_TOKEN) return NaN;
  const sep = code[i + 1];
  if (sep !== SLASH && sep !== HYPHEN) return NaN;
  if (digits(i) === 2 && sep === HYPHEN) return NaN; // "24-25" is too ambiguous
  const first = yearAt(i);
  if (first !== first) return NaN;
  const b = i + 2;
  const second = digits(b) === 4 ? num(b) : digits(b) === 2 ? Math.floor(first / 100) * 100 + num(b) : NaN;
  return second === first + 1 ? first : NaN;
}

function addAtom(precision: number, year: number, day: number, month: number, months: number, shift: number, from: number, to: number): number {
  const k = atoms++;
  atomPrecision[k] = precision;
  atomYear[k] = year;
  atomDay[k] = day;
  atomMonth[k] = month;
  atomMonths[k] = months;
  atomShift[k] = shift;
  atomFrom[k] = from;
  atomTo[k] = to;
  return to;
}

/** Finds a date expression starting at token i; returns the token after it, or 0 for none. */
function atomAt(i: number, financialQuarters: boolean): number {
  const t = kind[i];
  if (t === NUMBER_TOKEN) {
    const n = digits(i);
    // 2024-03-31 (ISO)
    if (n === 4 && isSymbol(i + 1, HYPHEN) && isNumber(i + 2) && isSymbol(i + 3, HYPHEN) && isNumber(i + 4)) {
      const m = num(i + 2);
      if (m >= 1 && m <= 12) return addAtom(DAY, num(i), num(i + 4), m, 0, 0, i, i + 5);
    }
    // 31/03/2024, 31.03.24, 31-03-2024: UK numeric dates are day first.
    if (n <= 2 && i + 3 < count && kind[i + 1] === SYMBOL_TOKEN) {
      const sep = code[i + 1]!;
      if ((sep === SLASH || sep === DOT || sep === HYPHEN) && isNumber(i + 2) && digits(i + 2) <= 2 && isSymbol(i + 3, sep)) {
        const y = yearAt(i + 4);
        const m = num(i + 2);
        if (y === y && m >= 1 && m <= 12) return addAtom(DAY, y, num(i), m, 0, 0, i, i + 5);
      }
    }
    // Financial year
    const fy = financialYearAt(i);
    if (fy === fy) return addAtom(FINANCIAL_YEAR, fy, 0, 4, 12, 0, i, i + 3);
    // 03/2024: month and year
    if (n <= 2 && isSymbol(i + 1, SLASH) && isNumber(i + 2) && digits(i + 2) === 4) {
      const m = num(i);
      const y = yearAt(i + 2);
      if (y === y && m >= 1 && m <= 12) return addAtom(MONTH, y, 0, m, 1, 0, i, i + 3);
    }
    // 31 March 2024, 1st of April, 31 March
    if (n <= 2) {
      let j = i + 1;
      if (wordAt(j) & ORDINAL) j++;
      if ((wordAt(j) & 31) === OF) j++;
      const month = wordAt(j) & 31;
      if (month >= 1 && month <= 12) {
        j++;
        if (isSymbol(j, DOT)) j++;
        const y = isNumber(j) && digits(j) === 4 ? yearAt(j) : NaN;
        return addAtom(DAY, y, num(i), month, 0, 0, i, y === y ? j + 1 : j);
      }
    }
    // 2024
    const y = n === 4 ? yearAt(i) : NaN;
    if (y === y) return addAtom(YEAR, y, 0, 1, 12, 0, i, i + 1);
    return 0;
  }

  if (t !== WORD_TOKEN) return 0;
  const w = code[i]! & 31;
  if (w === 0) return 0;

  // March 2024, Sept. 19, Oct 24 (two-digit years are 20xx), March 31 2024
  if (w <= 12) {
    let j = i + 1;
    if (isSymbol(j, DOT)) j++;
    if (isNumber(j) && digits(j) <= 2 && isNumber(j + 1) && digits(j + 1) === 4) {
      const y = yearAt(j + 1);
      if (y === y) return addAtom(DAY, y, num(j), w, 0, 0, i, j + 2);
    }
    const fy = financialYearAt(j);
    const y = isNumber(j) && fy !== fy ? yearAt(j) : NaN;
    return addAtom(MONTH, y, 0, w, 1, 0, i, y === y ? j + 1 : i + 1);
  }

  // Spring 2024, Autumn 19, Winter 2024/25 (winter 2024 runs into 2025)
  if (w >= SPRING && w <= WINTER) {
    const first = SEASON_START[w - SPRING + 1]!;
    const fy = w === WINTER ? financialYearAt(i + 1) : NaN;
    const y = fy === fy ? fy : yearAt(i + 1);
    return addAtom(SEASON, y, 0, first, 3, 0, i, fy === fy ? i + 4 : y === y ? i + 2 : i + 1);
  }

  // Q3 2024/25 (financial), Q1 2024 (calendar unless asked), Quarter 2
  if ((w === Q || w === QUARTER) && isNumber(i + 1) && digits(i + 1) === 1 && num(i + 1) >= 1 && num(i + 1) <= 4) {
    const q = num(i + 1);
    const fy = financialYearAt(i + 2);
    const financial = fy === fy || financialQuarters;
    const y = fy === fy ? fy : yearAt(i + 2);
    const firstMonth = financial ? (q < 4 ? q * 3 + 1 : 1) : (q - 1) * 3 + 1;
    // Financial Q4 (January-March) falls in the calendar year after the one the financial year starts in.
    const shift = financial && q === 4 ? 1 : 0;
    return addAtom(QUARTER_PRECISION, y, 0, firstMonth, 3, shift, i, fy === fy ? i + 5 : y === y ? i + 3 : i + 2);
  }

  // FY 2024/25, FY24/25
  if (w === FY) {
    const fy = financialYearAt(i + 1);
    if (fy === fy) return addAtom(FINANCIAL_YEAR, fy, 0, 4, 12, 0, i, i + 4);
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Periods, as dates written as numbers (2024-03-31 is 20240331), which order as the
// dates do.

let periodStart = 0;
let periodDue = 0;

/** Sets periodStart and periodDue for atom k in the given year; false when there is no such date (30 February). */
function period(k: number, year: number): boolean {
  const month = atomMonth[k]!;
  const day = atomDay[k]!;
  if (atomMonths[k] === 0) {
    if (day < 1 || day > daysInMonth(year, month)) return false;
    periodStart = periodDue = year * 10000 + month * 100 + day;
    return true;
  }
  const y = year + atomShift[k]!;
  const lastIndex = month - 1 + atomMonths[k]! - 1;
  const endYear = y + Math.floor(lastIndex / 12);
  const endMonth = (lastIndex % 12) + 1;
  periodStart = y * 10000 + month * 100 + 1;
  periodDue = endYear * 10000 + endMonth * 100 + daysInMonth(endYear, endMonth);
  return true;
}

// Dates in 1900-2199 are formatted once and kept (up to 125,000 short strings).
const CACHE_FROM = 19000000;
const CACHE_TO = 22000000;
let formatted: string[] | undefined;

function dateText(n: number): CalendarDate {
  if (n > CACHE_FROM && n < CACHE_TO) {
    const year = (n / 10000) | 0;
    const rest = n - year * 10000;
    const month = (rest / 100) | 0;
    const day = rest - month * 100;
    const slot = (year - 1900) * 416 + month * 32 + day;
    const cache = (formatted ??= Array.from({ length: 300 * 416 }, () => ""));
    const known = cache[slot]!;
    return known !== "" ? known : (cache[slot] = formatDate(year, month, day));
  }
  const year = Math.floor(n / 10000);
  const rest = n - year * 10000;
  const month = Math.floor(rest / 100);
  return formatDate(year, month, rest - month * 100);
}

const NO_YEAR = "it gives no year; pass a reference date to resolve it";
const NO_SUCH_DATE = "it names a date that does not exist";

let resolvedStart = 0;
let resolvedDue = 0;
let resolvedPrecision = 0;

/** A year written once serves the whole group: "April-Sept 2024", "February/March 2024". */
function fillYears(first: number, last: number): void {
  for (let k = last - 1; k >= first; k--) {
    if (years[k] === years[k]) continue;
    let anchor = -1;
    for (let j = k + 1; j < last; j++) if (years[j] === years[j]) { anchor = j; break; }
    if (anchor < 0) for (let j = k - 1; j >= first; j--) if (years[j] === years[j]) { anchor = j; break; }
    if (anchor < 0) continue;
    const ay = years[anchor]!;
    let y = ay;
    if (period(anchor, ay)) {
      const anchorStart = periodStart;
      // "Nov-Feb 2025" starts in November 2024; "March 2024 - February" ends in February 2025.
      if (period(k, ay)) {
        if (k < anchor && periodStart > anchorStart) y = ay - 1;
        if (k > anchor && periodDue < anchorStart) y = ay + 1;
      }
    }
    years[k] = y;
  }
}

/** Resolves the years of a group's atoms and sets its period; returns why it has none, if it has none. */
function resolveGroup(g: number, reference: number): string | undefined {
  const first = groupFirst[g]!;
  const last = groupEnd[g]!;
  // The common case: one atom with its own year ("March 2024").
  if (last - first === 1 && atomYear[first] === atomYear[first]) {
    if (!period(first, atomYear[first]!)) return NO_SUCH_DATE;
    resolvedStart = periodStart;
    resolvedDue = periodDue;
    resolvedPrecision = atomPrecision[first]!;
    return undefined;
  }
  let missing = false;
  for (let k = first; k < last; k++) years[k] = atomYear[k]!;
  fillYears(first, last);
  for (let k = first; k < last; k++) if (years[k] !== years[k]) missing = true;
  if (missing) {
    if (reference !== reference) return NO_YEAR;
    // No year anywhere: the first occurrence of the last date whose end is on or after the reference date.
    const refYear = Math.floor(reference / 10000);
    let chosen = NaN;
    for (let y = refYear - 1; y <= refYear + 2; y++) {
      if (period(last - 1, y) && periodDue >= reference) { chosen = y; break; }
    }
    if (chosen !== chosen) return NO_SUCH_DATE;
    for (let k = first; k < last; k++) years[k] = atomYear[k]!;
    years[last - 1] = chosen;
    fillYears(first, last);
  }
  // Ranges and alternatives both take the earliest start and the later end.
  let start = 0;
  let due = 0;
  let precision = 0;
  for (let k = first; k < last; k++) {
    if (!period(k, years[k]!)) return NO_SUCH_DATE;
    if (k === first || periodStart < start) start = periodStart;
    if (k === first || periodDue >= due) {
      due = periodDue;
      precision = atomPrecision[k]!;
    }
  }
  resolvedStart = start;
  resolvedDue = due;
  resolvedPrecision = precision;
  return undefined;
}

// ---------------------------------------------------------------------------

// Trims spaces and punctuation from both ends by scanning character codes, so that
// long runs of punctuation cost linear time.
function isLabelEdge(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 45 || (c >= 0x2010 && c <= 0x2015) ||
    c === 58 || c === 59 || c === 44 || c === 46 || c === 40 || c === 41
  );
}
function trimmedLabel(text: string, from: number, to: number): string {
  while (from < to && isLabelEdge(text.charCodeAt(from))) from++;
  while (to > from && isLabelEdge(text.charCodeAt(to - 1))) to--;
  return from < to ? text.slice(from, to) : "";
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

const REFERENCE = /^\d{4}-\d{2}-\d{2}$/;
const NO_OPTIONS: ParseTimescaleOptions = Object.freeze({});

/**
 * Reads a timescale as UK councils write it and says what it means. Never throws.
 *
 * Conventions: a period is due on its last day ("March 2024" is due 2024-03-31);
 * seasons are meteorological (winter 2024 ends 2025-02-28); the financial year runs
 * 1 April to 31 March ("2024/25" is due 2025-03-31) and its quarters start in April
 * ("Q3 2024/25" is October-December 2024); numeric dates are day first; two-digit
 * years are 20xx ("Autumn 19", "Oct 24"); ranges and alternatives take the later end
 * ("April-Sept 2024", "February/March 2024"); "X and ongoing" is dated X and continues;
 * several dates in a row are milestones; a status word ("Completed") is recognised as such.
 *
 * @param text - The timescale exactly as published.
 * @param options - A reference date for texts with no year; how to read "Q1 2024".
 * @returns What the text means; see {@link Timescale}.
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale } from "peer-challenge";
 * parseTimescale("Autumn 19");
 * //=> { kind: "date", text: "Autumn 19", start: "2019-09-01", due: "2019-11-30", precision: "season" }
 * parseTimescale("Nov 2019 and ongoing");
 * //=> { kind: "date", ..., due: "2019-11-30", precision: "month", continuing: true }
 * parseTimescale("Completed");
 * //=> { kind: "status", text: "Completed", status: "complete" }
 * parseTimescale("March");
 * //=> { kind: "unknown", text: "March", reason: "it gives no year; pass a reference date to resolve it" }
 * ```
 */
export function parseTimescale(text: string, options: ParseTimescaleOptions = NO_OPTIONS): Timescale {
  if (typeof text !== "string") return { kind: "unknown", text: String(text), reason: "it is not text" };
  lex(text);
  // The whole-text wordings ("Ongoing", "Annual", "TBC", "Completed") have no digits and
  // are short, so most dated texts skip these look-ups.
  if (numbers === 0 && text.length <= 40) {
    const folded = fold(text);
    if (folded === "") return { kind: "unknown", text, reason: "no timescale is given" };
    if (NOT_SET.has(folded)) return { kind: "unknown", text, reason: "the target is still to be confirmed" };
    if (ONGOING.has(folded)) return { kind: "ongoing", text };
    const frequency = RECURRING.get(folded);
    if (frequency) return { kind: "recurring", text, frequency };
    const status = normaliseStatus(text);
    if (status) return { kind: "status", text, status };
  }
  let reference = NaN;
  if (options.reference !== undefined) {
    if (!REFERENCE.test(options.reference)) {
      return { kind: "unknown", text, reason: `the reference date ${JSON.stringify(options.reference)} is not YYYY-MM-DD` };
    }
    const r = options.reference;
    reference = Number(r.slice(0, 4)) * 10000 + Number(r.slice(5, 7)) * 100 + Number(r.slice(8, 10));
  }

  const financialQuarters = options.quarters === "financial";
  atoms = 0;
  groups = 0;
  let lastEnd = 0; // token index after the last atom
  for (let i = 0; i < count; ) {
    const to = atomAt(i, financialQuarters);
    if (to === 0) { i++; continue; }
    let joined = false;
    if (groups > 0 && i > lastEnd && i - lastEnd <= 3) {
      // Only connecting words between two atoms join them into one group.
      let connecting = true;
      for (let k = lastEnd; k < i && connecting; k++) {
        const c = code[k]!;
        connecting = kind[k] === SYMBOL_TOKEN
          ? c === HYPHEN || c === SLASH || c === 38 /* & */ || c === 44 /* , */ || c === 43 /* + */
          : kind[k] === WORD_TOKEN && (c & (RANGE | ALTERNATIVE)) !== 0;
      }
      if (connecting) {
        groupEnd[groups - 1] = atoms;
        joined = true;
      }
    }
    if (!joined) {
      groupFirst[groups] = atoms - 1;
      groupEnd[groups] = atoms;
      groupLabel[groups++] = lastEnd;
    }
    lastEnd = to;
    i = to;
  }
  if (groups === 0) return { kind: "unknown", text, reason: "no date, period or known wording was found" };

  let continuing = false;
  for (let k = lastEnd; k < count && !continuing; k++) continuing = kind[k] === WORD_TOKEN && (code[k]! & CONTINUING_AFTER) !== 0;
  for (let k = 0, first = atomFrom[0]!; k < first && !continuing; k++) continuing = kind[k] === WORD_TOKEN && (code[k]! & CONTINUING_BEFORE) !== 0;

  if (groups === 1) {
    const reason = resolveGroup(0, reference);
    if (reason !== undefined) return { kind: "unknown", text, reason };
    const start = dateText(resolvedStart);
    const due = dateText(resolvedDue);
    const precision = PRECISIONS[resolvedPrecision]!;
    return continuing
      ? { kind: "date", text, start, due, precision, continuing: true }
      : { kind: "date", text, start, due, precision };
  }

  const milestones: Milestone[] = [];
  let start = 0;
  let due = 0;
  for (let g = 0; g < groups; g++) {
    const reason = resolveGroup(g, reference);
    if (reason !== undefined) return { kind: "unknown", text, reason };
    if (g === 0 || resolvedStart < start) start = resolvedStart;
    if (g === 0 || resolvedDue > due) due = resolvedDue;
    const firstToken = atomFrom[groupFirst[g]!]!;
    const lastToken = atomTo[groupEnd[g]! - 1]! - 1;
    const label = trimmedLabel(text, at[groupLabel[g]!]!, at[firstToken]!);
    // Object literals of a fixed shape: spreading into them makes V8 build slow objects.
    const mtext = text.slice(at[firstToken]!, end[lastToken]!);
    const mstart = dateText(resolvedStart);
    const mdue = dateText(resolvedDue);
    const precision = PRECISIONS[resolvedPrecision]!;
    milestones.push(label ? { label, text: mtext, start: mstart, due: mdue, precision } : { text: mtext, start: mstart, due: mdue, precision });
  }
  const s = dateText(start);
  const d = dateText(due);
  return continuing
    ? { kind: "milestones", text, start: s, due: d, milestones, continuing: true }
    : { kind: "milestones", text, start: s, due: d, milestones };
}
