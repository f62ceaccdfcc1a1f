import { isCalendarDate, monthStart, todayInLondon, type CalendarDate } from "../dates.js";
import type { ActionPlan } from "../model/types.js";
import { progressHeadline, type ProgressHeadline } from "../progress/headline.js";
import { progressSeries } from "../progress/series.js";
import { checkOptions } from "../statistics/check.js";
import type { AsOfOptions } from "../statistics/options.js";
import type { PercentagesOptions } from "../statistics/percentages.js";
import { rollup } from "../statistics/rollup.js";
import type { RagSummary, StatusSummary } from "../statistics/tally.js";
import { sumHeadline, sumRag, sumStatus, type PortfolioRag } from "./sum.js";
import { portfolioThemes, type PortfolioTheme } from "./themes.js";
import { daysToPublish, publicationTimeliness, type PublicationTimeliness } from "./timeliness.js";

/**
 * A plan in a portfolio with what is known beside it: a name for people (its file), and
 * the date of its progress review where one took place.
 *
 * @category Portfolio
 * @example
 * ```ts
 * import type { PortfolioEntry } from "peer-challenge";
 * const entry: PortfolioEntry = { plan: westNorfolk, name: "west-norfolk-2024.json", progressReview: "2024-06-26" };
 * ```
 */
export interface PortfolioEntry {
  /** The plan. */
  readonly plan: ActionPlan;
  /** What people call it, such as its file name. */
  readonly name?: string | undefined;
  /** The first day of its progress review, `YYYY-MM-DD`: the row then says how far the plan had got by that day. */
  readonly progressReview?: CalendarDate | undefined;
}

/**
 * Options for {@link portfolioSummary}.
 *
 * @category Portfolio
 * @example
 * ```ts
 * import type { PortfolioOptions } from "peer-challenge";
 * const options: PortfolioOptions = { asOf: "2024-06-26", rounding: "nearest", decimals: 1 };
 * ```
 */
export interface PortfolioOptions extends AsOfOptions, PercentagesOptions {}

/**
 * How far a plan had got by its progress review: the headline of the plan as it stood
 * that day (its later updates undone, as {@link planAsOf} and {@link progressSeries} undo them).
 *
 * @category Portfolio
 * @example
 * ```ts
 * import type { ReviewProgress } from "peer-challenge";
 * const r: ReviewProgress = { on: "2024-06-26", monthsAfterCpc: 8,
 *   headline: { total: 20, completed: { count: 3, percent: 15 }, expectedProgress: { count: 15, percent: 75 },
 *     notProgressed: { count: 2, percent: 10 }, excluded: 0, overdueInProgress: 0,
 *     from: { status: 20, rag: 0, percent: 0, update: 0, none: 0 }, unrecognised: 0 } };
 * ```
 */
export interface ReviewProgress {
  /** The review's first day. */
  readonly on: CalendarDate;
  /** Whole months from the CPC (as the calendar counts from it) to the review; `undefined` with no CPC date. The LGA expects about 10. */
  readonly monthsAfterCpc: number | undefined;
  /** The progress-review headline as of that day. */
  readonly headline: ProgressHeadline;
}

/**
 * One plan's row of a portfolio: its own figures, computed with its own dates and scheme.
 *
 * @category Portfolio
 * @example
 * ```ts
 * import { portfolioSummary, type PortfolioRow } from "peer-challenge";
 * const row: PortfolioRow = portfolioSummary([kingston], { asOf: "2019-06-30" }).plans[0]!;
 * [row.council, row.actions, row.overdue];
 * //=> ["Royal Borough of Kingston upon Thames", 54, 5]
 * ```
 */
export interface PortfolioRow {
  /** The entry's name (its file), where given. */
  readonly name?: string | undefined;
  /** The council's name, where the plan gives it. */
  readonly council: string | undefined;
  /** The plan's title, where it gives one. */
  readonly title: string | undefined;
  /** The CPC's first day (or month), where the plan gives it. */
  readonly cpcStart: string | undefined;
  /** Days from the CPC's last day (else its first) to the plan's publication, when both are whole dates. */
  readonly daysToPublish: number | undefined;
  /** Actions counted: all but the cancelled ones. */
  readonly actions: number;
  /** Actions overdue as of the date asked, by the plan's own dates. */
  readonly overdue: number;
  /** The progress-review headline, as {@link progressHeadline} gives it. */
  readonly headline: ProgressHeadline;
  /** The status summary, as {@link statusSummary} gives it. */
  readonly status: StatusSummary;
  /** The RAG summary, as {@link ragSummary} gives it. */
  readonly rag: RagSummary;
  /** Whether the plan was published within 3 months of the CPC (5 at the latest). */
  readonly timeliness: PublicationTimeliness;
  /** How far the plan had got by its progress review, where the review's date is given. */
  readonly review?: ReviewProgress | undefined;
}

/**
 * How many plans kept to the CPC calendar.
 *
 * @category Portfolio
 * @example
 * ```ts
 * import { portfolioSummary, type PortfolioTimeliness } from "peer-challenge";
 * const t: PortfolioTimeliness = portfolioSummary([kingston, westNorfolk], { asOf: "2024-06-26" }).total.timeliness;
 * [t.within3Months, t.within5Months, t.notKnown];
 * //=> [0, 1, 1]
 * ```
 */
export interface PortfolioTimeliness {
  /** Plans published within 3 months of their CPC. */
  readonly within3Months: number;
  /** Plans published within 5 months (those within 3 included). */
  readonly within5Months: number;
  /** Plans known to have been published more than 5 months after their CPC. */
  readonly later: number;
  /** Plans whose publication could not be checked against the 5-month limit (no date, or a month that straddles it). */
  readonly notKnown: number;
  /** Plans whose progress-review date was given. */
  readonly reviewed: number;
  /** How far those plans had got by their reviews: their headlines summed, percentages of the sums. */
  readonly atReview: ProgressHeadline;
}

/**
 * The figures over all the plans: counts summed, percentages computed from the sums.
 *
 * @category Portfolio
 * @example
 * ```ts
 * import { portfolioSummary, type PortfolioTotal } from "peer-challenge";
 * const total: PortfolioTotal = portfolioSummary([kingston, westNorfolk], { asOf: "2024-06-26" }).total;
 * [total.plans, total.actions];
 * //=> [2, 78]
 * ```
 */
export interface PortfolioTotal {
  /** Plans summarised. */
  readonly plans: number;
  /** Actions counted over all plans (cancelled ones excepted). */
  readonly actions: number;
  /** Overdue actions over all plans, each plan's as of the date asked by its own dates. */
  readonly overdue: number;
  /** The headlines summed: counts added, percentages of the sums (never an average of percentages). */
  readonly headline: ProgressHeadline;
  /** The status summaries summed. */
  readonly status: StatusSummary;
  /** The RAG summaries summed; `scheme` is `mixed` when plans differ. */
  readonly rag: PortfolioRag;
  /** How many plans kept to the CPC calendar. */
  readonly timeliness: PortfolioTimeliness;
}

/**
 * The result of {@link portfolioSummary}.
 *
 * @category Portfolio
 * @example
 * ```ts
 * import { portfolioSummary, type PortfolioSummary } from "peer-challenge";
 * const p: PortfolioSummary = portfolioSummary([kingston, westNorfolk], { asOf: "2024-06-26" });
 * p.plans.length;
 * //=> 2
 * ```
 */
export interface PortfolioSummary {
  /** The date every plan's figures were computed as of. */
  readonly asOf: CalendarDate;
  /** One row per plan, in the order given. */
  readonly plans: readonly PortfolioRow[];
  /** The figures over all plans. */
  readonly total: PortfolioTotal;
  /** Recommendations and actions by current theme, over all plans. */
  readonly themes: readonly PortfolioTheme[];
}

const entryOf = (item: ActionPlan | PortfolioEntry): PortfolioEntry => ("plan" in item && !("actions" in item) ? item : { plan: item as ActionPlan });

/**
 * Summarises several plans at once, as a council with several improvement plans or the
 * LGA's national view needs them: one row per plan, in the order given, each computed
 * with its own plan's dates and RAG scheme (so "within 3 months of the CPC" and a target
 * with no year are read against that plan's CPC and publication, never another's); the
 * total over all plans, its percentages worked out from the summed counts (never an
 * average of percentages); and recommendations by current theme, previous-framework
 * themes counted under their current counterparts (`PREVIOUS_TO_CURRENT`).
 *
 * Each row's `status`, `rag` and `headline` are what {@link statusSummary},
 * {@link ragSummary} and {@link progressHeadline} give for that plan alone; `overdue` is
 * the length of its {@link overdueActions}. Its `timeliness` says whether the plan was
 * published within 3 months of the CPC (5 at the latest), or why that is not known; an
 * entry given with its `progressReview` date also says how far the plan had got by then
 * (the plan as it stood that day, read back from its dated updates as {@link progressSeries} reads them).
 *
 * @param plans - Plans, or entries with a name and a progress-review date.
 * @param options - `asOf` (one date for every plan; default today in Europe/London), rounding, decimals.
 * @throws RangeError for an option that is not one, or an entry's `progressReview` that is not a date.
 * @throws PlanDataError for a plan the statistics cannot read.
 * @category Portfolio
 * @example
 * ```ts
 * import { portfolioSummary } from "peer-challenge";
 * const p = portfolioSummary([kingston, { plan: westNorfolk, progressReview: "2024-06-26" }], { asOf: "2024-06-26" });
 * p.plans.map((r) => [r.council, r.actions, r.headline.completed.count]);
 * //=> [["Royal Borough of Kingston upon Thames", 54, 1], ["Borough Council of King's Lynn and West Norfolk", 24, 0]]
 * p.total.headline.completed;
 * //=> { count: 1, percent: 1 }
 * ```
 */
export function portfolioSummary(plans: readonly (ActionPlan | PortfolioEntry)[], options: PortfolioOptions = {}): PortfolioSummary {
  checkOptions("portfolioSummary", options);
  if (!Array.isArray(plans)) throw new RangeError("portfolioSummary: plans must be a list of plans");
  // One date for every plan: the figures of a run that crosses midnight still agree.
  const asOf = options.asOf ?? todayInLondon();
  const rounding = {
    ...(options.rounding !== undefined ? { rounding: options.rounding } : {}),
    ...(options.decimals !== undefined ? { decimals: options.decimals } : {}),
  };
  const each = { ...rounding, asOf, ...(options.quarters !== undefined ? { quarters: options.quarters } : {}) };
  const rows: PortfolioRow[] = [];
  const themeInputs: { plan: ActionPlan; groups: ReturnType<typeof rollup>["groups"] }[] = [];
  plans.forEach((item: ActionPlan | PortfolioEntry, i) => {
    const entry = entryOf(item);
    const plan = entry.plan;
    if (entry.progressReview !== undefined && !isCalendarDate(entry.progressReview))
      throw new RangeError(`portfolioSummary: plans[${i}].progressReview must be a date written YYYY-MM-DD, not ${JSON.stringify(entry.progressReview)}`);
    // One pass gives the plan's status and RAG summaries (its total) and its recommendations' figures.
    const byRecommendation = rollup(plan, { ...each, by: "recommendation" });
    const { total } = byRecommendation;
    const timeliness = publicationTimeliness(plan);
    const review =
      entry.progressReview === undefined ? undefined : reviewProgress(plan, entry.progressReview, timeliness, { ...each, asOf: entry.progressReview });
    rows.push({
      ...(entry.name !== undefined ? { name: entry.name } : {}),
      council: plan.council?.name,
      title: plan.title,
      cpcStart: plan.peerChallenge?.start,
      daysToPublish: daysToPublish(plan),
      actions: total.actions,
      overdue: total.overdue,
      headline: progressHeadline(plan, each),
      status: total.status,
      rag: total.rag,
      timeliness,
      ...(review !== undefined ? { review } : {}),
    });
    themeInputs.push({ plan, groups: byRecommendation.groups });
  });
  const reviewed = rows.flatMap((r) => (r.review !== undefined ? [r.review.headline] : []));
  return {
    asOf,
    plans: rows,
    total: {
      plans: rows.length,
      actions: rows.reduce((n, r) => n + r.actions, 0),
      overdue: rows.reduce((n, r) => n + r.overdue, 0),
      headline: sumHeadline(
        rows.map((r) => r.headline),
        rounding,
      ),
      status: sumStatus(
        rows.map((r) => r.status),
        rounding,
      ),
      rag: sumRag(
        rows.map((r) => r.rag),
        rounding,
      ),
      timeliness: {
        within3Months: rows.filter((r) => r.timeliness.within3Months === true).length,
        within5Months: rows.filter((r) => r.timeliness.within5Months === true).length,
        later: rows.filter((r) => r.timeliness.within5Months === false).length,
        notKnown: rows.filter((r) => r.timeliness.within5Months === undefined).length,
        reviewed: reviewed.length,
        atReview: sumHeadline(reviewed, rounding),
      },
    },
    themes: portfolioThemes(themeInputs, rounding),
  };
}

function reviewProgress(plan: ActionPlan, on: CalendarDate, timeliness: PublicationTimeliness, options: PortfolioOptions): ReviewProgress {
  const from = timeliness.from;
  const start = from === undefined ? undefined : monthStart(from);
  const monthsAfterCpc =
    start === undefined
      ? undefined
      : (Number(on.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(on.slice(5, 7)) - Number(start.slice(5, 7)) - (on.slice(8) < start.slice(8) ? 1 : 0);
  // The series' one point, counted as of the review's day from the plan's dated updates.
  const { asOf: _asOf, ...figures } = options;
  const point = progressSeries(plan, { ...figures, from: on, to: on, every: "month" }).at(-1)!;
  return { on, monthsAfterCpc, headline: point.headline };
}
