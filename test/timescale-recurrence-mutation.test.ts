// How often a repeating commitment recurs (src/timescale/recurrence.ts), for its mutation score:
// its run of 2026-12-07 (docs/quality.md) found it at 49 %, as the whole-text table of words.ts
// ("Biannual", "Every two months", "Fortnightly") answers the wordings the other tests use before
// recurrenceOf is asked. Here each rule is read on its own: the "bi-" and "semi-" words, an
// interval counted in months, weeks or years (its frequency, or why it has none), "at 6-month
// intervals", "3-monthly", the words of a year, a quarter, a month, a week. Each expected reading is
// worked out by hand from the rules in recurrence.ts, in the comments.
import { describe, expect, it } from "vitest";
import { parseTimescale } from "../src/index.js";
import { isDated } from "../src/timescale/due.js";
import { recurrenceOf } from "../src/timescale/recurrence.js";
import { fold } from "../src/fold.js";

const of = (text: string) => recurrenceOf(fold(text));
const reason = (n: number, unit: string) =>
  `it repeats every ${n} ${unit}s, which is not a frequency this reader has (annual, half-yearly, quarterly, bi-monthly, monthly, fortnightly, weekly): give the next date it is due`;

describe("the bi- and semi- words", () => {
  it.each([
    // "bi" or "semi", a space or none, "annual" or "annually": twice a year.
    ["Reviewed biannually", "half-yearly"],
    ["Semi-annual review", "half-yearly"],
    ["Reviewed bi-annually", "half-yearly"],
    // "half" and "year", a space or none, "ly" or none.
    ["Reviewed halfyearly", "half-yearly"],
    ["Every half year", "half-yearly"],
    ["Reported twice per year", "half-yearly"],
    // "bi" and "monthly": every two months; "every other month" the same.
    ["Reviewed bimonthly", "bi-monthly"],
    ["Reviewed bi-monthly", "bi-monthly"],
    ["Every other month", "bi-monthly"],
    // "bi" and "weekly": every two weeks.
    ["Reviewed biweekly", "fortnightly"],
    ["Every other week", "fortnightly"],
  ])("%s: %s", (text, frequency) => {
    expect(of(text)).toEqual({ frequency });
  });

  it("every two years is no frequency of ours", () => {
    const biennial = { reason: "it repeats every two years, which is not a frequency this reader has: give the next date it is due" };
    expect(of("Biennial review")).toEqual(biennial);
    expect(of("Reviewed biennially")).toEqual(biennial);
  });
});

describe("an interval counted in months, weeks or years", () => {
  it.each([
    // months: 1 monthly, 2 bi-monthly, 3 quarterly, 6 half-yearly, 12 annual
    ["Every 1 month", "monthly"],
    ["Every 2 months", "bi-monthly"],
    ["Each 3 months", "quarterly"],
    ["Every 6 months", "half-yearly"],
    ["Every 12 months", "annual"],
    // years: 12 months each; one year is annual
    ["Every 1 year", "annual"],
    // weeks: 1 weekly, 2 fortnightly
    ["Every 1 week", "weekly"],
    ["Every 2 weeks", "fortnightly"],
    // "at 6-month intervals", "3 month cycles": the same intervals, written after the count
    ["At 6-month intervals", "half-yearly"],
    ["On 3 month cycles", "quarterly"],
    // "3-monthly", "2-weekly", "12-monthly"
    ["3-monthly", "quarterly"],
    ["2-weekly", "fortnightly"],
    ["12-monthly", "annual"],
  ])("%s: %s", (text, frequency) => {
    expect(of(text)).toEqual({ frequency });
  });

  it.each([
    // 4 months, 3 weeks, 2 years (24 months), "every other year" (2 years): none of ours.
    ["Every 4 months", 4, "month"],
    ["Every 3 weeks", 3, "week"],
    ["Every 2 years", 2, "year"],
    ["Every other year", 2, "year"],
    ["4-monthly", 4, "month"],
  ])("%s: no frequency of ours, said", (text, n, unit) => {
    expect(of(text)).toEqual({ reason: reason(n, unit) });
  });
});

describe("the words of a year, a quarter, a month, a week", () => {
  it.each([
    ["Reviewed annually", "annual"],
    ["Per annum", "annual"],
    ["Once a year", "annual"],
    ["Every year", "annual"],
    ["Every August", "annual"],
    ["August each year", "annual"],
    ["Reported quarterly", "quarterly"],
    ["Each quarter", "quarterly"],
    ["Reported monthly", "monthly"],
    ["Every month", "monthly"],
    ["Reported weekly", "weekly"],
    ["Each week", "weekly"],
  ])("%s: %s", (text, frequency) => {
    expect(of(text)).toEqual({ frequency });
  });

  it("a text that names no repetition", () => {
    expect(of("Review the strategy")).toBeUndefined();
  });
});

describe("through parseTimescale", () => {
  it("a repeating commitment is recurring; an interval of none of ours is unknown, with the reason", () => {
    expect(parseTimescale("Every 6 months")).toEqual({ kind: "recurring", text: "Every 6 months", frequency: "half-yearly" });
    expect(parseTimescale("Every 4 months")).toEqual({ kind: "unknown", text: "Every 4 months", reason: reason(4, "month"), cause: "unrecognised" });
  });
});

describe("what is dated", () => {
  it("a date and milestones are; a recurring, an ongoing, an unknown or no timescale is not", () => {
    expect(isDated(parseTimescale("March 2025"))).toBe(true);
    expect(isDated(parseTimescale("Draft June 2024, final Sept 2025"))).toBe(true);
    expect(isDated(parseTimescale("Quarterly"))).toBe(false);
    expect(isDated(parseTimescale("Ongoing"))).toBe(false);
    expect(isDated(parseTimescale("TBC"))).toBe(false);
    expect(isDated(undefined)).toBe(false);
  });
});
