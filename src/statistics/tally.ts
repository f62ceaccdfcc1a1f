import { RAGS, STATUSES, type Rag, type Status } from "../model/vocabulary.js";
import type { Facts } from "./classify.js";
import { percentages, type PercentagesOptions } from "./percentages.js";

/**
 * Counts of actions by status, with percentages of the actions that count.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { statusSummary, type StatusSummary } from "peer-challenge";
 * const s: StatusSummary = statusSummary(plan, { asOf: "2019-06-30" });
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
  /** Actions that had no status yet and were counted as not started. */
  readonly noStatus: number;
}

/**
 * Counts of actions by RAG rating: reported where the council gave one, derived otherwise.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { ragSummary, type RagSummary } from "peer-challenge";
 * const r: RagSummary = ragSummary(plan, { asOf: "2019-06-30" });
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
}

// Plain objects: a property read is cheaper than a Map look-up on the hot path.
const STATUS_INDEX = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<Status, number>;
const RAG_INDEX = Object.fromEntries(RAGS.map((r, i) => [r, i])) as Record<Rag, number>;
const CANCELLED = STATUS_INDEX.cancelled;

/** Running totals for a set of actions: numbers only, never the actions themselves. */
export class Tally {
  readonly status = new Array<number>(STATUSES.length).fill(0);
  readonly rag = new Array<number>(RAGS.length).fill(0);
  derived = 0;
  noStatus = 0;
  overdue = 0;
  noTarget = 0;

  add(f: Facts): void {
    const s = STATUS_INDEX[f.status];
    this.status[s]! += 1;
    if (s === CANCELLED) return;
    if (f.noStatus) this.noStatus++;
    this.rag[RAG_INDEX[f.rag]]! += 1;
    if (f.ragDerived) this.derived++;
    if (f.overdue) this.overdue++;
    if (f.due === undefined) this.noTarget++;
  }

  /** Counts blue as green, for a plan whose RAG scheme has no blue. */
  foldBlueIntoGreen(): void {
    this.rag[RAG_INDEX.green]! += this.rag[RAG_INDEX.blue]!;
    this.rag[RAG_INDEX.blue] = 0;
  }

  /** Adds another tally's counts into this one. */
  merge(other: Tally): void {
    for (let i = 0; i < this.status.length; i++) this.status[i]! += other.status[i]!;
    for (let i = 0; i < this.rag.length; i++) this.rag[i]! += other.rag[i]!;
    this.derived += other.derived;
    this.noStatus += other.noStatus;
    this.overdue += other.overdue;
    this.noTarget += other.noTarget;
  }

  get excluded(): number {
    return this.status[CANCELLED]!;
  }

  get total(): number {
    return this.status.reduce((a, b) => a + b, 0) - this.excluded;
  }

  statusSummary(options: PercentagesOptions): StatusSummary {
    const counts = Object.fromEntries(STATUSES.map((s, i) => [s, this.status[i]!])) as Record<Status, number>;
    const { cancelled, ...counted } = counts;
    return {
      total: this.total,
      counts,
      percentages: { ...percentages(counted, options), cancelled: 0 },
      excluded: cancelled,
      noStatus: this.noStatus,
    };
  }

  ragSummary(options: PercentagesOptions, scheme: "rag" | "brag"): RagSummary {
    const counts = Object.fromEntries(RAGS.map((r, i) => [r, this.rag[i]!])) as Record<Rag, number>;
    return {
      total: this.total,
      counts,
      percentages: percentages(counts, options),
      derived: this.derived,
      excluded: this.excluded,
      scheme,
    };
  }
}
