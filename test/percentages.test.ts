import { describe, expect, it } from "vitest";
import { percentages } from "../src/index.js";

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

describe("percentages", () => {
  // Counts that reproduce the figures East Herts printed for 2012/13 with nearest rounding.
  const eastHerts = { a: 4, b: 18, c: 4, d: 1, e: 3 };

  it("rounds to nearest as East Herts 2012/13 did, summing to 99", () => {
    const p = percentages(eastHerts, { rounding: "nearest" });
    expect(p).toEqual({ a: 13, b: 60, c: 13, d: 3, e: 10 });
    expect(sum(p)).toBe(99);
  });

  it("by default gives largest-remainder figures that sum to exactly 100", () => {
    const p = percentages(eastHerts);
    expect(p).toEqual({ a: 14, b: 60, c: 13, d: 3, e: 10 });
    expect(sum(p)).toBe(100);
  });

  it("breaks ties on remainder by the larger count, then the earlier key", () => {
    // 1/3 each: the first key takes the spare unit
    expect(percentages({ x: 1, y: 1, z: 1 })).toEqual({ x: 34, y: 33, z: 33 });
    // 1, 3 and 4 of 8 are 12.5, 37.5 and 50: the .5 remainders tie and the larger count wins
    expect(percentages({ small: 1, big: 3, rest: 4 })).toEqual({ small: 12, big: 38, rest: 50 });
  });

  it("gives the spare units to the earliest keys among many ties (a rollup of 70 owners with one action each)", () => {
    // 100 / 70 = 1.43 each: 70 units of 1, and the 30 missing go to the first 30 keys.
    const counts = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`owner ${String(i).padStart(2, "0")}`, 1]));
    const p = Object.values(percentages(counts));
    expect(p.slice(0, 30).every((x) => x === 2)).toBe(true);
    expect(p.slice(30).every((x) => x === 1)).toBe(true);
  });

  it("reproduces the West Norfolk progress review headline for 20 actions", () => {
    expect(percentages({ completed: 3, expected: 15, notProgressed: 2 })).toEqual({ completed: 15, expected: 75, notProgressed: 10 });
  });

  it("supports decimals, still summing to 100", () => {
    const p = percentages({ a: 1, b: 1, c: 1 }, { decimals: 1 });
    expect(p).toEqual({ a: 33.4, b: 33.3, c: 33.3 });
    expect(Math.round(sum(p) * 10)).toBe(1000);
    expect(percentages({ a: 1, b: 2 }, { rounding: "nearest", decimals: 2 })).toEqual({ a: 33.33, b: 66.67 });
  });

  it("gives zeros, not NaN, for an empty set", () => {
    expect(percentages({ a: 0, b: 0 })).toEqual({ a: 0, b: 0 });
    expect(percentages({})).toEqual({});
  });

  it("refuses negative, fractional and non-finite counts rather than read them as something else", () => {
    expect(() => percentages({ a: -3, b: 1 })).toThrow(RangeError);
    expect(() => percentages({ a: Number.NaN, b: 2 })).toThrow("the count of a must be a whole number of 0 or more, not NaN");
    expect(() => percentages({ a: 1, b: 2.7 })).toThrow("the count of b");
  });

  it("does not mutate its input", () => {
    const counts = Object.freeze({ a: 1, b: 2 });
    expect(() => percentages(counts)).not.toThrow();
  });
});
