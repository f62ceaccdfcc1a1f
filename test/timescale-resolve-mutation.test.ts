// Placing a group of date expressions in years (src/timescale/resolve.ts): ranges against
// alternatives, the earliest start and the latest end, a year written once serving the whole
// group, a group with no year placed by the reference date, and the days that do not exist.
// Each reading worked out by hand in its comment. Written for the mutation score of
// src/timescale (stryker.config.mjs runs test/timescale*.test.ts).
import { describe, expect, it } from "vitest";
import { parseTimescale } from "../src/index.js";

const reference = "2024-06-26";
const read = (text: string, ref = reference) => parseTimescale(text, { reference: ref });

describe("a range that runs backwards against alternatives in any order", () => {
  it.each([
    // A hyphen or "to" between the two makes a range; December 2025 to June 2025 ends before it starts.
    ["December 2025 - June 2025"],
    ["December 2025 to June 2025"],
    ["December 2025 until June 2025"],
  ])("%j runs backwards", (text) => {
    const t = read(text);
    expect(t).toMatchObject({ kind: "unknown", cause: "impossible" });
    expect(t.kind === "unknown" && t.reason).toContain("runs backwards");
  });

  it.each([
    // "/" and "or" are alternatives: the earliest start (1 June 2025) and the latest end (31 December 2025).
    ["December 2025 / June 2025", "2025-06-01", "2025-12-31", "month"],
    ["December 2025 or June 2025", "2025-06-01", "2025-12-31", "month"],
    // The later alternative first: start 1 March (the second), end 30 June (the first).
    ["June 2024 or March 2024", "2024-03-01", "2024-06-30", "month"],
    // Two days: the earlier 31 March is the start, 1 June the end, to the day.
    ["1 June 2024 / 31 March 2024", "2024-03-31", "2024-06-01", "day"],
    // Two expressions ending on the same day (31 March 2024): the precision of the last written.
    ["31 March 2024 / March 2024", "2024-03-01", "2024-03-31", "month"],
    ["March 2024 / 31 March 2024", "2024-03-01", "2024-03-31", "day"],
    // A range forwards, to the day: 1 June 2024 to 31 March 2025.
    ["1 June 2024 - 31 March 2025", "2024-06-01", "2025-03-31", "day"],
    // Other joiners are alternatives too: June 2025 to December 2025 whichever is written first.
    ["December 2025, June 2025", "2025-06-01", "2025-12-31", "month"],
    ["December 2025 & June 2025", "2025-06-01", "2025-12-31", "month"],
    ["December 2025 and June 2025", "2025-06-01", "2025-12-31", "month"],
    ["December 2025 + June 2025", "2025-06-01", "2025-12-31", "month"],
    // A range of one day, ending on the day it starts, does not run backwards.
    ["1 March 2025 - 1 March 2025", "2025-03-01", "2025-03-01", "day"],
    // Three expressions, ranges: January 2025 (its year from March 2025) to June 2025.
    ["January - March 2025 - June 2025", "2025-01-01", "2025-06-30", "month"],
  ])("%j: %s to %s", (text, start, due, precision) => {
    expect(read(text)).toMatchObject({ kind: "date", start, due, precision });
  });
});

describe("a year written once serves the whole group", () => {
  it.each([
    // November before February 2025: November 2024 (a start after the anchor's is the year before).
    ["Nov-Feb 2025", "2024-11-01", "2025-02-28"],
    // February after March 2024: February 2025 (an end before the anchor's start is the year after).
    ["March 2024 - February", "2024-03-01", "2025-02-28"],
    // June before March 2025: June 2024.
    ["June - March 2025", "2024-06-01", "2025-03-31"],
    // March before June 2025: March 2025 (it starts before June, so the same year).
    ["March - June 2025", "2025-03-01", "2025-06-30"],
    // A day starting on the first day of the month that gives the year: the same year, 2025
    // (a start after the anchor's start would be the year before; the same start is not after it).
    ["1 March - March 2025", "2025-03-01", "2025-03-31"],
    // A day ending on the day the anchor starts: the same year (an end before it would be the year after).
    ["1 March 2025 - 1 March", "2025-03-01", "2025-03-01"],
    // Three: April and May take 2024 from March 2024 (each is after March): 1 March to 31 May 2024.
    ["March 2024, April or May", "2024-03-01", "2024-05-31"],
    // Three: November takes 2024 from December 2024; January, after December, takes 2025.
    ["November, December 2024 or January", "2024-11-01", "2025-01-31"],
  ])("%j: %s to %s", (text, start, due) => {
    expect(read(text)).toMatchObject({ kind: "date", start, due });
  });
});

describe("an expression between two with years takes the year of the one after it", () => {
  it("seen through the weekday it names", () => {
    // "1 December" between 1 November 2024 and 1 January 2026: from the one after it, January
    // 2026, December is 2025 (its start is after January 2026's, so the year before). 1 December
    // 2025 is a Monday (334 days after Wednesday 1 January 2025, 334 = 47 x 7 + 5); 1 December
    // 2024 was a Sunday. So "Monday 1 December" is read, and "Sunday 1 December" is refused.
    expect(read("Friday 1 November 2024, Monday 1 December or 1 January 2026")).toMatchObject({ kind: "date", start: "2024-11-01", due: "2026-01-01" });
    expect(read("Friday 1 November 2024, Sunday 1 December or 1 January 2026")).toEqual({
      kind: "unknown",
      text: "Friday 1 November 2024, Sunday 1 December or 1 January 2026",
      reason: "2025-12-01 is a Monday, not a Sunday: check the day and the date",
      cause: "impossible",
    });
  });
});

describe("a group with no year is placed by the reference date", () => {
  it("the first occurrence of its last date ending on or after the reference", () => {
    // "June or March" on 26 June 2024: March's first end on or after that day is 31 March 2025;
    // June, before March in the text and starting after March 2025's start, is June 2024.
    expect(read("June or March")).toMatchObject({ kind: "date", start: "2024-06-01", due: "2025-03-31", yearFromReference: true });
    // "November - February" on 26 June 2024: February 2025 (28 days), November 2024.
    expect(read("November - February")).toMatchObject({ kind: "date", start: "2024-11-01", due: "2025-02-28", yearFromReference: true });
  });

  it("a day that no year near the reference has is said to be no day", () => {
    // 29 February from 1 March 2025: 29 February 2024 ended before it; 2025, 2026 and 2027 have
    // no 29 February (the years looked at run from the year before to two after).
    const t = read("29 February", "2025-03-01");
    expect(t).toMatchObject({ kind: "unknown", cause: "impossible" });
    expect(t.kind === "unknown" && t.reason).toBe('"29 February" names a day that does not exist');
    // From 26 June 2024 the next 29 February is 2028's, more than two years on: no day either.
    expect(read("29 February")).toMatchObject({ kind: "unknown", cause: "impossible" });
    // A span ending on 29 February: the same from 1 March 2025 (its end day is no day of 2025-2027).
    expect(read("1-29 February", "2025-03-01")).toMatchObject({ kind: "unknown", cause: "impossible" });
    // 28 February from 1 March 2025 is 28 February 2026.
    expect(read("28 February", "2025-03-01")).toMatchObject({ kind: "date", start: "2026-02-28", due: "2026-02-28" });
  });
});

describe("a day that does not exist, wherever it is in the group", () => {
  it.each([
    // The first of two expressions, the second of two, the end of a span inside one expression.
    ["30 February - 10 March 2024", '"30 February - 10 March 2024" names a day that does not exist'],
    ["10 March - 30 February 2024", '"10 March - 30 February 2024" names a day that does not exist'],
    ["1-31 April 2024", '"1-31 April 2024" names a day that does not exist'],
    ["28-30 February 2025", '"28-30 February 2025" names a day that does not exist'],
    // A date it replaced that does not exist: the group of that one date says so.
    ["March 2025 (originally 30 February 2025)", '"30 February 2025" names a day that does not exist'],
  ])("%j", (text, reason) => {
    expect(read(text)).toEqual({ kind: "unknown", text, reason, cause: "impossible" });
  });
});

describe("dates formatted from every year the cache keeps and beyond", () => {
  it.each([
    // A year's table is made when a date of that year is first formatted: the first and last
    // days of years across the range the cache keeps (1900-2199).
    ["31 December 1999", "1999-12-31"],
    ["1 January 2000", "2000-01-01"],
    ["29 February 2000", "2000-02-29"],
    ["31 December 2199", "2199-12-31"],
  ])("%j", (text, day) => {
    expect(read(text)).toMatchObject({ kind: "date", start: day, due: day });
  });
});
