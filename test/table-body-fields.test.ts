// The rows below a table's header (src/table/body.ts), for its mutation score (issue 32): an
// action's fields as the reader reads them from its cells (the percentage complete, kept as
// text and said where it is no number; a status leading the comments; a row carried onto the
// action above; the steps of a Step column, and lettered or numbered steps in the action's own
// cell; the status read from an unclear percentage where there is no Status column), each
// condition from both sides. Every expected plan and message is worked out by hand from the
// rows and the code's rules, the working in the comments.
import { describe, expect, it } from "vitest";
import { readPlanTable, type TableRow } from "../src/table/read.js";

const read = (cells: string[][]) => readPlanTable(cells.map((c, i) => ({ cells: c, line: i + 1 }) satisfies TableRow));

const NO_PERCENTAGE_HINT = 'Write how far the work has got as a percentage from 0 to 100, e.g. "50%".';
const CONTINUED_HINT = "If it is an action of its own, give it its number or text.";
const FROM_PROGRESS_HINT = 'Write the percentage with its sign ("75%"), or give the status in a Status column.';
const ALL_ONE_OR_UNDER = "(the column's numbers are all 1 or under, with no % sign)";

describe("the percentage complete", () => {
  it("a percentage with its sign is the action's; a blank cell gives none; each action's place is its row", () => {
    const r = read([
      ["Recommendation", "Ref", "Action", "% Complete"],
      ["Improve scrutiny", "1.1", "Review", "50%"],
      ["", "1.2", "Train", ""],
    ]);
    // Line 2 is recommendation R1 (its text, no reference column of its own) and action 1.1,
    // whose "50%" is read as 50. Line 3: 1.2 under R1 (its recommendation cell is empty), its
    // blank percentage gives no field. No bare numbers in the column, so nothing is unclear.
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review", percentComplete: 50 },
      { id: "1.2", recommendation: "R1", title: "Train" },
    ]);
    expect(r.issues).toStrictEqual([]);
    // Action 0 from line 2, action 1 from line 3; the plan's root was read from no row.
    expect(r.lineOf(["actions", 0])).toBe(2);
    expect(r.lineOf(["actions", 1])).toBe(3);
    expect(r.lineOf([])).toBeUndefined();
  });

  it("a cell that is no percentage is kept, trimmed, under the heading as written (trimmed) and said", () => {
    const r = read([
      ["Recommendation", "Ref", "Action", "% Complete "],
      ["Improve scrutiny", "1.1", "Review", " half "],
    ]);
    // "half" (the cell trimmed) is no share, no signed number and no bare number: no
    // percentage. It is kept under the heading trimmed, "% Complete", the fourth column (D).
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review", "% Complete": "half" }]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "unclear-percent",
        path: ["actions", 0, "percentComplete"],
        message:
          'Line 2 (column D): the "% Complete" cell "half" is no percentage, so it is not read as the percentage complete; it is kept as text under "% Complete".',
        hint: NO_PERCENTAGE_HINT,
        value: "half",
      },
    ]);
  });

  it("a column with no heading read as the percentages: an unclear cell is kept under its column's letter and said as the percentage", () => {
    const r = read([
      ["Recommendation", "Ref", "Action", "", "Owner"],
      ["Improve scrutiny", "1.1", "Review", "50%", ""],
      ["", "1.2", "Train", "25%", ""],
      ["", "1.3", "Plan", "75%", ""],
      ["", "1.4", "Report", "0.75", ""],
    ]);
    // Column D has no heading (the Owner column right of it makes it part of the table); 3 of its 4 cells are percentages (0.75 and over), so it is read
    // as the percentage complete by its place and contents, and said. Its one bare number,
    // 0.75, is 1 or under: the column's bare numbers are all fractions, so 0.75 is unclear
    // (0.75 % or 75 %), kept as text under "Column D", and named "percentage" in the message.
    // No Status column and no RAG: 0.75 is above 0 and under 100 % either way, so 1.4 is in
    // progress, said with the percentage named the same way.
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review", percentComplete: 50 },
      { id: "1.2", recommendation: "R1", title: "Train", percentComplete: 25 },
      { id: "1.3", recommendation: "R1", title: "Plan", percentComplete: 75 },
      { id: "1.4", recommendation: "R1", title: "Report", status: "in-progress", "Column D": "0.75" },
    ]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "unclear-percent",
        path: ["actions", 3, "percentComplete"],
        message: `Line 5 (column D): the percentage cell "0.75" could be 0.75 % or 75 % ${ALL_ONE_OR_UNDER}, so it is not read as the percentage complete; it is kept as text under percentage.`,
        hint: 'Write it with its sign, e.g. "75%" or "0.75%" (in Excel, give the column a percentage format).',
        value: "0.75",
      },
      {
        severity: "warning",
        code: "status-from-progress",
        path: ["actions", 3, "status"],
        message:
          'Line 5: the table has no Status column, and the action\'s percentage "0.75" is above 0 and under 100 % whichever it means (0.75 % or 75 %): it is read as in progress.',
        hint: FROM_PROGRESS_HINT,
        value: "0.75",
      },
      {
        severity: "warning",
        code: "column-read",
        path: ["columns", 3],
        message: 'Read the column with no heading (D) as the percentage complete: percentages (3 of 4 cells, e.g. "50%").',
        hint: "If it is not, say which with the columns option (cpc --columns FILE, or the page's column choices).",
        value: "",
      },
    ]);
  });
});

describe("a column that leads with the status", () => {
  it("gives the status from its leading words and the comments from the rest", () => {
    const r = read([
      ["Recommendation", "Ref", "Action", "Comments"],
      ["Improve scrutiny", "1.1", "Review", "Completed. Meeting held in June"],
      ["", "1.2", "Train", "In progress. Drafting the course"],
    ]);
    // Both cells of "Comments" begin with a status ("Completed", "In progress") and there is
    // no Status column: the column gives both, said. 1.1: "Completed" is complete, the rest
    // "Meeting held in June" the comments; 1.2: "In progress" is in-progress.
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review", status: "complete", comments: "Meeting held in June" },
      { id: "1.2", recommendation: "R1", title: "Train", status: "in-progress", comments: "Drafting the course" },
    ]);
    // The status reader reads a cell by its leading status too, so both cells count as status
    // words, and the first is quoted as the example.
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "column-read",
        path: ["columns", 3],
        message:
          'Read "Comments" as the status: its cells begin with a status (2 of 2 cells, e.g. "Completed. Meeting held in June"): the leading words read as the status, the rest as the comments.',
        hint: "If it is not, say which with the columns option (cpc --columns FILE, or the page's column choices).",
        value: "Comments",
      },
    ]);
  });
});

describe("a Step column", () => {
  it("a step before any action is said; a step's number is trimmed, its unclear percentage said at its place; lettered action text is no steps there", () => {
    const r = read([
      ["Recommendation", "Ref", "Step", "Action", "% Complete"],
      ["", "", "a", "Draft terms", ""],
      ["Improve scrutiny", "1.1", "", "a. Publish the report b. Report quarterly", "50%"],
      ["", "1.2", "", "Train members", ""],
      ["", "", " a ", "Book the trainer", "half"],
    ]);
    // Line 2: step "a" with no action above it: an error, placed at its row. Line 3: R1 and
    // action 1.1, 50 %; its lettered text stays its title (the Step column's rows are the
    // steps). Line 4: 1.2. Line 5: step " a " trimmed to "a", 1.2's first step (action 1,
    // step 0); "half" is no percentage, kept under "% Complete" (column E) on the step.
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "a. Publish the report b. Report quarterly", percentComplete: 50 },
      { id: "1.2", recommendation: "R1", title: "Train members", steps: [{ id: "a", text: "Book the trainer", "% Complete": "half" }] },
    ]);
    expect(r.issues).toStrictEqual([
      { severity: "error", code: "orphan-step", path: ["rows", 2], message: 'Line 2: step "a" comes before any action.' },
      {
        severity: "warning",
        code: "unclear-percent",
        path: ["actions", 1, "steps", 0, "percentComplete"],
        message:
          'Line 5 (column E): the "% Complete" cell "half" is no percentage, so it is not read as the percentage complete; it is kept as text under "% Complete".',
        hint: NO_PERCENTAGE_HINT,
        value: "half",
      },
    ]);
    expect(r.lineOf(["rows", 2])).toBe(2);
    expect(r.lineOf(["actions", 1, "steps", 0])).toBe(5);
    expect(r.lineOf([])).toBeUndefined();
  });
});

describe("a row with no action number or text", () => {
  it("under an action, its cells are added: text after text, a first percentage read, a second kept, an extra column by its name, owners to none", () => {
    const r = read([
      ["Recommendation", "Ref", "Action", "Comments", "% Complete ", "Owner", "Budget", "Ward"],
      ["Improve scrutiny", "1.1", "Review", "  "],
      ["", "  ", "", "Agreed at Cabinet ", "40%", "", "", "Ward 3"],
      ["", "", "", "", "60%"],
      ["", "1.2", "Train", "", "", "", "", ""],
      ["", "", "", "", "half", "Monitoring Officer", "", ""],
    ]);
    // Line 2: R1 and 1.1, its comments the cell of spaces as written ("a cell of spaces is
    // kept for text"); the row ends there, so Budget and Ward give nothing.
    // Line 3: no number (spaces), no text: carried onto 1.1. Comments "Agreed at Cabinet"
    // (trimmed) replaces the blank "  " (nothing to join to); "40%" is 1.1's first
    // percentage, read as 40; "Ward 3" is under Ward, the second of the two extra columns.
    // The value quotes the filled cells as written, the spaces-only Ref cell left out.
    // Line 4: "60%" where 1.1 already has 40: kept under the heading trimmed, "% Complete".
    // Line 6: onto 1.2 (action 1): "half" is no percentage, said at 1.2's percentage and kept
    // under "% Complete"; "Monitoring Officer" its first owner.
    expect(r.plan["actions"]).toStrictEqual([
      {
        id: "1.1",
        recommendation: "R1",
        title: "Review",
        comments: "Agreed at Cabinet",
        percentComplete: 40,
        Ward: "Ward 3",
        "% Complete": "60%",
      },
      { id: "1.2", recommendation: "R1", title: "Train", owners: ["Monitoring Officer"], "% Complete": "half" },
    ]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "continued-row",
        path: ["actions", 0],
        message:
          'Line 3 has no action number or text, so its cells were added to action 1.1 above it: comments "Agreed at Cabinet", percentComplete "40%", Ward "Ward 3".',
        hint: CONTINUED_HINT,
        value: ["Agreed at Cabinet ", "40%", "Ward 3"],
      },
      {
        severity: "warning",
        code: "continued-row",
        path: ["actions", 0],
        message: 'Line 4 has no action number or text, so its cells were added to action 1.1 above it: percentComplete "60%".',
        hint: CONTINUED_HINT,
        value: ["60%"],
      },
      {
        severity: "warning",
        code: "unclear-percent",
        path: ["actions", 1, "percentComplete"],
        message:
          'Line 6 (column E): the "% Complete" cell "half" is no percentage, so it is not read as the percentage complete; it is kept as text under "% Complete".',
        hint: NO_PERCENTAGE_HINT,
        value: "half",
      },
      {
        severity: "warning",
        code: "continued-row",
        path: ["actions", 1],
        message: 'Line 6 has no action number or text, so its cells were added to action 1.2 above it: percentComplete "half", owners "Monitoring Officer".',
        hint: CONTINUED_HINT,
        value: ["half", "Monitoring Officer"],
      },
    ]);
  });

  it("under an action, a row whose only cell is in a column no action takes (the themes) is not read, and said", () => {
    const r = read([
      ["Recommendation", "Ref", "Action", "Theme"],
      ["Improve scrutiny", "1.1", "Review", ""],
      ["", "  ", "", "Governance"],
    ]);
    // Line 3: no number (spaces), no text, no recommendation; its one filled cell is the
    // themes', which a row of an action's cells leaves out: nothing to add to 1.1, so it is
    // reported as not read, its filled cells as written (the spaces left out).
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review" }]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "row-not-read",
        path: ["rows", 3],
        message: 'Line 3: "Governance" is no action, recommendation, step or section the reader can tell, so it is not in the plan.',
        hint: "Give it an action number and text, or a recommendation, or move it below the table if it is a note.",
        value: ["Governance"],
      },
    ]);
    expect(r.lineOf(["rows", 3])).toBe(3);
    expect(r.lineOf([])).toBeUndefined();
  });
});
