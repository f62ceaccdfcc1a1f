/**
 * The table a plan is written as, in CSV or in a workbook: the same rows, so that the
 * table reader reads both back the same way. Browser-safe, and free of any CSV library,
 * so that the workbook writer does not carry one.
 */
import { FIELDS } from "../model/fields.js";
import type { ActionPlan } from "../model/types.js";
import { ragLabel, statusLabel } from "../model/vocabulary.js";
import { splitOwners } from "./owners.js";
import { safeCell } from "./safe-cell.js";
import { EXPORT_HEADINGS, EXPORT_PREAMBLE, type Column, type PreambleKey } from "./columns.js";

/**
 * A table's headings in order, and the field each holds (`undefined` for a column of the
 * council's own, kept as a field of each action under its heading).
 *
 * @category Import and export
 * @example
 * ```ts
 * import { readPlanCsv, writePlanCsv, type CsvLayout } from "peer-challenge/csv";
 * const read = readPlanCsv(text);
 * const layout: CsvLayout = read.layout;
 * writePlanCsv(plan, { layout }); // the council's own headings, in its order
 * ```
 */
export interface CsvLayout {
  /** The headings, left to right. */
  readonly columns: readonly {
    /** The heading as written. */
    readonly heading: string;
    /** The field it holds, or `undefined` for a column of the council's own. */
    readonly field: Column | undefined;
  }[];
}

// Stryker disable all: top-level constants, which Stryker's vitest runner never reloads for a mutant; changed by hand
// (2026-11-24: a column name blanked, the formula pattern unanchored), each made test/table-write.test.ts fail
/** The columns written by default, in order, under seed 001's headings where it has one. */
const DEFAULT_COLUMNS: readonly Column[] = [
  "recommendationId",
  "recommendation",
  "themes",
  "heading",
  "actionId",
  "step",
  "title",
  "owners",
  "timescale",
  "due",
  "status",
  "rag",
  "percentComplete",
  "comments",
  "updates",
];
/** Default columns written only where a row has a value for them: a plan with no percentages keeps the table it always had. */
const WHERE_GIVEN: ReadonlySet<Column> = new Set(["percentComplete"]);
// Stryker restore all

/**
 * The columns of the file: the layout's, in its order and under its headings, then any
 * other column the rows need (the defaults, then the actions' own fields); without a
 * layout, every default column and then the actions' own fields.
 */
function columnsFor(
  made: readonly { readonly values: Partial<Record<Column, string>> }[],
  extras: readonly string[],
  layout: CsvLayout | undefined,
): { readonly column?: Column; readonly heading: string }[] {
  if (layout === undefined)
    return [
      ...DEFAULT_COLUMNS.filter((column) => !WHERE_GIVEN.has(column) || made.some((m) => (m.values[column] ?? "") !== "")).map((column) => ({
        column,
        heading: EXPORT_HEADINGS[column],
      })),
      ...extras.map((heading) => ({ heading })),
    ];
  const cols: { column?: Column; heading: string }[] = [];
  const placed = new Set<string>();
  for (const { heading, field } of layout.columns) {
    // A column of the council's the writer has nothing for ("Revised deadline": the revised
    // target is in the target's text) stays, empty, where the council had it.
    if (field !== undefined && !placed.has(field)) {
      cols.push({ column: field, heading });
      placed.add(field);
    } else if (field === undefined && extras.includes(heading) && !placed.has(`extra:${heading}`)) {
      cols.push({ heading });
      placed.add(`extra:${heading}`);
    }
  }
  for (const column of DEFAULT_COLUMNS) {
    if (!placed.has(column) && made.some((m) => (m.values[column] ?? "") !== "")) cols.push({ column, heading: EXPORT_HEADINGS[column] });
  }
  for (const name of extras) if (!placed.has(`extra:${name}`)) cols.push({ heading: name });
  return cols;
}

export const KNOWN_ACTION_FIELDS: ReadonlySet<string> = new Set(FIELDS.action);

/** A plan as a table: the plan's details above, the header, a row per action and step. */
export interface PlanTable {
  /** The plan's details, a name and its values per row, then a blank row (none when there are none). */
  readonly top: string[][];
  readonly header: string[];
  readonly body: string[][];
  /** Each column's field, or none for an action's own field. */
  readonly cols: readonly { readonly column?: Column; readonly heading: string }[];
}

/**
 * The table a plan is written as, in CSV or in a workbook: the same rows, so that the
 * table reader reads both back the same way.
 *
 * @internal
 */
export function planTable(plan: ActionPlan, options: { readonly labels?: boolean | undefined; readonly layout?: CsvLayout | undefined } = {}): PlanTable {
  const preamble = preambleRows(plan);
  const extras: string[] = [];
  for (const a of plan.actions) {
    for (const k of Object.keys(a)) if (!KNOWN_ACTION_FIELDS.has(k) && !extras.includes(k)) extras.push(k);
  }
  // Rows are made as values by field first; the columns (the council's own, where a layout
  // is given) are decided from what the rows hold.
  const made = madeRows(plan, options.labels === true);
  const cols = columnsFor(made, extras, options.layout);
  const header = cols.map((c) => c.heading);
  const width = header.length;
  const body = made.map(({ values, extra }) =>
    cols.map((c) => {
      if (c.column !== undefined) return values[c.column] ?? "";
      const v = extra[c.heading];
      return v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
    }),
  );
  const pad = (r: string[]) => [...r, ...new Array<string>(Math.max(0, width - r.length)).fill("")];
  const top = preamble.length > 0 ? [...preamble.map(pad), new Array<string>(width).fill("")] : [];
  return { top, header, body, cols };
}

/** The rows above the header that describe the plan: its council, title, framework, dates, RAG scheme, focus areas. */
function preambleRows(plan: ActionPlan): string[][] {
  const preamble: string[][] = [];
  const put = (k: PreambleKey, ...values: (string | undefined)[]) => {
    const vs = values.filter((v): v is string => v !== undefined);
    if (vs.length > 0) preamble.push([EXPORT_PREAMBLE[k], ...vs]);
  };
  put("council", plan.council?.name);
  put("councilCode", plan.council?.code);
  put("title", plan.title);
  put("framework", plan.framework);
  put("cpcStart", plan.peerChallenge?.start);
  put("cpcEnd", plan.peerChallenge?.end);
  put("publishedOn", plan.publishedOn);
  put("ragScheme", plan.ragScheme);
  if (plan.focusAreas && plan.focusAreas.length > 0) put("focusAreas", ...plan.focusAreas);
  return preamble;
}

/** A row as values by field, and the action's fields that have no column of their own. */
type Made = { readonly values: Partial<Record<Column, string>>; readonly extra: Record<string, unknown> };

/** The table's rows, by field: each recommendation (on a row of its own unless inline keeps their order), each action and its steps. */
function madeRows(plan: ActionPlan, labels: boolean): Made[] {
  const made: Made[] = [];
  const row = (values: Partial<Record<Column, string>>, extra: Record<string, unknown> = {}): Made => {
    const m = { values, extra };
    made.push(m);
    return m;
  };
  const recCells = (id: string): Partial<Record<Column, string>> => {
    const r = plan.recommendations.find((x) => x.id === id);
    if (!r) return { recommendationId: id };
    return {
      recommendationId: r.id,
      recommendation: r.title,
      ...(r.themes ? { themes: r.themes.join("; ") } : {}),
      ...(r.heading !== undefined ? { heading: r.heading } : {}),
    };
  };

  // Recommendations are written where they first appear when that keeps their order;
  // otherwise each is defined on a row of its own before the actions.
  const firstSeen: string[] = [];
  for (const a of plan.actions) if (!firstSeen.includes(a.recommendation)) firstSeen.push(a.recommendation);
  const inline = firstSeen.length === plan.recommendations.length && firstSeen.every((id, i) => plan.recommendations[i]?.id === id);
  const defined = new Set<string>();
  if (!inline)
    for (const r of plan.recommendations) {
      row(recCells(r.id));
      defined.add(r.id);
    }
  for (const a of plan.actions) {
    const rec = defined.has(a.recommendation) ? { recommendationId: a.recommendation } : recCells(a.recommendation);
    defined.add(a.recommendation);
    row(
      {
        ...rec,
        actionId: a.id,
        title: a.title,
        ...(a.owners ? { owners: joinOwners(a.owners) } : {}),
        ...(a.timescale !== undefined ? { timescale: a.timescale } : {}),
        ...(a.due !== undefined ? { due: a.due } : {}),
        ...(a.status !== undefined ? { status: labels ? statusLabel(a.status) : a.status } : {}),
        ...(a.rag !== undefined ? { rag: labels ? ragLabel(a.rag) : a.rag } : {}),
        ...(a.percentComplete !== undefined ? { percentComplete: percentCell(a.percentComplete) } : {}),
        ...(a.comments !== undefined ? { comments: a.comments } : {}),
        ...(a.updates ? { updates: JSON.stringify(a.updates) } : {}),
      },
      a as unknown as Record<string, unknown>,
    );
    for (const s of a.steps ?? []) {
      row({
        recommendationId: a.recommendation,
        actionId: a.id,
        step: s.id,
        title: s.text,
        ...(s.timescale !== undefined ? { timescale: s.timescale } : {}),
        ...(s.due !== undefined ? { due: s.due } : {}),
        ...(s.status !== undefined ? { status: labels ? statusLabel(s.status) : s.status } : {}),
        ...(s.rag !== undefined ? { rag: labels ? ragLabel(s.rag) : s.rag } : {}),
        ...(s.percentComplete !== undefined ? { percentComplete: percentCell(s.percentComplete) } : {}),
      });
    }
  }
  return made;
}

/** A percentage complete as a cell: with its sign ("50%", "0.5%"), so that it reads back as itself and never as a fraction. */
function percentCell(n: number): string {
  let text = String(n);
  // 1e-7 in full ("0.0000001"): a cell with an exponent is no percentage the reader takes.
  if (/e/i.test(text)) {
    text = n.toFixed(20);
    while (text.endsWith("0")) text = text.slice(0, -1);
    if (text.endsWith(".")) text = text.slice(0, -1);
  }
  return `${text}%`;
}

/** Owners in one cell: " / " as councils write them, where that reads back as the same owners; "; " where a "/" would not part them ("Finance / HR"). */
function joinOwners(owners: readonly string[]): string {
  const slashed = owners.join(" / ");
  const back = splitOwners(slashed);
  return back.length === owners.length && back.every((o, i) => o === owners[i]) ? slashed : owners.join("; ");
}

export { safeCell };
