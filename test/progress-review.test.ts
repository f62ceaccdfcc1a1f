import { beforeAll, describe, expect, it } from "vitest";
import { cpcCalendar, progressHeadline, type ActionPlan, type Status } from "../src/index.js";
import { progressReviewSchema } from "../src/schema/index.js";
import { existsSync } from "node:fs";
import { deepFreeze, examplePath, loadPlan, readExample } from "./helpers.js";

// Built in beforeAll, not at load, so that mutation testing can tell which tests use them.
let westNorfolk: ActionPlan;
beforeAll(() => {
  westNorfolk = deepFreeze(loadPlan("west-norfolk-2024.json"));
});

const review = readExample("progress-reviews/west-norfolk-2024.json") as Record<string, unknown>;

describe("the West Norfolk progress review (seed 002)", () => {
  it("is a valid progress review, linked to its action plan", () => {
    const r = progressReviewSchema.safeParse(review);
    expect(r.success).toBe(true);
    expect(review["plan"]).toBe("../west-norfolk-2024.json");
    expect(existsSync(examplePath("progress-reviews/../west-norfolk-2024.json"))).toBe(true);
    expect(r.data?.review).toEqual({ start: "2024-06-26", end: "2024-06-27" });
    expect(r.data?.peers.map((p) => p.role)).toEqual(["Member Peer", "Member Peer", "Chief Executive Peer", "LGA Peer Challenge Manager"]);
    expect(r.data?.headline).toMatchObject({ completed: 15, expectedProgress: 75, notProgressed: 10 });
  });

  it("groups all eight recommendations of the plan under its five headings, each once", () => {
    const r = progressReviewSchema.parse(review);
    const grouped = r.headings!.flatMap((h) => h.recommendations);
    expect(grouped).toEqual(westNorfolk.recommendations.map((x) => x.id));
    expect(r.findings.flatMap((f) => f.recommendations)).toEqual(grouped);
  });

  it("took place about ten months after the October 2023 CPC, and reported within the year", () => {
    const c = cpcCalendar("2023-10");
    expect(review["review"]).toMatchObject({ start: "2024-06-26" });
    expect("2024-06-26" <= c.progressReview).toBe(true);
    expect(c.progressReviewReportDue).toBe("2024-10-31");
  });
});

describe("progressHeadline", () => {
  const plan = (statuses: (Status | undefined)[], timescale = "December 2024"): ActionPlan => ({
    schemaVersion: 1,
    council: { name: "Test" },
    peerChallenge: { start: "2023-10" },
    recommendations: [{ id: "R1", title: "r" }],
    actions: statuses.map((status, i) => ({ id: String(i + 1), recommendation: "R1", title: "a", timescale, ...(status ? { status } : {}) })),
  });

  it("reproduces West Norfolk's published 15 / 75 / 10 from 20 actions: 3 complete, 15 on track, 2 not started", () => {
    const twenty = plan([...Array<Status>(3).fill("complete"), ...Array<Status>(15).fill("in-progress"), "not-started", undefined]);
    expect(progressHeadline(twenty, { asOf: "2024-06-26" })).toEqual({
      total: 20,
      completed: { count: 3, percent: 15 },
      expectedProgress: { count: 15, percent: 75 },
      notProgressed: { count: 2, percent: 10 },
      excluded: 0,
      overdueInProgress: 0,
      // 19 statuses given; the last action has none and nothing else: a plan as first published counts it not started.
      from: { status: 19, rag: 0, percent: 0, update: 0, none: 1 },
      unrecognised: 0,
    });
  });

  it("shows the published figures cannot come from the 24 actions of the published plan", () => {
    // every split of 24 actions: none rounds to 15 / 75 / 10
    const hits: number[][] = [];
    for (let c = 0; c <= 24; c++) {
      for (let e = 0; c + e <= 24; e++) {
        const h = progressHeadline(
          plan([...Array<Status>(c).fill("complete"), ...Array<Status>(e).fill("in-progress"), ...Array<Status>(24 - c - e).fill("not-started")]),
          { asOf: "2024-06-26" },
        );
        if (h.completed.percent === 15 && h.expectedProgress.percent === 75 && h.notProgressed.percent === 10) hits.push([c, e]);
      }
    }
    expect(hits).toEqual([]);
  });

  it("counts an overdue action under way as not progressed, unless asked otherwise", () => {
    const p = plan(["in-progress", "in-progress", "ongoing", "complete"], "March 2024");
    expect(progressHeadline(p, { asOf: "2024-06-26" })).toMatchObject({ expectedProgress: { count: 1 }, notProgressed: { count: 2 }, overdueInProgress: 2 });
    expect(progressHeadline(p, { asOf: "2024-06-26", overdueCountsAs: "expected-progress" })).toMatchObject({
      expectedProgress: { count: 3 },
      notProgressed: { count: 0 },
    });
  });

  it("puts on-hold actions under not progressed and leaves cancelled ones out", () => {
    expect(progressHeadline(plan(["on-hold", "cancelled", "in-progress"]), { asOf: "2024-06-26" })).toMatchObject({
      total: 2,
      excluded: 1,
      notProgressed: { count: 1, percent: 50 },
      expectedProgress: { count: 1, percent: 50 },
    });
  });

  it("on the published West Norfolk plan, which has no statuses, says nothing has progressed", () => {
    expect(progressHeadline(westNorfolk, { asOf: "2024-06-26" })).toMatchObject({ total: 24, notProgressed: { count: 24, percent: 100 } });
  });
});

describe("cpcCalendar", () => {
  it("gives Kingston's timetable from its CPC of 7 January 2019, next CPC by January 2024", () => {
    expect(cpcCalendar("2019-01-07")).toEqual({
      from: "2019-01-07",
      actionPlanDue: "2019-04-07",
      actionPlanLatest: "2019-06-07",
      progressReview: "2019-11-07",
      progressReviewReportDue: "2020-01-07",
      nextCpcDue: "2024-01-07",
    });
  });
  it("clamps to month ends: a CPC on 31 May has its plan due on 31 August", () => {
    expect(cpcCalendar("2024-05-31")).toMatchObject({ actionPlanDue: "2024-08-31", actionPlanLatest: "2024-10-31", progressReview: "2025-03-31" });
  });
  it("clamps to February: 30 November + 3 months is 28 February, or the 29th in a leap year", () => {
    expect(cpcCalendar("2022-11-30").actionPlanDue).toBe("2023-02-28");
    expect(cpcCalendar("2023-11-30").actionPlanDue).toBe("2024-02-29");
    expect(cpcCalendar("2024-02-29").nextCpcDue).toBe("2029-02-28");
  });
  it("counts a CPC known only by its month from the month's end", () => {
    expect(cpcCalendar("2023-10")).toMatchObject({
      from: "2023-10-31",
      actionPlanDue: "2024-01-31",
      actionPlanLatest: "2024-03-31",
      progressReview: "2024-08-31",
    });
  });
  it("rejects what is not a date", () => {
    expect(() => cpcCalendar("October 2023")).toThrow(RangeError);
    expect(() => cpcCalendar("2023-02-30")).toThrow(/not a date/);
  });
});
