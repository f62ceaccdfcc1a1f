import { daysInMonth, endOfMonth, formatDate, type CalendarDate } from "../dates.js";
import { normaliseStatus } from "../status/index.js";
import type { Frequency, Milestone, ParseTimescaleOptions, Precision, Timescale } from "./types.js";

// ---------------------------------------------------------------------------
// Words

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

type Season = "spring" | "summer" | "autumn" | "winter";
const SEASONS: Readonly<Record<string, Season>> = {
  spring: "spring", summer: "summer", autumn: "autumn", fall: "autumn", winter: "winter",
};
// Meteorological seasons: the first month of each (winter runs December to February).
const SEASON_START: Readonly<Record<Season, number>> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

const ONGOING = new Set([
  "ongoing", "on going", "continuous", "continuing", "business as usual", "bau", "rolling",
  "ongoing continuous", "continuous ongoing",
]);

const RECURRING: Readonly<Record<string, Frequency>> = {
  annual: "annual", annually: "annual", yearly: "annual", "every year": "annual", "each year": "annual",
  "half yearly": "half-yearly", "six monthly": "half-yearly", biannual: "half-yearly", biannually: "half-yearly",
  quarterly: "quarterly", "every quarter": "quarterly", "each quarter": "quarterly",
  "bi monthly": "bi-monthly", bimonthly: "bi-monthly",
  monthly: "monthly", "every month": "monthly", "each month": "monthly",
  fortnightly: "fortnightly", weekly: "weekly", "every week": "weekly",
};

const NOT_SET = new Set([
  "tbc", "tba", "tbd", "to be confirmed", "to be agreed", "to be determined", "to be decided",
  "n a", "na", "none", "not applicable", "unknown",
]);

const RANGE_WORDS = new Set(["-", "to", "until", "till", "through", "thru"]);
const ALTERNATIVE_WORDS = new Set(["/", "or", "and", "&", ",", "+"]);
const CONTINUING_AFTER = new Set(["ongoing", "onwards", "onward", "thereafter", "continuing", "beyond"]);
const CONTINUING_BEFORE = new Set(["from", "starting", "ongoing"]);
const ORDINAL = new Set(["st", "nd", "rd", "th"]);

// ---------------------------------------------------------------------------
// Tokens

interface Token {
  /** Lower-case text of the token. */
  readonly v: string;
  /** `w`ord, `n`umber or `s`ymbol. */
  readonly t: "w" | "n" | "s";
  /** Offsets in the original text. */
  readonly at: number;
  readonly end: number;
}

// One pass over the characters, no regular expression: runs of ASCII letters, runs
// of digits, or a single other character (dashes of every width read as "-").
function lex(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      const at = i;
      while (i < n) {
        const d = text.charCodeAt(i) | 32;
        if (d < 97 || d > 122) break;
        i++;
      }
      out.push({ v: text.slice(at, i).toLowerCase(), t: "w", at, end: i });
    } else if (c >= 48 && c <= 57) {
      const at = i;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 48 || d > 57) break;
        i++;
      }
      out.push({ v: text.slice(at, i), t: "n", at, end: i });
    } else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) {
      i++;
    } else {
      // A lone surrogate half stays a symbol; a dash of any width is a hyphen.
      const v = (c >= 0x2010 && c <= 0x2015) || c === 0x2212 ? "-" : text[i]!;
      out.push({ v, t: "s", at: i, end: i + 1 });
      i++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Periods

interface Period {
  readonly start: CalendarDate;
  readonly due: CalendarDate;
}

/** A date expression found in the text; `year` is its anchor year when the text gives one. */
interface Atom {
  readonly precision: Precision;
  readonly year: number | undefined;
  /** The period for an anchor year, or undefined when there is no such date (30 February). */
  readonly period: (year: number) => Period | undefined;
  readonly from: number; // first token index
  readonly to: number; // one past the last token index
}

function monthPeriod(year: number, month: number): Period {
  return { start: formatDate(year, month, 1), due: endOfMonth(year, month) };
}

function monthsPeriod(year: number, firstMonth: number, months: number): Period {
  const lastIndex = firstMonth - 1 + months - 1;
  const endYear = year + Math.floor(lastIndex / 12);
  const endMonth = (lastIndex % 12) + 1;
  return { start: formatDate(year, firstMonth, 1), due: endOfMonth(endYear, endMonth) };
}

function dayPeriod(year: number, month: number, day: number): Period | undefined {
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const d = formatDate(year, month, day);
  return { start: d, due: d };
}

const isNum = (tok: Token | undefined): tok is Token => tok?.t === "n";
const numVal = (tok: Token): number => Number(tok.v);

/** A year written with four digits (1900-2199) or two (20xx). */
function yearOf(tok: Token | undefined): number | undefined {
  if (!isNum(tok)) return undefined;
  if (tok.v.length === 4) {
    const y = numVal(tok);
    return y >= 1900 && y <= 2199 ? y : undefined;
  }
  return tok.v.length === 2 ? 2000 + numVal(tok) : undefined;
}

/** "2024/25", "2024-25", "2024/2025", "24/25": a financial year starting in the first year. */
function financialYearAt(toks: readonly Token[], i: number): { year: number; next: number } | undefined {
  const a = toks[i];
  const sep = toks[i + 1];
  const b = toks[i + 2];
  if (!isNum(a) || !isNum(b) || !sep || (sep.v !== "/" && sep.v !== "-")) return undefined;
  if (a.v.length === 2 && sep.v === "-") return undefined; // "24-25" is too ambiguous
  const first = yearOf(a);
  if (first === undefined || (a.v.length !== 4 && a.v.length !== 2)) return undefined;
  const second = b.v.length === 4 ? numVal(b) : b.v.length === 2 ? Math.floor(first / 100) * 100 + numVal(b) : NaN;
  if (second !== first + 1) return undefined;
  return { year: first, next: i + 3 };
}

function atomAt(toks: readonly Token[], i: number, options: ParseTimescaleOptions): Atom | undefined {
  const tok = toks[i];
  if (!tok) return undefined;
  const next = toks[i + 1];

  if (tok.t === "n") {
    // 2024-03-31 (ISO)
    if (tok.v.length === 4 && next?.v === "-" && isNum(toks[i + 2]) && toks[i + 3]?.v === "-" && isNum(toks[i + 4])) {
      const y = numVal(tok);
      const m = numVal(toks[i + 2]!);
      const d = numVal(toks[i + 4]!);
      if (m >= 1 && m <= 12) {
        return { precision: "day", year: y, period: (yr) => dayPeriod(yr, m, d), from: i, to: i + 5 };
      }
    }
    // 31/03/2024, 31.03.24, 31-03-2024: UK numeric dates are day first.
    if (
      tok.v.length <= 2 && next && (next.v === "/" || next.v === "." || next.v === "-") &&
      isNum(toks[i + 2]) && toks[i + 2]!.v.length <= 2 && toks[i + 3]?.v === next.v
    ) {
      const y = yearOf(toks[i + 4]);
      const d = numVal(tok);
      const m = numVal(toks[i + 2]!);
      if (y !== undefined && m >= 1 && m <= 12) {
        return { precision: "day", year: y, period: (yr) => dayPeriod(yr, m, d), from: i, to: i + 5 };
      }
    }
    // Financial year
    const fy = financialYearAt(toks, i);
    if (fy) {
      return { precision: "financial-year", year: fy.year, period: (yr) => monthsPeriod(yr, 4, 12), from: i, to: fy.next };
    }
    // 03/2024: month and year
    if (tok.v.length <= 2 && next?.v === "/" && isNum(toks[i + 2]) && toks[i + 2]!.v.length === 4) {
      const m = numVal(tok);
      const y = yearOf(toks[i + 2]);
      if (y !== undefined && m >= 1 && m <= 12) {
        return { precision: "month", year: y, period: (yr) => monthPeriod(yr, m), from: i, to: i + 3 };
      }
    }
    // 31 March 2024, 1st of April, 31 March
    if (tok.v.length <= 2) {
      let j = i + 1;
      if (toks[j] && ORDINAL.has(toks[j]!.v)) j++;
      if (toks[j]?.v === "of") j++;
      const month = toks[j] ? MONTHS[toks[j]!.v] : undefined;
      if (month !== undefined) {
        j++;
        if (toks[j]?.v === ".") j++;
        const d = numVal(tok);
        const y = toks[j]?.v.length === 4 ? yearOf(toks[j]) : undefined;
        return {
          precision: "day",
          year: y,
          period: (yr) => dayPeriod(yr, month, d),
          from: i,
          to: y === undefined ? j : j + 1,
        };
      }
    }
    // 2024
    const y = tok.v.length === 4 ? yearOf(tok) : undefined;
    if (y !== undefined) {
      return { precision: "year", year: y, period: (yr) => monthsPeriod(yr, 1, 12), from: i, to: i + 1 };
    }
    return undefined;
  }

  if (tok.t !== "w") return undefined;

  // March 2024, Sept. 19, Oct 24 (two-digit years are 20xx), March 31 2024
  const month = MONTHS[tok.v];
  if (month !== undefined) {
    let j = i + 1;
    if (toks[j]?.v === ".") j++;
    const a = toks[j];
    if (isNum(a) && a.v.length <= 2 && toks[j + 1]?.v.length === 4 && yearOf(toks[j + 1]) !== undefined) {
      const d = numVal(a);
      return { precision: "day", year: yearOf(toks[j + 1]), period: (yr) => dayPeriod(yr, month, d), from: i, to: j + 2 };
    }
    const y = isNum(a) && financialYearAt(toks, j) === undefined ? yearOf(a) : undefined;
    return { precision: "month", year: y, period: (yr) => monthPeriod(yr, month), from: i, to: y === undefined ? i + 1 : j + 1 };
  }

  // Spring 2024, Autumn 19, Winter 2024/25 (winter 2024 runs into 2025)
  const season = SEASONS[tok.v];
  if (season !== undefined) {
    const first = SEASON_START[season];
    const fy = season === "winter" ? financialYearAt(toks, i + 1) : undefined;
    const y = fy ? fy.year : yearOf(next);
    return {
      precision: "season",
      year: y,
      period: (yr) => monthsPeriod(yr, first, 3),
      from: i,
      to: fy ? fy.next : y === undefined ? i + 1 : i + 2,
    };
  }

  // Q3 2024/25 (financial), Q1 2024 (calendar unless asked), Quarter 2
  if ((tok.v === "q" || tok.v === "quarter") && isNum(next) && numVal(next) >= 1 && numVal(next) <= 4 && next.v.length === 1) {
    const q = numVal(next);
    const fy = financialYearAt(toks, i + 2);
    const financial = fy !== undefined || options.quarters === "financial";
    const y = fy ? fy.year : yearOf(toks[i + 2]);
    const firstMonth = financial ? (q < 4 ? q * 3 + 1 : 1) : (q - 1) * 3 + 1;
    // Financial Q4 (January-March) falls in the calendar year after the one the financial year starts in.
    const shift = financial && q === 4 ? 1 : 0;
    return {
      precision: "quarter",
      year: y,
      period: (yr) => monthsPeriod(yr + shift, firstMonth, 3),
      from: i,
      to: fy ? fy.next : y === undefined ? i + 2 : i + 3,
    };
  }

  // FY 2024/25, FY24/25
  if (tok.v === "fy") {
    const fy = financialYearAt(toks, i + 1);
    if (fy) return { precision: "financial-year", year: fy.year, period: (yr) => monthsPeriod(yr, 4, 12), from: i, to: fy.next };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Groups: atoms joined by range ("April-Sept 2024") or alternative ("February/March 2024") words

interface Group {
  readonly atoms: Atom[];
  range: boolean;
  /** Index of the first token after the previous group (start of this group's label). */
  readonly labelFrom: number;
}

const HAS_DIGIT = /\d/;

function fold(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** Resolves each atom's year within its group; returns the group's period or a reason it has none. */
function resolveGroup(
  group: Group,
  reference: CalendarDate | undefined,
): { period: Period; precision: Precision } | string {
  const atoms = group.atoms;
  // The common case: one atom with its own year ("March 2024").
  if (atoms.length === 1 && atoms[0]!.year !== undefined) {
    const only = atoms[0]!;
    const p = only.period(only.year!);
    return p ? { period: p, precision: only.precision } : "it names a date that does not exist";
  }
  const years: (number | undefined)[] = atoms.map((a) => a.year);
  // A year written once serves the whole group: "April-Sept 2024", "February/March 2024".
  for (let k = atoms.length - 1; k >= 0; k--) {
    if (years[k] !== undefined) continue;
    let anchor = -1;
    for (let j = k + 1; j < atoms.length; j++) if (years[j] !== undefined) { anchor = j; break; }
    if (anchor < 0) for (let j = k - 1; j >= 0; j--) if (years[j] !== undefined) { anchor = j; break; }
    if (anchor < 0) continue;
    const ay = years[anchor]!;
    const anchorPeriod = atoms[anchor]!.period(ay);
    let y = ay;
    const own = atoms[k]!.period(y);
    // "Nov-Feb 2025" starts in November 2024; "March 2024 - February" ends in February 2025.
    if (own && anchorPeriod) {
      if (k < anchor && own.start > anchorPeriod.start) y = ay - 1;
      if (k > anchor && own.due < anchorPeriod.start) y = ay + 1;
    }
    years[k] = y;
  }
  if (years.some((y) => y === undefined)) {
    if (reference === undefined) return "it gives no year; pass a reference date to resolve it";
    // No year anywhere: the first occurrence whose end is on or after the reference date.
    const last = atoms[atoms.length - 1]!;
    const refYear = Number(reference.slice(0, 4));
    let chosen: number | undefined;
    for (let y = refYear - 1; y <= refYear + 2; y++) {
      const p = last.period(y);
      if (p && p.due >= reference) { chosen = y; break; }
    }
    if (chosen === undefined) return "it names a date that does not exist";
    const resolved: Group = { atoms: atoms.map((a) => ({ ...a, year: a.year })), range: group.range, labelFrom: group.labelFrom };
    (resolved.atoms as Atom[])[atoms.length - 1] = { ...last, year: chosen };
    return resolveGroup(resolved, undefined);
  }
  const periods: Period[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const p = atoms[k]!.period(years[k]!);
    if (!p) return "it names a date that does not exist";
    periods.push(p);
  }
  let start = periods[0]!.start;
  let due = periods[0]!.due;
  let precision = atoms[0]!.precision;
  for (let k = 1; k < periods.length; k++) {
    if (periods[k]!.start < start) start = periods[k]!.start;
    // Ranges and alternatives both take the later end.
    if (periods[k]!.due >= due) {
      due = periods[k]!.due;
      precision = atoms[k]!.precision;
    }
  }
  return { period: { start, due }, precision };
}

// Trims spaces and punctuation from both ends by scanning character codes, so that
// long runs of punctuation cost linear time.
function isLabelEdge(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 45 || (c >= 0x2010 && c <= 0x2015) ||
    c === 58 || c === 59 || c === 44 || c === 46 || c === 40 || c === 41
  );
}
function trimLabel(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isLabelEdge(s.charCodeAt(a))) a++;
  while (b > a && isLabelEdge(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

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
export function parseTimescale(text: string, options: ParseTimescaleOptions = {}): Timescale {
  if (typeof text !== "string") return { kind: "unknown", text: String(text), reason: "it is not text" };
  // The whole-text wordings ("Ongoing", "Annual", "TBC", "Completed") have no digits and
  // are short, so most dated texts skip these look-ups.
  if (text.length <= 40 && !HAS_DIGIT.test(text)) {
    const folded = fold(text);
    if (folded === "") return { kind: "unknown", text, reason: "no timescale is given" };
    if (NOT_SET.has(folded)) return { kind: "unknown", text, reason: "the target is still to be confirmed" };
    if (ONGOING.has(folded)) return { kind: "ongoing", text };
    const frequency = RECURRING[folded];
    if (frequency) return { kind: "recurring", text, frequency };
    const status = normaliseStatus(text);
    if (status) return { kind: "status", text, status };
  }
  if (options.reference !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.reference)) {
    return { kind: "unknown", text, reason: `the reference date ${JSON.stringify(options.reference)} is not YYYY-MM-DD` };
  }

  const toks = lex(text);
  const groups: Group[] = [];
  let lastEnd = 0; // token index after the last atom
  for (let i = 0; i < toks.length; ) {
    const atom = atomAt(toks, i, options);
    if (!atom) { i++; continue; }
    const current = groups[groups.length - 1];
    let joined = false;
    if (current && i > lastEnd && i - lastEnd <= 3) {
      // Only connecting words between two atoms join them into one group.
      let connecting = true;
      let range = false;
      for (let k = lastEnd; k < i; k++) {
        const v = toks[k]!.v;
        if (RANGE_WORDS.has(v)) range = true;
        else if (!ALTERNATIVE_WORDS.has(v)) connecting = false;
      }
      if (connecting) {
        current.atoms.push(atom);
        if (range) current.range = true;
        joined = true;
      }
    }
    if (!joined) groups.push({ atoms: [atom], range: false, labelFrom: lastEnd });
    lastEnd = atom.to;
    i = atom.to;
  }
  if (groups.length === 0) return { kind: "unknown", text, reason: "no date, period or known wording was found" };

  let continuing = false;
  for (let k = lastEnd; k < toks.length && !continuing; k++) continuing = CONTINUING_AFTER.has(toks[k]!.v);
  for (let k = 0, first = groups[0]!.atoms[0]!.from; k < first && !continuing; k++) continuing = CONTINUING_BEFORE.has(toks[k]!.v);

  const milestones: Milestone[] = [];
  for (const group of groups) {
    const resolved = resolveGroup(group, options.reference);
    if (typeof resolved === "string") return { kind: "unknown", text, reason: resolved };
    const first = group.atoms[0]!;
    const last = group.atoms[group.atoms.length - 1]!;
    const labelStart = toks[group.labelFrom]?.at ?? 0;
    const label = trimLabel(text.slice(labelStart, toks[first.from]!.at));
    // Object literals of a fixed shape: spreading into them makes V8 build slow objects.
    const mtext = text.slice(toks[first.from]!.at, toks[last.to - 1]!.end);
    const { start, due } = resolved.period;
    const precision = resolved.precision;
    milestones.push(label ? { label, text: mtext, start, due, precision } : { text: mtext, start, due, precision });
  }

  if (milestones.length === 1) {
    const { start, due, precision } = milestones[0]!;
    return continuing
      ? { kind: "date", text, start, due, precision, continuing: true }
      : { kind: "date", text, start, due, precision };
  }
  let start = milestones[0]!.start;
  let due = milestones[0]!.due;
  for (const m of milestones) {
    if (m.start < start) start = m.start;
    if (m.due > due) due = m.due;
  }
  return continuing ? { kind: "milestones", text, start, due, milestones, continuing: true } : { kind: "milestones", text, start, due, milestones };
}
