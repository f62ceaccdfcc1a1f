import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { rescheduleAction, updateAction, type ActionPlan } from "../src/index.js";
import { examplePath, loadPlan, runCpc } from "./helpers.js";

// A history written by hand, so each figure can be counted (the series test's plan):
//   A: not started; in progress 10 May 2024; complete 20 August. Target September 2024.
//   B: in progress, target May 2024; rescheduled 1 July to December 2024.
//   C: not started, target March 2025; on hold 5 November.
let dir: string;
let historyFile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cpc-trend-"));
  const base: ActionPlan = {
    schemaVersion: 1,
    council: { name: "Testshire District Council" },
    publishedOn: "2024-04",
    recommendations: [{ id: "R1", title: "Improve governance" }],
    actions: [
      { id: "A", recommendation: "R1", title: "Adopt a new constitution", owners: ["Monitoring Officer"], timescale: "September 2024", status: "not-started" },
      { id: "B", recommendation: "R1", title: "Train members", owners: ["Head of Democratic Services"], timescale: "May 2024", status: "in-progress" },
      { id: "C", recommendation: "R1", title: "Review committees", owners: ["Chief Executive"], timescale: "March 2025", status: "not-started" },
    ],
  };
  let p = updateAction(base, "A", { date: "2024-05-10", status: "in-progress" });
  p = rescheduleAction(p, "B", { date: "2024-07-01", timescale: "December 2024" });
  p = updateAction(p, "A", { date: "2024-08-20", status: "complete" });
  p = updateAction(p, "C", { date: "2024-11-05", status: "on-hold" });
  historyFile = join(dir, "history.json");
  writeFileSync(historyFile, JSON.stringify(p));
});

describe("cpc trend", () => {
  it("prints a quarter per row from one plan's history, each counted as of its end", async () => {
    const r = await runCpc(["trend", historyFile, "--as-of", "2024-12-31", "--quarters", "financial", "--format", "csv"]);
    expect(r.code).toBe(0);
    // Q1 (30 June): A in progress, not due: expected; B in progress, May passed: not progressed,
    //   overdue, red; C not started: not progressed. 0 / 1 / 2, overdue 1.
    // Q2 (30 Sept): A complete; B moved to December: expected; C not started. 1 / 1 / 1, overdue 0.
    // Q3 (31 Dec): A complete; B due that day: expected; C on hold. 1 / 1 / 1, overdue 0.
    // RAG (none reported; derived): Q1 green A, red B, green C (March, not within 30 days).
    //   Q2 green A (complete: no blue in the RAG scheme), green B, green C: 3 green.
    //   Q3 green A and B; C on hold: amber. 2 green, 1 amber.
    expect(r.out.split("\n")).toEqual([
      "period,as of,actions,completed,expected progress,not progressed,overdue,red,amber,green",
      "Q1 2024/25,2024-06-30,3,0,1,2,1,1,0,2",
      "Q2 2024/25,2024-09-30,3,1,1,1,0,0,0,3",
      "Q3 2024/25,2024-12-31,3,1,1,1,0,0,1,2",
      "",
    ]);
  });

  it("says in text where the figures come from, with each share as a count and a per cent", async () => {
    const r = await runCpc(["trend", historyFile, "--as-of", "2024-09-30"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Testshire District Council: progress by quarter");
    // Q2 2024 (calendar, April to June) as of 30 June: 0 / 1 (33%) / 2 (67%).
    expect(r.out).toMatch(/Q2 2024 +2024-06-30 +3 +0 \(0%\) +1 \(33%\) +2 \(67%\) +1 +1 +0 +2/);
    expect(r.out).toContain("from the plan read back from its dated updates");
  });

  it("reads several files as snapshots, each placed at its own date, and names the file of each point", async () => {
    // The Kingston plan has no updates and no publication date: it cannot be placed.
    const r = await runCpc(["trend", examplePath("kingston-2019.json"), historyFile]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("kingston-2019.json cannot be placed in the series: it has no dated update and no publishedOn");
    expect(r.err).toContain("hint: add publishedOn: YYYY-MM-DD");
    // The same history, and a first snapshot published in April with nothing done.
    const april = join(dir, "april.json");
    const plan = loadPlan("west-norfolk-2024.json");
    writeFileSync(april, JSON.stringify({ ...plan, publishedOn: "2024-04-30" }));
    const two = await runCpc(["trend", april, historyFile, "--format", "json"]);
    expect(two.code).toBe(0);
    const points = (JSON.parse(two.out) as { points: { period: string; asOf: string; file: string; actions: number }[] }).points;
    // From 30 April (the first file's date) to 5 November (the history's last update): Q2 to
    // Q4 2024. The history file is dated 5 November, so it is read only for Q4.
    expect(points.map((p) => [p.period, p.asOf, p.file.endsWith("april.json") ? "april" : "history", p.actions])).toEqual([
      ["Q2 2024", "2024-06-30", "april", plan.actions.length],
      ["Q3 2024", "2024-09-30", "april", plan.actions.length],
      ["Q4 2024", "2024-11-05", "history", 3],
    ]);
  });

  it("refuses a series that cannot be, in words", async () => {
    const r = await runCpc(["trend", historyFile, "--from", "2025-01-01", "--as-of", "2024-12-31"]);
    expect([r.code, r.err]).toEqual([2, "cpc: --from 2025-01-01 is after --as-of 2024-12-31, where the series ends\n"]);
    const week = await runCpc(["trend", historyFile, "--every", "week"]);
    expect([week.code, week.err]).toEqual([2, 'cpc: --every must be one of quarter, month, not "week"\n']);
    const far = await runCpc(["trend", historyFile, "--from", "1900-01-01", "--every", "month", "--as-of", "2024-12-31"]);
    expect([far.code, far.err]).toEqual([2, "cpc: from 1900-01-01 to 2024-12-31 is more than 1200 periods\n"]);
  });
});
