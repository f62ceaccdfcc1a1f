import { describe, expect, it } from "vitest";
import { readPlanTable, type TableReadOptions, type TableRow } from "../src/table/read.js";

// The rows below a table's header (src/table/body.ts), read through readPlanTable: what
// each kind of row becomes, the numbers given to actions with none, the cells read as
// fields, and what the reader says. Expected plans and messages are read off each table
// by hand, the reading in comments.
const read = (cells: string[][], options: TableReadOptions = {}) =>
  readPlanTable(
    cells.map((c, i) => ({ cells: c, line: i + 1 }) satisfies TableRow),
    options,
  );
const actionsOf = (r: ReturnType<typeof read>) => r.plan["actions"] as Record<string, unknown>[];
const recsOf = (r: ReturnType<typeof read>) => r.plan["recommendations"] as Record<string, unknown>[];

describe("rows under the table", () => {
  it("reads a row with a number as part of the table, whatever its first words, and stops at a key", () => {
    const r = read([
      ["Recommendation", "Rec ID", "Action No", "Action"],
      // "Key ..." and "Version ..." begin like a key or a note, but the first has an action
      // number and the second a recommendation id.
      ["Key recommendation: improve scrutiny", "R1", "1.1", "Review scrutiny"],
      ["Version control for all policies", "R2", "", ""],
      ["Key: Red = off track", "", "", ""],
      // Below the key, even a numbered row is not read.
      ["Improve training", "R3", "3.1", "Train members"],
    ]);
    expect(recsOf(r).map((rec) => rec["id"])).toEqual(["R1", "R2"]);
    expect(actionsOf(r).map((a) => a["id"])).toEqual(["1.1"]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "row-below-table",
        path: ["rows", 4],
        message: 'Line 4: "Key: Red = off track" is below the table (a key, a legend or a note), so it was not read as an action.',
        hint: "Nothing to do if it is a note; if it is an action, move it above the key.",
      },
      {
        severity: "warning",
        code: "row-below-table",
        path: ["rows", 5],
        message: 'Line 5: "Improve training R3 3.1 Train members" is below the table (a key, a legend or a note), so it was not read as an action.',
        hint: "Nothing to do if it is a note; if it is an action, move it above the key.",
      },
    ]);
    expect([r.lineOf(["rows", 4]), r.lineOf(["rows", 5]), r.lineOf(["columns"]), r.lineOf(["recommendations", 1]), r.lineOf(["actions", 0, "title"])]).toEqual([
      4, 5, 1, 3, 2,
    ]);
  });
});

describe("section rows", () => {
  it("reads text alone in the first column as a section heading, trimmed, whose theme its recommendations take", () => {
    const r = read([
      ["Recommendation", "Ref", "Action"],
      // The Action cell holds a space (a merged cell's leftover): still text alone.
      ["  Leadership of Place  ", "", " "],
      ["Improve scrutiny", "1.1", "Review scrutiny"],
    ]);
    // A current-framework plan: "Leadership of Place" is matched to the current theme
    // "Organisational and place leadership".
    expect(recsOf(r)).toStrictEqual([{ id: "R1", title: "Improve scrutiny", themes: ["organisational-and-place-leadership"], heading: "Leadership of Place" }]);
    // Without themes from headings, the heading is kept and no theme is given.
    const off = read(
      [
        ["Recommendation", "Ref", "Action"],
        ["Leadership of Place", "", ""],
        ["Improve scrutiny", "1.1", "Review scrutiny"],
      ],
      { themesFromHeadings: false },
    );
    expect(recsOf(off)).toStrictEqual([{ id: "R1", title: "Improve scrutiny", heading: "Leadership of Place" }]);
  });

  it("in a numbers-first table, reads a word in the number column as a section and a number alone as an action", () => {
    const r = read([
      ["Ref", "Recommendation", "Action"],
      ["1", "Improve scrutiny", "Review scrutiny"],
      ["Theme 2"],
      ["2", "Improve training", "Train members"],
      ["3"],
    ]);
    expect(actionsOf(r).map((a) => [a["id"], a["recommendation"], a["title"]])).toEqual([
      ["1", "R1", "Review scrutiny"],
      ["2", "R2", "Train members"],
      ["3", "R2", ""],
    ]);
    expect(recsOf(r)[1]!["heading"]).toBe("Theme 2");
  });

  it("reads no sections in a table with a heading or recommendation-id column: a recommendation alone is a recommendation", () => {
    const withHeading = read([
      ["Recommendation", "Section", "Action"],
      ["Improve scrutiny", "", ""],
      ["Improve training", "", "Train members"],
    ]);
    expect(recsOf(withHeading).map((rec) => rec["title"])).toEqual(["Improve scrutiny", "Improve training"]);
    const withIds = read([
      ["Recommendation", "Rec ID", "Action"],
      ["Improve scrutiny", "", ""],
    ]);
    expect(recsOf(withIds)).toStrictEqual([{ id: "R1", title: "Improve scrutiny" }]);
  });
});

describe("recommendations", () => {
  it("keeps two recommendations with the same words and their own ids, and carries one on over a blank or spaces", () => {
    const r = read([
      ["Rec ID", "Recommendation", "Action"],
      ["R1", "See above", "A"],
      ["R2", "See above", "B"],
      ["", "   ", "C"],
      ["", "See above", "D"],
    ]);
    // R2's words again with no id: the same (current) recommendation.
    expect(recsOf(r).map((rec) => rec["id"])).toEqual(["R1", "R2"]);
    expect(actionsOf(r).map((a) => a["recommendation"])).toEqual(["R1", "R2", "R2", "R2"]);
  });

  it("reads a themes cell: ids as they are, names matched, anything else kept; the first row's wins", () => {
    const r = read([
      ["Recommendation", "Themes", "Action"],
      ["Improve scrutiny", "Governance and culture; capacity-for-improvement, ,Parks", "A"],
      ["Improve scrutiny", "Financial planning and management", "B"],
    ]);
    expect(recsOf(r)[0]!["themes"]).toEqual(["governance-and-culture", "capacity-for-improvement", "Parks"]);
  });
});

describe("action numbers given", () => {
  it("numbers actions by recommendation where the table has no numbers, saying so once", () => {
    const r = read([
      ["Recommendation", "Action"],
      ["Improve scrutiny", "A"],
      ["", "B"],
      ["Improve training", "C"],
    ]);
    expect(actionsOf(r).map((a) => a["id"])).toEqual(["1.1", "1.2", "2.1"]);
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

  it("numbers actions under no recommendation 0.1, 0.2, and each unnumbered one in a numbered table, saying which", () => {
    const none = read([
      ["Action", "Status"],
      ["A", "Started"],
      ["B", "Started"],
    ]);
    // No recommendation column and no section rows: each action answers a recommendation of
    // its own words (R1 "A", R2 "B"), so each is action 1 of its recommendation.
    expect(actionsOf(none).map((a) => [a["id"], a["recommendation"]])).toEqual([
      ["1.1", "R1"],
      ["2.1", "R2"],
    ]);
    expect(recsOf(none)).toEqual([
      { id: "R1", title: "A" },
      { id: "R2", title: "B" },
    ]);
    const r = read([
      ["Action No", "Recommendation", "Action"],
      ["", "", "A"],
      ["", "Improve scrutiny", "B"],
      ["1.2", "", "C"],
      ["", "", "D"],
    ]);
    // A: no recommendation yet, 0.1. B: the first of R1, 1.1. C is numbered. D: the third of R1, 1.3.
    expect(actionsOf(r).map((a) => a["id"])).toEqual(["0.1", "1.1", "1.2", "1.3"]);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "generated-id",
        path: ["actions", 0, "id"],
        message: "Line 2: the action has no number, so it is numbered 0.1 (action 1 of recommendation (none)).",
        hint: "Give it the number the plan publishes.",
      },
      {
        severity: "warning",
        code: "generated-id",
        path: ["actions", 1, "id"],
        message: "Line 3: the action has no number, so it is numbered 1.1 (action 1 of recommendation R1).",
        hint: "Give it the number the plan publishes.",
      },
      {
        severity: "warning",
        code: "generated-id",
        path: ["actions", 3, "id"],
        message: "Line 5: the action has no number, so it is numbered 1.3 (action 3 of recommendation R1).",
        hint: "Give it the number the plan publishes.",
      },
    ]);
  });

  it("reads a workbook's numbers as they are, and a CSV's without writePlanCsv's guard", () => {
    const rows = [
      ["Action No", "Action"],
      ["'+1", "'=A"],
    ];
    expect(
      actionsOf(
        read(
          rows.map((r) => [...r]),
          { guarded: false },
        ),
      ).map((a) => [a["id"], a["title"]]),
    ).toEqual([["'+1", "'=A"]]);
    expect(actionsOf(read(rows.map((r) => [...r]))).map((a) => [a["id"], a["title"]])).toEqual([["+1", "=A"]]);
  });
});

describe("steps", () => {
  it("reads steps under their action, with their dates day first, and a step before any action as an error", () => {
    const r = read([
      ["Recommendation", "Action No", "Step", "Action", "Due", "Status"],
      ["Improve scrutiny", "", "a", "Too soon", "", ""],
      ["", "1.1", "", "Review scrutiny", "", ""],
      ["", "", "a", "Draft terms", " 30/06/2024 ", "Done"],
      ["", "", "b", "Agree terms", "Summer 2024", ""],
    ]);
    expect(actionsOf(r)).toStrictEqual([
      {
        id: "1.1",
        recommendation: "R1",
        title: "Review scrutiny",
        steps: [
          { id: "a", text: "Draft terms", due: "2024-06-30", status: "complete" },
          // A period in the Due column is a target.
          { id: "b", text: "Agree terms", timescale: "Summer 2024" },
        ],
      },
    ]);
    expect(r.issues).toStrictEqual([{ severity: "error", code: "orphan-step", path: ["rows", 2], message: 'Line 2: step "a" comes before any action.' }]);
    expect([r.lineOf(["rows", 2]), r.lineOf(["actions", 0, "steps", 0]), r.lineOf(["actions", 0, "steps", 1, "text"]), r.lineOf(["actions", 0])]).toEqual([
      2, 4, 5, 3,
    ]);
  });
});

describe("an action's cells", () => {
  it("reads a Due column's date day first, and anything else there as the target", () => {
    const r = read([
      ["Action No", "Action", "Due", "Target"],
      ["1", "A", "01/04/2024", ""],
      ["2", "B", "TBC", ""],
      ["3", "C", " 2024-06-30 ", ""],
      ["4", "D", "Summer", "March 2025"],
    ]);
    // D has a target already, so its due stays as written, for validation to report.
    expect(actionsOf(r).map(({ id, due, timescale }) => ({ id, due, timescale }))).toStrictEqual([
      { id: "1", due: "2024-04-01", timescale: undefined },
      { id: "2", due: undefined, timescale: "TBC" },
      { id: "3", due: "2024-06-30", timescale: undefined },
      { id: "4", due: "Summer", timescale: "March 2025" },
    ]);
    expect("due" in actionsOf(r)[1]!).toBe(false);
  });

  it("reads a revised target as the target, keeping the original in its text", () => {
    const r = read([
      ["Action No", "Action", "Target", "Due", "Revised target"],
      ["1", "A", " June 2025 ", "", "March 2025"],
      ["2", "B", "", "", "March 2025"],
      ["3", "C", "March 2025", "", "March 2025"],
      ["4", "D", "", "30/06/2025", "March 2025"],
    ]);
    expect(actionsOf(r).map((a) => [a["timescale"], "due" in a])).toEqual([
      ["March 2025 (originally June 2025)", false],
      ["March 2025", false],
      ["March 2025", false],
      // The due date as written, which would override the revised target, goes into the text.
      ["March 2025 (originally 30/06/2025)", false],
    ]);
  });

  it("takes a status from the RAG column where there is no Status column, and says so", () => {
    const r = read([
      ["Action No", "Recommendation", "Action", "RAG"],
      ["1", "R", "A", "In progress"],
      ["2", "R", "B", "Complete"],
      ["3", "R", "C", "Green"],
    ]);
    // "In progress" is no rating: the status, and no RAG. "Complete" is Blue (BRAG), so
    // complete, and stays blue. Green says nothing of the status.
    expect(actionsOf(r).map(({ status, rag }) => ({ status, rag }))).toStrictEqual([
      { status: "in-progress", rag: undefined },
      { status: "complete", rag: "blue" },
      { status: undefined, rag: "green" },
    ]);
    expect("rag" in actionsOf(r)[0]!).toBe(false);
    expect(r.issues).toStrictEqual([
      {
        severity: "warning",
        code: "status-from-rag",
        path: ["actions", 0, "status"],
        message: 'Line 2: the table has no Status column, and the action\'s RAG "In progress" says it is in-progress: it is read so.',
        hint: "Give the status in a Status column if the RAG means something else.",
      },
      {
        severity: "warning",
        code: "status-from-rag",
        path: ["actions", 1, "status"],
        message: 'Line 3: the table has no Status column, and the action\'s RAG "Complete" says it is complete: it is read so.',
        hint: "Give the status in a Status column if the RAG means something else.",
      },
    ]);
  });

  it("keeps a status a period column gives over the RAG column's", () => {
    const r = read([
      ["Published", "2024-05"],
      ["Action No", "Recommendation", "Action", "RAG", "Q1 status", "Q2 status"],
      ["1", "R", "A", "Blue", "Not started", "In progress"],
    ]);
    // Q2 (to 30 September 2024) is the latest: in progress, though the RAG is blue.
    expect(actionsOf(r)[0]).toStrictEqual({
      id: "1",
      recommendation: "R1",
      title: "A",
      status: "in-progress",
      rag: "blue",
      updates: [{ date: "2024-06-30", status: "not-started" }],
    });
    expect(r.issues.map((i) => i.code)).toEqual(["period-columns"]);
  });

  it("reads an Updates cell of JSON before the periods' updates, and says when it is not JSON", () => {
    const r = read([
      ["Published", "2024-05"],
      ["Action No", "Recommendation", "Action", "Updates", "Q1 RAG", "Q2 RAG"],
      ["1", "R", "A", '[{"date": "2024-05-15", "note": "Begun"}]', "Amber", "Green"],
      ["2", "R", "B", "[oops", "", ""],
    ]);
    expect(actionsOf(r)[0]!["updates"]).toEqual([
      { date: "2024-05-15", note: "Begun" },
      { date: "2024-06-30", rag: "amber" },
    ]);
    expect(r.issues[1]).toStrictEqual({
      severity: "error",
      code: "invalid-value",
      path: ["actions", 1, "updates"],
      message: "Line 4: the Updates cell is not a JSON list of updates.",
      hint: 'Write e.g. [{"date": "2024-06-01", "status": "in-progress"}].',
    });
  });

  it("reads a council's own word for what it says, trims unknown words, and keeps a comment of spaces", () => {
    const r = read(
      [
        ["Action No", "Action", "Status", "RAG", "Comments"],
        ["1", "A", "Red flag", "", "  "],
        ["2", "B", " Waiting ", " Purple ", ""],
        ["3", "C", "", "On hold", ""],
      ],
      { wordings: { "Red flag": { rag: "red" }, "On hold": { status: "on-hold" } } },
    );
    // "Red flag" in the Status column means only red: no status. "On hold" in the RAG
    // column means only a status: no rating.
    expect(actionsOf(r).map(({ status, rag, comments }) => ({ status, rag, comments }))).toStrictEqual([
      { status: undefined, rag: "red", comments: "  " },
      { status: "Waiting", rag: "Purple", comments: undefined },
      { status: "on-hold", rag: undefined, comments: undefined },
    ]);
    expect(Object.keys(actionsOf(r)[0]!)).toEqual(["id", "recommendation", "title", "rag", "comments"]);
  });

  it("keeps other columns as plain fields, trimmed headings, blanks left out", () => {
    const r = read([
      ["Action No", "Action", " Budget ", "__proto__"],
      ["1", "A", "£5k", "x"],
      ["2", "B", "   ", ""],
    ]);
    const [a, b] = actionsOf(r);
    expect(Object.keys(a!)).toEqual(["id", "recommendation", "title", "Budget", "__proto__"]);
    expect(Object.getOwnPropertyDescriptor(a, "Budget")).toEqual({ value: "£5k", enumerable: true, writable: true, configurable: true });
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(Object.keys(b!)).toEqual(["id", "recommendation", "title"]);
    expect(r.layout.columns).toEqual([
      { heading: "Action No", field: "actionId" },
      { heading: "Action", field: "title" },
      { heading: "Budget", field: undefined },
      { heading: "__proto__", field: undefined },
    ]);
  });
});

describe("no header", () => {
  it("says so, at line 1, with the plan empty", () => {
    const r = read([["Notes"], ["Budget", "Cost"]]);
    expect(r.plan).toStrictEqual({ schemaVersion: 1 });
    expect(r.issues).toStrictEqual([
      {
        severity: "error",
        code: "no-header",
        path: [],
        message: 'No header row was found: name the columns, e.g. "Peer Review Recommendation", "Activity", "Target for completion", "Status".',
      },
    ]);
    expect([r.lineOf([]), r.lineOf(["actions", 0])]).toEqual([1, 1]);
    expect(r.layout).toEqual({ columns: [] });
  });
});
