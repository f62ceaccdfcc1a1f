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
import type { Column } from "../csv/columns.js";
import { FIELDS } from "../model/fields.js";
import type { Issue } from "../model/issue.js";
import type { Wordings } from "../status/index.js";
import { timescaleOptionsOf } from "../timescale/due.js";
import { define, readBody } from "./body.js";
import { applyCellMeta } from "./cells.js";
import { findHeader, unguardRows, type Header } from "./header.js";
import { periodColumns, periodIssues } from "./periods.js";
import { readPreamble } from "./preamble.js";
import { Places, type PlanPath, type TableRow } from "./row.js";

export type { CellMeta, TableRow } from "./row.js";
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
}

/**
 * Reads a plan from the rows of a table. `issues` holds what the source's reader already
 * found (an encoding it guessed); the table's own are added after.
 */
export function readPlanTable(rows: TableRow[], options: TableReadOptions = {}, issues: Issue[] = []): TableRead {
  const places = new Places();
  const header = findHeader(rows);
  if (header === undefined) {
    issues.push({
      severity: "error",
      code: "no-header",
      path: [],
      message: 'No header row was found: name the columns, e.g. "Peer Review Recommendation", "Activity", "Target for completion", "Status".',
    });
    places.set([], 1);
    return { plan: { schemaVersion: 1 }, issues, lineOf: places.lineOf, layout: { columns: [] } };
  }
  places.set(["columns"], header.row.line);
  applyCellMeta(rows, header.index, header.columns.get("rag"), issues);
  if (options.guarded !== false) unguardRows(rows, header);

  const plan: Record<string, unknown> = { schemaVersion: 1, ...readPreamble(rows.slice(0, header.index), places, issues) };
  // Columns per period, dated against the plan's own reference date, as every statistic reads it.
  const reference = timescaleOptionsOf(plan).reference;
  const periods = periodColumns(header.extra, reference);
  issues.push(...periodIssues(periods));
  const inPeriods = new Set(periods.columns.flatMap((p) => Object.values(p.at)));
  const extra = header.extra.filter((e) => !inPeriods.has(e.index));

  const { recommendations, actions } = readBody(rows.slice(header.index + 1), {
    header,
    extra,
    periods: periods.columns,
    framework: plan["framework"] === "previous" ? "previous" : "current",
    themesFromHeadings: options.themesFromHeadings !== false,
    guarded: options.guarded !== false,
    wordings: options.wordings,
    places,
    issues,
  });
  plan["recommendations"] = recommendations.map((r) => ordered(r, FIELDS.recommendation));
  plan["actions"] = actions.map((a) => {
    const steps = a["steps"] as Record<string, unknown>[] | undefined;
    return ordered(steps ? { ...a, steps: steps.map((st) => ordered(st, FIELDS.step)) } : a, FIELDS.action);
  });
  return { plan: ordered(plan, FIELDS.plan), issues, lineOf: places.lineOf, layout: layoutOf(header, extra) };
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
