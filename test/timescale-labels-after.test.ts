// Milestones whose labels follow their dates: "July 2025 (a), October 2025 (b)". Before this
// change the reader took every label from the words before a date, so each label slid onto the
// next date: step a was given October 2025, step b no date at all, and the last label was lost.
// Labels follow their dates when nothing but marks comes before the first date and only
// labelling words (no status, "onwards" or "TBC") after the last.
import { describe, expect, it } from "vitest";
import { parseTimescale } from "../src/index.js";
import { runCpc, scratchFile } from "./helpers.js";

const labels = (text: string) => {
  const t = parseTimescale(text);
  return t.kind === "milestones" ? t.milestones.map((m) => [m.label, m.step, m.text, m.due]) : t.kind;
};

describe("labels after their dates", () => {
  it.each([
    // a: July 2025 (due 31 July); b: October 2025 (due 31 October)
    [
      "July 2025 (a), October 2025 (b)",
      [
        ["a", "a", "July 2025", "2025-07-31"],
        ["b", "b", "October 2025", "2025-10-31"],
      ],
    ],
    [
      "July 2025 (a) October 2025 (b)",
      [
        ["a", "a", "July 2025", "2025-07-31"],
        ["b", "b", "October 2025", "2025-10-31"],
      ],
    ],
    // December 2025 ends on the 31st; March 2026 on the 31st
    [
      "Dec 2025 (Phase 1), March 2026 (Phase 2)",
      [
        ["Phase 1", undefined, "Dec 2025", "2025-12-31"],
        ["Phase 2", undefined, "March 2026", "2026-03-31"],
      ],
    ],
    [
      "June 2025 (draft), Sept 2025 (final)",
      [
        ["draft", undefined, "June 2025", "2025-06-30"],
        ["final", undefined, "Sept 2025", "2025-09-30"],
      ],
    ],
  ])("%j", (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it("labels before their dates are read as before", () => {
    expect(labels("Working Group – March 2024 Final strategy – October 2024")).toEqual([
      ["Working Group", undefined, "March 2024", "2024-03-31"],
      ["Final strategy", undefined, "October 2024", "2024-10-31"],
    ]);
    expect(labels("a. July 2025 b. October 2025")).toEqual([
      ["a", "a", "July 2025", "2025-07-31"],
      ["b", "b", "October 2025", "2025-10-31"],
    ]);
  });

  it.each([
    // the last label, then "onwards", "TBC" or "- ongoing": the label ends where that word begins
    ["July 2025 (a), October 2025 (b) onwards"],
    ["July 2025 (a), October 2025 (b) TBC"],
    ["July 2025 (a), October 2025 (b) - ongoing"],
  ])("%j: each step keeps its own date", (text) => {
    // Before (the mutation helper's finding): step a was given October 2025, step b none.
    expect(labels(text)).toEqual([
      ["a", "a", "July 2025", "2025-07-31"],
      ["b", "b", "October 2025", "2025-10-31"],
    ]);
  });

  it('"onwards" after the last date is no label', () => {
    // July 2025, then October 2025 and continuing: one period from July to October, no labels.
    expect(parseTimescale("July 2025, October 2025 onwards")).toMatchObject({ kind: "date", due: "2025-10-31", continuing: true });
  });
});

describe("in a tracker, through cpc", () => {
  it("each lettered step is due on its own date", async () => {
    // By hand: action 1.1's cell "a. Hold member workshops b. Publish the plan" has steps a and b;
    // its target "July 2025 (a), October 2025 (b)". On 15 November 2025: a is 107 days overdue
    // (31 July to 15 November: 31 + 30 + 31 + 15 = 107), b 15 (31 October to 15 November).
    // Before: a was due 31 October (15 days) and b was not listed.
    const file = scratchFile(
      "tracker.csv",
      'Ref,Recommendation,Action,Timescale,Status\n1.1,Strengthen financial planning,"a. Hold member workshops b. Publish the plan","July 2025 (a), October 2025 (b)",In progress\n',
    );
    const run = await runCpc(["overdue", file, "--as-of", "2025-11-15", "--format", "json"]);
    const report = JSON.parse(run.out) as { overdue: { id: string; overdueSteps: { id: string; due: string; daysOverdue: number }[] }[] };
    expect(report.overdue.map((a) => [a.id, a.overdueSteps])).toEqual([
      [
        "1.1",
        [
          { id: "a", due: "2025-07-31", daysOverdue: 107 },
          { id: "b", due: "2025-10-31", daysOverdue: 15 },
        ],
      ],
    ]);
  }, 30_000);
});
