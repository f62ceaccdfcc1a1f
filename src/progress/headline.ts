import { checkOptions } from "../statistics/check.js";
import { classify, type Facts, type StatusSource } from "../facts/action.js";
import { makeContext } from "../facts/context.js";
import { inputOf, type PlanOrActions } from "../statistics/input.js";
import type { AsOfOptions, SummaryOptions } from "../statistics/options.js";
import { sharesOf, type PercentagesOptions } from "../statistics/percentages.js";

/**
 * A count and its share of the total, in per cent.
 *
 * @category Progress review
 * @example
 * ```ts
 * import type { Share } from "peer-challenge";
 * const completed: Share = { count: 3, percent: 15 };
 * ```
 */
export interface Share {
  /** How many actions. */
  readonly count: number;
  /** Their share of the total, in per cent. */
  readonly percent: number;
}

/**
 * The headline a progress review quotes from the council's RAG-rated plan: how many
 * actions are completed, making expected progress, and not yet progressed.
 *
 * @category Progress review
 * @example
 * ```ts
 * import { progressHeadline, type ProgressHeadline } from "peer-challenge";
 * const h: ProgressHeadline = progressHeadline(plan, { asOf: "2024-06-26" });
 * `${h.completed.percent}% completed, ${h.expectedProgress.percent}% making expected progress`;
 * ```
 */
export interface ProgressHeadline {
  /** Actions counted: all but the cancelled ones. */
  readonly total: number;
  /** Status complete. */
  readonly completed: Share;
  /** In progress or ongoing, and not overdue. */
  readonly expectedProgress: Share;
  /** Not started (or nothing known yet), on hold, or overdue. */
  readonly notProgressed: Share;
  /** Cancelled actions, left out. */
  readonly excluded: number;
  /** Of `notProgressed`, how many are there because they are overdue although under way. */
  readonly overdueInProgress: number;
  /**
   * What the counted actions' statuses came from (their own statuses, RAG ratings,
   * percentages, dated updates, or nothing: a plan as first published), as in
   * {@link StatusSummary}; `statusBasis` puts it in words.
   */
  readonly from: Readonly<Record<StatusSource, number>>;
  /** Actions whose status is a word no reader knows: counted apart, in no bucket and not in `total`. */
  readonly unrecognised: number;
}

/**
 * Options for {@link progressHeadline}.
 *
 * @category Progress review
 * @example
 * ```ts
 * import type { ProgressHeadlineOptions } from "peer-challenge";
 * const options: ProgressHeadlineOptions = { asOf: "2024-06-26", overdueCountsAs: "expected-progress" };
 * ```
 */
export interface ProgressHeadlineOptions extends AsOfOptions, PercentagesOptions, Pick<SummaryOptions, "weighted"> {
  /**
   * Where an action that is under way but past its due date goes: `not-progressed`
   * (the default: it is not making the progress expected of it) or `expected-progress`
   * (it has progressed, just late), for councils that count it so.
   */
  readonly overdueCountsAs?: "not-progressed" | "expected-progress" | undefined;
}

/**
 * Computes the progress-review headline from a plan as of a date, as the West Norfolk
 * review quoted it: "15 per cent of actions are completed, 75 per cent are making
 * expected progress and 10 per cent have not yet been progressed".
 *
 * The buckets: **completed** is status `complete`; **making expected progress** is
 * `in-progress` or `ongoing` and not overdue; **not yet progressed** is `not-started`
 * (including no status yet), `on-hold`, or overdue (an overdue action under way is
 * counted here unless `overdueCountsAs: "expected-progress"`). Cancelled actions are
 * left out. Percentages are largest remainder by default, so they sum to 100.
 *
 * @param input - A plan, or a list of actions.
 * @param options - `asOf`, rounding, and where overdue work under way goes.
 * @throws RangeError for an option that is not one (a bad `asOf`, `rounding`, `decimals`...), naming the function, the option and what is allowed.
 * @throws PlanDataError for input that is not a plan or a list of actions, or a status or RAG rating it cannot read.
 * @category Progress review
 * @example
 * ```ts
 * import { progressHeadline } from "peer-challenge";
 * // Kingston's 54 actions at the end of June 2019: 1 complete, 44 in progress on time, 9 not (5 of them overdue)
 * progressHeadline(kingston, { asOf: "2019-06-30" });
 * //=> { total: 54, completed: { count: 1, percent: 2 }, expectedProgress: { count: 44, percent: 81 },
 * //     notProgressed: { count: 9, percent: 17 }, excluded: 0, overdueInProgress: 5,
 * //     from: { status: 52, rag: 0, percent: 0, update: 0, none: 2 }, unrecognised: 0 }
 * ```
 */
export function progressHeadline(input: PlanOrActions, options: ProgressHeadlineOptions = {}): ProgressHeadline {
  checkOptions("progressHeadline", options);
  const { actions, plan } = inputOf(input);
  const ctx = makeContext(actions, options, undefined, plan);
  const count = new HeadlineCount(options.overdueCountsAs);
  for (const action of actions) count.add(classify(action, ctx));
  return count.headline(options);
}

/**
 * The headline's buckets, counted one action's facts at a time: the one place the rule
 * is written, for {@link progressHeadline} and the points of a progress series.
 *
 * @internal
 */
export class HeadlineCount {
  private completed = 0;
  private expected = 0;
  private not = 0;
  private excluded = 0;
  private overdueInProgress = 0;
  private unrecognised = 0;
  private readonly from: Record<StatusSource, number> = { status: 0, rag: 0, percent: 0, update: 0, none: 0 };

  constructor(private readonly overdueCountsAs: ProgressHeadlineOptions["overdueCountsAs"]) {}

  add(f: Facts): void {
    if (f.unrecognised) {
      this.unrecognised += f.weight;
      return;
    }
    if (f.status !== "cancelled") this.from[f.from] += f.weight;
    switch (f.status) {
      case "cancelled":
        this.excluded += f.weight;
        break;
      case "complete":
        this.completed += f.weight;
        break;
      case "in-progress":
      case "ongoing":
        if (f.overdue && this.overdueCountsAs !== "expected-progress") {
          this.not += f.weight;
          this.overdueInProgress += f.weight;
        } else this.expected += f.weight;
        break;
      default:
        this.not += f.weight;
    }
  }

  headline(options: PercentagesOptions): ProgressHeadline {
    const { completed, expected, not } = this;
    const p = sharesOf({ completed, expected, not }, options);
    return {
      total: completed + expected + not,
      completed: { count: completed, percent: p.completed },
      expectedProgress: { count: expected, percent: p.expected },
      notProgressed: { count: not, percent: p.not },
      excluded: this.excluded,
      overdueInProgress: this.overdueInProgress,
      from: { ...this.from },
      unrecognised: this.unrecognised,
    };
  }
}
