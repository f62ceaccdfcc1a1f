import { longDate } from "../dates.js";
import type { ActionPlan } from "../model/types.js";
import { portfolioSummary, type PortfolioEntry, type PortfolioOptions, type PortfolioSummary } from "../portfolio/index.js";
import { barChart, CSS, esc, HEADLINE_SWATCH, table } from "./html.js";
import { portfolioLines } from "./portfolio-rows.js";
import { HEADLINE_KEYS, HEADLINE_PARTS, headlineCounts, headlinePercents } from "./words.js";

/**
 * Options for {@link renderPortfolioHtml}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { PortfolioReportOptions } from "peer-challenge/report";
 * const options: PortfolioReportOptions = { asOf: "2024-06-26", title: "Improvement plans, June 2024",
 *   leftOut: [{ name: "scrutiny.xlsx", reason: "cannot be read: no such file" }] };
 * ```
 */
export interface PortfolioReportOptions extends PortfolioOptions {
  /** The page's heading. Default "Action plans together". */
  readonly title?: string | undefined;
  /** Files that were not read, and why: the page lists them, and says the totals leave them out. */
  readonly leftOut?: readonly LeftOutFile[] | undefined;
}

/**
 * A file that was not read into a portfolio, and why.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { LeftOutFile } from "peer-challenge/report";
 * const file: LeftOutFile = { name: "scrutiny.xlsx", reason: "cannot be read: no such file" };
 * ```
 */
export interface LeftOutFile {
  /** The file's name, as given. */
  readonly name: string;
  /** Why it was left out, in words. */
  readonly reason: string;
}

const share = (s: { count: number; percent: number }) => `${s.count} (${s.percent}%)`;

/**
 * Renders several plans as one self-contained HTML page: a table by plan (CPC, whether
 * the plan was published within 3 months of it, actions, overdue, the progress-review
 * headline), the totals (percentages of the summed counts), a chart of completion by
 * plan, and recommendations by current theme. Figures are {@link portfolioSummary}'s;
 * the page has no scripts and no network, and its charts have text alternatives and
 * patterns as well as colours, as {@link renderHtmlReport}'s do.
 *
 * @param plans - Plans, or entries with a name (the file) and a progress-review date.
 * @param options - `asOf`, rounding, a title, and files left out.
 * @returns The HTML document.
 * @throws RangeError for an option that is not one.
 * @throws PlanDataError for a plan the statistics cannot read.
 * @category Reports
 * @example
 * ```ts
 * import { renderPortfolioHtml } from "peer-challenge/report";
 * const html = renderPortfolioHtml([kingston, westNorfolk], { asOf: "2024-06-26" });
 * html.includes("<caption>Plans, as of 26 June 2024</caption>");
 * //=> true
 * ```
 */
export function renderPortfolioHtml(plans: readonly (ActionPlan | PortfolioEntry)[], options: PortfolioReportOptions = {}): string {
  const { title = "Action plans together", leftOut = [], ...figures } = options;
  return portfolioPage(portfolioSummary(plans, figures), title, leftOut);
}

/** The table by plan and the total, then the chart of each plan's headline. */
function byPlan(p: PortfolioSummary, leftOut: readonly LeftOutFile[], asOf: string): string {
  const t = p.total;
  const lines = portfolioLines(p, leftOut.length, "report");
  const rows = lines.map((l) => [
    esc(l.label),
    esc(l.cpc),
    esc(l.published),
    String(l.daysToPublish),
    String(l.actions),
    String(l.overdue),
    ...HEADLINE_PARTS.map((part) => share(l.headline[part.field])),
  ]);
  const notes = [
    `${t.plans} plan${t.plans === 1 ? "" : "s"}, ${t.actions} actions, ${t.overdue} overdue. Each plan's figures are computed with its own dates; the totals' percentages are worked out from the summed counts, not averaged.`,
    t.status.noStatus ? `${t.status.noStatus} actions have no status yet and count as not started.` : "",
    t.rag.scheme === "mixed" ? "Some plans use BRAG (complete is blue) and others RAG (complete is green)." : "",
    t.timeliness.notKnown ? `${t.timeliness.notKnown} plan(s) could not be checked against the CPC calendar: the table says why.` : "",
  ].filter((n) => n !== "");
  const chart = barChart({
    id: "completion-chart",
    title: "Progress of each plan",
    desc: p.plans.map((r, i) => `${lines[i]!.label}: ${headlinePercents(r.headline)}`).join("; "),
    caption: `The progress-review headline of each plan as of ${asOf}, and of all of them together. The table above gives the figures.`,
    labelWidth: 300,
    parts: HEADLINE_KEYS,
    swatches: HEADLINE_SWATCH,
    prefix: "pf",
    rows: [
      ...p.plans.map((r, i) => ({ label: lines[i]!.label, counts: headlineCounts(r.headline) })),
      { label: "All plans", counts: headlineCounts(t.headline) },
    ],
  });
  return `<section aria-labelledby="plans"><h2 id="plans">By plan</h2>
${notes.map((n) => `<p>${esc(n)}</p>`).join("\n")}
${table(
  `Plans, as of ${asOf}`,
  ["Plan", "CPC", "Published", "Days to publish", "Actions", "Overdue", "Completed", "Making expected progress", "Not yet progressed"],
  rows,
  [3, 4, 5, 6, 7, 8],
)}
${chart}
</section>`;
}

/** Recommendations by theme across the plans. */
function byTheme(p: PortfolioSummary): string {
  const themes = table(
    "Recommendations by theme (previous-framework themes counted under their current counterparts; a recommendation under two themes counts under each)",
    ["Theme", "Plans", "Recommendations", "Actions", "Overdue", "Complete %"],
    p.themes.map((th) => [
      esc(th.title),
      String(th.plans),
      String(th.recommendations),
      String(th.actions),
      String(th.overdue),
      String(th.status.percentages.complete),
    ]),
    [1, 2, 3, 4, 5],
  );
  return `<section aria-labelledby="themes"><h2 id="themes">By theme</h2>
${themes}
</section>`;
}

/** The files not read, and why; "" when every file was. */
function leftOutSection(leftOut: readonly LeftOutFile[]): string {
  if (leftOut.length === 0) return "";
  return `<section aria-labelledby="left-out"><h2 id="left-out">Left out (${leftOut.length})</h2>
<p>These files were not read, so the figures above do not include them.</p>
<ul>${leftOut.map((l) => `<li><strong>${esc(l.name)}</strong>: ${esc(l.reason)}</li>`).join("")}</ul>
</section>`;
}

/** The page, from a summary already made (the site makes one for its table too). */
export function portfolioPage(p: PortfolioSummary, title: string, leftOut: readonly LeftOutFile[]): string {
  const t = p.total;
  const asOf = longDate(p.asOf);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}, as of ${esc(asOf)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<h1>${esc(title)}</h1>
<p>Figures as of <strong>${esc(asOf)}</strong>.</p>
</header>
${byPlan(p, leftOut, asOf)}
${byTheme(p)}
${leftOutSection(leftOut)}
<footer>Generated by peer-challenge from ${t.plans} action plan${t.plans === 1 ? "" : "s"}, as of ${esc(asOf)}.</footer>
</main>
</body>
</html>
`;
}
