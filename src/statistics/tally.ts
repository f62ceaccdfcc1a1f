import { RAGS, STATUSES, type Rag, type Status } from "../model/vocabulary.js";
import type { Facts, StatusSource } from "../facts/action.js";
import { sharesOf, type PercentagesOptions } from "./percentages.js";

/**
 * Counts of actions by status, with percentages of the actions that count.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { statusSummary, type StatusSummary } from "peer-challenge";
 * const s: StatusSummary = statusSummary(kingston, { asOf: "2019-06-30" });
 * s.percentages["in-progress"];
 * //=> 89
 * ```
 */
export interface StatusSummary {
  /** Actions counted: all but the cancelled ones. */
  readonly total: number;
  /** Actions by status. `cancelled` is shown here but is not part of `total`. */
  readonly counts: Readonly<Record<Status, number>>;
  /** Share of `total` by status; `cancelled` is always 0. */
  readonly percentages: Readonly<Record<Status, number>>;
  /** Cancelled actions, left out of `total` and the percentages. */
  readonly excluded: number;
  /** Actions that had no status yet, and nothing else said how they were going: counted as not started. */
  readonly noStatus: number;
  /**
   * What the counted actions' statuses came from: their own `status`; a RAG rating,
   * percentage complete or dated update where they gave none (blue is complete, another
   * rating under way); `none`, nothing at all (the same as `noStatus`). See
   * {@link statusBasis} for it in words.
   */
  readonly from: Readonly<Record<StatusSource, number>>;
  /**
   * Actions whose status is a word no reader knows ("Update to follow"): counted apart, in
   * neither `total` nor `excluded` nor any percentage; their ids are in the warnings.
   */
  readonly unrecognised: number;
}

/**
 * Counts of actions by RAG rating: reported where the council gave one, derived otherwise.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { ragSummary, type RagSummary } from "peer-challenge";
 * const r: RagSummary = ragSummary(kingston, { asOf: "2019-06-30" });
 * r.derived === r.total; // no action in the Kingston plan has a reported RAG
 * //=> true
 * ```
 */
export interface RagSummary {
  /** Actions counted: all but the cancelled ones. */
  readonly total: number;
  /** Actions by RAG. `blue` is 0 in the `rag` scheme. */
  readonly counts: Readonly<Record<Rag, number>>;
  /** Share of `total` by RAG. */
  readonly percentages: Readonly<Record<Rag, number>>;
  /** How many ratings were derived from status and dates rather than reported. */
  readonly derived: number;
  /** Cancelled actions, left out. */
  readonly excluded: number;
  /** The scheme used: `brag` has blue for complete. */
  readonly scheme: "rag" | "brag";
  /** Actions whose status is a word no reader knows: counted apart, as in {@link StatusSummary}. */
  readonly unrecognised: number;
}

// A tally is a row of counters: the six statuses, the four RAGs, then the rest.
// Stryker disable all: the vitest runner keeps this module loaded between mutants, so a
// change to these top-level constants never takes effect; changed by hand (2026-11-24),
// each of DERIVED, NO_TARGET, CANCELLED, BLUE and ROW made 2 to 27 statistics tests fail.
const RAG_AT = STATUSES.length;
const DERIVED = RAG_AT + RAGS.length;
const NO_STATUS = DERIVED + 1;
const OVERDUE = NO_STATUS + 1;
const NO_TARGET = OVERDUE + 1;
const FROM_RAG = NO_TARGET + 1;
const FROM_PERCENT = FROM_RAG + 1;
const FROM_UPDATE = FROM_PERCENT + 1;
const UNRECOGNISED = FROM_UPDATE + 1;
/** Counters in a row: rollups keep one row per bucket in a single array. */
export const ROW = UNRECOGNISED + 1;
const CANCELLED = STATUSES.indexOf("cancelled");
const GREEN = RAG_AT + RAGS.indexOf("green");
const BLUE = RAG_AT + RAGS.indexOf("blue");
// Stryker restore all

// Comparisons in the order STATUSES and RAGS give them (the statistics tests fail if they
// drift): cheaper than a keyed look-up on the hot path.
function statusIndex(s: Status): number {
  return s === "not-started" ? 0 : s === "in-progress" ? 1 : s === "complete" ? 2 : s === "ongoing" ? 3 : s === "on-hold" ? 4 : 5;
}
function ragIndex(r: Rag): number {
  return r === "red" ? 0 : r === "amber" ? 1 : r === "green" ? 2 : 3;
}

/** Counts one action's facts into the row of `counts` that starts at `at`. */
export function addFacts(counts: Float64Array, at: number, f: Facts): void {
  const w = f.weight;
  if (f.unrecognised) {
    counts[at + UNRECOGNISED]! += w;
    return;
  }
  const s = statusIndex(f.status);
  counts[at + s]! += w;
  if (s === CANCELLED) return;
  counts[at + RAG_AT + ragIndex(f.rag)]! += w;
  if (f.noStatus) counts[at + NO_STATUS]! += w;
  else if (f.from !== "status") counts[at + (f.from === "rag" ? FROM_RAG : f.from === "percent" ? FROM_PERCENT : FROM_UPDATE)]! += w;
  if (f.ragDerived) counts[at + DERIVED]! += w;
  if (f.overdue) counts[at + OVERDUE]! += w;
  if (f.due === undefined) counts[at + NO_TARGET]! += w;
}

/** Running totals for a set of actions: numbers only, never the actions themselves. */
export class Tally {
  readonly counts: Float64Array;

  /** A tally of nothing, or of the row of `rows` that starts at `at`. */
  constructor(rows?: Float64Array, at = 0) {
    this.counts = rows ? rows.slice(at, at + ROW) : new Float64Array(ROW);
  }

  add(f: Facts): void {
    addFacts(this.counts, 0, f);
  }

  /** In the RAG scheme, complete work reported blue counts as green. */
  foldBlueIntoGreen(): void {
    this.counts[GREEN]! += this.counts[BLUE]!;
    this.counts[BLUE] = 0;
  }

  merge(other: Tally): void {
    // Stryker disable next-line EqualityOperator: a typed array ignores a write past its end, so `<=` adds nothing more
    for (let i = 0; i < ROW; i++) this.counts[i]! += other.counts[i]!;
  }

  get excluded(): number {
    return this.counts[CANCELLED]!;
  }

  get total(): number {
    let n = 0;
    for (let i = 0; i < RAG_AT; i++) n += this.counts[i]!;
    return n - this.excluded;
  }

  get empty(): boolean {
    return this.total + this.excluded + this.unrecognised === 0;
  }

  get unrecognised(): number {
    return this.counts[UNRECOGNISED]!;
  }

  get overdue(): number {
    return this.counts[OVERDUE]!;
  }

  get noTarget(): number {
    return this.counts[NO_TARGET]!;
  }

  statusSummary(options: PercentagesOptions): StatusSummary {
    const counts = Object.fromEntries(STATUSES.map((s, i) => [s, this.counts[i]!])) as Record<Status, number>;
    const { cancelled, ...counted } = counts;
    return {
      total: this.total,
      counts,
      percentages: { ...sharesOf(counted, options), cancelled: 0 },
      excluded: cancelled,
      noStatus: this.counts[NO_STATUS]!,
      from: this.from,
      unrecognised: this.unrecognised,
    };
  }

  /** What the counted actions' statuses came from. */
  get from(): Record<StatusSource, number> {
    const rag = this.counts[FROM_RAG]!;
    const percent = this.counts[FROM_PERCENT]!;
    const update = this.counts[FROM_UPDATE]!;
    const none = this.counts[NO_STATUS]!;
    return { status: this.total - rag - percent - update - none, rag, percent, update, none };
  }

  ragSummary(options: PercentagesOptions, scheme: "rag" | "brag"): RagSummary {
    const counts = Object.fromEntries(RAGS.map((r, i) => [r, this.counts[RAG_AT + i]!])) as Record<Rag, number>;
    return {
      total: this.total,
      counts,
      percentages: sharesOf(counts, options),
      derived: this.counts[DERIVED]!,
      excluded: this.excluded,
      scheme,
      unrecognised: this.unrecognised,
    };
  }
}

/**
 * What a summary's statuses were computed from, in words for a table's note: "statuses",
 * "RAG ratings" (a tracker with no Status column), "statuses and RAG ratings", and so on
 * with percentages and dated updates; "no statuses (a plan as first published)" where
 * nothing says how any action is going.
 *
 * @param from - A summary's `from` (see {@link StatusSummary}).
 * @returns The sources, in words, most used first.
 * @category Statistics
 * @example
 * ```ts
 * import { statusBasis } from "peer-challenge";
 * statusBasis({ status: 1, rag: 7, percent: 0, update: 0, none: 0 });
 * //=> "RAG ratings and statuses"
 * ```
 */
export function statusBasis(from: Readonly<Record<StatusSource, number>>): string {
  const words: Record<Exclude<StatusSource, "none">, string> = {
    status: "statuses",
    rag: "RAG ratings",
    percent: "percentages complete",
    update: "dated updates",
  };
  const used = (Object.keys(words) as Exclude<StatusSource, "none">[]).filter((k) => from[k] > 0).sort((a, b) => from[b] - from[a]);
  if (used.length === 0) return from.none > 0 ? "no statuses (a plan as first published)" : "nothing";
  const named = used.map((k) => words[k]);
  return named.length === 1 ? named[0]! : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]!}`;
}
