import { describe, expect, it } from "vitest";
import { parseTimescale, type Timescale } from "../src/index.js";
import { NUMBER_FORMS, WORD_FORMS } from "../src/timescale/forms.js";

// The texts each form of the grammar reads and the date each is due: written by hand from the
// form's convention (docs/timescales.md), for every form in forms.ts's tables. They lived in the
// tables themselves until 2026-12-07, and so in every browser bundle (4 KB minified).
type Example = readonly [text: string, due: string, options?: { readonly reference?: string; readonly cpcStart?: string }];
const FORM_EXAMPLES: Record<string, readonly Example[]> = {
  "ISO day": [["2024-03-31", "2024-03-31"]],
  "financial year and quarter": [
    ["2024/25 Q4", "2025-03-31"],
    ["2025/26 Q3", "2025-12-31"],
  ],
  "financial year": [
    ["2024/25", "2025-03-31"],
    ["2024-25", "2025-03-31"],
    ["2024/2025", "2025-03-31"],
    ["24/25", "2025-03-31"],
    ["1999/00", "2000-03-31"],
  ],
  "ISO month": [["2024-09", "2024-09-30"]],
  "day-first numeric date": [
    ["31/03/2024", "2024-03-31"],
    ["01/04/24", "2024-04-01"],
    ["31.03.24", "2024-03-31"],
    ["31-03-2024", "2024-03-31"],
    ["to commence 06/25, testing through to September 2025", "2025-09-30"],
  ],
  "month and year in numbers": [["03/2024", "2024-03-31"]],
  "range of days": [
    ["7-9 October 2025", "2025-10-09"],
    ["16 to 19 October 2023", "2023-10-19"],
  ],
  "day and month": [
    ["31 March 2024", "2024-03-31"],
    ["3rd March 2025", "2025-03-03"],
    ["1st of April 2024", "2024-04-01"],
    ["1-Apr-24", "2024-04-01"],
    ["01-Apr-2024", "2024-04-01"],
  ],
  "ordinal quarter or half": [
    ["3rd quarter 2024/25", "2024-12-31"],
    ["1st half of 2025", "2025-06-30"],
    ["first half of 2025", "2025-06-30"],
    ["second half of 2024/25", "2025-03-31"],
    ["third quarter 2024/25", "2024-12-31"],
  ],
  "time from the CPC": [
    ["3 months from the CPC", "2024-01-16", { cpcStart: "2023-10-16" }],
    ["three months after the CPC", "2024-01-16", { cpcStart: "2023-10-16" }],
  ],
  "year and quarter": [["2024 Q1", "2024-03-31"]],
  year: [["2024", "2024-12-31"]],
  month: [
    ["March 2024", "2024-03-31"],
    ["Sept-2024", "2024-09-30"],
    ["Sep-24", "2024-09-30"],
    ["Mar '25", "2025-03-31"],
    ["March 31 2024", "2024-03-31"],
    ["March 2024/25", "2025-03-31"],
    ["October, 2018", "2018-10-31"],
  ],
  "school term": [
    ["Autumn term 2025", "2025-12-31"],
    ["Spring term 2025", "2025-04-20"],
    ["Summer term 2024", "2024-07-31"],
    ["the Autumn Term of the 2024-2025 Academic Year", "2024-12-31"],
    ["Spring term 2024/25", "2025-04-20"],
  ],
  season: [
    ["Spring 2024", "2024-05-31"],
    ["Autumn 19", "2019-11-30"],
    ["Winter 2024/25", "2025-02-28"],
    ["Winter 2021 to 22", "2022-02-28"],
    ["spring of 2021", "2021-05-31"],
  ],
  quarter: [
    ["Q3 2024/25", "2024-12-31"],
    ["Q3 FY24/25", "2024-12-31"],
    ["Q2 24/25", "2024-09-30"],
    ["Quarter 3 2024-25", "2024-12-31"],
    ["Quarter Three 2024/25", "2024-12-31"],
    ["Q3 of 2024/25", "2024-12-31"],
    ["Q1 2024", "2024-03-31"],
    ["Q2 - 2021/22", "2021-09-30"],
  ],
  "half year": [
    ["H1 2025", "2025-06-30"],
    ["H2 2024/25", "2025-03-31"],
  ],
  "part of a period": [
    ["early 2025", "2025-04-30"],
    ["mid-2024", "2024-08-31"],
    ["late 2025", "2025-12-31"],
    ["early March 2025", "2025-03-10"],
    ["end of March 2025", "2025-03-31"],
    ["beginning of 2025", "2025-04-30"],
  ],
  "financial year in words": [
    ["FY 2024/25", "2025-03-31"],
    ["FY24/25", "2025-03-31"],
    ["FY 24-25", "2025-03-31"],
    ["financial year 2024/25", "2025-03-31"],
    ["calendar year 2025", "2025-12-31"],
  ],
  week: [
    ["w/c 3 March 2025", "2025-03-09"],
    ["week commencing 3 March 2025", "2025-03-09"],
    ["week ending 7 March 2025", "2025-03-07"],
  ],
  "weekday and day": [["Tuesday 4 March 2025", "2025-03-04"]],
  relative: [
    ["within six months", "2024-08-01", { reference: "2024-02-01" }],
    ["within 3 months of the CPC", "2024-01-16", { cpcStart: "2023-10-16" }],
    ["in six months' time", "2024-08-01", { reference: "2024-02-01" }],
    ["in the next 6 months", "2024-08-01", { reference: "2024-02-01" }],
  ],
  holiday: [
    ["Christmas 2023", "2023-12-25"],
    ["Easter 2025", "2025-04-20"],
  ],
  "before a date": [
    ["prior to Christmas 2023", "2023-12-24"],
    ["before 2023", "2022-12-31"],
    ["before March 2025", "2025-02-28"],
    ["before the end of February 2023", "2023-02-28"],
  ],
};

const due = (text: string, options?: Parameters<typeof parseTimescale>[1]): string | undefined => {
  const t = parseTimescale(text, options);
  return t.kind === "date" || t.kind === "milestones" ? t.due : undefined;
};
const cause = (text: string, options?: Parameters<typeof parseTimescale>[1]): string | undefined => {
  const t = parseTimescale(text, options);
  return t.kind === "unknown" ? t.cause : undefined;
};

describe("the grammar's own table of forms", () => {
  it("every form has its examples", () => {
    const names = [...NUMBER_FORMS, ...WORD_FORMS].map((f) => f.name);
    expect(names.filter((n) => (FORM_EXAMPLES[n]?.length ?? 0) === 0)).toEqual([]);
    expect(Object.keys(FORM_EXAMPLES).filter((n) => !names.includes(n))).toEqual([]);
  });
  for (const [name, examples] of Object.entries(FORM_EXAMPLES)) {
    for (const [text, expected, options] of examples) {
      it(`${name}: "${text}" is due ${expected}`, () => expect(due(text, options)).toBe(expected));
    }
  }
});

describe("spreadsheet months and days (Excel's mmm-yy, d-mmm-yy and ISO forms)", () => {
  it('"Sept-2024" is September 2024, not a range from 2023', () => {
    expect(parseTimescale("Sept-2024")).toEqual({ kind: "date", text: "Sept-2024", start: "2024-09-01", due: "2024-09-30", precision: "month" });
  });
  it('"Sep-24", "Mar-25" and "Apr-2024" are months (two-digit years are 20xx)', () => {
    expect(due("Sep-24")).toBe("2024-09-30");
    expect(due("Mar-25")).toBe("2025-03-31");
    expect(due("Apr-2024")).toBe("2024-04-30");
    expect(due("Feb-24")).toBe("2024-02-29"); // 2024 is a leap year
  });
  it('"1-Apr-24" and "01-Apr-2024" are the day 1 April 2024', () => {
    expect(parseTimescale("1-Apr-24")).toMatchObject({ due: "2024-04-01", precision: "day" });
    expect(parseTimescale("01-Apr-2024")).toMatchObject({ due: "2024-04-01", precision: "day" });
  });
  it('"2024-09", the month form of our own data format, is September 2024', () => {
    expect(parseTimescale("2024-09")).toMatchObject({ start: "2024-09-01", due: "2024-09-30", precision: "month" });
  });
  it('"Phase 2 – June 2026 (40 homes)" is June 2026: a spaced dash is not a spreadsheet day', () => {
    expect(parseTimescale("Phase 2 – June 2026 (40 homes)")).toMatchObject({ kind: "date", due: "2026-06-30", precision: "month" });
  });
  it('"Apr 24 - Mar 25" runs April 2024 to March 2025', () => {
    expect(parseTimescale("Apr 24 - Mar 25")).toMatchObject({ start: "2024-04-01", due: "2025-03-31" });
  });
});

describe("a date only when the text states one", () => {
  it('"13/13/2024" and "2024-13" are impossible, not "the year 2024"', () => {
    expect(cause("13/13/2024")).toBe("impossible");
    expect(cause("2024-13")).toBe("impossible");
    expect(cause("2024-00")).toBe("impossible");
  });
  it('a US month-first date "12/31/2024" is unknown, and the reason says how to write it', () => {
    const t = parseTimescale("12/31/2024");
    expect(t).toMatchObject({ kind: "unknown", cause: "impossible" });
    expect(t.kind === "unknown" && t.reason).toContain("31/12/2024");
  });
  it("days that do not exist are unknown: 31 April, 30 February, 29 February 2023, 32 March", () => {
    for (const text of ["31/04/2024", "30 February 2025", "29/02/2023", "32 March 2024", "Sept 31 2024", "2024-02-30"]) {
      expect(cause(text), text).toBe("impossible");
    }
  });
  it('"Q5 2024" and "Quarter Five 2024" have no fifth quarter, and "H3 2025" no third half', () => {
    expect(cause("Q5 2024")).toBe("impossible");
    expect(cause("Quarter Five 2024")).toBe("impossible");
    expect(cause("Q0 2024/25")).toBe("impossible");
    expect(cause("H3 2025")).toBe("impossible");
  });
  it("a number beside a year that is not part of a date makes the reading unknown", () => {
    expect(cause("2024 15")).toBe("unrecognised");
    expect(cause("15 2024")).toBe("unrecognised");
    expect(cause("March 2025 (12)")).toBe("unrecognised");
  });
  it("a number that labels or counts something is not part of the date", () => {
    expect(due("Phase 3: March 2025")).toBe("2025-03-31");
    expect(due("Recommendation 4 – by June 2025")).toBe("2025-06-30");
    expect(due("March 2025 (12 sessions)")).toBe("2025-03-31");
    expect(due("50% by March 2025")).toBe("2025-03-31");
  });
  it("words that change what a date means make the reading unknown", () => {
    for (const text of ["not before March 2025", "after the election in May 2025", "March 2025 at the earliest", "not prior to April 2025"]) {
      expect(cause(text), text).toBe("unrecognised");
    }
  });
  it('"before" and "prior to" a date are due the day before it: "prior to April 2025" is 31 March 2025', () => {
    expect(due("prior to April 2025")).toBe("2025-03-31");
    expect(due("before 2023")).toBe("2022-12-31"); // the day before 1 January 2023
    expect(due("prior to Christmas 2023")).toBe("2023-12-24"); // Christmas Day is the 25th
    expect(due("before the end of February 2023")).toBe("2023-02-28"); // by its end
    expect(due("before 1 March 2024")).toBe("2024-02-29"); // 2024 is a leap year
    expect(cause("before funding is agreed")).toBe("unrecognised");
    expect(cause("before the election")).toBe("unrecognised");
  });
  it('"2009-10" is ambiguous (the financial year, or October 2009); "2024-25" is the financial year', () => {
    expect(cause("2009-10")).toBe("ambiguous");
    expect(due("2024-25")).toBe("2025-03-31");
    expect(due("2009/10")).toBe("2010-03-31");
  });
  it('"FY25" does not say which financial year it means', () => expect(cause("FY25")).toBe("ambiguous"));
  it('a plan period "2024-27" is ambiguous, not a due date', () => {
    expect(cause("2024-27")).toBe("ambiguous");
    expect(cause("2023-2027")).toBe("ambiguous");
  });
});

describe("financial years and quarters (April to March), in every order and spelling", () => {
  it.each([
    ["Q3 2024/25", "2024-12-31"],
    ["2024/25 Q4", "2025-03-31"],
    ["Q3 FY24/25", "2024-12-31"],
    ["FY24/25 Q3", "2024-12-31"],
    ["Quarter 3 2024-25", "2024-12-31"],
    ["Q2 24/25", "2024-09-30"],
    ["Q2 24-25", "2024-09-30"],
    ["Quarter Three 2024/25", "2024-12-31"],
    ["Quarter Two 2025/26", "2025-09-30"],
    ["3rd quarter 2024/25", "2024-12-31"],
    ["Q1-Q2 2025/26", "2025-09-30"],
    ["Quarters 3 and 4 2024/25", "2025-03-31"],
  ])("%s is due %s", (text, expected) => expect(due(text)).toBe(expected));
  it('"1999/00" ends 31 March 2000, across the century, and "2008/9" ends 31 March 2009', () => {
    expect(parseTimescale("1999/00")).toMatchObject({ start: "1999-04-01", due: "2000-03-31", precision: "financial-year" });
    expect(due("2008/9")).toBe("2009-03-31");
  });
  it('"2025 to 2026" is the financial year, as GOV.UK writes it, like "2025-2026"', () => {
    expect(due("2025 to 2026")).toBe("2026-03-31");
    expect(due("2025-2026")).toBe("2026-03-31");
  });
  it('"Q4" and "end of Q2" with no year are placed by the reference date', () => {
    expect(cause("Q4")).toBe("no-year");
    expect(due("Q4", { reference: "2024-05-01" })).toBe("2024-12-31");
    expect(due("Q4", { reference: "2024-05-01", quarters: "financial" })).toBe("2025-03-31");
    expect(due("end of Q2", { reference: "2024-05-01", quarters: "financial" })).toBe("2024-09-30");
  });
  it('"March 2024/25" is the March of that financial year: March 2025', () => expect(due("March 2024/25")).toBe("2025-03-31"));
});

describe("parts of a year, with approximate: true (the first, middle or last third of a period)", () => {
  it.each([
    ["early 2025", "2025-01-01", "2025-04-30"],
    ["mid-2024", "2024-05-01", "2024-08-31"],
    ["mid 2024", "2024-05-01", "2024-08-31"],
    ["late 2025", "2025-09-01", "2025-12-31"],
    ["beginning of 2025", "2025-01-01", "2025-04-30"],
    ["early March 2025", "2025-03-01", "2025-03-10"],
    ["mid-March 2025", "2025-03-11", "2025-03-20"],
    ["late February 2024", "2024-02-21", "2024-02-29"],
    ["late summer 2025", "2025-08-01", "2025-08-31"],
    ["early 2025/26", "2025-04-01", "2025-07-31"],
    ["Mid-year 2025/26", "2025-08-01", "2025-11-30"],
  ])("%s runs %s to %s, approximately", (text, start, end) => {
    expect(parseTimescale(text)).toMatchObject({ kind: "date", start, due: end, precision: "part", approximate: true });
  });
  it("halves are exact: H1 2025, first half of 2025, second half of 2024/25", () => {
    expect(parseTimescale("H1 2025")).toEqual({ kind: "date", text: "H1 2025", start: "2025-01-01", due: "2025-06-30", precision: "half-year" });
    expect(parseTimescale("first half of 2025")).toMatchObject({ due: "2025-06-30", precision: "half-year" });
    expect(parseTimescale("H2 2024/25")).toMatchObject({ start: "2024-10-01", due: "2025-03-31" });
    expect(parseTimescale("second half of 2024/25")).toMatchObject({ start: "2024-10-01", due: "2025-03-31" });
  });
  it('"end of 2024" and "end of March 2025" are the period\'s own end, not approximate', () => {
    expect(parseTimescale("end of 2024")).toMatchObject({ due: "2024-12-31", precision: "year" });
    expect(parseTimescale("end of 2024")).not.toHaveProperty("approximate");
    expect(due("by the end of March 2025")).toBe("2025-03-31");
  });
  it('a council\'s "year end" is the end of its financial year; "end of the year" the calendar year', () => {
    expect(cause("by year end")).toBe("no-year");
    expect(due("by year end", { reference: "2024-06-01" })).toBe("2025-03-31");
    expect(due("year-end", { reference: "2025-04-01" })).toBe("2026-03-31");
    expect(due("by the end of the financial year", { reference: "2024-06-01" })).toBe("2025-03-31");
    expect(due("end of the year", { reference: "2024-06-01" })).toBe("2024-12-31");
  });
  it('"approx. March 2025" and "March 2025 (TBC)" are March 2025, marked approximate', () => {
    expect(parseTimescale("approx. March 2025")).toMatchObject({ due: "2025-03-31", approximate: true });
    expect(parseTimescale("March 2025 (TBC)")).toMatchObject({ due: "2025-03-31", approximate: true });
  });
});

describe("days and weeks", () => {
  it('ordinal days: "3rd March 2025", "1st of April 2024"', () => {
    expect(due("3rd March 2025")).toBe("2025-03-03");
    expect(due("1st of April 2024")).toBe("2024-04-01");
  });
  it('a weekday is checked against the date: "Tuesday 4 March 2025" is right, "Monday 4 March 2025" is not', () => {
    expect(due("Tuesday 4 March 2025")).toBe("2025-03-04");
    const wrong = parseTimescale("Monday 4 March 2025");
    expect(wrong).toMatchObject({ kind: "unknown", cause: "impossible" });
    expect(wrong.kind === "unknown" && wrong.reason).toContain("Tuesday");
  });
  it('"w/c 3 March 2025" and "week commencing 3 March 2025" end on the week\'s last day, 9 March', () => {
    expect(parseTimescale("w/c 3 March 2025")).toMatchObject({ start: "2025-03-03", due: "2025-03-09", precision: "week" });
    expect(due("week commencing 3 March 2025")).toBe("2025-03-09");
    expect(due("w/b 31/03/2025")).toBe("2025-04-06");
    expect(parseTimescale("week ending 7 March 2025")).toMatchObject({ start: "2025-03-01", due: "2025-03-07" });
  });
  it('a range of days is due on the last: "7-9 October 2025"', () => {
    expect(parseTimescale("7-9 October 2025")).toMatchObject({ start: "2025-10-07", due: "2025-10-09", precision: "day" });
  });
});

describe("a date inside words or brackets", () => {
  it.each([
    ["go-live expected 14 May 2025", "2025-05-14"],
    ["(June 2025)", "2025-06-30"],
    ["completion planned for 2026/27", "2027-03-31"],
    ["Phase 2 – June 2026 (40 homes)", "2026-06-30"],
    ["the March 2020 meeting", "2020-03-31"],
  ])("%s is due %s", (text, expected) => expect(due(text)).toBe(expected));
  it('a date with no year restated in brackets is read from the brackets: "end of quarter 4 (January to March 2025)"', () => {
    expect(due("end of quarter 4 (January to March 2025)")).toBe("2025-03-31");
  });
});

describe("revised targets", () => {
  it('"March 2025 (originally June 2025)" is due in March, the original kept', () => {
    expect(parseTimescale("March 2025 (originally June 2025)")).toEqual({
      kind: "date",
      text: "March 2025 (originally June 2025)",
      start: "2025-03-01",
      due: "2025-03-31",
      precision: "month",
      originalDue: "2025-06-30",
    });
  });
  it('"Revised: Sept 2025 (was June)": the original takes the revised date\'s year', () => {
    expect(parseTimescale("Revised: Sept 2025 (was June)")).toMatchObject({ due: "2025-09-30", originalDue: "2025-06-30" });
  });
  it('"June 2025 revised to March 2026" and "Delayed to Sept 2025" are due at the revised date', () => {
    expect(parseTimescale("June 2025 revised to March 2026")).toMatchObject({ due: "2026-03-31", originalDue: "2025-06-30" });
    expect(due("Delayed to Sept 2025")).toBe("2025-09-30");
  });
  it('"Originally June 2025" gives only the replaced target', () => expect(cause("Originally June 2025")).toBe("replaced-only"));
});

describe("lettered milestones, one per step", () => {
  it('"a. July 2025 b. October 2025 onwards" gives steps a and b their dates, then continues', () => {
    const t = parseTimescale("a. July 2025 b. October 2025 onwards");
    expect(t).toMatchObject({ kind: "milestones", due: "2025-10-31", continuing: true });
    expect(t.kind === "milestones" && t.milestones.map((m) => [m.step, m.due])).toEqual([
      ["a", "2025-07-31"],
      ["b", "2025-10-31"],
    ]);
  });
  it('"(a) March 2024 (b) June 2024" has steps a and b', () => {
    const t = parseTimescale("(a) March 2024 (b) June 2024");
    expect(t.kind === "milestones" && t.milestones.map((m) => m.step)).toEqual(["a", "b"]);
  });
});

describe("targets counted from another date", () => {
  it('"within six months" counts from the reference date, or says it needs one', () => {
    expect(cause("within six months")).toBe("needs-anchor");
    expect(parseTimescale("within six months", { reference: "2024-02-01" })).toMatchObject({ due: "2024-08-01", relativeTo: "reference" });
    expect(due("within 12 weeks", { reference: "2024-02-01" })).toBe("2024-04-25");
    expect(due("within a year", { reference: "2024-02-29" })).toBe("2025-02-28");
  });
  it('"within 3 months of the CPC" counts from the CPC\'s start', () => {
    expect(cause("within 3 months of the CPC", { reference: "2024-02-01" })).toBe("needs-anchor");
    expect(parseTimescale("within 3 months of the CPC", { cpcStart: "2023-10-16" })).toMatchObject({ due: "2024-01-16", relativeTo: "cpc" });
  });
  it('"within two months of go-live" counts from an event with no date: unknown', () => {
    expect(cause("within two months of go-live", { reference: "2024-02-01" })).toBe("unrecognised");
  });
});

describe("status words with a date, and texts that give no date", () => {
  it('"Completed March 2024" and "Done (Jan 2025)" are the status, with the date', () => {
    expect(parseTimescale("Completed March 2024")).toEqual({
      kind: "status",
      text: "Completed March 2024",
      status: "complete",
      date: { text: "March 2024", start: "2024-03-01", due: "2024-03-31", precision: "month" },
    });
    expect(parseTimescale("Done (Jan 2025)")).toMatchObject({ kind: "status", status: "complete", date: { due: "2025-01-31" } });
  });
  it('"In progress – March 2025" is a target in March 2025, with the status noted', () => {
    expect(parseTimescale("In progress – March 2025")).toMatchObject({ kind: "date", due: "2025-03-31", status: "in-progress" });
  });
  it.each([
    ["N/A", "not-applicable"],
    ["Not applicable", "not-applicable"],
    ["n/a", "not-applicable"],
    ["TBC", "to-be-confirmed"],
    ["TBA", "to-be-confirmed"],
    ["To be confirmed", "to-be-confirmed"],
    ["TBC - subject to funding", "to-be-confirmed"],
    ["", "empty"],
    ["   ", "empty"],
  ])('"%s" is unknown: %s', (text, expected) => expect(cause(text)).toBe(expected));
  it.each(["Ongoing", "On-going", "Ongoing - reviewed monthly", "BAU", "Business as usual"])('"%s" is ongoing', (text) => {
    expect(parseTimescale(text).kind).toBe("ongoing");
  });
  it('"September each year" and "Reviewed quarterly" are recurring', () => {
    expect(parseTimescale("September each year")).toMatchObject({ kind: "recurring", frequency: "annual" });
    expect(parseTimescale("Reviewed quarterly")).toMatchObject({ kind: "recurring", frequency: "quarterly" });
  });
});

describe("a text with no year is placed by a reference date, the first such period ending on or after it", () => {
  it.each([
    ["March", "2024-03-15", "2024-03-31"],
    ["March", "2024-04-01", "2025-03-31"],
    ["21st November", "2022-10-01", "2022-11-21"],
    ["mid-February", "2025-02-01", "2025-02-20"],
  ])("%s with reference %s is due %s", (text, reference, expected) => expect(due(text, { reference })).toBe(expected));
  it("a reference that is not a date is reported, not used", () => {
    const t: Timescale = parseTimescale("March", { reference: "2024-02-30" });
    expect(t).toMatchObject({ kind: "unknown", cause: "unrecognised" });
  });
});

describe("numbers that label an action, never a day", () => {
  it('an action number before a month, "3.2 March 2025", is not 2 March: the target is March 2025', () => {
    expect(parseTimescale("3.2 March 2025")).toMatchObject({ kind: "date", due: "2025-03-31", precision: "month" });
    expect(due("1.5 – March 2025")).toBe("2025-03-31");
    expect(due("3.2.1: Q3 2024/25")).toBe("2024-12-31");
  });
  it('"Year 1 (2024/25)" is the financial year: the 1 labels the year of the plan', () => {
    expect(due("Year 1 (2024/25)")).toBe("2025-03-31");
  });
});
