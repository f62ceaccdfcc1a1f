/**
 * Many plans at once: a council's several improvement plans, or the LGA's national view.
 * Each plan's figures come from the statistics of that plan alone; the totals add up
 * counts and work out percentages from the sums.
 *
 * @module
 */
export {
  portfolioSummary,
  type PortfolioEntry,
  type PortfolioOptions,
  type PortfolioRow,
  type PortfolioSummary,
  type PortfolioTimeliness,
  type PortfolioTotal,
  type ReviewProgress,
} from "./summary.js";
export type { PortfolioRag, PortfolioScheme } from "./sum.js";
export type { PortfolioTheme } from "./themes.js";
export type { PublicationTimeliness } from "./timeliness.js";
