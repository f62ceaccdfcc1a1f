import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";

describe("the words that start a key, an action number, a date: at the start of a cell only", () => {
  it("reads a row whose text has 'key' or 'legend' inside as an action, not as the key under a table", () => {
    // The rows after the first leave the recommendation blank, so their first filled cell is
    // the action's text: the cell a key's first word is looked for in.
    const read = readPlanCsv(`Recommendation,Action
R1 x,Survey residents
,Update the key risks register
,Review the legend of the map
`);
    expect((read.plan as { actions: { title: string }[] }).actions.map((a) => a.title)).toEqual([
      "Survey residents",
      "Update the key risks register",
      "Review the legend of the map",
    ]);
    expect(read.issues.map((i) => i.code)).toEqual(["generated-id"]);
  });

  it("reads 'Theme 2' in the number column as a section, a due date with words after it by its date, and keeps the council's own columns in the layout", () => {
    const read = readPlanCsv(`Ref,Recommendation,,Lead Officer,Q1 2024 RAG,Q2 2024 RAG,Action,Due
1,R1 x,,J. Smith,Amber,Green,Review,2024-06-30 (revised)
Theme 2,,,,,,,
2,R2 y,,,,,Survey residents,
`);
    const plan = read.plan as { recommendations: unknown[]; actions: unknown[] };
    // "Theme 2" is no action number (letters, a space, a number): the next recommendation's heading.
    expect(plan.recommendations).toEqual([
      { id: "R1", title: "R1 x" },
      { id: "R2", title: "R2 y", heading: "Theme 2" },
    ]);
    // "2024-06-30 (revised)" is not a bare date: read as a timescale, it is 30 June 2024.
    // Q1 and Q2 2024 are period columns (RAG at 31 March, then 30 June): Q2 current, Q1 an update.
    expect(plan.actions).toEqual([
      {
        id: "1",
        recommendation: "R1",
        title: "Review",
        owners: ["J. Smith"],
        due: "2024-06-30",
        rag: "green",
        updates: [{ date: "2024-03-31", rag: "amber" }],
      },
      { id: "2", recommendation: "R2", title: "Survey residents" },
    ]);
    // The layout to write the plan back: the columns the plan's fields came from, in order;
    // the blank heading and the period columns (now updates) are not among them.
    expect(read.layout.columns).toEqual([
      { heading: "Ref", field: "actionId" },
      { heading: "Recommendation", field: "recommendation" },
      { heading: "Lead Officer", field: "owners" },
      { heading: "Action", field: "title" },
      { heading: "Due", field: "due" },
    ]);
  });
});
