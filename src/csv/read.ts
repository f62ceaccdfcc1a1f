import { issueOf, type Issue } from "../model/issue.js";
import type { Wordings } from "../status/index.js";
import type { matchTheme } from "../themes/index.js";
import { recordRows, recordsIssue, type RecordLine } from "../table/records.js";
import { readPlanTable, type ColumnChoices, type ColumnReading, type TableRow } from "../table/read.js";
import type { CsvLayout } from "./write.js";
import { csvRecords } from "./records.js";
import { decodeText, guessedEncodingIssues, type TextEncodingName } from "../table/text.js";

/**
 * Options for {@link readPlanCsv}.
 *
 * @category Import and export
 * @example
 * ```ts
 * import { readPlanCsv, type ReadPlanCsvOptions } from "peer-challenge/csv";
 * const options: ReadPlanCsvOptions = { delimiter: "\t", themesFromHeadings: false };
 * ```
 */
export interface ReadPlanCsvOptions {
  /**
   * The encoding of `bytes` (ignored for text). Default: from the byte-order mark, else
   * UTF-8, else Windows-1252 with a `guessed-encoding` warning.
   */
  readonly encoding?: TextEncodingName | undefined;
  /** The field separator. Default: tab, semicolon or comma, whichever splits the first rows most consistently. */
  readonly delimiter?: "," | "\t" | ";" | undefined;
  /**
   * Give a recommendation the theme its section heading names ("FINANCIAL CHALLENGE"
   * is the financial theme), where {@link matchTheme} recognises one and the file has
   * no Themes column. Default `true`.
   */
  readonly themesFromHeadings?: boolean | undefined;
  /**
   * The council's own words for statuses and RAG ratings, read before the ones
   * peer-challenge knows: `{ "Behind schedule": { status: "in-progress", rag: "red" } }`.
   */
  readonly wordings?: Wordings | undefined;
  /**
   * Which column holds which field, by heading, where the reader should not judge it:
   * `{ "Due by": "timescale", Statement: "recommendation", Notes: "ignore" }`. Without it,
   * columns are read by their headings and, where a heading is unknown, by what they hold.
   */
  readonly columns?: ColumnChoices | undefined;
  /** The council's name, where the file does not give it. */
  readonly council?: string | undefined;
  /** The CPC's first day (`YYYY-MM` or `YYYY-MM-DD`), where the file does not give it: quarter columns with no year are dated from it. */
  readonly cpcStart?: string | undefined;
}

/**
 * What {@link readPlanCsv} read: the plan as data (to be checked with
 * `validatePlan`), problems found in the table itself, and the line each part of
 * the plan came from.
 *
 * @category Import and export
 * @example
 * ```ts
 * import { readPlanCsv, type CsvReadResult } from "peer-challenge/csv";
 * const r: CsvReadResult = readPlanCsv("Council\tTest\nRecommendation\tActivity\nDo better\tAct\n");
 * r.lineOf(["actions", 0]);
 * //=> 3
 * ```
 */
export interface CsvReadResult {
  /** The plan, in the file format, not yet validated. */
  readonly plan: Record<string, unknown>;
  /** Problems with the table: an unreadable file, a missing header, a bad Updates cell. */
  readonly issues: readonly Issue[];
  /** The 1-based line a path into the plan came from (the header line for columns). */
  readonly lineOf: (path: readonly (string | number)[]) => number | undefined;
  /** The council's headings in order, to write the plan back under them (`writePlanCsv`'s `layout`). */
  readonly layout: CsvLayout;
  /** How each column was understood, and why: by the `columns` option, its heading, or what it holds. */
  readonly columns: readonly ColumnReading[];
}

const DELIMITERS = ["\t", ";", ","] as const;

/**
 * The delimiter of a CSV text: of tab, semicolon (Excel's CSV where the decimal mark is a
 * comma) and comma, the one that splits the most of the first records into the same
 * number of fields. Counted outside quotes, so a value cannot fool it; a comma in the
 * text of a semicolon file varies from row to row, the semicolons do not. Ties go to tab,
 * then semicolon, then comma.
 */
export function sniffDelimiter(text: string): "," | "\t" | ";" {
  const counts: number[][] = [];
  let current = [0, 0, 0];
  let quoted = false;
  const end = Math.min(text.length, 65536);
  for (let i = 0; i < end && counts.length < 30; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 9) current[0]!++;
    else if (c === 59) current[1]!++;
    else if (c === 44) current[2]!++;
    else if (c === 10) {
      if (current.some((n) => n > 0)) counts.push(current);
      current = [0, 0, 0];
    }
  }
  if (current.some((n) => n > 0)) counts.push(current);
  let best = 2;
  let bestScore = 0;
  DELIMITERS.forEach((_, d) => {
    // The most common non-zero count of this delimiter, and how many records have it.
    const tally = new Map<number, number>();
    for (const line of counts) if (line[d]! > 0) tally.set(line[d]!, (tally.get(line[d]!) ?? 0) + 1);
    const score = Math.max(0, ...tally.values());
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  });
  return DELIMITERS[best]!;
}

/**
 * Reads an action plan from CSV or TSV, as a spreadsheet exports it.
 *
 * The header row is the first row with at least two headings peer-challenge knows
 * (matched ignoring case: "Peer Review Recommendation", "Activity", "Leadership
 * Owner", "Target for completion", "Status", "Comments/Milestones", ...); a blank
 * heading is the activity number, as in Kingston's plan. Rows above it may describe
 * the plan ("Council", "Framework", "CPC start", "CPC end", "Published", "Title",
 * "Focus areas", with the value in the next cells).
 *
 * Below it, one row per action: a recommendation is written once, on its first
 * action's row, and carries on until the next; a row whose only text is in the first
 * column is a section heading for the recommendations that follow (unless the file
 * has a Heading column, when it is a recommendation with no actions yet). A row with a
 * Step column filled is a lettered step of the action above. Owners are split on
 * "/", ";" and line breaks. Statuses and RAG ratings councils write are mapped to
 * canonical values; anything else is kept as written for `validatePlan` to judge.
 * Columns it does not know are kept as fields of each action, under their heading.
 *
 * @param input - The file's text, or its bytes (decoded as {@link decodeText} says).
 * @param options - Delimiter, encoding; whether headings give themes.
 * @returns The plan as data, the table's problems and where each part came from.
 * @category Import and export
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { readPlanCsv } from "peer-challenge/csv";
 * import { validatePlan } from "peer-challenge/schema";
 * const { plan } = readPlanCsv(readFileSync("examples/kingston-2019.tsv", "utf8"));
 * validatePlan(plan).ok;
 * //=> true
 * ```
 */
export function readPlanCsv(input: string | Uint8Array, options: ReadPlanCsvOptions = {}): CsvReadResult {
  const issues: Issue[] = [];
  let text: string;
  if (typeof input === "string") text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else {
    const decoded = decodeText(input, options.encoding);
    issues.push(...guessedEncodingIssues(decoded, "The file"));
    text = decoded.text;
  }
  // A plan written as labelled lines ("Action: ...", "Lead officer: ..."), not a table: its records are the rows.
  const records = options.delimiter === undefined ? recordRows(textLines(text)) : undefined;
  if (records !== undefined) return readPlanTable(records.rows, options, [...issues, recordsIssue(records)]);
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const read = csvRecords(text, delimiter);
  if (!read.ok) {
    const line = read.unclosedQuoteLine;
    issues.push(
      issueOf({
        code: "unreadable-file",
        path: [],
        message: `The table could not be read: the quote that opens a cell on line ${line} is never closed. A cell that starts with " must end with "; a quote inside it is written twice ("").`,
      }),
    );
    return { plan: { schemaVersion: 1 }, issues, lineOf: () => line, layout: { columns: [] }, columns: [] };
  }
  const rows: TableRow[] = read.records;
  return readPlanTable(rows, { ...options, delimiter }, issues);
}

/** A text's lines, each with its line number as its place. */
function textLines(text: string): RecordLine[] {
  return text.split(/\r\n|\r|\n/).map((line, i) => ({ text: line, place: `Line ${i + 1}` }));
}
