import { describe, expect, it } from "vitest";
import { checkOptions } from "../src/statistics/check.js";

// Every option of the statistics is checked by one function; its messages are what a user
// reads, so each is asserted in full (the words below are the contract, written by hand).
const message = (fn: () => void): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RangeError);
    return (e as RangeError).message;
  }
  return "no error";
};

describe("checkOptions", () => {
  it("takes no options as none, unless one is required", () => {
    expect(message(() => checkOptions("statusSummary", undefined))).toBe("no error");
    expect(message(() => checkOptions("statusSummary", undefined, []))).toBe("no error");
    expect(message(() => checkOptions("rollup", undefined, ["by"]))).toBe("rollup: the option by is required");
    expect(message(() => checkOptions("rollup", {}, ["by"]))).toBe("rollup: the option by is required");
    expect(message(() => checkOptions("rollup", { by: undefined }, ["by"]))).toBe("rollup: the option by is required");
    expect(message(() => checkOptions("rollup", { by: "owner" }, ["by"]))).toBe("no error");
    expect(message(() => checkOptions("dueSoon", { asOf: "2024-06-30" }, []))).toBe("no error");
  });

  it("refuses options that are not an object, naming what they are", () => {
    expect(message(() => checkOptions("ragSummary", null as unknown as object))).toBe("ragSummary: options must be an object, not null");
    expect(message(() => checkOptions("ragSummary", "2024-06-30" as unknown as object))).toBe("ragSummary: options must be an object, not string");
    expect(message(() => checkOptions("ragSummary", 5 as unknown as object))).toBe("ragSummary: options must be an object, not number");
    // A list is an object to JavaScript; it has none of the options, so nothing is wrong with it.
    expect(message(() => checkOptions("ragSummary", []))).toBe("no error");
  });

  it("checks each option against what it allows, at the edges", () => {
    const cases: [string, unknown, string][] = [
      ["asOf", "2024-02-29", "no error"],
      ["asOf", "2023-02-29", 'f: asOf must be a date written YYYY-MM-DD, not "2023-02-29"'],
      ["asOf", 20240630, "f: asOf must be a date written YYYY-MM-DD, not 20240630"],
      ["since", "30/06/2024", 'f: since must be a date written YYYY-MM-DD, not "30/06/2024"'],
      ["rounding", "nearest", "no error"],
      ["rounding", "largest-remainder", "no error"],
      ["rounding", "up", 'f: rounding must be "largest-remainder" or "nearest", not "up"'],
      ["rounding", ["nearest"], 'f: rounding must be "largest-remainder" or "nearest", not a list'],
      ["decimals", 0, "no error"],
      ["decimals", 6, "no error"],
      ["decimals", 7, "f: decimals must be a whole number from 0 to 6, not 7"],
      ["decimals", -1, "f: decimals must be a whole number from 0 to 6, not -1"],
      ["decimals", 1.5, "f: decimals must be a whole number from 0 to 6, not 1.5"],
      ["decimals", "2", 'f: decimals must be a whole number from 0 to 6, not "2"'],
      ["decimals", Number.NaN, "f: decimals must be a whole number from 0 to 6, not NaN"],
      ["decimals", null, "f: decimals must be a whole number from 0 to 6, not null"],
      ["scheme", "brag", "no error"],
      ["scheme", "blue", 'f: scheme must be "rag" or "brag", not "blue"'],
      ["dueSoonDays", 3660, "no error"],
      ["dueSoonDays", 3661, "f: dueSoonDays must be a whole number from 0 to 3660, not 3661"],
      ["withinDays", 0, "no error"],
      ["withinDays", { days: 30 }, "f: withinDays must be a whole number from 0 to 3660, not an object"],
      ["quarters", "financial", "no error"],
      ["quarters", "fiscal", 'f: quarters must be "calendar" or "financial", not "fiscal"'],
      ["by", "status", "no error"],
      ["by", "owners", 'f: by must be "theme" or "recommendation" or "owner" or "heading" or "status", not "owners"'],
      ["overdueCountsAs", "expected-progress", "no error"],
      ["overdueCountsAs", true, 'f: overdueCountsAs must be "not-progressed" or "expected-progress", not true'],
    ];
    for (const [name, value, expected] of cases)
      expect(
        message(() => checkOptions("f", { [name]: value })),
        `${name} = ${String(value)}`,
      ).toBe(expected);
  });

  it("cuts a long value to 40 characters and an ellipsis, so a pasted paragraph does not fill the screen", () => {
    const long = "the thirtieth of June, two thousand and twenty-four";
    // Its first 40 characters: "the thirtieth of June, two thousand and " (counted: 3+1+9+1+2+1+5+1+3+1+8+1+3+1 = 40).
    expect(message(() => checkOptions("f", { asOf: long }))).toBe('f: asOf must be a date written YYYY-MM-DD, not "the thirtieth of June, two thousand and …"');
    const forty = "x".repeat(40);
    expect(message(() => checkOptions("f", { asOf: forty }))).toBe(`f: asOf must be a date written YYYY-MM-DD, not "${forty}"`);
  });

  it("checks the expected-progress thresholds: fractions from 0 to 10, monitor no more than onTrack (defaults 0.9 and 0.7)", () => {
    const problem = "f: expectedProgress must be { onTrack, monitor }, fractions from 0 to 10 with monitor no more than onTrack, not";
    const cases: [unknown, string][] = [
      [{}, "no error"],
      [{ onTrack: 0.8, monitor: 0.8 }, "no error"],
      [{ onTrack: 10, monitor: 0 }, "no error"],
      [{ monitor: 0.9 }, "no error"], // 0.9 against the default onTrack 0.9
      [{ monitor: 0.95 }, `${problem} an object`], // above the default onTrack
      [{ onTrack: 0.6 }, `${problem} an object`], // below the default monitor 0.7
      [{ onTrack: 0.8, monitor: 0.81 }, `${problem} an object`],
      [{ onTrack: -0.1, monitor: -0.2 }, `${problem} an object`],
      [{ onTrack: 10.5 }, `${problem} an object`],
      [{ onTrack: "0.9" }, `${problem} an object`],
      [[0.9, 0.7], `${problem} a list`],
      [null, `${problem} null`],
      [0.9, `${problem} 0.9`],
    ];
    for (const [value, expected] of cases)
      expect(
        message(() => checkOptions("f", { expectedProgress: value })),
        JSON.stringify(value),
      ).toBe(expected);
    expect(message(() => checkOptions("f", { weighted: 1 }))).toBe("f: weighted must be true or false, not 1");
  });

  it("ignores options it does not know (each function documents its own)", () => {
    expect(message(() => checkOptions("f", { colour: "red", asOf: "2024-06-30" }))).toBe("no error");
  });
});
