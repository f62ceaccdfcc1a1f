/**
 * Mapping what councils actually write in status and RAG columns to the
 * canonical values. Unknown wordings give `undefined`: never a guess.
 *
 * @module
 */
import { fold } from "../fold.js";
import type { Rag, Status } from "../model/vocabulary.js";
import { own } from "../own.js";

// Keys are folded: lower case, punctuation and repeated spaces removed.
/**
 * The status wordings known, folded, and what each means (the property tests read every one).
 *
 * @internal
 */
export const STATUS_ALIASES: Readonly<Record<string, Status>> = {
  "not started": "not-started",
  "not yet started": "not-started",
  "not yet progressed": "not-started",
  "not progressed": "not-started",
  "not yet actioned": "not-started",
  "not actioned": "not-started",
  pending: "not-started",
  "to start": "not-started",
  planned: "not-started",
  "in progress": "in-progress",
  inprogress: "in-progress",
  started: "in-progress",
  underway: "in-progress",
  "under way": "in-progress",
  // "Commenced and ongoing": begun and not finished (Tees Valley's housing plan, 2010), as "started".
  commenced: "in-progress",
  "on track": "in-progress",
  "on target": "in-progress",
  "in hand": "in-progress",
  progressing: "in-progress",
  "making expected progress": "in-progress",
  active: "in-progress",
  behind: "in-progress",
  // Under way, with trouble: the status says it has started; lateness is the target's to show.
  delayed: "in-progress",
  "behind schedule": "in-progress",
  "at risk": "in-progress",
  "some problems": "in-progress",
  // Late, and so under way: "Red - off track", "Amber - some slippage" (the colour is the RAG's).
  "off track": "in-progress",
  "off target": "in-progress",
  slippage: "in-progress",
  "some slippage": "in-progress",
  "under control": "in-progress",
  reprogrammed: "in-progress",
  "re programmed": "in-progress",
  extended: "in-progress",
  complete: "complete",
  completed: "complete",
  achieved: "complete",
  "fully met": "complete",
  done: "complete",
  delivered: "complete",
  closed: "complete",
  finished: "complete",
  implemented: "complete",
  "fully implemented": "complete",
  ongoing: "ongoing",
  "on going": "ongoing",
  continuing: "ongoing",
  continues: "ongoing",
  continuous: "ongoing",
  "business as usual": "ongoing",
  bau: "ongoing",
  "on hold": "on-hold",
  onhold: "on-hold",
  deferred: "on-hold",
  suspended: "on-hold",
  paused: "on-hold",
  rescheduled: "on-hold",
  "re scheduled": "on-hold",
  postponed: "on-hold",
  cancelled: "cancelled",
  canceled: "cancelled",
  deleted: "cancelled",
  withdrawn: "cancelled",
  "no longer required": "cancelled",
  superseded: "cancelled",
  rejected: "cancelled",
};

/**
 * Maps a status as councils write it ("Completed", "Underway", "BAU", "Deferred",
 * "not-started") to the canonical {@link Status}.
 *
 * Case, spacing and punctuation are ignored, and a known status leading prose is read
 * ("Complete - now business as usual", "SUSPENDED: awaiting budget"). A wording it does
 * not know gives `undefined`, so the caller can report it rather than have it silently
 * mapped.
 *
 * @param text - The status as written.
 * @returns The canonical status, or `undefined` when the wording is not a known status.
 * @category Status & RAG
 * @example
 * ```ts
 * import { normaliseStatus } from "peer-challenge";
 * normaliseStatus("In progress");
 * //=> "in-progress"
 * normaliseStatus("Fully met");
 * //=> "complete"
 * normaliseStatus("December 2019");
 * //=> undefined
 * ```
 */
export function normaliseStatus(text: string): Status | undefined {
  // "Complete?", "On hold?": the writer was not sure, so neither is the reader (the wording is reported).
  if (text.includes("?")) return undefined;
  const folded = fold(text);
  const whole = own(STATUS_ALIASES, folded);
  if (whole !== undefined) return whole;
  const status = qualified(folded, text.toLowerCase(), leadingStatus(text, folded)) ?? ofHalves(text, normaliseStatus);
  // "Not started - on hold", "Complete - cancelled": two statuses, so none is counted (the wording is reported).
  if (status === undefined) return undefined;
  const split = splitLeading(text);
  return split !== undefined && otherStatus(split.rest, status) ? undefined : status;
}

/** Whether the words after a cell's first break (`rest`) are, all of them, a status other than `status` ("In progress - on hold"). */
function otherStatus(rest: string, status: Status): boolean {
  const other = own(STATUS_ALIASES, fold(rest));
  // "Complete - BAU", "Completed - ongoing": done, and now part of business as usual.
  return other !== undefined && other !== status && !(status === "complete" && other === "ongoing");
}

/**
 * A cell written in two languages, "Welsh / English" as Welsh councils' bilingual plans write
 * it ("Heb ddechrau / Not started", "Gwyrdd / Green"): the half that is a known wording, when
 * the other half is none; two halves known alike give theirs; two that differ give none.
 */
function ofHalves<T>(text: string, read: (half: string) => T | undefined): T | undefined {
  // One slash with space either side: "Amber/Green" is one word's two colours, not two languages.
  const parts = text.split("/");
  if (parts.length !== 2 || !/\s$/.test(parts[0]!) || !/^\s/.test(parts[1]!)) return undefined;
  const halves = parts.map((h) => h.trim());
  const [a, b] = halves.map((h) => read(h));
  if (a !== undefined && b !== undefined) return a === b ? a : undefined;
  // The other half must say nothing this reader knows: "Complete / ongoing" is two statuses, not a rating.
  const other = halves[a !== undefined ? 1 : 0]!;
  if (own(STATUS_ALIASES, fold(other)) !== undefined || own(RAG_WORDS, fold(other)) !== undefined) return undefined;
  return a ?? b;
}

/**
 * The status a sentence or a status leading prose gives: "This action has been completed.",
 * "Action Completed - solution in place.", "Has not started", "Delayed by less than 3
 * months", "Rescheduled or suspended with approval", "Green: recommendation achieved –
 * monitoring no longer required".
 */
function leadingStatus(text: string, folded: string): Status | undefined {
  const behind = BEHIND.exec(folded);
  if (behind !== null) return "in-progress";
  const percent = PERCENT.exec(text);
  if (percent !== null) return Number(percent[1]) >= 100 ? "complete" : "in-progress";
  const lead = leading(text);
  const found = ofWords(folded) ?? (lead === "" ? undefined : ofWords(fold(lead)));
  if (found !== undefined) return found;
  // "Green: recommendation achieved – monitoring no longer required": a rating, then the status.
  const rated = RATED.exec(text);
  if (rated === null) return undefined;
  const rest = text.slice(rated[0].length);
  return ofWords(fold(rest)) ?? ofWords(fold(leading(rest)));
}

// "One month behind", "Over one month behind (red)", "Will not be met within 3 months of original target date": late, and under way.
const BEHIND =
  /^(?:(?:over|more than|less than|under|about|approximately|up to) )?(?:\d{1,2}|a|one|two|three|four|five|six) (?:day|week|month)s? (?:behind|late|overdue|delayed)\b|^will not be (?:met|achieved|completed|delivered) (?:by|within|on)\b/;
// "90% complete", "100% completed".
const PERCENT = /^\s*(\d{1,3})\s*%\s*(?:complete|completed|done|achieved|implemented|delivered)\b/i;
// A RAG colour leading the cell, then a separator.
const RATED = /^\s*(?:red|amber|green|blue)\s*[:\-\u2013\u2014]\s*/i;

// Words that name what the status is of, or tense it: "This action has been ...".
const SUBJECTS = new Set(["this", "the", "action", "actions", "recommendation", "recommendations", "work", "it", "activity", "task"]);
const AUXILIARIES = new Set(["has", "have", "had", "is", "are", "was", "were", "been", "being", "now", "currently"]);
// Words that may follow a status when more words come after them: "Delayed by less than 3 months", "Deferred for future review".
const CONNECTORS = new Set(["with", "due", "as", "since", "following", "for", "until", "in", "on", "by", "at", "because", "after", "and"]);
// Words that limit the status after them: "Partially implemented".
const LIMITING = new Set(["partially", "partly", "part", "largely", "mostly"]);
// Words that may end a status: "Achieved previously".
const AFTERWORDS = new Set(["previously", "already", "now", "fully", "recently", "successfully"]);

/** The status folded words give, a known wording first, with their subject and tense set aside. */
function ofWords(folded: string): Status | undefined {
  if (folded === "") return undefined;
  // Most cells are turned away here: their first word starts no wording, subject, tense or qualifier.
  const space = folded.indexOf(" ");
  const first = space < 0 ? folded : folded.slice(0, space);
  if (!FIRST_WORDS.has(first) && !SUBJECTS.has(first) && !AUXILIARIES.has(first) && !LIMITING.has(first)) return undefined;
  const words = folded.split(" ");
  let at = 0;
  while (at < words.length - 1 && SUBJECTS.has(words[at]!)) at++;
  while (at < words.length - 1 && AUXILIARIES.has(words[at]!)) at++;
  // "Partially implemented": the status, which the qualifier then limits (see qualified).
  if (at < words.length - 1 && LIMITING.has(words[at]!)) at++;
  return statusAt(words, at);
}

// The first word of every wording known: most prose is turned away by its first word alone.
const FIRST_WORDS: ReadonlySet<string> = new Set(Object.keys(STATUS_ALIASES).map((key) => key.split(" ")[0]!));

function statusAt(words: readonly string[], at: number): Status | undefined {
  if (!FIRST_WORDS.has(words[at]!)) return undefined;
  for (let n = Math.min(4, words.length - at); n >= 1; n--) {
    const status = own(STATUS_ALIASES, words.slice(at, at + n).join(" "));
    if (status === undefined) continue;
    const rest = words.length - at - n;
    const next = words[at + n];
    if (rest === 0 || (rest === 1 && AFTERWORDS.has(next!)) || (rest > 1 && CONNECTORS.has(next!))) return status;
    // "Completed March 2025", "Started Jan 25", "Implemented 31/03/2025": the status, then when;
    // "In progress, target Q4 2025/26", "Delayed revised date June 2026": then the date it is aimed at.
    const after = words.slice(at + n).join(" ");
    if (WHEN.test(after.replace(DATE_WORDS, ""))) return status;
    // "Rescheduled or suspended with approval": two wordings of one status.
    if (next === "or" && statusAt(words, at + n + 1) === status) return status;
    return undefined;
  }
  return undefined;
}

// A date after a status word, folded: "march 2025", "jan 25", "31 march 2025", "31 03 2025", "2024", "q3 2024 25".
const WHEN =
  /^(?:(?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* (?:\d{2}|\d{4})|\d{1,2} \d{1,2} (?:\d{2}|\d{4})|\d{4}|q[1-4] \d{4}(?: \d{2})?)$/;

// Words that name the date after a status: "target Q4 2025/26", "revised date June 2026", "deadline March 2026".
const DATE_WORDS = /^(?:(?:target|targeted|revised|deadline|expected|estimated|completion|end|date) )+/;

// A qualifier that limits what was done, or denies it: these win over the word they follow.
const LIMITS =
  /\bpartial(?:ly)?\b|\bpartly\b|\bpart (?:complete|completed|achieved|implemented|done|met|delivered)\b|\bin part\b|\bnot fully\b|\bmostly\b|\blargely\b/;
const DENIES =
  /\b(?:not|never|un) ?(?:yet )?(?:complete|completed|achieved|implemented|done|delivered|met|finished|fulfilled|closed|accepted|agreed)\b|\bbut not\b|\bincomplete\b|\bfailed\b|\bnot(?= (?:be|been|being|to be)\b)/;

// A completion not yet confirmed: "Complete (TBC)", "Completed - awaiting sign off", "Complete subject to audit".
const UNSURE =
  /\b(?:tbc|tbv|to be (?:confirmed|verified|agreed|signed off|checked)|awaiting|awaited|pending|subject to|unconfirmed|unverified|provisional(?:ly)?)\b/;
/** Whether a "complete" in the text is limited, denied, not yet sure, or one stage's. */
function notWhole(folded: string): boolean {
  return LIMITS.test(folded) || DENIES.test(folded) || UNSURE.test(folded) || STAGED.test(folded);
}

// A stage of the action: "Complete (phase 1)", "Stage one completed".
const STAGED = /\b(?:phase|stage|step) (?:\d{1,2}|one|two|three|four|i{1,3}|iv|[a-d])\b/;

// Words that say an action was closed because another replaced it, never done itself.
const REPLACED = /\b(?:superseded|withdrawn|merged (?:with|into)|replaced by|deleted)\b/;

/**
 * A status read from prose, with the qualifiers after its word taken into account: "Achieved
 * (partially)" is under way, not complete; "Closed - not implemented" is no status that can
 * be counted, so the wording is reported.
 */
function qualified(folded: string, lower: string, status: Status | undefined): Status | undefined {
  if (status === undefined) return undefined;
  if (status === "not-started") return status;
  if (DENIES.test(folded) && !BEHIND.test(folded)) return undefined;
  // "Closed - superseded by 3.1", "Complete - merged with 2.1": closed because something else does the work.
  if (status === "complete" && REPLACED.test(folded)) return "cancelled";
  if (LIMITS.test(folded)) return status === "complete" ? "in-progress" : status;
  // "Completed - awaiting sign-off", "Complete (TBC)": not yet sure, so not counted as done.
  if (status === "complete" && UNSURE.test(folded)) return undefined;
  // "Complete (phase 1)": a stage done, the action under way.
  if (status === "complete" && STAGED.test(folded)) return "in-progress";
  if (status === "complete" && /\b\d{1,2}\s*%/.test(lower) && !PERCENT.test(lower)) return undefined;
  return status;
}

/**
 * The words before the first " - ", ":", "." or "(" of a cell: "Complete - BAU",
 * "SUSPENDED: awaiting budget", "Green - on track" lead with the status or rating and
 * follow with prose. The text itself when there is no such break.
 */
function leading(text: string): string {
  // The first separator: a colon, full stop, semicolon, bracket, line break or dash, or a
  // hyphen with a space either side. Found in one pass (a lazy group before optional spaces
  // was quadratic on a long run of spaces).
  const m = /[:.;(\n\u2013\u2014]|\s-\s/.exec(text);
  return m ? text.slice(0, m.index).trim() : "";
}

/**
 * A cell that begins with a few words and a break ("Completed. Meeting held in June",
 * "Commenced and ongoing - see note"): the leading words and the text after the break.
 * `undefined` when the cell has no break, or more than five words before it.
 *
 * @internal
 */
export function splitLeading(text: string): { readonly wording: string; readonly rest: string } | undefined {
  const m = /[:.;(\n\u2013\u2014]|\s-\s/.exec(text);
  if (m === null) return undefined;
  const wording = text.slice(0, m.index).trim();
  if (wording === "" || wording.split(/\s+/).length > 5) return undefined;
  // A bracket opens a note that is part of the text after the break: keep it.
  const rest = (m[0] === "(" ? text.slice(m.index) : text.slice(m.index + m[0].length)).trim();
  return { wording, rest };
}

// A wording that says the action is late: under way, but no committee should see it as green.
const LATE =
  /^(?:(?:this|the|action|work|it|is|has|have|been|currently|now) )*(?:behind(?: schedule| target| plan)?|delayed|slipped|slipping|slippage|running late|late|at risk|some problems|off track|off target|overdue)\b/;

/**
 * The RAG a status wording itself implies when it says the action is late ("Behind
 * schedule", "Delayed", "Slipped", "At risk", "One month behind"): amber, never the green a
 * rule from the target alone could derive. `undefined` for a wording that says no such thing,
 * or that is no status the reader knows as under way.
 *
 * @internal
 */
export function lateRag(text: string): Rag | undefined {
  const folded = fold(text);
  if (!LATE.test(folded) && !BEHIND.test(folded)) return undefined;
  return normaliseStatus(text) === "in-progress" ? "amber" : undefined;
}

// A RAG colour's word in a status: "Green - on track", "Over one month behind (red)".
const COLOUR = /\b(?:red|amber|green|blue)\b/i;

/**
 * The RAG colour a status wording names ("Green - on track", "Red - off track", "Over one
 * month behind (red)"): the council's own rating, written in the status. `undefined` when
 * it names no colour ("On track" is a status, not a rating).
 *
 * @internal
 */
export function colourInStatus(text: string): Rag | undefined {
  return COLOUR.test(text) ? normaliseRag(text) : undefined;
}

/**
 * The RAG a status wording gives itself, where no RAG is given: the colour it names, else
 * amber if it says the action is late ({@link lateRag}). One rule for the table reader,
 * validation's repair and the statistics on a plan not validated.
 *
 * @internal
 */
export function ragInStatus(text: string): Rag | undefined {
  return colourInStatus(text) ?? lateRag(text);
}

// A status that is a colour and nothing else: "Amber", "Green.".
const ONLY_COLOUR = /^\s*(?:red|amber|green|blue)\.?\s*$/i;

/**
 * The RAG a status that is only a colour gives ("Amber", "Green."): a rating written where
 * the status goes, which says nothing of the status itself. `undefined` for any other text.
 * One rule for the table reader, validation's repair and the statistics on a plan not
 * validated.
 *
 * @internal
 */
export function statusIsColour(text: string): Rag | undefined {
  return ONLY_COLOUR.test(text) ? normaliseRag(text) : undefined;
}

const RAG_WORDS: Readonly<Record<string, Rag>> = {
  r: "red",
  red: "red",
  a: "amber",
  amber: "amber",
  yellow: "amber",
  g: "green",
  green: "green",
  b: "blue",
  blue: "blue",
  complete: "blue",
  completed: "blue",
  "on track": "green",
  caution: "amber",
  monitor: "amber",
  "caution monitor": "amber",
  "off track": "red",
  // Welsh: Ynys Môn's audit committee (June 2018) rates issues "Uchel / Coch / Ambr",
  // "Canolig / Melyn", "Isel / Gwyrdd": red, amber, yellow (amber, as "yellow" is), green.
  coch: "red",
  ambr: "amber",
  melyn: "amber",
  gwyrdd: "green",
};

/**
 * Maps a RAG rating as councils write it ("Amber", "G", "BLUE") to the canonical {@link Rag}.
 *
 * Five-point delivery-confidence ratings are read by their first colour, the rating
 * itself, the second being the direction it leans: "Amber/Red" and "Amber/Green" are
 * amber, "Red/Amber" is red. An unknown wording gives `undefined`.
 *
 * @param text - The rating as written.
 * @returns The canonical RAG, or `undefined` when the wording is not a known rating.
 * @category Status & RAG
 * @example
 * ```ts
 * import { normaliseRag } from "peer-challenge";
 * normaliseRag("GREEN");
 * //=> "green"
 * normaliseRag("Amber/Green");
 * //=> "amber"
 * normaliseRag("purple");
 * //=> undefined
 * ```
 */
export function normaliseRag(text: string): Rag | undefined {
  // "Amber?": the writer was not sure of the rating. "Red→Amber", "Amber > Green": a move
  // between two ratings, which could be from the first to the second or a trend towards it.
  if (text.includes("?") || MOVE.test(text)) return undefined;
  // "Amber / Green" is a five-point rating (ragOf reads it); "Gwyrdd / Green" is one in two languages.
  const rag = ragOf(text) ?? ofHalves(text, ragOf);
  // A colour written first is the council's rating, whatever words follow it.
  const split = COLOUR_FIRST.test(text) ? undefined : splitLeading(text);
  if (split !== undefined) {
    // "Complete - green", "Delayed - red": the colour written after the wording is the rating.
    const colour = fold(split.rest);
    if (ONLY_COLOUR.test(colour)) return own(RAG_WORDS, colour);
    // "On track - delayed", "Not started - on hold": two wordings whose statuses or ratings differ.
    if (rag !== undefined) {
      const said = own(STATUS_ALIASES, fold(split.wording));
      const restRag = ragOf(split.rest) ?? lateRag(split.rest);
      if ((said !== undefined && otherStatus(split.rest, said)) || (restRag !== undefined && restRag !== rag)) return undefined;
    }
  }
  // "Complete (partially)", "Complete (TBC)" are no blue: a "complete" limited, denied or not yet sure is not complete.
  if (rag === "blue" && !/^(?:blue|b)\b/i.test(text.trim()) && notWhole(fold(text))) return undefined;
  return rag;
}

// A colour written first: the council's rating, whatever words follow.
const COLOUR_FIRST = /^\s*(?:red|amber|green|blue)\b/i;

// Two colours with an arrow between them.
const MOVE = /\b(?:red|amber|green|blue|[rag])\s*(?:[\u2192\u21d2\u2794\u279c\u27a1>]|-+>|=>)\s*(?:red|amber|green|blue|[ragb])\b/i;

function ragOf(text: string): Rag | undefined {
  const folded = fold(text);
  const whole = own(RAG_WORDS, folded);
  if (whole) return whole;
  // "One month behind (amber)", "On target (green)": the colour in brackets at the end.
  const bracketed = /\(\s*(red|amber|green|blue|yellow)\s*\)[\s.]*$/i.exec(text);
  if (bracketed !== null) return own(RAG_WORDS, bracketed[1]!.toLowerCase());
  // "Green but not complete": a colour, then what it does not say.
  const then = /^(red|amber|green|blue) (?:but|with|although|though|however)\b/.exec(folded);
  if (then !== null) return own(RAG_WORDS, then[1]!);
  const lead = leading(text);
  if (lead !== "") {
    const first = own(RAG_WORDS, fold(lead));
    if (first) return first;
  }
  const parts = folded.split(" ");
  if (parts.length === 2 && parts[0] !== parts[1]) {
    const [first, second] = parts.map((p) => own(RAG_WORDS, p));
    if (first && second && first !== "blue" && second !== "blue") return first;
  }
  return undefined;
}

/**
 * A council's own words for statuses and RAG ratings, beyond those peer-challenge knows:
 * each word as written (case, spacing and punctuation are ignored) and what it means. One
 * word may give both: "Behind schedule" is in progress and red.
 *
 * @category Status & RAG
 * @example
 * ```ts
 * import type { Wordings } from "peer-challenge";
 * const wordings: Wordings = { "Behind schedule": { status: "in-progress", rag: "red" }, Slipping: { rag: "amber" } };
 * ```
 */
export type Wordings = Readonly<Record<string, WordingMeaning>>;

/**
 * What one of a council's words means: a status, a RAG rating, or both.
 *
 * @category Status & RAG
 * @example
 * ```ts
 * import type { WordingMeaning } from "peer-challenge";
 * const behind: WordingMeaning = { status: "in-progress", rag: "red" };
 * ```
 */
export interface WordingMeaning {
  /** The status the word means, if it says one. */
  readonly status?: Status | undefined;
  /** The RAG rating the word means, if it says one. */
  readonly rag?: Rag | undefined;
}

/**
 * Each wording's folded form, made once: a cache of a pure result, keyed by the word itself
 * (never by the caller's wordings object, whose entries may change between calls).
 */
const foldedWordCache = new Map<string, string>();

function foldedWord(word: string): string {
  let f = foldedWordCache.get(word);
  if (f === undefined) {
    f = fold(word);
    // A council has tens of wordings; a caller making thousands of keys is not kept.
    if (foldedWordCache.size < 10_000) foldedWordCache.set(word, f);
  }
  return f;
}

/**
 * What a council's own wordings say a word means, if they name it.
 *
 * @param wordings - The council's words.
 * @param text - A status or RAG cell as written.
 * @returns The status and RAG it means, or `undefined`.
 * @category Status & RAG
 * @example
 * ```ts
 * import { wordingOf } from "peer-challenge";
 * wordingOf({ "Behind schedule": { status: "in-progress", rag: "red" } }, "BEHIND SCHEDULE");
 * //=> { status: "in-progress", rag: "red" }
 * ```
 */
export function wordingOf(wordings: Wordings | undefined, text: string): WordingMeaning | undefined {
  if (wordings === undefined) return undefined;
  const key = fold(text);
  // The wordings as they are now; of two words that fold alike, the later is taken.
  let found: WordingMeaning | undefined;
  for (const [word, meaning] of Object.entries(wordings)) if (foldedWord(word) === key) found = meaning;
  return found;
}
