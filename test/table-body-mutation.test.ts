// The rows below a table's header (src/table/body.ts), for its mutation score: what the reader
// says about rows it reads in a way the council may not expect (a section read as the
// recommendation, a recommendation given again with other words, a row carried onto the action
// above, a row that is nothing it can tell, a status read from the RAG column), each message and
// hint written out by hand from the code, and the plan each table gives, read off the table by
// hand in the comments.
import { describe, expect, it } from "vitest";
import { readPlanTable, type TableRow } from "../src/table/read.js";

const read = (cells: string[][]) => readPlanTable(cells.map((c, i) => ({ cells: c, line: i + 1 }) satisfies TableRow));
const NO_REC_HINT = "Add a Recommendation column, or say which column holds them with the columns option.";

describe("a table with no column of recommendations", () => {
  it("reads each section row as the recommendation its actions answer, said once", () => {
    const r = read([
      ["Ref", "Action", "Owner"],
      // "Leadership" alone in the first column, which holds action numbers: a section (no number).
      ["Leadership", "", ""],
      ["1.1", "Review scrutiny", "Chief Executive"],
      ["Governance", "", ""],
      ["2.1", "Train members", "Monitoring Officer"],
    ]);
    // Two sections: R1 and R2, each its own heading, the theme its heading names.
    expect(r.plan["recommendations"]).toEqual([
      { id: "R1", title: "Leadership", themes: ["organisational-and-place-leadership"], heading: "Leadership" },
      { id: "R2", title: "Governance", themes: ["governance-and-culture"], heading: "Governance" },
    ]);
    expect(r.plan["actions"]).toEqual([
      { id: "1.1", recommendation: "R1", title: "Review scrutiny", owners: ["Chief Executive"] },
      { id: "2.1", recommendation: "R2", title: "Train members", owners: ["Monitoring Officer"] },
    ]);
    // One message for the two sections.
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "column-read",
        path: ["columns"],
        message: "The table has no column of recommendations: each section row is read as the recommendation its actions answer.",
        hint: NO_REC_HINT,
      },
    ]);
  });

  it("an action with no section above answers a recommendation of its own words; the next under no section gets its own too", () => {
    const r = read([
      ["Ref", "Action", "Owner"],
      ["1.1", "Review scrutiny", "Chief Executive"],
      ["1.2", "Train members", "Monitoring Officer"],
      ["Leadership", "", ""],
      ["1.3", "Plan the budget", "Section 151 Officer"],
    ]);
    // 1.1 and 1.2 each a recommendation of their own words (R1, R2); the section is R3, 1.3's.
    expect(r.plan["recommendations"]).toEqual([
      { id: "R1", title: "Review scrutiny" },
      { id: "R2", title: "Train members" },
      { id: "R3", title: "Leadership", themes: ["organisational-and-place-leadership"], heading: "Leadership" },
    ]);
    expect((r.plan["actions"] as { recommendation: string }[]).map((a) => a.recommendation)).toEqual(["R1", "R2", "R3"]);
    // Said once, in the words of the first case met.
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "column-read",
        path: ["columns"],
        message: "The table has no column of recommendations: an action with no section above it answers a recommendation of its own words.",
        hint: NO_REC_HINT,
      },
    ]);
  });
});

describe("rows the reader says it read in a way of its own", () => {
  it("a recommendation's reference given again with other words keeps its first words", () => {
    const r = read([
      ["Rec ID", "Recommendation", "Ref", "Action"],
      ["R1", "Improve scrutiny", "1.1", "Review"],
      ["R1", "Improve audit", "1.2", "Train"],
    ]);
    expect(r.plan["recommendations"]).toEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "row-not-read",
        path: ["rows", 3],
        message: 'Line 3: recommendation R1 is given again with other words, "Improve audit"; its first words are kept.',
        hint: "Give each recommendation its own reference, or the same words each time.",
        value: "Improve audit",
      },
    ]);
  });

  it("a row before any action with no number or text is not read, and said with its cells", () => {
    const r = read([
      ["Recommendation", "Ref", "Action", "Owner"],
      ["", "", "", "Chief Executive"],
      ["Improve scrutiny", "1.1", "Review", "Chief Executive"],
    ]);
    expect(r.plan["actions"]).toEqual([{ id: "1.1", recommendation: "R1", title: "Review", owners: ["Chief Executive"] }]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "row-not-read",
        path: ["rows", 2],
        message: 'Line 2: "Chief Executive" is no action, recommendation, step or section the reader can tell, so it is not in the plan.',
        hint: "Give it an action number and text, or a recommendation, or move it below the table if it is a note.",
        value: ["Chief Executive"],
      },
    ]);
    expect(r.lineOf(["rows", 2])).toBe(2);
  });

  it("a row under an action with owners, a status and a RAG adds them to it", () => {
    const r = read([
      ["Recommendation", "Ref", "Action", "Owner", "Status", "RAG"],
      ["Improve scrutiny", "1.1", "Review", "CEO", "", ""],
      ["", "", "", "Monitoring Officer", "Completed", "Green"],
    ]);
    // Owners added to the first ("CEO", "Monitoring Officer"); "Completed" read as complete, "Green" green.
    expect(r.plan["actions"]).toEqual([
      { id: "1.1", recommendation: "R1", title: "Review", owners: ["CEO", "Monitoring Officer"], status: "complete", rag: "green" },
    ]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "continued-row",
        path: ["actions", 0],
        message:
          'Line 3 has no action number or text, so its cells were added to action 1.1 above it: owners "Monitoring Officer", status "Completed", rag "Green".',
        hint: "If it is an action of its own, give it its number or text.",
        value: ["Monitoring Officer", "Completed", "Green"],
      },
    ]);
  });

  it("with no Status column, Blue in the RAG column says complete; Green says nothing of the status", () => {
    const r = read([
      ["Recommendation", "Ref", "Action", "RAG"],
      ["Improve scrutiny", "1.1", "Review", "Blue"],
      ["", "1.2", "Plan", "Green"],
    ]);
    expect(r.plan["actions"]).toEqual([
      { id: "1.1", recommendation: "R1", title: "Review", status: "complete", rag: "blue" },
      { id: "1.2", recommendation: "R1", title: "Plan", rag: "green" },
    ]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "status-from-rag",
        path: ["actions", 0, "status"],
        message: 'Line 2: the table has no Status column, and the action\'s RAG "Blue" says it is complete: it is read so.',
        hint: "Give the status in a Status column if the RAG means something else.",
      },
    ]);
  });

  it("a last section with nothing under it is said at the end of the table", () => {
    const r = read([
      ["Recommendation", "Ref", "Action"],
      ["Improve scrutiny", "1.1", "Review"],
      ["Next steps", "", ""],
    ]);
    expect(r.plan["actions"]).toEqual([{ id: "1.1", recommendation: "R1", title: "Review" }]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "row-not-read",
        path: ["rows", 3],
        message: 'Line 3: the section heading "Next steps" has no recommendation under it, so it is in no part of the plan.',
        hint: "Nothing to do if it is a note; otherwise put its recommendations under it.",
        value: ["Next steps"],
      },
    ]);
  });
});
