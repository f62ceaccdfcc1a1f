// The rows below a table's header (src/table/body.ts), for its mutation score (issue 32): one
// column of recommendations and actions (a recommendation on a row of its own, its actions
// under it), the key under a table with no "Key" line, a header printed again, a trailer line
// and a section row. Each plan and message is worked out by hand from the rows and the rules in
// body.ts's comments, the working beside each case. Themes from headings are off throughout, so
// that no heading's theme comes into a plan.
import { describe, expect, it } from "vitest";
import { readPlanTable, type CellMeta, type TableRow } from "../src/table/read.js";

type Row =
  readonly string[] | { readonly cells: string[]; readonly line?: number; readonly across?: boolean; readonly meta?: readonly (CellMeta | undefined)[] };

/** Rows on lines 1, 2, 3, ... unless a row gives its own line. */
const read = (rows: readonly Row[]) =>
  readPlanTable(
    rows.map((r, i): TableRow =>
      Array.isArray(r) ? { cells: [...(r as readonly string[])], line: i + 1 } : { line: i + 1, ...(r as Exclude<Row, readonly string[]>) },
    ),
    { themesFromHeadings: false },
  );

const MIXED_HINT = "If it is not so, say which column holds what with the columns option.";
const mixed = (heading: string, lines: string) =>
  `${JSON.stringify(heading)} holds recommendations and actions: a row with a reference and nothing else is a recommendation (${lines}), and the rows under it with an owner, a target or a status are its actions.`;
const GENERATED_ALL = {
  severity: "warning",
  code: "generated-id",
  path: ["actions"],
  message: "The table has no column of action numbers, so the actions are numbered by recommendation (1.1, ...).",
  hint: 'Add an "Action No" column to keep the numbers the plan publishes.',
};
const generated = (line: number, index: number, id: string, n: number, rec: string) => ({
  severity: "warning",
  code: "generated-id",
  path: ["actions", index, "id"],
  message: `Line ${line}: the action has no number, so it is numbered ${id} (action ${n} of recommendation ${rec}).`,
  hint: "Give it the number the plan publishes.",
});
const below = (line: number, text: string) => ({
  severity: "warning",
  code: "row-below-table",
  path: ["rows", line],
  message: `Line ${line}: ${JSON.stringify(text)} is below the table (a key, a legend or a note), so it was not read as an action.`,
  hint: "Nothing to do if it is a note; if it is an action, move it above the key.",
});
const unusedSection = (line: number, text: string) => ({
  severity: "warning",
  code: "row-not-read",
  path: ["rows", line],
  message: `Line ${line}: the section heading ${JSON.stringify(text)} has no recommendation under it, so it is in no part of the plan.`,
  hint: "Nothing to do if it is a note; otherwise put its recommendations under it.",
  value: [text],
});
const NO_REC_OWN = {
  severity: "warning",
  code: "column-read",
  path: ["columns"],
  message: "The table has no column of recommendations: an action with no section above it answers a recommendation of its own words.",
  hint: "Add a Recommendation column, or say which column holds them with the columns option.",
};

describe("one column of recommendations and actions, with a Ref column", () => {
  it("a recommendation row over an unnumbered action: said with its line and the heading as written, trimmed", () => {
    // Columns: Ref (actionId), " Recommendation " (the recommendation, no Action column), Lead, Target.
    // Line 2: a reference and text, nothing else: the recommendation R1 (R1 is a reference as
    // councils write them, so it is kept). Line 3: no reference, text, a lead and a target: its
    // action, numbered 1.1 (the first of R1), said as the Ref column has no number for it.
    const r = read([
      ["Ref", " Recommendation ", "Lead", "Target"],
      ["R1", "Improve scrutiny", "", ""],
      ["", "Review arrangements", "Head of Governance", "March 2025"],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review arrangements", owners: ["Head of Governance"], timescale: "March 2025" },
    ]);
    // One recommendation row: "line 2"; the heading quoted without its spaces.
    expect(r.issues).toStrictEqual([
      generated(3, 0, "1.1", 1, "R1"),
      { severity: "warning", code: "column-read", path: ["columns"], message: mixed("Recommendation", "line 2"), hint: MIXED_HINT },
    ]);
  });

  it("two recommendation rows, each over a numbered action: 'lines 2, 4'", () => {
    // Lines 2 (R1) and 4 (R2): reference and text alone, recommendations. 1.1 is under R1 (its
    // numbers start with R1's 1 and go on), 2.1 under R2: their actions, with their own numbers.
    const r = read([
      ["Ref", "Recommendation", "Lead"],
      ["R1", "Improve scrutiny", ""],
      ["1.1", "Review arrangements", "CEO"],
      ["R2", "Set a budget", ""],
      ["2.1", "Agree savings", "CFO"],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([
      { id: "R1", title: "Improve scrutiny" },
      { id: "R2", title: "Set a budget" },
    ]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review arrangements", owners: ["CEO"] },
      { id: "2.1", recommendation: "R2", title: "Agree savings", owners: ["CFO"] },
    ]);
    expect(r.issues).toStrictEqual([
      { severity: "warning", code: "column-read", path: ["columns"], message: mixed("Recommendation", "lines 2, 4"), hint: MIXED_HINT },
    ]);
  });

  it("a lead cell of spaces is no other cell: the row is still a recommendation on its own", () => {
    // Line 2's Lead cell holds only spaces: nothing beside the reference and text, so R1 is a
    // recommendation row, and 1.1 (owner CEO) its action.
    const r = read([
      ["Ref", "Recommendation", "Lead"],
      ["R1", "Improve scrutiny", "  "],
      ["1.1", "Review", "CEO"],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review", owners: ["CEO"] }]);
    expect(r.issues).toStrictEqual([
      { severity: "warning", code: "column-read", path: ["columns"], message: mixed("Recommendation", "line 2"), hint: MIXED_HINT },
    ]);
  });

  it("a Ref cell of spaces under a recommendation row is no reference: the row is its action", () => {
    // Line 3's Ref cell is spaces: an empty reference, so the row (text, CEO) is R1's action,
    // numbered 1.1 and said.
    const r = read([
      ["Ref", "Recommendation", "Lead"],
      ["R1", "Improve scrutiny", ""],
      ["  ", "Review", "CEO"],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review", owners: ["CEO"] }]);
    expect(r.issues).toStrictEqual([
      generated(3, 0, "1.1", 1, "R1"),
      { severity: "warning", code: "column-read", path: ["columns"], message: mixed("Recommendation", "line 2"), hint: MIXED_HINT },
    ]);
  });

  it("an action row shorter than the header (no Ref cell at all) is under the recommendation", () => {
    // Ref is the last column; line 3 has two cells, so no Ref cell: an empty reference, its text
    // and a lead: R1's action 1.1 (numbered and said).
    const r = read([
      ["Recommendation", "Lead", "Ref"],
      ["Improve scrutiny", "", "R1"],
      ["Review", "CEO"],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review", owners: ["CEO"] }]);
    expect(r.issues).toStrictEqual([
      generated(3, 0, "1.1", 1, "R1"),
      { severity: "warning", code: "column-read", path: ["columns"], message: mixed("Recommendation", "line 2"), hint: MIXED_HINT },
    ]);
  });

  it("a row of text alone with no reference is no recommendation row: it and the row below are recommendations of their own", () => {
    // Line 2 R1 over line 3 (its action 1.1). Line 4: text and nothing else, but no reference:
    // not a recommendation row, and (nothing beside its text) no action of R1's either, so the run
    // ends; line 5 (text and CFO, no reference) is under no recommendation row. Read as any row
    // of a table with no action column: each a recommendation of its own (R2, R3: R1 is taken)
    // that is its own action (2.1, 3.1, each numbered and said).
    const r = read([
      ["Ref", "Recommendation", "Lead"],
      ["R1", "Improve scrutiny", ""],
      ["", "Review", "CEO"],
      ["", "Improve audit", ""],
      ["", "Train members", "CFO"],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([
      { id: "R1", title: "Improve scrutiny" },
      { id: "R2", title: "Improve audit" },
      { id: "R3", title: "Train members" },
    ]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review", owners: ["CEO"] },
      { id: "2.1", recommendation: "R2", title: "Improve audit" },
      { id: "3.1", recommendation: "R3", title: "Train members", owners: ["CFO"] },
    ]);
    expect(r.issues).toStrictEqual([
      generated(3, 0, "1.1", 1, "R1"),
      generated(4, 1, "2.1", 1, "R2"),
      generated(5, 2, "3.1", 1, "R3"),
      { severity: "warning", code: "column-read", path: ["columns"], message: mixed("Recommendation", "line 2"), hint: MIXED_HINT },
    ]);
  });

  it("a first row of text and a lead, with no recommendation row above, is a recommendation of its own and nothing is said of the column", () => {
    // No recommendation row above line 2, so it is no action under one: a recommendation R1 of
    // its text and its own action 1.1 (numbered, said). No row is a recommendation row, so no
    // column-read message.
    const r = read([
      ["Ref", "Recommendation", "Lead"],
      ["", "Review arrangements", "CEO"],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Review arrangements" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review arrangements", owners: ["CEO"] }]);
    expect(r.issues).toStrictEqual([generated(2, 0, "1.1", 1, "R1")]);
  });

  it("a recommendation row with no action under it, in a table where another has one, is its own action, numbered", () => {
    // Line 2 R1 over 1.1 (line 3). Line 4 R2: reference and text alone with nothing under it: in
    // such a table, a recommendation that is its own action, numbered 2.1 (first of R2) and said.
    // The message names line 2 only: R2 has no action under it.
    const r = read([
      ["Ref", "Recommendation", "Lead"],
      ["R1", "Improve scrutiny", ""],
      ["1.1", "Review", "CEO"],
      ["R2", "Set a budget", ""],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([
      { id: "R1", title: "Improve scrutiny" },
      { id: "R2", title: "Set a budget" },
    ]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review", owners: ["CEO"] },
      { id: "2.1", recommendation: "R2", title: "Set a budget" },
    ]);
    expect(r.issues).toStrictEqual([
      generated(4, 1, "2.1", 1, "R2"),
      { severity: "warning", code: "column-read", path: ["columns"], message: mixed("Recommendation", "line 2"), hint: MIXED_HINT },
    ]);
  });

  it("recommendation rows with no action under any: each keeps its reference for its action too, and nothing is said", () => {
    // No action under any recommendation row, so the table is not read as one column of both:
    // "R1" beside new text is the recommendation's reference and its action's (body.ts's
    // #recommendationRef); the action's text is the recommendation's, as the table has no
    // action column.
    const r = read([
      ["Ref", "Recommendation", "Lead"],
      ["R1", "Improve scrutiny", ""],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "R1", recommendation: "R1", title: "Improve scrutiny" }]);
    expect(r.issues).toStrictEqual([]);
  });

  it("a table with an Action column is not read so, though its rows look it", () => {
    // Columns Recommendation, Ref, Action, Owner: the action text has its own column. Line 2:
    // R1 beside new text, nothing else: recommendation R1 and no action (no action text, no other
    // cell). Line 3: the same text (still R1), 1.1, its action "Review" (the Action column's, not
    // the recommendation's words), owner CEO. Nothing said.
    const r = read([
      ["Recommendation", "Ref", "Action", "Owner"],
      ["Improve scrutiny", "R1", "", ""],
      ["Improve scrutiny", "1.1", "Review", "CEO"],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review", owners: ["CEO"] }]);
    expect(r.issues).toStrictEqual([]);
  });

  it("a bare 1 in a % Complete column whose numbers are all 1 or under is not read, and said so", () => {
    // Columns Ref, Action, Status, % Complete: no recommendation column, so 1.1 answers R1 of its
    // own words (said). The % column's only bare number is 1: all 1 or under, some not 0, so it
    // could be 1 % or 100 %: not read, kept as text under "% Complete" (column D), said.
    const r = read([
      ["Ref", "Action", "Status", "% Complete"],
      ["1.1", "Review", "In progress", "1"],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Review" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review", status: "in-progress", "% Complete": "1" }]);
    expect(r.issues).toStrictEqual([
      NO_REC_OWN,
      {
        severity: "warning",
        code: "unclear-percent",
        path: ["actions", 0, "percentComplete"],
        message:
          'Line 2 (column D): the "% Complete" cell "1" could be 1 % or 100 % (the column\'s numbers are all 1 or under, with no % sign), so it is not read as the percentage complete; it is kept as text under "% Complete".',
        hint: 'Write it with its sign, e.g. "100%" or "1%" (in Excel, give the column a percentage format).',
        value: "1",
      },
    ]);
  });
});

describe("one column of recommendations and actions, with a Rec No column (whose numbers say which are under which)", () => {
  // Rec No, Recommendation, Lead: the recommendation's number is the reference. Line 2 is the
  // recommendation row (number and text alone); line 3 (number, text, CEO) is its action where
  // its number starts with all of line 2's and goes on.
  const table = (parent: string, child: string) => [
    ["Rec No", "Recommendation", "Lead"],
    [parent, "Improve scrutiny", ""],
    [child, "Review arrangements", "CEO"],
  ];
  // Under: recommendation `parent`, its action 1.1 (no action-number column: numbered by
  // recommendation, said once), the column's reading said with line 2.
  it.each([
    ["1", "1.1"],
    ["12", "12.1"],
    ["R1", "1.2.3"],
  ])("%s over %s: the action of the recommendation above", (parent, child) => {
    const r = read(table(parent, child));
    expect(r.plan["recommendations"]).toStrictEqual([{ id: parent, title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: parent, title: "Review arrangements", owners: ["CEO"] }]);
    expect(r.issues).toStrictEqual([
      GENERATED_ALL,
      { severity: "warning", code: "column-read", path: ["columns"], message: mixed("Recommendation", "line 2"), hint: MIXED_HINT },
    ]);
  });

  // Not under: each row a recommendation of its number that is its own action (the table has
  // no action column), numbered by recommendation 1.1 and 2.1; nothing said of the column.
  it.each([
    // The same numbers, none more: 1 is not under R1.
    ["R1", "1"],
    // Numbers that start otherwise: 2.1 not under 1, 1.2.1 not under 1.1.
    ["1", "2.1"],
    ["1.1", "1.2.1"],
    // 12 is twelve, not 1 then 2.
    ["1", "12.1"],
    // A reference with no number has nothing to be under.
    ["A", "1.1"],
  ])("%s over %s: two recommendations, each its own action", (parent, child) => {
    const r = read(table(parent, child));
    expect(r.plan["recommendations"]).toStrictEqual([
      { id: parent, title: "Improve scrutiny" },
      { id: child, title: "Review arrangements" },
    ]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: parent, title: "Improve scrutiny" },
      { id: "2.1", recommendation: child, title: "Review arrangements", owners: ["CEO"] },
    ]);
    expect(r.issues).toStrictEqual([GENERATED_ALL]);
  });

  it("a row with a lead and no text (its text cell spaces) ends the run: its lead goes to the action above, the next row is a recommendation of its own", () => {
    // Line 2: recommendation 1. Line 3: its action 1.1 (CEO). Line 4: no text (spaces), so no
    // action under 1: its lead is added to 1.1 (said). Line 5, after the run ended: text and CFO,
    // no number: a recommendation of its own, R2 (the second), its own action 2.1.
    const r = read([
      ["Rec No", "Recommendation", "Lead"],
      ["1", "Improve scrutiny", ""],
      ["", "Review arrangements", "CEO"],
      ["", "  ", "Head of Governance"],
      ["", "Train members", "CFO"],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([
      { id: "1", title: "Improve scrutiny" },
      { id: "R2", title: "Train members" },
    ]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "1", title: "Review arrangements", owners: ["CEO", "Head of Governance"] },
      { id: "2.1", recommendation: "R2", title: "Train members", owners: ["CFO"] },
    ]);
    expect(r.issues).toStrictEqual([
      GENERATED_ALL,
      {
        severity: "warning",
        code: "continued-row",
        path: ["actions", 0],
        message: 'Line 4 has no action number or text, so its cells were added to action 1.1 above it: owners "Head of Governance".',
        hint: "If it is an action of its own, give it its number or text.",
        value: ["Head of Governance"],
      },
      { severity: "warning", code: "column-read", path: ["columns"], message: mixed("Recommendation", "line 2"), hint: MIXED_HINT },
    ]);
  });
});

describe("a key under the table with no Key line over it", () => {
  // Columns Ref, Recommendation, Action, Owner; line 2 the one action, 1.1 of R1 (Improve
  // scrutiny), owner CEO, in every table here.
  const HEAD = ["Ref", "Recommendation", "Action", "Owner"];
  const ACTION = ["1.1", "Improve scrutiny", "Review", "CEO"];
  const BLANK = ["", "", "", ""];
  const PLAN_RECS = [{ id: "R1", title: "Improve scrutiny" }];
  const PLAN_ACTIONS = [{ id: "1.1", recommendation: "R1", title: "Review", owners: ["CEO"] }];
  const FILL: CellMeta = { fill: "#FF0000" };

  it("after a blank row, two rows of one status word each (a blank row after them too): below the table", () => {
    // Line 3 blank parts them from the table; lines 4 and 5 are the table's last filled rows
    // (line 6 blank), each one cell of text (line 4's second cell only spaces), no action
    // number: "Complete" is a status (and a RAG), "Not started" a status: 2 of 2 worded, more
    // than half. Each is said; the blank line 3 is no row at all.
    const r = read([HEAD, ACTION, BLANK, ["Complete", " ", "", ""], ["Not started", "", "", ""], BLANK]);
    expect(r.plan["recommendations"]).toStrictEqual(PLAN_RECS);
    expect(r.plan["actions"]).toStrictEqual(PLAN_ACTIONS);
    expect(r.issues).toStrictEqual([below(4, "Complete"), below(5, "Not started")]);
  });

  it("parted by a gap in the sheet's row numbers, two RAG words in the second column: below the table", () => {
    // No blank row, but lines 3 and 4 are missing: the gap parts lines 5 and 6 from line 2.
    // Each has one text, in the Recommendation column (the first cell spaces): "Red" and "Green",
    // RAG wordings (no status), 2 of 2.
    const r = read([
      { cells: HEAD, line: 1 },
      { cells: ACTION, line: 2 },
      { cells: ["  ", "Red", "", ""], line: 5 },
      { cells: ["  ", "Green", "", ""], line: 6 },
    ]);
    expect(r.plan["recommendations"]).toStrictEqual(PLAN_RECS);
    expect(r.plan["actions"]).toStrictEqual(PLAN_ACTIONS);
    expect(r.issues).toStrictEqual([below(5, "Red"), below(6, "Green")]);
  });

  it("rows of other words, each with a filled cell of no text (a swatch): below the table", () => {
    // "Council priorities", "Partner priorities": no status or RAG. Line 4's second cell is spaces
    // with a fill; line 5 has one cell, and a fill on the second, which it does not have (no
    // text): both swatches, so the block is a key.
    const r = read([
      HEAD,
      ACTION,
      BLANK,
      { cells: ["Council priorities", "  ", "", ""], meta: [undefined, FILL] },
      { cells: ["Partner priorities"], meta: [undefined, FILL] },
    ]);
    expect(r.plan["recommendations"]).toStrictEqual(PLAN_RECS);
    expect(r.plan["actions"]).toStrictEqual(PLAN_ACTIONS);
    expect(r.issues).toStrictEqual([below(4, "Council priorities"), below(5, "Partner priorities")]);
  });

  it("a fill on the text's own cell, or meta with no fill, is no swatch; one swatch of two is no key: section rows", () => {
    // Line 4: its filled cell holds the text, and its second cell has meta but no fill: no swatch.
    // Line 5: a swatch. Not every row has one, and neither text is a status or RAG: no key. Each
    // row is then one text in the first column (no action number): a section heading, with no
    // recommendation under it, said (line 4's when line 5 comes, line 5's at the end). The blank
    // line 3 is no row, and not said.
    const r = read([
      HEAD,
      ACTION,
      BLANK,
      { cells: ["Council priorities", "", "", ""], meta: [FILL, { ref: "B4" }] },
      { cells: ["Partner priorities", "", "", ""], meta: [undefined, FILL] },
    ]);
    expect(r.plan["recommendations"]).toStrictEqual(PLAN_RECS);
    expect(r.plan["actions"]).toStrictEqual(PLAN_ACTIONS);
    expect(r.issues).toStrictEqual([unusedSection(4, "Council priorities"), unusedSection(5, "Partner priorities")]);
  });

  it("one of two rows a status word is not most of them: section rows", () => {
    // "Complete" worded, "Council priorities" not: 1 of 2, not more than half; no swatches.
    const r = read([HEAD, ACTION, BLANK, ["Complete", "", "", ""], ["Council priorities", "", "", ""]]);
    expect(r.plan["actions"]).toStrictEqual(PLAN_ACTIONS);
    expect(r.issues).toStrictEqual([unusedSection(4, "Complete"), unusedSection(5, "Council priorities")]);
  });

  it("one status row after a blank row is no key (two or more): a section row", () => {
    const r = read([HEAD, ACTION, BLANK, ["Complete", "", "", ""]]);
    expect(r.plan["actions"]).toStrictEqual(PLAN_ACTIONS);
    expect(r.issues).toStrictEqual([unusedSection(4, "Complete")]);
  });

  it("status rows with nothing parting them from the header are no key: section rows", () => {
    // Lines 2 and 3, one status each, but no blank row or gap above them: sections, no action.
    const r = read([HEAD, ["Complete", "", "", ""], ["Not started", "", "", ""]]);
    expect(r.plan["recommendations"]).toStrictEqual([]);
    expect(r.plan["actions"]).toStrictEqual([]);
    expect(r.issues).toStrictEqual([unusedSection(2, "Complete"), unusedSection(3, "Not started")]);
  });

  it("rows of more than one text after a blank row are actions, though each starts with a status", () => {
    // Columns Status, Recommendation, Action, Owner (no number column). Lines 4 and 5 have four
    // texts each: no key. Line 2: R1, action 1.1 complete; line 4: R2 (new text), its action 2.1
    // in progress ("On track"); line 5: the same text, still R2, 2.2 not started. The ids are
    // generated, said once.
    const r = read([
      ["Status", "Recommendation", "Action", "Owner"],
      ["Complete", "Improve scrutiny", "Review", "CEO"],
      BLANK,
      ["On track", "Improve audit", "Train", "CFO"],
      ["Not started", "Improve audit", "Plan", "CFO"],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([
      { id: "R1", title: "Improve scrutiny" },
      { id: "R2", title: "Improve audit" },
    ]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review", owners: ["CEO"], status: "complete" },
      { id: "2.1", recommendation: "R2", title: "Train", owners: ["CFO"], status: "in-progress" },
      { id: "2.2", recommendation: "R2", title: "Plan", owners: ["CFO"], status: "not-started" },
    ]);
    expect(r.issues).toStrictEqual([GENERATED_ALL]);
  });
});

describe("the header printed again", () => {
  // Columns Ref, Recommendation, Action, Owner. Line 2: 1.1 of R1, CEO; line 4: 1.2, the same
  // recommendation (its text again), CFO. Line 3 is the row in question.
  const HEAD = ["Ref", "Recommendation", "Action", "Owner"];
  const around = (row: Row, head: readonly string[] = HEAD) =>
    read([head, ["1.1", "Improve scrutiny", "Review", "CEO"], row, ["1.2", "Improve scrutiny", "Train", "CFO"]]);
  const TWO_ACTIONS = [
    { id: "1.1", recommendation: "R1", title: "Review", owners: ["CEO"] },
    { id: "1.2", recommendation: "R1", title: "Train", owners: ["CFO"] },
  ];

  it.each([
    // Every heading as written.
    [["Ref", "Recommendation", "Action", "Owner"]],
    // Two headings as written, one cell empty and one of spaces: two the same is enough.
    [["Ref", "", "Action", "  "]],
    // Ref as written; Lead, Actions and Recommendations name the same fields as Owner, Action and
    // Recommendation.
    [["Ref", "Recommendations", "Actions", "Lead"]],
  ])("%j is no row of the table: nothing read, nothing said", (cells) => {
    const r = around(cells);
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual(TWO_ACTIONS);
    expect(r.issues).toStrictEqual([]);
  });

  it("a heading written with spaces, in the header and in the row, is still the heading as written", () => {
    // The header's " Ref " and the row's "Ref " are both Ref: the row has a heading as written,
    // and its other cells name the same fields as their headings.
    const r = around(["Ref ", "Recommendations", "Actions", "Lead"], [" Ref ", "Recommendation", "Action", "Owner"]);
    expect(r.plan["actions"]).toStrictEqual(TWO_ACTIONS);
    expect(r.issues).toStrictEqual([]);
  });

  it("a row with headings as written and text under a heading that names no field is a row, not the header again", () => {
    // Header Ref, Recommendation, Action, Ward ("Ward" names no field of the plan: kept under its
    // heading). Line 3 has "Ref" and "Action" as written, but "North" under Ward is no heading: a
    // row of the table, an action numbered "Ref" titled "Action" of R1, its Ward North. Before, the
    // row was taken for the header again and dropped without a word.
    const head = ["Ref", "Recommendation", "Action", "Ward"];
    const r = read([head, ["1.1", "Improve scrutiny", "Review", "South"], ["Ref", "", "Action", "North"], ["1.2", "Improve scrutiny", "Train", "East"]]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review", Ward: "South" },
      { id: "Ref", recommendation: "R1", title: "Action", Ward: "North" },
      { id: "1.2", recommendation: "R1", title: "Train", Ward: "East" },
    ]);
  });

  it("an action titled Action is no header: its other cells are no headings", () => {
    // "Action" under Action is a heading as written, but "1.5" under Ref and "CFO" under Owner
    // are other text: an action 1.5 of R1.
    const r = around(["1.5", "", "Action", "CFO"]);
    expect(r.plan["actions"]).toStrictEqual([TWO_ACTIONS[0], { id: "1.5", recommendation: "R1", title: "Action", owners: ["CFO"] }, TWO_ACTIONS[1]]);
    expect(r.issues).toStrictEqual([]);
  });

  it("one heading alone is no header: an action titled Action, numbered", () => {
    // Only "Action", under Action: one the same, not two. Read as an action of R1 with no
    // number: the second of R1, 1.2, said (the next row's own 1.2 is kept as written).
    const r = around(["", "", "Action", ""]);
    expect(r.plan["actions"]).toStrictEqual([TWO_ACTIONS[0], { id: "1.2", recommendation: "R1", title: "Action" }, TWO_ACTIONS[1]]);
    expect(r.issues).toStrictEqual([generated(3, 1, "1.2", 2, "R1")]);
  });

  // A heading of 60 characters is short enough to be a header's; one of 61 is not.
  const LONG = "Comments on the progress made by the council since the review";
  const readingOf = (heading: string) => ({
    severity: "warning",
    code: "column-read",
    path: ["columns", 3],
    message: `Read ${JSON.stringify(heading)} as the comments: the word "comment" in its heading.`,
    hint: "If it is not, say which with the columns option (cpc --columns FILE, or the page's column choices).",
    value: heading,
  });

  it("a header of a 60-character heading printed again is no row", () => {
    const h = LONG.slice(0, 60);
    expect(h.length).toBe(60);
    // The fourth heading has the word "comment": the comments, read so and said.
    const r = read([
      ["Ref", "Recommendation", "Action", h],
      ["1.1", "Improve scrutiny", "Review", "x"],
      ["Ref", "Recommendation", "Action", h],
    ]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review", comments: "x" }]);
    expect(r.issues).toStrictEqual([readingOf(h)]);
  });

  it("a header of a 61-character heading printed again is read as a row", () => {
    expect(LONG.length).toBe(61);
    // A cell over 60 characters: no header. Line 3 is then a row: number "Ref" (no
    // recommendation's reference), new recommendation text "Recommendation" (R2), action "Ref"
    // titled "Action", its comments the long heading.
    const r = read([
      ["Ref", "Recommendation", "Action", LONG],
      ["1.1", "Improve scrutiny", "Review", "x"],
      ["Ref", "Recommendation", "Action", LONG],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([
      { id: "R1", title: "Improve scrutiny" },
      { id: "R2", title: "Recommendation" },
    ]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review", comments: "x" },
      { id: "Ref", recommendation: "R2", title: "Action", comments: LONG },
    ]);
    expect(r.issues).toStrictEqual([readingOf(LONG)]);
  });
});

describe("a trailer line, and section rows", () => {
  it("an action numbered in its row is no trailer though its text starts 'Source'; a Key line in the second column is one", () => {
    // Columns Action, Ref, Owner (no recommendation column). Line 2: "Source new funding" starts
    // with a trailer's word, but its Ref is an action number: action 1.1, answering a
    // recommendation of its own words, R1 (said). Line 3: its first text (the first cell is
    // spaces) "Key: red is late": below the table.
    const r = read([
      ["Action", "Ref", "Owner"],
      ["Source new funding", "1.1", "CFO"],
      ["  ", "Key: red is late", ""],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Source new funding" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Source new funding", owners: ["CFO"] }]);
    expect(r.issues).toStrictEqual([NO_REC_OWN, below(3, "Key: red is late")]);
  });

  it("in a table whose first column is the action's, one cell merged across is a section; one cell of text not merged is an action", () => {
    // Columns Action, Owner: the first column is the action text. Line 2, merged across: the
    // section Leadership, read as recommendation R1 (no recommendation column, said). Line 3,
    // "Review scrutiny" alone in the first column, not merged: an action, 1.1 of R1 (no number
    // column: numbered, said once).
    const r = read([["Action", "Owner"], { cells: ["Leadership", ""], across: true }, ["Review scrutiny", ""]]);
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Leadership", heading: "Leadership" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review scrutiny" }]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "column-read",
        path: ["columns"],
        message: "The table has no column of recommendations: each section row is read as the recommendation its actions answer.",
        hint: "Add a Recommendation column, or say which column holds them with the columns option.",
      },
      GENERATED_ALL,
    ]);
  });

  it("a section's heading is its text, not the spaces of a column before the table's first", () => {
    // The first heading is blank, so the table's first column is Ref (the second). Line 2:
    // spaces, then Leadership under Ref: a section (no number). Line 3: R1 (Improve scrutiny),
    // action 1.1, its heading Leadership.
    const r = read([
      ["", "Ref", "Recommendation", "Action"],
      ["  ", "Leadership", "", ""],
      ["", "1.1", "Improve scrutiny", "Review"],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny", heading: "Leadership" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review" }]);
    expect(r.issues).toStrictEqual([]);
  });
});
