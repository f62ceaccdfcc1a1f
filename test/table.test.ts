// The table reader with what a spreadsheet knows of its cells (the Excel and Word readers
// will hand it rows like these): dates with their precision, fills, error values, merges.
import { describe, expect, it } from "vitest";
import { readPlanTable, ragOfFill, type TableRow } from "../src/table/read.js";
import { validatePlan } from "../src/schema/index.js";

const row = (line: number, cells: string[], meta?: TableRow["meta"]): TableRow => ({ cells, line, place: `Action Plan!${line}`, ...(meta ? { meta } : {}) });

describe("readPlanTable: cells with a spreadsheet's knowledge", () => {
  // A sheet, read by hand: header on row 3; R1 merged down over rows 4-5 (its text in row 4
  // only); targets as real dates, one shown as a day (31/03/2025), one as a month (Dec-24);
  // RAG only as fills on rows 4 and 5 (amber #FFC000, green #92D050); row 6's RAG fill is a
  // grey, no rating; row 6's target is #N/A.
  const rows: TableRow[] = [
    row(1, ["Council", "Example Council"]),
    row(2, ["CPC start", "2024-01"]),
    row(3, ["Recommendation", "Action No", "Action", "Target date", "Due date", "RAG"]),
    row(
      4,
      ["Engage residents", "1.1", "Run a survey", "", "", ""],
      [undefined, undefined, undefined, undefined, { date: { value: "2025-03-31", precision: "day" }, ref: "E4" }, { fill: "#FFC000", ref: "F4" }],
    ),
    row(
      5,
      ["", "1.2", "Publish the results", "", "", ""],
      [undefined, undefined, undefined, { date: { value: "2024-12-01", precision: "month" }, ref: "D5" }, undefined, { fill: "#92D050", ref: "F5" }],
    ),
    row(6, ["", "1.3", "Act on them", "", "", ""], [undefined, undefined, undefined, { error: "#N/A", ref: "D6" }, undefined, { fill: "#A6A6A6", ref: "F6" }]),
  ];
  const read = readPlanTable(rows.map((r) => ({ ...r, cells: [...r.cells] })));
  const plan = validatePlan(read.plan, { asOf: "2024-06-30" }).plan!;

  it("reads a day as a due date, a month as a month, and carries the merged recommendation down", () => {
    expect(plan.recommendations.map((r) => r.title)).toEqual(["Engage residents"]);
    expect(plan.actions.map((a) => [a.id, a.recommendation, a.due, a.timescale])).toEqual([
      ["1.1", "R1", "2025-03-31", undefined],
      ["1.2", "R1", undefined, "December 2024"],
      ["1.3", "R1", undefined, undefined],
    ]);
  });

  it("reads RAG from a fill when the cell has no text, saying so with the colour, and never from a grey", () => {
    expect(plan.actions.map((a) => a.rag)).toEqual(["amber", "green", undefined]);
    expect(read.issues.map((i) => i.message)).toEqual([
      "Action Plan!4 (F4): the RAG cell has no text; its fill #FFC000 is nearest amber, so it is read as amber.",
      "Action Plan!5 (F5): the RAG cell has no text; its fill #92D050 is nearest green, so it is read as green.",
      "Action Plan!6 (D6): the cell holds the error #N/A, so it is read as empty.",
      "Action Plan!6 (F6): the RAG cell has no text and its fill #A6A6A6 is no RAG colour, so it has no rating.",
    ]);
  });

  it("reads the text of a RAG cell before its fill", () => {
    const r = readPlanTable([
      row(1, ["Recommendation", "Action No", "Action", "RAG"]),
      row(2, ["R", "1", "A", "Red"], [undefined, undefined, undefined, { fill: "#00B050" }]),
    ]);
    expect((r.plan["actions"] as { rag: string }[])[0]?.rag).toBe("red");
    expect(r.issues.map((i) => i.code)).not.toContain("rag-from-fill");
  });
});

describe("ragOfFill", () => {
  it.each([
    ["#FF0000", "red"],
    ["#C00000", "red"],
    ["#FFC000", "amber"],
    ["#FFFF00", "amber"],
    ["#00B050", "green"],
    ["#92D050", "green"],
    ["#0070C0", "blue"],
    ["#00B0F0", "blue"],
    // Excel's theme shades: orange lighter 40 %, green accent, blue accent.
    ["#F4B084", "amber"],
    ["#70AD47", "green"],
    ["#4472C4", "blue"],
  ])("%s is %s", (fill, rag) => {
    expect(ragOfFill(fill)).toBe(rag);
  });

  it.each(["#FFFFFF", "#A6A6A6", "#000000", "#7030A0", "not a colour"])("%s is no rating", (fill) => {
    expect(ragOfFill(fill)).toBeUndefined();
  });
});
