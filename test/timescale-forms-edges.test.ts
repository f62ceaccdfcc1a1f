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
