import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";
import { readPlanTable } from "../src/table/read.js";

const read = (text: string) => {
  const plan = readPlanCsv(text).plan as { title?: string; actions: unknown[] };
  return { title: plan.title, actions: plan.actions };
};

describe("the header, and cells as writePlanCsv guards them", () => {
  it("takes a blank heading (not the first) as the action numbers, and keeps a repeated heading's column as a field of its own", () => {
    // Kingston's table: numbers under a blank heading, written "1." ("1." is action 1);
    // "'1." is how writePlanCsv writes an id that really ends in a dot.
    const text = `Recommendation,,Activity,Status,Status
R1 Improve scrutiny,1.,Review scrutiny,In progress,Complete
,'1.,Keep the dot,,
`;
    expect(read(text).actions).toEqual([
      // The second "Status" is not read as the status: it is kept, under its heading, for validation to name.
      { id: "1", recommendation: "R1", title: "Review scrutiny", status: "in-progress", Status: "Complete" },
      { id: "1.", recommendation: "R1", title: "Keep the dot" },
    ]);
  });

  it("takes one guarding apostrophe off a formula-like cell, above the header too, and leaves any other apostrophe", () => {
    const text = `Title,'=Plan
Ref,Recommendation,Action,Comments
1,R1 x,'=SUM(A1),''quoted
2,R1 x,'plain,'-5 days
`;
    expect(read(text)).toEqual({
      title: "=Plan",
      actions: [
        { id: "1", recommendation: "R1", title: "=SUM(A1)", comments: "'quoted" },
        { id: "2", recommendation: "R1", title: "'plain", comments: "-5 days" },
      ],
    });
  });

  it("reads a workbook's cells (guarded: false, as the xlsx reader asks) as they are", () => {
    const rows = [
      { cells: ["Ref", "Recommendation", "Action", "Comments"], line: 1 },
      { cells: ["1", "R1 x", "'=SUM(A1)", "''quoted"], line: 2 },
    ];
    expect((readPlanTable(rows, { guarded: false }).plan as { actions: unknown[] }).actions).toEqual([
      { id: "1", recommendation: "R1", title: "'=SUM(A1)", comments: "''quoted" },
    ]);
  });
});
