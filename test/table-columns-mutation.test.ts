// What the table reader counts in a column to judge it (src/table/contents.ts) and how it
// splits an owners cell (src/table/owners.ts), each count checked on a column written here
// and counted by hand: the kinds added in issue 32's column fixes (a status leading an update,
// a column of counts, a priority of codes, officers' initials, an owner's closing full stop)
// and the older ones the column reader rests on. For the mutation score of src/table.
import { describe, expect, it } from "vitest";
import { splitOwners } from "../src/csv/index.js";
import { columnContents, looksLikeOwner, wordCount } from "../src/table/contents.js";
import type { TableRow } from "../src/table/row.js";

/** A table of two columns: the cells given in the first, "x" in the second (so every row is filled). */
const column = (cells: readonly string[]): TableRow[] => cells.map((c, i) => ({ cells: [c, "x"], line: i + 2 }));

describe("a column's contents: codes, counts and leading statuses", () => {
  const cells = [
    "H", // code (a one-letter code)
    "H", // code; the same as the cell above: repeated 1
    "Medium", // code (a priority's word)
    "low.", // code (a priority's word and a full stop)
    "Hi-Lo", // not a code: two words joined
    "59%", // count
    "1,204", // count (thousands)
    "4.5", // count (a decimal)
    "12 %", // count (a spaced percentage)
    "", // empty under a filled cell, the row filled: carried 1
    "Completed. Meeting held in June", // a known status leading the cell: leads 1
    "Officer group. Report in May", // an unknown leading wording, "officer group" (1)
    "Officer group - terms agreed", // the same leading wording again (2): leadRepeats 2
    "Budget set: see note", // an unknown leading wording once: not counted
    "Complete :", // a status and a break with nothing after it: not a lead
    "Completed.Signed-off", // one word (no space): not read for a leading wording
  ];
  // Filled: 16 cells less the empty one = 15; rows with a filled cell: all 16.
  // Codes: H, H, Medium, low. = 4. Counts: 59%, 1,204, 4.5, 12 % = 4.
  // Leads 1; leadRepeats 2 (the two "Officer group" cells). Repeated 1; carried 1.
  const [c] = columnContents(column(cells), 2, undefined);

  it("counts each kind by hand", () => {
    expect(c).toMatchObject({ filled: 15, rows: 16, codes: 4, counts: 4, leads: 1, leadRepeats: 2, repeated: 1, carried: 1 });
  });

  it("gives the mean words a filled cell", () => {
    // Words: H 1, H 1, Medium 1, low. 1, Hi-Lo 1, 59% 1, 1,204 1, 4.5 1, "12 %" 2,
    // "Completed. Meeting held in June" 5, "Officer group. Report in May" 5,
    // "Officer group - terms agreed" 5, "Budget set: see note" 4, "Complete :" 2,
    // "Completed.Signed-off" 1: 32 words over 15 cells.
    expect(c!.words).toBeCloseTo(32 / 15, 10);
  });

  it("the second column, 'x' in every row, is one repeated cell", () => {
    const x = columnContents(column(cells), 2, undefined)[1]!;
    // 16 cells, each the same as the one above but the first: 15 repeated; none a code but...
    // "x" is a one-letter code: 16 codes; no count, no lead; one word each.
    expect(x).toMatchObject({ filled: 16, rows: 16, repeated: 15, carried: 0, codes: 16, counts: 0, leads: 0, leadRepeats: 0, words: 1 });
  });

  it("a leading wording the council gives is a lead", () => {
    // With the council's own wording "Officer group" for under way, its two cells lead with a
    // known status: leads 1 + 2 = 3, and no unknown wording repeats.
    const own = columnContents(column(cells), 2, { "Officer group": { status: "in-progress" } })[0]!;
    expect([own.leads, own.leadRepeats]).toEqual([3, 0]);
  });

  it("a column with no filled cell", () => {
    // Two rows, the first column empty in both: no cell looked at, mean words 0; the second
    // row's empty cell is under no filled one: carried 0.
    const [e] = columnContents(column(["", ""]), 2, undefined);
    expect(e).toMatchObject({ filled: 0, rows: 2, words: 0, carried: 0, codes: 0, counts: 0 });
  });

  it("rows with no filled cell are passed over", () => {
    // "H", a row of empty cells, "H": 2 filled, 2 rows; the second H is repeated (the empty row
    // is not looked at), nothing carried.
    const rows: TableRow[] = [
      { cells: ["H", "x"], line: 2 },
      { cells: ["", " "], line: 3 },
      { cells: ["H", "x"], line: 4 },
    ];
    expect(columnContents(rows, 2, undefined)[0]).toMatchObject({ filled: 2, rows: 2, repeated: 1, carried: 0 });
  });
});

describe("a column's contents: dates, statuses, RAGs, numbers, references, people", () => {
  const cells = [
    "March 2024", // a target: dates 1, dated 1
    "11/05/12 Call for Sites", // a date the timescale reader reads (11 May 2012, then words): dates 2, dated 2
    "The call for sites ran in 2012 and its results went to the local plan working group and then to the cabinet in the autumn of that year.", // 135 characters (over 120: not read as a target), a year inside: dated only, 3
    "Complete", // a status, and a RAG (complete is blue)
    "Amber", // a RAG
    "2.3", // an action number
    "R1", // a reference
    "Head of Finance", // a post: people
    "Sarah Ireland", // a name: people
  ];
  // dates 2, dated 3, statuses 1, rags 2, numbers 1, references 1, people 2; the example of
  // each kind is its first cell (the first RAG is "Complete").
  it("counts each kind by hand", () => {
    const [c] = columnContents(column(cells), 2, undefined);
    expect(c).toMatchObject({ filled: 9, dates: 2, dated: 3, statuses: 1, rags: 2, numbers: 1, references: 1, people: 2 });
    expect(c!.examples).toMatchObject({
      dates: "March 2024",
      statuses: "Complete",
      rags: "Complete",
      numbers: "2.3",
      references: "R1",
      people: "Head of Finance",
    });
  });

  it("a spreadsheet date and a RAG fill are counted from what the sheet knows", () => {
    // Row 1: a cell written "45382" that the sheet knows is 31 March 2024: a date. Row 2: an
    // empty cell filled red (#FF0000): a RAG, though empty. Filled 1, dates 1, rags 1.
    const rows: TableRow[] = [
      { cells: ["45382", "x"], line: 2, meta: [{ date: { value: "2024-03-31", precision: "day" } }] },
      { cells: ["", "x"], line: 3, meta: [{ fill: "#FF0000" }] },
    ];
    expect(columnContents(rows, 2, undefined)[0]).toMatchObject({ filled: 1, dates: 1, dated: 1, rags: 1 });
  });
});

describe("whether a cell names posts or people", () => {
  it.each([
    ["Head of Finance", true], // a post's words
    ["Sarah Ireland", true], // a name of two capitalised words
    ["Sarah Ireland / Stephen Evans", true], // two names
    ["Chief Executive and Leader", true], // two posts joined by "and"
    ["CMT", true], // capitals: a team's initials
    ["ICT; Legal", true], // posts
    ["We will review governance", false], // a sentence
    ["Head of Finance. Then the Board", false], // two sentences
    ["", false], // nothing
    ["Planning", false], // one word that is no post and no name
    ["one two three four five six seven eight nine ten eleven twelve thirteen", false], // 13 words
  ])("%j: %s", (cell, owner) => {
    expect(looksLikeOwner(cell)).toBe(owner);
  });

  it("a cell over 200 characters is no owner", () => {
    // "Director-" and 191 or 192 letters: one word naming a post, 200 or 201 characters.
    expect(looksLikeOwner("Director-" + "a".repeat(191))).toBe(true);
    expect(looksLikeOwner("Director-" + "a".repeat(192))).toBe(false);
  });
});

describe("the words of a cell", () => {
  it.each([
    ["", 0],
    ["one", 1],
    ["  two  words ", 2],
    ["a\tb\nc", 3],
    ["x\u0000y", 2], // a control character parts words as a space does
  ])("%j: %i", (cell, n) => {
    expect(wordCount(cell)).toBe(n);
  });
});

describe("an owners cell split into its owners", () => {
  it.each([
    ["DM/PL/KL", ["DM", "PL", "KL"]], // officers' initials, two or three capitals each
    ["DMX/PL", ["DMX", "PL"]],
    ["DM/PLKL", ["DM/PLKL"]], // four capitals: not initials, two single words: one post
    ["D/PL", ["D/PL"]], // one capital: not initials
    ["DM/pl", ["DM/pl"]], // lower case: not initials
    ["DM/Finance", ["DM/Finance"]], // one side only is initials
    ["Head of IG/DPO", ["Head of IG/DPO"]], // an abbreviation inside one post
    ["Planning / legal", ["Planning", "legal"]], // a spaced slash
    ["Sarah Ireland/Stephen Evans", ["Sarah Ireland", "Stephen Evans"]], // two words each side
    ["Alan Hunter.", ["Alan Hunter"]], // a sentence's closing full stop
    ["Housing Co.", ["Housing Co."]], // an abbreviation's full stop, one lower-case letter before it
    ["Smith J.", ["Smith J."]], // an initial's full stop
    ["Mrs. Jones", ["Mrs. Jones"]], // a full stop inside the cell
    ["Chief Executive; Leader\nMonitoring Officer", ["Chief Executive", "Leader", "Monitoring Officer"]],
    [" ; Leader;", ["Leader"]], // blanks dropped
  ])("%j", (cell, owners) => {
    expect(splitOwners(cell)).toEqual(owners);
  });
});

describe("what the first measurement of the column counts left untested", () => {
  it("more than twelve words is no owner, however many posts it names", () => {
    // 14 words: Chief(1) Executive,(2) Director(3) of(4) Finance,(5) Director(6) of(7) Legal,(8)
    // Head(9) of(10) Policy,(11) Head(12) of(13) HR(14). The same less "Head of HR": 11 words, and
    // with ", Leader": 12.
    expect(looksLikeOwner("Chief Executive, Director of Finance, Director of Legal, Head of Policy, Head of HR")).toBe(false);
    expect(looksLikeOwner("Chief Executive, Director of Finance, Director of Legal, Head of Policy, Leader")).toBe(true);
  });

  it("capitals are a team's initials only as the whole part", () => {
    // "ops CMT" and "CMT ops": no post's word, no capitalised name, and not capitals alone.
    expect([looksLikeOwner("ops CMT"), looksLikeOwner("CMT ops"), looksLikeOwner("CMT")]).toEqual([false, false, true]);
  });

  it("one reading per column, no more", () => {
    expect(columnContents(column(["H", "M"]), 2, undefined)).toHaveLength(2);
  });

  it("looks at the first 200 filled cells only", () => {
    // 250 rows of "H": 200 looked at, all codes, 199 the same as the one above.
    const [c] = columnContents(column(Array.from({ length: 250 }, () => "H")), 2, undefined);
    expect(c).toMatchObject({ filled: 200, rows: 200, codes: 200, repeated: 199 });
  });

  it("a row shorter than the table has nothing in its last columns", () => {
    // Two rows of one cell, in a table of two columns: the second column has no filled cell.
    const rows: TableRow[] = [
      { cells: ["H"], line: 2 },
      { cells: ["M"], line: 3 },
    ];
    expect(columnContents(rows, 2, undefined)[1]).toMatchObject({ filled: 0, rows: 2, words: 0 });
  });

  it("an empty cell's fill is a RAG only when it is a RAG's colour", () => {
    // White (#FFFFFF) and light grey (#D9D9D9) are no RAG; green (#00B050) is one: rags 1.
    const rows: TableRow[] = ["#FFFFFF", "#D9D9D9", "#00B050"].map((fill, i) => ({ cells: ["", "x"], line: i + 2, meta: [{ fill }] }));
    expect(columnContents(rows, 2, undefined)[0]).toMatchObject({ filled: 0, rags: 1 });
  });

  it("a council's own wording is a status of the column", () => {
    // "Officer group", "Officer group", "Complete": with the council's wording for under way,
    // 3 statuses; without it, 1 ("Complete").
    const cells = column(["Officer group", "Officer group", "Complete"]);
    expect(columnContents(cells, 2, { "Officer group": { status: "in-progress" } })[0]!.statuses).toBe(3);
    expect(columnContents(cells, 2, undefined)[0]!.statuses).toBe(1);
  });

  it("milestones, a recurrence and an ongoing target are targets", () => {
    // "a. July 2024 b. October 2024" (milestones), "Quarterly" (recurring), "Ongoing": dates 3.
    const [c] = columnContents(column(["a. July 2024 b. October 2024", "Quarterly", "Ongoing"]), 2, undefined);
    expect(c).toMatchObject({ filled: 3, dates: 3 });
  });

  it.each([
    ["Leader; DM/PL", ["Leader", "DM", "PL"]], // initials after a semicolon and a space
    ["Leader; Finance/Legal ", ["Leader", "Finance/Legal"]], // one post's title, spaces around the line
  ])("owners %j", (cell, owners) => {
    expect(splitOwners(cell)).toEqual(owners);
  });
});
