import { describe, expect, it } from "vitest";
import { parseTimescale, stepDueDate, timescaleOptionsOf, type ParseTimescaleOptions, type Timescale } from "../src/index.js";

// The edges of each form: the first and last year, month and day a form accepts and the
// first it refuses, the characters a council's text may use, and the words around a number.
const read = (text: string, options?: ParseTimescaleOptions): Timescale => parseTimescale(text, options);
const due = (text: string, options?: ParseTimescaleOptions): string | undefined => {
  const t = read(text, options);
  return t.kind === "date" || t.kind === "milestones" ? t.due : undefined;
};
const kindOf = (text: string): string => read(text).kind;

describe("the years a text may give: 1900 to 2199", () => {
  it.each([
    ["March 1900", "1900-03-31"],
    ["March 2199", "2199-03-31"],
    ["1900", "1900-12-31"],
    ["2199", "2199-12-31"],
    ["Oct 00", "2000-10-31"],
    ["1900/01", "1901-03-31"],
    ["2198/99", "2199-03-31"],
  ])("%s is due %s", (text, expected) => expect(due(text)).toBe(expected));
  it.each(["March 1899", "March 2200", "1899", "2200", "1899/00"])("%s is unknown", (text) => expect(kindOf(text)).toBe("unknown"));
  it('an ISO day outside those years is still the day it names: "1850-06-01"', () => {
    expect(read("1850-06-01")).toMatchObject({ start: "1850-06-01", due: "1850-06-01" });
  });
});

describe("consecutive years", () => {
  it('"2024 to 2025", "2024 - 2025" and "2024-2025" are the financial year', () => {
    for (const text of ["2024 to 2025", "2024 - 2025", "2024-2025"]) expect(due(text), text).toBe("2025-03-31");
  });
  it('"2024 until 2025" runs to the end of 2025', () => expect(read("2024 until 2025")).toMatchObject({ start: "2024-01-01", due: "2025-12-31" }));
  it.each(["2024-26", "2024 to 2026", "2024-34", "2024-2034", "2024/26"])("a plan period %s is ambiguous", (text) => {
    expect(read(text)).toMatchObject({ kind: "unknown", cause: "ambiguous" });
  });
  it('"2024-35" is neither: it has no month 35', () => expect(read("2024-35")).toMatchObject({ kind: "unknown", cause: "impossible" }));
});

describe("months and days at their edges", () => {
  it.each([
    ["2024-12", "2024-12-31"],
    ["2024-01", "2024-01-31"],
    ["31/12/2024", "2024-12-31"],
    ["01/01/2024", "2024-01-01"],
    ["12/2024", "2024-12-31"],
    ["1/2024", "2024-01-31"],
    ["2024-12-31", "2024-12-31"],
    ["31 March 2024", "2024-03-31"],
    ["1 March 2024", "2024-03-01"],
    ["March 1 2024", "2024-03-01"],
    ["March 31 2024", "2024-03-31"],
    ["8-9 October 2025", "2025-10-09"],
    ["1-31 March 2024", "2024-03-31"],
  ])("%s is due %s", (text, expected) => expect(due(text)).toBe(expected));
  it.each([
    "2024-00",
    "2024-13",
    "00/12/2024",
    "01/00/2024",
    "01/13/2024",
    "2024-00-10",
    "2024-12-00",
    "2024-12-32",
    "00/2024",
    "13/2024",
    "0 March 2024",
    "32 March 2024",
    "March 0 2024",
    "March 32 2024",
    "0-9 October 2025",
    "9-9 October 2025",
    "28-30 February 2025",
    "2024-03-00",
  ])("%s is impossible", (text) => expect(read(text)).toMatchObject({ kind: "unknown", cause: "impossible" }));
  it("a range of days starts on its first day", () => expect(read("8-9 October 2025")).toMatchObject({ start: "2025-10-08" }));
});

describe("a day-first date with no such month says how to write it", () => {
  const reason = (text: string): string => {
    const t = read(text);
    return t.kind === "unknown" ? t.reason : "";
  };
  it('"12/13/2024" (a US date) says "13/12/2024" and "13 December 2024"', () => {
    expect(reason("12/13/2024")).toContain("13/12/2024");
    expect(reason("12/13/2024")).toContain('"13 December 2024"');
  });
  it.each(["13/13/2024", "12/32/2024", "0/13/2024", "12/14"])("%s, which no swap can mend, gives the rule instead", (text) => {
    expect(reason(text)).toContain("day first (31/03/2024)");
  });
});

describe("quarters and halves after a year", () => {
  it.each([
    ["2024/25 H1", "2024-09-30"],
    ["2024/25 H2", "2025-03-31"],
    ["2024 Q1", "2024-03-31"],
    ["2024/25 Q", "2025-03-31"],
  ])("%s is due %s", (text, expected) => expect(due(text)).toBe(expected));
  it('"2024 Q4" with financial quarters is due 31 March 2025', () => expect(due("2024 Q4", { quarters: "financial" })).toBe("2025-03-31"));
  it.each(["2024 Q5", "H12 2025", "H 1 2025"])("%s is unknown", (text) => expect(kindOf(text)).toBe("unknown"));
});

describe("weeks", () => {
  it.each(["w.c. 3 March 2025", "w-c 3 March 2025"])("%s is the week to 9 March", (text) => {
    expect(read(text)).toMatchObject({ start: "2025-03-03", due: "2025-03-09", precision: "week" });
  });
  it('"Tuesday, 4/3/2025" is the day, checked', () => expect(due("Tuesday, 4/3/2025")).toBe("2025-03-04"));
});

describe("the characters council texts use", () => {
  it.each(["March\t2024", "March\n2024", "March\r2024", "March\u00a02024", "  March 2024  "])("%j is March 2024", (text) => {
    expect(due(text)).toBe("2024-03-31");
  });
  it.each(["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "-"])("April%sJune 2024 is a range (every dash)", (dash) => {
    expect(read(`April${dash}June 2024`)).toMatchObject({ start: "2024-04-01", due: "2024-06-30" });
  });
  it.each(["\u2016", "@", "[", "`", "{"])("April%sJune 2024 is not joined: April has no year", (symbol) => {
    expect(read(`April${symbol}June 2024`)).toMatchObject({ kind: "unknown", cause: "no-year" });
  });
  it.each(["\u2019", "\u2018", "'"])("Mar %s25 is March 2025 (every apostrophe)", (apostrophe) => expect(due(`Mar ${apostrophe}25`)).toBe("2025-03-31"));
  it("a long text (over 4,096 characters) of words, numbers and symbols keeps its date at the end", () => {
    // 600 repeats of 3 tokens ("az", "09", "-") and 7 spaces: 1,800 tokens in 7,200 characters.
    const text = `${"az 09 - \t\n\r\u00a0".repeat(600)}Phase 1: March 2024`;
    const t = read(text);
    expect(t.kind).toBe("unknown"); // the stray numbers make it unknown...
    expect(t.kind === "unknown" && t.reason).toContain("the number 09"); // ...read in full, up to the first
    const dated = `${"Working Group ".repeat(400)}– March 2024`; // 800 words, 5,600 characters
    expect(due(dated)).toBe("2024-03-31");
    expect(due("May 2024")).toBe("2024-05-31"); // and a short text after it
  });
});

describe("long texts are counted in full before they are read", () => {
  // Over 4,096 characters the scanner counts tokens first to size its buffers: a count too
  // small would lose the date at the end.
  it.each([
    ["symbols between words", `${"x-y/".repeat(2_000)} March 2024`], // 8,000 tokens in 8,000 characters
    ["the characters beside the letters", `${"a@z[b`c{d ".repeat(1_000)}March 2024`], // 9 tokens in 10 characters
    ["the characters beside the digits", `${"Phase 9: No. 0/ ".repeat(700)}March 2024`], // 8 tokens in 16 characters
  ])("%s", (_, text) => expect(due(text)).toBe("2024-03-31"));
});

describe("numbers beside a date", () => {
  it.each([
    ["#2 March 2025", "2025-03-31"],
    ["No. 3 March 2025", "2025-03-31"],
    ["£5m by March 2025", "2025-03-31"],
    ["$5 March 2025", "2025-03-31"],
    ["2 sessions, March 2025", "2025-03-31"],
    ["10. March 2024", "2024-03-31"],
    ["March 2025 (6 weeks)", "2025-03-31"],
    ["1.5 March 2025", "2025-03-31"],
  ])("%s is due %s: the number labels or counts something", (text, expected) => expect(due(text)).toBe(expected));
  it('a stray "th" apart from its number is a word: "Phase 5 th: March 2025" is March 2025', () => expect(due("Phase 5 th: March 2025")).toBe("2025-03-31"));
  it.each([
    "within 5 March 2025",
    "half 2 March 2025",
    "6 weeks March 2025",
    "March 2025 - 6 weeks",
    "six weeks March 2025",
    "Phase 5th: March 2025",
    "100) March 2024",
  ])("%s is unknown: a number or a word for time the date does not explain", (text) =>
    expect(read(text)).toMatchObject({ kind: "unknown", cause: "unrecognised" }),
  );
});

describe("a status beside a date", () => {
  it('"Not yet started - March 2025" is the target with its status; seven words before a date are not a status', () => {
    expect(read("Not yet started - March 2025")).toMatchObject({ kind: "date", due: "2025-03-31", status: "not-started" });
    expect(read("Not yet started at all since last - March 2025").kind).toBe("unknown");
  });
  it('"Dec 2024 (complete)" is complete, in December 2024', () => {
    expect(read("Dec 2024 (complete)")).toMatchObject({ kind: "status", status: "complete", date: { due: "2024-12-31" } });
  });
  it('"Withdrawn March 2024" is cancelled, with the date', () => {
    expect(read("Withdrawn March 2024")).toMatchObject({ kind: "status", status: "cancelled", date: { text: "March 2024" } });
  });
});

describe("a year written once serves a run of months", () => {
  it('"March 2024 - May - June" ends in June 2024', () => expect(read("March 2024 - May - June")).toMatchObject({ start: "2024-03-01", due: "2024-06-30" }));
  it('"Jan - Mar - Apr 2025" starts in January 2025', () => expect(read("Jan - Mar - Apr 2025")).toMatchObject({ start: "2025-01-01", due: "2025-04-30" }));
});

describe("revised and replaced dates among several", () => {
  it('"within 3 months (originally March 2024)" counts from the reference and keeps the original', () => {
    expect(read("within 3 months (originally March 2024)", { reference: "2024-01-10" })).toMatchObject({
      due: "2024-04-10",
      originalDue: "2024-03-31",
      relativeTo: "reference",
    });
    expect(read("within 3 months (originally March 2024)")).toMatchObject({ kind: "unknown", cause: "needs-anchor" });
    expect(read("within 3 months of the CPC (originally March 2024)")).toMatchObject({ kind: "unknown", cause: "needs-anchor" });
  });
  it('"Completed March 2025 (originally June 2025)" is complete in March', () => {
    expect(read("Completed March 2025 (originally June 2025)")).toMatchObject({ kind: "status", status: "complete", date: { due: "2025-03-31" } });
  });
  it('"March (originally June 2025)": a year-less revised date is placed by the reference', () => {
    expect(read("March (was June 2025)", { reference: "2025-01-01" })).toMatchObject({ due: "2025-03-31", originalDue: "2025-06-30", yearFromReference: true });
    expect(read("March (was June 2025)")).toMatchObject({ kind: "unknown", cause: "no-year" });
  });
  it('"approx. March 2025 (originally June 2025)" and "late March 2025 (was June 2025)" are approximate', () => {
    expect(read("approx. March 2025 (originally June 2025)")).toMatchObject({ due: "2025-03-31", approximate: true });
    expect(read("late March 2025 (was June 2025)")).toMatchObject({ due: "2025-03-31", approximate: true });
  });
  it('"March 2025 and ongoing (originally June 2025)" continues', () => {
    expect(read("March 2025 and ongoing (originally June 2025)")).toMatchObject({ due: "2025-03-31", continuing: true, originalDue: "2025-06-30" });
  });
  it('"On track – March 2025 (was June 2025)" keeps the status', () => {
    expect(read("On track – March 2025 (was June 2025)")).toMatchObject({ due: "2025-03-31", status: "in-progress", originalDue: "2025-06-30" });
  });
  it('"Monday 3 March 2025 (was June 2025)": the weekday is checked among several dates too', () => {
    expect(due("Monday 3 March 2025 (was June 2025)")).toBe("2025-03-03");
    expect(read("Tuesday 3 March 2025 (was June 2025)")).toMatchObject({ kind: "unknown", cause: "impossible" });
    expect(read("30 February 2025 (was June 2025)")).toMatchObject({ kind: "unknown", cause: "impossible" });
  });
  it("milestones keep their approximate dates and their year-less ones placed by the reference", () => {
    const t = read("Draft early 2025 Final – June", { reference: "2025-01-01" });
    expect(t).toMatchObject({ kind: "milestones", due: "2025-06-30", yearFromReference: true });
    expect(t.kind === "milestones" && t.milestones.map((m) => m.approximate === true)).toEqual([true, false]);
    expect(read("Draft March 2024 Final June 2025 and ongoing")).toMatchObject({ kind: "milestones", continuing: true });
  });
});

describe("the dates a plan gives for its own targets", () => {
  it.each([
    [
      { publishedOn: "2024-02-14", peerChallenge: { start: "2023-10-16" } },
      { reference: "2024-02-14", cpcStart: "2023-10-16" },
    ],
    [
      { publishedOn: "2024-02", peerChallenge: { start: "2023-10" } },
      { reference: "2024-02-01", cpcStart: "2023-10-01" },
    ],
    [{ peerChallenge: { start: "2023-10-16" } }, { reference: "2023-10-16", cpcStart: "2023-10-16" }],
    [{ publishedOn: "2024-02-14" }, { reference: "2024-02-14" }],
    [{ publishedOn: "2024-02-30", peerChallenge: { start: "October 2023" } }, {}],
    [{}, {}],
  ])("%j gives %j", (plan, expected) => expect(timescaleOptionsOf(plan)).toEqual(expected));
});

describe("a step's due date", () => {
  const action = (timescale: string | undefined) => ({ id: "1", recommendation: "R1", title: "t", ...(timescale !== undefined ? { timescale } : {}) });
  const milestones = "a. July 2025 b. October 2025";
  it.each([
    ["a", "2025-07-31"],
    ["(a)", "2025-07-31"],
    ["a)", "2025-07-31"],
    ["A", "2025-07-31"],
    [" b. ", "2025-10-31"],
    ["c", undefined],
  ])("step %j of an action due %s takes its letter's date: %s", (id, expected) => {
    expect(stepDueDate(action(milestones), { id, text: "x" })).toBe(expected);
  });
  it("a step's own target or due wins; a step whose own target gives no date does not borrow one", () => {
    expect(stepDueDate(action(milestones), { id: "a", text: "x", due: "2025-05-01" })).toBe("2025-05-01");
    expect(stepDueDate(action(milestones), { id: "a", text: "x", timescale: "June 2025" })).toBe("2025-06-30");
    expect(stepDueDate(action(milestones), { id: "a", text: "x", timescale: "TBC" })).toBeUndefined();
  });
  it("an action with no milestones, or no target, gives its steps no date", () => {
    expect(stepDueDate(action("July 2025"), { id: "a", text: "x" })).toBeUndefined();
    expect(stepDueDate(action(undefined), { id: "a", text: "x" })).toBeUndefined();
  });
  it("reads the action's target with the options given", () => {
    expect(stepDueDate(action("a. July b. October"), { id: "b", text: "x" }, { reference: "2025-02-01" })).toBe("2025-10-31");
    expect(stepDueDate(action("a. July b. October"), { id: "b", text: "x" })).toBeUndefined();
  });
});
