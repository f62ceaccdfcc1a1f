import type { ActionPlan } from "../model/types.js";
import { slipText } from "../progress/compare.js";
import { mdCell, mdItem, mdTable, mdText } from "./markdown-text.js";
import { asClause, changesHeading, daysOverdueText, reportNotes, headlineSentence, SHOWN_STATUSES, shownRags, statusWords } from "./words.js";
import { longDate, RAG_LABEL, reportOf, rollupFigures, STATUS_LABEL, wasLookup, type ActionRow, type Report, type ReportOptions } from "./model.js";

const ragText = (row: ActionRow) => `${RAG_LABEL[row.rag]}${row.ragDerived ? " (derived)" : ""}`;
const statusText = (row: ActionRow) => statusWords(row, STATUS_LABEL);

function sections(r: Report): string[] {
  const out: string[] = [];
  const h = r.headline;
  out.push(
    `# ${mdText(r.council)}: ${mdText(r.title)}`,
    "",
    `Figures as of **${longDate(r.asOf)}**. Corporate Peer Challenge: ${r.cpc}.`,
    "",
    "## Headline",
    "",
    headlineSentence(h, r.overdue.length),
    "",
    mdTable(
      ["Status", "Actions", "%"],
      SHOWN_STATUSES.map((s) => [STATUS_LABEL[s], r.status.counts[s], r.status.percentages[s]]),
      [1, 2],
    ),
    "",
    mdTable(
      ["RAG", "Actions", "%"],
      shownRags(r.rag.scheme).map((x) => [RAG_LABEL[x], r.rag.counts[x], r.rag.percentages[x]]),
      [1, 2],
    ),
    "",
  );
  const notes = reportNotes(r);
  if (notes.length) out.push(`_${notes.join(" ")}_`, "");

  if (r.trend && r.trend.length > 0) {
    out.push(
      "## Progress over time",
      "",
      "The headline at the end of each quarter, each counted as of that day from the plan's dated updates.",
      "",
      mdTable(
        ["Quarter", "As of", "Actions", "Completed", "Making expected progress", "Not yet progressed", "Overdue"],
        r.trend.map((p) => [
          p.period.label,
          p.asOf,
          p.headline.total,
          `${p.headline.completed.count} (${p.headline.completed.percent}%)`,
          `${p.headline.expectedProgress.count} (${p.headline.expectedProgress.percent}%)`,
          `${p.headline.notProgressed.count} (${p.headline.notProgressed.percent}%)`,
          p.overdue,
        ]),
        [2, 6],
      ),
      "",
    );
  }

  const themeFigures = rollupFigures([...r.themes, r.total], r.rag.scheme);
  out.push(
    "## By theme",
    "",
    mdTable(
      ["Theme", ...themeFigures.head],
      [...r.themes, r.total].map((g, i) => [g.key === "total" ? { markdown: `**${mdText(g.title)}**` } : g.title, ...themeFigures.rows[i]!]),
      [1, 2, 3, 4, 5, 6, 7, 8],
    ),
    "",
    "An action counts under every theme of its recommendation and once in the total.",
    "",
    `## Overdue actions (${r.overdue.length})`,
    "",
  );
  if (r.overdue.length === 0) out.push(`No action is overdue as of ${longDate(r.asOf)}.`, "");
  else {
    const wasOf = wasLookup(r);
    out.push(
      mdTable(
        ["Action", "Title", "Owner", "Target", "Due", "Days overdue"],
        r.overdue.map((o) => [
          o.action.id,
          o.action.title,
          (o.action.owners ?? []).join(", "),
          [o.action.timescale ?? "", wasOf(o.action) ?? ""].filter((x) => x).join("\n"),
          o.due,
          o.daysOverdue,
        ]),
        [5],
      ),
      "",
    );
  }

  const c = r.comparison;
  if (c) {
    out.push(`## ${changesHeading(c.since)}`, "");
    const list = (title: string, items: readonly string[]) =>
      out.push(`**${title} (${items.length})**${items.length ? "" : ": none."}`, "", ...items.map((i) => `- ${mdItem(i)}`), ...(items.length ? [""] : [""]));
    list(
      "Completed",
      c.completed.map((a) => `${a.id} ${a.title}`),
    );
    list(
      "Slipped",
      c.slipped.map((a, i) => {
        const s = c.slips[i]!;
        return `${asClause(`${a.id} ${a.title}`)}: ${slipText(s)}`;
      }),
    );
    list(
      "Newly overdue",
      c.newlyOverdue.map((a) => `${a.id} ${a.title}`),
    );
    list(
      "Added",
      c.added.map((a) => `${a.id} ${a.title}`),
    );
    list(
      "Removed",
      c.removed.map((a) => `${a.id} ${a.title}`),
    );
  }

  out.push("## Recommendations and actions", "");
  for (const rec of r.recommendations) {
    out.push(`### ${mdText(rec.id)}. ${mdText(rec.title)}`, "");
    const meta = [rec.heading ? `Heading: ${mdText(rec.heading)}` : "", rec.themes.length ? `Theme: ${mdText(rec.themes.join("; "))}` : ""].filter((x) => x);
    if (meta.length) out.push(`_${meta.join(". ")}._`, "");
    if (rec.actions.length === 0) {
      out.push("No actions.", "");
      continue;
    }
    out.push(
      mdTable(
        ["Action", "What will be done", "Owner", "Target", "Status", "RAG", "Latest comment"],
        rec.actions.map((row) => {
          const steps = (row.action.steps ?? []).map((s) => `${s.id}. ${s.text}${s.timescale ? ` (${s.timescale})` : ""}`);
          // Our own "(no text)" in italics beside the plan's text, each escaped as a cell.
          const what = { markdown: [row.action.title ? mdCell(row.action.title) : "_(no text)_", ...steps.map(mdCell)].join("<br>") };
          const target = [row.action.timescale ?? "", row.due ? `due ${row.due}` : "", row.was ?? ""].filter((x) => x).join("\n");
          return [
            row.action.id,
            what,
            (row.action.owners ?? []).join(", "),
            target,
            `${statusText(row)}${row.daysOverdue ? `, ${daysOverdueText(row.daysOverdue)}` : ""}`,
            ragText(row),
            row.latestComment,
          ];
        }),
      ),
      "",
    );
  }
  out.push(`_Generated by peer-challenge from the council's action plan, as of ${longDate(r.asOf)}._`, "");
  return out;
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
  return sections(reportOf("renderMarkdownReport", plan, options)).join("\n");
}
