/**
 * The records of a CSV text (RFC 4180, read as spreadsheets write it), with the line each
 * starts on. Our own reader (issue 32: csv-parse was 52 KB of the page, this is about 1 KB),
 * held to csv-parse's records by a property test (test/csv-records.property.test.ts) with the
 * options the plan reader used: any line ending (CRLF, LF, CR; a file saved by Excel with rows
 * appended by another program mixes them), one leading byte-order mark dropped, rows of any
 * length, and quotes read leniently. Browser-safe.
 */

/** One record of a CSV text: its cells, and the 1-based line it starts on. */
export interface CsvRecord {
  /** The cells, quotes removed from quoted ones and doubled quotes made single. */
  readonly cells: string[];
  /** The line the record starts on (a quoted cell may hold line breaks, so a record may span lines). */
  readonly line: number;
}

/** The records of a text, or the line of a quote that is never closed. */
export type CsvRecords = { readonly ok: true; readonly records: CsvRecord[] } | { readonly ok: false; readonly unclosedQuoteLine: number };

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Splits a CSV text into records. Quotes are read as spreadsheets write them and leniently:
 * a cell that starts with `"` runs to the next `"` not written twice; where that quote is
 * followed by something other than the delimiter or a line end (`"a"b`), the cell is taken
 * as written, quotes and all, up to the next delimiter or line end (as csv-parse's
 * `relax_quotes` does); a `"` inside an unquoted cell is kept. A text that ends inside a
 * quoted cell is not read: the result names the line the cell's quote opens on.
 *
 * Lines are counted with CRLF, LF and CR each one line break, inside quoted cells too
 * (csv-parse counted a CRLF inside quotes as two).
 *
 * @param text - The text, decoded.
 * @param delimiter - The field separator.
 * @returns The records with their first lines, or where an unclosed quote opens.
 */
export function csvRecords(text: string, delimiter: "," | "\t" | ";"): CsvRecords {
  const sep = delimiter.charCodeAt(0);
  const end = text.length;
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  if (i >= end) return { ok: true, records };
  for (;;) {
    const cells: string[] = [];
    const recordLine = line;
    for (;;) {
      let prefix = "";
      let j = i;
      let quoted = false;
      if (text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        let from = i + 1;
        j = from;
        for (;;) {
          if (j >= end) return { ok: false, unclosedQuoteLine: openLine };
          const c = text.charCodeAt(j);
          if (c === QUOTE) {
            if (text.charCodeAt(j + 1) !== QUOTE) break;
            prefix += text.slice(from, j + 1);
            j += 2;
            from = j;
            continue;
          }
          if (c === LF || (c === CR && text.charCodeAt(j + 1) !== LF)) line++;
          j++;
        }
        prefix += text.slice(from, j);
        j++;
        const after = text.charCodeAt(j);
        quoted = j >= end || after === sep || after === LF || after === CR;
        // `"a"b`: not a quoted cell after all; taken as written, read on as an unquoted one.
        if (!quoted) prefix = `"${prefix}"`;
      }
      if (quoted) cells.push(prefix);
      else {
        const from = j;
        while (j < end) {
          const c = text.charCodeAt(j);
          if (c === sep || c === LF || c === CR) break;
          j++;
        }
        cells.push(prefix + text.slice(from, j));
      }
      i = j;
      if (i < end && text.charCodeAt(i) === sep) i++;
      else break;
    }
    // The record ends at a line end or at the end of the text.
    records.push({ cells, line: recordLine });
    if (i >= end) return { ok: true, records };
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    if (i >= end) return { ok: true, records };
  }
}
