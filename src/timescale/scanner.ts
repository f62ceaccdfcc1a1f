/**
 * The scanner: a text's tokens, the date expressions found in them, and the problem
 * that makes the reading unknown, if any. One object holds all the state of a reading
 * and is passed explicitly to every recogniser (see `forms.ts`).
 *
 * Tokens are runs of ASCII letters, runs of digits, or a single other character (dashes
 * of every width read as "-"). They live in typed arrays that a scanner reuses from reading
 * to reading (parse.ts lends one scanner to one reading at a time), so that reading a text
 * allocates only its date expressions and its result.
 */
import { hashOf, hashStep } from "../hash.js";
import { classOf, LONGEST_WORD, valueOf, WORDS } from "./words.js";

export const WORD_TOKEN = 1;
export const NUMBER_TOKEN = 2;
export const SYMBOL_TOKEN = 3;

export const HYPHEN = 45;
export const SLASH = 47;
export const DOT = 46;
export const APOSTROPHE = 39;
export const OPEN = 40; // (
export const CLOSE = 41; // )
export const COMMA = 44;
export const COLON = 58;

/** Why a recogniser found a text cannot be read. */
export type ProblemCause = "impossible" | "ambiguous" | "unrecognised" | "no-year";

/** How exact a date expression is, as a small number (see PRECISIONS in parse.ts). */
export const P_DAY = 0;
export const P_WEEK = 1;
export const P_MONTH = 2;
export const P_SEASON = 3;
export const P_QUARTER = 4;
export const P_HALF = 5;
export const P_FINANCIAL_YEAR = 6;
export const P_YEAR = 7;
export const P_PART = 8;
export const P_TERM = 9;

/** What a date expression is to the target: the target, a date it replaced, or the date replacing one. */
export const CURRENT = 0;
export const REPLACED = 1;
export const REPLACING = 2;

/**
 * A date expression: a period given relative to a year, which the text may or may not
 * state. The period starts `startYear` years after that year, in `startMonth` on
 * `startDay`, and ends `endYear` years after it, in `endMonth` on `endDay` (0: the
 * month's last day). "Winter 2024" is December (year +0) to February (year +1).
 */
export interface DateExpr {
  precision: number;
  /** The year the text states, or undefined when it states none ("March"). */
  year: number | undefined;
  startYear: number;
  startMonth: number;
  startDay: number;
  endYear: number;
  endMonth: number;
  /** The last day; 0 for the last day of the month. */
  endDay: number;
  /** Days to add to the start ("week ending 7 March": the week's first day is 6 days before). */
  startPlusDays: number;
  /** Days to add to the end ("w/c 3 March": the week's last day is 6 days on). */
  endPlusDays: number;
  /** A weekday the text names for the day (0 Sunday), checked once the year is known; -1 for none. */
  weekday: number;
  approximate: boolean;
  /** Whether it is a quarter, half or year of a financial year (which a yearless quarter beside it shares). */
  financial: boolean;
  /** For "within six months": months and days from the anchor, and which anchor. */
  relative: undefined | { readonly months: number; readonly days: number; readonly anchor: "reference" | "cpc" };
  role: number;
  /** First token and one past the last. */
  from: number;
  to: number;
}

// An open-addressing table from a case-folded hash of a word to its code, so that words
// are looked up while they are scanned, without slicing the text.
const TABLE_SIZE = 1024;
const tableHash = new Int32Array(TABLE_SIZE);
const tableWord = new Array<string>(TABLE_SIZE).fill("");
const tableCode = new Int32Array(TABLE_SIZE);

for (const [word, code] of WORDS) {
  const h = hashOf(word);
  let slot = h & (TABLE_SIZE - 1);
  while (tableWord[slot] !== "") slot = (slot + 1) & (TABLE_SIZE - 1);
  tableHash[slot] = h;
  tableWord[slot] = word;
  tableCode[slot] = code;
}

/** The code of the letters text[at, end) (ASCII letters, any case) whose folded hash is h; 0 for no known word. */
function lookUpWord(text: string, at: number, end: number, h: number): number {
  let slot = h & (TABLE_SIZE - 1);
  for (;;) {
    const word = tableWord[slot]!;
    if (word === "") return 0;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the hash and length are a quick check before the comparison that decides
    if (tableHash[slot] === h && word.length === end - at) {
      let same = true;
      for (let k = 0; k < word.length; k++) {
        if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) {
          same = false;
          break;
        }
      }
      if (same) return tableCode[slot]!;
    }
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
}

const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// Stryker disable next-line all: countTokens only sizes buffers; a space it takes for a token makes them bigger, never too small
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

const SMALL = 64;
const LARGE = 4096; // buffers grown past this many tokens are dropped at the next reading
const LOOK_AHEAD = 8; // the furthest a recogniser looks past a token

export class Scanner {
  text = "";
  /** How many tokens the text has. */
  count = 0;
  /** How many of them are numbers. */
  numbers = 0;
  /** WORD_TOKEN, NUMBER_TOKEN or SYMBOL_TOKEN. */
  kind = new Uint8Array(0);
  /** A word's code (0: not a known word); a number's digit count; a symbol's character code. */
  code = new Int32Array(0);
  /** A number's value. */
  value = new Float64Array(0);
  /** Where each token starts and ends in the text. */
  at = new Int32Array(0);
  end = new Int32Array(0);
  /** Whether each token is part of a date expression. */
  used = new Uint8Array(0);
  /** The date expressions found, in order. */
  exprs: DateExpr[] = [];
  /** Why the text cannot be read, once a recogniser has found out; it ends the reading. */
  problem: string | undefined = undefined;
  /** Which kind of problem: "impossible", "ambiguous", "unrecognised" or "no-year". */
  problemCause: ProblemCause = "unrecognised";
  /** The four-digit numbers the text writes, found when a recogniser first asks (forms.ts). */
  yearsWritten: Set<number> | undefined = undefined;
  private capacity = 0;

  private allocate(size: number): void {
    this.capacity = size;
    this.kind = new Uint8Array(size);
    this.code = new Int32Array(size);
    this.value = new Float64Array(size);
    this.at = new Int32Array(size);
    this.end = new Int32Array(size);
    this.used = new Uint8Array(size);
  }

  /** Splits a text into tokens, ready for the recognisers. */
  scan(text: string): void {
    const n = text.length;
    // A text has no more tokens than characters; a long one is counted first.
    // Stryker disable next-line all: how big the buffers are is a matter of speed and memory; any size >= needed reads the same
    const needed = n <= LARGE ? n : countTokens(text);
    // Stryker disable next-line all: as above (reallocating more or less often reads the same)
    if (needed > this.capacity || (this.capacity > LARGE && needed <= LARGE)) {
      // After a very long text, come back down rather than hold its buffers.
      // Stryker disable next-line all: as above
      this.allocate(needed + LOOK_AHEAD > LARGE ? needed + LOOK_AHEAD : Math.max(SMALL, needed + LOOK_AHEAD, Math.min(LARGE, this.capacity * 2)));
    }
    const { kind, code, value, at, end, used } = this;
    let t = 0;
    let numbers = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) {
        i++;
        continue;
      }
      const start = i;
      const lower = c | 32;
      if (lower >= 97 && lower <= 122) {
        let h = lower;
        while (++i < n) {
          const d = text.charCodeAt(i) | 32;
          if (d < 97 || d > 122) break;
          h = hashStep(h, d);
        }
        kind[t] = WORD_TOKEN;
        code[t] = i - start <= LONGEST_WORD ? lookUpWord(text, start, i, h) : 0;
      } else if (c >= 48 && c <= 57) {
        let v = c - 48;
        while (++i < n) {
          const d = text.charCodeAt(i);
          if (d < 48 || d > 57) break;
          v = v * 10 + (d - 48);
        }
        kind[t] = NUMBER_TOKEN;
        code[t] = i - start;
        value[t] = v;
        numbers++;
      } else {
        kind[t] = SYMBOL_TOKEN;
        code[t] = (c >= 0x2010 && c <= 0x2015) || c === 0x2212 ? HYPHEN : c === 0x2018 || c === 0x2019 ? APOSTROPHE : c;
        i++;
      }
      at[t] = start;
      end[t] = i;
      used[t++] = 0;
    }
    // The slots after the last token read as no token, so recognisers may look ahead past
    // the end without checking it (a long text before may have left tokens there).
    kind.fill(0, t, Math.min(t + LOOK_AHEAD, kind.length));
    this.text = text;
    this.count = t;
    this.numbers = numbers;
    this.exprs = [];
    this.problem = undefined;
    this.problemCause = "unrecognised";
    this.yearsWritten = undefined;
  }

  /** Lets go of the last reading's text (which may be long), so that an idle scanner does not keep it alive. */
  release(): void {
    this.text = "";
  }

  isNumber(i: number): boolean {
    return this.kind[i] === NUMBER_TOKEN;
  }
  isSymbol(i: number, c: number): boolean {
    return this.kind[i] === SYMBOL_TOKEN && this.code[i] === c;
  }
  isWord(i: number): boolean {
    return this.kind[i] === WORD_TOKEN;
  }
  /** The class of the word at token i (see words.ts), or -1 when it is not a word. */
  classAt(i: number): number {
    return this.kind[i] === WORD_TOKEN ? classOf(this.code[i]!) : -1;
  }
  /** The value of the word at token i within its class. */
  valueAt(i: number): number {
    return valueOf(this.code[i]!);
  }
  digits(i: number): number {
    return this.code[i]!;
  }
  num(i: number): number {
    return this.value[i]!;
  }
  /** The text of tokens [from, to). */
  slice(from: number, to: number): string {
    return this.text.slice(this.at[from], this.end[to - 1]);
  }
  /** Records that the text cannot be read, and why; returns `to` so a recogniser can end with it. */
  fail(reason: string, cause: ProblemCause, to: number): number {
    if (this.problem === undefined) {
      this.problem = reason;
      this.problemCause = cause;
    }
    return to;
  }

  /** Adds a date expression over tokens [from, to) and returns `to`. */
  add(e: DateExpr): number {
    this.exprs.push(e);
    for (let k = e.from; k < e.to; k++) this.used[k] = 1;
    return e.to;
  }
}

/** How many tokens a long text has, so that buffers are sized by tokens, not characters. */
function countTokens(text: string): number {
  const n = text.length;
  let tokens = 0;
  for (let i = 0; i < n;) {
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

/** A period of one calendar year's months, to be placed in a year: "March" is months 3 to 3. */
export function months(from: number, to: number, precision: number, year: number | undefined, first: number, last: number): DateExpr {
  // A period whose last month is before its first runs into the next year (winter: 12 to 2).
  return {
    precision,
    year,
    startYear: 0,
    startMonth: from,
    startDay: 1,
    endYear: to < from ? 1 : 0,
    endMonth: to,
    endDay: 0,
    startPlusDays: 0,
    endPlusDays: 0,
    weekday: -1,
    approximate: false,
    financial: false,
    relative: undefined,
    role: CURRENT,
    from: first,
    to: last,
  };
}

/** A single day, or the days from `day` to `lastDay` of one month. */
export function days(month: number, day: number, lastDay: number, year: number | undefined, first: number, last: number): DateExpr {
  return {
    precision: P_DAY,
    year,
    startYear: 0,
    startMonth: month,
    startDay: day,
    endYear: 0,
    endMonth: month,
    endDay: lastDay,
    startPlusDays: 0,
    endPlusDays: 0,
    weekday: -1,
    approximate: false,
    financial: false,
    relative: undefined,
    role: CURRENT,
    from: first,
    to: last,
  };
}
