/**
 * The timescale grammar's edges, form by form (issue 32, item 7: forms.ts measured 78.8 % in
 * mutation testing, its survivors in the forms below). Each text is read as the convention in
 * docs/timescales.md says, worked by hand in the comments: a quarter's months, a financial
 * year's April to March, a count of months or weeks from a reference date or the CPC, Easter
 * Sunday from the calendar; and each refusal with its cause and reason word for word.
 */
import { describe, expect, it } from "vitest";
import { parseTimescale, type Timescale } from "../src/index.js";

type Expected = { readonly start: string; readonly due: string; readonly precision: string } | { readonly cause: string; readonly reason?: string };

function read(text: string, options: { reference?: string; cpcStart?: string } = {}): Expected {
  const t: Timescale = parseTimescale(text, options);
  if (t.kind === "date") return { start: t.start, due: t.due, precision: t.precision };
  if (t.kind === "unknown") return { cause: t.cause, reason: t.reason };
  return { cause: t.kind };
}

const REF = { reference: "2025-01-15", cpcStart: "2024-10-07" };
const day = (start: string, due: string) => ({ start, due, precision: "day" });
const GENERIC =
  'no date, period or known wording was found: write a month and year ("March 2025"), a season, a quarter or a financial year ("Q3 2024/25"), or a day ("31/03/2025")';

describe("a count of time from a reference date or the CPC (reference 15 January 2025, CPC 7 October 2024)", () => {
  it.each<[string, Expected]>([
    // "in" and a count of months: the reference plus the months.
    ["in six months' time", day("2025-01-15", "2025-07-15")],
    ["in six months time", day("2025-01-15", "2025-07-15")],
    ["in 6 months", day("2025-01-15", "2025-07-15")],
    ["in 3 months time", day("2025-01-15", "2025-04-15")],
    ["in the next 6 months", day("2025-01-15", "2025-07-15")],
    ["in the three months", day("2025-01-15", "2025-04-15")],
    ["in a year", day("2025-01-15", "2026-01-15")],
    ["within the next 6 months", day("2025-01-15", "2025-07-15")],
    // Days and weeks: 10 days on is 25 January; 12 weeks (84 days) on is 9 April (16 to 31 January, 28, 31, 9).
    ["within 10 days", day("2025-01-15", "2025-01-25")],
    ["within 12 weeks", day("2025-01-15", "2025-04-09")],
    // From the CPC: 6 weeks (42 days) after 7 October is 18 November (24 days to 31 October, 18).
    ["within 6 weeks of the CPC", day("2024-10-07", "2024-11-18")],
    ["within a year of the peer challenge", day("2024-10-07", "2025-10-07")],
    ["five months of the CPC", day("2024-10-07", "2025-03-07")],
    ["6 weeks after the CPC", day("2024-10-07", "2024-11-18")],
    ["2 years after the peer challenge", day("2024-10-07", "2026-10-07")],
    // From an event whose date is not known: said, with the words it counts from.
    [
      "within 3 months of the audit",
      { cause: "unrecognised", reason: '"within 3 months of the audit" counts from an event whose date is not known here: give the date it is due' },
    ],
    // "now" is no event; a count of four digits is no count of months.
    ["3 months from now", { cause: "unrecognised", reason: GENERIC }],
    ["in 1000 months", { cause: "unrecognised", reason: GENERIC }],
    ["within 1000 months", { cause: "unrecognised", reason: GENERIC }],
  ])("%s", (text, expected) => {
    expect(read(text, REF)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["in 6 months", "it counts from a date that is not given: give the date it is due, or a reference date to count from"],
    ["in six months' time", "it counts from a date that is not given: give the date it is due, or a reference date to count from"],
    ["within 6 weeks of the CPC", "it counts from the peer challenge, whose date is not given: give the date it is due, or the CPC's start date"],
  ])("%s, with no date to count from, needs one", (text, reason) => {
    expect(read(text)).toEqual({ cause: "needs-anchor", reason });
  });
});

describe("quarters, halves and runs of them", () => {
  it.each<[string, Expected]>([
    // A run of quarters of a financial year: April to September 2025.
    ["Q1-Q2 2025/26", { start: "2025-04-01", due: "2025-09-30", precision: "quarter" }],
    ["Quarters 1 and 2 of 2025/26", { start: "2025-04-01", due: "2025-09-30", precision: "quarter" }],
    ["Q1 & Q2 2025/26", { start: "2025-04-01", due: "2025-09-30", precision: "quarter" }],
    ["Q1 or Q2 2025/26", { start: "2025-04-01", due: "2025-09-30", precision: "quarter" }],
    // Of a calendar year: July to December 2024.
    ["Q3 to Q4 2024", { start: "2024-07-01", due: "2024-12-31", precision: "quarter" }],
    ["Q2-Q1 2025/26", { cause: "impossible", reason: '"Q2-Q1" does not run from an earlier quarter to a later one' }],
    ["Q2-Q5 2025", { cause: "impossible", reason: "there is no quarter 5: quarters run from Q1 to Q4" }],
    ["Q0 2025", { cause: "impossible", reason: "there is no quarter 0: quarters run from Q1 to Q4" }],
    ["Q12 2025", { cause: "impossible", reason: "there is no quarter 12: quarters run from Q1 to Q4" }],
    // The year after a hyphen is the quarter's: Q2 of 2021/22 is July to September 2021.
    ["Q2 - 2021/22", { start: "2021-07-01", due: "2021-09-30", precision: "quarter" }],
    ["Q3 - 2024", { start: "2024-07-01", due: "2024-09-30", precision: "quarter" }],
    // Q3 of a financial year is October to December of its first year.
    ["Q. 3 2024/25", { start: "2024-10-01", due: "2024-12-31", precision: "quarter" }],
    ["Q3 24-25", { start: "2024-10-01", due: "2024-12-31", precision: "quarter" }],
    ["Q3 FY 2024-25", { start: "2024-10-01", due: "2024-12-31", precision: "quarter" }],
    ["Quarter 3, 2024/25", { start: "2024-10-01", due: "2024-12-31", precision: "quarter" }],
    ["Q3 financial year 2024/25", { start: "2024-10-01", due: "2024-12-31", precision: "quarter" }],
    ["Q3 '25", { start: "2025-07-01", due: "2025-09-30", precision: "quarter" }],
    ["2nd quarter of 2025", { start: "2025-04-01", due: "2025-06-30", precision: "quarter" }],
    // A quarter with no year beside a financial one is financial: Q3 2024/25 to Q1 (2025/26) ends in June 2025.
    ["Q3 2024/25 to Q1", { start: "2024-10-01", due: "2025-06-30", precision: "quarter" }],
    // H2 of 2024/25 is October 2024 to March 2025.
    ["H2 2024/25 (originally H1)", { start: "2024-10-01", due: "2025-03-31", precision: "half-year" }],
    ["H1 2025-2026", { start: "2025-04-01", due: "2025-09-30", precision: "half-year" }],
    ["H3 2025", { cause: "impossible", reason: "there is no half H3: halves are H1 and H2" }],
    ["third half 2025", { cause: "impossible", reason: "a year has two halves, not 3" }],
    // "FY25" is read both ways by councils.
    ["Q3 FY25", { cause: "ambiguous", reason: '"FY25" does not say which financial year it means: write it as "2024/25"' }],
    ["Q3 FY 2025", { cause: "ambiguous", reason: '"FY 2025" does not say which financial year it means: write it as "2024/25"' }],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a quarter of a period longer than a year", () => {
  it.each<[string, Expected]>([
    [
      "Q2 2025-2027",
      { cause: "ambiguous", reason: '"Q2 2025-2027" is a part of 2025 to 2027, more than one year: give one financial year ("2025/26") or one year ("2025")' },
    ],
    [
      "Q1 2025-27",
      { cause: "ambiguous", reason: '"Q1 2025-27" is a part of 2025 to 2027, more than one year: give one financial year ("2025/26") or one year ("2025")' },
    ],
    [
      "Q1 2025 to 2027",
      {
        cause: "ambiguous",
        reason: '"Q1 2025 to 2027" is a part of 2025 to 2027, more than one year: give one financial year ("2025/26") or one year ("2025")',
      },
    ],
    [
      "Q4 2025/2024",
      { cause: "impossible", reason: '"Q4 2025/2024" repeats its year or runs backwards: give one financial year ("2025/26") or one year ("2025")' },
    ],
    [
      "Q1 2025/2025",
      { cause: "impossible", reason: '"Q1 2025/2025" repeats its year or runs backwards: give one financial year ("2025/26") or one year ("2025")' },
    ],
    // "- 27" apart is no year written close: the 27 is left over.
    [
      "Q1 2025 - 27",
      { cause: "unrecognised", reason: 'the number 27 is not part of a date here: write the date alone, or say what the number counts ("40 homes")' },
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("years, financial years and ranges of years", () => {
  const fy = (first: number) => ({ start: `${first}-04-01`, due: `${first + 1}-03-31`, precision: "financial-year" });
  it.each<[string, Expected]>([
    ["2025 to 2026", fy(2025)],
    ["2025 to 26", fy(2025)],
    ["2008/9", fy(2008)],
    ["1999/00", fy(1999)],
    ["24/25", fy(2024)],
    ["FY24/25", fy(2024)],
    ["financial year 2024/25", fy(2024)],
    ["end of financial year 2025/26", fy(2025)],
    ["year end 2024/25", fy(2024)],
    // A short year with a hyphen alone is no financial year (only after "Q3" or "FY").
    ["24-25", { cause: "unrecognised", reason: GENERIC }],
    // A season over two years: Winter 2021/22 is December 2021 to February 2022.
    ["Winter 2021 to 22", { start: "2021-12-01", due: "2022-02-28", precision: "season" }],
    ["calendar year 2025", { start: "2025-01-01", due: "2025-12-31", precision: "year" }],
    ["end of 2025", { start: "2025-01-01", due: "2025-12-31", precision: "year" }],
    [
      "financial year 2025",
      { cause: "ambiguous", reason: '"financial year 2025" gives one year, and a financial year spans two: write "2024/25" or "2025/26"' },
    ],
    [
      "2024-26",
      {
        cause: "ambiguous",
        reason: '"2024-26" could mean the years 2024 to 2026 or financial years: write the month it is due ("March 2026") or one financial year ("2025/26")',
      },
    ],
    [
      "2024 to 2026",
      {
        cause: "ambiguous",
        reason:
          '"2024 to 2026" could mean the years 2024 to 2026 or financial years: write the month it is due ("March 2026") or one financial year ("2025/26")',
      },
    ],
    [
      "2025 to 2027",
      {
        cause: "ambiguous",
        reason:
          '"2025 to 2027" could mean the years 2025 to 2027 or financial years: write the month it is due ("March 2027") or one financial year ("2026/27")',
      },
    ],
    [
      "2024-2040",
      {
        cause: "ambiguous",
        reason: '"2024-2040" could mean the years 2024 to 2040 or financial years: write the month it is due ("March 2040") or one financial year ("2039/40")',
      },
    ],
    ["2025/2025", { cause: "impossible", reason: '"2025/2025" repeats its year or runs backwards: a financial year is two years in order ("2025/26")' }],
    ["2025/24", { cause: "impossible", reason: '"2025/24" repeats its year or runs backwards: a financial year is two years in order ("2025/26")' }],
    ["2025-2024", { cause: "impossible", reason: '"2025-2024" repeats its year or runs backwards: a financial year is two years in order ("2025/26")' }],
    ["2024-35", { cause: "impossible", reason: '"2024-35" has no month 35: write a month as year-month (2024-09) or "September 2024"' }],
    ["2024-25-26", { cause: "impossible", reason: '"2024-25-26" has no month 25: dates are written year-month-day (2024-03-31)' }],
    ["2024-09", { start: "2024-09-01", due: "2024-09-30", precision: "month" }],
    // 1899 is before the years a plan's dates are read in.
    [
      "1899-1902",
      { cause: "unrecognised", reason: 'the number 1899 is not part of a date here: write the date alone, or say what the number counts ("40 homes")' },
    ],
    [
      "year end",
      { cause: "no-year", reason: "it gives no year: write the year, or give a reference date to place it (validatePlan uses the plan's own dates)" },
    ],
    [
      "end of the financial year",
      { cause: "no-year", reason: "it gives no year: write the year, or give a reference date to place it (validatePlan uses the plan's own dates)" },
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("Easter and Christmas", () => {
  // Easter Sunday, from the published tables: 2008 23 March (early), 2011 24 April, 2019 21 April,
  // 2024 31 March, 2025 20 April, 2026 5 April, 2027 28 March, 2038 25 April (the latest possible).
  it.each([
    ["2008", "2008-03-23"],
    ["2011", "2011-04-24"],
    ["2019", "2019-04-21"],
    ["2024", "2024-03-31"],
    ["2025", "2025-04-20"],
    ["2026", "2026-04-05"],
    ["2027", "2027-03-28"],
    ["2038", "2038-04-25"],
  ])("Easter %s is Sunday %s", (year, sunday) => {
    expect(read(`Easter ${year}`)).toEqual(day(sunday, sunday));
  });

  it("Christmas is the 25th; before Easter, the day before it", () => {
    expect(read("Christmas 2025")).toEqual(day("2025-12-25", "2025-12-25"));
    expect(read("before Easter 2025")).toEqual(day("2025-04-19", "2025-04-19"));
  });
});

describe("school terms (autumn: September to December; spring: January to Easter Sunday; summer: Easter Monday to July)", () => {
  const term = (start: string, due: string) => ({ start, due, precision: "term" });
  it.each<[string, Expected]>([
    ["Autumn term 2025", term("2025-09-01", "2025-12-31")],
    // Easter Sunday 2024 was 31 March; 2026, 5 April; 2008, 23 March.
    ["Spring Term 2024", term("2024-01-01", "2024-03-31")],
    ["Spring term 2025/26", term("2026-01-01", "2026-04-05")],
    ["spring term 2008", term("2008-01-01", "2008-03-23")],
    // Easter Monday 2025 was 21 April; 2038, 26 April. An academic year's summer term is in its second year.
    ["summer term 2024/25", term("2025-04-21", "2025-07-31")],
    ["summer term 2025", term("2025-04-21", "2025-07-31")],
    ["summer term 2038", term("2038-04-26", "2038-07-31")],
    // An academic year's autumn term is in its first year.
    ["the Autumn Term of the 2024-2025 Academic Year", term("2024-09-01", "2024-12-31")],
    ["winter term 2025", { cause: "unrecognised", reason: '"winter term" is not a school term: the terms are autumn, spring and summer' }],
    [
      "spring term",
      {
        cause: "no-year",
        reason:
          '"spring term" gives no year: write it ("spring term 2025", or of an academic year, "spring term 2024/25"); a term is not placed by a reference date, as the spring term ends at Easter, which moves',
      },
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("months and seasons", () => {
  const month = (start: string, due: string) => ({ start, due, precision: "month" });
  const season = (start: string, due: string) => ({ start, due, precision: "season" });
  it.each<[string, Expected]>([
    ["March 31 2024", day("2024-03-31", "2024-03-31")],
    ["March 31st, 2024", day("2024-03-31", "2024-03-31")],
    ["March 32 2024", { cause: "impossible", reason: '"March 32 2024" names day 32, and no month has one' }],
    ["March 0 2024", { cause: "impossible", reason: '"March 0 2024" names day 0, and no month has one' }],
    ["Sept-2024", month("2024-09-01", "2024-09-30")],
    ["Sep-24", month("2024-09-01", "2024-09-30")],
    ["Apr/24", month("2024-04-01", "2024-04-30")],
    ["Mar. 2025", month("2025-03-01", "2025-03-31")],
    ["October, 2018", month("2018-10-01", "2018-10-31")],
    // A month of a financial year: March of 2024/25 is March 2025; October, October 2024.
    ["March 2024/25", month("2025-03-01", "2025-03-31")],
    ["October 2024/25", month("2024-10-01", "2024-10-31")],
    // A month and year followed by another number is no spreadsheet month.
    [
      "Sep-24-25",
      { cause: "unrecognised", reason: 'the number 24 is not part of a date here: write the date alone, or say what the number counts ("40 homes")' },
    ],
    ["Spring 2024", season("2024-03-01", "2024-05-31")],
    ["Autumn 19", season("2019-09-01", "2019-11-30")],
    ["Summer '25", season("2025-06-01", "2025-08-31")],
    ["spring of 2021", season("2021-03-01", "2021-05-31")],
    // Winter 2024 runs from December 2024 into February 2025.
    ["Winter 2024/25", season("2024-12-01", "2025-02-28")],
    ["Winter-2024", season("2024-12-01", "2025-02-28")],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each<[string, Expected]>([
    // Placed by the reference date, 15 January 2025: the first such date after it.
    ["March", month("2025-03-01", "2025-03-31")],
    ["March 5", day("2025-03-05", "2025-03-05")],
    ["Friday 7 March", day("2025-03-07", "2025-03-07")],
    ["Winter", season("2024-12-01", "2025-02-28")],
    // "Year end" is the financial year's; "the end of the year" the calendar year's.
    ["year end", { start: "2024-04-01", due: "2025-03-31", precision: "financial-year" }],
    ["end of the financial year", { start: "2024-04-01", due: "2025-03-31", precision: "financial-year" }],
    ["end of the year", { start: "2025-01-01", due: "2025-12-31", precision: "year" }],
  ])("%s, with a reference date", (text, expected) => {
    expect(read(text, { reference: "2025-01-15" })).toEqual(expected);
  });

  it.each(["March", "March 5", "March 31st", "Friday 7 March", "Winter"])("%s, with none, gives no year", (text) => {
    expect(read(text)).toEqual({
      cause: "no-year",
      reason: "it gives no year: write the year, or give a reference date to place it (validatePlan uses the plan's own dates)",
    });
  });
});

describe("parts of a period (early, mid, late: its thirds)", () => {
  const part = (start: string, due: string) => ({ start, due, precision: "part" });
  it.each<[string, Expected]>([
    // A year's thirds: January-April, May-August, September-December.
    ["early 2025", part("2025-01-01", "2025-04-30")],
    ["beginning of 2025", part("2025-01-01", "2025-04-30")],
    ["mid-2025", part("2025-05-01", "2025-08-31")],
    ["middle of 2025", part("2025-05-01", "2025-08-31")],
    ["late 2025", part("2025-09-01", "2025-12-31")],
    // A financial year's: April-July, August-November, December-March.
    ["mid-year 2025/26", part("2025-08-01", "2025-11-30")],
    ["mid 2025/26", part("2025-08-01", "2025-11-30")],
    // A month's: days 1-10, 11-20, 21 to its end.
    ["start of June 2025", part("2025-06-01", "2025-06-10")],
    ["early June 2025", part("2025-06-01", "2025-06-10")],
    ["mid June 2025", part("2025-06-11", "2025-06-20")],
    ["late June 2025", part("2025-06-21", "2025-06-30")],
    // A quarter's or a half's: its months, in threes.
    ["early Q3 2024/25", part("2024-10-01", "2024-10-31")],
    ["late Q4 2024/25", part("2025-03-01", "2025-03-31")],
    ["early H2 2025", part("2025-07-01", "2025-08-31")],
    ["late spring 2025", part("2025-05-01", "2025-05-31")],
    // "End of" a period is due when the period is.
    ["end of March 2025", { start: "2025-03-01", due: "2025-03-31", precision: "month" }],
    ["end of Q3 2024/25", { start: "2024-10-01", due: "2024-12-31", precision: "quarter" }],
    ["end of 2024/25", { start: "2024-04-01", due: "2025-03-31", precision: "financial-year" }],
    ["end of the second quarter 2025", { start: "2025-04-01", due: "2025-06-30", precision: "quarter" }],
    ["end of the year 2025", { start: "2025-01-01", due: "2025-12-31", precision: "year" }],
    // "Start" and a day is that day; any other part of a day or a week is none.
    ["start 7 April 2017", day("2017-04-07", "2017-04-07")],
    ["early 3 March 2025", { cause: "unrecognised", reason: '"early 3 March 2025" is part of a day or week, which has no early, middle or late' }],
    ["mid w/c 3 March 2025", { cause: "unrecognised", reason: '"mid w/c 3 March 2025" is part of a day or week, which has no early, middle or late' }],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("days, weeks and ranges of days", () => {
  const week = (start: string, due: string) => ({ start, due, precision: "week" });
  it.each<[string, Expected]>([
    ["31/03/2024", day("2024-03-31", "2024-03-31")],
    ["31/03/24", day("2024-03-31", "2024-03-31")],
    ["31.03.24", day("2024-03-31", "2024-03-31")],
    ["31-03-2024", day("2024-03-31", "2024-03-31")],
    ["32/03/2024", { cause: "impossible", reason: '"32/03/2024" names a day that does not exist' }],
    ["31/13/2024", { cause: "impossible", reason: '"31/13/2024" has no month 13: numeric dates are read day first (31/03/2024)' }],
    ["03/2024", { start: "2024-03-01", due: "2024-03-31", precision: "month" }],
    ["13/2024", { cause: "impossible", reason: '"13/2024" has no month 13' }],
    ["7-9 October 2025", day("2025-10-07", "2025-10-09")],
    ["16 to 19 October 2023", day("2023-10-16", "2023-10-19")],
    ["9-7 October 2025", { cause: "impossible", reason: '"9-7 October 2025" is not a range of days' }],
    ["1st of April 2024", day("2024-04-01", "2024-04-01")],
    ["1-Apr-24", day("2024-04-01", "2024-04-01")],
    // 2024 is a leap year, 2025 is not.
    ["29 February 2024", day("2024-02-29", "2024-02-29")],
    ["29 February 2025", { cause: "impossible", reason: '"29 February 2025" names a day that does not exist' }],
    ["31 February 2025", { cause: "impossible", reason: '"31 February 2025" names a day that does not exist' }],
    // 3 March 2025 was a Monday: its week runs to Sunday 9 March; a week ending on the 7th starts on the 1st.
    ["Monday 3 March 2025", day("2025-03-03", "2025-03-03")],
    ["Tuesday 3 March 2025", { cause: "impossible", reason: "2025-03-03 is a Monday, not a Tuesday: check the day and the date" }],
    ["week commencing 3 March 2025", week("2025-03-03", "2025-03-09")],
    ["w/c 3 March 2025", week("2025-03-03", "2025-03-09")],
    ["w/b 3rd March 2025", week("2025-03-03", "2025-03-09")],
    ["week ending 7 March 2025", week("2025-03-01", "2025-03-07")],
    ["w/e 07/03/2025", week("2025-03-01", "2025-03-07")],
    ["week ending 9 March 2025", week("2025-03-03", "2025-03-09")],
    // Before a date is by the day before it; before the end of a period, by its end.
    ["before 2023", day("2022-12-31", "2022-12-31")],
    ["prior to Christmas 2023", day("2023-12-24", "2023-12-24")],
    ["before the end of February 2023", { start: "2023-02-01", due: "2023-02-28", precision: "month" }],
    ["before in 6 months", { cause: "unrecognised", reason: '"before in 6 months" counts from a date that is not given: give the date it is due' }],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a year end with one year", () => {
  // Before, "Year end 2025" was refused as having "no year of its own" (it has one), and "March 2025 (year end)"
  // gave no date at all: a target dropped for a bracket.
  const which =
    (text: string) =>
    (y: number): Expected => ({
      cause: "ambiguous",
      reason: `"${text}" could be 31 December ${y} or the end of a financial year (31 March ${y} or 31 March ${y + 1}): write the date it is due ("31 March ${y + 1}")`,
    });
  it.each<[string, Expected]>([
    ["Year end 2025", which("Year end 2025")(2025)],
    ["year-end 2025", which("year-end 2025")(2025)],
    ["by year end 2025", which("year end 2025")(2025)],
    ["2025 year end", which("2025 year end")(2025)],
    [
      "financial year end 2025",
      { cause: "ambiguous", reason: '"financial year end 2025" gives one year, and a financial year spans two: write "2024/25" or "2025/26"' },
    ],
    ["calendar year end 2025", { start: "2025-01-01", due: "2025-12-31", precision: "year" }],
    // Beside a month, the words describe it, in brackets or not.
    ["March 2025 year end", { start: "2025-03-01", due: "2025-03-31", precision: "month" }],
    ["March 2025 (year end)", { start: "2025-03-01", due: "2025-03-31", precision: "month" }],
    ["31 March 2025 (financial year end)", day("2025-03-31", "2025-03-31")],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a year with a dot and a number after it", () => {
  // Before, "2024.25" was read as the calendar year 2024 (due 31 December 2024), the ".25" taken for the end of a
  // reference like "3.2": a financial year 2024/25, due 31 March 2025, read three months early without a word.
  it.each<[string, Expected]>([
    [
      "2024.25",
      { cause: "unrecognised", reason: 'the number 25 is not part of a date here: write the date alone, or say what the number counts ("40 homes")' },
    ],
    [
      "March 2024.25",
      { cause: "unrecognised", reason: 'the number 25 is not part of a date here: write the date alone, or say what the number counts ("40 homes")' },
    ],
    [
      "2024.12",
      { cause: "unrecognised", reason: 'the number 12 is not part of a date here: write the date alone, or say what the number counts ("40 homes")' },
    ],
    // A day written with dots, a reference beside a date, and a sentence after one are as before.
    ["31.03.2025", day("2025-03-31", "2025-03-31")],
    ["Action 3.2 by March 2025", { start: "2025-03-01", due: "2025-03-31", precision: "month" }],
    ["March 2025. 3 actions left", { start: "2025-03-01", due: "2025-03-31", precision: "month" }],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("financial years and the years of quarters, written every way", () => {
  const quarter = (start: string, due: string) => ({ start, due, precision: "quarter" });
  it.each<[string, Expected]>([
    ["2025 - 2026", { start: "2025-04-01", due: "2026-03-31", precision: "financial-year" }],
    ["2025 - 26", { start: "2025-04-01", due: "2026-03-31", precision: "financial-year" }],
    ["FY 2024/25", { start: "2024-04-01", due: "2025-03-31", precision: "financial-year" }],
    [
      "2025 to 27",
      {
        cause: "ambiguous",
        reason: '"2025 to 27" could mean the years 2025 to 2027 or financial years: write the month it is due ("March 2027") or one financial year ("2026/27")',
      },
    ],
    [
      "2008/10",
      {
        cause: "ambiguous",
        reason: '"2008/10" could mean the years 2008 to 2010 or financial years: write the month it is due ("March 2010") or one financial year ("2009/10")',
      },
    ],
    ["24/26", { cause: "impossible", reason: '"24/26" has no month 26: numeric dates are read day first (31/03/2024)' }],
    // Years are read from 1900 to 2199.
    ["1899/00", { cause: "unrecognised", reason: GENERIC }],
    ["2200/01", { cause: "unrecognised", reason: GENERIC }],
    [
      "Q3 1899",
      { cause: "unrecognised", reason: 'the number 1899 is not part of a date here: write the date alone, or say what the number counts ("40 homes")' },
    ],
    [
      "Q3 2200",
      { cause: "unrecognised", reason: 'the number 2200 is not part of a date here: write the date alone, or say what the number counts ("40 homes")' },
    ],
    // Q3 of 2024/25, however the financial year is written: October to December 2024.
    ["Q3 2024 / 25", quarter("2024-10-01", "2024-12-31")],
    ["Q3 2024/2025", quarter("2024-10-01", "2024-12-31")],
    ["Q3 FY 24/25", quarter("2024-10-01", "2024-12-31")],
    ["Q3 fiscal year 2024/25", quarter("2024-10-01", "2024-12-31")],
    ["Quarter 3 of the 2024/25 financial year", quarter("2024-10-01", "2024-12-31")],
    ["Q3 2024/25 FY", quarter("2024-10-01", "2024-12-31")],
    // Q2 of 2024/25: July to September 2024; Q1 of 2024/25: April to June 2024; Q4 of 2024/25: January to March 2025.
    ["Q2 2024-2025", quarter("2024-07-01", "2024-09-30")],
    ["2024-25 Q2", quarter("2024-07-01", "2024-09-30")],
    ["Q1 24/25", quarter("2024-04-01", "2024-06-30")],
    ["Q4 2024 to 2025", quarter("2025-01-01", "2025-03-31")],
    ["Q2 financial year 2025", { cause: "ambiguous", reason: '"financial year 2025" does not say which financial year it means: write it as "2024/25"' }],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each(["2016 - 17 September 2016", "2016 to 17th September 2016", "2011 to 12.04.2011", "2011 to 12/04/2011"])(
    "%s: a year and then a day, not the financial year of the two numbers",
    (text) => {
      expect(read(text)).not.toMatchObject({ precision: "financial-year" });
    },
  );
});

describe("more runs of quarters, and a month written as a spreadsheet writes it (mm/yy)", () => {
  const quarter = (start: string, due: string) => ({ start, due, precision: "quarter" });
  const month = (start: string, due: string) => ({ start, due, precision: "month" });
  it.each<[string, Expected]>([
    ["Q2-Q2 2025", { cause: "impossible", reason: '"Q2-Q2" does not run from an earlier quarter to a later one' }],
    ["Q1-9 2025", { cause: "impossible", reason: "there is no quarter 9: quarters run from Q1 to Q4" }],
    // Q1 to Q2 of 2025/26: April to September 2025; Q2 to Q4: July 2025 to March 2026.
    ["Q1 - Q2 2025/26", quarter("2025-04-01", "2025-09-30")],
    ["Q1-2 2025/26", quarter("2025-04-01", "2025-09-30")],
    ["Quarter 2 to 4 2025/26", quarter("2025-07-01", "2026-03-31")],
    ["Q1 to Q3 2025", quarter("2025-01-01", "2025-09-30")],
    ["Q2 - 25/26", quarter("2025-07-01", "2025-09-30")],
    // From Q3 of 2024/25 (October 2024) to Q1 of 2025/26 (June 2025); from Q4 of 2024/25 (January 2025) to the Q1 after it.
    ["Q3 2024/25 - Q1 2025/26", quarter("2024-10-01", "2025-06-30")],
    ["Q4 2024/25 to Q1", quarter("2025-01-01", "2025-06-30")],
    ["H1 2025/26 (originally Q1)", { start: "2025-04-01", due: "2025-09-30", precision: "half-year" }],
    // "06/25" has no month 25; beside a date in 2025 it is June 2025, as a spreadsheet's mm/yy is.
    ["06/25 to September 2025", month("2025-06-01", "2025-09-30")],
    ["01/25 to September 2025", month("2025-01-01", "2025-09-30")],
    ["06/13 to September 2013", month("2013-06-01", "2013-09-30")],
    [
      "06/25",
      { cause: "impossible", reason: '"06/25" has no month 25: numeric dates are read day first (31/03/2024); if it is a month and year, write "June 2025"' },
    ],
    [
      "06/25 to September 2026",
      { cause: "impossible", reason: '"06/25" has no month 25: numeric dates are read day first (31/03/2024); if it is a month and year, write "June 2025"' },
    ],
    // No month 13 can be a day; a one-digit "month" is no mm/yy.
    ["13/25 to September 2025", { cause: "impossible", reason: '"13/25" has no month 25: numeric dates are read day first (31/03/2024)' }],
    ["6/25 to September 2025", { cause: "impossible", reason: '"6/25" has no month 25: numeric dates are read day first (31/03/2024)' }],
    ["05/13/2025", { cause: "impossible", reason: '"05/13/2025" has no month 13: numeric dates are read day first, so write 13/05/2025 or "13 May 2025"' }],
    ["00/12/2025", { cause: "impossible", reason: '"00/12/2025" names a day that does not exist' }],
    ["31/03", { cause: "no-year", reason: "it gives no year: write the year, or give a reference date to place it (validatePlan uses the plan's own dates)" }],
    ["06.25", { cause: "unrecognised", reason: GENERIC }],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a year end or a financial year beside another date", () => {
  const fy = (first: number) => ({ start: `${first}-04-01`, due: `${first + 1}-03-31`, precision: "financial-year" });
  it.each<[string, Expected]>([
    // From a month to the year end: the first year end on or after the month, 31 March of the financial year
    // that holds it (a range starts at its earlier start: the financial year's, 1 April 2025). Before, "January 2026 -
    // year end" was due 31 March 2027, a year late, as was March 2026's.
    ["January 2026 - year end", fy(2025)],
    ["March 2026 to year end", fy(2025)],
    ["March 2026 to end of financial year", fy(2025)],
    ["April 2025 - year end", fy(2025)],
    // The same rule for a winter: from January 2026, the winter running into February 2026.
    ["January 2026 - winter", { start: "2025-12-01", due: "2026-02-28", precision: "season" }],
    // Months with no year after a month: the first on or after it.
    ["March 2024 - February", { start: "2024-03-01", due: "2025-02-28", precision: "month" }],
    ["June 2025 - December", { start: "2025-06-01", due: "2025-12-31", precision: "month" }],
    ["Nov-Feb 2025", { start: "2024-11-01", due: "2025-02-28", precision: "month" }],
    ["January 2026 to Q4", { start: "2026-01-01", due: "2026-12-31", precision: "quarter" }],
    // A bare year said to be a financial year, in brackets or not: which one? Before, "2025 (financial year)"
    // was read as the calendar year 2025, the bracket hiding the words.
    [
      "2025 financial year",
      { cause: "ambiguous", reason: '"2025 financial year" gives one year, and a financial year spans two: write "2024/25" or "2025/26"' },
    ],
    [
      "2025 (financial year)",
      { cause: "ambiguous", reason: '"2025 (financial year)" gives one year, and a financial year spans two: write "2024/25" or "2025/26"' },
    ],
    ["2024/25 financial year", fy(2024)],
    ["Q1 2025/26 financial year", { start: "2025-04-01", due: "2025-06-30", precision: "quarter" }],
    ["March 2025 financial year", { start: "2025-03-01", due: "2025-03-31", precision: "month" }],
    ["year end (March 2026)", { start: "2026-03-01", due: "2026-03-31", precision: "month" }],
    ["2025 calendar year", { start: "2025-01-01", due: "2025-12-31", precision: "year" }],
    ["end of calendar year 2025", { start: "2025-01-01", due: "2025-12-31", precision: "year" }],
    ["financial year end 2024/25", fy(2024)],
    ["financial year", { cause: "unrecognised", reason: GENERIC }],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

/** "the number N is not part of a date here", the message for a number left over. */
const stray = (n: string): Expected => ({
  cause: "unrecognised",
  reason: `the number ${n} is not part of a date here: write the date alone, or say what the number counts ("40 homes")`,
});

describe("a day after a year, not the end of a financial year (the conditions of financialYearAt, dayFollows and isoMonth)", () => {
  it.each<[string, Expected]>([
    // "2016 to 17" would be the financial year 2016/17 (17 is 2017's last two digits), but 17 starts a day, 17
    // September 2017: the range runs from the year 2016 (1 January) to that day. The same with the month right
    // after the 17, after "17th", after a hyphen or a slash, and with a day written in numbers (12 April 2012).
    ["2016 to 17 Sept 2017", day("2016-01-01", "2017-09-17")],
    ["2016 to 17th Sept 2017", day("2016-01-01", "2017-09-17")],
    ["2016 - 17 September 2017", day("2016-01-01", "2017-09-17")],
    ["2016/17 September 2017", day("2016-01-01", "2017-09-17")],
    ["2011 to 12/04/2012", day("2011-01-01", "2012-04-12")],
    ["2011 to 12.04.2012", day("2011-01-01", "2012-04-12")],
    // "2024-10" would be October 2024, but the 10 starts 10 June 2025.
    ["2024-10 June 2025", day("2024-01-01", "2025-06-10")],
    // A one-digit year end ("2008/9") starts no day: the financial year 2008/09, and "September" after it is
    // in which of its two years? Not guessed.
    [
      "2008/9 September",
      {
        cause: "no-year",
        reason: '"September" has no year of its own, and which of the text\'s years it takes cannot be told: write its year beside it',
      },
    ],
    // A month is written close ("2024-09"); apart, the 09 is no month.
    ["2024- 09", stray("09")],
    ["2024 -09", stray("09")],
    // "2024 to 25 June 2025": 25 would end the financial year 2024/25, but it starts a day; nor is it a range of
    // years (2024 to 2025 is one year on): the year 2024 to 25 June 2025.
    ["2024 to 25 June 2025", day("2024-01-01", "2025-06-25")],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("pairs of years that are no financial year (the conditions of yearRange)", () => {
  it.each<[string, Expected]>([
    // December 2010 is a month: its 12 is no year (2012 would be a range of three years).
    ["2010-12", { start: "2010-12-01", due: "2010-12-31", precision: "month" }],
    // A three-digit number after a year is no year, and no month either.
    ["2024/123", stray("123")],
    // The years a plan's dates are read in are 1900 to 2199, both ends in: 1900/1899 and 2199/2198 run backwards
    // (the financial year 2199/00 is 2199's, the century turning); 1899 and 2200 are no years.
    ["1900/1899", { cause: "impossible", reason: '"1900/1899" repeats its year or runs backwards: a financial year is two years in order ("1900/01")' }],
    ["2199/2198", { cause: "impossible", reason: '"2199/2198" repeats its year or runs backwards: a financial year is two years in order ("2199/00")' }],
    ["1899/1800", { cause: "unrecognised", reason: GENERIC }],
    ["2200/2100", stray("2200")],
    // The message quotes the two years, not the words after them; 2008's financial year is 2008/09, with its 0.
    ["2025/2024 review", { cause: "impossible", reason: '"2025/2024" repeats its year or runs backwards: a financial year is two years in order ("2025/26")' }],
    ["2008/2008", { cause: "impossible", reason: '"2008/2008" repeats its year or runs backwards: a financial year is two years in order ("2008/09")' }],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("numbers written day first (the conditions of dayFirstNumeric)", () => {
  it.each<[string, Expected]>([
    // A comma is no separator of a day's numbers.
    ["31,03,2025", stray("31")],
    // A three-digit year is no year.
    ["31/03/123", { cause: "unrecognised", reason: GENERIC }],
    // With its year, "06/25/2025" is a day with no month 25, never June 2025 (month and two-digit year are
    // read only where no year is written: "06/25 to September 2025").
    [
      "06/25/2025",
      {
        cause: "impossible",
        reason: '"06/25/2025" has no month 25: numeric dates are read day first, so write 25/06/2025 or "25 June 2025"',
      },
    ],
    [
      "01/25/2025",
      {
        cause: "impossible",
        reason: '"01/25/2025" has no month 25: numeric dates are read day first, so write 25/01/2025 or "25 January 2025"',
      },
    ],
    // mm/yy beside another date in the same year: December 2025 (12 is a month), to December 2025.
    ["12/25 to December 2025", { start: "2025-12-01", due: "2025-12-31", precision: "month" }],
    // Month 00 is none; "6/25" is not written as Excel writes mm/yy (two digits each), so it is a day with no month 25.
    ["00/25 to September 2025", { cause: "impossible", reason: '"00/25" has no month 25: numeric dates are read day first (31/03/2024)' }],
    ["6/25 to September 2025", { cause: "impossible", reason: '"6/25" has no month 25: numeric dates are read day first (31/03/2024)' }],
    // Alone, "06/25" may be June 2025, said with the words to write.
    [
      "06/25",
      { cause: "impossible", reason: '"06/25" has no month 25: numeric dates are read day first (31/03/2024); if it is a month and year, write "June 2025"' },
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a quarter's year after a hyphen (the conditions of quarterForm)", () => {
  it.each<[string, Expected]>([
    // "Quarter Three - 2024/25": Q3 of 2024/25, October to December 2024, the quarter's number a word.
    ["Quarter Three - 2024/25", { start: "2024-10-01", due: "2024-12-31", precision: "quarter" }],
    // "24-25" after the hyphen is the financial year 2024/25 too.
    ["Q3 - 24-25", { start: "2024-10-01", due: "2024-12-31", precision: "quarter" }],
    // Two digits after the hyphen are no year of the quarter: "Q3 - 25" is not guessed to be Q3 2025.
    ["Q3 - 25", stray("25")],
    // "Q3 - 2024 Q4": a range, Q3 to Q4 of 2024, July to December.
    ["Q3 - 2024 Q4", { start: "2024-07-01", due: "2024-12-31", precision: "quarter" }],
    // The year before the quarter or half, as "2024 Q4" is written: Quarter 4 of 2024 is October to December;
    // Quarter Three, July to September; H2 of 2024, July to December (a calendar year's, as "H2 2024" is).
    ["2024 Quarter 4", { start: "2024-10-01", due: "2024-12-31", precision: "quarter" }],
    ["2024 Quarter Three", { start: "2024-07-01", due: "2024-09-30", precision: "quarter" }],
    ["2024 H2", { start: "2024-07-01", due: "2024-12-31", precision: "half-year" }],
    ["2024 H1", { start: "2024-01-01", due: "2024-06-30", precision: "half-year" }],
    ["2024 H0", { cause: "impossible", reason: "there is no half H0: halves are H1 and H2" }],
    ["2024 H3", { cause: "impossible", reason: "there is no half H3: halves are H1 and H2" }],
    // From Q3 to Quarter 4 (or H2) of 2024: July to December. Before, "Quarter 4" and "H2" after the year were
    // refused as having no year of their own.
    ["Q3 - 2024 Quarter 4", { start: "2024-07-01", due: "2024-12-31", precision: "quarter" }],
    ["Q3 - 2024 H2", { start: "2024-07-01", due: "2024-12-31", precision: "half-year" }],
    // "Q" with no quarter's number is no quarter.
    [
      "Q 2025",
      {
        cause: "unrecognised",
        reason:
          '"Q 2025" is not a date this reader understands: write a month and year ("March 2025"), a season, a quarter or a financial year ("Q3 2024/25"), or a day ("31/03/2025")',
      },
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
