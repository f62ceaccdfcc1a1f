/**
 * A table's rows as every part of the table reader sees them, and where each part of the
 * plan came from. Browser-safe.
 */

/**
 * A row of a table: its cells' text as the source shows it, and its place (a line of a
 * file, a row of a sheet). A cell merged over others has its text in its first cell only;
 * the cells it covers are empty (a recommendation merged down carries on, as one written
 * once does; a section row merged across is a section row).
 */
export interface TableRow {
  readonly cells: string[];
  readonly line: number;
  /** What the source knows of each cell beyond its text (a spreadsheet's types and fills). */
  readonly meta?: readonly (CellMeta | undefined)[] | undefined;
  /** Where the row is, for messages, when not a line of a file: "Action Plan!12". */
  readonly place?: string | undefined;
  /**
   * The row is one cell merged across the whole table, or a paragraph between a document's
   * tables: a heading over the rows below as a reader sees it, whichever column its text
   * falls in.
   */
  readonly across?: boolean | undefined;
}

/** What a spreadsheet knows of a cell beyond its text. */
export interface CellMeta {
  /** A real date, and the precision its number format shows ("Dec-24" is a month). */
  readonly date?: { readonly value: string; readonly precision: "day" | "month" } | undefined;
  /** Its fill colour, `#RRGGBB`, where it has one. */
  readonly fill?: string | undefined;
  /** The cell's number format shows a percentage ("0%"): its text is the fraction Excel stores, 0.5 for 50 %. */
  readonly percent?: boolean | undefined;
  /** An error value the cell holds ("#N/A", "#REF!"). */
  readonly error?: string | undefined;
  /** The cell's reference in its sheet ("F12"). */
  readonly ref?: string | undefined;
  /**
   * The text of the cell is a whole number stored as text that is an Excel date's serial
   * number in this century ("45838", pasted into a column formatted as Text): the date it
   * would be (`YYYY-MM-DD`), read only in a column of targets, and said.
   */
  readonly serialText?: string | undefined;
  /**
   * The cell is covered by a cell merged down over it from a row above (one column wide):
   * that cell's text and line, given to the rows it covers below the header in a column of
   * statuses, ratings, owners or targets when the merge begins below the header too.
   */
  readonly covered?: { readonly text: string; readonly line: number } | undefined;
}

/** Where a row is, for messages: "Line 12" of a file, or the place its source gives ("Action Plan!12"). */
export function placeOf(row: TableRow): string {
  return row.place ?? `Line ${row.line}`;
}

/** The row's filled cells, joined by a space: how a message quotes a row. */
export function rowText(cells: readonly string[]): string {
  return cells.filter((c) => c.trim() !== "").join(" ");
}

/** Whether any cell has more than spaces. */
export const nonEmpty = (cells: readonly string[]): boolean => cells.some((c) => c.trim() !== "");

/** A row quoted in a message: its filled cells, cut at 80 characters. */
export function quoteRow(cells: readonly string[]): string {
  const text = rowText(cells);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** A path into the plan ("actions", 3, "status"), as issues and `lineOf` take it. */
export type PlanPath = readonly (string | number)[];

/**
 * Where each part of the plan was read: the line of every path set, and for any other path
 * the line of its nearest ancestor that has one.
 */
export class Places {
  readonly #lines = new Map<string, number>();

  /** Records that `path` was read from `line`. */
  set(path: PlanPath, line: number): void {
    this.#lines.set(path.join("\u0000"), line);
  }

  /** The line `path`, or its nearest recorded ancestor, was read from. */
  readonly lineOf = (path: PlanPath): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const line = this.#lines.get(path.slice(0, n).join("\u0000"));
      if (line !== undefined) return line;
    }
    return undefined;
  };
}
