import type { CalendarDate } from "../dates.js";
import type { Status } from "../model/vocabulary.js";

/**
 * How exact a dated target is: a day, or a whole month, season, quarter, financial year or year.
 *
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale } from "peer-challenge";
 * const t = parseTimescale("Autumn 19");
 * t.kind === "date" && t.precision;
 * //=> "season"
 * ```
 */
export type Precision = "day" | "month" | "season" | "quarter" | "financial-year" | "year";

/**
 * One dated milestone of a timescale that names several ("Working Group – March 2024
 * Final strategy – October 2024").
 *
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale } from "peer-challenge";
 * const t = parseTimescale("Working Group – March 2024 Final strategy – October 2024");
 * t.kind === "milestones" && t.milestones[0];
 * //=> { label: "Working Group", text: "March 2024", start: "2024-03-01", due: "2024-03-31", precision: "month" }
 * ```
 */
export interface Milestone {
  /** The words before the date, where there are any ("Working Group"). */
  readonly label?: string;
  /** The date as written ("March 2024"). */
  readonly text: string;
  /** First day of the period. */
  readonly start: CalendarDate;
  /** Last day of the period: the date it is due. */
  readonly due: CalendarDate;
  /** How exact the date is. */
  readonly precision: Precision;
}

/**
 * What a timescale text means. A discriminated union on `kind`:
 *
 * - `date`: a dated target; `due` is the last day of the period, `start` its first.
 *   `continuing: true` for "X and ongoing" / "X onwards" (under way by X, then continues).
 * - `milestones`: several dated milestones; `due` is the last one's.
 * - `ongoing`: a continuing commitment with no end ("Ongoing").
 * - `recurring`: a repeating commitment ("Annual").
 * - `status`: the text is a status word ("Completed"), with its canonical `status`.
 * - `unknown`: no date could be read; `reason` says why.
 *
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale, type Timescale } from "peer-challenge";
 * const t: Timescale = parseTimescale("2024/25");
 * //=> { kind: "date", text: "2024/25", start: "2024-04-01", due: "2025-03-31", precision: "financial-year" }
 * ```
 */
export type Timescale =
  | {
      readonly kind: "date";
      readonly text: string;
      readonly start: CalendarDate;
      readonly due: CalendarDate;
      readonly precision: Precision;
      readonly continuing?: true;
    }
  | {
      readonly kind: "milestones";
      readonly text: string;
      readonly start: CalendarDate;
      readonly due: CalendarDate;
      readonly milestones: readonly Milestone[];
      readonly continuing?: true;
    }
  | { readonly kind: "ongoing"; readonly text: string }
  | { readonly kind: "recurring"; readonly text: string; readonly frequency: Frequency }
  | { readonly kind: "status"; readonly text: string; readonly status: Status }
  | { readonly kind: "unknown"; readonly text: string; readonly reason: string };

/**
 * How often a recurring commitment repeats.
 *
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale } from "peer-challenge";
 * const t = parseTimescale("Annual");
 * t.kind === "recurring" && t.frequency;
 * //=> "annual"
 * ```
 */
export type Frequency = "annual" | "half-yearly" | "quarterly" | "bi-monthly" | "monthly" | "fortnightly" | "weekly";

/**
 * Options for {@link parseTimescale}.
 *
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale, type ParseTimescaleOptions } from "peer-challenge";
 * const options: ParseTimescaleOptions = { reference: "2024-02-01", quarters: "financial" };
 * parseTimescale("Q1 2024", options);
 * //=> { kind: "date", ..., start: "2024-04-01", due: "2024-06-30", precision: "quarter" }
 * ```
 */
export interface ParseTimescaleOptions {
  /**
   * Resolves texts with no year ("March"): the first such period ending on or
   * after this date. Without it such texts are `unknown`.
   */
  readonly reference?: CalendarDate;
  /**
   * How to read a quarter with a single year ("Q1 2024"): calendar quarters
   * (Q1 = January-March, the default) or financial quarters of the year starting
   * in April (Q1 = April-June). A financial year ("Q3 2024/25") is always financial.
   */
  readonly quarters?: "calendar" | "financial";
}
