import type { ActionPlan } from "../model/types.js";
import { reportContent, type Cell, type ChangeList, type Line, type ReportContent, type Span, type TableContent } from "./content.js";
import { longDate, reportOf, type ReportOptions } from "./model.js";
import { HEADLINE_SWATCH, RAG_SWATCH, STATUS_SWATCH, type Swatch } from "./swatches.js";
import { HEADLINE_KEYS, headlineCounts, headlinePercents, SHOWN_STATUSES } from "./words.js";

/** Text as HTML: the one escaper of the HTML reports. */
export const esc = (text: string | number | undefined): string =>
  String(text ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
/** Text as the content of an element (not an attribute): quotes may stay as they are. */
const escText = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const lines = (text: string | undefined): string => esc(text).replace(/\r?\n/g, "<br>");

export { HEADLINE_SWATCH, RAG_SWATCH, STATUS_SWATCH, type Swatch } from "./swatches.js";

/** A chart of one horizontal stacked bar per row, with a label, an SVG title and description, a legend and a caption. */
export function barChart<K extends string>(chart: {
  readonly id: string;
  readonly title: string;
  readonly desc: string;
  readonly caption: string;
  readonly labelWidth: number;
  readonly parts: readonly K[];
  readonly swatches: Readonly<Record<K, Swatch>>;
  readonly prefix: string;
  readonly rows: readonly { readonly label: string; readonly counts: Readonly<Record<K, number>> }[];
}): string {
  const barWidth = 730 - chart.labelWidth;
  const rowHeight = 30;
  const height = chart.rows.length * rowHeight + 40;
  const rows = chart.rows
    .map((r, i) => {
      const y = i * rowHeight + 2;
      const name = r.label.length > 50 ? `${r.label.slice(0, 49)}…` : r.label;
      return `<text x="0" y="${y + 17}">${esc(name)}<title>${esc(r.label)}</title></text>${bar(
        chart.parts.map((k) => ({ key: k, count: r.counts[k], swatch: chart.swatches[k] })),
        chart.labelWidth,
        y,
        barWidth,
        24,
        chart.prefix,
      )}`;
    })
    .join("\n");
  return `<figure class="chart">
<svg role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" viewBox="0 0 ${chart.labelWidth + barWidth} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">
<title id="${chart.id}-title">${esc(chart.title)}</title>
<desc id="${chart.id}-desc">${esc(chart.desc)}.</desc>
<defs>${chart.parts.map((k) => patternDef(`${chart.prefix}-${k}`, chart.swatches[k])).join("")}</defs>
${rows}
${legend(
  chart.parts.map((k) => [k, chart.swatches[k]]),
  chart.prefix,
  chart.rows.length * rowHeight + 14,
  chart.labelWidth + barWidth,
)}
</svg>
<figcaption>${esc(chart.caption)}</figcaption>
</figure>`;
}

/** The headline at the end of each quarter: a stacked bar per quarter, oldest first. */
function trendChart(t: NonNullable<ReportContent["trend"]>): string {
  return barChart({
    id: "trend-chart",
    title: t.chartTitle,
    desc: t.points.map((p) => `${p.period.label}: ${headlinePercents(p.headline)}`).join("; "),
    caption: `${t.about} The table below gives the figures.`,
    labelWidth: 170,
    parts: HEADLINE_KEYS,
    swatches: HEADLINE_SWATCH,
    prefix: "hl",
    rows: t.points.map((p) => ({ label: p.period.label, counts: headlineCounts(p.headline) })),
  });
}

function patternDef(id: string, s: Swatch): string {
  const mark: Record<Swatch["pattern"], string> = {
    solid: "",
    stripes: '<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#fff" stroke-opacity=".45" stroke-width="1.5"/>',
    dots: '<circle cx="4" cy="4" r="1.5" fill="#fff" fill-opacity=".5"/>',
    cross: '<path d="M0,0 L8,8 M8,0 L0,8" stroke="#fff" stroke-opacity=".35" stroke-width="1"/>',
    grid: '<path d="M0,4 H8 M4,0 V8" stroke="#fff" stroke-opacity=".35" stroke-width="1"/>',
    waves: '<path d="M0,4 q2,-3 4,0 t4,0" fill="none" stroke="#fff" stroke-opacity=".45" stroke-width="1.2"/>',
  };
  return `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${s.fill}"/>${mark[s.pattern]}</pattern>`;
}

interface Segment {
  readonly key: string;
  readonly count: number;
  readonly swatch: Swatch;
}

/** One horizontal stacked bar, segments labelled with their count where they fit. */
function bar(segments: readonly Segment[], x: number, y: number, width: number, height: number, prefix: string): string {
  const total = segments.reduce((n, s) => n + s.count, 0);
  if (total === 0)
    return `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="#fff" stroke="#57606a" stroke-dasharray="3 2"/><text x="${x + 6}" y="${y + height / 2 + 4}" class="muted">no actions</text>`;
  let at = x;
  return segments
    .filter((s) => s.count > 0)
    .map((s) => {
      const w = (s.count / total) * width;
      const label = w >= 22 ? `<text x="${(at + w / 2).toFixed(1)}" y="${y + height / 2 + 4}" text-anchor="middle" class="on-fill">${s.count}</text>` : "";
      const rect = `<rect x="${at.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${height}" fill="url(#${prefix}-${s.key})" stroke="#fff" stroke-width="1"><title>${esc(s.swatch.label)}: ${s.count}</title></rect>`;
      at += w;
      return rect + label;
    })
    .join("");
}

function legend(entries: readonly [string, Swatch][], prefix: string, y: number, width: number): string {
  let x = 0;
  let row = y;
  return entries
    .map(([key, s]) => {
      const w = 26 + s.label.length * 7.2;
      if (x + w > width) {
        x = 0;
        row += 20;
      }
      const out = `<rect x="${x}" y="${row}" width="14" height="14" fill="url(#${prefix}-${key})"/><text x="${x + 20}" y="${row + 11}">${esc(s.label)}</text>`;
      x += w;
      return out;
    })
    .join("");
}

function statusChart(c: ReportContent): string {
  const r = c.report;
  const order = SHOWN_STATUSES;
  const segments = order.map((s) => ({ key: s, count: r.status.counts[s], swatch: STATUS_SWATCH[s] }));
  const width = 640;
  return `<figure class="chart">
<svg role="img" aria-labelledby="status-chart-title status-chart-desc" viewBox="0 0 ${width} 84" width="100%" xmlns="http://www.w3.org/2000/svg">
<title id="status-chart-title">${esc(c.statusChart.title)}</title>
<desc id="status-chart-desc">${esc(c.statusChart.desc)}.</desc>
<defs>${order.map((s) => patternDef(`st-${s}`, STATUS_SWATCH[s])).join("")}</defs>
${bar(segments, 0, 4, width, 34, "st")}
${legend(
  order.map((s) => [s, STATUS_SWATCH[s]]),
  "st",
  50,
  width,
)}
</svg>
<figcaption>${esc(c.statusChart.title)}: ${esc(c.statusChart.desc)}.</figcaption>
</figure>`;
}

function themeChart(c: ReportContent): string {
  const r = c.report;
  return barChart({
    id: "theme-chart",
    title: "RAG rating of actions by theme",
    desc: r.themes.map((g) => `${g.title}: ${g.actions} actions, ${c.rags.map((x) => `${g.rag.counts[x]} ${x}`).join(", ")}`).join("; "),
    caption: `${c.themes.chartCaption}. The table below gives the figures.`,
    labelWidth: 330,
    parts: c.rags,
    swatches: RAG_SWATCH,
    prefix: "rag",
    rows: r.themes.map((g) => ({ label: g.title, counts: g.rag.counts })),
  });
}

/** A table with a caption, column headers and row headers; cells are HTML already escaped. */
export function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
  className?: "compact" | "actions",
): string {
  const th = head.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ""}>${esc(h)}</th>`).join("");
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td${numeric.includes(i) ? ' class="num"' : ""}>${c}</td>`)).join("")}</tr>`)
    .join("\n");
  return `<table${className ? ` class="${className}"` : ""}>\n<caption>${esc(caption)}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A span of a cell as HTML: plan prose keeps its line breaks; what a span is becomes a class. */
function spanHtml(s: Span): string {
  const text = s.prose ? lines(s.text) : esc(s.text);
  if (s.strong) return `<strong>${text}</strong>`;
  const classes = [s.rag ? `badge rag-${s.rag}` : "", s.muted || s.placeholder ? "muted" : "", s.date ? "date" : "", s.overdue ? "overdue" : ""].filter(
    (x) => x,
  );
  return classes.length ? `<span class="${classes.join(" ")}">${text}</span>` : text;
}

const lineHtml = (line: Line): string => line.map(spanHtml).join("");

/** A cell as HTML: its lines, and its list (an action's steps) under them. */
function cellHtml(c: Cell): string {
  const items = c.items?.length ? `<ul class="steps">${c.items.map((l) => `<li>${lineHtml(l)}</li>`).join("")}</ul>` : "";
  return c.lines.map(lineHtml).join("<br>") + items;
}

/** A table of the report, its figures right-aligned. */
function tableHtml(t: TableContent, className?: "compact" | "actions"): string {
  return table(
    t.caption,
    t.columns.map((c) => c.head),
    t.rows.map((row) => row.map(cellHtml)),
    t.columns.flatMap((c, i) => (c.kind === "text" ? [] : [i])),
    className,
  );
}

/** Text as a CSS string: quotes, backslashes, line breaks and "<" (which could end the style element) escaped. */
const cssString = (text: string): string => `"${text.replace(/[\\"<\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** Each printed page's foot: the council and the date on the left, beside "Page 2 of 9". */
const printFooter = (r: Pick<ReportContent, "council" | "asOf">): string =>
  `\n@media print { @page { @bottom-left { content: ${cssString(`${r.council}: as of ${longDate(r.asOf)}`)}; font: 8pt system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #57606a; } } }\n`;

export const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f2328; background: #fff; margin: 0; line-height: 1.45; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #d0d7de; padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .4rem; }
.lead { font-size: 1.1rem; }
.muted { color: #57606a; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
table.compact { width: auto; min-width: 18rem; }
table.actions th:nth-child(2) { width: 34%; }
table.actions td:nth-child(7) { width: 26%; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
tbody th { font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; padding: 0 .4em; border-radius: 3px; color: #fff; font-weight: 600; font-size: .85em; }
.rag-red { background: #b42318; } .rag-amber { background: #95510a; } .rag-green { background: #1a7431; } .rag-blue { background: #1d4ed8; }
.overdue { color: #b42318; font-weight: 600; }
figure.chart { margin: 1rem 0; }
figure.chart svg { max-width: 820px; font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #1f2328; }
figure.chart svg text.on-fill { fill: #fff; font-weight: 600; }
figure.chart svg text.muted { fill: #57606a; }
figcaption { color: #57606a; font-size: .9rem; }
.headline { display: flex; gap: 1rem; flex-wrap: wrap; margin: .75rem 0; }
.headline div { border: 1px solid #d0d7de; border-radius: 6px; padding: .5rem .9rem; min-width: 10rem; }
.headline strong { display: block; font-size: 1.6rem; }
ul.steps { margin: .3rem 0 0; padding-left: .6rem; list-style: none; }
ul.steps li { margin: .15rem 0; }
.date { white-space: nowrap; }
footer { margin-top: 2rem; color: #57606a; font-size: .85rem; }
@media print {
  /* The committee summary on portrait A4; the action detail an appendix on landscape pages,
     where the latest comment gets the width. "Page 2 of 9" in the bottom margin. */
  @page { size: A4 portrait; margin: 14mm 12mm 16mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); white-space: nowrap; font: 9pt system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #57606a; } }
  @page appendix { size: A4 landscape; margin: 12mm 12mm 14mm; }
  body { font-size: 9.5pt; line-height: 1.3; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 18pt; }
  h2 { font-size: 13pt; margin: 1.1rem 0 .4rem; break-after: avoid; }
  h3 { font-size: 10.5pt; margin: .9rem 0 .3rem; break-after: avoid; }
  h3 + p.muted { break-after: avoid; margin: 0 0 .2rem; }
  tr, figure { break-inside: avoid; }
  thead { display: table-header-group; }
  table { margin: .3rem 0 .6rem; }
  th, td { padding: .2rem .35rem; overflow-wrap: break-word; }
  /* A long action may run over a page: its header row repeats; a short one stays whole. */
  table.actions tr { break-inside: auto; }
  caption { padding: .1rem 0; }
  figure.chart { margin: .4rem 0; }
  figure.chart svg { max-width: 100%; }
  .headline { margin: .4rem 0; }
  .headline { gap: .6rem; }
  .headline div { padding: .3rem .7rem; min-width: 8rem; }
  .headline strong { font-size: 1.3rem; }
  .print-pair { display: flex; gap: 1.5rem; align-items: flex-start; }
  .print-pair table.compact { min-width: 0; width: auto; }
  section.appendix { page: appendix; break-before: page; }
  table.actions { table-layout: fixed; font-size: 8.5pt; }
  table.actions th:nth-child(1) { width: 6.5%; }
  table.actions th:nth-child(2) { width: 25%; }
  table.actions th:nth-child(3) { width: 10%; }
  table.actions th:nth-child(4) { width: 10%; }
  table.actions th:nth-child(5) { width: 9%; }
  table.actions th:nth-child(6) { width: 7%; }
  table.actions th:nth-child(7) { width: 32.5%; }
  table.actions td:nth-child(7) { width: auto; }
  ul.steps li { margin: 0; }
  /* The footer's words are in each page's margin instead (below), not on a page of their own. */
  footer { display: none; }
  /* The summary's tables are short: each whole on one page. No header row alone at a page's foot. */
  section:not(.appendix) table { break-inside: avoid; }
  caption, thead { break-after: avoid; }
  tbody tr:first-child { break-before: avoid; }
  .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  figure.chart svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function header(c: ReportContent): string {
  return `<header>
<h1>${esc(c.council)}</h1>
<p class="lead">${esc(c.title)}</p>
<p>${lineHtml(c.asOfLine)}</p>
</header>`;
}

/** The headline's figures as cards, the notes, the status chart and the status and RAG tables. */
function headline(c: ReportContent): string {
  const cards = [
    ...c.headline.shares.map((s) => `<div><strong>${s.percent}%</strong> ${esc(s.words)} (${s.count})</div>`),
    `<div><strong>${c.headline.overdue}</strong> overdue</div>`,
  ];
  return `<section aria-labelledby="headline"><h2 id="headline">Headline</h2>
<div class="headline">
${cards.join("\n")}
</div>
<p>${[`${c.headline.counted}.`, ...c.notes].map(esc).join(" ")}</p>
${statusChart(c)}
<div class="print-pair">
${tableHtml(c.status, "compact")}
${tableHtml(c.rag, "compact")}
</div>
</section>`;
}

function trend(c: ReportContent): string {
  if (!c.trend) return "";
  return `<section aria-labelledby="over-time"><h2 id="over-time">Progress over time</h2>
${trendChart(c.trend)}
${tableHtml(c.trend.table, "compact")}
</section>`;
}

function themes(c: ReportContent): string {
  return `<section aria-labelledby="by-theme"><h2 id="by-theme">By theme</h2>
${themeChart(c)}
${tableHtml(c.themes.table)}
</section>`;
}

function overdue(c: ReportContent): string {
  return `<section aria-labelledby="overdue"><h2 id="overdue">${esc(c.overdue.heading)}</h2>
${c.overdue.none !== undefined ? `<p>${esc(c.overdue.none)}</p>` : tableHtml(c.overdue.table)}
</section>`;
}

function changes(c: ReportContent): string {
  if (!c.changes) return "";
  const list = (l: ChangeList) =>
    `<h3>${esc(l.title)} (${l.items.length})</h3>${l.items.length ? `<ul>${l.items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>` : "<p>None.</p>"}`;
  return `<section aria-labelledby="changes"><h2 id="changes">${esc(c.changes.heading)}</h2>
${c.changes.lists.map(list).join("\n")}
</section>`;
}

function recommendations(c: ReportContent): string {
  const recs = c.recommendations
    .map(
      (rec) => `<h3 id="rec-${esc(rec.id)}">${esc(rec.id)}. ${esc(rec.title)}</h3>
${rec.meta ? `<p class="muted">${rec.meta(esc)}.</p>` : ""}
${rec.table ? tableHtml(rec.table, "actions") : "<p>No actions.</p>"}`,
    )
    .join("\n");
  return `<section class="appendix" aria-labelledby="recommendations"><h2 id="recommendations">${esc(c.recommendationsHeading)}</h2>\n${recs}\n</section>`;
}

/**
 * Renders a plan as one self-contained HTML page for committees and screens: the same
 * content as {@link renderMarkdownReport}, with inline SVG charts (a status bar for the
 * whole plan, a stacked RAG bar per theme). No network, fonts or scripts. Accessible:
 * charts have a text alternative and the figures are also in tables with headers; RAG
 * and status segments carry patterns and labels as well as colour, with WCAG AA
 * contrast; a print stylesheet lays it out on A4.
 *
 * @param plan - The plan.
 * @param options - `asOf` (default today in Europe/London), `compare`, rounding and the RAG rule.
 * @returns The HTML document.
 * @throws RangeError for an option that is not one (a bad `asOf`, `rounding`, `decimals`...), naming the function, the option and what is allowed.
 * @throws PlanDataError for input that is not a plan or a list of actions, or a status or RAG rating it cannot read.
 * @category Reports
 * @example
 * ```ts
 * import { renderHtmlReport } from "peer-challenge/report";
 * const html = renderHtmlReport(kingston, { asOf: "2019-06-30" });
 * html.startsWith("<!doctype html>");
 * //=> true
 * ```
 */
export function renderHtmlReport(plan: ActionPlan, options: ReportOptions = {}): string {
  const c = reportContent(reportOf("renderHtmlReport", plan, options));
  const parts = [header(c), headline(c), trend(c), themes(c), overdue(c), changes(c), recommendations(c)].filter((p) => p !== "");
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.documentTitle)}</title>
<style>${CSS}${printFooter(c)}</style>
</head>
<body>
<main>
${parts.join("\n")}
<footer>${escText(c.footer)}</footer>
</main>
</body>
</html>
`;
}
