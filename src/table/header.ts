/**
 * The table's header: which row it is, which column holds which field, and the cells as
 * written (the formula guard writePlanCsv adds taken off). Browser-safe.
 */
import { columnOf, type Column } from "../csv/columns.js";
import type { TableRow } from "./row.js";

/** The header row and what its headings say. */
export interface Header {
  /** The header's index in the rows. */
  readonly index: number;
  readonly row: TableRow;
  /** The column each known field is in: the first heading naming it. */
  readonly columns: ReadonlyMap<Column, number>;
  /** Headings peer-challenge does not know (and second headings for a known field), kept as fields of each action. */
  readonly extra: readonly { readonly index: number; readonly name: string }[];
  /** The left-most column with a heading (or the numbers' blank heading): a section row's text is here. */
  readonly firstColumn: number;
}

/**
 * The header: the first row naming two known columns, or undefined. A blank heading after
 * the first column holds the action numbers where no heading names them (Kingston's table).
 */
export function findHeader(rows: readonly TableRow[]): Header | undefined {
  const index = rows.findIndex((r) => r.cells.filter((c) => columnOf(c) !== undefined).length >= 2);
  if (index < 0) return undefined;
  const row = rows[index]!;
  const columns = new Map<Column, number>();
  const extra: { index: number; name: string }[] = [];
  row.cells.forEach((cell, i) => {
    const column = columnOf(cell);
    if (column && !columns.has(column)) columns.set(column, i);
    else if (cell.trim() !== "") extra.push({ index: i, name: cell.trim() });
  });
  if (!columns.has("actionId")) {
    const blank = row.cells.findIndex((c, i) => c.trim() === "" && i > 0);
    if (blank >= 0) columns.set("actionId", blank);
  }
  const idColumn = columns.get("actionId");
  const firstColumn = row.cells.findIndex((c, i) => c.trim() !== "" || i === idColumn);
  return { index, row, columns, extra, firstColumn };
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

// Stryker disable Regex: a top-level pattern, never reloaded for a mutant; unanchored by hand (2026-11-24), it made
// test/table-layout.test.ts fail
/** An action number as plans write them: "1", "1.2", "12.3a", "R1.2", "1.2." */
export const ACTION_NUMBER = /^[A-Za-z]{0,2}\d+(?:\.\d+)*[a-z]?\.?$/;
// Stryker restore Regex

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
