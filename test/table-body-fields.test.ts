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

  it("a column with no heading read as the percentages: an unclear cell, and a second one carried onto an action, are kept under its column's letter, said as the percentage", () => {
    const r = read([
      ["Recommendation", "Ref", "Action", "", "Owner"],
      ["Improve scrutiny", "1.1", "Review", "50%", ""],
      ["", "1.2", "Train", "25%", ""],
      ["", "1.3", "Plan", "75%", ""],
      ["", "", "", "80%", ""],
      ["", "1.4", "Report", "0.75", ""],
    ]);
    // Column D has no heading (the Owner column right of it makes it part of the table); 4 of
    // its 5 cells are percentages (0.75 is not), so it is read as the percentage complete by
    // its place and contents, and said.
    // Line 5: no number or text, carried onto 1.3 (action 2), which has 75 already: "80%" is
    // kept as text under "Column D" (no heading to name it).
    // Line 6: the column's one bare number, 0.75, is 1 or under: the column's bare numbers
    // are all fractions, so 0.75 is unclear (0.75 % or 75 %), kept as text under "Column D",
    // and named "percentage" in the message. No Status column and no RAG: 0.75 is above 0
    // and under 100 % either way, so 1.4 is in progress, said with the percentage named so.
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review", percentComplete: 50 },
      { id: "1.2", recommendation: "R1", title: "Train", percentComplete: 25 },
      { id: "1.3", recommendation: "R1", title: "Plan", percentComplete: 75, "Column D": "80%" },
      { id: "1.4", recommendation: "R1", title: "Report", status: "in-progress", "Column D": "0.75" },
    ]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "continued-row",
        path: ["actions", 2],
        message: 'Line 5 has no action number or text, so its cells were added to action 1.3 above it: percentComplete "80%".',
        hint: CONTINUED_HINT,
        value: ["80%"],
      },
      {
        severity: "warning",
        code: "unclear-percent",
        path: ["actions", 3, "percentComplete"],
        message: `Line 6 (column D): the percentage cell "0.75" could be 0.75 % or 75 % ${ALL_ONE_OR_UNDER}, so it is not read as the percentage complete; it is kept as text under percentage.`,
        hint: 'Write it with its sign, e.g. "75%" or "0.75%" (in Excel, give the column a percentage format).',
        value: "0.75",
      },
      {
        severity: "warning",
        code: "status-from-progress",
        path: ["actions", 3, "status"],
        message:
          'Line 6: the table has no Status column, and the action\'s percentage "0.75" is above 0 and under 100 % whichever it means (0.75 % or 75 %): it is read as in progress.',
        hint: FROM_PROGRESS_HINT,
        value: "0.75",
      },
      {
        severity: "warning",
        code: "column-read",
        path: ["columns", 3],
        message: 'Read the column with no heading (D) as the percentage complete: percentages (4 of 5 cells, e.g. "50%").',
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

describe("an action's recommendation and its own", () => {
  it("with a recommendation-reference column and no reference on the row, the action answers none and gets none of its own words", () => {
    const r = read([
      ["Rec ID", "Ref", "Action", "Budget"],
      ["", "1.1", "Review"],
    ]);
    // The table has a column for recommendations' references, so an action with none there
    // answers no recommendation (recommendation ""), and none is made of its own words. The
    // row ends before Budget, so Budget gives nothing.
    expect(r.plan["recommendations"]).toStrictEqual([]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "", title: "Review" }]);
    expect(r.issues).toStrictEqual([]);
  });

  it("after an action of its own recommendation, the actions under a section all answer the section's", () => {
    const r = read([
      ["Ref", "Action", "Owner"],
      ["1.1", "Review scrutiny", "Chief Executive"],
      ["Leadership", "", ""],
      ["2.1", "Train members", "Monitoring Officer"],
      ["2.2", "Plan the budget", "Section 151 Officer"],
    ]);
    // 1.1, under no section: R1 of its own words, said once. "Leadership" alone in the first
    // column: a section, R2, its heading and the theme it names. 2.1 and 2.2 both under R2
    // (only the action with its own recommendation leaves the next without one).
    expect(r.plan["recommendations"]).toStrictEqual([
      { id: "R1", title: "Review scrutiny" },
      { id: "R2", title: "Leadership", themes: ["organisational-and-place-leadership"], heading: "Leadership" },
    ]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review scrutiny", owners: ["Chief Executive"] },
      { id: "2.1", recommendation: "R2", title: "Train members", owners: ["Monitoring Officer"] },
      { id: "2.2", recommendation: "R2", title: "Plan the budget", owners: ["Section 151 Officer"] },
    ]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "column-read",
        path: ["columns"],
        message: "The table has no column of recommendations: an action with no section above it answers a recommendation of its own words.",
        hint: "Add a Recommendation column, or say which column holds them with the columns option.",
      },
    ]);
  });
});

describe("the status where the table has a Status column, and where it has none", () => {
  it("with a Status column, an empty status stays empty whatever the RAG or the percentage say", () => {
    const r = read([
      ["Recommendation", "Ref", "Action", "Status", "RAG", "% Complete"],
      ["Improve scrutiny", "1.1", "Review", "", "Blue", ""],
      ["", "1.2", "Train", "", "", "0.75"],
    ]);
    // 1.1: Blue is the RAG; the Status column is there, so no status is read from it.
    // 1.2: the column's one bare number, 0.75, is 1 or under: unclear, kept as text under
    // "% Complete" (column F) and said; no status is read from it either.
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review", rag: "blue" },
      { id: "1.2", recommendation: "R1", title: "Train", "% Complete": "0.75" },
    ]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "unclear-percent",
        path: ["actions", 1, "percentComplete"],
        message: `Line 3 (column F): the "% Complete" cell "0.75" could be 0.75 % or 75 % ${ALL_ONE_OR_UNDER}, so it is not read as the percentage complete; it is kept as text under "% Complete".`,
        hint: 'Write it with its sign, e.g. "75%" or "0.75%" (in Excel, give the column a percentage format).',
        value: "0.75",
      },
    ]);
  });

  it("with no Status column, an unclear percentage is in progress unless the RAG gives a colour or a status; a blank one says nothing", () => {
    const r = read([
      ["Recommendation", "Ref", "Action", "RAG", "% Complete "],
      ["Improve scrutiny", "1.1", "Review", "", " 0.75 "],
      ["", "1.2", "Train", "Green", "0.5"],
      ["", "1.3", "Plan", "Not started", "0.25"],
      ["", "1.4", "Report", "", ""],
    ]);
    // The column's bare numbers, 0.75, 0.5 and 0.25, are all 1 or under: each unclear, kept
    // under "% Complete" (the heading trimmed; column E) and said.
    // 1.1: no RAG, "0.75" (trimmed) is above 0 and under 100 % either way (0.75 % or 75 %):
    // in progress, said. 1.2: Green is a RAG, so nothing more. 1.3: "Not started" in the RAG
    // column is no RAG but a status: not-started, said, and no RAG; the status is given, so
    // nothing more.
    // 1.4: a blank percentage says nothing.
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review", status: "in-progress", "% Complete": "0.75" },
      { id: "1.2", recommendation: "R1", title: "Train", rag: "green", "% Complete": "0.5" },
      { id: "1.3", recommendation: "R1", title: "Plan", status: "not-started", "% Complete": "0.25" },
      { id: "1.4", recommendation: "R1", title: "Report" },
    ]);
    const unclear = (line: number, action: number, cell: string, percent: string) => ({
      severity: "warning",
      code: "unclear-percent",
      path: ["actions", action, "percentComplete"],
      message: `Line ${line} (column E): the "% Complete" cell "${cell}" could be ${cell} % or ${percent} % ${ALL_ONE_OR_UNDER}, so it is not read as the percentage complete; it is kept as text under "% Complete".`,
      hint: `Write it with its sign, e.g. "${percent}%" or "${cell}%" (in Excel, give the column a percentage format).`,
      value: cell,
    });
    expect(r.issues).toStrictEqual([
      unclear(2, 0, "0.75", "75"),
      {
        severity: "warning",
        code: "status-from-progress",
        path: ["actions", 0, "status"],
        message:
          'Line 2: the table has no Status column, and the action\'s "% Complete" "0.75" is above 0 and under 100 % whichever it means (0.75 % or 75 %): it is read as in progress.',
        hint: FROM_PROGRESS_HINT,
        value: "0.75",
      },
      unclear(3, 1, "0.5", "50"),
      unclear(4, 2, "0.25", "25"),
      {
        severity: "warning",
        code: "status-from-rag",
        path: ["actions", 2, "status"],
        message: 'Line 4: the table has no Status column, and the action\'s RAG "Not started" says it is not-started: it is read so.',
        hint: "Give the status in a Status column if the RAG means something else.",
      },
    ]);
  });
});

describe("lettered and numbered steps in the action's cell", () => {
  it("are the action's steps, each with its target where the target cell letters or numbers one; one lettered item is a step only with a lettered target", () => {
    const r = read([
      ["Recommendation", "Ref", "Action", "Target"],
      ["Improve scrutiny", "1.1", "a. Publish the report b. Report quarterly c. Review the results", "a. July 2025 c. March 2026"],
      ["", "1.2", "1. Hold member workshops\n2. Publish the plan", "1. June 2025\n2. September 2025"],
      ["", "1.3", "a. Review the protocols", "December 2025"],
      ["", "1.4", "a. Review the protocols", "a. Autumn 2025"],
      ["", "1.5", "a and b. Train the members", ""],
      ["", "1.6", "a. Draft the code b. Adopt the code", ""],
    ]);
    // Each action keeps its cells as written (the target cell is its timescale).
    // 1.1: three lettered steps; the targets letter a and c, so b has none.
    // 1.2: two numbered lines, their targets numbered beside them.
    // 1.3: one lettered item and a target with no letter: no steps.
    // 1.4: one lettered item with a lettered target: one step, with its target.
    // 1.5: one item of two letters: two steps of the same text.
    // 1.6: two lettered items, no target: two steps with none.
    expect(r.plan["actions"]).toStrictEqual([
      {
        id: "1.1",
        recommendation: "R1",
        title: "a. Publish the report b. Report quarterly c. Review the results",
        timescale: "a. July 2025 c. March 2026",
        steps: [
          { id: "a", text: "Publish the report", timescale: "July 2025" },
          { id: "b", text: "Report quarterly" },
          { id: "c", text: "Review the results", timescale: "March 2026" },
        ],
      },
      {
        id: "1.2",
        recommendation: "R1",
        title: "1. Hold member workshops\n2. Publish the plan",
        timescale: "1. June 2025\n2. September 2025",
        steps: [
          { id: "1", text: "Hold member workshops", timescale: "June 2025" },
          { id: "2", text: "Publish the plan", timescale: "September 2025" },
        ],
      },
      { id: "1.3", recommendation: "R1", title: "a. Review the protocols", timescale: "December 2025" },
      {
        id: "1.4",
        recommendation: "R1",
        title: "a. Review the protocols",
        timescale: "a. Autumn 2025",
        steps: [{ id: "a", text: "Review the protocols", timescale: "Autumn 2025" }],
      },
      {
        id: "1.5",
        recommendation: "R1",
        title: "a and b. Train the members",
        steps: [
          { id: "a", text: "Train the members" },
          { id: "b", text: "Train the members" },
        ],
      },
      {
        id: "1.6",
        recommendation: "R1",
        title: "a. Draft the code b. Adopt the code",
        steps: [
          { id: "a", text: "Draft the code" },
          { id: "b", text: "Adopt the code" },
        ],
      },
    ]);
    expect(r.issues).toStrictEqual([]);
  });
});

describe("a carried cell under a dated period's column", () => {
  it("is kept under that column's heading and said so", () => {
    const r = read([
      ["Recommendation", "Ref", "Action", "Q1 2024/25 Status", "Q2 2024/25 Status"],
      ["Improve scrutiny", "1.1", "Review", "In progress", ""],
      ["", "", "", "", "Complete"],
    ]);
    // Line 3 has no number and no text: its one cell, "Complete" under the Q2 2024/25 status column (a
    // dated period's, no field and no extra column), goes onto action 1.1 above under that column's
    // heading. Before, it was kept as "Column 5", a name no other message uses (columns are lettered).
    const action = (r.plan["actions"] as Record<string, unknown>[])[0]!;
    expect(action["Q2 2024/25 Status"]).toBe("Complete");
    expect(r.issues.filter((i) => i.code === "continued-row")).toStrictEqual([
      {
        severity: "warning",
        code: "continued-row",
        path: ["actions", 0],
        message: 'Line 3 has no action number or text, so its cells were added to action 1.1 above it: Q2 2024/25 Status "Complete".',
        hint: CONTINUED_HINT,
        value: ["Complete"],
      },
    ]);
  });
});
