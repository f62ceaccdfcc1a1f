// Our CSV reader (src/csv/records.ts, issue 32), where it is not csv-parse's twin: the line a
// record starts on when a quoted cell holds a CRLF, and the unclosed quote's message and line.
// test/properties/csv-records.property.test.ts holds it to csv-parse everywhere else.
import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";
import { csvRecords } from "../src/csv/records.js";
import { readPlan } from "../src/read/index.js";

describe("the line each record starts on", () => {
  // As Excel on Windows saves it: every line ends CRLF, a cell typed with a line break inside quotes.
  const text = 'Recommendation,Activity\r\nR1,"Meet the\r\nleaders"\r\nR2,Act two\r\n';
  // Line 1: the header; line 2: R1 and the first half of its cell; line 3: `leaders"`; line 4: R2.

  it("counts a CRLF inside a quoted cell as one line break, as it is outside quotes", () => {
    const r = csvRecords(text, ",");
    expect(r).toEqual({
      ok: true,
      records: [
        { cells: ["Recommendation", "Activity"], line: 1 },
        { cells: ["R1", "Meet the\r\nleaders"], line: 2 },
        // csv-parse said 5 here: it counted the CR and the LF inside quotes apart.
        { cells: ["R2", "Act two"], line: 4 },
      ],
    });
  });

  it("so the plan's second action is placed on line 4", () => {
    expect(readPlanCsv(text).lineOf(["actions", 1])).toBe(4);
  });

  it("counts CR, LF and CRLF line ends alike, mixed in one file", () => {
    // Line 1 ends CRLF, line 2 LF, line 3 CR, line 4 is empty (LF), line 5 has no end.
    const r = csvRecords("a,b\r\nc\nd\r\ne", ",");
    expect(r.ok && r.records.map((x) => x.line)).toEqual([1, 2, 3, 4]);
    const mixed = csvRecords("a\r\nb\nc\r\n\nd", ",");
    expect(mixed.ok && mixed.records).toEqual([
      { cells: ["a"], line: 1 },
      { cells: ["b"], line: 2 },
      { cells: ["c"], line: 3 },
      { cells: [""], line: 4 },
      { cells: ["d"], line: 5 },
    ]);
  });
});

describe("quotes read leniently, as csv-parse's relax_quotes did", () => {
  it("keeps a quote inside an unquoted cell", () => {
    expect(csvRecords('5" screens,Act', ",")).toEqual({ ok: true, records: [{ cells: ['5" screens', "Act"], line: 1 }] });
  });
  it("takes a cell with text after its closing quote as written", () => {
    expect(csvRecords('"Draft" plan;"Agreed"', ";")).toEqual({ ok: true, records: [{ cells: ['"Draft" plan', "Agreed"], line: 1 }] });
  });
  it("makes a doubled quote inside quotes one, and drops one leading byte-order mark", () => {
    expect(csvRecords('\ufeff"The ""One Council"" plan"\t\t', "\t")).toEqual({
      ok: true,
      records: [{ cells: ['The "One Council" plan', "", ""], line: 1 }],
    });
  });
});

describe("a quote that is never closed", () => {
  // Line 1: header; line 2: R1 whose Activity cell opens a quote; lines 3-4 run on inside it to the end.
  const text = 'Recommendation,Activity\nR1,"Meet the leaders\nR2,Act two\nR3,Act three\n';

  it("names the line the quote opens on", () => {
    expect(csvRecords(text, ",")).toEqual({ ok: false, unclosedQuoteLine: 2 });
  });

  it("is an unreadable file, placed on that line, with a hint the user can act on", () => {
    const r = readPlanCsv(text);
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: "unreadable-file",
        severity: "error",
        message: expect.stringMatching(/line 2 is never closed.*a quote inside it is written twice \(""\)/),
      }),
    ]);
    expect(r.lineOf([])).toBe(2);
  });

  it("and readPlan says the same and reads no plan", () => {
    const r = readPlan(text, { name: "plan.csv" });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: "unreadable-file", at: { line: 2 } });
  });
});
