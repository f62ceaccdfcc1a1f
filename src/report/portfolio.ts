import { longDate } from "../dates.js";
import type { ActionPlan } from "../model/types.js";
import { portfolioSummary, type PortfolioEntry, type PortfolioOptions, type PortfolioRow, type PortfolioSummary } from "../portfolio/index.js";
import { barChart, CSS, esc, HEADLINE_SWATCH, table } from "./html.js";
import { HEADLINE_KEYS } from "./words.js";

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

const PUBLISHED = (r: Pick<PortfolioRow, "timeliness">): string => {
  const t = r.timeliness;
  if (t.within3Months === true) return "Within 3 months";
  if (t.within5Months === true) return t.within3Months === false ? "Within 5 months (not 3)" : "Within 5 months";
  if (t.within5Months === false) return "After 5 months";
  return `Not known${t.unknown !== undefined ? `: ${t.unknown}` : ""}`;
};

const share = (s: { count: number; percent: number }) => `${s.count} (${s.percent}%)`;

/** What the page calls a plan: the council, and the file where two rows would read alike. */
function labelOf(r: PortfolioRow, all: readonly PortfolioRow[]): string {
  const council = r.council ?? "Council not named";
  const same = all.filter((o) => (o.council ?? "Council not named") === council).length > 1;
  return same && r.name !== undefined ? `${council} (${r.name})` : council;
}

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

/** The page, from a summary already made (the site makes one for its table too). */
export function portfolioPage(p: PortfolioSummary, title: string, leftOut: readonly LeftOutFile[]): string {
  const t = p.total;
  const asOf = longDate(p.asOf);
  const labels = p.plans.map((r) => labelOf(r, p.plans));
  const rows = p.plans.map((r, i) => [
    esc(labels[i]),
    esc(r.cpcStart ?? ""),
    esc(PUBLISHED(r)),
    r.daysToPublish === undefined ? "" : String(r.daysToPublish),
    String(r.actions),
    String(r.overdue),
    share(r.headline.completed),
    share(r.headline.expectedProgress),
    share(r.headline.notProgressed),
  ]);
  rows.push([
    `Total (${t.plans} plan${t.plans === 1 ? "" : "s"}${leftOut.length > 0 ? `; ${leftOut.length} file${leftOut.length === 1 ? "" : "s"} left out` : ""})`,
    "",
    esc(`${t.timeliness.within3Months} within 3 months, ${t.timeliness.within5Months} within 5`),
    "",
    String(t.actions),
    String(t.overdue),
    share(t.headline.completed),
    share(t.headline.expectedProgress),
    share(t.headline.notProgressed),
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
    desc: p.plans
      .map(
        (r, i) =>
          `${labels[i]!}: ${r.headline.completed.percent}% completed, ${r.headline.expectedProgress.percent}% making expected progress, ${r.headline.notProgressed.percent}% not yet progressed`,
      )
      .join("; "),
    caption: `The progress-review headline of each plan as of ${asOf}, and of all of them together. The table above gives the figures.`,
    labelWidth: 300,
    parts: HEADLINE_KEYS,
    swatches: HEADLINE_SWATCH,
    prefix: "pf",
    rows: [
      ...p.plans.map((r, i) => ({
        label: labels[i]!,
        counts: { completed: r.headline.completed.count, expected: r.headline.expectedProgress.count, not: r.headline.notProgressed.count },
      })),
      {
        label: "All plans",
        counts: { completed: t.headline.completed.count, expected: t.headline.expectedProgress.count, not: t.headline.notProgressed.count },
      },
    ],
  });
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
  const left =
    leftOut.length === 0
      ? ""
      : `<section aria-labelledby="left-out"><h2 id="left-out">Left out (${leftOut.length})</h2>
<p>These files were not read, so the figures above do not include them.</p>
<ul>${leftOut.map((l) => `<li><strong>${esc(l.name)}</strong>: ${esc(l.reason)}</li>`).join("")}</ul>
</section>`;
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
<section aria-labelledby="plans"><h2 id="plans">By plan</h2>
${notes.map((n) => `<p>${esc(n)}</p>`).join("\n")}
${table(
  `Plans, as of ${asOf}`,
  ["Plan", "CPC", "Published", "Days to publish", "Actions", "Overdue", "Completed", "Making expected progress", "Not yet progressed"],
  rows,
  [3, 4, 5, 6, 7, 8],
)}
${chart}
</section>
<section aria-labelledby="themes"><h2 id="themes">By theme</h2>
${themes}
</section>
${left}
<footer>Generated by peer-challenge from ${t.plans} action plan${t.plans === 1 ? "" : "s"}, as of ${esc(asOf)}.</footer>
</main>
</body>
</html>
`;
}
