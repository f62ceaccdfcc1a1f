import { describe, expect, it } from "vitest";
import { dueDate, parseTimescale, type ParseTimescaleOptions, type Timescale } from "../src/index.js";

// More edges, each a reading an officer would check: where one form ends and the next
// begins, and which of two failures a text is.
const read = (text: string, options?: ParseTimescaleOptions): Timescale => parseTimescale(text, options);
const due = (text: string, options?: ParseTimescaleOptions): string | undefined => {
  const t = read(text, options);
  return t.kind === "date" || t.kind === "milestones" ? t.due : undefined;
};
const cause = (text: string, options?: ParseTimescaleOptions): string | undefined => {
  const t = read(text, options);
  return t.kind === "unknown" ? t.cause : undefined;
};
const reason = (text: string, options?: ParseTimescaleOptions): string => {
  const t = read(text, options);
  return t.kind === "unknown" ? t.reason : "";
};

describe("financial years at the edges", () => {
  it.each([
    ["1900 to 1901", "1901-03-31"],
    ["2199 to 2200", "2200-03-31"],
    ["2199/00", "2200-03-31"],
    ["2012-13", "2013-03-31"],
    ["1999-00", "2000-03-31"],
    ["Q3 financial year 2024/25", "2024-12-31"],
    ["Q3 fiscal year 24/25", "2024-12-31"],
    ["2005-09", "2005-09-30"],
  ])("%s is due %s", (text, expected) => expect(due(text)).toBe(expected));
  it.each(["2011-12", "2000-01"])("%s is ambiguous (a financial year or a month)", (text) => expect(cause(text)).toBe("ambiguous"));
  it.each(["2200/01", "2008-9"])("%s is not a financial year", (text) => expect(due(text)).toBeUndefined());
  it('"FY24/25 Q7" has no seventh quarter', () => expect(cause("FY24/25 Q7")).toBe("impossible"));
});

describe("which failure a text is", () => {
  it.each([
    ["123/04/2024", "unrecognised"],
    ["12/123/2024", "unrecognised"],
    ["Sep -24", "unrecognised"],
    ["Sep- 24", "unrecognised"],
    ["Q1-Q9 2024", "impossible"],
  ])("%s is %s", (text, expected) => expect(cause(text)).toBe(expected));
  it('"Q1-Q9 2024" says there is no quarter 9', () => expect(reason("Q1-Q9 2024")).toContain("no quarter 9"));
  it("a relative target among several says what it counts from", () => {
    expect(reason("within 3 months (originally March 2024)")).toContain("reference date");
    expect(reason("within 3 months of the CPC (originally March 2024)")).toContain("peer challenge");
  });
  it('"early 3 March 2025" and "early within six months" cannot be split', () => {
    expect(reason("early 3 March 2025")).toContain("no early, middle or late");
    expect(reason("early within six months", { reference: "2025-01-01" })).toContain("no early, middle or late");
  });
  it('"early - early 2024" and "early the early 2024" are unknown: the first "early" has no date of its own', () => {
    expect(cause("early - early 2024")).toBe("unrecognised");
    expect(cause("early the early 2024")).toBe("unrecognised");
  });
});

describe("days, weeks and parts at the edges", () => {
  it('"March 31st" with a reference is the day', () => expect(due("March 31st", { reference: "2025-01-01" })).toBe("2025-03-31"));
  it('"mid year 2025" and "mid-year FY24/25" are the middle thirds', () => {
    expect(read("mid year 2025")).toMatchObject({ due: "2025-08-31", approximate: true });
    expect(read("mid-year FY24/25")).toMatchObject({ due: "2024-11-30", approximate: true });
  });
  it('"end of the calendar year" is 31 December', () => expect(due("end of the calendar year", { reference: "2025-05-01" })).toBe("2025-12-31"));
  it.each(["x/c 3 March 2025", "w/x 3 March 2025"])("%s is the day, not a week", (text) => {
    expect(read(text)).toMatchObject({ due: "2025-03-03", precision: "day" });
  });
  it.each([
    ["1 week from the CPC", "2023-10-23"],
    ["1 year from the CPC", "2024-10-16"],
    ["2 weeks of the CPC", "2023-10-30"],
  ])("%s counts from the CPC: %s", (text, expected) => expect(due(text, { cpcStart: "2023-10-16" })).toBe(expected));
  it('"1000 months from the CPC" is no count of months', () => expect(due("1000 months from the CPC", { cpcStart: "2023-10-16" })).toBeUndefined());
});

describe("milestone labels", () => {
  it("are trimmed of the punctuation councils put round them", () => {
    const t = read("Working Group:\tMarch 2024; Final strategy\u00a0\u2010 October 2024.");
    expect(t.kind === "milestones" && t.milestones.map((m) => m.label)).toEqual(["Working Group", "Final strategy"]);
    const lettered = read("[a] March 2024, [b] June 2024");
    expect(lettered.kind === "milestones" && lettered.milestones.map((m) => m.step)).toEqual(["a", "b"]);
  });
  it("upper-case letters are steps, numbers are labels but not steps, and an unlabelled milestone has no label", () => {
    const upper = read("A. July 2025 B. October 2025");
    expect(upper.kind === "milestones" && upper.milestones.map((m) => m.step)).toEqual(["a", "b"]);
    const numbered = read("1. March 2024 2. June 2024");
    expect(numbered.kind === "milestones" && numbered.milestones.map((m) => [m.label, m.step])).toEqual([
      ["1", undefined],
      ["2", undefined],
    ]);
    const bare = read("Spring 2024 Summer 2024");
    expect(bare.kind === "milestones" && bare.milestones[0]).not.toHaveProperty("label");
  });
});

describe("statuses after a date", () => {
  it('"Dec 2024 - Done" is complete; "Dec 2024 – in progress" is the target', () => {
    expect(read("Dec 2024 - Done")).toMatchObject({ kind: "status", status: "complete" });
    expect(read("Dec 2024 – in progress")).toMatchObject({ kind: "date", due: "2024-12-31" });
  });
});

describe("an action due by its latest step, in any order", () => {
  it("takes the latest, whichever step it is", () => {
    const action = {
      id: "1",
      recommendation: "R1",
      title: "t",
      steps: [
        { id: "a", text: "x", timescale: "December 2024" },
        { id: "b", text: "y", timescale: "Spring 2024" },
        { id: "c", text: "z" },
      ],
    };
    expect(dueDate(action)).toBe("2024-12-31");
  });
});

describe("texts that once could have thrown", () => {
  it.each([
    ["7-9 2024", "unrecognised"],
    ["123-9 October 2025", "unrecognised"],
    ["Tuesday 99 March 2025", "impossible"],
    ["1899 to 1900", "unrecognised"],
    ["2200 to 2201", "unrecognised"],
  ])("%s is unknown: %s", (text, expected) => expect(cause(text)).toBe(expected));
  it('"Tuesday 1234" and "FY24/25 Q" read what they can', () => {
    expect(read("Tuesday 1234").kind).toBe("unknown");
    expect(due("FY24/25 Q")).toBe("2025-03-31");
  });
});
