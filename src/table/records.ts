/**
 * A plan written as labelled lines rather than a table, as committee reports and some Word
 * plans set it out: "Recommendation 1: Improve scrutiny", "Action: Review the
 * arrangements", "Lead officer: Head of Governance", "Timescale: March 2025", then the next.
 * Each label names a column as a heading would; a label seen again starts the next record
 * (a recommendation left out of it carries on, as one merged down a table does); a line with
 * no label goes on the value above it. The records become a table's rows, read as any table.
 * Browser-safe.
 */
import { issueOf, type Issue } from "../model/issue.js";
import { matchHeading, type Column } from "./columns.js";
import type { TableRow } from "./row.js";

/** A line of text and where it is, for messages ("Line 4", "Paragraph 4", "Page 2"). */
export interface RecordLine {
  readonly text: string;
  readonly place: string;
}

/** Records read from labelled lines: the rows (title lines, a header of the labels, a row a record), and what was found. */
export interface Records {
  readonly rows: TableRow[];
  /** The labels, as the header's cells. */
  readonly header: string[];
  /** How many records. */
  readonly records: number;
  /** Where the first labelled line is. */
  readonly from: string;
}

// "Label: value", or "Label 1.2: value": a label of up to six words, a number after it, then a colon.
const LABELLED = /^([A-Za-z][A-Za-z'()/&.-]*(?: [A-Za-z'()/&.-]+){0,5}?)(?: ([A-Za-z]{0,3}\d+(?:\.\d+)*[a-z]?))? ?:(.*)$/;
// The keys of a plan written as YAML: such a file is YAML, not records.
const PLAN_KEYS = /^(?:schemaVersion|recommendations|actions|peerChallenge|council)\s*:/m;

/** A line's label, the column it names, a number written after it, and its value. */
function labelled(text: string): { label: string; column: Column; number: string | undefined; value: string } | undefined {
  const m = LABELLED.exec(text);
  if (m === null) return undefined;
  const label = m[1]!.trim();
  const column = matchHeading(label)?.column;
  return column === undefined ? undefined : { label, column, number: m[2], value: m[3]!.trim() };
}

/** The columns of a recommendation, above its actions'. */
const REC_LEVEL: ReadonlySet<Column> = new Set(["recommendation", "recommendationId", "themes", "heading"]);

/** The column a label's number goes in: a recommendation's reference, or an action's number. */
const NUMBER_COLUMN: Partial<Record<Column, string>> = { recommendation: "Recommendation ref", title: "Action no" };

/**
 * The records in labelled lines, or none: two or more records, labels naming three or more
 * of a plan's columns among them an action or a recommendation, and most labelled lines'
 * labels a column's (so that notes with a colon are no plan).
 */
export function recordRows(lines: readonly RecordLine[]): Records | undefined {
  if (lines.some((l) => PLAN_KEYS.test(l.text))) return undefined;
  const parsed = lines.map((l) => ({ ...l, at: /^\s/.test(l.text) ? undefined : labelled(l.text.trim()) }));
  const first = parsed.findIndex((p) => p.at !== undefined);
  if (first < 0) return undefined;
  const colonLines = lines.slice(first).filter((l) => /^[^:]{1,60}:/.test(l.text)).length;
  const named = parsed.filter((p) => p.at !== undefined);
  const columns = new Set(named.map((p) => p.at!.column));
  if (named.length < colonLines * 0.7 || columns.size < 3 || !(columns.has("title") || columns.has("recommendation"))) return undefined;

  // The header: each label in the order first seen, with a column for a number written after it.
  const header: string[] = [];
  const at = new Map<string, number>();
  const place = (name: string) => {
    if (!at.has(name)) {
      at.set(name, header.length);
      header.push(name);
    }
    return at.get(name)!;
  };
  const rows: TableRow[] = [];
  let line = 0;
  for (const p of parsed.slice(0, first)) if (p.text.trim() !== "") rows.push({ cells: [p.text.trim()], line: ++line, place: p.place });
  let record: { cells: string[]; columns: Set<Column>; place: string } | undefined;
  const records: { cells: string[]; place: string }[] = [];
  let last: number | undefined;
  for (const p of parsed.slice(first)) {
    if (p.at === undefined) {
      // No label: more of the value above.
      if (record !== undefined && last !== undefined && p.text.trim() !== "") record.cells[last] = `${record.cells[last] ?? ""}\n${p.text.trim()}`.trim();
      continue;
    }
    const { label, column, number, value } = p.at;
    // A label seen again starts the next record; so does a recommendation's after an action's fields.
    const above = REC_LEVEL.has(column) && [...(record?.columns ?? [])].some((c) => !REC_LEVEL.has(c));
    if (record === undefined || record.columns.has(column) || above) {
      record = { cells: [], columns: new Set(), place: p.place };
      records.push(record);
    }
    record.columns.add(column);
    last = place(label);
    record.cells[last] = value;
    const numberColumn = NUMBER_COLUMN[column];
    if (number !== undefined && numberColumn !== undefined) record.cells[place(numberColumn)] = number;
  }
  if (records.length < 2) return undefined;
  rows.push({ cells: header, line: ++line, place: parsed[first]!.place });
  for (const r of records) rows.push({ cells: header.map((_, i) => r.cells[i] ?? ""), line: ++line, place: r.place });
  return { rows, header, records: records.length, from: parsed[first]!.place };
}

/** What the reader says of records read as a table: from where, how many, under which labels. */
export function recordsIssue(records: Records, kind: "lines" | "pairs" = "lines"): Issue {
  const what = kind === "lines" ? "The file has no table: its labelled lines" : "The table is labels and values, a pair a row: its rows";
  return issueOf({
    code: "column-read",
    path: [],
    message: `${what} from ${records.from.toLowerCase()} on were read as ${records.records} records, one a row, under the labels ${records.header.map((h) => JSON.stringify(h)).join(", ")}; a label seen again starts the next record.`,
    hint: "Check that each record is an action; a label the reader does not know is kept as a field.",
  });
}

/**
 * A table of labels and values, two columns wide ("Recommendation | Improve scrutiny", "Action |
 * Review the arrangements", "Lead officer | ..."), one such pair of cells a row and a label seen
 * again for the next action, as some Word plans set each action out in a small table of its own:
 * its records, or none where the table is not of that shape.
 */
export function pairRows(rows: readonly TableRow[]): Records | undefined {
  // Every table is asked: a row of three filled cells ends the look at once (most tables' first row).
  const filled: string[][] = [];
  for (const r of rows) {
    const cells = r.cells.map((c) => c.trim()).filter((c) => c !== "");
    if (cells.length > 2) return undefined;
    filled.push(cells);
  }
  const pairs = filled.filter((cells) => cells.length === 2);
  if (pairs.length < 6) return undefined;
  // A label is a heading as the table of headings has it (not a word in a longer text: "Review the
  // scrutiny arrangements" is a recommendation, not a comments label), of five words at most.
  const isLabel = (cell: string) => cell.split(/\s+/).length <= 5 && (matchHeading(cell)?.strength ?? "keyword") !== "keyword";
  if (pairs.filter((cells) => isLabel(cells[0]!)).length < pairs.length * 0.6) return undefined;
  const lines: RecordLine[] = [];
  rows.forEach((r, i) => {
    const cells = filled[i]!;
    const place = r.place ?? `Line ${r.line}`;
    if (cells.length === 2) {
      const [first, ...more] = cells[1]!.split("\n");
      lines.push({ text: `${cells[0]!.replace(/:$/, "").trimEnd()}: ${first ?? ""}`, place });
      for (const m of more) lines.push({ text: ` ${m}`, place });
    } else if (cells.length === 1) lines.push({ text: cells[0]!, place });
  });
  return recordRows(lines);
}
