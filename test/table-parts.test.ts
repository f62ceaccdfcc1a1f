import { describe, expect, it } from "vitest";
import { applyCellMeta } from "../src/table/cells.js";
import { actionNumber, findHeader, unguard, unguardRows } from "../src/table/header.js";
import { applyPeriods, periodColumns, periodIssues, trimEnd } from "../src/table/periods.js";
import { councilInTitle, cpcDatesIn, readPreamble } from "../src/table/preamble.js";
import { Places, placeOf, quoteRow, rowText, type TableRow } from "../src/table/row.js";
import { readPlanTable } from "../src/table/read.js";
import type { Issue } from "../src/model/issue.js";

// The table reader's parts, each on its own (src/table/*.ts): the header, the rows above
// it, a spreadsheet's cell types and fills, the columns per period. Every expectation is
// read off the input by hand, with the reading in a comment.
const rowsOf = (...cells: string[][]): TableRow[] => cells.map((c, i) => ({ cells: c, line: i + 1 }));

describe("findHeader", () => {
  it("maps each known heading to its first column and keeps the rest, trimmed, as extra", () => {
    const rows = rowsOf(["Action plan"], ["", "Recommendation", "Activity", "", "Status", " Budget ", "Status", "   "]);
    // Row 1 names no column; row 2 names three (Recommendation, Activity, Status). The first
    // blank heading after column 0 (column 3) holds the numbers; column 0's blank is not
    // it. The second "Status" (6) and " Budget " (5) are extra; column 7 is blank.
    const header = findHeader(rows)!;
    expect(header.index).toBe(1);
    expect(header.row).toBe(rows[1]);
    expect([...header.columns]).toEqual([
      ["recommendation", 1],
      ["title", 2],
      ["status", 4],
      ["actionId", 3],
    ]);
    expect(header.extra).toEqual([
      { index: 5, name: "Budget" },
      { index: 6, name: "Status" },
    ]);
    // The left-most heading is Recommendation (1).
    expect(header.firstColumn).toBe(1);
  });

  it("starts at the numbers' blank heading when it is left of every named one", () => {
    // Columns 0 and 1 blank: 1 is the numbers' (0 never is), so the first column is 1.
    const header = findHeader(rowsOf(["", "", "Recommendation", "Action"]))!;
    expect(header.columns.get("actionId")).toBe(1);
    expect(header.firstColumn).toBe(1);
  });

  it("leaves a blank heading alone where a heading names the numbers, and reads a heading of spaces as blank", () => {
    expect([...findHeader(rowsOf(["Action No", "Recommendation", "", "Action"]))!.columns]).toEqual([
      ["actionId", 0],
      ["recommendation", 1],
      ["title", 3],
    ]);
    expect(findHeader(rowsOf(["Recommendation", "  ", "Action"]))!.columns.get("actionId")).toBe(1);
    // No blank heading at all: no numbers column.
    expect(findHeader(rowsOf(["Recommendation", "Action"]))!.columns.has("actionId")).toBe(false);
  });

  it("finds none where no row names two known columns", () => {
    expect(findHeader(rowsOf(["Recommendation", "Budget"], ["Cost", "Comments please"]))).toBeUndefined();
  });
});

describe("action numbers and the formula guard", () => {
  it.each([
    [" 1. ", true, "1", "Kingston's '1.' is action 1, spaces off"],
    ["1.2", true, "1.2", "a number as it is"],
    ["'1.", true, "1.", "writePlanCsv's guard on an id ending in a dot"],
    ["'1.", false, "1.", "the same, from any source"],
    ["Theme 2.", true, "Theme 2.", "no number: its dot stays"],
    ["'=1", true, "=1", "a guarded formula-like id"],
    ["'=1", false, "'=1", "a workbook's text as it is"],
  ])("%j (guarded %s) is %j: %s", (cell, guarded, id) => {
    expect(actionNumber(cell, guarded)).toBe(id);
  });

  it.each([
    ["'=SUM(A1)", "=SUM(A1)"],
    ["'+44 1234", "+44 1234"],
    ["'-", "-"],
    ["'@home", "@home"],
    ["'\tx", "\tx"],
    ["'\rx", "\rx"],
    ["''quoted'", "'quoted'"],
    // Not the guard: an apostrophe before a letter, or not at the start.
    ["'tis", "'tis"],
    ["x'=1", "x'=1"],
    ["=1", "=1"],
  ])("unguard(%j) is %j", (cell, text) => {
    expect(unguard(cell)).toBe(text);
  });

  it("takes the guard off every cell but the action numbers below the header", () => {
    const rows = rowsOf(["'=Title", "'-x"], ["Action No", "Action"], ["'=1", "'=Do it"]);
    unguardRows(rows, findHeader(rows)!);
    expect(rows.map((r) => r.cells)).toEqual([
      ["=Title", "-x"],
      ["Action No", "Action"],
      ["'=1", "=Do it"],
    ]);
  });
});

describe("the rows above the header", () => {
  it.each([
    ["Example Borough Council - CPC action plan", "Example Borough Council"],
    ["Borough Council of King's Lynn and West Norfolk: action plan", "Borough Council of King's Lynn and West Norfolk"],
    // Two spaces each side of "of", and before "Council": still a name.
    ["Council  of  the Isles (plan)", "Council  of  the Isles"],
    ["Testshire  Council | 2024", "Testshire  Council"],
    ["Council", undefined],
    ["Council name", undefined],
    ["Action plan - Example Council", undefined],
    ["Example Council CPC plan", undefined],
    ["Example peer challenge council", undefined],
    // 80 characters before " - " is a name; 81 is not.
    [`${"A".repeat(72)} Council - plan`, `${"A".repeat(72)} Council`],
    [`${"A".repeat(73)} Council - plan`, undefined],
  ])("councilInTitle(%j) is %j", (title, council) => {
    expect(councilInTitle(title)).toBe(council);
  });

  it.each([
    ["Peer challenge: 4-7 March 2024", { start: "2024-03-04", end: "2024-03-07", text: "Peer challenge: 4-7 March 2024" }],
    [
      "The peer challenge took place on 7 to 10 January 2019",
      { start: "2019-01-07", end: "2019-01-10", text: "The peer challenge took place on 7 to 10 January 2019" },
    ],
    // One day: no end. The full stop and the spaces around the line are not the date's.
    ["  CPC was on 4 March 2024.  ", { start: "2024-03-04", end: undefined, text: "CPC was on 4 March 2024." }],
    ["Peer challenge from  12 June 2023", { start: "2023-06-12", end: undefined, text: "Peer challenge from  12 June 2023" }],
    ["Peer challenge: March 2024", undefined],
    ["Peer challenge:", undefined],
    ["Peer challenge 2024", undefined],
    ["Visit: 4 March 2024", undefined],
    ["Peer challenge: 4 March\n2024", undefined],
  ])("cpcDatesIn(%j)", (text, dates) => {
    expect(cpcDatesIn(text)).toStrictEqual(dates);
  });

  it("reads no line longer than 160 characters", () => {
    // "Peer challenge: 4 March 2024" is 28 characters; padded with spaces to 160 it is read.
    const line = "Peer challenge: 4 March 2024";
    expect(cpcDatesIn(line.padEnd(160))?.start).toBe("2024-03-04");
    expect(cpcDatesIn(line.padEnd(161))).toBeUndefined();
  });

  it("reads every detail row, records where each came from, and says what it did not read", () => {
    const rows = rowsOf(
      ["Testshire Borough Council - Corporate peer challenge", "", "action plan"],
      ["Second Borough Council - draft"],
      ["Council code", "E07000999"],
      ["Framework", "Current"],
      ["CPC start", "2024-03-04"],
      ["CPC end", "2024-03-07"],
      ["Published", "2024-05"],
      ["RAG scheme", "RAG"],
      ["Focus areas", "Housing", "", "Climate"],
      ["Peer challenge: 4-7 March 2024"],
      ["Owner", "Jo Bloggs"],
      ["", "  "],
    );
    const places = new Places();
    const issues: Issue[] = [];
    const plan = readPreamble(rows, places, issues);
    // Row 1 is a title naming the council (its filled cells joined by one space); with no
    // Title row it is the plan's title too. Row 2, a second title, is not read; row 10's
    // dates give way to the CPC rows; row 11 is no detail; row 12 is blank.
    expect(plan).toStrictEqual({
      title: "Testshire Borough Council - Corporate peer challenge action plan",
      framework: "current",
      publishedOn: "2024-05",
      ragScheme: "rag",
      focusAreas: ["Housing", "Climate"],
      council: { code: "E07000999", name: "Testshire Borough Council" },
      peerChallenge: { start: "2024-03-04", end: "2024-03-07" },
    });
    expect(issues).toStrictEqual([
      {
        severity: "warning",
        code: "row-above-header",
        path: ["preamble", 2],
        message: 'Line 2: "Second Borough Council - draft" above the header is not a plan detail peer-challenge knows; it was not read.',
        hint: 'Use "Council", "Title", "Framework", "CPC start", "CPC end", "Published" or "Focus areas", with the value in the next column.',
      },
      {
        severity: "warning",
        code: "row-above-header",
        path: ["preamble", 11],
        message: 'Line 11: "Owner Jo Bloggs" above the header is not a plan detail peer-challenge knows; it was not read.',
        hint: 'Use "Council", "Title", "Framework", "CPC start", "CPC end", "Published" or "Focus areas", with the value in the next column.',
      },
      {
        severity: "warning",
        code: "council-from-title",
        path: ["council", "name"],
        message: 'Line 1: the council\'s name is taken from the title: "Testshire Borough Council".',
        hint: 'Add a "Council" row above the table to say it for certain.',
      },
      {
        severity: "warning",
        code: "row-above-header",
        path: ["preamble", 10],
        message: 'Line 10: "Peer challenge: 4-7 March 2024" is not read; the CPC\'s dates are taken from the "CPC start" row.',
      },
    ]);
    const lines = [
      ["council"],
      ["council", "code"],
      ["council", "name"],
      ["title"],
      ["framework"],
      ["peerChallenge"],
      ["peerChallenge", "start"],
      ["peerChallenge", "end"],
      ["publishedOn"],
      ["ragScheme"],
      ["focusAreas", 1],
      ["preamble", 2],
      ["preamble", 10],
      ["preamble", 11],
      ["recommendations"],
    ].map((path) => places.lineOf(path));
    // council and its name from row 1, its code row 3; the title row 1; framework 4; the
    // CPC 5, its end 6; published 7; RAG scheme 8; focus areas 9; the rows not read at
    // their own lines; no line for what was not read from these rows.
    expect(lines).toEqual([1, 3, 1, 1, 4, 5, 5, 6, 7, 8, 9, 2, 10, 11, undefined]);
  });

  it("keeps a Title row's title, a Council row's name, and the CPC's one day from a sentence", () => {
    const rows = rowsOf(["Testshire Borough Council - action plan"], ["Title", "Our plan"], ["Peer challenge: 4 March 2024"], ["Framework", "Previous"]);
    const places = new Places();
    const issues: Issue[] = [];
    expect(readPreamble(rows, places, issues)).toStrictEqual({
      title: "Our plan",
      framework: "previous",
      council: { name: "Testshire Borough Council" },
      // One day: no end.
      peerChallenge: { start: "2024-03-04" },
    });
    expect(issues.map((i) => [i.code, i.message, i.hint])).toEqual([
      [
        "council-from-title",
        'Line 1: the council\'s name is taken from the title: "Testshire Borough Council".',
        'Add a "Council" row above the table to say it for certain.',
      ],
      [
        "cpc-date-from-title",
        'Line 3: the peer challenge\'s dates are taken from "Peer challenge: 4 March 2024": 2024-03-04.',
        'Add a "CPC start" row above the table to say it for certain.',
      ],
    ]);
    expect([places.lineOf(["title"]), places.lineOf(["council"]), places.lineOf(["peerChallenge"])]).toEqual([2, 1, 3]);

    // A two-day sentence says both days; a CPC start row with one value has no end.
    const two: Issue[] = [];
    expect(readPreamble(rowsOf(["The peer challenge took place on 7 to 10 January 2019"]), new Places(), two)).toStrictEqual({
      peerChallenge: { start: "2019-01-07", end: "2019-01-10" },
    });
    expect(two[0]!.message).toBe(
      'Line 1: the peer challenge\'s dates are taken from "The peer challenge took place on 7 to 10 January 2019": 2019-01-07 to 2019-01-10.',
    );
    expect(readPreamble(rowsOf(["CPC start", "2024-03-04"]), new Places(), [])).toStrictEqual({ peerChallenge: { start: "2024-03-04" } });
    // A Council row is preferred to a title; the title is then reported, without a hint.
    const both: Issue[] = [];
    expect(readPreamble(rowsOf(["Testshire Borough Council - plan"], ["Council", "Testshire BC"]), new Places(), both)).toStrictEqual({
      council: { name: "Testshire BC" },
    });
    expect(both).toStrictEqual([
      {
        severity: "warning",
        code: "row-above-header",
        path: ["preamble", 1],
        message: 'Line 1: the title above the header is not read; the council\'s name is taken from the "Council" row.',
      },
    ]);
  });
});

describe("columns per period", () => {
  it("trims the separators off a period's end", () => {
    const sep = /[\s\-\u2013\u2014:,()]/;
    expect([trimEnd("Q1 - ", sep), trimEnd(" - ", sep), trimEnd("", sep), trimEnd("June 2024 (", sep)]).toEqual(["Q1", "", "", "June 2024"]);
  });

  it("groups a period's columns, in heading order, each field's first column, with the period as the heading says it", () => {
    const extra = [
      { index: 3, name: "RAG - June 2024" },
      { index: 4, name: "Update - June 2024" },
      { index: 5, name: "Comments - June 2024" },
      { index: 6, name: "Lead officer comments" },
      { index: 7, name: "September RAG status 2024" },
    ];
    // "RAG - June 2024": the words "RAG " go, leaving " - June 2024", whose leading " - "
    // goes: "June 2024". The update and comments of June are one period, the update's
    // column first. "Lead officer comments" has no number or month: not a period.
    // "September RAG status 2024": "rag status" (not "rag" then "status ...") comes out,
    // leaving "September" + " " + "2024". Dates: the month's last day, years given.
    expect(periodColumns(extra, "2024-05-01")).toStrictEqual({
      columns: [
        { label: "June 2024", date: "2024-06-30", at: { rag: 3, comments: 4 } },
        { label: "September 2024", date: "2024-09-30", at: { rag: 7 } },
      ],
      undated: [],
      undatedColumns: [],
      financialGuess: false,
    });
  });

  it("reads a quarter's year from the plan's dates as a financial quarter, and says none without them", () => {
    const extra = [
      { index: 2, name: "Q1 RAG status" },
      { index: 3, name: "Q2 RAG status" },
    ];
    // Published May 2024: Q1 and Q2 of 2024/25 end 30 June and 30 September 2024.
    expect(periodColumns(extra, "2024-05-01")).toStrictEqual({
      columns: [
        { label: "Q1", date: "2024-06-30", at: { rag: 2 } },
        { label: "Q2", date: "2024-09-30", at: { rag: 3 } },
      ],
      undated: [],
      undatedColumns: [],
      financialGuess: true,
    });
    // No dates to read them against: undated, with their columns, left to right.
    expect(periodColumns(extra, undefined)).toStrictEqual({
      columns: [],
      undated: ["Q1", "Q2"],
      undatedColumns: [
        { label: "Q1", at: { rag: 2 } },
        { label: "Q2", at: { rag: 3 } },
      ],
      financialGuess: false,
    });
    // With its year, a quarter of a calendar year, plan dates or none: Q1 2024 ends 31 March.
    const years = [
      { index: 2, name: "Q1 2024 RAG" },
      { index: 3, name: "Q2 2024 RAG" },
    ];
    expect(periodColumns(years, undefined).columns.map((p) => p.date)).toEqual(["2024-03-31", "2024-06-30"]);
  });

  it("takes one period alone as the current position", () => {
    // "Q1 2025" beside the plan's dates is read as a financial quarter (as the periods are dated
    // against the plan): April to June 2025, ending 30 June. "Lead officer comments" names no period.
    expect(
      periodColumns(
        [
          { index: 2, name: "Q1 2025 RAG" },
          { index: 3, name: "Lead officer comments" },
        ],
        "2024-05-01",
      ),
    ).toStrictEqual({
      columns: [{ label: "Q1 2025", date: "2025-06-30", at: { rag: 2 } }],
      undated: [],
      undatedColumns: [],
      financialGuess: false,
    });
  });

  it("says how it read them, naming the guess only when it made one", () => {
    const said = periodIssues({
      columns: [
        { label: "June 2024", date: "2024-06-30", at: { rag: 3 } },
        { label: "Sept 2024", date: "2024-09-30", at: { rag: 4 } },
      ],
      undated: ["Q5"],
      undatedColumns: [{ label: "Q5", at: { rag: 5 } }],
      financialGuess: false,
    });
    expect(said).toStrictEqual([
      {
        severity: "warning",
        code: "period-columns",
        path: ["columns"],
        message:
          'The columns "June 2024", "Sept 2024" are read as one column per period: the latest filled is each action\'s current position, and the earlier ones are its updates, dated 2024-06-30, 2024-09-30.',
        hint: 'Check the dates; give each heading its year ("Q1 2024/25 RAG") to make them certain.',
      },
      {
        severity: "warning",
        code: "period-columns",
        path: ["columns"],
        message:
          'The column "Q5" looks like one period\'s figures, but the period has no date here (no year, and no CPC or publication date to read it against), so it is kept as a field of each action.',
        hint: 'Give the heading its year ("Q1 2024/25 RAG"), or give the plan\'s CPC start.',
      },
    ]);
    expect(periodIssues({ columns: [], undated: [], undatedColumns: [], financialGuess: false })).toEqual([]);
  });

  it("takes the latest filled period as current wherever its column is, and the others as updates, oldest first", () => {
    // Newest first, as some trackers keep them: Q3 (31 Dec) at 1, Q2 (30 Sep) at 3, Q1 (30 Jun) at 5.
    const periods = [
      { label: "Q3", date: "2024-12-31", at: { status: 0, rag: 1 } },
      { label: "Q2", date: "2024-09-30", at: { status: 2, rag: 3 } },
      { label: "Q1", date: "2024-06-30", at: { comments: 4, rag: 5 } },
    ];
    const action: Record<string, unknown> = {};
    // Q3's cells are a space and blank: not filled. Q2 is the latest filled: status and RAG
    // current. Q1 has only a comment and a RAG: an update with a note, no status.
    applyPeriods(action, [" ", "", "In progress", "Amber", "On track", "Green"], periods, undefined);
    expect(action).toStrictEqual({
      status: "in-progress",
      rag: "amber",
      updates: [{ date: "2024-06-30", rag: "green", note: "On track" }],
    });
  });

  it("keeps a comment as written, and every period as history where the table says the current position", () => {
    const periods = [
      { label: "Q1", date: "2024-06-30", at: { comments: 1 } },
      { label: "Q2", date: "2024-09-30", at: { comments: 2, status: 3 } },
    ];
    // A comment that is a RAG word is a comment: "Green" stays "Green".
    const alone: Record<string, unknown> = {};
    applyPeriods(alone, ["", "Started", "Green", ""], periods, undefined);
    expect(alone).toStrictEqual({ comments: "Green", updates: [{ date: "2024-06-30", note: "Started" }] });
    // The action's own comment came first: Q2's status is current, and Q2 is history too,
    // so that its comment is kept.
    const own: Record<string, unknown> = { comments: "Our own" };
    applyPeriods(own, ["", "Started", "Going well", "Complete"], periods, undefined);
    expect(own).toStrictEqual({
      comments: "Our own",
      status: "complete",
      updates: [
        { date: "2024-06-30", note: "Started" },
        { date: "2024-09-30", status: "complete", note: "Going well" },
      ],
    });
    // Nothing filled: nothing set.
    const none: Record<string, unknown> = {};
    applyPeriods(none, ["", "", "  "], periods, undefined);
    expect(none).toStrictEqual({});
  });
});

describe("a spreadsheet's cells", () => {
  const meta = (row: TableRow, m: NonNullable<TableRow["meta"]>): TableRow => ({ ...row, meta: m });

  it("reads dates at their precision, errors as empty, and a blank RAG cell's fill, saying so", () => {
    const rows: TableRow[] = [
      meta({ cells: ["", "", ""], line: 1, place: "Plan!1" }, [undefined, undefined, { fill: "#FF0000", ref: "C1" }]),
      { cells: ["Action", "Due", "RAG"], line: 2 },
      meta({ cells: ["A", "", ""], line: 3, place: "Plan!3" }, [
        undefined,
        { date: { value: "2024-12-31", precision: "month" }, ref: "B3" },
        { fill: "#00B050", ref: "C3" },
      ]),
      meta({ cells: ["B", "", " "], line: 4 }, [undefined, { date: { value: "2024-06-30", precision: "day" } }, { fill: "#7030A0" }]),
      meta({ cells: ["C", "#N/A", ""], line: 5 }, [undefined, { error: "#N/A", ref: "B5" }, { fill: "ffffff" }]),
      meta({ cells: ["D", "", ""], line: 6 }, [undefined, undefined, { fill: "#FFFFFF" }]),
      meta({ cells: ["E", "", ""], line: 7 }, [undefined, undefined, { ref: "C7" }]),
      meta({ cells: ["F", "", "Red"], line: 8 }, [undefined, undefined, { fill: "#00B050" }]),
    ];
    const issues: Issue[] = [];
    applyCellMeta(rows, 1, 2, issues);
    // Row 1 is above the header: its fill is not read. Row 3: December 2024 (a month), and
    // green from #00B050 (147°). Row 4: 30 June 2024; its RAG cell is a space, so blank,
    // and #7030A0 (274°, purple) is no RAG colour. Row 5: the error goes; white (with or
    // without "#") is no fill, as on row 6. Row 7 has no fill; row 8 has text.
    expect(rows.map((r) => r.cells)).toEqual([
      ["", "", ""],
      ["Action", "Due", "RAG"],
      ["A", "December 2024", "green"],
      ["B", "2024-06-30", " "],
      ["C", "", ""],
      ["D", "", ""],
      ["E", "", ""],
      ["F", "", "Red"],
    ]);
    expect(issues).toStrictEqual([
      {
        severity: "warning",
        code: "rag-from-fill",
        path: ["rows", 3],
        message: "Plan!3 (C3): the RAG cell has no text; its fill #00B050 is nearest green, so it is read as green.",
        hint: 'Type "Green" in the cell: a colour alone is lost to anyone who cannot see it.',
        value: "#00B050",
      },
      {
        severity: "warning",
        code: "rag-from-fill",
        path: ["rows", 4],
        message: "Line 4: the RAG cell has no text and its fill #7030A0 is no RAG colour, so it has no rating.",
        hint: "Type the rating in the cell.",
        value: "#7030A0",
      },
      {
        severity: "warning",
        code: "cell-error",
        path: ["rows", 5],
        message: "Line 5 (B5): the cell holds the error #N/A, so it is read as empty.",
        hint: "Put right the formula, or type the value.",
        value: "#N/A",
      },
    ]);
  });
});

describe("places and quotes", () => {
  it("gives a path's own line, or its nearest ancestor's", () => {
    const places = new Places();
    places.set([], 1);
    places.set(["actions", 2], 14);
    places.set(["actions", 2, "steps", 0], 15);
    expect([
      places.lineOf(["actions", 2, "status"]),
      places.lineOf(["actions", 2, "steps", 0, "text"]),
      places.lineOf(["actions", 3]),
      places.lineOf([]),
    ]).toEqual([14, 15, 1, 1]);
    // A path is its parts, not their text joined: ["a,b"] is not ["a", "b"].
    places.set(["a", "b"], 9);
    expect(places.lineOf(["a,b"])).toBe(1);
  });

  it("quotes a row's filled cells, cut at 80 characters", () => {
    expect(quoteRow(["Key", " ", "", "Red: late"])).toBe("Key Red: late");
    const eighty = "x".repeat(80);
    expect(quoteRow([eighty])).toBe(eighty);
    expect(quoteRow([`${eighty}y`])).toBe(`${"x".repeat(77)}...`);
  });
});

describe("the table's layout and places (read.ts)", () => {
  const rows = (...cells: string[][]): TableRow[] => cells.map((c, i) => ({ cells: c, line: i + 1 }));

  it("keeps an unknown heading in the layout as a field of its own, and leaves a blank heading out", () => {
    const r = readPlanTable(
      rows(["Recommendation", "Activity number", "Action", "", "Cost centre", "Status"], ["Set a budget", "1.1", "Agree savings", "", "see paper", "Complete"]),
    );
    // Six headings: with a column of action numbers, the blank fourth is nothing and is left
    // out; "Cost centre" is kept, with no field.
    expect(r.layout.columns.map((c) => c.heading)).toEqual(["Recommendation", "Activity number", "Action", "Cost centre", "Status"]);
    expect(r.layout.columns[3]).toEqual({ heading: "Cost centre", field: undefined });
  });

  it("places the columns at the header's line", () => {
    const r = readPlanTable(rows(["Action plan"], ["Recommendation", "Action", "Status"], ["Set a budget", "1.1 Agree savings", "Complete"]));
    // The title is line 1, the header line 2.
    expect(r.lineOf(["columns"])).toBe(2);
  });

  it("takes the formula guard off the header's own cells", () => {
    // writePlanCsv guards a cell starting "+": a heading "+ Notes" is written "'+ Notes".
    const r = readPlanTable(rows(["Recommendation", "Action", "'+ Notes"], ["Set a budget", "1.1 Agree savings", "x"]));
    expect(r.layout.columns.map((c) => c.heading)).toEqual(["Recommendation", "Action", "+ Notes"]);
  });
});

describe("an action number ending in a dot", () => {
  it('reads "12." as action 12, not 1', () => {
    expect(actionNumber("12.", false)).toBe("12");
    expect(actionNumber("3.10.", false)).toBe("3.10");
  });
});

describe("places for messages", () => {
  it('names a row by its source\'s place, else "Line N", and quotes its filled cells', () => {
    expect(placeOf({ cells: [], line: 12 })).toBe("Line 12");
    expect(placeOf({ cells: [], line: 12, place: "Action Plan!12" })).toBe("Action Plan!12");
    expect(rowText(["1.1", " ", "Agree savings", ""])).toBe("1.1 Agree savings");
  });
});
