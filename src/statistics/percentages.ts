import { checkOptions } from "./check.js";

/**
 * How to round percentages: `largest-remainder` (whole figures that always sum to
 * exactly 100) or `nearest` (each figure rounded on its own, half up, so the sum
 * can be 99 or 101, as in many published reports).
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { Rounding } from "peer-challenge";
 * const rounding: Rounding = "nearest";
 * ```
 */
export type Rounding = "largest-remainder" | "nearest";

/**
 * Options for rounding percentages.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { percentages, type PercentagesOptions } from "peer-challenge";
 * const options: PercentagesOptions = { rounding: "nearest", decimals: 1 };
 * percentages({ done: 1, open: 2 }, options);
 * //=> { done: 33.3, open: 66.7 }
 * ```
 */
export interface PercentagesOptions {
  /** Default `"largest-remainder"`. */
  readonly rounding?: Rounding | undefined;
  /** Decimal places, 0 to 6. Default 0. */
  readonly decimals?: number | undefined;
}

/**
 * Turns counts into percentages of their total.
 *
 * With the default largest-remainder rounding the figures sum to exactly 100 (or
 * 100.0 with decimals): each share is rounded down, then the units still missing go
 * to the largest remainders; ties go to the larger count, then to the earlier key.
 * `nearest` rounds each share on its own. All-zero counts give zeros, never NaN.
 * The arithmetic is on integers, so no floating-point error creeps in.
 *
 * @param counts - A count for each key: a whole number, 0 or more.
 * @param options - Rounding method and decimal places.
 * @returns A percentage for each key of `counts`, in the same key order.
 * @throws RangeError when a count is negative, fractional or not a finite number (a
 *   count is never quietly taken as 0), or an option is out of range.
 * @category Statistics
 * @example
 * ```ts
 * import { percentages } from "peer-challenge";
 * // 30 actions, as East Herts' 2012/13 report printed them (13/60/13/3/10 = 99):
 * const counts = { a: 4, b: 18, c: 4, d: 1, e: 3 };
 * percentages(counts);
 * //=> { a: 14, b: 60, c: 13, d: 3, e: 10 }  (sums to 100)
 * percentages(counts, { rounding: "nearest" });
 * //=> { a: 13, b: 60, c: 13, d: 3, e: 10 }  (sums to 99)
 * ```
 */
export function percentages<K extends string>(counts: Readonly<Record<K, number>>, options: PercentagesOptions = {}): Record<K, number> {
  checkOptions("percentages", options);
  const keys = Object.keys(counts) as K[];
  for (const k of keys) {
    const n: unknown = counts[k];
    // Number.isInteger is false for anything that is not a number.
    if (!Number.isInteger(n) || (n as number) < 0) throw new RangeError(`percentages: the count of ${k} must be a whole number of 0 or more, not ${String(n)}`);
  }
  const decimals = options.decimals ?? 0;
  const scale = 10 ** decimals;
  const whole = 100 * scale; // the total, in units of the last decimal place
  const values = keys.map((k) => {
    return counts[k];
  });
  const total = values.reduce((a, b) => a + b, 0);
  const out = {} as Record<K, number>;
  if (total === 0) {
    for (const k of keys) out[k] = 0;
    return out;
  }
  if (options.rounding === "nearest") {
    keys.forEach((k, i) => {
      // round(n * whole / total), half up, in integers
      out[k] = Math.floor((2 * values[i]! * whole + total) / (2 * total)) / scale;
    });
    return out;
  }
  const units = values.map((n) => Math.floor((n * whole) / total));
  const remainders = values.map((n) => (n * whole) % total);
  let missing = whole - units.reduce((a, b) => a + b, 0);
  // The sort is stable, so keys that tie on both stay in their order: the earlier key first.
  const order = keys.map((_, i) => i).sort((a, b) => remainders[b]! - remainders[a]! || values[b]! - values[a]!);
  // The units missing are the remainders' sum over the total: fewer than the keys with a
  // remainder, which sort first, so no key without one is ever given a unit.
  for (const i of order) {
    if (missing <= 0) break;
    units[i]! += 1;
    missing--;
  }
  keys.forEach((k, i) => {
    out[k] = units[i]! / scale;
  });
  return out;
}

/**
 * {@link percentages} of counts that may be sums of weights: whole counts as they are,
 * others counted in millionths (a weight is read to six decimal places), so that the
 * arithmetic stays on integers and the figures still sum to 100.
 *
 * @internal
 */
export function sharesOf<K extends string>(counts: Readonly<Record<K, number>>, options: PercentagesOptions): Record<K, number> {
  const keys = Object.keys(counts) as K[];
  if (keys.every((k) => Number.isInteger(counts[k]))) return percentages(counts, options);
  const scaled = {} as Record<K, number>;
  for (const k of keys) scaled[k] = Math.round(counts[k] * 1e6);
  return percentages(scaled, options);
}

/**
 * A note for a table where largest remainder gave equal counts different whole percentages
 * (Red 1 = 13 %, Blue 1 = 12 % of 8): the rounding that makes a column sum to 100 has to give
 * the point left over to one of them, and this says which and why, so that a reader does not
 * take the difference for a difference in the counts. `undefined` where no equal counts differ.
 *
 * @param counts - The counts the percentages were computed from.
 * @param shares - The percentages shown.
 * @param label - A key in the words the table shows ("Red").
 * @internal
 */
export function equalCountsNote<K extends string>(
  counts: Readonly<Record<K, number>>,
  shares: Readonly<Record<K, number>>,
  label: (key: K) => string,
): string | undefined {
  const byCount = new Map<number, K[]>();
  for (const k of Object.keys(counts) as K[]) {
    if (counts[k] === 0) continue;
    const list = byCount.get(counts[k]) ?? [];
    list.push(k);
    byCount.set(counts[k], list);
  }
  const parts: string[] = [];
  for (const [count, keys] of byCount) {
    if (keys.length < 2 || new Set(keys.map((k) => shares[k])).size === 1) continue;
    parts.push(`${keys.map((k) => `${label(k)} ${shares[k]}%`).join(", ")} (${count} each)`);
  }
  if (parts.length === 0) return undefined;
  return `Equal counts shown as different percentages: ${parts.join("; ")}. Largest-remainder rounding makes the column sum to 100, so a point left over goes to one of them: to the larger count, then to the earlier row.`;
}
