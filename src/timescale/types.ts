import type { CalendarDate } from "../dates.js";
import type { Status } from "../model/vocabulary.js";

/**
 * How exact a dated target is: a day, a week, or a whole month, season, quarter, half
 * year, financial year or year; `part` is an approximate part of one of these ("early
 * 2025", "mid-March"), always with `approximate: true`; `term` is a school term ("Autumn
 * term 2025": September to December).
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
export type Precision = "day" | "week" | "month" | "season" | "quarter" | "half-year" | "financial-year" | "year" | "part" | "term";

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
  /** The step's letter, when the label is one ("a. July 2025 b. October 2025"): `"a"`. */
  readonly step?: string;
  /** The date as written ("March 2024"). */
  readonly text: string;
  /** First day of the period. */
  readonly start: CalendarDate;
  /** Last day of the period: the date it is due. */
  readonly due: CalendarDate;
  /** How exact the date is. */
  readonly precision: Precision;
  /** The date is approximate ("early 2025", "March 2025 (TBC)"). */
  readonly approximate?: true;
}

/**
 * A dated target: `due` is the last day of the period the text names.
 *
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale, type DateTimescale } from "peer-challenge";
 * const t = parseTimescale("April-Sept 2024");
 * if (t.kind === "date") {
 *   const dated: DateTimescale = t; // narrowed on kind: no cast
 *   [dated.start, dated.due];
 *   //=> ["2024-04-01", "2024-09-30"]
 * }
 * ```
 */
export interface DateTimescale {
  /** What kind of timescale this is. */
  readonly kind: "date";
  /** The text as published. */
  readonly text: string;
  /** First day of the period. */
  readonly start: CalendarDate;
  /** Last day of the period: the date it is due. */
  readonly due: CalendarDate;
  /** How exact the date is. */
  readonly precision: Precision;
  /** "X and ongoing", "X onwards": under way by X, then continues. */
  readonly continuing?: true;
  /**
   * The date is approximate: a part of a period ("early 2025", "mid-2024") or a date
   * marked as such ("approx. March 2025", "March 2025 (TBC)"). A report can say "about".
   */
  readonly approximate?: true;
  /**
   * The target it replaced, where the text gives both ("March 2025 (originally June
   * 2025)", "Revised: Sept 2025 (was June)"): the original's due date.
   */
  readonly originalDue?: CalendarDate;
  /** The date counts from another ("within six months of the CPC"): which. */
  readonly relativeTo?: "reference" | "cpc";
  /** The text gives no year ("March"); the year is the reference date's (the first such period ending on or after it). */
  readonly yearFromReference?: true;
  /** A status written beside the date ("In progress – March 2025"). */
  readonly status?: Status;
}

/**
 * Several dated milestones; `due` is the last one's.
 *
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale, type MilestonesTimescale } from "peer-challenge";
 * const t = parseTimescale("Working Group – March 2024 Final strategy – October 2024");
 * if (t.kind === "milestones") {
 *   const stages: MilestonesTimescale = t; // narrowed on kind: no cast
 *   stages.milestones.map((m) => m.label);
 *   //=> ["Working Group", "Final strategy"]
 * }
 * ```
 */
export interface MilestonesTimescale {
  /** What kind of timescale this is. */
  readonly kind: "milestones";
  /** The text as published. */
  readonly text: string;
  /** First day of the earliest milestone. */
  readonly start: CalendarDate;
  /** The last milestone's due date. */
  readonly due: CalendarDate;
  /** Each milestone, in the order written. */
  readonly milestones: readonly Milestone[];
  /** The text ends "... and ongoing": the work continues after the last milestone. */
  readonly continuing?: true;
  /** Some milestone gives no year; its year is the reference date's. */
  readonly yearFromReference?: true;
}

/**
 * A continuing commitment with no end ("Ongoing", "Business as usual").
 *
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale } from "peer-challenge";
 * parseTimescale("Ongoing");
 * //=> { kind: "ongoing", text: "Ongoing" }
 * ```
 */
export interface OngoingTimescale {
  /** What kind of timescale this is. */
  readonly kind: "ongoing";
  /** The text as published. */
  readonly text: string;
}

/**
 * A repeating commitment ("Annual", "Quarterly").
 *
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale } from "peer-challenge";
 * parseTimescale("Annual");
 * //=> { kind: "recurring", text: "Annual", frequency: "annual" }
 * ```
 */
export interface RecurringTimescale {
  /** What kind of timescale this is. */
  readonly kind: "recurring";
  /** The text as published. */
  readonly text: string;
  /** How often it repeats. */
  readonly frequency: Frequency;
}

/**
 * A status word written where the target should be ("Completed"), with the date it
 * gives, if any ("Completed March 2024": complete, in March 2024).
 *
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale } from "peer-challenge";
 * parseTimescale("Completed");
 * //=> { kind: "status", text: "Completed", status: "complete" }
 * ```
 */
export interface StatusTimescale {
  /** What kind of timescale this is. */
  readonly kind: "status";
  /** The text as published. */
  readonly text: string;
  /** The canonical status the word means. */
  readonly status: Status;
  /** The date written with the status ("Done (Jan 2025)"): when it happened. */
  readonly date?: StatusDate;
}

/**
 * The date written beside a status ("Completed March 2024").
 *
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale } from "peer-challenge";
 * const t = parseTimescale("Completed March 2024");
 * t.kind === "status" && t.date;
 * //=> { text: "March 2024", start: "2024-03-01", due: "2024-03-31", precision: "month" }
 * ```
 */
export interface StatusDate {
  /** The date as written. */
  readonly text: string;
  /** First day of the period. */
  readonly start: CalendarDate;
  /** Last day of the period. */
  readonly due: CalendarDate;
  /** How exact the date is. */
  readonly precision: Precision;
}

/**
 * Why a text gives no date:
 * - `empty`: nothing is written;
 * - `to-be-confirmed`: "TBC", "To be agreed";
 * - `not-applicable`: "N/A", "Not applicable", "None";
 * - `no-year`: a date with no year and no reference date to place it ("March");
 * - `needs-anchor`: a relative target with nothing to count from ("within six months");
 * - `impossible`: a date that does not exist ("13/13/2024", "30 February 2025", "Q5 2024");
 * - `ambiguous`: a text read two ways by councils ("2009-10", "FY25");
 * - `replaced-only`: it gives only the target that was replaced ("Originally June 2025");
 * - `unrecognised`: no date, period or known wording, or words that change what the date means.
 *
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale } from "peer-challenge";
 * const t = parseTimescale("N/A");
 * t.kind === "unknown" && t.cause;
 * //=> "not-applicable"
 * ```
 */
export type UnknownCause =
  "empty" | "to-be-confirmed" | "not-applicable" | "no-year" | "needs-anchor" | "impossible" | "ambiguous" | "replaced-only" | "unrecognised";

/**
 * A text from which no date could be read, and why.
 *
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale } from "peer-challenge";
 * parseTimescale("TBC");
 * //=> { kind: "unknown", text: "TBC", reason: "the target is still to be confirmed", cause: "to-be-confirmed" }
 * ```
 */
export interface UnknownTimescale {
  /** What kind of timescale this is. */
  readonly kind: "unknown";
  /** The text as published. */
  readonly text: string;
  /** Why no date could be read, and what to write instead, in words for people. */
  readonly reason: string;
  /** Why no date could be read, for programs. */
  readonly cause: UnknownCause;
}

/**
 * What a timescale text means: a discriminated union on `kind`
 * (`date`, `milestones`, `ongoing`, `recurring`, `status`, `unknown`).
 *
 * @category Timescales
 * @example
 * ```ts
 * import { parseTimescale, type Timescale } from "peer-challenge";
 * const t: Timescale = parseTimescale("2024/25");
 * //=> { kind: "date", text: "2024/25", start: "2024-04-01", due: "2025-03-31", precision: "financial-year" }
 * ```
 */
export type Timescale = DateTimescale | MilestonesTimescale | OngoingTimescale | RecurringTimescale | StatusTimescale | UnknownTimescale;

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
   * Resolves texts with no year ("March", "Q4", "by year end"): the first such period
   * ending on or after this date; and relative targets ("within six months"), which
   * count from it. Without it such texts are `unknown`.
   */
  readonly reference?: CalendarDate | undefined;
  /**
   * The date the peer challenge began, for targets counted from it ("within three
   * months of the CPC"). Without it such texts are `unknown`.
   */
  readonly cpcStart?: CalendarDate | undefined;
  /**
   * How to read a quarter with a single year ("Q1 2024"): calendar quarters
   * (Q1 = January-March, the default) or financial quarters of the year starting
   * in April (Q1 = April-June). A financial year ("Q3 2024/25") is always financial.
   */
  readonly quarters?: "calendar" | "financial" | undefined;
}
