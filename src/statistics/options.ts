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
  /**
   * `status` (the default, above), or `expected-progress`, the rule of trackers such as
   * Camms: an action under way is rated by its performance, its percent complete over the
   * percent expected by now (rising evenly from its start to its due date): green at or
   * above `expectedProgress.onTrack`, amber at or above `monitor`, red below. Its start is
   * its timescale's where that is a span ("April-Sept 2024", "2024/25"), else the plan's
   * publication (else its peer challenge). An action with no percent complete
   * (`percentCompleteOf`) or no start is rated by the status rule; complete, overdue
   * and on-hold actions are rated as that rule rates them.
   */
  readonly ragRule?: "status" | "expected-progress" | undefined;
  /** The thresholds of the expected-progress rule, as fractions: default `{ onTrack: 0.9, monitor: 0.7 }` (Camms' 90 % and 70 %). */
  readonly expectedProgress?:
    | {
        /** Performance at or above this is green ("on track"). Default 0.9. */
        readonly onTrack?: number | undefined;
        /** Performance at or above this, below `onTrack`, is amber ("monitor"); below it red. Default 0.7. */
        readonly monitor?: number | undefined;
      }
    | undefined;
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
export interface SummaryOptions extends AsOfOptions, PercentagesOptions, RagRuleOptions {
  /**
   * Count each action for its `weight` (a positive number, 1 when left out) rather than
   * one each, as weighted trackers do: counts are then sums of weights and percentages
   * shares of the total weight. Default false.
   */
  readonly weighted?: boolean | undefined;
}
