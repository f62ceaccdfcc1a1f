import { describe, expect, it } from "vitest";
import { parseTimescale, type ParseTimescaleOptions, type Timescale } from "../src/index.js";

// Corners of the forms that the other timescale tests reach only in passing: the exact words
// a reason quotes when more text follows, the less common ways of writing a form, and the
// readings that must stay unknown. Each expected date is worked out by hand in its comment.
const read = (text: string, options?: ParseTimescaleOptions): Timescale => parseTimescale(text, options);
const due = (text: string, options?: ParseTimescaleOptions): string | undefined => {
  const t = read(text, options);
  return t.kind === "date" || t.kind === "milestones" ? t.due : undefined;
};
const reason = (text: string): string => {
  const t = read(text);
  return t.kind === "unknown" ? t.reason : "";
};

describe("a reason quotes exactly the words at fault, not the rest of the text", () => {
  // Each text has words after the fault, so a quote that ran to the end would show them.
  it.each([
    ["Q3 FY25 review", '"FY25" does not say which financial year'],
    ["FY25 review", '"FY25" does not say which financial year'],
    ["2024-13-01 revised", '"2024-13-01" has no month 13'],
    ["2024-26 programme", '"2024-26" could mean the years 2024 to 2026'],
    ["2024-13 revised", '"2024-13" has no month 13'],
    ["13/2024 revised", '"13/2024" has no month 13'],
    ["Q3 to Q2 2025 revised", '"Q3 to Q2" does not run from an earlier quarter'],
    ["9-7 October 2025 revised", '"9-7 October 2025" is not a range of days'],
    ["32 March 2024 revised", '"32 March 2024" names day 32'],
    ["March 32nd revised", '"March 32nd" names day 32'],
    ["w/c 2024 revised", '"w/c 2024" does not name the day'],
    ["within two months of go-live, then review", '"within two months of go" counts from an event'],
  ])("%s: %s", (text, words) => {
    expect(read(text)).toMatchObject({ kind: "unknown" });
    expect(reason(text)).toContain(words);
  });

  it('a month-first date with a one-digit day is turned round with its zero: "1/13/2024" → 13/01/2024', () => {
    // Day 1, month 13: read month first it is 13 January 2024, written day first 13/01/2024.
    expect(reason("1/13/2024")).toContain('write 13/01/2024 or "13 January 2024"');
  });
});

describe("less common ways of writing a form", () => {
  it.each([
    // A month in a financial year: April is in the year's first calendar year, January in its second.
    ["April 2024/25", "2024-04-30"],
    ["January 2024/25", "2025-01-31"],
    // A spreadsheet's month and year with a slash.
    ["Sep/24", "2024-09-30"],
    // Month, day and year; a one-digit day needs no year to be a day.
    ["March 1 2025", "2025-03-01"],
    ["March 1st, 2025", "2025-03-01"],
    ["March 15, 2025", "2025-03-15"],
    // Seasons joined by a hyphen; winter 2024/25 is December 2024 to February 2025.
    ["Autumn-2024", "2024-11-30"],
    ["Winter-2024/25", "2025-02-28"],
    ["Winter 24/25", "2025-02-28"],
    // Halves: a financial H1 is April-September, H2 October-March; a calendar H2 July-December.
    ["H1 2025/26", "2025-09-30"],
    ["2024/25 H1", "2024-09-30"],
    ["2024/25 H2", "2025-03-31"],
    ["H2 2025", "2025-12-31"],
    // Quarters: calendar Q4 is October-December; financial Q2 July-September, Q3 October-December.
    ["2025 Q4", "2025-12-31"],
    ["FY24/25 Quarter 3", "2024-12-31"],
    ["FY 2024/25 Q2", "2024-09-30"],
    ["Q2 24-25", "2024-09-30"],
    // Year ends: a council's year end is 31 March; "end of 2025" is 31 December.
    ["year end 2024/25", "2025-03-31"],
    ["financial year end 2025/26", "2026-03-31"],
    ["end of 2025", "2025-12-31"],
    ["end of year 2025", "2025-12-31"],
    ["calendar year end 2025", "2025-12-31"],
    // Parts: FY 2025/26 in thirds is April-July, August-November, December-March.
    ["mid-year 2025/26", "2025-11-30"],
    ["late 2024/25", "2025-03-31"],
    // Q3 2024/25 is October-December 2024: its first third is October.
    ["early Q3 2024/25", "2024-10-31"],
    // Summer is June-August: its first third is June.
    ["early summer 2025", "2025-06-30"],
    // A month's middle is days 11 to 20.
    ["mid March 2025", "2025-03-20"],
    ["end of Q2 2025/26", "2025-09-30"],
    // H1 2025 is January-June: its first third is January-February.
    ["early H1 2025", "2025-02-28"],
    // Weeks: commencing Monday 3 March 2025 runs to Sunday 9 March.
    ["w.c. 3 March 2025", "2025-03-09"],
    ["w-c 3 March 2025", "2025-03-09"],
    ["wc 3 March 2025", "2025-03-09"],
    ["week of 3 March 2025", "2025-03-09"],
    ["week starting 3 March 2025", "2025-03-09"],
    ["w/c Monday 3 March 2025", "2025-03-09"],
    ["w/e 07/03/2025", "2025-03-07"],
    // 3 March 2025 is a Monday (4 March 2025 is a Tuesday).
    ["Monday, 3 March 2025", "2025-03-03"],
    // Numbers that label something are not days: item 3, action 3.2, year 1 of a plan.
    ["Year 1: March 2025", "2025-03-31"],
    ["#3 March 2025", "2025-03-31"],
    ["No. 3 March 2025", "2025-03-31"],
    ["Action 3.2 March 2025", "2025-03-31"],
  ])("%s is due %s", (text, expected) => expect(due(text)).toBe(expected));

  it('"w/e 07/03/2025" is the week of Saturday 1 to Friday 7 March', () => {
    expect(read("w/e 07/03/2025")).toMatchObject({ start: "2025-03-01", due: "2025-03-07", precision: "week" });
  });

  it.each([
    // 1 February 2024 plus six months is 1 August 2024.
    ["in six months time", "2024-08-01"],
    ["within the next 6 months", "2024-08-01"],
    // Plus 14 days: 15 February.
    ["within 2 weeks", "2024-02-15"],
    // Plus 90 days: February 2024 has 29 days (to 1 March: 29), March 31 (to 1 April: 60), April 30 (to 1 May: 90).
    ["within 90 days", "2024-05-01"],
  ])("%s from 1 February 2024 is due %s", (text, expected) => expect(due(text, { reference: "2024-02-01" })).toBe(expected));

  it.each([
    // 16 October 2023 plus 42 days: 15 to the end of October, 27 more is 27 November.
    ["6 weeks after the CPC", "2023-11-27"],
    ["1 year from the CPC", "2024-10-16"],
  ])("%s, from a CPC on 16 October 2023, is due %s", (text, expected) => expect(due(text, { cpcStart: "2023-10-16" })).toBe(expected));

  it("a year end with no year is the next 31 March on or after the reference date", () => {
    // Reference 1 June 2024: the financial year 2024/25 ends 31 March 2025.
    expect(read("year end", { reference: "2024-06-01" })).toMatchObject({ start: "2024-04-01", due: "2025-03-31", yearFromReference: true });
    expect(due("end of the calendar year", { reference: "2024-06-01" })).toBe("2024-12-31");
  });
});

describe("readings that were wrong and are now right", () => {
  it('a yearless quarter beside a financial one is financial: "Q3 2024/25 to Q1" ends with Q1 2025/26', () => {
    // Q3 2024/25 is October-December 2024; the next financial Q1 is April-June 2025.
    expect(read("Q3 2024/25 to Q1")).toMatchObject({ start: "2024-10-01", due: "2025-06-30", precision: "quarter" });
  });
  it('a replaced yearless quarter is of the current financial year: "Q4 2024/25 (originally Q2)"', () => {
    // Q4 2024/25 is January-March 2025; Q2 2024/25 is July-September 2024.
    expect(read("Q4 2024/25 (originally Q2)")).toMatchObject({ due: "2025-03-31", originalDue: "2024-09-30" });
  });
  it('"w/c March 2025" names no day for the week to start on, so it is unknown, not March', () => {
    expect(read("w/c March 2025")).toMatchObject({ kind: "unknown", cause: "unrecognised" });
    expect(reason("w/c March 2025")).toContain('"w/c March 2025" does not name the day the week starts or ends');
    expect(reason("week commencing March 2025")).toContain("does not name the day");
  });
  it('"2025 year end" could be 31 December 2025 or a 31 March: ambiguous, with a true reason', () => {
    expect(read("2025 year end")).toMatchObject({ kind: "unknown", cause: "ambiguous" });
    expect(reason("2025 year end")).toContain('"2025 year end" could be 31 December 2025 or the end of a financial year (31 March 2025 or 31 March 2026)');
  });
  it('"March 2025 year end" is March 2025: the words describe the date before them', () => {
    expect(due("March 2025 year end")).toBe("2025-03-31");
    expect(due("March 2025 financial year end")).toBe("2025-03-31");
  });
  it.each(["2024-2035", "2024 to 2040"])("a long plan period %s is ambiguous, not the end of its last calendar year", (text) => {
    expect(read(text)).toMatchObject({ kind: "unknown", cause: "ambiguous" });
  });
  it.each(["Sep-24-25", "w/c 3-5 March 2025"])("%s stays unknown", (text) => expect(read(text)).toMatchObject({ kind: "unknown" }));
});

describe("a half with no year beside a financial one is financial, as a quarter is", () => {
  // 2024/25 runs April 2024 to March 2025: its first half is April-September 2024 (due
  // 30 September 2024), its second October 2024-March 2025. Read as a calendar half, "H1"
  // was due 30 June 2024: a date three months early, given with confidence.
  it.each([
    ["H2 2024/25 (originally H1)", "2025-03-31", "2024-09-30"],
    ["2024/25 H2 (originally H1)", "2025-03-31", "2024-09-30"],
    ["second half of 2024/25 (originally first half)", "2025-03-31", "2024-09-30"],
    // third quarter of 2024/25: October-December 2024; the second: July-September 2024.
    ["third quarter 2024/25 (originally second quarter)", "2024-12-31", "2024-09-30"],
    // Calendar halves stay calendar: H1 2024 is January-June.
    ["H2 2024 (originally H1)", "2024-12-31", "2024-06-30"],
  ])("%s is due %s, first due %s", (text, expected, original) => {
    const t = read(text);
    expect(t.kind === "date" ? [t.due, t.originalDue] : t.kind).toEqual([expected, original]);
  });

  it("runs a financial half to the next half of the same financial year", () => {
    // H1 2024/25 is April-September 2024; "to H2" is October 2024-March 2025.
    expect(read("H1 2024/25 to H2")).toMatchObject({ kind: "date", start: "2024-04-01", due: "2025-03-31" });
    // A calendar H2 2025 to H1 runs into the next calendar year: due 30 June 2026.
    expect(due("H2 2025 to H1")).toBe("2026-06-30");
  });
});

describe("the edges of a run of years", () => {
  // A run of years ("2024-26") is ambiguous between calendar and financial years; a run
  // that starts outside 1900-2199 is no run of years at all, and "2024-2025" is one
  // financial year (April 2024 to March 2025).
  it.each([
    ["1899-1905", "unrecognised"],
    ["1900-1905", "ambiguous"],
    ["2199-2203", "ambiguous"],
    ["2200-2203", "unrecognised"],
    ["2024-2026", "ambiguous"],
    ["2024/26", "ambiguous"],
    ["2024 to 2026", "ambiguous"],
    ["2024-34", "ambiguous"],
    ["2099-2101", "ambiguous"],
    // 35 is past the ten-year limit of a two-digit end, so it is read as a month, and fails.
    ["2024-35", "impossible"],
    ["2024-26-", "impossible"],
    ["2024/12", "unrecognised"],
  ])("%s gives no date: %s", (text, cause) => {
    expect(read(text)).toMatchObject({ kind: "unknown", cause });
  });

  it.each([
    ["2024-2025", "2024-04-01", "2025-03-31"],
    ["2024-12", "2024-12-01", "2024-12-31"],
    ["2199 to 2200", "2199-04-01", "2200-03-31"],
  ])("%s runs from %s to %s", (text, start, end) => {
    expect(read(text)).toMatchObject({ kind: "date", start, due: end });
  });

  it("says in full why the text gives no date", () => {
    expect(reason("2024-26")).toBe('"2024-26" could mean the years 2024 to 2026 or financial years: write the month it is due ("March 2026") or one financial year ("2025/26")');
    expect(reason("12/31/2024")).toBe('"12/31/2024" has no month 31: numeric dates are read day first, so write 31/12/2024 or "31 December 2024"');
    expect(reason("13/13/2024")).toBe('"13/13/2024" has no month 13: numeric dates are read day first (31/03/2024)');
    expect(reason("31 February 2025")).toBe('"31 February 2025" names a day that does not exist');
    expect(reason("1899-1905")).toBe('the number 1899 is not part of a date here: write the date alone, or say what the number counts ("40 homes")');
  });
});
