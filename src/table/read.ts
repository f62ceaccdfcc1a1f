/**
 * The table reader: rows of cells, from any source (CSV and TSV today; Excel and Word
 * tables through the same reader), to a plan as data. It finds the header below any title
 * rows, maps columns by name, and turns rows into recommendations, actions and steps,
 * saying what it decided. Browser-safe.
 *
 * Each job is its own module: the header (`header.ts`), the rows above it (`preamble.ts`),
 * a spreadsheet's cell types and fills (`cells.ts`), columns per period (`periods.ts`) and
 * the rows below (`body.ts`); this one puts them in order.
 */
import type { Column } from "./columns.js";
import { FIELDS } from "../model/fields.js";
import { issueOf, type Issue } from "../model/issue.js";
import type { Wordings } from "../status/index.js";
import { timescaleOptionsOf } from "../timescale/due.js";
import { define, readBody } from "./body.js";
import { applyCellMeta } from "./cells.js";
import { findHeader, unguardRows, type Header } from "./header.js";
import { periodColumns, periodIssues } from "./periods.js";
import { pairRows, recordsIssue } from "./records.js";
import { readPreamble } from "./preamble.js";
import { placeOf, Places, type PlanPath, type TableRow } from "./row.js";
import { label, letters, type ColumnChoices, type ColumnReading } from "./roles.js";

export type { CellMeta, TableRow } from "./row.js";
export type { ColumnChoices, ColumnReading } from "./roles.js";
export { splitOwners } from "./body.js";
export { ragOfFill } from "./cells.js";

/** How to read a table: see {@link readPlanCsv}'s options. */
export interface TableReadOptions {
  readonly themesFromHeadings?: boolean | undefined;
  /**
   * Whether the source marks formula-like cells with a leading apostrophe, as CSV from
   * writePlanCsv does (default true); a workbook's cells are text as they are.
   */
  readonly guarded?: boolean | undefined;
  readonly wordings?: Wordings | undefined;
  /** The user's word on which column holds which field, by heading: it wins over the headings and the contents. */
  readonly columns?: ColumnChoices | undefined;
  /**
   * The delimiter of a text table: a row with more cells than headings (an unquoted comma)
   * has its extra cells joined back into its last column with it. Without one (a workbook),
   * cells right of the header are kept as fields of their own.
   */
  readonly delimiter?: string | undefined;
  /** The council, where the table does not name it: applied before the columns are read. */
  readonly council?: string | undefined;
  /** The CPC's first day (`YYYY-MM` or `YYYY-MM-DD`), where the table does not give it: quarter columns with no year are dated from it. */
  readonly cpcStart?: string | undefined;
}

/** The headings of a table in order, and the field each holds: for writing a plan back as the council keeps it. */
export interface TableLayout {
  readonly columns: readonly { readonly heading: string; readonly field: Column | undefined }[];
}

/** What the table reader read: the plan as data, the table's problems, and where each part came from. */
export interface TableRead {
  readonly plan: Record<string, unknown>;
  readonly issues: readonly Issue[];
  readonly lineOf: (path: PlanPath) => number | undefined;
  /** The headings in order and the field each holds. */
  readonly layout: TableLayout;
  /** How each column was understood, and why (empty when no header was found). */
  readonly columns: readonly ColumnReading[];
}

/**
 * Reads a plan from the rows of a table. `issues` holds what the source's reader already
 * found (an encoding it guessed); the table's own are added after.
 */
/**
 * The reader's options for a table whose cells are text as they are (a workbook's sheet, a
 * Word document's table): not guarded, with the caller's wordings, headings rule and column
 * choices where given.
 */
export function unguardedOptions(options: Pick<TableReadOptions, "wordings" | "themesFromHeadings" | "columns">): TableReadOptions {
  return {
    guarded: false,
    ...(options.wordings ? { wordings: options.wordings } : {}),
    ...(options.themesFromHeadings !== undefined ? { themesFromHeadings: options.themesFromHeadings } : {}),
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
  };
}

export function readPlanTable(rows: TableRow[], options: TableReadOptions = {}, issues: Issue[] = []): TableRead {
  // A table of labels and values, two cells a row ("Action | Review the arrangements"): its records are the rows.
  const pairs = pairRows(rows);
  if (pairs !== undefined) {
    issues.push(recordsIssue(pairs, "pairs"));
    rows = pairs.rows;
  }
  const places = new Places();
  const header = findHeader(rows, { choices: options.columns, wordings: options.wordings }, issues);
  if (header === undefined) {
    issues.push(
      issueOf({
        code: "no-header",
        path: [],
        message: 'No header row was found: name the columns, e.g. "Peer Review Recommendation", "Activity", "Target for completion", "Status".',
      }),
    );
    places.set([], 1);
    return { plan: { schemaVersion: 1 }, issues, lineOf: places.lineOf, layout: { columns: [] }, columns: [] };
  }
  places.set(["columns"], header.row.line);
  const targets = (["timescale", "due", "revisedTimescale"] as const).flatMap((c) => header.columns.get(c) ?? []);
  const down = (["status", "rag", "owners", "timescale", "due", "revisedTimescale", "percentComplete"] as const).flatMap((c) => header.columns.get(c) ?? []);
  applyCellMeta(rows, header.index, header.columns.get("rag"), issues, targets, down);
  if (options.guarded !== false) unguardRows(rows, header);

  const plan: Record<string, unknown> = { schemaVersion: 1, ...readPreamble(rows.slice(0, header.index), places, issues) };
  // What the user says the table does not: before the periods are dated against the plan's dates.
  if (options.council !== undefined && plan["council"] === undefined) plan["council"] = { name: options.council };
  if (options.cpcStart !== undefined && (plan["peerChallenge"] as { start?: unknown } | undefined)?.start === undefined)
    plan["peerChallenge"] = { ...(plan["peerChallenge"] as object | undefined), start: options.cpcStart };
  // Columns per period, dated against the plan's own reference date, as every statistic reads it.
  const reference = timescaleOptionsOf(plan).reference;
  const periods = periodColumns(header.extra, reference);
  issues.push(...periodIssues(periods));
  const inPeriods = new Set(periods.columns.flatMap((p) => Object.values(p.at)));
  const extra = header.extra.filter((e) => !inPeriods.has(e.index));

  const body = rows.slice(header.index + 1);
  const overflow = extraCells(body, header, options.delimiter, issues);
  const { recommendations, actions } = readBody(body, {
    header,
    extra: [...extra, ...overflow],
    periods: periods.columns,
    undatedPeriods: periods.columns.length === 0 ? periods.undatedColumns : [],
    framework: plan["framework"] === "previous" ? "previous" : "current",
    themesFromHeadings: options.themesFromHeadings !== false,
    guarded: options.guarded !== false,
    wordings: options.wordings,
    places,
    issues,
    reservedIds: referencesIn(rows.slice(header.index + 1), header),
  });
  plan["recommendations"] = recommendations.map((r) => ordered(r, FIELDS.recommendation));
  plan["actions"] = actions.map((a) => {
    const steps = a["steps"] as Record<string, unknown>[] | undefined;
    return ordered(steps ? { ...a, steps: steps.map((st) => ordered(st, FIELDS.step)) } : a, FIELDS.action);
  });
  const undatedAt = new Set(periods.columns.length === 0 ? periods.undatedColumns.flatMap((p) => Object.values(p.at)) : []);
  const readings = header.readings.map((r) =>
    inPeriods.has(r.index)
      ? { ...r, as: "period" as const, why: "one period's status, RAG or update, dated by its heading" }
      : undatedAt.has(r.index)
        ? { ...r, as: "period" as const, why: "one period's status, RAG or update, with no date: the right-most filled is current, every one kept as a field" }
        : r,
  );
  issues.push(...readingIssues(readings));
  return { plan: ordered(plan, FIELDS.plan), issues, lineOf: places.lineOf, layout: layoutOf(header, extra), columns: readings };
}

/** The council's headings and their order: each known field's, and each kept as an action's field (a blank heading and the period columns are left out). */
function layoutOf(header: Header, extra: readonly { index: number }[]): TableLayout {
  const fieldAt = new Map([...header.columns].map(([column, i]) => [i, column]));
  return {
    columns: header.row.cells.flatMap((cell, i) => {
      const field = fieldAt.get(i);
      if (field === undefined && !extra.some((e) => e.index === i)) return [];
      return [{ heading: cell.trim(), field }];
    }),
  };
}

/** Fields in the order the file format lists them, so that a converted plan reads like a hand-written one; others after, as read. */
function ordered(object: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (Object.prototype.hasOwnProperty.call(object, k)) out[k] = object[k];
  for (const k of Object.keys(object)) if (!keys.includes(k)) define(out, k, object[k]);
  return out;
}

/**
 * One warning for the columns read by what they hold or by a word in their heading, saying
 * how each was read and why, so a reader can check it: 'read "Statement" as the
 * recommendation: long text, written once over several rows'.
 */
function readingIssues(readings: readonly ColumnReading[]): Issue[] {
  const judged = readings.filter(
    (r) =>
      r.as !== "field" && r.as !== "none" && r.as !== "period" && (r.by === "contents" || r.by === "keyword" || (r.by === "position" && r.as !== "actionId")),
  );
  return judged.map((r) =>
    issueOf({
      code: "column-read" as const,
      path: ["columns", r.index],
      message: `Read ${r.heading === "" ? `the column with no heading (${letters(r.index)})` : JSON.stringify(r.heading)} as the ${label(r.as as Column)}: ${r.why}.`,
      hint: `If it is not, say which with the columns option (cpc --columns FILE, or the page's column choices).`,
      value: r.heading,
    }),
  );
}

/** The references written in the number and recommendation-reference columns. */
function referencesIn(rows: readonly TableRow[], header: Header): Set<string> {
  const out = new Set<string>();
  for (const column of ["actionId", "recommendationId"] as const) {
    const i = header.columns.get(column);
    if (i === undefined) continue;
    for (const row of rows) {
      const v = (row.cells[i] ?? "").trim();
      if (v !== "") out.add(v);
    }
  }
  return out;
}

/**
 * Rows with filled cells right of the header's last heading. In a text table (an unquoted
 * delimiter), they are joined back into the row's last column, with the delimiter; in a
 * workbook they are kept as fields named by their column. Either way, said.
 */
function extraCells(rows: TableRow[], header: Header, delimiter: string | undefined, issues: Issue[]): { index: number; name: string }[] {
  const width = header.row.cells.reduce((last, c, i) => (c.trim() !== "" ? i + 1 : last), 0);
  const kept = new Map<number, string>();
  for (const row of rows) {
    const extra = row.cells.slice(width);
    if (!extra.some((c) => c.trim() !== "")) continue;
    const place = placeOf(row);
    if (delimiter !== undefined && width > 0) {
      const joined = row.cells.slice(width - 1).join(delimiter);
      row.cells.splice(width - 1, row.cells.length, joined);
      issues.push(
        issueOf({
          code: "extra-cells",
          path: ["rows", row.line],
          message: `${place} has ${width + extra.length} cells where the header has ${width} headings (a ${JSON.stringify(delimiter)} in a cell that is not in quotes?): the last ${extra.length + 1} were joined back into one, ${JSON.stringify(joined)}.`,
          hint: "Check that cell; put a cell with the delimiter in it in double quotes.",
          value: extra,
        }),
      );
      continue;
    }
    row.cells.forEach((c, i) => {
      if (i >= width && c.trim() !== "") kept.set(i, `Column ${letters(i)}`);
    });
    issues.push(
      issueOf({
        code: "extra-cells",
        path: ["rows", row.line],
        message: `${place} has cells right of the table's last heading (${extra
          .filter((c) => c.trim() !== "")
          .map((c) => JSON.stringify(c))
          .join(", ")}): they are kept as fields named by their column.`,
        hint: "Give the column a heading, or move the cells into the table.",
        value: extra,
      }),
    );
  }
  return [...kept].map(([index, name]) => ({ index, name }));
}
