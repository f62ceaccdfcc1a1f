import { describe, expect, it } from "vitest";
import { dueDate, parseTimescale, type Timescale } from "../src/index.js";

function due(text: string, options?: Parameters<typeof parseTimescale>[1]): string | undefined {
  const t = parseTimescale(text, options);
  return t.kind === "date" || t.kind === "milestones" ? t.due : undefined;
}

describe("targets from the Kingston 2019 plan (seed 001)", () => {
  const cases: [string, string, Partial<Extract<Timescale, { kind: "date" }>>][] = [
    ["March 2019", "2019-03-31", { precision: "month", start: "2019-03-01" }],
    ["July 2019", "2019-07-31", { precision: "month" }],
    ["April 2020", "2020-04-30", { precision: "month" }],
    ["Dec 2019", "2019-12-31", { precision: "month" }],
    ["October 2019", "2019-10-31", { precision: "month" }],
    ["September 2019", "2019-09-30", { precision: "month" }],
    ["April 2019", "2019-04-30", { precision: "month" }],
    ["December 2019", "2019-12-31", { precision: "month" }],
    ["Sept 2019", "2019-09-30", { precision: "month" }],
    ["April 2022", "2022-04-30", { precision: "month" }],
    ["June 2019", "2019-06-30", { precision: "month" }],
    ["Feb 2019", "2019-02-28", { precision: "month" }],
    ["Summer 2019", "2019-08-31", { precision: "season", start: "2019-06-01" }],
    ["Autumn 19", "2019-11-30", { precision: "season", start: "2019-09-01" }],
    ["Spring 2019", "2019-05-31", { precision: "season", start: "2019-03-01" }],
  ];
  for (const [text, expected, extra] of cases) {
    it(`"${text}" is due ${expected}`, () => {
      const t = parseTimescale(text);
      expect(t).toMatchObject({ kind: "date", text, due: expected, ...extra });
      expect(t).not.toHaveProperty("continuing");
    });
  }

  it('"Nov 2019 and ongoing" is due 2019-11-30 and then continues', () => {
    expect(parseTimescale("Nov 2019 and ongoing")).toEqual({
      kind: "date",
      text: "Nov 2019 and ongoing",
      start: "2019-11-01",
      due: "2019-11-30",
      precision: "month",
      continuing: true,
    });
  });

  it('"Ongoing" is an ongoing commitment with no due date', () => {
    expect(parseTimescale("Ongoing")).toEqual({ kind: "ongoing", text: "Ongoing" });
  });

  it('"Annual" is a recurring commitment', () => {
    expect(parseTimescale("Annual")).toEqual({ kind: "recurring", text: "Annual", frequency: "annual" });
  });

  it('"In progress" in the target column (activity 21.5) is recognised as a status', () => {
    expect(parseTimescale("In progress")).toEqual({ kind: "status", text: "In progress", status: "in-progress" });
  });

  it("a missing target (activity 21.4) is unknown, with a reason", () => {
    expect(parseTimescale("")).toEqual({ kind: "unknown", text: "", reason: "no timescale is given", cause: "empty" });
  });
});

describe("timescales from the West Norfolk 2024 plan (seed 004)", () => {
  it('"Working Group – March 2024 Final strategy – October 2024" is two milestones, due 2024-10-31', () => {
    expect(parseTimescale("Working Group – March 2024 Final strategy – October 2024")).toEqual({
      kind: "milestones",
      text: "Working Group – March 2024 Final strategy – October 2024",
      start: "2024-03-01",
      due: "2024-10-31",
      milestones: [
        { label: "Working Group", text: "March 2024", start: "2024-03-01", due: "2024-03-31", precision: "month" },
        { label: "Final strategy", text: "October 2024", start: "2024-10-01", due: "2024-10-31", precision: "month" },
      ],
    });
  });

  it('"April-Sept 2024" runs from April and is due at the end of September', () => {
    expect(parseTimescale("April-Sept 2024")).toMatchObject({ kind: "date", start: "2024-04-01", due: "2024-09-30", precision: "month" });
  });
  it('"April-June 2024" is due 2024-06-30', () => expect(due("April-June 2024")).toBe("2024-06-30"));
  it('"June-July 2024" is due 2024-07-31', () => expect(due("June-July 2024")).toBe("2024-07-31"));
  it('"May 2024" is due 2024-05-31', () => expect(due("May 2024")).toBe("2024-05-31"));
  it('"July 2024" is due 2024-07-31', () => expect(due("July 2024")).toBe("2024-07-31"));
  it('"March 2024" is due 2024-03-31', () => expect(due("March 2024")).toBe("2024-03-31"));
  it('"March 2023" (a date before the CPC, as published) is due 2023-03-31', () => expect(due("March 2023")).toBe("2023-03-31"));
  it('"Sept 2024" is due 2024-09-30', () => expect(due("Sept 2024")).toBe("2024-09-30"));
  it('"December 2024" is due 2024-12-31', () => expect(due("December 2024")).toBe("2024-12-31"));
  it('"February 2024" is due 2024-02-29 (a leap year)', () => expect(due("February 2024")).toBe("2024-02-29"));
  it('"Spring 2024" is due 2024-05-31', () => expect(due("Spring 2024")).toBe("2024-05-31"));
  it('"Summer 2024" is due 2024-08-31', () => expect(due("Summer 2024")).toBe("2024-08-31"));
  it('"Autumn 2024" is due 2024-11-30', () => expect(due("Autumn 2024")).toBe("2024-11-30"));
  it('"February/March 2024" takes the later month: due 2024-03-31', () => {
    expect(parseTimescale("February/March 2024")).toMatchObject({ kind: "date", due: "2024-03-31", precision: "month" });
  });
  it('"By December 2024" is due 2024-12-31', () => expect(due("By December 2024")).toBe("2024-12-31"));
  it('"Completed" in the timescale column is the status complete', () => {
    expect(parseTimescale("Completed")).toEqual({ kind: "status", text: "Completed", status: "complete" });
  });
  it('"Spring 2024 Summer 2024 Summer 2024" (one cell, three steps) is three milestones due 2024-08-31', () => {
    const t = parseTimescale("Spring 2024 Summer 2024 Summer 2024");
    expect(t.kind).toBe("milestones");
    expect(t.kind === "milestones" && t.milestones.map((m) => m.due)).toEqual(["2024-05-31", "2024-08-31", "2024-08-31"]);
    expect(due("Spring 2024 Summer 2024 Summer 2024")).toBe("2024-08-31");
  });
  it('"February 2024 April 2024 May 2024 Ongoing" is milestones to 2024-05-31 that then continue', () => {
    expect(parseTimescale("February 2024 April 2024 May 2024 Ongoing")).toMatchObject({
      kind: "milestones",
      due: "2024-05-31",
      continuing: true,
    });
  });
});

describe("UK local government conventions", () => {
  it("a year is due on 31 December", () => expect(due("2024")).toBe("2024-12-31"));
  it("the financial year 2024/25 runs 1 April 2024 to 31 March 2025", () => {
    expect(parseTimescale("2024/25")).toMatchObject({ start: "2024-04-01", due: "2025-03-31", precision: "financial-year" });
    expect(due("2024/2025")).toBe("2025-03-31");
    expect(due("2024-25")).toBe("2025-03-31");
    expect(due("FY24/25")).toBe("2025-03-31");
  });
  it("financial quarters start in April: Q3 2024/25 is October to December 2024", () => {
    expect(parseTimescale("Q3 2024/25")).toMatchObject({ start: "2024-10-01", due: "2024-12-31", precision: "quarter" });
    expect(due("Q1 2024/25")).toBe("2024-06-30");
    expect(due("Q2 2024/25")).toBe("2024-09-30");
    expect(due("Q4 2024/25")).toBe("2025-03-31");
  });
  it("Q1 2024 with one year is a calendar quarter unless financial quarters are asked for", () => {
    expect(parseTimescale("Q1 2024")).toMatchObject({ start: "2024-01-01", due: "2024-03-31" });
    expect(parseTimescale("Q1 2024", { quarters: "financial" })).toMatchObject({ start: "2024-04-01", due: "2024-06-30" });
    expect(parseTimescale("Q4 2024", { quarters: "financial" })).toMatchObject({ start: "2025-01-01", due: "2025-03-31" });
  });
  it("seasons are meteorological, and winter 2024 ends on 28 February 2025", () => {
    expect(parseTimescale("Winter 2024")).toMatchObject({ start: "2024-12-01", due: "2025-02-28" });
    expect(parseTimescale("Winter 2023")).toMatchObject({ due: "2024-02-29" });
    expect(parseTimescale("Winter 2024/25")).toMatchObject({ start: "2024-12-01", due: "2025-02-28" });
  });
  it("numeric dates are day first: 31/03/2024 is 31 March", () => {
    expect(parseTimescale("31/03/2024")).toMatchObject({ due: "2024-03-31", precision: "day" });
    expect(due("01/04/24")).toBe("2024-04-01");
    expect(due("2024-03-31")).toBe("2024-03-31");
    expect(due("31st March 2024")).toBe("2024-03-31");
  });
  it("two-digit years are 20xx: Oct 24 is October 2024", () => {
    expect(parseTimescale("Oct 24")).toMatchObject({ due: "2024-10-31", precision: "month" });
  });
  it("ranges across a year end start in the earlier year", () => {
    expect(parseTimescale("Nov-Feb 2025")).toMatchObject({ start: "2024-11-01", due: "2025-02-28" });
    expect(parseTimescale("April 2024 - March 2025")).toMatchObject({ start: "2024-04-01", due: "2025-03-31" });
  });
  it('"X onwards" and "from X" are dated X and continue', () => {
    expect(parseTimescale("June 2024 onwards")).toMatchObject({ due: "2024-06-30", continuing: true });
    expect(parseTimescale("From September 2024")).toMatchObject({ due: "2024-09-30", continuing: true });
  });
  it("leap years and year ends: 29/02/2024 exists, 29/02/2023 does not", () => {
    expect(due("29/02/2024")).toBe("2024-02-29");
    expect(parseTimescale("29/02/2023")).toMatchObject({ kind: "unknown" });
    expect(due("31/12/2024")).toBe("2024-12-31");
    expect(due("February 2100")).toBe("2100-02-28");
    expect(due("February 2000")).toBe("2000-02-29");
  });
  it("a text with no year is resolved against a reference date, or is unknown", () => {
    expect(parseTimescale("March")).toMatchObject({ kind: "unknown" });
    expect(due("March", { reference: "2024-03-15" })).toBe("2024-03-31");
    expect(due("March", { reference: "2024-04-01" })).toBe("2025-03-31");
    expect(due("April-June", { reference: "2024-02-01" })).toBe("2024-06-30");
  });
  it("TBC and prose with no date are unknown, each with a reason", () => {
    expect(parseTimescale("TBC")).toEqual({ kind: "unknown", text: "TBC", reason: "the target is still to be confirmed", cause: "to-be-confirmed" });
    expect(parseTimescale("When funding allows")).toMatchObject({ kind: "unknown", reason: expect.any(String) });
  });
  it("never throws, whatever it is given", () => {
    for (const text of ["", " ", "-", "/", "Q", "Q9 2024", "99/99/9999", "2024/", "\u0000", "March ".repeat(1000)]) {
      expect(() => parseTimescale(text)).not.toThrow();
    }
    expect(parseTimescale(42 as unknown as string)).toMatchObject({ kind: "unknown" });
  });
  it.each(["constructor", "toString", "valueOf", "__proto__", "hasOwnProperty"])("reads %s as a plain word, not a property of Object.prototype", (name) => {
    expect(parseTimescale(name)).toMatchObject({ kind: "unknown", text: name, cause: "unrecognised" });
    expect(parseTimescale(`${name} 2024`)).toEqual({ kind: "date", text: `${name} 2024`, start: "2024-01-01", due: "2024-12-31", precision: "year" });
    expect(parseTimescale(`Phase 1 ${name} 2024`)).toMatchObject({ kind: "date", start: "2024-01-01", precision: "year" });
  });
});

describe("dueDate", () => {
  it("an explicit due overrides the timescale", () => {
    expect(dueDate({ id: "1.1", recommendation: "R1", title: "x", timescale: "March 2024", due: "2024-04-15" })).toBe("2024-04-15");
  });
  it("an action with no dated timescale is due when its last dated step is", () => {
    expect(
      dueDate({
        id: "2.1",
        recommendation: "R2",
        title: "Review and improve current arrangements for internal communications",
        steps: [
          { id: "a", text: "a", timescale: "Spring 2024" },
          { id: "b", text: "b", timescale: "Spring 2024" },
          { id: "c", text: "c", timescale: "December 2024" },
        ],
      }),
    ).toBe("2024-12-31");
  });
  it("a step is due by its own timescale", () => {
    expect(dueDate({ id: "b", text: "Implement an Employee Assistance Programme", timescale: "Spring 2024" })).toBe("2024-05-31");
  });
  it("gives undefined for ongoing work and for no target", () => {
    expect(dueDate({ id: "5.1", recommendation: "R5", title: "x", timescale: "Ongoing" })).toBeUndefined();
    expect(dueDate({ id: "21.4", recommendation: "R21", title: "x" })).toBeUndefined();
  });
});

describe("a step's date from the letter its action's target gives it", () => {
  const action = {
    id: "3.1",
    recommendation: "R3",
    title: "Refresh the workforce strategy",
    status: "not-started" as const,
    timescale: "a. July 2025 b. October 2025",
    steps: [
      { id: "a", text: "Consult staff" },
      { id: "b.", text: "Adopt the strategy" },
      { id: "c", text: "Review", timescale: "March 2026" },
    ],
  };
  it("steps a and b take July and October 2025; a step with its own timescale keeps it", async () => {
    const { stepDueDate } = await import("../src/index.js");
    expect(action.steps.map((s) => stepDueDate(action, s))).toEqual(["2025-07-31", "2025-10-31", "2026-03-31"]);
  });
  it("step a is overdue by its lettered date: 15 days on 15 August 2025, before the action is", async () => {
    const { overdueActions, overdueSteps } = await import("../src/index.js");
    const plan = {
      schemaVersion: 1 as const,
      council: { name: "T" },
      peerChallenge: { start: "2025-01-01" },
      recommendations: [{ id: "R3", title: "r" }],
      actions: [action],
    };
    // The action is due at its last milestone (31 October), so it is not overdue; step a was due 31 July.
    expect(overdueActions(plan, { asOf: "2025-08-15" })).toEqual([]);
    expect(overdueSteps(plan, { asOf: "2025-08-15" }).map((s) => [s.step.id, s.daysOverdue])).toEqual([["a", 15]]);
    // 31 July to 5 November: 31 + 30 + 31 + 5 = 97 days; 31 October to 5 November: 5.
    const late = overdueActions(plan, { asOf: "2025-11-05" });
    expect(late[0]?.overdueSteps.map((s) => [s.step.id, s.due, s.daysOverdue])).toEqual([
      ["a", "2025-07-31", 97],
      ["b.", "2025-10-31", 5],
    ]);
  });
});
