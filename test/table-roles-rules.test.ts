/**
 * The column-reading rules of src/table/roles.ts, case by case (issue 32, item 7): given what
 * each column holds (its counts, as `columnContents` would give them) and its heading, which
 * field it is read as, how, and what the reader says. Each threshold is held from both sides
 * (the count that just reads, the count that just does not), and each message word for word.
 *
 * The counts are written by hand, not read from cells: the rules are what is under test, and a
 * count like "3 of 10 cells dated" is the boundary itself. How cells are counted is held in
 * test/table-contents.test.ts and, end to end, by every reader's tests.
 */
import { describe, expect, it } from "vitest";
import type { Issue } from "../src/model/issue.js";
import { matchHeading } from "../src/table/columns.js";
import type { ColumnContents } from "../src/table/contents.js";
import { candidatesOf, letters, settleColumns, type ColumnChoices } from "../src/table/roles.js";
import type { TableRow } from "../src/table/row.js";

const ZERO: ColumnContents = {
  filled: 0,
  rows: 0,
  dates: 0,
  dated: 0,
  statuses: 0,
  rags: 0,
  numbers: 0,
  references: 0,
  people: 0,
  leads: 0,
  leadRepeats: 0,
  codes: 0,
  counts: 0,
  percents: 0,
  words: 0,
  repeated: 0,
  carried: 0,
  examples: {},
};

/** A column's counts: `filled` cells, one a row unless `rows` says otherwise, and the counts given. */
const k = (o: Partial<ColumnContents>): ColumnContents => ({ ...ZERO, rows: o.filled ?? 0, ...o });
/** Ten cells of prose, twelve words each, one a row. */
const prose = (o: Partial<ColumnContents> = {}): ColumnContents => k({ filled: 10, words: 12, ...o });
/** Ten short cells of no kind the reader knows. */
const plain = k({ filled: 10, words: 2 });

/** Settles the columns and says each reading as "as by by: why". */
function settle(header: readonly string[], contents: readonly ColumnContents[], choices?: ColumnChoices, rows: readonly TableRow[] = []) {
  const issues: Issue[] = [];
  const map = settleColumns(header, contents, rows, choices, issues);
  const said = map.readings.map((r) => `${r.as} by ${r.by}: ${r.why}`);
  const columns = Object.fromEntries([...map.columns].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])));
  return { map, issues, said, columns };
}

/** An issue's words and place, without its severity (which `ISSUE_CODES` fixes). */
const words = (issues: readonly Issue[]) =>
  issues.map((i) => ({ code: i.code, path: i.path, message: i.message, hint: i.hint, value: i.value, allowed: i.allowed }));

describe("the headings these cases use are read as the cases say", () => {
  // Preconditions: if the headings table changes, these say so before the rules' cases mislead.
  it.each([
    ["Misc", undefined],
    ["Other", undefined],
    ["Completed", undefined],
    ["Theme", { column: "themes", strength: "exact" }],
    ["Section", { column: "heading", strength: "exact" }],
    ["Status", { column: "status", strength: "exact" }],
    ["Comments", { column: "comments", strength: "exact" }],
    ["Progress", { column: "comments", strength: "exact" }],
    ["Officer Lead", { column: "owners", strength: "words" }],
    ["Who", { column: "owners", strength: "keyword", word: "who" }],
    ["Exec Date", { column: "timescale", strength: "keyword", word: "date" }],
    ["Status update", { column: "status", strength: "keyword", word: "status" }],
    ["Priority", { column: "recommendation", strength: "keyword", word: "priority" }],
    ["Measure", { column: "title", strength: "keyword", word: "measure" }],
    ["RAG position", { column: "rag", strength: "keyword", word: "rag" }],
    ["Percentage of work", { column: "percentComplete", strength: "keyword", word: "percentage" }],
    ["Item no", { column: "actionId", strength: "keyword", word: "item no" }],
    ["Revised", { column: "revisedTimescale", strength: "keyword", word: "revised" }],
  ])("%s", (heading, match) => {
    expect(matchHeading(heading)).toEqual(match);
  });
});

describe("candidatesOf: what a column's cells could be, surest first", () => {
  const forty = "Agreed at Cabinet on 12 March, reported."; // 40 characters, counted below
  it("the example quoted is counted as the cases below assume", () => {
    expect(forty.length).toBe(40);
    expect(`${forty}!`.slice(0, 37)).toBe("Agreed at Cabinet on 12 March, report");
  });
  it.each<[string, ColumnContents, { column: string; score: number; why: string }[]]>([
    // Dates: half the cells (2 of 4) is enough, a quarter is not; no limit on words.
    [
      "dates, half",
      k({ filled: 4, dates: 2, words: 9, examples: { dates: "March 2026" } }),
      [{ column: "timescale", score: 0.5, why: 'dates and targets (2 of 4 cells, e.g. "March 2026")' }],
    ],
    ["dates, a quarter", k({ filled: 4, dates: 1, words: 2 }), []],
    // Statuses: half the cells, and at most 6 words a cell.
    [
      "statuses, half, 6 words",
      k({ filled: 4, statuses: 2, words: 6, examples: { statuses: "On track" } }),
      [{ column: "status", score: 0.5, why: 'status words (2 of 4 cells, e.g. "On track")' }],
    ],
    ["statuses, 6.5 words", k({ filled: 4, statuses: 4, words: 6.5 }), []],
    ["statuses, a quarter", k({ filled: 4, statuses: 1, words: 2 }), []],
    // RAG: half the cells, at most 4 words.
    ["RAG, half, 4 words", k({ filled: 4, rags: 2, words: 4 }), [{ column: "rag", score: 0.5, why: "RAG ratings (2 of 4 cells)" }]],
    ["RAG, 4.5 words", k({ filled: 4, rags: 4, words: 4.5 }), []],
    ["RAG, a quarter", k({ filled: 4, rags: 1, words: 1 }), []],
    // Action numbers: 7 in 10, at most 1.5 words.
    [
      "numbers, 7 of 10",
      k({ filled: 10, numbers: 7, words: 1.5, examples: { numbers: "1.1" } }),
      [{ column: "actionId", score: 0.7, why: 'action numbers (7 of 10 cells, e.g. "1.1")' }],
    ],
    ["numbers, 1.6 words", k({ filled: 10, numbers: 10, words: 1.6 }), []],
    ["numbers, 6 of 10", k({ filled: 10, numbers: 6, words: 1 }), []],
    // References: on every row, an action's; written once over a quarter of the rows or more, a recommendation's.
    // 2 carried of 8 rows is 0.25: once; 1 of 8 is not.
    [
      "references, carried 2 of 8 rows",
      k({ filled: 6, rows: 8, carried: 2, references: 6, words: 1, examples: { references: "R1" } }),
      [{ column: "recommendationId", score: 1, why: 'references (6 of 6 cells, e.g. "R1"), written once over several rows' }],
    ],
    [
      "references, carried 1 of 8 rows",
      k({ filled: 6, rows: 8, carried: 1, references: 6, words: 1, examples: { references: "R1" } }),
      [{ column: "actionId", score: 1, why: 'references (6 of 6 cells, e.g. "R1")' }],
    ],
    ["references, 7 of 10, 2 words", k({ filled: 10, references: 7, words: 2 }), [{ column: "actionId", score: 0.7, why: "references (7 of 10 cells)" }]],
    ["references, 2.5 words", k({ filled: 10, references: 10, words: 2.5 }), []],
    ["references, 6 of 10", k({ filled: 10, references: 6, words: 1 }), []],
    // Percentages: 7 in 10, at most 2 words.
    [
      "percentages, 7 of 10",
      k({ filled: 10, percents: 7, words: 2, examples: { percents: "50%" } }),
      [{ column: "percentComplete", score: 0.7, why: 'percentages (7 of 10 cells, e.g. "50%")' }],
    ],
    ["percentages, 2.5 words", k({ filled: 10, percents: 10, words: 2.5 }), []],
    ["percentages, 6 of 10", k({ filled: 10, percents: 6, words: 1 }), []],
    // Posts and people: 6 in 10, at most 8 words; a little less sure than the rest (0.95 of the share).
    [
      "people, 6 of 10, 8 words",
      k({ filled: 10, people: 6, words: 8, examples: { people: "Head of Finance" } }),
      [{ column: "owners", score: 0.57, why: 'posts and people (6 of 10 cells, e.g. "Head of Finance")' }],
    ],
    ["people, 8.5 words", k({ filled: 10, people: 10, words: 8.5 }), []],
    ["people, 5 of 10", k({ filled: 10, people: 5, words: 2 }), []],
    // Surest first: all statuses (1) before three dates in four (0.75), though the dates are tried first.
    [
      "statuses before dates",
      k({ filled: 4, dates: 3, statuses: 4, words: 2 }),
      [
        { column: "status", score: 1, why: "status words (4 of 4 cells)" },
        { column: "timescale", score: 0.75, why: "dates and targets (3 of 4 cells)" },
      ],
    ],
    // A count above the cells filled is said as all of them, and is sure as all of them.
    ["a count above the cells", k({ filled: 4, dates: 5, words: 2 }), [{ column: "timescale", score: 1, why: "dates and targets (4 of 4 cells)" }]],
    // No filled cell: nothing, whatever else is counted.
    ["no filled cell", k({ filled: 0, dates: 3 }), []],
    // The example: its spaces and breaks made one space; 40 characters quoted whole, 41 cut to 37 and "...".
    [
      "an example over lines",
      k({ filled: 2, statuses: 2, words: 2, examples: { statuses: "On\n  track" } }),
      [{ column: "status", score: 1, why: 'status words (2 of 2 cells, e.g. "On track")' }],
    ],
    [
      "an example of 40 characters",
      k({ filled: 2, dates: 2, words: 8, examples: { dates: forty } }),
      [{ column: "timescale", score: 1, why: `dates and targets (2 of 2 cells, e.g. "${forty}")` }],
    ],
    [
      "an example of 41 characters",
      k({ filled: 2, dates: 2, words: 8, examples: { dates: `${forty}!` } }),
      [{ column: "timescale", score: 1, why: 'dates and targets (2 of 2 cells, e.g. "Agreed at Cabinet on 12 March, report...")' }],
    ],
  ])("%s", (_, contents, expected) => {
    const got = candidatesOf(contents);
    expect(got.map((c) => ({ ...c, score: Math.round(c.score * 1000) / 1000 }))).toEqual(expected);
  });
});

describe("1. the columns option", () => {
  it("takes, keeps, leaves out, and says a second column and a heading the table does not have", () => {
    const header = ["  Due by ", "Notes", "Extra", "Finish", "", "Misc"];
    const choices: ColumnChoices = { "due by": "timescale", NOTES: "ignore", Extra: "field", Finish: "timescale", "Not here": "status", "": "title" };
    const r = settle(header, [plain, plain, plain, plain, plain, plain], choices);
    expect(r.said).toEqual([
      "timescale by option: as the columns option says",
      "none by option: left out, as the columns option says",
      "field by option: kept as a field, as the columns option says",
      "field by option: a second column for the target: kept as a field",
      // The blank heading is not named by the "" choice: it is a blank heading over cells.
      "field by heading: a blank heading over cells of no kind the reader knows: kept as a field",
      "field by heading: a heading peer-challenge does not know",
    ]);
    expect(r.map.readings.map((x) => x.heading)).toEqual(["Due by", "Notes", "Extra", "Finish", "", "Misc"]);
    expect([...r.map.ignored]).toEqual([1]);
    expect(r.columns).toEqual({ timescale: 0 });
    expect(r.map.extra).toEqual([
      { index: 2, name: "Extra" },
      { index: 3, name: "Finish" },
      { index: 4, name: "Column E" },
      { index: 5, name: "Misc" },
    ]);
    // Two choices name no heading of the table: "Not here", and the blank one.
    const said = ['"Due by"', '"Notes"', '"Extra"', '"Finish"', '"Misc"'].join(", ");
    expect(words(r.issues)).toEqual([
      {
        code: "column-unclear",
        path: ["columns"],
        message: `The columns option names a heading "not here" that the table does not have; its headings are ${said}.`,
        hint: "Name a heading as the table writes it.",
        value: "not here",
        allowed: undefined,
      },
      {
        code: "column-unclear",
        path: ["columns"],
        message: `The columns option names a heading "" that the table does not have; its headings are ${said}.`,
        hint: "Name a heading as the table writes it.",
        value: "",
        allowed: undefined,
      },
    ]);
  });
});

describe("a period's columns", () => {
  it("are kept for the periods to read, before any heading rule", () => {
    const r = settle(["Action", "Q2 RAG", "Update Oct 2025"], [prose(), k({ filled: 10, rags: 10, words: 1 }), prose()]);
    expect(r.said).toEqual([
      "title by heading: its heading",
      "field by heading: a period's status, RAG or update",
      "field by heading: a period's status, RAG or update",
    ]);
    expect(r.columns).toEqual({ title: 0 });
  });
});

describe("2. headings", () => {
  it("a heading in the table, or its words in another order", () => {
    const r = settle(["Recommendation", "Officer Lead"], [prose(), k({ filled: 10, people: 10, words: 2 })]);
    expect(r.said).toEqual(["recommendation by heading: its heading", "owners by words: its heading's words (Leadership Owner)"]);
  });

  it.each<[string, string[], ColumnContents[], string[]]>([
    // "Theme" or "Section" over long sentences (6 words a cell or more) is the recommendation, unless a heading names one.
    [
      "Theme over prose of 6 words",
      ["Theme", "Action"],
      [prose({ words: 6, examples: { text: "Improve the governance" } }), prose()],
      [
        'recommendation by contents: long text, one a row, e.g. "Improve the governance", under a heading that can mean the theme or the recommendation',
        "title by heading: its heading",
      ],
    ],
    [
      "Section over prose of 6 words",
      ["Section", "Action"],
      [prose({ words: 6 }), prose()],
      ["recommendation by contents: long text, one a row, under a heading that can mean the theme or the recommendation", "title by heading: its heading"],
    ],
    [
      "Theme over prose of 5.9 words",
      ["Theme", "Recommendation", "Action"],
      [prose({ words: 5.9 }), prose(), prose()],
      ["themes by heading: its heading", "recommendation by heading: its heading", "title by heading: its heading"],
    ],
    [
      "Theme beside a recommendation heading",
      ["Theme", "Recommendation"],
      [prose(), prose()],
      ["themes by heading: its heading", "recommendation by heading: its heading"],
    ],
    // "Status" or "Progress" over percentages (8 in 10 or more) is how far the work has got.
    [
      "Status over 8 in 10 percentages",
      [" Status "],
      [k({ filled: 10, percents: 8, words: 1, examples: { percents: "50%" } })],
      ['percentComplete by contents: percentages (8 of 10 cells, e.g. "50%") under the heading "Status"'],
    ],
    [
      "Progress over 8 in 10 percentages",
      ["Progress"],
      [k({ filled: 10, percents: 8, words: 1 })],
      ['percentComplete by contents: percentages (8 of 10 cells) under the heading "Progress"'],
    ],
    ["Status over 7 in 10 percentages", ["Status"], [k({ filled: 10, percents: 7, words: 1 })], ["status by heading: its heading"]],
    [
      "Progress beside a % complete heading",
      ["Progress", "% complete"],
      [k({ filled: 10, percents: 10, words: 1 }), k({ filled: 10, percents: 10, words: 1 })],
      ["comments by heading: its heading", "percentComplete by heading: its heading"],
    ],
    // "Status" over paragraphs (8 words or more) with few status words (under 3 in 10) is the comments.
    [
      "Status over 8-word paragraphs, 2 in 10 statuses",
      ["Status"],
      [prose({ words: 8, statuses: 2 })],
      ["comments by contents: long text with few status words (2 of 10 cells), under a status heading: read as the comments"],
    ],
    ["Status over 8-word paragraphs, 3 in 10 statuses", ["Status"], [prose({ words: 8, statuses: 3 })], ["status by heading: its heading"]],
    ["Status over 7.9-word paragraphs", ["Status"], [prose({ words: 7.9, statuses: 0 })], ["status by heading: its heading"]],
    [
      "Status over paragraphs beside a comments heading",
      ["Status", "Comments"],
      [prose({ statuses: 0 }), prose()],
      ["status by heading: its heading", "comments by heading: its heading"],
    ],
    // "Status" over RAG ratings (8 in 10 or more, and 2 in 10 statuses or fewer) is the RAG rating.
    [
      "Status over 8 in 10 RAG",
      [" Status "],
      [k({ filled: 10, rags: 8, statuses: 2, words: 1, examples: { rags: "Green" } })],
      ['rag by contents: RAG ratings (8 of 10 cells, e.g. "Green") under the heading "Status"'],
    ],
    ["Status over 7 in 10 RAG", ["Status"], [k({ filled: 10, rags: 7, words: 1 })], ["status by heading: its heading"]],
    ["Status over RAG, 3 in 10 statuses", ["Status"], [k({ filled: 10, rags: 8, statuses: 3, words: 1 })], ["status by heading: its heading"]],
    [
      "Status over RAG beside a RAG heading",
      ["Status", "RAG"],
      [k({ filled: 10, rags: 10, words: 1 }), k({ filled: 10, rags: 10, words: 1 })],
      ["status by heading: its heading", "rag by heading: its heading"],
    ],
    // "Comments" over status words (6 in 10 or more, 4 words or fewer) is the status.
    [
      "Comments over 6 in 10 statuses",
      [" Comments "],
      [k({ filled: 10, statuses: 6, words: 4, examples: { statuses: "Complete" } })],
      ['status by contents: status words (6 of 10 cells, e.g. "Complete") under the heading "Comments"'],
    ],
    ["Comments over 5 in 10 statuses", ["Comments"], [k({ filled: 10, statuses: 5, words: 2 })], ["comments by heading: its heading"]],
    ["Comments over statuses of 4.1 words", ["Comments"], [k({ filled: 10, statuses: 10, words: 4.1 })], ["comments by heading: its heading"]],
    [
      "Comments over statuses beside a status heading",
      ["Comments", "Status"],
      [k({ filled: 10, statuses: 10, words: 1 }), k({ filled: 10, statuses: 10, words: 1 })],
      ["comments by heading: its heading", "status by heading: its heading"],
    ],
    // A second column for a field already read is kept as a field: by heading, or by contents where its cells said so.
    [
      "two Status headings",
      ["Status", "Status"],
      [k({ filled: 10, statuses: 10, words: 1 }), k({ filled: 10, statuses: 10, words: 1 })],
      ["status by heading: its heading", "field by heading: a second column for the status: kept as a field"],
    ],
    [
      "two Status headings over RAG",
      ["Status", "Status"],
      [k({ filled: 10, rags: 10, words: 1 }), k({ filled: 10, rags: 10, words: 1 })],
      ['rag by contents: RAG ratings (10 of 10 cells) under the heading "Status"', "field by contents: a second column for the RAG rating: kept as a field"],
    ],
    // An empty column under a known heading is read as named.
    ["an empty Status column", ["Status"], [ZERO], ["status by heading: its heading"]],
  ])("%s", (_, header, contents, said) => {
    expect(settle(header, contents).said).toEqual(said);
  });

  it.each<[string, Partial<ColumnContents>, string]>([
    // How long text is said: repeated down the rows, written once over several, or one a row.
    ["repeated more than carried", { repeated: 3, carried: 1 }, "long text, repeated down the rows"],
    // (1 carried + 1 repeated) of 8 rows is 0.25: written once.
    ["carried and repeated a quarter of the rows", { rows: 8, repeated: 1, carried: 1 }, "long text, written once over several rows"],
    ["carried 2 of 10 rows", { carried: 2 }, "long text, one a row"],
    ["carried 3 of 10 rows", { carried: 3 }, "long text, written once over several rows"],
    // One row is never written once over several.
    ["one row", { filled: 1, rows: 1, carried: 1 }, "long text, one a row"],
  ])("long text %s", (_, o, kind) => {
    const r = settle(["Theme", "Action"], [prose(o), prose()]);
    expect(r.said[0]).toBe(`recommendation by contents: ${kind}, under a heading that can mean the theme or the recommendation`);
  });
});

describe("2a. the date the work was done", () => {
  it("is kept as a field, and said while no column holds the target", () => {
    const dated = k({ filled: 10, dates: 10, dated: 10, words: 3 });
    const r = settle(["Action", "Date completed", "Completed on"], [prose(), dated, dated]);
    expect(r.said).toEqual([
      "title by heading: its heading",
      "field by heading: the date the work was done, not its target: kept as a field",
      "field by heading: the date the work was done, not its target: kept as a field",
    ]);
    expect(words(r.issues)).toEqual([
      {
        code: "column-read",
        path: ["columns"],
        message:
          '"Date completed", "Completed on" says when the work was done, not when it is due, so it was not read as the target and no action\'s target comes from it (it is kept as a field).',
        hint: 'If it is the deadline after all, say so with the columns option (cpc --columns FILE, or the page\'s column choices), e.g. "Date completed": timescale.',
        value: undefined,
        allowed: undefined,
      },
    ]);
  });

  it("is not said beside a target column", () => {
    const dated = k({ filled: 10, dates: 10, dated: 10, words: 3 });
    const r = settle(["Timescale", "Date completed"], [dated, dated]);
    expect(r.said).toEqual(["timescale by heading: its heading", "field by heading: the date the work was done, not its target: kept as a field"]);
    expect(r.issues).toEqual([]);
  });

  it("needs a date's word: 'Completed' alone, over statuses, is read by its cells", () => {
    const r = settle(["Action", "Completed"], [prose(), k({ filled: 10, statuses: 10, words: 1 })]);
    expect(r.said).toEqual(["title by heading: its heading", "status by contents: status words (10 of 10 cells)"]);
    expect(r.issues).toEqual([]);
  });
});

describe("3. a word in the heading", () => {
  it.each<[string, string[], ColumnContents[], string[]]>([
    ["Who over people", ["Who"], [k({ filled: 10, people: 8, words: 2 })], ['owners by keyword: the word "who" in its heading']],
    ["Who over an empty column", ["Who"], [ZERO], ['owners by keyword: the word "who" in its heading']],
    // Cells that plainly hold something else win: sure (0.8 or more) even where the heading's field fits...
    [
      "Who over 8 in 10 statuses",
      [" Who "],
      [k({ filled: 10, statuses: 8, words: 2 })],
      ['status by contents: status words (8 of 10 cells), under the heading "Who"'],
    ],
    ["Who over 7 in 10 statuses", ["Who"], [k({ filled: 10, statuses: 7, words: 2 })], ['owners by keyword: the word "who" in its heading']],
    // ...and fairly sure (0.6 or more) where it does not: "Exec Date" over statuses, no cell dated.
    [
      "a date heading over 6 in 10 statuses",
      ["Exec Date"],
      [k({ filled: 10, statuses: 6, words: 2 })],
      ['status by contents: status words (6 of 10 cells), under the heading "Exec Date"'],
    ],
    // Below 0.6 the heading is not taken either, and the cells are read alone.
    ["a date heading over 5 in 10 statuses", ["Exec Date"], [k({ filled: 10, statuses: 5, words: 2 })], ["status by contents: status words (5 of 10 cells)"]],
    // A word of an owner over dates: not the owner; the dates are read by the cells alone.
    ["Who over dates", ["Who"], [k({ filled: 10, dates: 10, dated: 10, words: 2 })], ["timescale by contents: dates and targets (10 of 10 cells)"]],
    // "Status update" beside a status column: the heading's next word names the comments...
    [
      "a second status word, its next word free",
      ["Status", "Status update"],
      [k({ filled: 10, statuses: 10, words: 1 }), prose()],
      ["status by heading: its heading", 'comments by keyword: the word "update" in its heading (the status has a column of its own)'],
    ],
    // ...and where that is taken too, it is a second column for the status.
    [
      "a second status word, its next word taken",
      ["Status", "Comments", "Status update"],
      [k({ filled: 10, statuses: 10, words: 1 }), prose(), prose()],
      ["status by heading: its heading", "comments by heading: its heading", "field by keyword: a second column for the status: kept as a field"],
    ],
  ])("%s", (_, header, contents, said) => {
    expect(settle(header, contents).said).toEqual(said);
  });

  it.each<[string, string, Partial<ColumnContents>, boolean]>([
    // Whether the cells bear out the heading's word. Dates: 3 in 10 cells dated.
    ["a date, 3 in 10 dated", "Exec Date", { dated: 3, words: 3 }, true],
    ["a date, 2 in 10 dated", "Exec Date", { dated: 2, words: 3 }, false],
    ["revised, 3 in 10 dated", "Revised", { dated: 3, words: 3 }, true],
    ["revised, 2 in 10 dated", "Revised", { dated: 2, words: 3 }, false],
    // RAG: 3 in 10.
    ["RAG, 3 in 10", "RAG position", { rags: 3, words: 3 }, true],
    ["RAG, 2 in 10", "RAG position", { rags: 2, words: 3 }, false],
    // A percentage: percentages and bare counts together, half the cells (2 + 3 of 10).
    ["percentage, 2 and 3 in 10", "Percentage of work", { percents: 2, counts: 3, words: 3 }, true],
    ["percentage, 2 and 2 in 10", "Percentage of work", { percents: 2, counts: 2, words: 3 }, false],
    // A status: 3 in 10 status words, or prose.
    ["status, 3 in 10", "Status update", { statuses: 3, words: 2 }, true],
    ["status, 2 in 10", "Status update", { statuses: 2, words: 2 }, false],
    ["status, prose", "Status update", { statuses: 0, words: 4 }, true],
    // A number: numbers and references together, half the cells (3 + 2 of 10).
    ["number, 3 and 2 in 10", "Item no", { numbers: 3, references: 2, words: 3 }, true],
    ["number, 2 and 2 in 10", "Item no", { numbers: 2, references: 2, words: 3 }, false],
    // An owner: fewer than 6 in 10 dates, and 3 in 10 people or at most 6 words.
    ["owner, 5 in 10 dates", "Who", { dates: 5, dated: 5, words: 2 }, true],
    ["owner, 3 in 10 people over 7 words", "Who", { people: 3, words: 7 }, true],
    ["owner, 2 in 10 people over 7 words", "Who", { people: 2, words: 7 }, false],
    ["owner, no people, 6 words", "Who", { words: 6 }, true],
    ["owner, no people, 6.5 words", "Who", { words: 6.5 }, false],
    // Text: under 7 in 10 numbers and references (4 + 3 is 7), under 6 in 10 dates, not every cell a code.
    ["text, 6 in 10 numbers", "Measure", { numbers: 6, words: 5 }, true],
    ["text, 4 and 3 in 10 numbers", "Measure", { numbers: 4, references: 3, words: 5 }, false],
    ["text, 5 in 10 dates", "Measure", { dates: 5, dated: 5, words: 5 }, true],
    ["text, every cell a code", "Priority", { codes: 10, words: 1 }, false],
    ["text, 9 in 10 codes", "Priority", { codes: 9, words: 1 }, true],
    // Every cell a code and a RAG word ("R", "A", "G"), with too many words to be a RAG column: text.
    ["text, every cell a code and a RAG word", "Priority", { codes: 10, rags: 10, words: 5 }, true],
  ])("%s: read by its word: %s", (_, heading, o, fits) => {
    const m = matchHeading(heading)!;
    const r = settle(["Title", heading], [prose(), k({ filled: 10, ...o })]);
    const reading = r.map.readings[1]!;
    expect(reading.as === m.column && reading.by === "keyword").toBe(fits);
    if (fits) expect(reading.why).toBe(`the word "${m.word!}" in its heading`);
  });

  it("a heading's word over dates not dated enough, with dates above 6 in 10: read as the target by its cells", () => {
    const r = settle(["Action", "Measure"], [prose(), k({ filled: 10, dates: 6, dated: 6, words: 2 })]);
    expect(r.said[1]).toBe('timescale by contents: dates and targets (6 of 10 cells), under the heading "Measure"');
  });
});

describe("3a. several columns of dates, none the target", () => {
  const dated = k({ filled: 10, dates: 10, dated: 10, words: 3 });
  it("none is read as the target, and the issue says which", () => {
    const r = settle(["Action", " Exec Date ", "Committee date"], [prose(), dated, dated]);
    expect(r.said).toEqual([
      "title by heading: its heading",
      "field by keyword: one of several columns of dates, none said to be the target: kept as a field",
      "field by keyword: one of several columns of dates, none said to be the target: kept as a field",
    ]);
    expect(words(r.issues)).toEqual([
      {
        code: "column-unclear",
        path: ["columns"],
        message:
          'The columns "Exec Date", "Committee date" each hold dates, and no heading says which, if any, is the target (a date may be the day a committee agreed the item), so none was read as the target.',
        hint: 'If one is the deadline, say so with the columns option (cpc --columns FILE, or the page\'s column choices), e.g. "Exec Date": timescale.',
        value: undefined,
        allowed: ["Exec Date", "Committee date"],
      },
    ]);
  });

  it("beside a target column, each is a second column for the target", () => {
    const r = settle(["Timescale", "Exec Date", "Committee date"], [dated, dated, dated]);
    expect(r.said).toEqual([
      "timescale by heading: its heading",
      "field by keyword: a second column for the target: kept as a field",
      "field by keyword: a second column for the target: kept as a field",
    ]);
    expect(r.issues).toEqual([]);
  });

  it("one date column is the target; another heading's word for dates is not counted with it", () => {
    const r = settle(["Action", "Exec Date", "Target Timescale"], [prose(), dated, dated]);
    expect(r.said).toEqual([
      "title by heading: its heading",
      'timescale by keyword: the word "date" in its heading',
      "field by keyword: a second column for the target: kept as a field",
    ]);
    expect(r.issues).toEqual([]);
  });

  it("a date column whose cells are not dated is not counted", () => {
    const r = settle(["Action", "Exec Date", "Committee date"], [prose(), dated, k({ filled: 10, words: 2 })]);
    expect(r.said.slice(0, 2)).toEqual(["title by heading: its heading", 'timescale by keyword: the word "date" in its heading']);
    expect(r.issues).toEqual([]);
  });
});

describe("3b. an action column of counts", () => {
  const rows = (n: number): TableRow[] =>
    Array.from({ length: n + 1 }, (_, i) =>
      i === 1 ? { cells: [""], line: 3 } : { cells: [`${10 + i}`], line: 2 + i, place: i === 0 ? "Summary!2" : undefined },
    );
  it.each<[string, number, string]>([
    // 6 filled rows are all quoted; the blank row (line 3) is not one of them.
    ["six", 6, 'Summary!2 ("10"), Line 4 ("12"), Line 5 ("13"), Line 6 ("14"), Line 7 ("15"), Line 8 ("16")'],
    // 8 filled rows: the first 6 quoted, and 2 more.
    ["eight", 8, 'Summary!2 ("10"), Line 4 ("12"), Line 5 ("13"), Line 6 ("14"), Line 7 ("15"), Line 8 ("16"), and 2 more'],
  ])("is not read as the actions, and says its cells (%s)", (_, n, places) => {
    const r = settle(["Action"], [k({ filled: n, counts: n, numbers: n, words: 1 })], undefined, rows(n));
    expect(r.said).toEqual(["field by contents: every cell a bare number or percentage: counts, not actions"]);
    expect(r.columns).toEqual({});
    expect(words(r.issues)).toEqual([
      {
        code: "column-unclear",
        path: ["columns", 0],
        message: `Every cell of the column "Action", read as the action by its heading, is a bare number or percentage: ${places}. It was not read as the actions.`,
        hint: "This looks like a summary of counts, not a plan: read the plan itself, or say which column holds the actions with the columns option.",
        value: "Action",
        allowed: undefined,
      },
    ]);
  });

  it("one cell in words keeps it the actions; so does the columns option", () => {
    expect(settle(["Action"], [k({ filled: 3, counts: 2, words: 1 })]).said).toEqual(["title by heading: its heading"]);
    const r = settle(["Action"], [k({ filled: 3, counts: 3, words: 1 })], { Action: "title" });
    expect(r.said).toEqual(["title by option: as the columns option says"]);
    expect(r.issues).toEqual([]);
  });

  it("an empty action column is the actions'", () => {
    expect(settle(["Action"], [ZERO]).said).toEqual(["title by heading: its heading"]);
  });
});

describe("4. unknown and blank headings, by what they hold", () => {
  const dates = (n: number) => k({ filled: 10, dates: n, dated: n, words: 2 });
  it("a plain kind is read, by contents under a heading and by position under none", () => {
    const r = settle(["Misc", "", "Other"], [dates(10), k({ filled: 10, statuses: 10, words: 1 }), k({ filled: 10, rags: 10, words: 1 })]);
    expect(r.said).toEqual([
      "timescale by contents: dates and targets (10 of 10 cells)",
      "status by position: status words (10 of 10 cells)",
      "rag by contents: RAG ratings (10 of 10 cells)",
    ]);
  });

  it("the surer of two columns for one field wins, wherever it stands", () => {
    const r = settle(["Misc", "Other"], [dates(8), dates(10)]);
    expect(r.said).toEqual(["field by heading: a heading peer-challenge does not know", "timescale by contents: dates and targets (10 of 10 cells)"]);
    expect(r.issues).toEqual([]);
  });

  it("two columns as sure of one field: neither, and the issue names both", () => {
    const r = settle(["Misc", "Other"], [dates(10), dates(10)]);
    const close = "field by heading: its readings are too close to choose between (see the issue)";
    expect(r.said).toEqual([close, close]);
    expect(words(r.issues)).toEqual([
      {
        code: "column-unclear",
        path: ["columns"],
        message:
          'The columns "Misc" (dates and targets (10 of 10 cells)) and "Other" (dates and targets (10 of 10 cells)) could each be the target, so neither was read as it; both are kept as fields.',
        hint: 'Say which with the columns option (cpc --columns FILE, or the page\'s column choices), e.g. "Misc": timescale.',
        value: undefined,
        allowed: ["Misc", "Other"],
      },
    ]);
  });

  it("two blank headings as sure of one field are named by their letters", () => {
    const r = settle(["Action", "", ""], [prose(), dates(10), dates(10)]);
    expect(words(r.issues).map((i) => [i.message, i.hint, i.allowed])).toEqual([
      [
        "The columns column B (dates and targets (10 of 10 cells)) and column C (dates and targets (10 of 10 cells)) could each be the target, so neither was read as it; both are kept as fields.",
        'Say which with the columns option (cpc --columns FILE, or the page\'s column choices), e.g. "Column": timescale.',
        ["", ""],
      ],
    ]);
  });

  it("one column as sure of two fields: neither, and the issue names both", () => {
    const r = settle(["Misc"], [k({ filled: 10, statuses: 10, rags: 10, words: 1 })]);
    expect(r.said).toEqual(["field by heading: its readings are too close to choose between (see the issue)"]);
    expect(words(r.issues)).toEqual([
      {
        code: "column-unclear",
        path: ["columns"],
        message:
          'The column "Misc" could be the status (status words (10 of 10 cells)) or the RAG rating (RAG ratings (10 of 10 cells)), so it was read as neither and kept as a field.',
        hint: 'Say which with the columns option (cpc --columns FILE, or the page\'s column choices), e.g. "Misc": status.',
        value: undefined,
        allowed: ["status", "rag"],
      },
    ]);
  });

  it("two columns as sure of two different fields are each read", () => {
    const r = settle(["Misc", "Other"], [dates(10), k({ filled: 10, statuses: 10, words: 1 })]);
    expect(r.said).toEqual(["timescale by contents: dates and targets (10 of 10 cells)", "status by contents: status words (10 of 10 cells)"]);
    expect(r.issues).toEqual([]);
  });

  it("a field already read is not read again from an unknown column", () => {
    const r = settle(["Timescale", "Misc", "Other"], [dates(10), dates(10), dates(10)]);
    expect(r.said).toEqual([
      "timescale by heading: its heading",
      "field by heading: a heading peer-challenge does not know",
      "field by heading: a heading peer-challenge does not know",
    ]);
    expect(r.issues).toEqual([]);
  });

  it.each<[string, string[], Partial<ColumnContents>, string]>([
    // Action numbers under a blank heading: numbers and references, half the cells or more (3 + 2 of 10).
    ["3 numbers and 2 references in 10", ["Action", "", "Misc"], { numbers: 3, references: 2 }, "actionId by position: a blank heading over action numbers"],
    [
      "2 numbers and 2 references in 10",
      ["Action", "", "Misc"],
      { numbers: 2, references: 2 },
      "field by heading: a blank heading over cells of no kind the reader knows: kept as a field",
    ],
  ])("a blank heading over %s", (_, header, o, said) => {
    const r = settle(header, [prose(), k({ filled: 10, words: 1, ...o }), plain]);
    expect(r.said[1]).toBe(said);
  });

  it("a blank heading over numbers is not read as them in the first column, nor beside an action-number column", () => {
    const numbers = k({ filled: 10, numbers: 5, words: 1 });
    expect(settle(["", "Action"], [numbers, prose()]).said[0]).toBe(
      "field by heading: a blank heading over cells of no kind the reader knows: kept as a field",
    );
    expect(settle(["Ref", "", "Action"], [numbers, numbers, prose()]).said).toEqual([
      "actionId by heading: its heading",
      "field by heading: a blank heading over cells of no kind the reader knows: kept as a field",
      "title by heading: its heading",
    ]);
  });

  // Before, an empty column under a blank heading (a spacer between two columns) was said to hold the action
  // numbers: no number of none is half of none.
  it("a blank heading over no cells, in a table with rows, is no column", () => {
    const r = settle(["Action", ""], [prose(), ZERO]);
    expect(r.map.readings[1]).toEqual({ index: 1, heading: "", as: "none", by: "heading", why: "no heading and no cells" });
    expect(r.map.extra).toEqual([]);
  });

  it("a blank heading in a header with no rows yet holds the numbers by its place (Kingston's template)", () => {
    const r = settle(["", "", "Action"], [ZERO, ZERO, ZERO]);
    expect(r.said).toEqual([
      "none by heading: no heading and no cells",
      "actionId by position: a blank heading over action numbers",
      "title by heading: its heading",
    ]);
  });
});

describe("5. prose in unknown columns", () => {
  it("left to right: the recommendation, the action, the comments; a fourth is not read", () => {
    const r = settle(["Misc", "Other", "More", "Last"], [prose({ examples: { text: "Improve governance" } }), prose(), prose(), prose()]);
    expect(r.said).toEqual([
      'recommendation by contents: long text, one a row, e.g. "Improve governance"',
      "title by contents: long text, one a row",
      "comments by contents: long text, one a row",
      "field by heading: a heading peer-challenge does not know",
    ]);
  });

  it("left of the action column, the recommendation; right of it, the comments", () => {
    expect(settle(["Misc", "Action"], [prose(), prose()]).said[0]).toBe("recommendation by contents: long text, one a row");
    expect(settle(["Action", "Misc"], [prose(), prose()]).said[1]).toBe("comments by contents: long text, one a row");
  });

  it("alone, written once over several rows: the recommendation; one a row: the action", () => {
    expect(settle(["Misc"], [prose({ carried: 3 })]).said).toEqual(["recommendation by contents: long text, written once over several rows"]);
    expect(settle(["Misc"], [prose()]).said).toEqual(["title by contents: long text, one a row"]);
    expect(settle([""], [prose()]).said).toEqual(["title by position: long text, one a row"]);
  });

  it("a prose column right of a column that is not prose does not make it the recommendation", () => {
    expect(settle(["Misc", "Other"], [prose(), plain]).said[0]).toBe("title by contents: long text, one a row");
  });

  it("with no recommendation column, the column of themes or sections names what the actions answer", () => {
    const themes = k({ filled: 10, words: 2, carried: 3 });
    const r = settle(["Theme", "Action"], [themes, prose()]);
    expect(r.said[0]).toBe('recommendation by contents: the table has no recommendation column, and "Theme" groups the actions (its heading)');
    expect(r.columns).toEqual({ recommendation: 0, title: 1 });
    // Sections before themes.
    const both = settle(["Theme", "Section", "Action"], [themes, themes, prose()]);
    expect(both.columns).toEqual({ themes: 0, recommendation: 1, title: 2 });
    // Not where the recommendations have references, nor with no action column.
    expect(settle(["Ref of recommendation", "Theme", "Action"], [k({ filled: 10, references: 10, words: 1 }), themes, prose()]).columns).toEqual({
      recommendationId: 0,
      themes: 1,
      title: 2,
    });
    expect(settle(["Theme", "Misc"], [themes, plain]).columns).toEqual({ themes: 0 });
  });
});

describe("6. a comments column that begins with the status", () => {
  const comments = (o: Partial<ColumnContents>) => k({ filled: 10, words: 9, examples: { statuses: "Completed" }, ...o });
  it.each<[string, Partial<ColumnContents>, string | undefined]>([
    // 6 in 10 begin with a status: read as the status too.
    [
      "6 in 10",
      { leads: 6 },
      'status by contents: its cells begin with a status (6 of 10 cells, e.g. "Completed"): the leading words read as the status, the rest as the comments',
    ],
    // 5 in 10, and 1 with a wording that leads another cell: 6 in 10, and the unknown wording said.
    [
      "5 and 1 repeated in 10",
      { leads: 5, leadRepeats: 1 },
      'status by contents: its cells begin with a status (5 of 10 cells, e.g. "Completed"): the leading words read as the status, the rest as the comments; 1 begin with a wording the status reader does not know, kept as written and reported',
    ],
    ["5 in 10", { leads: 5 }, undefined],
    // Wordings the reader does not know alone never make a status column.
    ["none known, 6 repeated", { leads: 0, leadRepeats: 6 }, undefined],
    // One cell is too few; two are enough.
    ["1 of 1", { filled: 1, leads: 1 }, undefined],
    [
      "2 of 2",
      { filled: 2, leads: 2 },
      'status by contents: its cells begin with a status (2 of 2 cells, e.g. "Completed"): the leading words read as the status, the rest as the comments',
    ],
  ])("%s", (_, o, said) => {
    const r = settle(["Action", "Comments"], [prose(), comments(o)]);
    expect(r.said[1]).toBe(said ?? "comments by heading: its heading");
    expect(r.columns).toEqual(said === undefined ? { title: 0, comments: 1 } : { title: 0, comments: 1, status: 1 });
  });

  it("not beside a status column, nor against the columns option", () => {
    expect(settle(["Action", "Comments", "Status"], [prose(), comments({ leads: 10 }), k({ filled: 10, statuses: 10, words: 1 })]).said[1]).toBe(
      "comments by heading: its heading",
    );
    expect(settle(["Action", "Comments"], [prose(), comments({ leads: 10 })], { Comments: "comments" }).said[1]).toBe(
      "comments by option: as the columns option says",
    );
  });
});

describe("letters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s", (index, name) => {
    expect(letters(index)).toBe(name);
  });
});
