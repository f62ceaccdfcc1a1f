import { beforeAll, describe, expect, it } from "vitest";
import { buildReport, renderHtmlReport, renderMarkdownReport } from "../src/report/index.js";
import { rescheduleAction, updateAction, type ActionPlan } from "../src/index.js";
import { loadPlan } from "./helpers.js";

// The hand-counted history of test/series.test.ts:
//   A: not started; in progress 10 May 2024; complete 20 August. Target September 2024.
//   B: in progress, target May 2024; rescheduled 1 July to December 2024.
//   C: not started, target March 2025; on hold 5 November.
let history: ActionPlan;
beforeAll(() => {
  const base: ActionPlan = {
    schemaVersion: 1,
    council: { name: "Testshire District Council" },
    recommendations: [{ id: "R1", title: "Improve governance" }],
    actions: [
      { id: "A", recommendation: "R1", title: "Adopt a new constitution", timescale: "September 2024", status: "not-started" },
      { id: "B", recommendation: "R1", title: "Train members", timescale: "May 2024", status: "in-progress" },
      { id: "C", recommendation: "R1", title: "Review committees", timescale: "March 2025", status: "not-started" },
    ],
  };
  let p = updateAction(base, "A", { date: "2024-05-10", status: "in-progress" });
  p = rescheduleAction(p, "B", { date: "2024-07-01", timescale: "December 2024" });
  p = updateAction(p, "A", { date: "2024-08-20", status: "complete" });
  history = updateAction(p, "C", { date: "2024-11-05", status: "on-hold" });
});

describe("progress over time in the reports", () => {
  it("puts a table of the headline at each quarter's end in the Markdown, from the first update to the report's date", () => {
    const md = renderMarkdownReport(history, { asOf: "2024-12-31", quarters: "financial" }).split("\n");
    // From 10 May (Q1 2024/25) to 31 December (Q3). Q1 as of 30 June: A in progress (not
    // due), B overdue (May), C not started: 0 / 1 / 2, 1 overdue. Q2: A complete, B moved to
    // December, C not started: 1 / 1 / 1. Q3: the same, C on hold: 1 / 1 / 1. Shares of 3:
    // 1 and 2 are 33% and 67%; three ones are 34, 33, 33 (the spare unit to the first on a tie).
    const at = md.indexOf("## Progress over time");
    expect(at).toBeGreaterThan(0);
    expect(md.slice(at + 4, at + 9)).toEqual([
      "| Quarter | As of | Actions | Completed | Making expected progress | Not yet progressed | Overdue |",
      "| --- | --- | ---: | --- | --- | --- | ---: |",
      "| Q1 2024/25 | 2024-06-30 | 3 | 0 (0%) | 1 (33%) | 2 (67%) | 1 |",
      "| Q2 2024/25 | 2024-09-30 | 3 | 1 (34%) | 1 (33%) | 1 (33%) | 0 |",
      "| Q3 2024/25 | 2024-12-31 | 3 | 1 (34%) | 1 (33%) | 1 (33%) | 0 |",
    ]);
  });

  it("draws the chart in HTML with a description a screen reader reads, and leaves it out of a plan with no updates", () => {
    const html = renderHtmlReport(history, { asOf: "2024-12-31", quarters: "financial" });
    expect(html).toContain('<h2 id="over-time">Progress over time</h2>');
    expect(html).toContain(
      '<desc id="trend-chart-desc">Q1 2024/25: 0% completed, 33% making expected progress, 67% not yet progressed; Q2 2024/25: 34% completed',
    );
    const kingston = loadPlan("kingston-2019.json");
    expect(buildReport(kingston, { asOf: "2019-06-30" }).trend).toBeUndefined();
    expect(renderHtmlReport(kingston, { asOf: "2019-06-30" })).not.toContain("Progress over time");
    expect(renderMarkdownReport(kingston, { asOf: "2019-06-30" })).not.toContain("Progress over time");
  });
});
