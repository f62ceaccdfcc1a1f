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
const STATUS_ALIASES: Readonly<Record<string, Status>> = {
  "not started": "not-started",
  "not yet started": "not-started",
  "not yet progressed": "not-started",
  "not progressed": "not-started",
  pending: "not-started",
  "to start": "not-started",
  planned: "not-started",
  "in progress": "in-progress",
  inprogress: "in-progress",
  started: "in-progress",
  underway: "in-progress",
  "under way": "in-progress",
  "on track": "in-progress",
  "on target": "in-progress",
  "in hand": "in-progress",
  progressing: "in-progress",
  "making expected progress": "in-progress",
  // Under way, with trouble: the status says it has started; lateness is the target's to show.
  delayed: "in-progress",
  "behind schedule": "in-progress",
  "at risk": "in-progress",
  "some problems": "in-progress",
  "under control": "in-progress",
  reprogrammed: "in-progress",
  extended: "in-progress",
  complete: "complete",
  completed: "complete",
  achieved: "complete",
  "fully met": "complete",
  done: "complete",
  delivered: "complete",
  closed: "complete",
  finished: "complete",
  ongoing: "ongoing",
  "on going": "ongoing",
  continuing: "ongoing",
  continuous: "ongoing",
  "business as usual": "ongoing",
  bau: "ongoing",
  "on hold": "on-hold",
  onhold: "on-hold",
  deferred: "on-hold",
  suspended: "on-hold",
  paused: "on-hold",
  rescheduled: "on-hold",
  postponed: "on-hold",
  cancelled: "cancelled",
  canceled: "cancelled",
  deleted: "cancelled",
  withdrawn: "cancelled",
  "no longer required": "cancelled",
  superseded: "cancelled",
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
  return own(STATUS_ALIASES, fold(text)) ?? own(STATUS_ALIASES, fold(leading(text)));
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
  const folded = fold(text);
  const whole = own(RAG_WORDS, folded);
  if (whole) return whole;
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

const folded = new WeakMap<Wordings, Map<string, WordingMeaning>>();

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
  let map = folded.get(wordings);
  if (!map) {
    map = new Map();
    for (const [word, meaning] of Object.entries(wordings)) map.set(fold(word), meaning);
    folded.set(wordings, map);
  }
  return map.get(fold(text));
}
