import { fc, test } from "@fast-check/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import {
  overdueActions,
  periodsBetween,
  planAsOf,
  progressHeadline,
  progressSeries,
  quarterOf,
  ragSummary,
  rescheduleAction,
  statusSummary,
  updateAction,
  type ActionPlan,
} from "../src/index.js";
import { deepFreeze, loadPlan } from "./helpers.js";
import { calendarDate, plan as planArbitrary } from "./properties/arbitraries.js";

let kingston: ActionPlan;
beforeAll(() => {
  kingston = deepFreeze(loadPlan("kingston-2019.json"));
});

describe("quarterOf and periodsBetween", () => {
  it("name calendar and financial quarters, which end on the same days", () => {
    const both = (d: string) => [quarterOf(d), quarterOf(d, { quarters: "financial" }).label];
    expect(both("2025-01-01")).toEqual([{ label: "Q1 2025", start: "2025-01-01", end: "2025-03-31" }, "Q4 2024/25"]);
    expect(both("2025-03-31")).toEqual([{ label: "Q1 2025", start: "2025-01-01", end: "2025-03-31" }, "Q4 2024/25"]);
    expect(both("2025-04-01")).toEqual([{ label: "Q2 2025", start: "2025-04-01", end: "2025-06-30" }, "Q1 2025/26"]);
    expect(both("2025-08-15")).toEqual([{ label: "Q3 2025", start: "2025-07-01", end: "2025-09-30" }, "Q2 2025/26"]);
    expect(both("2025-12-31")).toEqual([{ label: "Q4 2025", start: "2025-10-01", end: "2025-12-31" }, "Q3 2025/26"]);
    // The turn of the century: 1999/00.
    expect(quarterOf("2000-02-29", { quarters: "financial" }).label).toBe("Q4 1999/00");
  });

  it("list months and quarters across a year end, from the period of the first date to that of the last", () => {
    expect(periodsBetween("2024-11-15", "2025-02-01", { every: "month" })).toEqual([
      { label: "November 2024", start: "2024-11-01", end: "2024-11-30" },
      { label: "December 2024", start: "2024-12-01", end: "2024-12-31" },
      { label: "January 2025", start: "2025-01-01", end: "2025-01-31" },
      { label: "February 2025", start: "2025-02-01", end: "2025-02-28" },
    ]);
    expect(periodsBetween("2024-02-10", "2024-07-01", { quarters: "financial" }).map((p) => p.label)).toEqual(["Q4 2023/24", "Q1 2024/25", "Q2 2024/25"]);
    expect(periodsBetween("2024-06-30", "2024-06-30").map((p) => p.label)).toEqual(["Q2 2024"]);
  });

  it("refuse what is not a span, saying why", () => {
    expect(() => periodsBetween("2024-07-01", "2024-06-30")).toThrow("periodsBetween: to (2024-06-30) is before from (2024-07-01)");
    expect(() => periodsBetween("2024-13-01", "2024-12-31")).toThrow('periodsBetween: from must be a date written YYYY-MM-DD, not "2024-13-01"');
    expect(() => periodsBetween("1900-01-01", "2024-12-31", { every: "month" })).toThrow(
      "periodsBetween: from 1900-01-01 to 2024-12-31 is more than 1200 periods",
    );
    expect(() => periodsBetween("2024-01-01", "2024-12-31", { every: "week" as "month" })).toThrow(
      'periodsBetween: every must be "month" or "quarter", not "week"',
    );
    expect(() => quarterOf("31/03/2025")).toThrow('quarterOf: the date must be a date written YYYY-MM-DD, not "31/03/2025"');
  });
});

describe("progressSeries on the Kingston plan, activity 16 rescheduled on 15 July 2019", () => {
  // Overdue at each month end in the file, counted from examples/kingston-2019.json (targets
  // before the date, not complete or ongoing):
  //   31 May: 3 and 17 (April 2019), 16 and 16.1 (Feb 2019) = 4 (20.1, Spring, ends that day)
  //   30 June: those and 20.1 = 5 (8.2, June 2019, ends that day)
  //   31 July: those and 8.2 = 6 (1.1 and 21.5, July 2019, end that day)
  //   31 August: those and 1.1 and 21.5 = 8 (18 and 18.2, Summer 2019, end that day)
  // Moved to December 2019 on 15 July, 16 is overdue in May and June only.
  let moved: ActionPlan;
  beforeAll(() => {
    moved = rescheduleAction(kingston, "16", { date: "2019-07-15", timescale: "December 2019" });
  });

  it("counts each month as of its own end, undoing the reschedule before it", () => {
    const points = progressSeries(moved, { from: "2019-05-01", to: "2019-08-31", every: "month" });
    expect(points.map((p) => [p.period.label, p.asOf, p.overdue])).toEqual([
      ["May 2019", "2019-05-31", 4],
      ["June 2019", "2019-06-30", 5],
      ["July 2019", "2019-07-31", 5],
      ["August 2019", "2019-08-31", 7],
    ]);
    // Before the reschedule the series agrees with the original file; after it, one fewer.
    for (const p of points) {
      const inFile = overdueActions(kingston, { asOf: p.asOf }).length;
      expect([p.asOf, p.overdue]).toEqual([p.asOf, p.asOf < "2019-07-15" ? inFile : inFile - 1]);
    }
  });

  it("gives each point the headline and summaries of the plan as of that date", () => {
    for (const p of progressSeries(moved, { from: "2019-04-01", to: "2019-12-31", quarters: "financial" })) {
      const then = planAsOf(moved, p.asOf);
      expect(p.headline).toEqual(progressHeadline(then, { asOf: p.asOf }));
      expect(p.status).toEqual(statusSummary(then, { asOf: p.asOf }));
      expect(p.rag).toEqual(ragSummary(then, { asOf: p.asOf }));
    }
  });

  it("counts a period not yet over as of the series' last day", () => {
    const points = progressSeries(moved, { from: "2019-06-01", to: "2019-08-10" });
    expect(points.map((p) => [p.period.label, p.asOf])).toEqual([
      ["Q2 2019", "2019-06-30"],
      ["Q3 2019", "2019-08-10"],
    ]);
  });
});

describe("progressSeries from a plan's own history", () => {
  // Three actions, updated through the year: a counted history, written by hand.
  //   A: not started; in progress 10 May; complete 20 August.
  //   B: in progress from the start, due May 2024; rescheduled 1 July to December 2024.
  //   C: not started; on hold 5 November.
  const base: ActionPlan = {
    schemaVersion: 1,
    publishedOn: "2024-04",
    recommendations: [{ id: "R1", title: "Improve governance" }],
    actions: [
      { id: "A", recommendation: "R1", title: "Adopt a new constitution", timescale: "September 2024", status: "not-started" },
      { id: "B", recommendation: "R1", title: "Train members", timescale: "May 2024", status: "in-progress" },
      { id: "C", recommendation: "R1", title: "Review committees", timescale: "March 2025", status: "not-started" },
    ],
  };
  let history: ActionPlan;
  beforeAll(() => {
    let p = updateAction(base, "A", { date: "2024-05-10", status: "in-progress" });
    p = rescheduleAction(p, "B", { date: "2024-07-01", timescale: "December 2024" });
    p = updateAction(p, "A", { date: "2024-08-20", status: "complete" });
    history = updateAction(p, "C", { date: "2024-11-05", status: "on-hold" });
  });

  it("starts at the plan's publication and gives the headline of each quarter", () => {
    const points = progressSeries(history, { to: "2024-12-31", quarters: "financial" });
    // Q1 (30 June): A in progress (September, not due); B in progress but overdue (May):
    //   not progressed; C not started. Completed 0, expected 1 (A), not progressed 2.
    // Q2 (30 Sept): A complete; B moved to December: expected; C not started: 1, 1, 1.
    // Q3 (31 Dec): A complete; B due 31 December, not overdue on the day: expected; C on hold: 1, 1, 1.
    expect(
      points.map((p) => [p.period.label, p.headline.completed.count, p.headline.expectedProgress.count, p.headline.notProgressed.count, p.overdue]),
    ).toEqual([
      ["Q1 2024/25", 0, 1, 2, 1],
      ["Q2 2024/25", 1, 1, 1, 0],
      ["Q3 2024/25", 1, 1, 1, 0],
    ]);
    expect(points.map((p) => p.status.counts["on-hold"])).toEqual([0, 0, 1]);
  });
});

describe("progressSeries from snapshots", () => {
  const plan = (publishedOn: string | undefined, status: "not-started" | "in-progress" | "complete"): ActionPlan => ({
    schemaVersion: 1,
    ...(publishedOn !== undefined ? { publishedOn } : {}),
    recommendations: [{ id: "R1", title: "Improve governance" }],
    actions: [{ id: "1", recommendation: "R1", title: "Adopt a new constitution", timescale: "September 2024", status }],
  });

  it("reads each quarter from the latest snapshot on or before its end, in date order whatever the order given", () => {
    const july = { date: "2024-07-15", plan: plan(undefined, "in-progress") };
    const march = plan("2024-03", "not-started"); // dated by its publication: 31 March 2024
    const november = { date: "2024-11-02", plan: plan(undefined, "complete") };
    const points = progressSeries([november, march, july]);
    // From the first snapshot's date (31 March) to the last's (2 November): Q1 to Q4 2024.
    // Q1 as of 31 March: the March file. Q2 (30 June): still March's. Q3 (30 Sept): July's,
    // overdue (September, in progress). Q4, as of 2 November: November's, complete.
    expect(points.map((p) => [p.period.label, p.asOf, p.source, p.status.counts["in-progress"], p.overdue, p.headline.completed.count])).toEqual([
      ["Q1 2024", "2024-03-31", 1, 0, 0, 0],
      ["Q2 2024", "2024-06-30", 1, 0, 0, 0],
      ["Q3 2024", "2024-09-30", 2, 1, 0, 0],
      ["Q4 2024", "2024-11-02", 0, 0, 0, 1],
    ]);
  });

  it("has no point before the first snapshot, rather than one made up", () => {
    const points = progressSeries([{ date: "2024-07-15", plan: plan(undefined, "in-progress") }], { from: "2024-01-01", to: "2024-10-31" });
    expect(points.map((p) => p.period.label)).toEqual(["Q3 2024", "Q4 2024"]);
    // Q3 as of 30 September: the September target ends that day, so not yet overdue; Q4 as of 31 October: 1.
    expect(points.map((p) => p.overdue)).toEqual([0, 1]);
  });

  it("refuses snapshots it cannot place", () => {
    expect(() => progressSeries([plan(undefined, "complete")])).toThrow(
      "progressSeries: plan 1 has no date (no dated update and no publishedOn): give it as { date, plan }",
    );
    expect(() => progressSeries([plan("2024-03", "complete"), { date: "2024-03-31", plan: plan(undefined, "complete") }])).toThrow(
      "progressSeries: plans 1 and 2 are both dated 2024-03-31",
    );
    expect(() => progressSeries([])).toThrow("progressSeries: no plans given");
    expect(() => progressSeries(plan("2024-03", "complete"), { from: "2024-01-01", to: "2024-12-31", asOf: "2024-06-30" } as object)).not.toThrow();
  });
});

describe("progressSeries agrees with the functions it is made of", () => {
  test.prop([
    planArbitrary().filter((p) => p.actions.length > 0),
    fc.array(fc.tuple(fc.nat(), calendarDate, fc.constantFrom("not-started", "in-progress", "complete", "on-hold", "June 2024", "Q3 2024/25", "2024-11-30")), {
      maxLength: 6,
    }),
  ])("each point is the headline, summaries and overdue count of planAsOf as of its date, through updates and reschedules", (p, changes) => {
    let history = p;
    for (const [at, date, change] of [...changes].sort((a, b) => (a[1] < b[1] ? -1 : 1))) {
      const id = p.actions[at % p.actions.length]!.id;
      const last = history.actions.find((a) => a.id === id)!.updates?.at(-1)?.date;
      if (last !== undefined && last > date) continue;
      if (change === "not-started" || change === "in-progress" || change === "complete" || change === "on-hold")
        history = updateAction(history, id, { date, status: change });
      else if (change.startsWith("2024-")) history = rescheduleAction(history, id, { date, due: change });
      else history = rescheduleAction(history, id, { date, timescale: change });
    }
    const points = progressSeries(history, { from: "2023-10-01", to: "2025-03-31", every: "quarter" });
    expect(points).toHaveLength(6);
    for (const point of points) {
      const then = planAsOf(history, point.asOf);
      expect(point.headline).toEqual(progressHeadline(then, { asOf: point.asOf }));
      expect(point.status).toEqual(statusSummary(then, { asOf: point.asOf }));
      expect(point.overdue).toBe(overdueActions(then, { asOf: point.asOf }).length);
    }
  });
});
