/**
 * Several plans at once on the page: the files the officer chose (or a folder), a row
 * each and the totals, as `cpc stats a.yaml b.xlsx ...` gives them. A file that cannot be
 * used is listed under its name and left out of the totals, which say so.
 */
import { portfolioSummary, type PortfolioSummary } from "../../src/index.js";
import { portfolioLines } from "../../src/report/portfolio-rows.js";
import { portfolioPage } from "../../src/report/portfolio.js";
import { FORMATS, type Loaded } from "./load.js";

/** Text made safe for HTML. */
const esc = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Whether a file's name says it is a plan the page reads (a folder holds other files too). */
export const isPlanFile = (name: string): boolean =>
  // A folder's text files are notes more often than plans: a text plan is chosen as a file.
  FORMATS.some((ext) => ext !== ".txt" && name.toLowerCase().endsWith(ext)) && !/(?:^|\/)\./.test(name);

/**
 * Whether the files read are a portfolio rather than snapshots of one plan: more than two,
 * or two plans of different councils (two of one council are an earlier and a later snapshot).
 */
export function isPortfolio(loaded: readonly Loaded[], fromFolder: boolean): boolean {
  if (fromFolder || loaded.length > 2) return true;
  if (loaded.length < 2) return false;
  const [a, b] = loaded.map((l) => l.plan?.council?.name);
  return a !== undefined && b !== undefined && a !== b;
}

const pct = (n: number) => `${n}%`;

/** The files left out, with why: an error each file's problems section lists in full. */
function leftOutOf(loaded: readonly Loaded[]): { name: string; reason: string }[] {
  return loaded
    .filter((l) => l.plan === undefined)
    .map((l) => {
      const errors = l.issues.filter((i) => i.severity === "error");
      return { name: l.name, reason: errors.length === 1 ? errors[0]!.message : `${errors.length} errors` };
    });
}

/** The summary of the usable plans, each named by its file. */
export function summaryOf(loaded: readonly Loaded[], asOf: string): PortfolioSummary {
  return portfolioSummary(
    loaded.flatMap((l) => (l.plan !== undefined ? [{ plan: l.plan, name: l.name }] : [])),
    { asOf },
  );
}

/** The portfolio's section of the page: the table by plan with the totals, and the themes. */
export function portfolioSection(loaded: readonly Loaded[], asOf: string): string {
  const p = summaryOf(loaded, asOf);
  const leftOut = leftOutOf(loaded);
  const t = p.total;
  const head = ["Plan", "File", "CPC", "Published", "Actions", "Overdue", "Completed", "Expected progress", "Not progressed"];
  const rows = portfolioLines(p, leftOut.length, "page").map((l) => [
    l.council,
    l.file,
    l.cpc,
    l.published,
    l.actions,
    l.overdue,
    pct(l.headline.completed.percent),
    pct(l.headline.expectedProgress.percent),
    pct(l.headline.notProgressed.percent),
  ]);
  const numeric = new Set([4, 5, 6, 7, 8]);
  const table = (id: string, caption: string, h: readonly string[], body: readonly (readonly (string | number)[])[], nums: ReadonlySet<number>) =>
    `<div class="scroll" role="region" aria-label="${esc(caption)}" tabindex="0"><table id="${id}"><caption>${esc(caption)}</caption><thead><tr>${h
      .map((x, i) => `<th scope="col"${nums.has(i) ? ' class="num"' : ""}>${esc(x)}</th>`)
      .join("")}</tr></thead>
<tbody>${body.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td${nums.has(i) ? ' class="num"' : ""}>${esc(c)}</td>`)).join("")}</tr>`).join("")}</tbody></table></div>`;
  const themes = p.themes.map((th) => [th.title, th.plans, th.recommendations, th.actions, th.overdue, pct(th.status.percentages.complete)]);
  return `<section aria-labelledby="portfolio-h"><h2 id="portfolio-h">${t.plans} plan${t.plans === 1 ? "" : "s"} together, as of ${esc(asOf)}</h2>
<p>Each plan's figures are worked out with its own dates; the totals' percentages come from the summed counts, not an average.${
    leftOut.length > 0
      ? ` The totals leave out ${leftOut.map((l) => esc(l.name)).join(", ")}: ${leftOut.length === 1 ? "it" : "they"} could not be used (see the problems above).`
      : ""
  }</p>
${table("portfolio-table", "Plans", head, rows, numeric)}
${table("portfolio-themes", "Recommendations by theme, across the plans", ["Theme", "Plans", "Recommendations", "Actions", "Overdue", "Complete"], themes, new Set([1, 2, 3, 4, 5]))}
<div class="downloads"><button type="button" id="dl-portfolio">Portfolio report (HTML)</button></div></section>`;
}

/** The portfolio report a download gives: the same figures as the page's table. */
export function portfolioReport(loaded: readonly Loaded[], asOf: string): string {
  return portfolioPage(summaryOf(loaded, asOf), "Action plans together", leftOutOf(loaded));
}
