import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";

// How the reader fills an action's status, RAG, due date and comments from its cells, with
// a council's own words ("Behind schedule" is in progress and red; "Purple" means on hold
// and nothing about RAG). The rules (src/table/read.ts, fill): the other column's own word
// comes first; a cell of spaces is no code or date but is kept as text; a due date is trimmed.
const wordings = { "Behind schedule": { status: "in-progress" as const, rag: "red" as const }, Purple: { status: "on-hold" as const } };

describe("the cells of an action", () => {
  it("reads status, RAG and due dates with a council's words, and keeps text as written", () => {
    const text = `Ref,Recommendation,Action,Status,RAG,Due,Comments
1,R1 Improve scrutiny,A,Behind schedule,,,
2,R1 Improve scrutiny,B,Behind schedule,Green,,
3,R1 Improve scrutiny,C,,Purple,,
4,R1 Improve scrutiny,D,   ,   ,  ,   
5,R1 Improve scrutiny,E,Done,Amber, 2024-06-30 ,
6,R1 Improve scrutiny,F, In progress ,Behind schedule,,  two spaces  
`;
    const actions = (readPlanCsv(text, { wordings }).plan as { actions: Record<string, unknown>[] }).actions.map(({ recommendation: _, ...a }) => a);
    expect(actions).toEqual([
      // The status's word gives the RAG too, as the RAG cell is empty.
      { id: "1", title: "A", status: "in-progress", rag: "red" },
      // The RAG column's own "Green" comes first.
      { id: "2", title: "B", status: "in-progress", rag: "green" },
      // "Purple" in the RAG column means on hold: a status, and no RAG.
      { id: "3", title: "C", status: "on-hold" },
      // Spaces are no status, RAG or date; as a comment they are kept.
      { id: "4", title: "D", comments: "   " },
      // Standard words; the due date trimmed.
      { id: "5", title: "E", due: "2024-06-30", status: "complete", rag: "amber" },
      // A status with spaces around it is still read; a comment keeps its own.
      { id: "6", title: "F", status: "in-progress", rag: "red", comments: "  two spaces  " },
    ]);
  });

  it("stops at a key under the table, quoting each row left out (empty cells dropped, cut at 80 characters)", () => {
    const text = `Ref,Recommendation,Action,Status
1,R1 Improve scrutiny,Review scrutiny,In progress
Key:,Red = off track,,Amber = at risk
Last updated 1 June 2024 by the Performance and Improvement Team of the Council's Policy Unit,,,
2,R1 Improve scrutiny,Train members,Complete
`;
    const read = readPlanCsv(text);
    expect((read.plan as { actions: unknown[] }).actions).toHaveLength(1);
    // The second row is 93 characters: its first 77 (counted by Python) and "...".
    expect(read.issues.filter((i) => i.code === "row-below-table").map((i) => i.message)).toEqual([
      'Line 3: "Key: Red = off track Amber = at risk" is below the table (a key, a legend or a note), so it was not read as an action.',
      'Line 4: "Last updated 1 June 2024 by the Performance and Improvement Team of the Counc..." is below the table (a key, a legend or a note), so it was not read as an action.',
      'Line 5: "2 R1 Improve scrutiny Train members Complete" is below the table (a key, a legend or a note), so it was not read as an action.',
    ]);
  });
});
