import { beforeAll, describe, expect, it } from "vitest";
import { overdueActions, portfolioSummary, progressHeadline, ragSummary, statusSummary, type ActionPlan, type Action } from "../src/index.js";
import { deepFreeze, loadPlan } from "./helpers.js";

let kingston: ActionPlan;
let westNorfolk: ActionPlan;
beforeAll(() => {
  kingston = deepFreeze(loadPlan("kingston-2019.json"));
  westNorfolk = deepFreeze(loadPlan("west-norfolk-2024.json"));
});

const plan = (over: Partial<ActionPlan> & { actions: readonly Action[] }): ActionPlan => ({
  schemaVersion: 1,
  recommendations: [{ id: "R1", title: "Strengthen the council's governance" }],
  ...over,
});

// Hand counts (test/statistics.test.ts counts both plans from their sources):
// Kingston (seed 001), 54 activities: 1 complete, 48 in progress, 1 ongoing, 4 not started
// (2 with no status). As of 30 June 2019 five are overdue (16, 16.1, 3, 17, 20.1), all in
// progress. West Norfolk (seed 004), 24 actions with no status: all not started; its targets
// are 2023 or later, so on 30 June 2019 none is overdue.
describe("Kingston and West Norfolk together, as of 30 June 2019", () => {
  const asOf = "2019-06-30";

  it("gives each plan its own row, in the order given", () => {
    const p = portfolioSummary([westNorfolk, kingston], { asOf });
    expect(p.asOf).toBe(asOf);
    expect(p.plans.map((r) => [r.council, r.actions, r.overdue])).toEqual([
      ["Borough Council of King's Lynn and West Norfolk", 24, 0],
      ["Royal Borough of Kingston upon Thames", 54, 5],
    ]);
    expect(p.plans[1]!.cpcStart).toBe("2019-01-07");
    expect(p.plans[0]!.cpcStart).toBe("2023-10");
  });

  it("totals the counts: 78 actions, 5 overdue", () => {
    const { total } = portfolioSummary([kingston, westNorfolk], { asOf });
    expect(total.plans).toBe(2);
    expect(total.actions).toBe(78); // 54 + 24
    expect(total.overdue).toBe(5); // 5 + 0
  });

  it("computes the total headline from the summed counts, not by averaging the plans' percentages", () => {
    const { total } = portfolioSummary([kingston, westNorfolk], { asOf });
    // Kingston: completed 1; expected 48 + 1 - 5 overdue = 44; not 4 + 5 = 9.
    // West Norfolk: 24 not yet progressed. Sum: 1 / 44 / 33 of 78.
    // 1.28 / 56.41 / 42.31: floors 1 / 56 / 42 (99), the spare unit to .41: 1 / 57 / 42.
    expect(total.headline).toEqual({
      total: 78,
      completed: { count: 1, percent: 1 },
      expectedProgress: { count: 44, percent: 57 },
      notProgressed: { count: 33, percent: 42 },
      excluded: 0,
      overdueInProgress: 5,
      // What the figures come from: Kingston's 52 statuses (its 54 but 9 and 21.4, which have
      // none, and no RAG column), and nothing known of West Norfolk's 24 as first published.
      from: { status: 52, rag: 0, percent: 0, update: 0, none: 26 },
      unrecognised: 0,
    });
    // The average of the plans' own percentages (2/81/17 and 0/0/100) would be 1/40.5/58.5.
  });

  it("computes the total status and RAG percentages from the summed counts", () => {
    const { total } = portfolioSummary([kingston, westNorfolk], { asOf });
    // not started 4 + 24 = 28, in progress 48, complete 1, ongoing 1: 78.
    // 35.90 / 61.54 / 1.28 / 1.28: floors 35 / 61 / 1 / 1 (98); .90 and .54 take the two spare units.
    expect(total.status.counts).toEqual({ "not-started": 28, "in-progress": 48, complete: 1, ongoing: 1, "on-hold": 0, cancelled: 0 });
    expect(total.status.percentages).toEqual({ "not-started": 36, "in-progress": 62, complete: 1, ongoing: 1, "on-hold": 0, cancelled: 0 });
    expect(total.status.noStatus).toBe(26); // Kingston's 9 and 21.4, and West Norfolk's 24
    // RAG, all derived: Kingston 5 red, 49 green; West Norfolk 24 green (nothing due within 30 days).
    // 6.41 / 93.59: 6 / 94.
    expect(total.rag.counts).toEqual({ red: 5, amber: 0, green: 73, blue: 0 });
    expect(total.rag.percentages).toEqual({ red: 6, amber: 0, green: 94, blue: 0 });
    expect(total.rag.derived).toBe(78);
    expect(total.rag.scheme).toBe("rag");
  });

  it("counts recommendations by current theme, Kingston's previous themes mapped to their counterparts", () => {
    const { themes } = portfolioSummary([kingston, westNorfolk], { asOf });
    // Kingston: R9-R16 (8 recommendations, 13 activities) organisational leadership and governance,
    // which is now two themes; R3-R8 (6, 17) financial planning and viability; R17-R20 (4, 8)
    // capacity to deliver; R1, R2, R21 (3, 16) no theme. West Norfolk: 8 recommendations, 24
    // actions, no themes.
    expect(themes.map((t) => [t.key, t.plans, t.recommendations, t.actions, t.overdue])).toEqual([
      ["local-priorities-and-outcomes", 0, 0, 0, 0],
      ["organisational-and-place-leadership", 1, 8, 13, 2], // 16 and 16.1 overdue
      ["governance-and-culture", 1, 8, 13, 2],
      ["financial-planning-and-management", 1, 6, 17, 1], // 3
      ["capacity-for-improvement", 1, 4, 8, 2], // 17 and 20.1
      ["unassigned", 2, 11, 40, 0], // 3 + 8 recommendations, 16 + 24 actions
    ]);
    expect(themes[5]!.title).toBe("Unassigned");
    expect(themes[1]!.title).toBe("Organisational and place leadership");
    // Unassigned: Kingston's 1 complete, 3 not started, 12 in progress; West Norfolk's 24 not started.
    expect(themes[5]!.status.counts).toMatchObject({ complete: 1, "not-started": 27, "in-progress": 12 });
  });
});

describe("each row is the plan's own figures", () => {
  it("equals the single-plan functions for both real plans", () => {
    for (const asOf of ["2019-06-30", "2020-04-30", "2024-06-26"]) {
      const p = portfolioSummary([kingston, westNorfolk], { asOf, rounding: "nearest", decimals: 1 });
      [kingston, westNorfolk].forEach((pl, i) => {
        const row = p.plans[i]!;
        const options = { asOf, rounding: "nearest", decimals: 1 } as const;
        expect(row.status).toEqual(statusSummary(pl, options));
        expect(row.rag).toEqual(ragSummary(pl, options));
        expect(row.headline).toEqual(progressHeadline(pl, options));
        expect(row.overdue).toBe(overdueActions(pl, { asOf }).length);
      });
    }
  });

  it("as of 30 April 2020 Kingston has its 24 overdue activities and West Norfolk none", () => {
    const p = portfolioSummary([kingston, westNorfolk], { asOf: "2020-04-30" });
    expect(p.plans.map((r) => r.overdue)).toEqual([24, 0]);
    expect(p.total.overdue).toBe(24);
  });

  it("does not change the plans it is given (they are frozen here)", () => {
    expect(() => portfolioSummary([kingston, { plan: westNorfolk, progressReview: "2024-06-26" }], { asOf: "2024-06-26" })).not.toThrow();
  });

  it("gives an empty portfolio zero counts and no division by zero", () => {
    const p = portfolioSummary([], { asOf: "2024-06-26" });
    expect(p.plans).toEqual([]);
    expect(p.total.actions).toBe(0);
    expect(p.total.headline.completed).toEqual({ count: 0, percent: 0 });
    expect(p.total.status.percentages["not-started"]).toBe(0);
    expect(p.themes.every((t) => t.recommendations === 0)).toBe(true);
  });
});

describe("each plan is read with its own dates", () => {
  // Two plans whose only action is due "within 3 months of the CPC": for a CPC on 10 January
  // 2024 that is 10 April 2024; for one on 1 May 2024, 1 August 2024. On 1 June 2024 the
  // first is overdue and the second is not: 1 + 0, where reading both against one CPC gives 2 or 0.
  const early = () =>
    plan({
      council: { name: "Early Borough Council" },
      peerChallenge: { start: "2024-01-10" },
      actions: [{ id: "1", recommendation: "R1", title: "Review the constitution", timescale: "Within 3 months of the CPC" }],
    });
  const late = () =>
    plan({
      council: { name: "Late District Council" },
      peerChallenge: { start: "2024-05-01" },
      actions: [{ id: "1", recommendation: "R1", title: "Review the constitution", timescale: "Within 3 months of the CPC" }],
    });

  it("sums each plan's own overdue count for relative targets", () => {
    const p = portfolioSummary([early(), late()], { asOf: "2024-06-01" });
    expect(p.plans.map((r) => r.overdue)).toEqual([1, 0]);
    expect(p.total.overdue).toBe(1);
    expect(p.total.overdue).toBe(overdueActions(early(), { asOf: "2024-06-01" }).length + overdueActions(late(), { asOf: "2024-06-01" }).length);
  });

  it("reads a target with no year against each plan's own publication", () => {
    // "March" in a plan published February 2024 is March 2024 (overdue on 1 June 2024); in one
    // published May 2024, March 2025 (not yet due).
    const march = (publishedOn: string) =>
      plan({
        publishedOn,
        peerChallenge: { start: "2023-11-06" },
        actions: [{ id: "1", recommendation: "R1", title: "Publish a new plan", timescale: "March" }],
      });
    const p = portfolioSummary([march("2024-02"), march("2024-05")], { asOf: "2024-06-01" });
    expect(p.plans.map((r) => r.overdue)).toEqual([1, 0]);
  });

  it("keeps each plan's RAG scheme, and says the total mixes them", () => {
    const brag = plan({ ragScheme: "brag", actions: [{ id: "1", recommendation: "R1", title: "Done", status: "complete" }] });
    const rag = plan({ ragScheme: "rag", actions: [{ id: "1", recommendation: "R1", title: "Done", status: "complete" }] });
    const p = portfolioSummary([brag, rag], { asOf: "2024-06-01" });
    expect(p.plans.map((r) => [r.rag.scheme, r.rag.counts.blue, r.rag.counts.green])).toEqual([
      ["brag", 1, 0],
      ["rag", 0, 1],
    ]);
    expect(p.total.rag.scheme).toBe("mixed");
    expect(p.total.rag.counts).toEqual({ red: 0, amber: 0, green: 1, blue: 1 });
  });
});

describe("timeliness against the CPC calendar", () => {
  const published = (start: string, publishedOn: string | undefined, end?: string) =>
    plan({ peerChallenge: { start, ...(end !== undefined ? { end } : {}) }, ...(publishedOn !== undefined ? { publishedOn } : {}), actions: [] });

  it("West Norfolk (CPC October 2023, plan February 2024) was within 5 months but not 3", () => {
    // 3 months after any day of October 2023 is 1-31 January 2024; February is after all of them.
    // 5 months: 1-31 March 2024; all of February is before.
    const t = portfolioSummary([westNorfolk], { asOf: "2024-06-26" }).plans[0]!.timeliness;
    expect(t).toMatchObject({ from: "2023-10", actionPlanDue: "2024-01-31", actionPlanLatest: "2024-03-31", within3Months: false, within5Months: true });
    expect(t.unknown).toBeUndefined();
  });

  it("counts from the CPC's last day, and gives the days to publication when both are dates", () => {
    // Kingston's CPC ran 7-10 January 2019: a plan published 1 April 2019 is 81 days after the 10th
    // (21 + 28 + 31 + 1) and within 3 months (due 10 April).
    const p = portfolioSummary([published("2019-01-07", "2019-04-01", "2019-01-10")], { asOf: "2019-06-30" });
    expect(p.plans[0]!.daysToPublish).toBe(81);
    expect(p.plans[0]!.timeliness).toMatchObject({ from: "2019-01-10", actionPlanDue: "2019-04-10", within3Months: true, within5Months: true });
  });

  it("says a month that straddles a limit is not known, and why", () => {
    // CPC 15 October 2023: due 15 January 2024. Published "2024-01": some days of January are in time, some not.
    const t = portfolioSummary([published("2023-10-15", "2024-01")], { asOf: "2024-06-26" }).plans[0]!.timeliness;
    expect(t.within3Months).toBeUndefined();
    expect(t.within5Months).toBe(true);
    expect(t.unknown).toMatch(/month.*3-month/);
    expect(portfolioSummary([published("2023-10-15", "2024-01")], { asOf: "2024-06-26" }).plans[0]!.daysToPublish).toBeUndefined();
  });

  it("knows nothing without a publication or a CPC date, and says which", () => {
    const p = portfolioSummary([kingston, plan({ actions: [] })], { asOf: "2024-06-26" });
    expect(p.plans[0]!.timeliness).toMatchObject({ within3Months: undefined, within5Months: undefined, unknown: "the plan gives no publication date" });
    expect(p.plans[1]!.timeliness).toMatchObject({ unknown: "the plan gives no CPC date" });
  });

  it("totals how many plans met each limit", () => {
    // within 3: the April plan; within 5 only: West Norfolk; later: a plan 7 months on; not known: Kingston.
    const p = portfolioSummary([published("2019-01-07", "2019-04-01", "2019-01-10"), westNorfolk, published("2023-01-09", "2023-08-01"), kingston], {
      asOf: "2024-06-26",
    });
    expect(p.total.timeliness).toMatchObject({ within3Months: 1, within5Months: 2, later: 1, notKnown: 1, reviewed: 0 });
  });

  it("says how far a plan had got by its progress review, from the plan as it stood that day", () => {
    const reviewed = plan({
      peerChallenge: { start: "2023-10-02" },
      actions: [
        {
          id: "1",
          recommendation: "R1",
          title: "Review the constitution",
          status: "complete",
          updates: [
            { date: "2024-05-01", status: "in-progress" },
            { date: "2024-09-01", status: "complete", previous: { status: "in-progress" } },
          ],
        },
        { id: "2", recommendation: "R1", title: "Train members", status: "complete", updates: [{ date: "2024-03-01", status: "complete" }] },
      ],
    });
    const p = portfolioSummary([{ plan: reviewed, name: "a.yaml", progressReview: "2024-07-31" }], { asOf: "2024-12-01" });
    const row = p.plans[0]!;
    expect(row.name).toBe("a.yaml");
    // Today both are complete; on 31 July 2024 action 1 was still in progress (no target: not overdue).
    expect(row.headline.completed.count).toBe(2);
    expect(row.review).toMatchObject({ on: "2024-07-31", monthsAfterCpc: 9 });
    expect(row.review!.headline).toMatchObject({ completed: { count: 1, percent: 50 }, expectedProgress: { count: 1, percent: 50 } });
    expect(p.total.timeliness.reviewed).toBe(1);
    expect(p.total.timeliness.atReview.completed).toEqual({ count: 1, percent: 50 });
  });
});

describe("options", () => {
  it("refuses an option that is not one, naming it", () => {
    expect(() => portfolioSummary([kingston], { asOf: "30/06/2019" })).toThrow(/portfolioSummary: asOf/);
    expect(() => portfolioSummary([kingston], { rounding: "up" as never })).toThrow(/rounding/);
    expect(() => portfolioSummary([{ plan: kingston, progressReview: "June 2019" }], { asOf: "2019-06-30" })).toThrow(/plans\[0\]\.progressReview/);
    expect(() => portfolioSummary(kingston as never)).toThrow(/list of plans/);
  });

  it("rounds the rows and the total as asked", () => {
    const p = portfolioSummary([kingston, westNorfolk], { asOf: "2019-06-30", rounding: "nearest", decimals: 1 });
    // 1 / 44 / 33 of 78: 1.3 / 56.4 / 42.3
    expect(p.total.headline.expectedProgress.percent).toBe(56.4);
    expect(p.total.headline.completed.percent).toBe(1.3);
    expect(p.plans[0]!.status.percentages["in-progress"]).toBe(88.9); // 48 of 54
  });
});
