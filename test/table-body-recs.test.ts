// The rows below a table's header (src/table/body.ts), for its mutation score (issue 32): which
// rows BodyReader.read takes for a recommendation, an action or neither; a council's own
// reference for a recommendation in the number column ("R1", "PCR1"); a recommendation given
// again, and the ids given to recommendations with none; a section heading no recommendation
// takes; a recommendation's heading and themes. Each plan and message is worked out by hand from
// the rows and the rules in body.ts's comments, the working beside each case.
import { describe, expect, it } from "vitest";
import { readPlanTable, type TableRow } from "../src/table/read.js";

const read = (cells: string[][]) => readPlanTable(cells.map((c, i) => ({ cells: c, line: i + 1 }) satisfies TableRow));
const GIVE_NUMBER = "Give it the number the plan publishes.";
const AGAIN_HINT = "Give each recommendation its own reference, or the same words each time.";
const SECTION_HINT = "Nothing to do if it is a note; otherwise put its recommendations under it.";

describe("one column of recommendations and actions, a recommendation on a row of its own", () => {
  it("reads a reference with spaces round it as the recommendation's, and a last recommendation with no action under it as its own action", () => {
    const r = read([
      ["Ref", "Recommendation", "Owner"],
      [" R5 ", "Improve scrutiny", ""],
      ["", "Review the committees", "CEO"],
      ["R6", "Train members", ""],
    ]);
    // No Action column, so "Recommendation" holds both. Line 2: a reference and text, nothing
    // else: a recommendation; line 3 under it (no reference, text and an owner): its action;
    // line 4: a reference and text, nothing else, with no action under it: a recommendation,
    // and (the table has actions under recommendations) its own action, its text the
    // recommendation's.
    // " R5 " trimmed is "R5", a council's reference (R and a number): the recommendation's id.
    // Line 3 has no number: action 1 of R5, the first recommendation: 1.1. Line 4 has no action
    // number of its own (the row's reference is the recommendation's): action 1 of R6, the
    // second: 2.1.
    expect(r.plan["recommendations"]).toStrictEqual([
      { id: "R5", title: "Improve scrutiny" },
      { id: "R6", title: "Train members" },
    ]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R5", title: "Review the committees", owners: ["CEO"] },
      { id: "2.1", recommendation: "R6", title: "Train members" },
    ]);
    // Each number made up is said (the table has a number column); the column read as both is
    // said, naming line 2 only: line 4 has no action under it.
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "generated-id",
        path: ["actions", 0, "id"],
        message: "Line 3: the action has no number, so it is numbered 1.1 (action 1 of recommendation R5).",
        hint: GIVE_NUMBER,
      },
      {
        severity: "warning",
        code: "generated-id",
        path: ["actions", 1, "id"],
        message: "Line 4: the action has no number, so it is numbered 2.1 (action 1 of recommendation R6).",
        hint: GIVE_NUMBER,
      },
      {
        severity: "warning",
        code: "column-read",
        path: ["columns"],
        message:
          '"Recommendation" holds recommendations and actions: a row with a reference and nothing else is a recommendation (line 2), and the rows under it with an owner, a target or a status are its actions.',
        hint: "If it is not so, say which column holds what with the columns option.",
      },
    ]);
  });
});

describe("a recommendation's row, and whether it is an action too", () => {
  it("a row with a recommendation and an Action cell of spaces is the recommendation only", () => {
    const r = read([
      ["Ref", "Recommendation", "Action", "Owner"],
      ["", "Improve scrutiny", "  ", ""],
    ]);
    // No number; the Action cell is spaces, no text; no other cell: a new recommendation (R1,
    // the first) and nothing else, said nowhere.
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([]);
    expect(r.issues).toStrictEqual([]);
  });

  it("'R3' beside a recommendation with an owner and no action text is the recommendation's reference and its action's", () => {
    const r = read([
      ["Ref", "Recommendation", "Action", "Owner"],
      ["R3", "Improve scrutiny", "", "CEO"],
    ]);
    // "R3" is a council's reference (R and a number) beside new recommendation text: the
    // recommendation's id. The row has an owner, what an action holds: an action too, numbered
    // R3 as written, with no text.
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R3", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "R3", recommendation: "R3", title: "", owners: ["CEO"] }]);
    expect(r.issues).toStrictEqual([]);
  });

  it("with no Action column, a recommendation with no number is its own action, numbered by recommendation", () => {
    const r = read([
      ["Recommendation", "Owner"],
      ["Improve scrutiny", "CEO"],
    ]);
    // Recommendations and no column of action text: each recommendation is its own action, its
    // text the recommendation's. No number column: numbered by recommendation, the first action
    // of the first recommendation 1.1, said once for the table.
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Improve scrutiny", owners: ["CEO"] }]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "generated-id",
        path: ["actions"],
        message: "The table has no column of action numbers, so the actions are numbered by recommendation (1.1, ...).",
        hint: 'Add an "Action No" column to keep the numbers the plan publishes.',
      },
    ]);
  });

  it("with no Action column, 'R3' beside a recommendation is its id and its action's", () => {
    const r = read([
      ["Ref", "Recommendation"],
      ["R3", "Improve scrutiny"],
    ]);
    // "R3": a council's reference beside new text, the recommendation's id. No Action column:
    // the recommendation is its own action, numbered R3 as written, its text the
    // recommendation's. (The one-column reading needs an action under a recommendation: none.)
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R3", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "R3", recommendation: "R3", title: "Improve scrutiny" }]);
    expect(r.issues).toStrictEqual([]);
  });

  it("with no Action column, '1.1' beside a recommendation is an action's number, the recommendation numbered R1", () => {
    const r = read([
      ["Ref", "Recommendation"],
      ["1.1", "Improve scrutiny"],
    ]);
    // "1.1" is no recommendation's reference (it has a dot and no R): the action's number. The
    // recommendation has no reference: R1. The table has no Action column, so the recommendation is
    // its own action, in its words (before, its text was empty).
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Improve scrutiny" }]);
    expect(r.issues).toStrictEqual([]);
  });
});

describe("a table with no column of action text: each recommendation its own action, in its words", () => {
  it("whether its number is a recommendation's (R1) or an action's (1)", () => {
    const r = read([
      ["Ref", "Recommendation", "Lead"],
      ["R1", "Improve scrutiny", ""],
      ["1", "Review arrangements", "CEO"],
    ]);
    // Line 2: R1, a recommendation's reference beside its text: recommendation R1 and its action R1.
    // Line 3: "1" is no recommendation's reference, nor under R1 (1 is not deeper than R1's 1): a new
    // recommendation, R2, and its action 1, in its words, led by the CEO. Before, action 1's text was empty.
    expect(r.plan["recommendations"]).toStrictEqual([
      { id: "R1", title: "Improve scrutiny" },
      { id: "R2", title: "Review arrangements" },
    ]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "R1", recommendation: "R1", title: "Improve scrutiny" },
      { id: "1", recommendation: "R2", title: "Review arrangements", owners: ["CEO"] },
    ]);
    expect(r.issues).toStrictEqual([]);
  });
});

describe("an action with no recommendation column and no text", () => {
  const NO_REC = {
    severity: "warning",
    code: "column-read",
    path: ["columns"],
    message: "The table has no column of recommendations: an action with no section above it answers a recommendation of its own words.",
    hint: "Add a Recommendation column, or say which column holds them with the columns option.",
  };

  it("answers a recommendation of the row's words where its Action cell is empty", () => {
    const r = read([
      ["Ref", "Action", "Owner"],
      ["1.1", "", "CEO"],
    ]);
    // No recommendation column, no section above: a recommendation of the action's own words
    // (R1, the first); its text is empty, so the row's filled cells joined by a space: "1.1 CEO".
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "1.1 CEO" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "", owners: ["CEO"] }]);
    expect(r.issues).toStrictEqual([NO_REC]);
  });

  it("answers a recommendation of the row's words where its Action cell is spaces", () => {
    const r = read([
      ["Ref", "Action", "Owner"],
      ["1.1", "  ", "CEO"],
    ]);
    // The Action cell is spaces, no text: the recommendation's words are the row's filled
    // cells, "1.1 CEO" (the spaces are no filled cell); the action keeps its cell as written.
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "1.1 CEO" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "  ", owners: ["CEO"] }]);
    expect(r.issues).toStrictEqual([NO_REC]);
  });
});

describe("a council's reference for a recommendation in the number column", () => {
  it("is not read where the table has a recommendation-reference column", () => {
    const r = read([
      ["Rec ID", "Recommendation", "Ref", "Action"],
      ["R1", "Improve scrutiny", "PCR1", "Review"],
    ]);
    // The Rec ID column gives the recommendation's id, R1; "PCR1" in the number column is then
    // the action's number only.
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "PCR1", recommendation: "R1", title: "Review" }]);
    expect(r.issues).toStrictEqual([]);
  });

  it("is read beside new recommendation text; beside an empty, blank or the same text it is an action's number under the recommendation above", () => {
    const r = read([
      ["Ref", "Recommendation", "Action"],
      ["PCR1", "Improve scrutiny", "Review"],
      ["PCR2", "", "Train"],
      ["PCR3", "  ", "Plan"],
      ["PCR4", "Improve scrutiny", "Audit"],
    ]);
    // Line 2: "PCR1" (up to four letters, R, a number) beside new text: the recommendation's
    // id, and the action's number. Line 3: no recommendation text: "PCR2" is the action's
    // number, under PCR1. Line 4: the text is spaces, none: the same. Line 5: the same text as
    // PCR1's, no new recommendation: "PCR4" an action's number under PCR1.
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "PCR1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "PCR1", recommendation: "PCR1", title: "Review" },
      { id: "PCR2", recommendation: "PCR1", title: "Train" },
      { id: "PCR3", recommendation: "PCR1", title: "Plan" },
      { id: "PCR4", recommendation: "PCR1", title: "Audit" },
    ]);
    expect(r.issues).toStrictEqual([]);
  });

  it("an action's number on a row with a recommendation and nothing else is the recommendation's reference", () => {
    const r = read([
      ["Ref", "Recommendation", "Action", "Owner"],
      ["1.1", "Improve scrutiny", "", ""],
      ["1.2", "Improve audit", "  ", ""],
      ["1.3", "Improve planning", "", "  "],
    ]);
    // Each row: a number, recommendation text, no action text (empty or spaces), nothing else
    // (the Owner cell of line 4 is spaces): a recommendation, the number its reference kept as
    // its id; no action.
    expect(r.plan["recommendations"]).toStrictEqual([
      { id: "1.1", title: "Improve scrutiny" },
      { id: "1.2", title: "Improve audit" },
      { id: "1.3", title: "Improve planning" },
    ]);
    expect(r.plan["actions"]).toStrictEqual([]);
    expect(r.issues).toStrictEqual([]);
  });

  it("an action's number on a row with a recommendation and an owner is an action with no text", () => {
    const r = read([
      ["Ref", "Recommendation", "Action", "Owner"],
      ["1.1", "Improve scrutiny", "", "CEO"],
    ]);
    // An owner, what an action holds: "1.1" is the action's number (Kingston's activity 19),
    // the recommendation with no reference is R1.
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "", owners: ["CEO"] }]);
    expect(r.issues).toStrictEqual([]);
  });

  it("a number with a recommendation cell of spaces is an action of no recommendation", () => {
    const r = read([
      ["Ref", "Recommendation", "Action"],
      ["1.1", "  ", ""],
    ]);
    // The recommendation cell is spaces, no recommendation: "1.1" is an action's number, with
    // no text, under no recommendation (the table has a recommendation column, so none is made).
    expect(r.plan["recommendations"]).toStrictEqual([]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "", title: "" }]);
    expect(r.issues).toStrictEqual([]);
  });
});

describe("a recommendation given again, and the ids of recommendations with none", () => {
  it("a row giving the current recommendation's text again and nothing else is that recommendation, said nowhere", () => {
    const r = read([
      ["Ref", "Recommendation", "Action"],
      ["1.1", "Improve scrutiny", "Review"],
      ["", "Improve scrutiny", ""],
    ]);
    // Line 3: the same text as R1's, no number, no action text, no other cell: R1 again, no
    // new recommendation and no action; nothing to say.
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review" }]);
    expect(r.issues).toStrictEqual([]);
  });

  it("a recommendation with no reference takes the next R number the table's references do not use", () => {
    const r = read([
      ["Rec ID", "Recommendation", "Ref", "Action"],
      ["", "Improve scrutiny", "1.1", "Review"],
      ["R1", "Improve audit", "2.1", "Train"],
    ]);
    // Line 2: no reference; the first, so R1, but the table's line 3 writes R1: R2. Line 3: R1
    // as written.
    expect(r.plan["recommendations"]).toStrictEqual([
      { id: "R2", title: "Improve scrutiny" },
      { id: "R1", title: "Improve audit" },
    ]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R2", title: "Review" },
      { id: "2.1", recommendation: "R1", title: "Train" },
    ]);
    expect(r.issues).toStrictEqual([]);
    expect(r.lineOf(["recommendations", 0])).toBe(2);
    expect(r.lineOf(["recommendations", 1])).toBe(3);
  });

  it("a recommendation with no reference does not take an R number a recommendation above already has", () => {
    const r = read([
      ["Ref", "Recommendation", "Action"],
      ["R2.", "Improve scrutiny", "Review"],
      ["1.1", "Improve audit", "Train"],
    ]);
    // Line 2: "R2." is R2 with the number's final dot: a council's reference beside new text,
    // the recommendation's id and its action's, R2. Line 3: no reference, the second
    // recommendation, so R2, which line 2's has: R3. (The table writes "R2.", not "R2".)
    expect(r.plan["recommendations"]).toStrictEqual([
      { id: "R2", title: "Improve scrutiny" },
      { id: "R3", title: "Improve audit" },
    ]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "R2", recommendation: "R2", title: "Review" },
      { id: "1.1", recommendation: "R3", title: "Train" },
    ]);
    expect(r.issues).toStrictEqual([]);
  });

  it("a reference given again keeps its first words: blank text and the same words are nothing to say, other words are said trimmed", () => {
    const r = read([
      ["Rec ID", "Recommendation", "Ref", "Action"],
      ["R1", "  ", "1.1", "Review"],
      ["R2", "Improve audit", "2.1", "Train"],
      ["R2", "  ", "2.2", "Plan"],
      ["R2", "Improve audit", "2.3", "Audit"],
      ["R2", "  Improve finance ", "2.4", "Budget"],
    ]);
    // Line 2: R1 with text of spaces: no title. Line 3: R2, "Improve audit". Lines 4 and 5:
    // R2 with spaces, then the same words: nothing said. Line 6: R2 with other words: said,
    // quoted trimmed, the cell as written its value; the first words kept.
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1" }, { id: "R2", title: "Improve audit" }]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review" },
      { id: "2.1", recommendation: "R2", title: "Train" },
      { id: "2.2", recommendation: "R2", title: "Plan" },
      { id: "2.3", recommendation: "R2", title: "Audit" },
      { id: "2.4", recommendation: "R2", title: "Budget" },
    ]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "row-not-read",
        path: ["rows", 6],
        message: 'Line 6: recommendation R2 is given again with other words, "Improve finance"; its first words are kept.',
        hint: AGAIN_HINT,
        value: "  Improve finance ",
      },
    ]);
  });
});

describe("a section heading no recommendation takes", () => {
  it("inside a recommendation whose actions carry on below it: said with the actions", () => {
    const r = read([
      ["Recommendation", "Ref", "Action"],
      ["Improve scrutiny", "1.1", "Review"],
      ["Next steps", " ", ""],
      ["", "1.2", "Plan"],
      ["", "1.3", "Audit"],
    ]);
    // Line 3: text in the first column only (the Ref cell is a space): a section heading.
    // Lines 4 and 5 give no recommendation: they carry on R1, which took no heading. At the end
    // of the table the heading is said: inside R1, whose actions 1.2, 1.3 carry on below it; its
    // value the heading's filled cell only.
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review" },
      { id: "1.2", recommendation: "R1", title: "Plan" },
      { id: "1.3", recommendation: "R1", title: "Audit" },
    ]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "row-not-read",
        path: ["rows", 3],
        message:
          'Line 3: the section heading "Next steps" comes inside recommendation R1, whose actions 1.2, 1.3 below it carry on; a recommendation has one heading, so it keeps its first and this one is in no part of the plan.',
        hint: SECTION_HINT,
        value: ["Next steps"],
      },
    ]);
    // The heading's line at its row's path; the plan as a whole has no line.
    expect(r.lineOf(["rows", 3])).toBe(3);
    expect(r.lineOf([])).toBeUndefined();
  });

  it("over actions of no recommendation: it has none under it", () => {
    const r = read([
      ["Recommendation", "Ref", "Action"],
      ["Next steps", "", ""],
      ["", "1.1", "Review"],
    ]);
    // Line 2: a section heading. Line 3: an action, no recommendation above (the table has a
    // recommendation column, so the section is no recommendation): of none. The heading is said
    // as having no recommendation under it.
    expect(r.plan["recommendations"]).toStrictEqual([]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "", title: "Review" }]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "row-not-read",
        path: ["rows", 2],
        message: 'Line 2: the section heading "Next steps" has no recommendation under it, so it is in no part of the plan.',
        hint: SECTION_HINT,
        value: ["Next steps"],
      },
    ]);
    expect(r.lineOf(["rows", 2])).toBe(2);
  });
});

describe("a recommendation's heading and themes", () => {
  it("a Heading cell of spaces is no heading", () => {
    const r = read([
      ["Heading", "Recommendation", "Ref", "Action"],
      ["  ", "Improve scrutiny", "1.1", "Review"],
    ]);
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review" }]);
    expect(r.issues).toStrictEqual([]);
  });

  it("a recommendation given again keeps the themes it was first given", () => {
    const r = read([
      ["Rec ID", "Recommendation", "Theme", "Ref", "Action"],
      ["R1", "Improve scrutiny", "Governance", "1.1", "Review"],
      ["R1", "Improve scrutiny", "Financial planning", "1.2", "Train"],
    ]);
    // Line 2: "Governance" names one theme of the current framework, governance and culture.
    // Line 3: R1 again, its themes already read: "Financial planning" is not read.
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny", themes: ["governance-and-culture"] }]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review" },
      { id: "1.2", recommendation: "R1", title: "Train" },
    ]);
    expect(r.issues).toStrictEqual([]);
  });

  it("with a Theme column, an empty theme cell gives no theme: not from the heading, nor from a 'Theme:' line", () => {
    const r = read([
      ["Recommendation", "Theme", "Ref", "Action"],
      ["Leadership", "", "", ""],
      ["Improve scrutiny\nTheme: Governance and culture", "", "1.1", "Review"],
    ]);
    // Line 2: a section heading, which R1 takes as its heading. The table has a Theme column,
    // and R1's is empty: no themes, though the heading and the text's "Theme:" line name one.
    expect(r.plan["recommendations"]).toStrictEqual([{ id: "R1", title: "Improve scrutiny\nTheme: Governance and culture", heading: "Leadership" }]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review" }]);
    expect(r.issues).toStrictEqual([]);
  });

  it("with no Theme column, the heading's theme comes before the text's 'Theme:' line", () => {
    const r = read([
      ["Recommendation", "Ref", "Action"],
      ["Leadership", "", ""],
      ["Improve scrutiny\nTheme: Governance and culture", "1.1", "Review"],
    ]);
    // The heading "Leadership" names organisational and place leadership: R1's theme; the
    // "Theme:" line's governance and culture is not read over it.
    expect(r.plan["recommendations"]).toStrictEqual([
      {
        id: "R1",
        title: "Improve scrutiny\nTheme: Governance and culture",
        themes: ["organisational-and-place-leadership"],
        heading: "Leadership",
      },
    ]);
    expect(r.plan["actions"]).toStrictEqual([{ id: "1.1", recommendation: "R1", title: "Review" }]);
    expect(r.issues).toStrictEqual([]);
  });

  it("a 'Theme:' line is matched to the plan's framework's themes, and one naming none gives no theme", () => {
    const r = read([
      ["Recommendation", "Ref", "Action"],
      ["Improve delivery\nTheme: Capacity to deliver", "1.1", "Review"],
      ["Improve engagement\nTheme: Community engagement", "2.1", "Consult"],
    ]);
    // The plan gives no framework: the current one. "Capacity to deliver" (capacity, deliver)
    // shares "capacity" with the current framework's capacity for improvement only: one word of
    // two, half, a match. (The previous framework's "Capacity to deliver" is no theme of the
    // current one.) "Community engagement" shares no word with any theme: no theme.
    expect(r.plan["recommendations"]).toStrictEqual([
      { id: "R1", title: "Improve delivery\nTheme: Capacity to deliver", themes: ["capacity-for-improvement"] },
      { id: "R2", title: "Improve engagement\nTheme: Community engagement" },
    ]);
    expect(r.plan["actions"]).toStrictEqual([
      { id: "1.1", recommendation: "R1", title: "Review" },
      { id: "2.1", recommendation: "R2", title: "Consult" },
    ]);
    expect(r.issues).toStrictEqual([]);
  });
});
