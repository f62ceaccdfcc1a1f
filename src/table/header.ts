/**
 * The table's header: which row it is, which column holds which field, and the cells as
 * written (the formula guard writePlanCsv adds taken off). Browser-safe.
 */
import { fold } from "../fold.js";
import { issueOf, type Issue } from "../model/issue.js";
import type { Wordings } from "../status/index.js";
import { ACTION_NUMBER, matchHeading, type Column } from "./columns.js";
import { readColumns, type ColumnChoices, type ColumnReading } from "./roles.js";
import type { TableRow } from "./row.js";

/** The header row and what its headings say. */
export interface Header {
  /** The header's index in the rows. */
  readonly index: number;
  readonly row: TableRow;
  /** The column each known field is in: by the user's word, its heading, or its contents. */
  readonly columns: ReadonlyMap<Column, number>;
  /** Headings peer-challenge does not know (and second headings for a known field), kept as fields of each action. */
  readonly extra: readonly { readonly index: number; readonly name: string }[];
  /** The left-most column with a heading (or the numbers' blank heading): a section row's text is here. */
  readonly firstColumn: number;
  /** How each column was understood, and why. */
  readonly readings: readonly ColumnReading[];
  /** Columns the user said to leave out. */
  readonly ignored: ReadonlySet<number>;
}

/** What the header finder needs: the user's word on the columns, and the council's own status words. */
export interface HeaderOptions {
  readonly choices?: ColumnChoices | undefined;
  readonly wordings?: Wordings | undefined;
}

/**
 * Whether a row is a table's header: two cells name fields (by the table of headings, their
 * words, the user's word, or a keyword, with at least one sure or three in all).
 */
export function isHeaderRow(cells: readonly string[], choices?: ColumnChoices): boolean {
  const chosen = new Set(Object.keys(choices ?? {}).map(fold));
  // Distinct fields: "RAG scheme | brag" above a table names one field twice, and is no header.
  const sure = new Set<string>();
  const any = new Set<string>();
  cells.forEach((cell, i) => {
    // A heading is a few words: a sentence in a row is data, whatever words it holds.
    if (cell.trim() === "" || cell.length > 80) return;
    if (chosen.has(fold(cell))) {
      sure.add(`option ${i}`);
      any.add(`option ${i}`);
      return;
    }
    const m = matchHeading(cell);
    if (m === undefined) return;
    any.add(m.column);
    if (m.strength !== "keyword") sure.add(m.column);
  });
  return any.size >= 2 && (sure.size >= 1 || any.size >= 3);
}

/**
 * The header: the first row naming two fields (see {@link isHeaderRow}), or undefined; then
 * which column holds which field, settled by {@link readColumns} from the headings and the
 * rows below.
 */
export function findHeader(rows: readonly TableRow[], options: HeaderOptions = {}, issues: Issue[] = []): Header | undefined {
  const index = rows.findIndex((r) => isHeaderRow(r.cells, options.choices));
  if (index < 0) return undefined;
  const row = rows[index]!;
  joinSubHeadings(row, rows[index + 1], issues);
  const map = readColumns(row.cells, rows.slice(index + 1), options, issues);
  const mapped = new Set(map.columns.values());
  // The left-most column with a heading, or read as a field with none (the numbers', or a recommendation's by its contents).
  const firstColumn = row.cells.findIndex((c, i) => (c.trim() !== "" && !map.ignored.has(i)) || mapped.has(i));
  return { index, row, columns: map.columns, extra: map.extra, firstColumn, readings: map.readings, ignored: map.ignored };
}

/** The words of a heading under a group's heading ("RAG" and "Commentary" under "Quarter 1"). */
const SUB_HEADING = /^(?:b?rag(?: status| rating)?|status|progress(?: update| status)?|updates?|commentary|comments?|notes|% complete|percent complete)$/i;

/**
 * A header of two rows, as a tracker groups a quarter's columns: "Quarter 1 (Apr-Jun)" over
 * two columns (merged, so its text is in the first), and "RAG" and "Commentary" under them on
 * the next row. Each such column's heading becomes the group's and its own ("Quarter 1
 * (Apr-Jun) RAG"), and the row under is taken into the header (emptied, and said). Only where
 * the row under holds two or more such headings and nothing else, at least one of them under a
 * group's empty cell, and each under a group heading that names no field itself.
 */
function joinSubHeadings(row: TableRow, next: TableRow | undefined, issues: Issue[]): void {
  if (next === undefined) return;
  const sub = next.cells.map((c) => c.trim());
  const filled = sub.flatMap((c, i) => (c !== "" ? [i] : []));
  if (filled.length < 2 || filled.some((i) => !SUB_HEADING.test(sub[i]!))) return;
  const top = sub.map((_, i) => (row.cells[i] ?? "").trim());
  const groupOf = (i: number): string | undefined => {
    for (let j = i; j >= 0; j--) {
      if (top[j] !== "") return (j === i || sub[j] !== "") && matchHeading(top[j]!) === undefined ? top[j] : undefined;
      if (sub[j] === "") return undefined;
    }
    return undefined;
  };
  const groups = filled.map(groupOf);
  if (groups.some((g) => g === undefined) || !filled.some((i) => top[i] === "")) return;
  while (row.cells.length < sub.length) row.cells.push("");
  filled.forEach((i, k) => (row.cells[i] = `${groups[k]!} ${sub[i]!}`));
  for (let i = 0; i < next.cells.length; i++) next.cells[i] = "";
  issues.push(
    issueOf({
      code: "column-read",
      path: ["columns"],
      message: `The header is two rows, ${row.line} and ${next.line}: each heading of row ${next.line} is read with the group's over it (${filled
        .slice(0, 2)
        .map((i) => JSON.stringify(row.cells[i]))
        .join(", ")}${filled.length > 2 ? ", ..." : ""}).`,
      hint: "If they are not, give each column one heading on one row.",
    }),
  );
}

/**
 * Takes writePlanCsv's formula guard off every cell but the action numbers below the
 * header (read by {@link actionNumber}, where a guarded "'1." is an id ending in a dot).
 */
export function unguardRows(rows: readonly TableRow[], header: Header): void {
  const idColumn = header.columns.get("actionId");
  rows.forEach((row, r) => {
    for (let i = 0; i < row.cells.length; i++) if (r <= header.index || i !== idColumn) row.cells[i] = unguard(row.cells[i]!);
  });
}

export { ACTION_NUMBER };

/**
 * An action number as written: "1." is action 1, as Kingston's table writes it, unless
 * writePlanCsv wrote it ("'1.", for an id that really ends in a dot); otherwise the cell
 * without its formula guard.
 */
export function actionNumber(cell: string, guarded: boolean): string {
  const t = cell.trim();
  if (t.charCodeAt(0) === 39 && t.endsWith(".")) return t.slice(1);
  if (t.endsWith(".") && ACTION_NUMBER.test(t)) return t.slice(0, -1);
  return guarded ? unguard(t) : t;
}

/**
 * A cell as written by writePlanCsv, which puts a `'` before a cell a spreadsheet
 * would run as a formula (OWASP's advice): one `'` before `=`, `+`, `-`, `@`, a tab, a
 * carriage return or another `'` is taken off.
 */
export function unguard(cell: string): string {
  return /^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell;
}
