import { describe, expect, it } from "vitest";
import { readPlanTable, type TableRow } from "../src/table/read.js";

// What a workbook knows of its cells beyond their text (the xlsx reader passes it on as
// `meta`): a date and the precision its format shows, an error value, a fill colour. Rows
// are built here as the xlsx reader builds them, so each rule can be seen on its own.
const place = (line: number) => `Tracker!${line}`;
const row = (line: number, cells: string[], meta?: TableRow["meta"]): TableRow => ({ cells, line, place: place(line), ...(meta ? { meta } : {}) });

describe("cells as a spreadsheet knows them", () => {
  const header = row(1, ["Ref", "Recommendation", "Action", "Target", "RAG"]);

  it("reads a date at the precision it shows, an error value as nothing, and a RAG cell's colour, each said", () => {
    const rows = [
      header,
      // A date cell shown as a month ("Dec-24"), and a RAG cell with no text, filled amber.
      row(
        2,
        ["1", "R1 Improve scrutiny", "Review scrutiny", "45640", ""],
        [undefined, undefined, undefined, { date: { value: "2024-12-15", precision: "month" }, ref: "D2" }, { fill: "#FFC000", ref: "E2" }],
      ),
      // A date shown as a day; a RAG cell filled purple (no RAG colour).
      row(
        3,
        ["2", "R1 Improve scrutiny", "Train members", "45657", ""],
        [undefined, undefined, undefined, { date: { value: "2024-12-31", precision: "day" } }, { fill: "#7030a0", ref: "E3" }],
      ),
      // An error value in the target; a RAG cell filled white: no fill; a RAG cell with text and a fill: the text.
      row(4, ["3", "R1 Improve scrutiny", "Refresh plan", "#N/A", ""], [undefined, undefined, undefined, { error: "#N/A", ref: "D4" }, { fill: "#ffffff" }]),
      row(5, ["4", "R1 Improve scrutiny", "Adopt code", "March 2025", "Green"], [undefined, undefined, undefined, undefined, { fill: "#FF0000" }]),
    ];
    const read = readPlanTable(rows, { guarded: false });
    const actions = (read.plan as { actions: Record<string, unknown>[] }).actions.map(({ recommendation: _, title: __, ...a }) => a);
    expect(actions).toEqual([
      { id: "1", timescale: "December 2024", rag: "amber" },
      { id: "2", timescale: "2024-12-31" },
      { id: "3" },
      { id: "4", timescale: "March 2025", rag: "green" },
    ]);
    expect(read.issues.map((i) => `${i.code}: ${i.message}`)).toEqual([
      "rag-from-fill: Tracker!2 (E2): the RAG cell has no text; its fill #FFC000 is nearest amber, so it is read as amber.",
      "rag-from-fill: Tracker!3 (E3): the RAG cell has no text and its fill #7030A0 is no RAG colour, so it has no rating.",
      "cell-error: Tracker!4 (D4): the cell holds the error #N/A, so it is read as empty.",
    ]);
    expect(read.issues[0]?.hint).toBe('Type "Amber" in the cell: a colour alone is lost to anyone who cannot see it.');
  });

  it("reads a fill only in the RAG column and only below the header", () => {
    const rows = [
      row(1, ["Ref", "Recommendation", "Action", "Target", "RAG"], [undefined, undefined, undefined, undefined, { fill: "#FF0000" }]),
      row(2, ["1", "R1 Improve scrutiny", "Review scrutiny", "", ""], [undefined, undefined, undefined, { fill: "#00B050" }, undefined]),
    ];
    const read = readPlanTable(rows, { guarded: false });
    expect((read.plan as { actions: Record<string, unknown>[] }).actions).toEqual([{ id: "1", recommendation: "R1", title: "Review scrutiny" }]);
    expect(read.issues).toEqual([]);
  });
});
