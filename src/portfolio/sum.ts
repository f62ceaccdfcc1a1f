/**
 * Figures over several plans from each plan's own figures: counts are added up and the
 * percentages worked out again from the sums with {@link percentages}, never averaged.
 * The summaries' shapes are read, not copied: a count the statistics add later is summed
 * as well.
 */
import type { ProgressHeadline, Share } from "../progress/headline.js";
import { percentages, type PercentagesOptions } from "../statistics/percentages.js";
import type { StatusSource } from "../facts/action.js";
import type { RagSummary, StatusSummary } from "../statistics/tally.js";
import { RAGS, STATUSES, type Rag, type Status } from "../model/vocabulary.js";

/** Adds up records of counts key by key, keeping the first record's key order. */
export function sumCounts<K extends string>(records: readonly Readonly<Record<K, number>>[]): Record<K, number> {
  const out: Partial<Record<K, number>> = {};
  for (const r of records) for (const k of Object.keys(r) as K[]) out[k] = (out[k] ?? 0) + r[k];
  return out as Record<K, number>;
}

/** The sum of the numeric fields of several objects of one shape (the others are left to the caller). */
function sumNumbers<T extends object>(items: readonly T[]): Partial<Record<keyof T, number>> {
  const out: Partial<Record<keyof T, number>> = {};
  for (const item of items) for (const [k, v] of Object.entries(item) as [keyof T, unknown][]) if (typeof v === "number") out[k] = (out[k] ?? 0) + v;
  return out;
}

/**
 * Status summaries added up: counts, totals, cancelled and no-status counts summed;
 * percentages of the summed counts, cancelled left out as {@link statusSummary} leaves it.
 */
export function sumStatus(items: readonly StatusSummary[], options: PercentagesOptions): StatusSummary {
  const counts = sumCounts<string>([ZERO_STATUSES, ...items.map((s) => s.counts)]) as Record<Status, number>;
  const { cancelled: _cancelled, ...counted } = counts;
  const sum: StatusSummary = {
    total: 0,
    counts,
    percentages: { ...percentages(counted, options), cancelled: 0 },
    excluded: 0,
    noStatus: 0,
    from: sumCounts<StatusSource>([ZERO_SOURCES, ...items.map((s) => s.from)]),
    unrecognised: 0,
  };
  return inOrderOf(sum, { ...sumNumbers(items), counts: sum.counts, percentages: sum.percentages, from: sum.from });
}

/** `base` with `values` over it: `base`'s keys first, in its order, then any others. */
function inOrderOf<T extends object>(base: T, values: object): T {
  return { ...base, ...values };
}

const ZERO_STATUSES: Readonly<Record<Status, number>> = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
const ZERO_RAGS: Readonly<Record<Rag, number>> = Object.fromEntries(RAGS.map((r) => [r, 0])) as Record<Rag, number>;

/**
 * The RAG scheme of several plans' figures together: one scheme when they share it,
 * `"mixed"` when some plans count complete work blue and others green.
 *
 * @category Portfolio
 * @example
 * ```ts
 * import type { PortfolioScheme } from "peer-challenge";
 * const scheme: PortfolioScheme = "mixed";
 * ```
 */
export type PortfolioScheme = "rag" | "brag" | "mixed";

/**
 * RAG figures over several plans: each plan's counts as its own scheme gave them, summed.
 *
 * @category Portfolio
 * @example
 * ```ts
 * import { portfolioSummary, type PortfolioRag } from "peer-challenge";
 * const rag: PortfolioRag = portfolioSummary([kingston, westNorfolk], { asOf: "2024-06-26" }).total.rag;
 * rag.scheme;
 * //=> "rag"
 * ```
 */
export interface PortfolioRag extends Omit<RagSummary, "scheme"> {
  /** `mixed` when some plans use BRAG (complete is blue) and others RAG (complete is green): the sums then mix the two. */
  readonly scheme: PortfolioScheme;
}

/** RAG summaries added up: counts summed, percentages of the sums. */
export function sumRag(items: readonly RagSummary[], options: PercentagesOptions): PortfolioRag {
  const counts = sumCounts<string>([ZERO_RAGS, ...items.map((r) => r.counts)]) as Record<Rag, number>;
  const schemes = new Set(items.map((r) => r.scheme));
  const scheme: PortfolioScheme = schemes.size > 1 ? "mixed" : (items[0]?.scheme ?? "rag");
  const sum: PortfolioRag = { total: 0, counts, percentages: percentages(counts, options), derived: 0, excluded: 0, unrecognised: 0, scheme };
  return inOrderOf(sum, { ...sumNumbers(items), counts, percentages: sum.percentages, scheme });
}

function isShare(v: unknown): v is Share {
  return typeof v === "object" && v !== null && typeof (v as Share).count === "number" && typeof (v as Share).percent === "number";
}

/**
 * Progress-review headlines added up: each bucket's count summed, and the percentages
 * of the summed buckets, in the headline's order (which breaks largest-remainder ties).
 */
export function sumHeadline(items: readonly ProgressHeadline[], options: PercentagesOptions): ProgressHeadline {
  const template: object = items[0] ?? EMPTY_HEADLINE;
  const shareCounts: Record<string, number> = {};
  for (const [k, v] of Object.entries(template)) if (isShare(v)) shareCounts[k] = 0;
  for (const h of items) for (const [k, v] of Object.entries(h)) if (isShare(v)) shareCounts[k] = (shareCounts[k] ?? 0) + v.count;
  const shares = percentages(shareCounts, options);
  const numbers = sumNumbers(items) as Record<string, number | undefined>;
  // The first headline's key order, so the total reads like a row.
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(template)) {
    const v: unknown = (template as Record<string, unknown>)[k];
    // A record of counts (what the figures were computed from) is summed key by key.
    if (k in shareCounts) out[k] = { count: shareCounts[k]!, percent: shares[k]! };
    else if (typeof v === "object" && v !== null) out[k] = sumCounts(items.map((h) => (h as unknown as Record<string, Record<string, number>>)[k]!));
    else out[k] = numbers[k] ?? 0;
  }
  return out as unknown as ProgressHeadline;
}

const EMPTY_HEADLINE: ProgressHeadline = {
  total: 0,
  completed: { count: 0, percent: 0 },
  expectedProgress: { count: 0, percent: 0 },
  notProgressed: { count: 0, percent: 0 },
  excluded: 0,
  overdueInProgress: 0,
  from: { status: 0, rag: 0, percent: 0, update: 0, none: 0 },
  unrecognised: 0,
};

const ZERO_SOURCES: Readonly<Record<StatusSource, number>> = { status: 0, rag: 0, percent: 0, update: 0, none: 0 };
