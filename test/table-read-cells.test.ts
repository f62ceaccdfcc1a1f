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

describe("due dates, revised targets and a RAG-only tracker", () => {
  it("reads a Due column day first, a month there as a target, and a revised target with the original kept in its text", () => {
    const text = `Ref,Recommendation,Action,Target,Due,Revised target,RAG
1,R1 Improve scrutiny,A,,01/04/2024,,Green
2,R1 Improve scrutiny,B,,March 2025,,Amber
3,R1 Improve scrutiny,C,Q4 2024/25,March 2025,,Red
4,R1 Improve scrutiny,D,March 2025,,June 2025,Green
5,R1 Improve scrutiny,E,,31/03/2025,June 2025,Green
6,R1 Improve scrutiny,F,March 2025,,March 2025,Green
7,R1 Improve scrutiny,G,March 2025,,,Blue
8,R1 Improve scrutiny,H,March 2025,,,Complete
`;
    const read = readPlanCsv(text);
    const actions = (read.plan as { actions: Record<string, unknown>[] }).actions.map(({ recommendation: _, title: __, ...a }) => a);
    expect(actions).toEqual([
      // 01/04/2024 is 1 April (UK, day first).
      { id: "1", due: "2024-04-01", rag: "green" },
      // A month in the Due column, with no target: it is the target.
      { id: "2", timescale: "March 2025", rag: "amber" },
      // With a target as well, the month stays a due date, which validation then reports.
      { id: "3", timescale: "Q4 2024/25", due: "March 2025", rag: "red" },
      // A revised target replaces the original, kept in the text; a due date would override
      // it, so it goes into the text too; the same target twice is said once.
      { id: "4", timescale: "June 2025 (originally March 2025)", rag: "green" },
      { id: "5", timescale: "June 2025 (originally 31/03/2025)", rag: "green" },
      { id: "6", timescale: "March 2025", rag: "green" },
      // No Status column: Blue, and "Complete" (a BRAG word for blue), say the action is complete.
      { id: "7", timescale: "March 2025", status: "complete", rag: "blue" },
      { id: "8", timescale: "March 2025", status: "complete", rag: "blue" },
    ]);
    expect(read.issues.map((i) => i.message)).toEqual([
      'Line 8: the table has no Status column, and the action\'s RAG "Blue" says it is complete: it is read so.',
      'Line 9: the table has no Status column, and the action\'s RAG "Complete" says it is complete: it is read so.',
    ]);
  });
});
