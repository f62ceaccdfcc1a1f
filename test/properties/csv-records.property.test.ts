// Our CSV reader (src/csv/records.ts, issue 32: it replaced csv-parse, 52 KB of the page) is
// held to csv-parse, kept as a devDependency for this: the same records, the same refusals and
// the same first lines, with the options the plan reader gave csv-parse. One difference is
// meant: csv-parse counted a CRLF inside a quoted cell as two lines; ours counts it as one
// (test/csv-records.test.ts), so lines are compared where no CRLF is inside quotes.
import { fc, test } from "@fast-check/vitest";
import { parse } from "csv-parse/sync";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvRecords } from "../../src/csv/records.js";
import { decodeText } from "../../src/table/text.js";

type Delimiter = "," | "\t" | ";";

/** What csv-parse reads, as the plan reader called it before issue 32: records and their first lines, or "refused". */
function reference(text: string, delimiter: Delimiter): { cells: string[]; line: number }[] | "refused" {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      record_delimiter: ["\r\n", "\n", "\r"],
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch {
    return "refused";
  }
  let previousEnd = 0;
  return records.map(({ record, info }) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    return { cells: record, line };
  });
}

/** What our reader reads, in the same shape. */
function ours(text: string, delimiter: Delimiter): { cells: string[]; line: number }[] | "refused" {
  const r = csvRecords(text, delimiter);
  return r.ok ? r.records.map((x) => ({ cells: x.cells, line: x.line })) : "refused";
}

const cellsOnly = (r: ReturnType<typeof ours>) => (r === "refused" ? r : r.map((x) => x.cells));

const delimiter = fc.constantFrom<Delimiter>(",", ";", "\t");
// Every character that means something to a CSV reader, several times over, and some that do not.
const hostileText = fc
  .array(fc.constantFrom("a", "b", ",", ";", "\t", '"', '"', '"', "\n", "\r", "\r\n", " ", "é", "£", "\ufeff", "😀", ""), { maxLength: 24 })
  .map((parts) => parts.join(""));

describe("our CSV reader reads as csv-parse reads", () => {
  test.prop([hostileText, delimiter], { numRuns: 3000 })("any text of quotes, delimiters and line ends", (text, d) => {
    const expected = reference(text, d);
    const actual = ours(text, d);
    expect(cellsOnly(actual)).toEqual(cellsOnly(expected));
    // csv-parse counts a CRLF inside quotes as two lines: compare lines where there is none.
    if (!text.includes("\r\n")) expect(actual).toEqual(expected);
  });

  // A table as a spreadsheet writes it: cells quoted where they need it, quotes doubled,
  // line breaks inside cells (LF or CR), records ended by CRLF, LF or CR, maybe a BOM.
  const cell = fc
    .array(fc.constantFrom("Do better", "a", "", " ", '"', ",", ";", "\t", "\n", "\r", "é", "£", "–", "😀", "1."), { maxLength: 5 })
    .map((parts) => parts.join(""));
  const table = fc.record({
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
    ends: fc.array(fc.constantFrom("\r\n", "\n", "\r"), { minLength: 8, maxLength: 8 }),
    bom: fc.boolean(),
    quoteAll: fc.boolean(),
  });
  test.prop([table, delimiter], { numRuns: 1500 })("a table as spreadsheets write it, read back cell for cell", (t, d) => {
    const quote = (c: string) => (t.quoteAll || /["\r\n,;\t]/.test(c) || c.startsWith(" ") ? `"${c.replaceAll('"', '""')}"` : c);
    const lines = t.rows.map((row) => row.map(quote).join(d));
    // A CR ending an empty record just before a record of one empty cell ended by LF is a CRLF: no writer does that.
    fc.pre(!lines.some((l, i) => i > 0 && l === "" && t.ends[i - 1] === "\r" && t.ends[i] !== "\r"));
    const text = (t.bom ? "\ufeff" : "") + lines.map((l, i) => l + t.ends[i]!).join("");
    const actual = ours(text, d);
    expect(cellsOnly(actual)).toEqual(t.rows);
    const expected = reference(text, d);
    expect(cellsOnly(actual)).toEqual(cellsOnly(expected));
    // Lines agree with csv-parse's where no cell holds a CRLF (csv-parse counts it as two lines).
    if (!t.rows.some((row) => row.some((c) => c.includes("\r\n")))) expect(actual).toEqual(expected);
  });
});

describe("every CSV and TSV in the repository reads the same both ways", () => {
  const root = new URL("../..", import.meta.url).pathname;
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:csv|tsv)$/i.test(name)) files.push(path);
    }
  };
  walk(join(root, "test/fixtures"));
  walk(join(root, "examples"));

  it("finds the fixtures", () => {
    // 13 on 2026-12-07: 3 unseen plans, 7 trackers, 3 tables of real wordings and timescales, and Kingston's plan.
    expect(files.length).toBeGreaterThanOrEqual(13);
  });
  it.each(files.map((f) => [f.slice(root.length)]))("%s", (file) => {
    const { text } = decodeText(new Uint8Array(readFileSync(join(root, file))));
    for (const d of [",", ";", "\t"] as const) {
      const expected = reference(text, d);
      expect(expected).not.toBe("refused");
      expect(ours(text, d)).toEqual(expected);
    }
  });
});
