import type { CalendarDate } from "../dates.js";
import type { PercentagesOptions } from "./percentages.js";

/**
 * The date statistics are computed as of, and how quarter targets are read (which decides when actions are due).
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { AsOfOptions } from "peer-challenge";
 * const options: AsOfOptions = { asOf: "2019-06-30" };
 * ```
 */
export interface AsOfOptions {
  /** `YYYY-MM-DD`. Default: today's date in Europe/London. */
  readonly asOf?: CalendarDate | undefined;
  /**
   * How to read "Q1 2024"-style targets, which decide when an action is due: calendar
   * (default) or financial quarters.
   */
  readonly quarters?: "calendar" | "financial" | undefined;
}

/**
 * The rule that derives a RAG rating for an action the council has not rated:
 * complete is blue (green in a scheme with no blue); overdue is red; on hold, or
 * not started and due within `dueSoonDays`, is amber; anything else is green.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { RagRuleOptions } from "peer-challenge";
 * const rule: RagRuleOptions = { scheme: "brag", dueSoonDays: 14 };
 * ```
 */
export interface RagRuleOptions {
  /**
   * `brag` has blue for complete; `rag` has not (complete counts as green, and a
   * reported blue as green). Default: `brag` when any action is reported blue, else `rag`.
   */
  readonly scheme?: "rag" | "brag" | undefined;
  /** How close a due date makes a not-started action amber. Default 30 days. */
  readonly dueSoonDays?: number | undefined;
}

/**
 * Options of the summary and rollup functions.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { statusSummary, type SummaryOptions } from "peer-challenge";
 * const options: SummaryOptions = { asOf: "2019-06-30", rounding: "nearest", decimals: 1 };
 * ```
 */
export interface SummaryOptions extends AsOfOptions, PercentagesOptions, RagRuleOptions {}
