/**
 * Presenting results for people (aligned text, Markdown tables), programs (JSON,
 * CSV) and CI (GitHub annotations). Pure: strings in, strings out.
 */
import { mdTable } from "../report/markdown-text.js";
import { safeCell } from "../table/safe-cell.js";

export interface Style {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string) => s;

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Style {
  const on = stream.isTTY === true && (env["NO_COLOR"] ?? "") === "";
  return on
    ? { red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), dim: sgr(2, 22), bold: sgr(1, 22) }
    : { red: plain, yellow: plain, green: plain, dim: plain, bold: plain };
}

export type Cell = string | number;
export interface Table {
  readonly head: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Columns to right-align (numbers). */
  readonly numeric?: readonly number[];
}

/** An aligned plain-text table. */
export function textTable(t: Table, indent = "  "): string {
  const widths = t.head.map((h, i) => Math.max(h.length, ...t.rows.map((r) => String(r[i] ?? "").length)));
  const line = (cells: readonly Cell[]) =>
    indent +
    cells
      .map((c, i) => (t.numeric?.includes(i) ? String(c).padStart(widths[i]!) : String(c).padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(t.head), ...t.rows.map(line)].join("\n");
}

/** Plan text in Markdown, never markup: the one escaper, shared with the Markdown report. */
export { mdText } from "../report/markdown-text.js";

/** A GitHub-flavoured Markdown table. */
export function markdownTable(t: Table): string {
  return mdTable(t.head, t.rows, t.numeric);
}

/** A table as CSV, safe to open in Excel: text cells that would start a formula get OWASP's apostrophe. */
export async function csvTable(t: Table): Promise<string> {
  const { stringify } = await import("csv-stringify/sync");
  const cell = (c: Cell) => (typeof c === "number" ? String(c) : safeCell(c));
  return stringify([t.head.map(cell), ...t.rows.map((r) => r.map(cell))], { record_delimiter: "\n", quoted_match: /[\r\n\t;]/ });
}

// GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** A `::error` or `::warning` annotation. */
export function annotation(level: "error" | "warning", props: { file: string; line?: number; col?: number; title: string }, message: string): string {
  const parts = [`file=${escapeProperty(props.file)}`];
  if (props.line !== undefined) parts.push(`line=${props.line}`);
  if (props.col !== undefined) parts.push(`col=${props.col}`);
  parts.push(`title=${escapeProperty(props.title)}`);
  return `::${level} ${parts.join(",")}::${escapeData(message)}`;
}
