/**
 * The words the timescale grammar knows, each read to a code: the high bits name its
 * class (a month, a connector, a word that may be ignored, ...), the low eight bits its
 * value within the class (the month's number, the part of a period).
 *
 * Any other word is prose: it may label a date ("Working Group – March 2024") or remark
 * on it ("June 2026 (40 homes)"), but it never changes the date read. A date word the
 * grammar cannot place ("Q5 2024", "Quarter Five") makes the whole reading unknown.
 */
import type { Frequency } from "./types.js";

export const MONTH = 1 << 8; // value: 1-12
export const SEASON = 2 << 8; // value: 1 spring, 2 summer, 3 autumn, 4 winter
export const Q = 3 << 8; // "Q", "Qtr": a quarter number follows
export const QUARTER = 4 << 8; // "quarter"
export const H = 5 << 8; // "H1", "H2"
export const HALF = 6 << 8; // "half"
export const FY = 7 << 8; // "FY"
export const FINANCIAL = 8 << 8; // "financial", "fiscal"
export const YEAR = 9 << 8; // "year"
export const PART = 10 << 8; // value: EARLY, MID, LATE, START or END
export const ORDINAL_SUFFIX = 11 << 8; // "st", "nd", "rd", "th"
export const ORDINAL = 12 << 8; // value: 1-4 ("first" ... "fourth")
export const COUNT = 13 << 8; // value: the number ("one" ... "twelve", "a")
export const WEEKDAY = 14 << 8; // value: 0 Sunday ... 6 Saturday
export const WEEK = 15 << 8; // "week"
export const RANGE = 16 << 8; // "to", "until": joins two dates into a range
export const ALTERNATIVE = 17 << 8; // "or", "and": joins two dates as alternatives
export const CONTINUING_AFTER = 18 << 8; // "March 2024 and ongoing", "onwards"
export const CONTINUING_BEFORE = 19 << 8; // "From March 2024"
export const ONGOING_WORD = 20 << 8; // "ongoing": continues after, or from
export const IGNORABLE = 21 << 8; // "by", "approx", "expected": may be ignored
export const ORIGINAL = 22 << 8; // "originally", "was": the date after it was replaced
export const REVISED = 23 << 8; // "revised", "now", "delayed": the date after it replaces another
export const WITHIN = 24 << 8; // "within"
export const UNIT = 25 << 8; // value: 1 month(s), 2 week(s), 3 year(s), 4 day(s)
export const CPC = 26 << 8; // "CPC", "challenge": relative to the peer challenge
export const CHANGER = 27 << 8; // "not", "after", "before": changes what a date means
export const LABEL_NOUN = 28 << 8; // "phase", "stage": a number after it is a label
export const APPROXIMATE = 29 << 8; // "approx", "circa", "TBC" beside a date
export const CALENDAR = 30 << 8; // "calendar"
export const END_WORD = 31 << 8; // "end" (also a PART), kept apart for "year end"
export const ARTICLE = 32 << 8; // "a": one, in "within a year"
export const TERM = 33 << 8; // "term": "Autumn term 2025", a school term
export const BEFORE = 34 << 8; // "before", "prior" (to): due the day before the date after it
export const HOLIDAY = 35 << 8; // value: 1 Christmas, 2 Easter
export const CONFIRMED = 36 << 8; // "confirmed", "agreed": "(To be confirmed)" marks a date approximate

export const EARLY = 1;
export const MID = 2;
export const LATE = 3;
export const START = 4;
export const END = 5;

const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ["jan", 1],
  ["january", 1],
  ["feb", 2],
  ["february", 2],
  ["mar", 3],
  ["march", 3],
  ["apr", 4],
  ["april", 4],
  ["may", 5],
  ["jun", 6],
  ["june", 6],
  ["jul", 7],
  ["july", 7],
  ["aug", 8],
  ["august", 8],
  ["sep", 9],
  ["sept", 9],
  ["september", 9],
  ["oct", 10],
  ["october", 10],
  ["nov", 11],
  ["november", 11],
  ["dec", 12],
  ["december", 12],
  // Welsh, as bilingual plans give a target ("Mawrth 2025 / March 2025"). "Hydref" is both
  // October and autumn, so it is left out: parse.ts says so rather than guess.
  ["ionawr", 1],
  ["chwefror", 2],
  ["mawrth", 3],
  ["ebrill", 4],
  ["mai", 5],
  ["mehefin", 6],
  ["gorffennaf", 7],
  ["awst", 8],
  ["medi", 9],
  ["tachwedd", 11],
  ["rhagfyr", 12],
];

/** Every word the grammar knows, with its code. */
export const WORDS: ReadonlyArray<readonly [string, number]> = [
  ...MONTHS.map(([w, m]) => [w, MONTH | m] as const),
  // Meteorological seasons (winter runs December to February).
  ["spring", SEASON | 1],
  ["summer", SEASON | 2],
  ["autumn", SEASON | 3],
  ["fall", SEASON | 3],
  ["winter", SEASON | 4],
  ["q", Q],
  ["qtr", Q],
  ["quarter", QUARTER],
  ["qtrs", Q],
  ["quarters", QUARTER],
  ["h", H],
  ["half", HALF],
  ["fy", FY],
  ["financial", FINANCIAL],
  ["fiscal", FINANCIAL],
  ["year", YEAR],
  ["yr", YEAR],
  ["calendar", CALENDAR],
  ["early", PART | EARLY],
  ["mid", PART | MID],
  ["middle", PART | MID],
  ["late", PART | LATE],
  ["beginning", PART | START],
  ["start", PART | START],
  ["end", END_WORD],
  ["st", ORDINAL_SUFFIX],
  ["nd", ORDINAL_SUFFIX],
  ["rd", ORDINAL_SUFFIX],
  ["th", ORDINAL_SUFFIX],
  ["first", ORDINAL | 1],
  ["second", ORDINAL | 2],
  ["third", ORDINAL | 3],
  ["fourth", ORDINAL | 4],
  ["a", ARTICLE | 1],
  ["one", COUNT | 1],
  ["two", COUNT | 2],
  ["three", COUNT | 3],
  ["four", COUNT | 4],
  ["five", COUNT | 5],
  ["six", COUNT | 6],
  ["seven", COUNT | 7],
  ["eight", COUNT | 8],
  ["nine", COUNT | 9],
  ["ten", COUNT | 10],
  ["eleven", COUNT | 11],
  ["twelve", COUNT | 12],
  ["sunday", WEEKDAY | 0],
  ["sun", WEEKDAY | 0],
  ["monday", WEEKDAY | 1],
  ["mon", WEEKDAY | 1],
  ["tuesday", WEEKDAY | 2],
  ["tue", WEEKDAY | 2],
  ["tues", WEEKDAY | 2],
  ["wednesday", WEEKDAY | 3],
  ["wed", WEEKDAY | 3],
  ["thursday", WEEKDAY | 4],
  ["thu", WEEKDAY | 4],
  ["thur", WEEKDAY | 4],
  ["thurs", WEEKDAY | 4],
  ["friday", WEEKDAY | 5],
  ["fri", WEEKDAY | 5],
  ["saturday", WEEKDAY | 6],
  ["sat", WEEKDAY | 6],
  ["term", TERM],
  ["terms", TERM],
  ["christmas", HOLIDAY | 1],
  ["xmas", HOLIDAY | 1],
  ["easter", HOLIDAY | 2],
  ["confirmed", CONFIRMED],
  ["agreed", CONFIRMED],
  ["week", WEEK],
  ["wk", WEEK],
  ["commencing", IGNORABLE],
  ["ending", IGNORABLE],
  ["to", RANGE],
  ["until", RANGE],
  ["till", RANGE],
  ["through", RANGE],
  ["thru", RANGE],
  ["or", ALTERNATIVE],
  ["and", ALTERNATIVE],
  ["ongoing", ONGOING_WORD],
  ["onwards", CONTINUING_AFTER],
  ["onward", CONTINUING_AFTER],
  ["thereafter", CONTINUING_AFTER],
  ["continuing", CONTINUING_AFTER],
  ["beyond", CONTINUING_AFTER],
  ["from", CONTINUING_BEFORE],
  ["starting", CONTINUING_BEFORE],
  // Words that may be ignored: they say a date is a target, not what the date is.
  ["by", IGNORABLE],
  ["of", IGNORABLE],
  ["the", IGNORABLE],
  ["in", IGNORABLE],
  ["on", IGNORABLE],
  ["for", IGNORABLE],
  ["at", IGNORABLE],
  ["latest", IGNORABLE],
  ["no", IGNORABLE],
  ["later", IGNORABLE],
  ["than", IGNORABLE],
  ["expected", IGNORABLE],
  ["due", IGNORABLE],
  ["target", IGNORABLE],
  ["targeted", IGNORABLE],
  ["deadline", IGNORABLE],
  ["completion", IGNORABLE],
  ["planned", IGNORABLE],
  ["scheduled", IGNORABLE],
  ["anticipated", IGNORABLE],
  ["between", IGNORABLE],
  ["date", IGNORABLE],
  ["next", IGNORABLE],
  ["this", IGNORABLE],
  ["peer", IGNORABLE],
  ["approx", APPROXIMATE],
  ["approximately", APPROXIMATE],
  ["circa", APPROXIMATE],
  ["around", APPROXIMATE],
  ["about", APPROXIMATE],
  ["estimated", APPROXIMATE],
  ["est", APPROXIMATE],
  ["tbc", APPROXIMATE],
  ["provisional", APPROXIMATE],
  ["provisionally", APPROXIMATE],
  ["tentative", APPROXIMATE],
  ["indicative", APPROXIMATE],
  ["originally", ORIGINAL],
  ["original", ORIGINAL],
  ["orig", ORIGINAL],
  ["was", ORIGINAL],
  ["previously", ORIGINAL],
  ["formerly", ORIGINAL],
  ["prev", ORIGINAL],
  ["revised", REVISED],
  ["now", REVISED],
  ["new", REVISED],
  ["extended", REVISED],
  ["moved", REVISED],
  ["delayed", REVISED],
  ["deferred", REVISED],
  ["postponed", REVISED],
  ["rescheduled", REVISED],
  ["reprogrammed", REVISED],
  ["amended", REVISED],
  ["slipped", REVISED],
  ["rev", REVISED],
  ["within", WITHIN],
  ["month", UNIT | 1],
  ["months", UNIT | 1],
  ["weeks", UNIT | 2],
  ["years", UNIT | 3],
  ["day", UNIT | 4],
  ["days", UNIT | 4],
  ["cpc", CPC],
  ["challenge", CPC],
  ["not", CHANGER],
  ["after", CHANGER],
  ["before", BEFORE],
  ["prior", BEFORE],
  ["except", CHANGER],
  ["unless", CHANGER],
  ["earliest", CHANGER],
  ["post", CHANGER],
  ["pre", CHANGER],
  ["phase", LABEL_NOUN],
  ["stage", LABEL_NOUN],
  ["step", LABEL_NOUN],
  ["part", LABEL_NOUN],
  ["tranche", LABEL_NOUN],
  ["option", LABEL_NOUN],
  ["item", LABEL_NOUN],
  ["number", LABEL_NOUN],
  ["wave", LABEL_NOUN],
  ["round", LABEL_NOUN],
  ["version", LABEL_NOUN],
  ["v", LABEL_NOUN],
  ["level", LABEL_NOUN],
  ["priority", LABEL_NOUN],
  ["cohort", LABEL_NOUN],
  ["lot", LABEL_NOUN],
  ["block", LABEL_NOUN],
  ["site", LABEL_NOUN],
  ["action", LABEL_NOUN],
  ["recommendation", LABEL_NOUN],
  ["rec", LABEL_NOUN],
  ["section", LABEL_NOUN],
  ["appendix", LABEL_NOUN],
  ["page", LABEL_NOUN],
  ["para", LABEL_NOUN],
  ["paragraph", LABEL_NOUN],
  ["tier", LABEL_NOUN],
  ["workstream", LABEL_NOUN],
  ["sprint", LABEL_NOUN],
  ["module", LABEL_NOUN],
  ["release", LABEL_NOUN],
  ["milestone", LABEL_NOUN],
  ["objective", LABEL_NOUN],
  ["project", LABEL_NOUN],
];

/** The longest word in {@link WORDS}: longer words are never looked up. */
export const LONGEST_WORD = WORDS.reduce((n, [w]) => Math.max(n, w.length), 0);

/** The class of a word code (0 for a word the grammar does not know). */
export const classOf = (code: number): number => code & ~255;
/** The value of a word code within its class. */
export const valueOf = (code: number): number => code & 255;

// ---------------------------------------------------------------------------
// Whole-text wordings, compared after folding (lower case, runs of other characters to
// one space).

/** No end date: a continuing commitment. */
export const ONGOING: ReadonlySet<string> = new Set([
  "ongoing",
  "on going",
  "continuous",
  "continuing",
  "business as usual",
  "bau",
  "rolling",
  "continuous ongoing",
  "continual",
  "as business as usual",
  "permanent",
  "embedded",
]);

/**
 * A repeating commitment, and how often. Texts naming a frequency word ("annually",
 * "every quarter", "September each year") are read by a rule in parse.ts; these are the
 * wordings that rule does not cover, or that would otherwise read as ongoing.
 */
export const RECURRING: ReadonlyMap<string, Frequency> = new Map<string, Frequency>([
  ["annual", "annual"],
  ["yearly", "annual"],
  ["annual review", "annual"],
  ["ongoing annual", "annual"],
  ["half yearly", "half-yearly"],
  ["six monthly", "half-yearly"],
  ["biannual", "half-yearly"],
  ["biannually", "half-yearly"],
  ["twice a year", "half-yearly"],
  ["twice yearly", "half-yearly"],
  ["every six months", "half-yearly"],
  ["ongoing quarterly", "quarterly"],
  ["bi monthly", "bi-monthly"],
  ["bimonthly", "bi-monthly"],
  ["every two months", "bi-monthly"],
  ["ongoing monthly", "monthly"],
  ["fortnightly", "fortnightly"],
  ["every two weeks", "fortnightly"],
]);

/** A target still to be set, and which words say so. */
export const TO_BE_CONFIRMED: ReadonlySet<string> = new Set([
  "tbc",
  "tba",
  "tbd",
  "to be confirmed",
  "to be agreed",
  "to be determined",
  "to be decided",
  "to be set",
  "date to be confirmed",
  "date tbc",
  "timescale tbc",
  "timescale to be confirmed",
  "target tbc",
  "tbc tba",
  "to be scheduled",
  "to be arranged",
]);

/** No target applies. */
export const NOT_APPLICABLE: ReadonlySet<string> = new Set(["n a", "na", "not applicable", "none", "no target", "no deadline", "nil"]);
