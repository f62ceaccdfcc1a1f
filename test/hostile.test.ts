import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";
import { matchTheme, normaliseRag, normaliseStatus, parseTimescale } from "../src/index.js";

// A guard against catastrophic (quadratic or exponential) behaviour, not a speed target
// (bench/ measures speed): a quadratic parser would need minutes on 100 kB.
describe("parseTimescale on 100 kB of adversarial text", () => {
  const inputs: [string, string][] = [
    ["repeated months", "March ".repeat(17_000)],
    ["repeated day-first fragments", "1/".repeat(50_000)],
    ["repeated Q", "Q".repeat(100_000)],
    ["repeated dashes", "-".repeat(100_000)],
    ["repeated dates with labels", "Phase 1 – March 2024 ".repeat(5_000)],
    ["digits", "2024".repeat(25_000)],
    ["punctuation around a date", `${"- ".repeat(25_000)}x${" -".repeat(25_000)} March 2024`],
    // Forms that read the date after them: a run of them must not recurse (it once overflowed the stack).
    ["repeated parts of a period", `${"early ".repeat(20_000)}2024`],
    ["repeated weeks", "w/c ".repeat(25_000)],
    ["repeated relative words", `${"within ".repeat(14_000)}6 months`],
    ["one range of 16,000 months", `${"March-".repeat(16_000)} 2024`],
    ["repeated dates restated in brackets", "Q1 (Q1 2024) ".repeat(7_000)],
    ["repeated weekdays", "Monday 1 March 2024 ".repeat(5_000)],
    ["repeated revised targets", "March 2024 (originally June 2024) ".repeat(3_000)],
  ];
  for (const [name, text] of inputs) {
    it(`${name}: returns, in linear time`, () => {
      const t0 = performance.now();
      const t = parseTimescale(text);
      const ms = performance.now() - t0;
      expect(t.text).toBe(text);
      expect(ms).toBeLessThan(1000);
    });
  }
});

// Tables of wordings are object literals; a text that names one of Object.prototype's
// properties must read as the plain text it is, not as that property.
describe("text that names a property of Object.prototype", () => {
  const names = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "isPrototypeOf"];

  it.each(names)("%s is not a status, a RAG or a theme word", (name) => {
    expect(normaliseStatus(name)).toBeUndefined();
    expect(normaliseRag(name)).toBeUndefined();
    expect(normaliseRag(`${name} red`)).toBeUndefined();
    expect(matchTheme(name).kind).toBe("no-match");
  });

  it.each(names)("a CSV row %s above the header is reported, not dropped", (name) => {
    const csv = `${name},Kingston\nNo.,Recommendation,Action,Owner,Target for completion,Status\n1,Do it,Act,CEO,March 2024,Complete\n`;
    const { issues } = readPlanCsv(csv);
    expect(issues).toEqual([expect.objectContaining({ code: "row-above-header", path: ["preamble", 1] })]);
  });
});
