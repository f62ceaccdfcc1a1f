// Helpers shared by the benchmarks: timing with warm-up and the median of runs.
import { performance } from "node:perf_hooks";

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs fn `warmup` times, then `runs` times, and returns the median milliseconds. */
export function time(fn, { runs = 7, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/**
 * Times `ours` and `floor` in alternation, `runs` times each after `warmup` rounds, and
 * returns the median milliseconds of each and the median of the per-round ratios. On a
 * shared machine whose speed drifts by a third from one second to the next, timing the
 * two back to back keeps a slow spell from landing on one side only.
 */
export function compare(ours, floor, { runs = 9, warmup = 2, after = () => {} } = {}) {
  for (let i = 0; i < warmup; i++) {
    floor();
    ours();
  }
  const a = [];
  const b = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    floor();
    const f = performance.now() - t0;
    t0 = performance.now();
    ours();
    const o = performance.now() - t0;
    after();
    a.push(o);
    b.push(f);
    ratios.push(o / f);
  }
  return { ours: median(a), floor: median(b), ratio: median(ratios) };
}

export const fmt = (n, digits = 0) => n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });
