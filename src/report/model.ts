/**
 * The content of a report, worked out once from a plan and laid out by the
 * Markdown and HTML renderers.
 */
import { longDate, todayInLondon, type CalendarDate } from "../dates.js";
import type { Action, ActionPlan } from "../model/types.js";
import { councilNameOf, RAGS, STATUSES, ragLabel, statusLabel, type Rag, type Status } from "../model/vocabulary.js";
import { comparePlans, type PlanComparison } from "../progress/compare.js";
import { progressHeadline, type ProgressHeadline } from "../progress/headline.js";
import { classify, daysOverdueOf, statusFromEvidence } from "../facts/action.js";
import { makeContext } from "../facts/context.js";
import type { SummaryOptions } from "../statistics/options.js";
import { overdueActions, type OverdueAction } from "../statistics/overdue.js";
import { wasText } from "../progress/past.js";
import { firstUpdate, progressSeries, type SeriesPoint } from "../progress/series.js";
import { timescaleOptionsOf, type DueDateOptions } from "../timescale/due.js";

export { longDate } from "../dates.js";
import { rollup, type RollupGroup } from "../statistics/rollup.js";
import { statusBasis, type RagSummary, type StatusSummary } from "../statistics/tally.js";
import { readStatus } from "../facts/status.js";
import { themeById } from "../themes/index.js";
import { checkOptions } from "../statistics/check.js";
import { equalCountsNote } from "../statistics/percentages.js";
import { SHOWN_STATUSES, shownRags } from "./words.js";

/**
 * Options for the report renderers.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportOptions } from "peer-challenge/report";
 * const options: ReportOptions = { asOf: "2019-06-30", compare: lastQuarter };
 * ```
 */
export interface ReportOptions extends SummaryOptions {
  /** An earlier snapshot of the plan: the report then says what changed since. */
  readonly compare?: ActionPlan | undefined;
}

/**
 * One action as the reports show it: what it says, and what the statistics make of it.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildReport, type ActionRow } from "peer-challenge/report";
 * const row: ActionRow | undefined = buildReport(kingston, { asOf: "2019-06-30" }).recommendations[0]?.actions[0];
 * [row?.action.id, row?.status];
 * //=> ["1", "complete"]
 * ```
 */
export interface ActionRow {
  /** The action, as in the plan. */
  readonly action: Action;
  /** Its status as counted: read from a council's wording, or not started when none is given. */
  readonly status: Status;
  /** Whether the plan gives a status (false: counted as not started). */
  readonly statusGiven: boolean;
  /** Its RAG rating: the one reported, or worked out from status and dates. */
  readonly rag: Rag;
  /** Whether the RAG rating was worked out rather than reported. */
  readonly ragDerived: boolean;
  /** When it is due, where its target gives a date. */
  readonly due: CalendarDate | undefined;
  /** Days past its due date as of the report's date; 0 when not overdue. */
  readonly daysOverdue: number;
  /** The latest note of its updates, if any. */
  readonly latestComment: string | undefined;
  /** The target it had before a reschedule moved it ("was Feb 2019"), or `undefined` if never moved. */
  readonly was: string | undefined;
}

/**
 * A recommendation and its actions, as the reports list them.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildReport, type RecommendationSection } from "peer-challenge/report";
 * const sections: readonly RecommendationSection[] = buildReport(kingston).recommendations;
 * sections[0]?.id;
 * //=> "R1"
 * ```
 */
export interface RecommendationSection {
  /** The recommendation's id. */
  readonly id: string;
  /** Its wording. */
  readonly title: string;
  /** The local heading it sits under, if any. */
  readonly heading: string | undefined;
  /** The titles of its themes. */
  readonly themes: readonly string[];
  /** Its actions, in plan order. */
  readonly actions: readonly ActionRow[];
}

/**
 * Everything a report says, worked out once: the renderers only lay it out. Build your
 * own page or paper from it when neither the Markdown nor the HTML suits.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildReport, type Report } from "peer-challenge/report";
 * const report: Report = buildReport(kingston, { asOf: "2019-06-30" });
 * report.headline.completed;
 * ```
 */
export interface Report {
  /** The council's name. */
  readonly council: string;
  /** The plan's title, or a title made from the council's name. */
  readonly title: string;
  /** The date the figures are as of. */
  readonly asOf: CalendarDate;
  /** When the peer challenge was, in words. */
  readonly cpc: string;
  /** The status breakdown of the whole plan. */
  readonly status: StatusSummary;
  /** The RAG breakdown of the whole plan. */
  readonly rag: RagSummary;
  /** The progress review's headline: completed, making expected progress, not yet progressed. */
  readonly headline: ProgressHeadline;
  /** The rollup by theme. */
  readonly themes: readonly RollupGroup[];
  /** The whole plan, every action counted once. */
  readonly total: RollupGroup;
  /** The overdue actions, most overdue first. */
  readonly overdue: readonly OverdueAction[];
  /** The recommendations with their actions. */
  readonly recommendations: readonly RecommendationSection[];
  /** What changed since `compare`, when it was given. */
  readonly comparison: PlanComparison | undefined;
  /**
   * Progress over time, when the plan has dated updates: the headline and overdue count at
   * the end of each quarter from the first update to `asOf` ({@link progressSeries}).
   */
  readonly trend: readonly SeriesPoint[] | undefined;
  /**
   * What the figures were computed from, and what they leave out, as sentences for a note
   * under the headline and tables (`figureNotes`).
   */
  readonly notes: readonly string[];
}

/** The status words the reports print: {@link statusLabel}'s, for every status. */
export const STATUS_LABEL: Readonly<Record<Status, string>> = Object.fromEntries(STATUSES.map((x) => [x, statusLabel(x)])) as Record<Status, string>;

/** The RAG words the reports print: {@link ragLabel}'s, for every rating. */
export const RAG_LABEL: Readonly<Record<Rag, string>> = Object.fromEntries(RAGS.map((x) => [x, ragLabel(x)])) as Record<Rag, string>;

function latestNote(action: Action): string | undefined {
  const updates = action.updates ?? [];
  for (let i = updates.length - 1; i >= 0; i--) if (updates[i]!.note !== undefined) return updates[i]!.note;
  return undefined;
}

/**
 * The content of a report on a plan, as of a date: what `renderMarkdownReport`,
 * `renderHtmlReport` and `writeReportDocx` lay out. Options as theirs.
 *
 * @param plan - The plan.
 * @param options - `asOf` (default today in London), `compare`, and the summaries' options.
 * @throws RangeError for an option that is not one (a bad `asOf`, `rounding`...), naming it.
 * @throws PlanDataError for a status or RAG rating it cannot read, or input that is not a plan.
 * @category Reports
 * @example
 * ```ts
 * import { buildReport } from "peer-challenge/report";
 * const report = buildReport(kingston, { asOf: "2019-06-30" });
 * report.overdue.map((o) => o.action.id);
 * ```
 */
export function buildReport(plan: ActionPlan, options: ReportOptions = {}): Report {
  return reportOf("buildReport", plan, options);
}

/**
 * The `was` of each action's row in the report, looked up by action (for the overdue
 * table, which lists actions rather than rows). @internal
 */
export function wasLookup(report: Report): (action: Action) => string | undefined {
  const was = new Map<Action, string | undefined>();
  for (const rec of report.recommendations) for (const row of rec.actions) was.set(row.action, row.was);
  // An action of a recommendation the plan lacks has no row: read with the plan's defaults.
  return (action) => (was.has(action) ? was.get(action) : wasText(action));
}

/** The quarters from a plan's first dated update to the report's date, or none without updates. */
function trendOf(plan: ActionPlan, options: ReportOptions & { readonly asOf: CalendarDate }): readonly SeriesPoint[] | undefined {
  const first = firstUpdate(plan);
  if (first === undefined || first > options.asOf) return undefined;
  const { asOf, compare: _, ...rest } = options;
  return progressSeries(plan, { ...rest, from: first, to: asOf });
}

/** {@link buildReport}, with the name of the function the user called for its errors. */
export function reportOf(fn: string, plan: ActionPlan, options: ReportOptions): Report {
  checkOptions(fn, options);
  const asOf = options.asOf ?? todayInLondon();
  const opts = { ...options, asOf };
  const byTheme = rollup(plan, { ...opts, by: "theme" });
  const ctx = makeContext(plan.actions, opts, undefined, plan);
  // Targets read as the statistics read them: against the plan's dates, in its quarters.
  const dueOptions: DueDateOptions = { ...timescaleOptionsOf(plan), ...(opts.quarters ? { quarters: opts.quarters } : {}) };
  const rows = new Map<string, ActionRow[]>();
  for (const action of plan.actions) {
    const f = classify(action, ctx);
    const row: ActionRow = {
      action,
      status: f.status,
      statusGiven: !f.noStatus,
      rag: f.rag,
      ragDerived: f.ragDerived,
      due: f.due,
      daysOverdue: daysOverdueOf(f, ctx),
      latestComment: latestNote(action) ?? action.comments,
      was: wasText(action, dueOptions),
    };
    const list = rows.get(action.recommendation) ?? [];
    list.push(row);
    rows.set(action.recommendation, list);
  }
  const start = plan.peerChallenge?.start;
  const end = plan.peerChallenge?.end;
  return {
    council: councilNameOf(plan),
    title: plan.title ?? "Corporate Peer Challenge action plan",
    asOf,
    cpc: start === undefined ? "date not given" : end && end !== start ? `${longDate(start)} to ${longDate(end)}` : longDate(start),
    status: byTheme.total.status,
    rag: byTheme.total.rag,
    headline: progressHeadline(plan, opts),
    themes: byTheme.groups,
    total: byTheme.total,
    overdue: overdueActions(plan, opts),
    recommendations: plan.recommendations.map((r) => ({
      id: r.id,
      title: r.title,
      heading: r.heading,
      themes: (r.themes ?? []).map((t) => themeById(t)?.title ?? t),
      actions: rows.get(r.id) ?? [],
    })),
    comparison: options.compare ? comparePlans(options.compare, plan, opts) : undefined,
    trend: trendOf(plan, opts),
    notes: [...figureNotes(byTheme.total.status, plan.actions), ...tableNotes(byTheme.total.status, byTheme.total.rag)],
  };
}

/**
 * The status and RAG tables' notes on equal counts shown as different percentages
 * (largest remainder), for the reports, the page and `cpc stats`.
 *
 * @internal
 */
export function tableNotes(status: StatusSummary, rag: RagSummary): string[] {
  // The rows the tables show: the same statuses and ratings, in the same order.
  const counted = Object.fromEntries(SHOWN_STATUSES.map((s) => [s, status.counts[s]])) as Record<Status, number>;
  const ragCounts = Object.fromEntries(shownRags(rag.scheme).map((x) => [x, rag.counts[x]])) as Record<Rag, number>;
  return [equalCountsNote(counted, status.percentages, (s) => STATUS_LABEL[s]), equalCountsNote(ragCounts, rag.percentages, (x) => RAG_LABEL[x])].filter(
    (n): n is string => n !== undefined,
  );
}

/** The actions whose status is a word no reader knows, with the word: kept as `statusText` by validatePlan, or raw. */
export function unrecognisedStatuses(actions: readonly Action[]): { readonly id: string; readonly text: string }[] {
  const out: { id: string; text: string }[] = [];
  for (const a of actions) {
    const given: unknown = a.status;
    if (typeof given === "string" && readStatus(given, a.timescale).how === "unknown") out.push({ id: a.id, text: given });
    else if (given === undefined && typeof a.statusText === "string" && a.statusText.trim() !== "") out.push({ id: a.id, text: a.statusText });
  }
  return out;
}

const SOURCE_WORDS = {
  rag: "their RAG rating (blue: complete; red, amber or green: in progress)",
  percent: "their percentage complete",
  update: "their latest dated update",
} as const;

/**
 * What a status summary was computed from, and what it leaves out, as sentences: the one
 * wording for `cpc stats`, the headline and the reports. "Figures computed from RAG ratings
 * and statuses: 7 actions with no status are counted by their RAG rating (...)." / "2 of 54
 * actions have no status or anything else saying how they are going, and count as not
 * started." / "1 action is left out: its status is a word no reader knows (1.2 "Update to
 * follow")."
 *
 * @internal
 */
export function figureNotes(s: Pick<StatusSummary, "total" | "from" | "noStatus" | "unrecognised">, actions: readonly Action[]): string[] {
  const notes: string[] = [];
  const taken = (Object.keys(SOURCE_WORDS) as (keyof typeof SOURCE_WORDS)[]).filter((k) => s.from[k] > 0);
  const inferred = taken.reduce((n, k) => n + s.from[k], 0);
  // A plan as first published (nothing known of any action) is said by the noStatus note alone.
  if (s.from.none < s.total)
    notes.push(
      `Figures computed from ${statusBasis(s.from)}${
        inferred
          ? `: ${inferred} ${inferred === 1 ? "action with no status is" : "actions with no status are"} counted by ${taken.map((k) => SOURCE_WORDS[k]).join(" or ")}`
          : ""
      }.`,
    );
  if (s.noStatus) {
    // Those of them with comments, which may say how they are going: named, as no figure reads them.
    const commented = actions.filter(
      (a) => a.status === undefined && a.statusText === undefined && hasComments(a) && statusFromEvidence(a, a.rag).from === "none",
    );
    // A plan as first published may have comments that are no progress: said where others are rated, or where every such action has them.
    const said = commented.length > 0 && commented.length <= s.noStatus && (commented.length === s.noStatus || s.noStatus < s.total);
    const named = said ? commented.map((a) => a.id) : [];
    notes.push(
      `${s.noStatus} of ${s.total} actions ${s.noStatus === 1 ? "has" : "have"} no status, RAG, percentage or dated update, and ${s.noStatus === 1 ? "counts" : "count"} as not started${
        named.length === 0
          ? ""
          : `; ${named.length === s.noStatus ? (named.length === 1 ? "it has" : "each has") : `${named.slice(0, 8).join(", ")}${named.length > 8 ? ", ..." : ""} ${named.length === 1 ? "has" : "have"}`} comments, which no figure reads: if they say how ${named.length === 1 ? "it is" : "they are"} going, give ${named.length === 1 ? "its status" : "their statuses"}`
      }.`,
    );
  }
  if (s.unrecognised) {
    const named = unrecognisedStatuses(actions).map((u) => `${u.id} ${JSON.stringify(u.text.length > 40 ? `${u.text.slice(0, 40)}…` : u.text)}`);
    notes.push(
      `${s.unrecognised} ${s.unrecognised === 1 ? "action is" : "actions are"} left out of every figure: ${s.unrecognised === 1 ? "its status is a word" : "their statuses are words"} no reader knows${named.length ? ` (${named.join(", ")})` : ""}.`,
    );
  }
  return notes;
}

/**
 * A rollup as a table: the columns after each group's title, and each group's figures
 * under them. The one definition, for the Markdown and HTML reports and `cpc stats`.
 *
 * @internal
 */
export function rollupFigures(
  groups: readonly RollupGroup[],
  scheme: "rag" | "brag",
): { readonly head: readonly string[]; readonly rows: readonly (readonly number[])[] } {
  const rags = shownRags(scheme);
  return {
    head: ["Actions", "Overdue", "No target", "Complete %", ...rags.map((x) => RAG_LABEL[x])],
    rows: groups.map((g) => [g.actions, g.overdue, g.noTarget, g.completePercent, ...rags.map((x) => g.rag.counts[x])]),
  };
}

/** Whether an action has comments with more than spaces. */
function hasComments(action: Action): boolean {
  return typeof action.comments === "string" && action.comments.trim() !== "";
}
