/**
 * peer-challenge/report: reports people read, as Markdown for committee papers and
 * pull requests, and as a self-contained HTML page with charts. Browser-safe.
 *
 * @packageDocumentation
 */
export { renderMarkdownReport } from "./markdown.js";
export { renderHtmlReport } from "./html.js";
export { buildReport, type ActionRow, type RecommendationSection, type Report, type ReportOptions } from "./model.js";
export { renderPortfolioHtml, type LeftOutFile, type PortfolioReportOptions } from "./portfolio.js";
