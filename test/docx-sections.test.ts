// A Word plan kept as a table per section, a heading paragraph above each table: the paragraph
// above the first table heads its rows as the others head theirs. Before, it was read as a title
// row above the header and "not read", so the first table's actions each answered a
// recommendation of their own words while the later tables' were grouped.
//
// 01 is RBKC's Council Plan Action Plan 2025 to 2027 deliverables pages, rebuilt by
// test/fixtures/unseen-7/make.py (sources in its README). Read by hand from that script: the
// paragraph "Council Plan Action Plan 2025 to 2027", then "Fairer: Our Deliverables" over a table
// of actions 16 and 17, then "Caring and Competent: Our Deliverables" over a table of 24, 25 and
// 26; each action's number leads its cell ("16. Better engagement ..."). So: 2 sections, 5
// actions, numbered 16, 17, 24, 25, 26.
//
// theme-tables.docx and title-tables.docx are made by python-docx (test/fixtures/docx/
// make-sections.py): actions "1. Refresh the Council Plan with residents" and "2. Publish a
// delivery plan for each priority" in the first table, "3. Review the scheme of delegation"
// under "Theme 2: Governance and culture" in the second. Above the first table, theme-tables has
// "Theme 1: Local priorities and outcomes" (written as "Theme 2: ..." is: the first theme);
// title-tables has "Our response to the peer team" (written as no later heading is: a title).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlanDocx } from "../src/docx/index.js";
import { numbersFromTitles } from "../src/table/numbers.js";
import type { TableRow } from "../src/table/row.js";
import { validatePlan } from "../src/schema/index.js";

const read = (path: string) => readPlanDocx(readFileSync(new URL(`./fixtures/${path}`, import.meta.url).pathname));

describe("a heading paragraph above each table", () => {
  it("RBKC's deliverables: two sections, five actions under their council's numbers", () => {
    const r = read("unseen-7/01-rbkc-council-plan-deliverables-2025.docx");
    const plan = validatePlan(r.plan).plan!;
    expect(plan.recommendations.map((x) => x.title)).toEqual(["Fairer: Our Deliverables", "Caring and Competent: Our Deliverables"]);
    expect(plan.actions.map((a) => [a.id, a.recommendation])).toEqual([
      ["16", "R1"],
      ["17", "R1"],
      ["24", "R2"],
      ["25", "R2"],
      ["26", "R2"],
    ]);
    expect(plan.actions[0]!.title).toBe(
      "Better engagement with local businesses, employers and Council contractors to support the creation of good jobs and other employment opportunities.",
    );
    expect(plan.actions[1]!.title).toBe("New Homes Programme.");
    // Only the document's title is left above the header, and said.
    const above = r.issues.filter((i) => i.code === "row-above-header").map((i) => i.message);
    expect(above).toEqual([
      'Paragraph 1: "Council Plan Action Plan 2025 to 2027" above the header is not a plan detail peer-challenge knows; it was not read.',
    ]);
    expect(r.issues.some((i) => i.code === "generated-id")).toBe(false);
  });

  it("one paragraph above the first table, written as the later one is: the first theme", () => {
    const r = read("docx/theme-tables.docx");
    const plan = validatePlan(r.plan).plan!;
    expect(plan.recommendations.map((x) => x.title)).toEqual(["Theme 1: Local priorities and outcomes", "Theme 2: Governance and culture"]);
    expect(plan.actions.map((a) => [a.id, a.recommendation, a.title])).toEqual([
      ["1", "R1", "Refresh the Council Plan with residents"],
      ["2", "R1", "Publish a delivery plan for each priority"],
      ["3", "R2", "Review the scheme of delegation"],
    ]);
    expect(r.issues.filter((i) => i.code === "row-above-header")).toEqual([]);
  });

  it("one paragraph above the first table, written as no later one is: a title, said, and the first table's actions ungrouped", () => {
    const r = read("docx/title-tables.docx");
    const plan = validatePlan(r.plan).plan!;
    // Actions 1 and 2 each answer a recommendation of their own words; 3 is under Theme 2.
    expect(plan.recommendations).toHaveLength(3);
    expect(plan.recommendations[2]!.title).toBe("Theme 2: Governance and culture");
    expect(plan.actions.map((a) => [a.id, a.recommendation])).toEqual([
      ["1", "R1"],
      ["2", "R2"],
      ["3", "R3"],
    ]);
    expect(r.issues.filter((i) => i.code === "row-above-header").map((i) => i.message)).toEqual([
      'Paragraph 1: "Our response to the peer team" above the header is not a plan detail peer-challenge knows; it was not read.',
    ]);
  });
});

describe("a labelled line above a table", () => {
  // lead-lines.docx (make-sections.py): "Theme 1: Local priorities and outcomes", then "Lead officer: Jane Smith,
  // Director of Strategy", over a table "Action | Timescale | Status" of 1.1 and 1.2; "Theme 2: Governance and
  // culture", then "Lead officer: Bob Jones, Monitoring Officer", over 2.1. No column of owners.
  // Before: each lead line was a recommendation of its own (3, with "Theme 2" one with no actions), and no owner.
  it("gives its field to each action of the table under it, and is said", () => {
    const r = read("docx/lead-lines.docx");
    const plan = validatePlan(r.plan).plan!;
    expect(plan.recommendations.map((x) => x.title)).toEqual(["Theme 1: Local priorities and outcomes", "Theme 2: Governance and culture"]);
    expect(plan.actions.map((a) => [a.id, a.recommendation, a.owners])).toEqual([
      ["1.1", "R1", ["Jane Smith, Director of Strategy"]],
      ["1.2", "R1", ["Jane Smith, Director of Strategy"]],
      ["2.1", "R2", ["Bob Jones, Monitoring Officer"]],
    ]);
    expect(r.issues.filter((i) => i.message.includes("is read as the owners")).map((i) => i.message)).toEqual([
      'Paragraph 3: "Lead officer: Jane Smith, Director of Strategy", above table 1, is read as the owners of each of its actions.',
      'After table 1: "Lead officer: Bob Jones, Monitoring Officer", above table 2, is read as the owners of each of its actions.',
    ]);
    expect(validatePlan(r.plan).issues.filter((i) => i.code === "recommendation-without-actions")).toEqual([]);
    expect(r.issues.filter((i) => i.code === "row-above-header").map((i) => i.message)).toEqual([]);
  });

  it("beside a column of its field, is left as it was", () => {
    // make-sections.py's theme-tables.docx has a "Lead officer" column: no lead line is taken from a paragraph.
    const r = read("docx/theme-tables.docx");
    expect(r.issues.some((i) => i.message.includes("is read as the owners"))).toBe(false);
  });
});

describe("numbersFromTitles: a number leading each action's text", () => {
  const table = (...titles: string[]): { rows: TableRow[]; header: string[] } => {
    const header = ["Action", "Timescale"];
    return { header, rows: [{ cells: header, line: 1 }, ...titles.map((t, i) => ({ cells: [t, "March 2025"], line: i + 2 }))] };
  };
  const numbers = (...titles: string[]) => {
    const { rows, header } = table(...titles);
    numbersFromTitles(rows, header);
    return rows.slice(1).map((r) => [r.cells[0], r.cells[2]]);
  };

  it("takes a whole number where every title starts with one, with its dot or bracket", () => {
    expect(numbers("16. Better engagement", "17) New homes")).toEqual([
      ["Better engagement", "16"],
      ["New homes", "17"],
    ]);
  });

  it("leaves whole numbers where one title has none, where a number is a count, and where there is one title", () => {
    expect(numbers("16. Better engagement", "New homes")).toEqual([
      ["16. Better engagement", undefined],
      ["New homes", undefined],
    ]);
    expect(numbers("2 new posts in planning", "3 new posts in housing")).toEqual([
      ["2 new posts in planning", undefined],
      ["3 new posts in housing", undefined],
    ]);
    expect(numbers("1. Agree the budget")).toEqual([["1. Agree the budget", undefined]]);
  });

  it("takes a dotted number wherever one is written", () => {
    expect(numbers("1.1 Agree the savings plan", "Report to Cabinet")).toEqual([
      ["Agree the savings plan", "1.1"],
      ["Report to Cabinet", ""],
    ]);
  });
});
