import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { percentages } from "../../src/index.js";

const counts = fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 12 }).map((xs) => Object.fromEntries(xs.map((n, i) => [`k${i}`, n])));

describe("percentages with largest remainder", () => {
  test.prop([counts, fc.integer({ min: 0, max: 3 })])(
    "sum to exactly 100 (in units of the last decimal), each within one unit of the exact share",
    (c, decimals) => {
      const values = Object.values(c);
      const total = values.reduce((a, b) => a + b, 0);
      const p = percentages(c, { decimals });
      const unit = 10 ** decimals;
      const units = Object.values(p).map((v) => Math.round(v * unit));
      if (total === 0) {
        expect(units.every((u) => u === 0)).toBe(true);
        return;
      }
      expect(units.reduce((a, b) => a + b, 0)).toBe(100 * unit);
      values.forEach((n, i) => {
        const exact = (n * 100 * unit) / total;
        expect(Math.abs(units[i]! - exact)).toBeLessThan(1);
      });
    },
  );

  test.prop([counts])("give zero to a zero count", (c) => {
    const p = percentages(c);
    for (const [k, n] of Object.entries(c)) if (n === 0) expect(p[k]).toBe(0);
  });
});
