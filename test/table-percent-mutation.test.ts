// The percent-complete cell reader (src/table/percent.ts) read directly: each cell's value or
// the whole message and hint it gives, and where a column of bare numbers is read as fractions.
// test/pct-column.test.ts reads whole tables; these pin down each decision of the reader.
import { describe, expect, it } from "vitest";
import { fractionColumn, readPercent, type PercentRead } from "../src/table/percent.js";
import type { TableRow } from "../src/table/row.js";

const row = (cell: string, fields: Partial<TableRow> = {}): TableRow => ({ cells: ["1.1", "Do it", cell], line: 7, ...fields });
const read = (cell: string, fractions = false, heading = "% complete", fields: Partial<TableRow> = {}): PercentRead | undefined =>
  readPercent(row(cell, fields), 2, heading, fractions, ["actions", 0, "percentComplete"]);
const messageOf = (r: PercentRead | undefined): string | undefined => (r !== undefined && "problem" in r ? r.problem.message : undefined);

describe("readPercent: the cells it reads", () => {
  it("reads a percentage with its sign, with or without a space, and a bare whole number from 1", () => {
    expect(read("50%")).toEqual({ value: 50 });
    expect(read(" 75 % ")).toEqual({ value: 75 });
    expect(read("12.5%")).toEqual({ value: 12.5 });
    expect(read("+5%")).toEqual({ value: 5 });
    expect(read("100%")).toEqual({ value: 100 });
    expect(read("0%")).toEqual({ value: 0 });
    expect(read("0")).toEqual({ value: 0 });
    expect(read("1")).toEqual({ value: 1 });
    expect(read("40")).toEqual({ value: 40 });
    expect(read("100")).toEqual({ value: 100 });
    // A bare 0 in a column of fractions is 0 either way.
    expect(read("0", true)).toEqual({ value: 0 });
    // With its sign, 0.5% is 0.5 % whatever the column.
    expect(read("0.5%", true)).toEqual({ value: 0.5 });
  });

  it("gives nothing for a blank cell or one past the row's end", () => {
    expect(read("")).toBeUndefined();
    expect(read("   ")).toBeUndefined();
    expect(readPercent({ cells: ["1.1"], line: 3 }, 2, "% complete", false, ["actions", 0, "percentComplete"])).toBeUndefined();
  });
});

describe("readPercent: the cells it refuses, with the whole message", () => {
  it("words", () => {
    const r = read("half way");
    expect(r).toEqual({
      problem: {
        severity: "warning",
        code: "unclear-percent",
        path: ["actions", 0, "percentComplete"],
        message:
          'Line 7 (column C): the "% complete" cell "half way" is no percentage, so it is not read as the percentage complete; it is kept as text under "% complete".',
        hint: 'Write how far the work has got as a percentage from 0 to 100, e.g. "50%".',
        value: "half way",
      },
    });
  });

  it("below 0 and over 100, signed or bare", () => {
    expect(messageOf(read("-5%"))).toBe(
      'Line 7 (column C): the "% complete" cell "-5%" is below 0 %, so it is not read as the percentage complete; it is kept as text under "% complete".',
    );
    expect(messageOf(read("101"))).toContain('cell "101" is over 100 %,');
    expect(messageOf(read("100.5%"))).toContain('cell "100.5%" is over 100 %,');
    expect(messageOf(read("-1"))).toContain('cell "-1" is below 0 %,');
    const hint = read("150%");
    expect(hint !== undefined && "problem" in hint && hint.problem.hint).toBe("Write a percentage from 0 to 100.");
  });

  it("a bare fraction under 1, and a bare number in a column of fractions", () => {
    // 0.5 could be 0.5 % or 50 % (0.5 x 100).
    const r = read("0.5");
    expect(r).toEqual({
      problem: {
        severity: "warning",
        code: "unclear-percent",
        path: ["actions", 0, "percentComplete"],
        message:
          'Line 7 (column C): the "% complete" cell "0.5" could be 0.5 % or 50 % (a fraction under 1, with no % sign), so it is not read as the percentage complete; it is kept as text under "% complete".',
        hint: 'Write it with its sign, e.g. "50%" or "0.5%" (in Excel, give the column a percentage format).',
        value: "0.5",
      },
    });
    // 1 in a column of fractions: 1 % or 100 %. 0.07 x 100 is 7.000000000000001 in floating
    // point: written 7 (twelve significant figures).
    expect(messageOf(read("1", true))).toContain('cell "1" could be 1 % or 100 % (the column\'s numbers are all 1 or under, with no % sign),');
    expect(messageOf(read("0.07"))).toContain('cell "0.07" could be 0.07 % or 7 % (a fraction under 1');
    const hint = read("0.07");
    expect(hint !== undefined && "problem" in hint && hint.problem.hint).toBe(
      'Write it with its sign, e.g. "7%" or "0.07%" (in Excel, give the column a percentage format).',
    );
  });

  it("names the cell by its reference, the row by its place, and a column with no heading as the percentage", () => {
    // A workbook's row: "Plan!9", the cell F9; no heading.
    const r = read("lots", false, "", { place: "Plan!9", meta: [undefined, undefined, { ref: "F9" }] });
    expect(messageOf(r)).toBe(
      'Plan!9 (F9): the percentage cell "lots" is no percentage, so it is not read as the percentage complete; it is kept as text under percentage.',
    );
    // A workbook's row whose cells past the second have no details: the column's letter, C.
    const short = read("lots", false, "% complete", { place: "Plan!9", meta: [{ ref: "A9" }, { ref: "B9" }] });
    expect(messageOf(short)).toContain('Plan!9 (column C): the "% complete" cell "lots"');
    // The 28th column (index 27) of a text file is AB.
    const wide = readPercent({ cells: [...Array<string>(27).fill(""), "soon"], line: 2 }, 27, "Done", false, ["actions", 1, "percentComplete"]);
    expect(messageOf(wide)).toBe(
      'Line 2 (column AB): the "Done" cell "soon" is no percentage, so it is not read as the percentage complete; it is kept as text under "Done".',
    );
  });
});

describe("fractionColumn", () => {
  const rows = (...cells: string[]): TableRow[] => cells.map((c, i) => row(c, { line: i + 2 }));

  it("is a column whose bare numbers are all from 0 to 1, one of them not 0", () => {
    expect(fractionColumn(rows("0.5", "0.25", "1"), 2)).toBe(true);
    // Cells with a sign, words and blanks are not bare numbers: only 0.5 counts.
    expect(fractionColumn(rows("0.5", "80%", "done", ""), 2)).toBe(true);
    expect(fractionColumn(rows(" 0.5 "), 2)).toBe(true);
  });

  it("is not one with a bare number over 1, wherever it comes", () => {
    expect(fractionColumn(rows("0.5", "50"), 2)).toBe(false);
    expect(fractionColumn(rows("2", "0.5"), 2)).toBe(false);
    expect(fractionColumn(rows("1.5"), 2)).toBe(false);
  });

  it("is not one whose bare numbers are all 0, or that has none, or no column", () => {
    expect(fractionColumn(rows("0", "0"), 2)).toBe(false);
    expect(fractionColumn(rows("50%", "n/a"), 2)).toBe(false);
    expect(fractionColumn([], 2)).toBe(false);
    expect(fractionColumn(rows("0.5"), undefined)).toBe(false);
    // A row too short for the column: nothing there.
    expect(fractionColumn([{ cells: ["1.1"], line: 2 }, ...rows("0.5")], 2)).toBe(true);
  });
});
