// An action plan set out as small tables of labels and values, one an action
// (test/fixtures/pairs/make.py): in Word, printed to PDF, and down two columns of a sheet. Before,
// the first pair was taken as the header and every label after it as a recommendation of its own
// (11 recommendations, "Lead officer", "Timescale", "Status", ..., a valid plan of nonsense).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";
import { readPlanDocx } from "../src/docx/index.js";
import { readPlanXlsx } from "../src/xlsx/index.js";
import { cpcStats, type RawPlan } from "./helpers.js";

const fixture = (name: string) => new URL(`./fixtures/pairs/${name}`, import.meta.url).pathname;

// make.py: "Improve scrutiny" over 2 actions (March 2025, Complete; June 2025, In progress), "Set a
// balanced budget" over 1 (February 2026, Not started).
const expected = [
  ["Improve scrutiny", "Review the scrutiny arrangements", "Head of Governance", "March 2025", "complete"],
  ["Improve scrutiny", "Train members in scrutiny", "Head of Governance", "June 2025", "in-progress"],
  ["Set a balanced budget", "Agree the savings plan", "Section 151 Officer", "February 2026", "not-started"],
];
const rowsOf = (plan: RawPlan) => {
  const recs = new Map(plan.recommendations.map((r) => [r.id, r.title]));
  return plan.actions.map((a) => [recs.get(a.recommendation), a.title, (a["owners"] as string[])[0], a["timescale"], a["status"]]);
};

describe("labels and values, a pair a row", () => {
  it.each(["eastvale-pairs.docx", "eastvale-pairs.xlsx", "eastvale-pairs.pdf"])(
    "%s: 3 actions under 2 recommendations, 1 overdue on 15 November 2025",
    async (name) => {
      // Overdue on 15 November 2025: "Train members in scrutiny" (June 2025, in progress) only.
      const stats = await cpcStats([fixture(name)], "2025-11-15");
      expect([stats.actions, stats.overdue]).toEqual([3, 1]);
      expect(stats.status.counts).toMatchObject({ complete: 1, "in-progress": 1, "not-started": 1 });
    },
  );

  it("Word and Excel: every action as written, and the reading said", () => {
    for (const read of [readPlanDocx(readFileSync(fixture("eastvale-pairs.docx"))), readPlanXlsx(readFileSync(fixture("eastvale-pairs.xlsx")))]) {
      const plan = read.plan as unknown as RawPlan;
      expect(plan.recommendations.length).toBe(2);
      expect(rowsOf(plan)).toEqual(expected);
      expect(read.issues.some((i) => i.code === "column-read" && i.message.startsWith("The table is labels and values, a pair a row: its rows from"))).toBe(
        true,
      );
    }
  });

  it("a table of two columns whose first holds recommendations, not labels, is a table", () => {
    // "Review the scrutiny arrangements" and "Improve the priority outcomes" hold words that name
    // columns ("review", "priority", "outcome"), but they are no headings: six rows of a plan.
    const csv = [
      "Recommendation,Action",
      "Review the scrutiny arrangements,Commission an external review",
      "Improve the priority outcomes,Refresh the council plan",
      "Review the capital programme,Report to Cabinet",
      "Improve member development,Launch a programme",
      "Review the workforce strategy,Consult staff",
      "Improve partnership working,Set up a board",
      "",
    ].join("\n");
    const plan = readPlanCsv(csv).plan as unknown as RawPlan;
    expect(plan.actions.map((a) => a.title)).toEqual([
      "Commission an external review",
      "Refresh the council plan",
      "Report to Cabinet",
      "Launch a programme",
      "Consult staff",
      "Set up a board",
    ]);
  });
});
