// A tracker's percent-complete column ("% complete", "Progress (%)", "Percentage complete", "% done"),
// read into each action's percentComplete in CSV, Excel and Word tables, and written back. Fixtures:
// test/fixtures/pct-column (made by make.py with openpyxl and python-docx; sources in its README).
// Every expected figure is counted by hand from the file, in the comment beside it.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPlanCsv, writePlanCsv } from "../src/csv/index.js";
import type { ActionPlan, Issue } from "../src/index.js";
import { readPlan } from "../src/read/index.js";
import { matchHeading, TABLE_COLUMNS } from "../src/table/columns.js";
import { readPlanXlsx, writePlanXlsx } from "../src/xlsx/index.js";
import { runCpc } from "./helpers.js";

const dir = new URL("./fixtures/pct-column/", import.meta.url);
const bytes = (name: string) => readFileSync(new URL(name, dir));
const read = (name: string) => readPlan(bytes(name), { name });
const percents = (plan: ActionPlan | undefined) => plan?.actions.map((a) => [a.id, a.percentComplete]);
const unclear = (issues: readonly Issue[]) => issues.filter((i) => i.code === "unclear-percent");

describe("the percent-complete column's heading", () => {
  it("names the field however councils write it, and the sign is not folded away", () => {
    for (const h of [
      "% complete",
      "% Complete",
      "%complete",
      "Percent complete",
      "Percentage complete",
      "% completion",
      "Completion %",
      "Progress (%)",
      "Progress %",
      "% done",
      "% Completed",
      "Percentage completed",
      "%",
    ])
      expect(matchHeading(h)?.column, h).toBe("percentComplete");
  });

  it("leaves headings with no percentage, or a percentage of something else, as they were", () => {
    // "Progress" alone is still the comments (its cells decide otherwise: see "by what it holds").
    expect(matchHeading("Progress")?.column).toBe("comments");
    expect(matchHeading("Progress update")?.column).toBe("comments");
    expect(matchHeading("Completion date")?.column).toBe("timescale");
    expect(matchHeading("% of budget spent")).toBeUndefined();
  });

  it("is one of the fields --columns and the page offer", () => {
    expect(TABLE_COLUMNS).toContain("percentComplete");
  });
});

describe("reading the column", () => {
  it("reads the unseen-4 README's input: A1's 50%", () => {
    const r = readPlan("Action,Target date,% complete\nA1,March 2026,50%\n", { name: "plan.csv" });
    expect(r.plan?.actions.map((a) => [a.title, a.percentComplete])).toEqual([["A1", 50]]);
    expect(r.source.columns.find((c) => c.heading === "% complete")).toMatchObject({ as: "percentComplete", by: "heading" });
    // No longer an unknown field.
    expect(r.issues.filter((i) => i.code === "unknown-field")).toEqual([]);
  });

  it("reads a CSV's 0%, 50%, 100% and a blank (four-actions.csv)", () => {
    const r = read("four-actions.csv");
    // Lines 5-8: 1.1 "0%", 1.2 "50%", 2.1 "100%", 2.2 blank.
    expect(percents(r.plan)).toEqual([
      ["1.1", 0],
      ["1.2", 50],
      ["2.1", 100],
      ["2.2", undefined],
    ]);
    expect(unclear(r.issues)).toEqual([]);
  });

  it("reads Excel's percent-formatted cells as Excel shows them: 0.5 is 50% (percent-format.xlsx)", () => {
    const r = read("percent-format.xlsx");
    // F5-F8 hold 0, 0.5, 1 and nothing, formatted "0%": shown 0%, 50%, 100%.
    expect(percents(r.plan)).toEqual([
      ["1.1", 0],
      ["1.2", 50],
      ["2.1", 100],
      ["2.2", undefined],
    ]);
    // The statistics' evidence is placed at the cell it came from.
    const evidence = r.issues.filter((i) => i.code === "status-from-progress").map((i) => i.at?.cell);
    expect(evidence).toEqual(["F5", "F6", "F7"]);
  });

  it("reads a Word table's 'Progress (%)' column: '25 %', '100%', '60' (progress-percent.docx)", () => {
    const r = read("progress-percent.docx");
    expect(percents(r.plan)).toEqual([
      ["1.1", 25],
      ["1.2", 100],
      ["1.3", 60],
    ]);
  });

  it("reads an audit tracker's 'Percentage complete' beside its RAG (audit-tracker-shape.csv)", () => {
    const r = read("audit-tracker-shape.csv");
    // Lines 2-5: "80%", "40 %", "10%", "100%"; the RAG column Green, Amber, Red, Blue, as given.
    expect(r.plan?.actions.map((a) => [a.id, a.percentComplete, a.rag])).toEqual([
      ["1", 80, "green"],
      ["2", 40, "amber"],
      ["3", 10, "red"],
      ["4", 100, "blue"],
    ]);
  });

  it("reads a step's own percentage where the table gives steps their rows", () => {
    const text =
      "Recommendation,Action No,Step,Action,Target date,% complete\nR one,1.1,,Adopt a plan,March 2025,40%\nR one,1.1,a,Draft it,January 2025,100%\nR one,1.1,b,Consult,March 2025,\n";
    const plan = readPlanCsv(text).plan as unknown as ActionPlan;
    expect(plan.actions[0]!.percentComplete).toBe(40);
    expect(plan.actions[0]!.steps?.map((s) => [s.id, s.percentComplete])).toEqual([
      ["a", 100],
      ["b", undefined],
    ]);
  });
});

describe("a heading that says nothing: read by what the column holds, and said", () => {
  it("a 'Progress' heading over percent-formatted cells (progress-by-contents.xlsx)", () => {
    const r = read("progress-by-contents.xlsx");
    // F2-F4: 0.25, 0.75, 0.1 formatted "0%".
    expect(percents(r.plan)).toEqual([
      ["1", 25],
      ["2", 75],
      ["3", 10],
    ]);
    const note = r.issues.find((i) => i.code === "column-read" && i.at?.column === "Progress");
    expect(note?.message).toContain('Read "Progress" as the percentage complete: percentages (3 of 3 cells');
    expect(r.plan?.actions.some((a) => a.comments !== undefined)).toBe(false);
  });

  it("an unknown heading and a blank one over percentages", () => {
    // The blank heading between two others (a blank last heading of a CSV is read as cells spilt over from the one before it).
    for (const heading of ["Done so far", ""]) {
      const r = readPlan(`Recommendation,Action No,Action,${heading},Target date\nR one,1,Adopt a plan,20%,March 2025\nR one,2,Publish it,75 %,June 2025\n`, {
        name: "plan.csv",
      });
      expect(percents(r.plan), heading).toEqual([
        ["1", 20],
        ["2", 75],
      ]);
      expect(
        r.issues.some((i) => i.code === "column-read" && i.message.includes("as the percentage complete")),
        heading,
      ).toBe(true);
    }
  });
});

describe("never a silent wrong figure", () => {
  it("a bare fraction column in Excel: 0.5, 1, 0.25 could each be a fraction or a percentage (bare-fractions.xlsx)", () => {
    const r = read("bare-fractions.xlsx");
    // E2-E5 hold 0, 0.5, 1, 0.25 in General format, none over 1: 0 is 0 either way; the other three are not read.
    expect(percents(r.plan)).toEqual([
      ["1.1", 0],
      ["1.2", undefined],
      ["2.1", undefined],
      ["2.2", undefined],
    ]);
    expect(unclear(r.issues).map((i) => [i.at?.cell, i.value])).toEqual([
      ["E3", "0.5"],
      ["E4", "1"],
      ["E5", "0.25"],
    ]);
    expect(unclear(r.issues)[0]!.message).toContain("could be 0.5 % or 50 %");
    expect(unclear(r.issues)[0]!.hint).toContain('"50%"');
    // Nothing the user gave is lost: the cell is kept as text under its heading.
    expect((r.plan?.actions[1] as unknown as Record<string, unknown>)["% complete"]).toBe("0.5");
  });

  it("words, values out of range and a lone fraction, each with its line (bad-values.csv)", () => {
    const r = read("bad-values.csv");
    // Lines 2-6 of "% done": "half way", "120%", "-5%", "0.5" (a fraction under 1 beside a 75), "75".
    expect(percents(r.plan)).toEqual([
      ["1.1", undefined],
      ["1.2", undefined],
      ["1.3", undefined],
      ["1.4", undefined],
      ["1.5", 75],
    ]);
    expect(unclear(r.issues).map((i) => [i.at?.line, i.at?.column, i.severity])).toEqual([
      [2, "% done", "warning"],
      [3, "% done", "warning"],
      [4, "% done", "warning"],
      [5, "% done", "warning"],
    ]);
    expect(unclear(r.issues).map((i) => i.message.slice(0, i.message.indexOf(", so")))).toEqual([
      'Line 2 (column E): the "% done" cell "half way" is no percentage',
      'Line 3 (column E): the "% done" cell "120%" is over 100 %',
      'Line 4 (column E): the "% done" cell "-5%" is below 0 %',
      'Line 5 (column E): the "% done" cell "0.5" could be 0.5 % or 50 % (a fraction under 1, with no % sign)',
    ]);
    const kept = r.plan?.actions.map((a) => (a as unknown as Record<string, unknown>)["% done"]);
    expect(kept).toEqual(["half way", "120%", "-5%", "0.5", undefined]);
    // A warning: the plan is still read.
    expect(r.ok).toBe(true);
  });
});

describe("cpc stats counts what the percentages say", () => {
  // four-actions.csv, as of 30 April 2025, no status column:
  //   1.1  0%    -> not started (its percentage), target March 2025: overdue
  //   1.2  50%   -> in progress,                   target June 2025
  //   2.1  100%  -> complete,                      target February 2025: done, not overdue
  //   2.2  blank -> no evidence; others are rated, so not started, target September 2025
  // Status: not-started 2, in-progress 1, complete 1; from the percentage 3, from nothing 1; overdue 1.
  for (const file of ["four-actions.csv", "percent-format.xlsx"]) {
    it(file, async () => {
      const r = await runCpc(["stats", new URL(file, dir).pathname, "--as-of", "2025-04-30", "--format", "json"]);
      expect(r.code).toBe(0);
      const stats = JSON.parse(r.out) as {
        actions: number;
        overdue: number;
        status: { counts: Record<string, number>; from: Record<string, number> };
      };
      expect(stats.actions).toBe(4);
      expect(stats.overdue).toBe(1);
      expect(stats.status.counts).toMatchObject({ "not-started": 2, "in-progress": 1, complete: 1 });
      expect(stats.status.from).toMatchObject({ percent: 3, none: 1 });
    });
  }

  it("cpc --columns names a column percentComplete", async () => {
    // "Done" over bare numbers: no heading nor contents would say so; the user does.
    const tmp = mkdtempSync(join(tmpdir(), "pct-column-"));
    writeFileSync(
      join(tmp, "plan.csv"),
      "Recommendation,Action No,Action,Target date,Done\nR one,1,Adopt a plan,March 2025,30\nR one,2,Publish it,June 2025,100\n",
    );
    writeFileSync(join(tmp, "columns.yaml"), "Done: percentComplete\n");
    const r = await runCpc(["stats", join(tmp, "plan.csv"), "--columns", join(tmp, "columns.yaml"), "--as-of", "2025-01-31", "--format", "json"]);
    expect(r.code).toBe(0);
    // Action 1: 30 -> in progress; action 2: 100 -> complete.
    expect((JSON.parse(r.out) as { status: { counts: Record<string, number>; from: Record<string, number> } }).status).toMatchObject({
      counts: { "in-progress": 1, complete: 1 },
      from: { percent: 2 },
    });
  });
});

describe("writing the column back", () => {
  const plan: ActionPlan = {
    schemaVersion: 1,
    recommendations: [{ id: "R1", title: "Refresh the council plan" }],
    actions: [
      { id: "1.1", recommendation: "R1", title: "Agree a plan", timescale: "March 2025", percentComplete: 0 },
      { id: "1.2", recommendation: "R1", title: "Publish it", timescale: "June 2025", percentComplete: 33.3 },
      {
        id: "1.3",
        recommendation: "R1",
        title: "Consult",
        timescale: "July 2025",
        status: "in-progress",
        percentComplete: 0.5,
        steps: [
          { id: "a", text: "Survey", percentComplete: 100 },
          { id: "b", text: "Report", percentComplete: 12.5 },
        ],
      },
      { id: "1.4", recommendation: "R1", title: "Review", timescale: "December 2025" },
    ],
  };
  const all = (p: ActionPlan | undefined) => p?.actions.map((a) => [a.id, a.percentComplete, a.steps?.map((s) => [s.id, s.percentComplete])]);
  const expected = [
    ["1.1", 0, undefined],
    ["1.2", 33.3, undefined],
    [
      "1.3",
      0.5,
      [
        ["a", 100],
        ["b", 12.5],
      ],
    ],
    ["1.4", undefined, undefined],
  ];

  it("CSV: under '% complete', with the sign, and read back the same (0.5 % stays 0.5 %)", () => {
    const text = writePlanCsv(plan);
    expect(text.split("\n")[0]).toContain(",% complete,");
    expect(text).toContain(",0.5%,");
    const back = readPlanCsv(text);
    expect(all(back.plan as unknown as ActionPlan)).toEqual(expected);
    expect(unclear(back.issues)).toEqual([]);
  });

  it("a percentage too small for plain digits is written in full, and read back the same", () => {
    const tiny: ActionPlan = { ...plan, actions: [{ ...plan.actions[0]!, percentComplete: 1e-7 }] };
    const text = writePlanCsv(tiny);
    expect(text).toContain(",0.0000001%");
    expect(percents(readPlanCsv(text).plan as unknown as ActionPlan)).toEqual([["1.1", 1e-7]]);
  });

  it("xlsx: read back the same", () => {
    const back = readPlanXlsx(writePlanXlsx(plan));
    expect(all(back.plan as unknown as ActionPlan)).toEqual(expected);
  });

  it("in the council's own layout: its heading, in its place", () => {
    const first = readPlanCsv(bytes("four-actions.csv"));
    const text = writePlanCsv(first.plan as unknown as ActionPlan, { layout: first.layout });
    // The council's six headings in its order (the writer adds a Recommendation ID column after them).
    expect(text.split("\n").find((l) => l.startsWith("Recommendation"))).toMatch(/^Recommendation,Action No,Action,Lead officer,Target date,% complete(,|$)/);
    expect(percents(readPlanCsv(text).plan as unknown as ActionPlan)).toEqual(percents(first.plan as unknown as ActionPlan));
  });

  it("a plan with no percentages is written as before, with no such column", () => {
    const none: ActionPlan = { ...plan, actions: plan.actions.map(({ percentComplete: _p, steps: _s, ...a }) => a) };
    expect(writePlanCsv(none)).not.toContain("% complete");
  });
});
