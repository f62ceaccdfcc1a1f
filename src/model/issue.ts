/**
 * A problem found in a plan: an error (the data cannot be used as it is) or a
 * warning (it can, but something looks wrong).
 *
 * @category Validation
 * @example
 * ```ts
 * import type { Issue } from "peer-challenge";
 * const issue: Issue = {
 *   severity: "warning",
 *   code: "status-in-timescale",
 *   path: ["actions", 52, "timescale"],
 *   message: 'Action 21.5: the timescale "In progress" is a status, and the status "July 2019" is a date.',
 *   hint: "The two columns look swapped.",
 * };
 * ```
 */
export interface Issue {
  /** `error`: the plan is not valid. `warning`: it is, but something looks wrong. */
  readonly severity: "error" | "warning";
  /** A stable kebab-case code, e.g. `"duplicate-id"`; see {@link IssueCode}. */
  readonly code: IssueCode;
  /** Keys and indices from the top of the input to the fault, e.g. `["actions", 3, "status"]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in words a council officer understands. */
  readonly message: string;
  /** How to put it right, where that helps. */
  readonly hint?: string;
  /**
   * The value found at `path`, where a program can use it: the unknown status, the
   * repeated id, the text of a target that gives no date.
   */
  readonly value?: unknown;
  /** The values allowed at `path`, where there is a fixed list: the statuses, the RAG ratings, the recommendation ids. */
  readonly allowed?: readonly string[];
  /**
   * The date the plan was judged as of, on an issue that depends on it (an action reported
   * green that is overdue): such an issue comes or goes as the calendar moves, with no
   * change to the file. Absent on issues about the file's content alone, which a CI run
   * can fail on without failing tomorrow on an unchanged file.
   */
  readonly asOf?: string;
  /**
   * Where the fault is in the file it was read from, as data: a sheet and cell or row of a
   * workbook, a table and row of a Word document, a line (and column) of a text file. Set by
   * `readPlan` (peer-challenge/read); absent on a plan validated as data.
   */
  readonly at?: IssueAt;
}

/**
 * Where an issue is in the file it came from: what the format has (a workbook's sheet, cell
 * and row; a Word document's table and row; a text file's line and column), from 1.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { IssueAt } from "peer-challenge";
 * const at: IssueAt = { sheet: "Action Plan", row: 6, cell: "G6" };
 * ```
 */
export interface IssueAt {
  /** The sheet of a workbook. */
  readonly sheet?: string;
  /** A cell of that sheet ("G6"), where the issue is about one. */
  readonly cell?: string;
  /** The table of a Word document, from 1. */
  readonly table?: number;
  /** The row of a sheet or of a Word table, from 1. */
  readonly row?: number;
  /** The column of a table, as its heading names it, where the issue is about one. */
  readonly column?: string;
  /** The line of a text file (CSV, TSV, JSON, YAML), from 1. */
  readonly line?: number;
  /** The character in that line, from 1. */
  readonly col?: number;
}

/**
 * Every issue code, with the severity it always has. `docs/issues.md` explains each one,
 * with an example that makes it and how to put it right (a test runs the examples).
 *
 * @category Validation
 * @example
 * ```ts
 * import { ISSUE_CODES } from "peer-challenge";
 * ISSUE_CODES["duplicate-id"];
 * //=> "error"
 * ```
 */
export const ISSUE_CODES = {
  // errors: the file or plan cannot be used as it is
  /** The file cannot be read as JSON, YAML or a table at all. */
  "unreadable-file": "error",
  /** A CSV or TSV file has no row of headings peer-challenge recognises. */
  "no-header": "error",
  /** A field holds the wrong kind of value (an object where a list belongs). */
  "wrong-type": "error",
  /** A field every plan needs is not there. */
  "missing-field": "error",
  /** A field holds a value it cannot take, or a CSV cell cannot be read. */
  "invalid-value": "error",
  /** A date field is not a date written YYYY-MM-DD (or YYYY-MM where allowed). */
  "invalid-date": "error",
  /** Text that must say something is blank, or a list that must have an entry is empty. */
  "empty-value": "error",
  /** Two recommendations, actions or steps of one action have the same id. */
  "duplicate-id": "error",
  /** A key is written twice in one object of a JSON or YAML file. */
  "duplicate-key": "error",
  /** An action answers a recommendation the plan does not have. */
  "unknown-recommendation": "error",
  /** A status that is neither canonical nor a wording peer-challenge reads. */
  "unknown-status": "error",
  /** A RAG rating that is neither canonical nor a wording peer-challenge reads. */
  "unknown-rag": "error",
  /** A theme that is no theme id of the plan's framework. */
  "unknown-theme": "error",
  /** A CSV step row comes before any action. */
  "orphan-step": "error",
  /** A report given to `draftPlan` has no list of recommendations it can read: no draft. */
  "no-recommendations": "error",
  // warnings: the plan can be used, but something looks wrong
  /** A text file that is not UTF-8, read as Windows-1252: check its "£" and quotes. */
  "guessed-encoding": "warning",
  /** A row under a table (a key, a legend, a "last updated" note): not read as an action. */
  "row-below-table": "warning",
  /** An action with no number in its table: numbered by its recommendation. */
  "generated-id": "warning",
  /** An action with no status whose RAG says it (Blue, "Complete", "Not started"; any other rating: under way): counted so. */
  "status-from-rag": "warning",
  /** Columns per period ("Q1 RAG", "Q2 RAG"): the latest filled is current, the others updates. */
  "period-columns": "warning",
  /** A table column read by what it holds, or by a word in its heading: say so, so it can be checked. */
  "column-read": "warning",
  /** A plan read from a PDF's table by where its text stands on the page: said, so the figures can be checked against the document. */
  "pdf-table": "warning",
  /** A table column that could be two fields (or two columns one field): kept as a field, and the choices listed. */
  "column-unclear": "warning",
  /** A table row with no action number or text, under an action: its cells added to that action. */
  "continued-row": "warning",
  /** A table row with more cells than the header has headings (an unquoted comma): the extra cells kept. */
  "extra-cells": "warning",
  /** A table row that is no action, recommendation, step or section: its cells are in the issue, not the plan. */
  "row-not-read": "warning",
  /** A field a CSV cannot carry: writing the plan as CSV would lose or change it. */
  "not-in-csv": "warning",
  /** A row hidden in Excel: read like the others, and said. */
  "hidden-row": "warning",
  /** A sheet hidden in Excel: not chosen, and said. */
  "hidden-sheet": "warning",
  /** A spreadsheet cell holding an error value (#N/A): read as empty. */
  "cell-error": "warning",
  /** A RAG cell with no text whose fill colour gives the rating (or gives none). */
  "rag-from-fill": "warning",
  /** A percentage-complete cell that is no percentage from 0 to 100, or a bare fraction that could be either (0.5: 0.5 % or 50 %?): kept as text, not read. */
  "unclear-percent": "warning",
  /** A tracker's council, read from its title row. */
  "council-from-title": "warning",
  /** A table's CPC dates, read from a line above it ("Peer challenge: 4-7 March 2024"). */
  "cpc-date-from-title": "warning",
  /** The plan does not name its council (a tracker may not). */
  "no-council": "warning",
  /** The plan does not give the CPC's date: targets cannot be checked against it. */
  "no-cpc-date": "warning",
  /** A field the format does not have: kept, not used. */
  "unknown-field": "warning",
  /** A CSV row above the header that is not a plan detail: not read. */
  "row-above-header": "warning",
  /** A status written as a council's wording, or blank: read as the canonical status, or none. */
  "non-canonical-status": "warning",
  /** A RAG rating written as a council's wording, or blank: read as the rating, or none. */
  "non-canonical-rag": "warning",
  /** The status is a date: swapped columns, or the target. */
  "date-in-status": "warning",
  /** The timescale is a status, not a target. */
  "status-in-timescale": "warning",
  /** The timescale gives no date; the reason says why. */
  "unparseable-timescale": "warning",
  /** The timescale's year or start comes from the plan's own dates. */
  "timescale-from-plan-date": "warning",
  /** A target falls before the peer challenge began. */
  "target-before-cpc": "warning",
  /** A recommendation has no action answering it. */
  "recommendation-without-actions": "warning",
  /** The plan has no recommendations and no actions: a template whose table is empty, or a file with no plan's rows. */
  "empty-plan": "warning",
  /** An action names no owner. */
  "action-without-owner": "warning",
  /** An action has no text. */
  "action-without-title": "warning",
  /** An action has no timescale, due date or dated step. */
  "action-without-target": "warning",
  /** An action has no status, RAG, percentage or dated update where others are rated: it counts as not started. */
  "action-without-status": "warning",
  /** An action with no status whose percentage complete or latest dated update says how it is going: counted so. */
  "status-from-progress": "warning",
  /** A status no reader knows ("Update to follow"): kept as `statusText`, and the action counted apart in every figure. */
  "unrecognised-status": "warning",
  /** A reported RAG rating disagrees with the status or dates. */
  "rag-inconsistent": "warning",
  /** A percentage complete disagrees with the status: complete at under 100 %, not started above 0 %. */
  "percent-inconsistent": "warning",
  /** An action's text points at another action instead of saying what will be done. */
  "cross-reference": "warning",
  /** A draft's theme suggested from a recommendation's words, not read from the report. */
  "theme-suggested": "warning",
  /** A draft's framework taken from the CPC's date, as the report's themes did not settle it. */
  "framework-guessed": "warning",
  /** A line of a report's peer team not clearly split into name, role and organisation. */
  "peer-unclear": "warning",
  /** A draft's council read from a sentence of the report, not from its title lines. */
  "council-from-text": "warning",
  /** A report says how many recommendations it makes, and the draft read another number. */
  "recommendation-count": "warning",
  /** A report lists what its recommendations cover (topics), not their words. */
  "recommendation-topics": "warning",
} as const satisfies Readonly<Record<string, "error" | "warning">>;

/**
 * The stable codes of validation issues: the keys of {@link ISSUE_CODES}.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { IssueCode } from "peer-challenge";
 * const code: IssueCode = "unknown-recommendation";
 * ```
 */
export type IssueCode = keyof typeof ISSUE_CODES;

/** What an issue carries for programs: the value found and the values allowed. */
export interface IssueData {
  readonly value?: unknown;
  readonly allowed?: readonly string[];
  /** The date the issue depends on. */
  readonly asOf?: string;
}

/**
 * An issue, its severity the one {@link ISSUE_CODES} gives its code: the one place an issue
 * is made, so a code is never an error in one reader and a warning in another.
 *
 * @internal
 */
export function makeIssue(code: IssueCode, path: readonly (string | number)[], message: string, hint?: string, data?: IssueData): Issue {
  const severity = ISSUE_CODES[code];
  // Object literals of a fixed shape in the common case, as a large plan makes thousands.
  const base: Issue = hint ? { severity, code, path, message, hint } : { severity, code, path, message };
  if (data === undefined) return base;
  return {
    ...base,
    ...("value" in data ? { value: data.value } : {}),
    ...(data.allowed !== undefined ? { allowed: data.allowed } : {}),
    ...(data.asOf !== undefined ? { asOf: data.asOf } : {}),
  };
}

/**
 * {@link makeIssue} from the issue's fields: its severity from {@link ISSUE_CODES}.
 *
 * @internal
 */
export function issueOf(fields: Omit<Issue, "severity">): Issue {
  return { severity: ISSUE_CODES[fields.code], ...fields };
}
