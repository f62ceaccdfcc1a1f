import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parseTimescale } from "../../src/index.js";

// A text is given a date only when it states one. These texts are near misses of real
// forms: each is impossible, ambiguous, or has a number that is not part of a date, and
// the reader must not invent a date from what is left.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]; // the most a month ever has
const year = fc.integer({ min: 1990, max: 2150 });
const pad = (n: number): string => String(n).padStart(2, "0");

describe("parseTimescale never invents a date from a near miss", () => {
  test.prop([fc.integer({ min: 1, max: 31 }), fc.integer({ min: 13, max: 99 }), year, fc.constantFrom("/", ".", "-")])(
    "a day-first date with no such month (13/13/2024, 31.20.2025) is unknown",
    (d, m, y, sep) => {
      expect(parseTimescale(`${pad(d)}${sep}${pad(m)}${sep}${y}`).kind).toBe("unknown");
    },
  );

  test.prop([fc.integer({ min: 1, max: 12 }), fc.integer({ min: 13, max: 31 }), year])(
    "a US month-first date (12/31/2024) is unknown, never read day first as another date",
    (m, d, y) => {
      const t = parseTimescale(`${m}/${d}/${y}`);
      expect(t.kind).toBe("unknown");
    },
  );

  test.prop([fc.integer({ min: 0, max: 11 }), year, fc.integer({ min: 1, max: 40 })])(
    "a day past the end of its month (31 April, 30 February, 32 March) is unknown",
    (m, y, extra) => {
      const d = DAYS_IN_MONTH[m]! + extra;
      if (d > 99) return;
      expect(parseTimescale(`${d} ${MONTHS[m]} ${y}`).kind).toBe("unknown");
      expect(parseTimescale(`${pad(d)}/${pad(m + 1)}/${y}`).kind).toBe("unknown");
    },
  );

  test.prop([year, fc.integer({ min: 13, max: 99 })])("an ISO month past December (2024-13) is unknown", (y, m) => {
    if (m === (y + 1) % 100) return; // "2024-25" is the financial year
    expect(parseTimescale(`${y}-${m}`).kind).toBe("unknown");
  });

  test.prop([fc.integer({ min: 0, max: 11 }), year, fc.integer({ min: 1, max: 31 }), fc.constantFrom("(%)", "[%]", "- %", "%")])(
    "a count beside a month ('March 2025 (12)') never becomes a day of it",
    (m, y, n, shape) => {
      const t = parseTimescale(`${MONTHS[m]} ${y} ${shape.replace("%", String(n))}`);
      if (t.kind !== "unknown") {
        expect(t.kind).toBe("date");
        expect(t.kind === "date" && t.precision).toBe("month");
      }
    },
  );

  test.prop([year, fc.integer({ min: 1, max: 99 }), fc.boolean()])("a year next to an unrelated number ('2024 15', '15 2024') is unknown", (y, n, before) => {
    expect(parseTimescale(before ? `${n} ${y}` : `${y} ${n}`).kind).toBe("unknown");
  });

  test.prop([fc.constantFrom("Q", "Quarter ", "Qtr "), fc.constantFrom(0, 5, 6, 7, 8, 9), year])(
    "a quarter that does not exist (Q5 2024) is unknown",
    (q, n, y) => {
      expect(parseTimescale(`${q}${n} ${y}`).kind).toBe("unknown");
      expect(parseTimescale(`${q}${n} ${y}/${pad((y + 1) % 100)}`).kind).toBe("unknown");
    },
  );

  test.prop([fc.constantFrom("not before", "after", "not prior to", "except"), fc.integer({ min: 0, max: 11 }), year])(
    "a word that changes what the date means ('not before March 2025') makes it unknown",
    (words, m, y) => {
      expect(parseTimescale(`${words} ${MONTHS[m]} ${y}`).kind).toBe("unknown");
    },
  );
});

// Issue 29's near misses: each names no one period, so none may be given a date.
describe("parseTimescale never dates a range that runs backwards, or a year form that is not one financial year", () => {
  const yy = (y: number): string => pad(y % 100);
  // A period of each unit named by a year; one named two or more years earlier ends before any
  // period of the later year starts (a financial year, a winter or a Q4 runs into the next year).
  const UNITS: ReadonlyArray<(y: number, n: number) => string> = [
    (y, n) => `${(n % 28) + 1} ${MONTHS[n % 12]} ${y}`,
    (y, n) => `${MONTHS[n % 12]} ${y}`,
    (y, n) => `${["Spring", "Summer", "Autumn", "Winter"][n % 4]} ${y}`,
    (y, n) => `Q${(n % 4) + 1} ${y}/${yy(y + 1)}`,
    (y, n) => `H${(n % 2) + 1} ${y}`,
    (y) => `${y}`,
    (y) => `${y}/${yy(y + 1)}`,
    (y, n) => `${(n % 28) + 1}/${pad((n % 12) + 1)}/${y}`,
  ];
  test.prop(
    [
      fc.integer({ min: 0, max: UNITS.length - 1 }),
      fc.integer({ min: 0, max: UNITS.length - 1 }),
      fc.integer({ min: 2000, max: 2090 }),
      fc.integer({ min: 2, max: 8 }),
      fc.nat(),
      fc.nat(),
      fc.constantFrom(" - ", "-", " – ", " to ", " until "),
    ],
    { numRuns: 400 },
  )("a range from a period to one of an earlier year ('Dec 2025 – Jun 2024', 'Q1 2025/26 - Q4 2024/25') is unknown", (a, b, y, back, n1, n2, join) => {
    const text = `${UNITS[a]!(y, n1)}${join}${UNITS[b]!(y - back, n2)}`;
    const t = parseTimescale(text);
    expect(t.kind, `${text} -> ${JSON.stringify(t)}`).toBe("unknown");
  });

  test.prop([fc.integer({ min: 1, max: 11 }), fc.integer({ min: 0, max: 10 }), year, fc.constantFrom(" - ", " to ", "-")])(
    "a range of months of one year whose end is before its start ('Dec 2025 – Jun 2025') is unknown",
    (m, less, y, join) => {
      const end = Math.max(0, m - 1 - less);
      const text = `${MONTHS[m]} ${y}${join}${MONTHS[end]} ${y}`;
      expect(parseTimescale(text).kind, text).toBe("unknown");
    },
  );

  test.prop([
    fc.integer({ min: 1990, max: 2150 }),
    fc.integer({ min: -20, max: 40 }),
    fc.constantFrom("", "By ", "FY ", "financial year ", "Q2 ", "Q4 ", "H1 "),
    fc.constantFrom("/", "-", " to "),
  ])("a financial-year form whose years repeat, run backwards or span more than one year ('2025/2025', 'Q2 2025-2027') is unknown", (y, step, before, sep) => {
    if (step === 1) return; // "2025/2026" is the financial year
    const text = `${before}${y}${sep}${y + step}`;
    expect(parseTimescale(text).kind, text).toBe("unknown");
  });

  test.prop([fc.integer({ min: 1990, max: 2150 }), fc.integer({ min: 13, max: 99 }), fc.constantFrom("", "Q2 ", "Q3 ")])(
    "a financial year written with two digits that do not follow ('2025/24', '2025/25') is unknown",
    (y, two, before) => {
      if (two === (y + 1) % 100) return; // "2025/26"
      const text = `${before}${y}/${two}`;
      expect(parseTimescale(text).kind, text).toBe("unknown");
    },
  );

  test.prop([year, fc.constantFrom("FY ", "FY", "financial year ", "Financial Year ", "fiscal year ", "by financial year "), fc.boolean()])(
    "a financial year given as one bare year ('financial year 2025', '2025 financial year') is unknown",
    (y, words, after) => {
      const text = after ? `${y} ${words.trim().replace(/^by /, "")}` : `${words}${y}`;
      if (after && !/financial|fiscal/.test(text)) return; // "2025 FY" is not a form councils write
      expect(parseTimescale(text).kind, text).toBe("unknown");
    },
  );
});
