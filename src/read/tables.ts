/**
 * A plan as a table: CSV or TSV text, an Excel workbook, a Word document, each read by the
 * one table reader, with its issues placed as data (a line; a sheet, row and cell; a table
 * and row). Browser-safe.
 */
import { readPlanCsv, type ReadPlanCsvOptions } from "../csv/read.js";
import { readPlanDocx, type ReadPlanDocxOptions } from "../docx/read.js";
import type { IssueAt } from "../model/issue.js";
import type { ColumnReading } from "../table/roles.js";
import { letters } from "../table/roles.js";
import { readPlanXlsx, type ReadPlanXlsxOptions } from "../xlsx/read.js";
import { placed, type Parsed, type Path, type ReadSource } from "./parsed.js";

type Base = Omit<ReadSource, "format" | "columns">;

/** The column a path into the plan is about ("actions", 3, "status" is the status column), as its heading and index. */
function columnOf(path: Path, columns: readonly ColumnReading[]): ColumnReading | undefined {
  if (path[0] === "columns" && typeof path[1] === "number") return columns.find((c) => c.index === path[1]);
  const field =
    path[0] === "actions"
      ? path[2] === "steps"
        ? path[4]
        : path[2]
      : path[0] === "recommendations"
        ? path[2] === "title"
          ? "recommendation"
          : path[2]
        : undefined;
  if (typeof field !== "string") return undefined;
  const as = field === "id" && path[0] === "actions" ? "actionId" : field;
  return columns.find((c) => c.as === as);
}

/** Reads a CSV or TSV text (or its bytes). */
export function parseCsv(input: string | Uint8Array, options: ReadPlanCsvOptions, source: Base, format: "csv" | "tsv"): Parsed {
  const r = readPlanCsv(input, options);
  const at = (path: Path): IssueAt | undefined => {
    const line = path[0] === "rows" && typeof path[1] === "number" ? path[1] : r.lineOf(path);
    if (line === undefined) return undefined;
    const column = columnOf(path, r.columns);
    return column !== undefined && column.heading !== "" ? { line, column: column.heading } : { line };
  };
  const guessed = r.issues.find((i) => i.code === "guessed-encoding");
  return {
    data: r.issues.some((i) => i.code === "unreadable-file") ? undefined : r.plan,
    issues: placed(r.issues, at),
    source: {
      ...source,
      format,
      columns: r.columns,
      layout: r.layout,
      ...(guessed !== undefined ? { encoding: "windows-1252", encodingFrom: "guessed" } : {}),
      delimiter: options.delimiter ?? (format === "tsv" ? "\t" : undefined),
    },
    locate: () => at,
  };
}

/** Reads an Excel workbook. */
export function parseXlsx(bytes: Uint8Array, options: ReadPlanXlsxOptions, source: Base): Parsed {
  const r = readPlanXlsx(bytes, options);
  const at = (path: Path): IssueAt | undefined => {
    // A row's own issue ("rows", its row number in the sheet), or a part of the plan read from a row.
    // Where several sheets were read as one, the table reader's line names the sheet too.
    const line = path[0] === "rows" && typeof path[1] === "number" ? path[1] : undefined;
    const own = line !== undefined && r.placeOfLine !== undefined ? r.placeOfLine(line) : undefined;
    if (line !== undefined && r.placeOfLine !== undefined && own === undefined) return undefined;
    const row = own?.row ?? line ?? r.rowOf(path);
    const sheet = own?.sheet ?? (line === undefined ? r.sheetOf?.(path) : undefined) ?? r.sheet;
    if (row === undefined || sheet === undefined) return undefined;
    const column = columnOf(path, r.columns);
    return column !== undefined
      ? { sheet, row, cell: `${letters(column.index)}${row}`, ...(column.heading !== "" ? { column: column.heading } : {}) }
      : { sheet, row };
  };
  // A RAG read from a cell's fill is about the RAG column's cell in that row.
  const rag = r.columns.find((c) => c.as === "rag");
  const issues = placed(r.issues, at).map((i) =>
    i.code === "rag-from-fill" && rag !== undefined && i.at?.row !== undefined
      ? { ...i, at: { ...i.at, cell: `${letters(rag.index)}${i.at.row}`, ...(rag.heading !== "" ? { column: rag.heading } : {}) } }
      : i,
  );
  return {
    data: r.issues.some((i) => i.code === "unreadable-file") ? undefined : r.plan,
    issues,
    source: { ...source, format: "xlsx", columns: r.columns, layout: r.layout, sheet: r.sheet },
    locate: () => at,
  };
}

/** Reads a Word document's table(s). */
export function parseDocx(bytes: Uint8Array, options: ReadPlanDocxOptions, source: Base): Parsed {
  const r = readPlanDocx(bytes, options);
  const at = (path: Path): IssueAt | undefined => {
    const place = r.tableRowOf?.(path);
    if (place === undefined) return undefined;
    const column = columnOf(path, r.columns);
    return column !== undefined && column.heading !== "" ? { ...place, column: column.heading } : { ...place };
  };
  return {
    data: r.issues.some((i) => i.code === "unreadable-file") ? undefined : r.plan,
    issues: placed(r.issues, at),
    source: { ...source, format: "docx", columns: r.columns, layout: r.layout },
    locate: () => at,
  };
}
