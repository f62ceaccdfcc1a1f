import { describe, expect, it } from "vitest";
import { periodsBetween, progressSeries, quarterOf, updateAction, type Action, type ActionPlan } from "../src/index.js";

const action = (id: string, rest: Partial<Action> = {}): Action => ({ id, recommendation: "R1", title: `Action ${id}`, timescale: "December 2025", ...rest });
const planOf = (extra: Partial<ActionPlan>, actions: Action[] = [action("1")]): ActionPlan => ({
  schemaVersion: 1,
  recommendations: [{ id: "R1", title: "Improve governance" }],
  actions,
  ...extra,
});
const labels = (points: readonly { period: { label: string } }[]) => points.map((p) => p.period.label);

describe("where a series starts and ends by default", () => {
  const updated = (p: ActionPlan) => updateAction(p, "1", { date: "2024-05-10", status: "in-progress" });

  it("starts at the publication, the CPC or the first update, whichever is earliest", () => {
    // Published February 2024, first update 10 May: from 1 February (Q1 2024) to 30 June.
    expect(labels(progressSeries(updated(planOf({ publishedOn: "2024-02" })), { to: "2024-06-30" }))).toEqual(["Q1 2024", "Q2 2024"]);
    // No publication; CPC in October 2023: from 1 October (Q4 2023).
    expect(labels(progressSeries(updated(planOf({ peerChallenge: { start: "2023-10" } })), { to: "2024-06-30" }))).toEqual(["Q4 2023", "Q1 2024", "Q2 2024"]);
    // Published in August, after the first update (10 May): from the update (Q2).
    expect(labels(progressSeries(updated(planOf({ publishedOn: "2024-08-01" })), { to: "2024-09-30" }))).toEqual(["Q2 2024", "Q3 2024"]);
    // Nothing dated at all: the one period of the end date.
    expect(labels(progressSeries(planOf({}), { to: "2024-09-30" }))).toEqual(["Q3 2024"]);
  });

  it("places a snapshot at its latest update, else its publication (a month's last day)", () => {
    const march = planOf({ publishedOn: "2024-03" }); // 31 March 2024
    const april = planOf({ publishedOn: "2024-04-15" }); // 15 April 2024
    const may = updateAction(planOf({ publishedOn: "2024-01" }), "1", { date: "2024-05-20", status: "complete" }); // 20 May, not January
    const points = progressSeries([may, april, march], { every: "month" });
    expect(points.map((p) => [p.period.label, p.asOf, p.source])).toEqual([
      ["March 2024", "2024-03-31", 2],
      ["April 2024", "2024-04-30", 1],
      ["May 2024", "2024-05-20", 0],
    ]);
  });

  it("counts an update made on a quarter's last day in that quarter", () => {
    const p = updateAction(planOf({ publishedOn: "2024-01" }), "1", { date: "2024-06-30", status: "complete" });
    expect(progressSeries(p, { to: "2024-06-30" }).map((x) => [x.period.label, x.headline.completed.count])).toEqual([
      ["Q1 2024", 0],
      ["Q2 2024", 1],
    ]);
  });

  it("settles one RAG scheme for every point: BRAG when any snapshot reports blue, unless told", () => {
    const blue = planOf({ publishedOn: "2024-03" }, [action("1", { status: "complete", rag: "blue" })]);
    const later = planOf({ publishedOn: "2024-06" }, [action("1", { status: "complete" })]);
    expect(progressSeries([blue, later]).map((p) => [p.period.label, p.rag.scheme, p.rag.counts.blue])).toEqual([
      ["Q1 2024", "brag", 1],
      // The later file reports no RAG: derived, complete is blue in BRAG.
      ["Q2 2024", "brag", 1],
    ]);
    expect(progressSeries([blue, later], { scheme: "rag" }).map((p) => p.rag.counts.green)).toEqual([1, 1]);
  });
});

describe("the span's checks", () => {
  it("refuses dates that are not, naming which", () => {
    expect(() => quarterOf(20240630 as unknown as string)).toThrow("quarterOf: the date must be a date written YYYY-MM-DD, not 20240630");
    expect(() => quarterOf("2024-06-30", { quarters: "fiscal" as "financial" })).toThrow('quarterOf: quarters must be "calendar" or "financial", not "fiscal"');
    expect(() => periodsBetween("2024-01-01", "2024-13-01")).toThrow('periodsBetween: to must be a date written YYYY-MM-DD, not "2024-13-01"');
    const p = planOf({ publishedOn: "2024-03" });
    expect(() => progressSeries([p, { date: "31/03/2024", plan: p }])).toThrow(
      'progressSeries: the date of snapshot 2 must be a date written YYYY-MM-DD, not "31/03/2024"',
    );
  });

  it("allows a century of months, and not one more", () => {
    // January 1925 to December 2024: 100 years of 12 months.
    expect(periodsBetween("1925-01-01", "2024-12-31", { every: "month" })).toHaveLength(1200);
    expect(() => periodsBetween("1924-12-01", "2024-12-31", { every: "month" })).toThrow("more than 1200 periods");
  });
});
