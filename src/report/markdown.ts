import type { ActionPlan } from "../model/types.js";
import { reportContent, type Cell, type Line, type ReportContent, type TableContent } from "./content.js";
import { mdCell, mdItem, mdTable, mdText } from "./markdown-text.js";
import { reportOf, type ReportOptions } from "./model.js";

/** A line of plan text in a cell: escaped, line breaks as `<br>`; our "(no text)" in italics. */
function mdLine(line: Line): string {
  if (line.some((s) => s.placeholder)) return line.map((s) => (s.placeholder ? `_${mdText(s.text)}_` : mdCell(s.text))).join("");
  return mdCell(line.map((s) => s.text).join(""));
}

/** A cell: its lines and list items a line each, or, for clauses of one phrase, after a comma. */
function mdOf(c: Cell, strong: boolean): string {
  const text = (l: Line) => l.map((s) => s.text).join("");
  if (strong) return `**${mdText(c.lines.map(text).join(" "))}**`;
  if (c.clauses) return mdCell(c.lines.map(text).join(", "));
  return [...c.lines, ...(c.items ?? [])].map(mdLine).join("<br>");
}

/** A table of the report; counts right-aligned, the total row's name in bold. */
function table(t: TableContent): string {
  const numeric = t.columns.flatMap((c, i) => (c.kind === "count" ? [i] : []));
  const last = t.rows.length - 1;
  return mdTable(
    t.columns.map((c) => c.head),
    t.rows.map((row, r) => row.map((c, i) => ({ markdown: mdOf(c, t.total && r === last && i === 0) }))),
    numeric,
  );
}

/** Our own words, in Markdown: the date set apart in bold. */
const ours = (line: Line): string => line.map((s) => (s.strong ? `**${s.text}**` : s.text)).join("");

function headline(c: ReportContent): string[] {
  return [
    `# ${mdText(c.council)}: ${mdText(c.title)}`,
    "",
    ours(c.asOfLine),
    "",
    "## Headline",
    "",
    c.headline.sentence,
    "",
    table(c.status),
    "",
    table(c.rag),
    "",
    ...(c.notes.length ? [`_${c.notes.join(" ")}_`, ""] : []),
  ];
}

function trend(c: ReportContent): string[] {
  if (!c.trend) return [];
  return ["## Progress over time", "", c.trend.lead, "", table(c.trend.table), ""];
}

function themesAndOverdue(c: ReportContent): string[] {
  return ["## By theme", "", table(c.themes.table), "", c.themes.note, "", `## ${c.overdue.heading}`, "", c.overdue.none ?? table(c.overdue.table), ""];
}

function changes(c: ReportContent): string[] {
  if (!c.changes) return [];
  return [
    `## ${c.changes.heading}`,
    "",
    ...c.changes.lists.flatMap((l) => [
      `**${l.title} (${l.items.length})**${l.items.length ? "" : ": none."}`,
      "",
      ...l.items.map((i) => `- ${mdItem(i)}`),
      "",
    ]),
  ];
}

function recommendations(c: ReportContent): string[] {
  return [
    `## ${c.recommendationsHeading}`,
    "",
    ...c.recommendations.flatMap((rec) => [
      `### ${mdText(rec.id)}. ${mdText(rec.title)}`,
      "",
      ...(rec.meta ? [`_${rec.meta(mdText)}._`, ""] : []),
      rec.table ? table(rec.table) : "No actions.",
      "",
    ]),
  ];
}

/** The report's content laid out as Markdown, a section at a time. */
function sections(c: ReportContent): string[] {
  return [...headline(c), ...trend(c), ...themesAndOverdue(c), ...changes(c), ...recommendations(c), `_${c.footer}_`, ""];
}

/**
 * Renders a plan as a Markdown report for committee papers, pull requests and wikis:
 * council, plan title and as-of date; the headline (status and RAG percentages); the
 * rollup by theme; overdue actions (most overdue first, with owner and days overdue);
 * what changed since an earlier snapshot (with `compare`); then each recommendation
 * with its actions, targets, status, RAG and latest comment. GitHub-flavoured tables.
 *
 * @param plan - The plan.
 * @param options - `asOf` (default today in Europe/London), `compare`, rounding and the RAG rule.
 * @returns The Markdown text.
 * @throws RangeError for an option that is not one (a bad `asOf`, `rounding`, `decimals`...), naming the function, the option and what is allowed.
 * @throws PlanDataError for input that is not a plan or a list of actions, or a status or RAG rating it cannot read.
 * @category Reports
 * @example
 * ```ts
 * import { renderMarkdownReport } from "peer-challenge/report";
 * renderMarkdownReport(kingston, { asOf: "2019-06-30" }).split("\n")[0];
 * //=> "# Royal Borough of Kingston upon Thames: Corporate Peer Challenge action plan"
 * ```
 */
export function renderMarkdownReport(plan: ActionPlan, options: ReportOptions = {}): string {
  return sections(reportContent(reportOf("renderMarkdownReport", plan, options))).join("\n");
}
