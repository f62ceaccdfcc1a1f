/**
 * What reading one file gives before validation: the data, the reader's issues, and a way
 * from a path in the data back to its place in the file. Each format's reader returns one;
 * `readPlan` validates it, and the CLI reads files through the same readers. Browser-safe.
 */
import { issueOf, type Issue, type IssueAt } from "../model/issue.js";
import type { CsvLayout } from "../table/write.js";
import type { ColumnReading } from "../table/roles.js";
import type { TextEncodingName } from "../table/text.js";

/**
 * The formats a plan is read from.
 *
 * @category Import and export
 * @example
 * ```ts
 * import type { PlanFormat } from "peer-challenge/read";
 * const format: PlanFormat = "xlsx";
 * ```
 */
export type PlanFormat = "json" | "yaml" | "csv" | "tsv" | "xlsx" | "docx";

/** A path into the plan: keys and indices. */
export type Path = readonly (string | number)[];

/**
 * What was read, and how: the format, the encoding of a text file and how it was known, the
 * delimiter of a table, the sheet of a workbook, and how each column was understood.
 *
 * @category Import and export
 * @example
 * ```ts
 * import type { ReadSource } from "peer-challenge/read";
 * const source: ReadSource = { format: "csv", encoding: "windows-1252", encodingFrom: "guessed", delimiter: ";", columns: [] };
 * ```
 */
export interface ReadSource {
  /** The format read: from the name, else from the bytes. */
  readonly format: PlanFormat;
  /** The file's name, as given. */
  readonly name?: string | undefined;
  /** A text file's encoding. */
  readonly encoding?: TextEncodingName | undefined;
  /** How the encoding was known: a byte-order mark, the caller, valid UTF-8, or a guess. */
  readonly encodingFrom?: "bom" | "given" | "utf-8" | "guessed" | undefined;
  /** A CSV or TSV file's delimiter. */
  readonly delimiter?: string | undefined;
  /** The sheet of a workbook that was read. */
  readonly sheet?: string | undefined;
  /** How each column of a table was understood, and why (empty for JSON and YAML). */
  readonly columns: readonly ColumnReading[];
  /** A table's headings in order, to write the plan back under them (`writePlanCsv`'s `layout`). */
  readonly layout?: CsvLayout | undefined;
}

/** One file read by its format's reader, not yet validated. */
export interface Parsed {
  /** The data, or undefined when the file could not be read at all (the issues say why). */
  readonly data: unknown;
  /** The reader's issues, each with its place (`at`) where the reader knows it. */
  readonly issues: readonly Issue[];
  readonly source: ReadSource;
  /**
   * Prepares places for these paths (one pass over the text for all of them) and returns
   * the place of each, or of its nearest ancestor that the file has.
   */
  readonly locate: (paths: readonly Path[]) => (path: Path) => IssueAt | undefined;
}

/** Each issue with its place, where it has none yet and the file gives one. */
export function placed(issues: readonly Issue[], at: (path: Path) => IssueAt | undefined): Issue[] {
  return issues.map((i) => {
    if (i.at !== undefined) return i;
    const where = at(i.path);
    return where === undefined ? i : { ...i, at: where };
  });
}

/** The issue for a file that cannot be read at all. */
export function unreadable(message: string, at?: IssueAt, hint?: string): Issue {
  return issueOf({
    code: "unreadable-file",
    path: [],
    message,
    ...(hint !== undefined ? { hint } : {}),
    ...(at !== undefined ? { at } : {}),
  });
}
