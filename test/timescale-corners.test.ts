import { describe, expect, it } from "vitest";
import { dueDate, parseTimescale, timescaleOptionsOf, type ParseTimescaleOptions, type Timescale } from "../src/index.js";

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
    expect(reason("2024-26")).toBe(
      '"2024-26" could mean the years 2024 to 2026 or financial years: write the month it is due ("March 2026") or one financial year ("2025/26")',
    );
    expect(reason("12/31/2024")).toBe('"12/31/2024" has no month 31: numeric dates are read day first, so write 31/12/2024 or "31 December 2024"');
    expect(reason("13/13/2024")).toBe('"13/13/2024" has no month 13: numeric dates are read day first (31/03/2024)');
    expect(reason("31 February 2025")).toBe('"31 February 2025" names a day that does not exist');
    expect(reason("1899-1905")).toBe('the number 1899 is not part of a date here: write the date alone, or say what the number counts ("40 homes")');
  });
});

describe("a date with no year is placed in the first year it falls on or after the reference", () => {
  // The search runs from the year before the reference to two years after it.
  it.each([
    // 2026, 2027 have no 29 February; 2028 does: the last year searched.
    ["29 February", "2026-03-01", "2028-02-29"],
    // Due on the reference day itself counts as on or after it.
    ["29 February", "2028-02-29", "2028-02-29"],
    ["29 February", "2024-02-29", "2024-02-29"],
    ["March", "2025-03-31", "2025-03-31"],
    // March 2025 ended before 1 April 2025: the next March.
    ["March", "2025-04-01", "2026-03-31"],
  ])("%s, as of %s, is due %s", (text, reference, expected) => {
    expect(due(text, { reference })).toBe(expected);
  });

  it("gives no date when no year near the reference has the day", () => {
    // From 2025-03-01 the next 29 February is in 2028, past the years searched (2024-2027).
    expect(read("29 February", { reference: "2025-03-01" })).toMatchObject({ kind: "unknown", cause: "impossible" });
  });

  it.each([
    // A run across the new year ends in the year after it starts.
    ["November to February", "2025-11-01", "2026-02-28"],
    ["November 2025 to February", "2025-11-01", "2026-02-28"],
    ["November to February 2026", "2025-11-01", "2026-02-28"],
    ["December to March 2026", "2025-12-01", "2026-03-31"],
    ["March to June", "2025-03-01", "2025-06-30"],
  ])("%s, as of 2025-04-01, runs from %s to %s", (text, start, end) => {
    expect(read(text, { reference: "2025-04-01" })).toMatchObject({ kind: "date", start, due: end });
  });

  it.each([
    // The year given to one part places the others: September before June 2025 is 2024.
    ["September to June 2025", "2024-09-01", "2025-06-30"],
    ["June 2025, September and December", "2025-06-01", "2025-12-31"],
    ["June, September and December 2025", "2025-06-01", "2025-12-31"],
  ])("%s runs from %s to %s", (text, start, end) => {
    expect(read(text)).toMatchObject({ kind: "date", start, due: end });
  });
});

describe("the dates a plan's targets are read against, and an action's due date from its steps", () => {
  it("gives only the dates the plan has", () => {
    expect(timescaleOptionsOf({ peerChallenge: {} })).toStrictEqual({});
    expect(timescaleOptionsOf({ publishedOn: "2024-04" })).toStrictEqual({ reference: "2024-04-01" });
    expect(timescaleOptionsOf({ publishedOn: "2024-04", peerChallenge: { start: "2023-10" } })).toStrictEqual({
      reference: "2024-04-01",
      cpcStart: "2023-10-01",
    });
  });

  it("falls back to the latest step when the action's own target gives no date", () => {
    // "TBC" gives none; steps are due 30 June 2025 and 31 March 2025, and one has none:
    // the latest is 30 June 2025, whatever order the steps come in.
    const steps = [
      { id: "a", text: "x", timescale: "June 2025" },
      { id: "b", text: "y", timescale: "March 2025" },
      { id: "c", text: "z" },
    ];
    expect(dueDate({ id: "1", recommendation: "R1", title: "t", timescale: "TBC", steps })).toBe("2025-06-30");
    expect(dueDate({ id: "1", recommendation: "R1", title: "t", timescale: "TBC", steps: [...steps].reverse() })).toBe("2025-06-30");
  });
});

describe("more reasons in full, and short financial years only where they are read", () => {
  it("quotes and pads what it suggests", () => {
    expect(reason("early 3 March 2025 plan")).toBe('"early 3 March 2025" is part of a day or week, which has no early, middle or late');
    // 2007 to 2009: the financial year it suggests is written "2008/09", padded.
    expect(reason("2007/09")).toBe(
      '"2007/09" could mean the years 2007 to 2009 or financial years: write the month it is due ("March 2009") or one financial year ("2008/09")',
    );
    expect(reason("9/13/2024 plan")).toBe('"9/13/2024" has no month 13: numeric dates are read day first, so write 13/09/2024 or "13 September 2024"');
    expect(reason("within 3 months of adoption")).toBe(
      '"within 3 months of adoption" counts from an event whose date is not known here: give the date it is due',
    );
  });

  it("reads a week ending and a financial year replaced by a quarter", () => {
    // Week ending Friday 7 March 2025: 1 to 7 March.
    expect(read("we 7 March 2025")).toMatchObject({ kind: "date", start: "2025-03-01", due: "2025-03-07" });
    // Q2 of 2025/26 is July-September 2025; of 2024/25, July-September 2024.
    expect(read("2025/26 (originally Q2)")).toMatchObject({ due: "2026-03-31", originalDue: "2025-09-30" });
    expect(read("FY 2024/25 (originally Q2)")).toMatchObject({ due: "2025-03-31", originalDue: "2024-09-30" });
  });

  it("reads a short hyphenated year pair as a financial year only after a quarter or 'year end'", () => {
    // "24-25" could be many things; after "Q3" or "year end" it can only be 2024/25.
    expect(due("Q3 24-25")).toBe("2024-12-31");
    expect(due("year end 24-25")).toBe("2025-03-31");
    for (const text of ["24-25 Q3", "March 24-25", "December 24-25", "24-25"]) expect(read(text).kind, text).toBe("unknown");
  });
});

describe("a range of days written with ordinals", () => {
  // Seed 000's form: "7th to 10th January 2019" is 7 to 10 January 2019.
  it.each([
    ["7th to 10th January 2019", "2019-01-07", "2019-01-10"],
    ["7th-10th January 2019", "2019-01-07", "2019-01-10"],
    ["7th to 10 January 2019", "2019-01-07", "2019-01-10"],
    ["1st and 3rd March 2025", "2025-03-01", "2025-03-03"],
  ])("%s runs from %s to %s", (text, start, end) => {
    expect(read(text)).toMatchObject({ kind: "date", start, due: end });
  });

  it("still refuses a range that runs backwards", () => {
    expect(read("10th to 7th January 2019")).toMatchObject({ kind: "unknown", cause: "impossible" });
  });
});

describe("runs of the words the new forms start with never throw (issue 29)", () => {
  it.each([
    ["before ", "March 2025"],
    ["before early ", "2025"],
    ["prior to ", "Christmas 2023"],
    ["in the next ", "6 months"],
    ["Autumn term ", "2025"],
  ])('"%s" 20,000 times, then "%s", is read without overflowing the stack', (word, end) => {
    const t = parseTimescale(`${word.repeat(20_000)}${end}`);
    expect(t.kind).toBe("unknown");
  });
});
