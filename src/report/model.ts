/**
 * The content of a report, worked out once from a plan and laid out by the
 * Markdown and HTML renderers.
 */
import { todayInLondon, type CalendarDate } from "../dates.js";
import type { Action, ActionPlan } from "../model/types.js";
import { RAGS, STATUSES, ragLabel, statusLabel, type Rag, type Status } from "../model/vocabulary.js";
import { comparePlans, type PlanComparison } from "../progress/compare.js";
import { progressHeadline, type ProgressHeadline } from "../progress/headline.js";
import { classify, daysOverdueOf, makeContext } from "../statistics/classify.js";
import type { SummaryOptions } from "../statistics/options.js";
import { overdueActions, type OverdueAction } from "../statistics/overdue.js";
import { rollup, type RollupGroup } from "../statistics/rollup.js";
import type { RagSummary, StatusSummary } from "../statistics/tally.js";
import { themeById } from "../themes/index.js";

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

export interface ActionRow {
  readonly action: Action;
  readonly status: Status;
  readonly statusGiven: boolean;
  readonly rag: Rag;
  readonly ragDerived: boolean;
  readonly due: CalendarDate | undefined;
  readonly daysOverdue: number;
  readonly latestComment: string | undefined;
}

export interface RecommendationSection {
  readonly id: string;
  readonly title: string;
  readonly heading: string | undefined;
  readonly themes: readonly string[];
  readonly actions: readonly ActionRow[];
}

export interface Report {
  readonly council: string;
  readonly title: string;
  readonly asOf: CalendarDate;
  readonly cpc: string;
  readonly status: StatusSummary;
  readonly rag: RagSummary;
  readonly headline: ProgressHeadline;
  readonly themes: readonly RollupGroup[];
  readonly total: RollupGroup;
  readonly overdue: readonly OverdueAction[];
  readonly recommendations: readonly RecommendationSection[];
  readonly comparison: PlanComparison | undefined;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "30 June 2019"; "October 2023" for a month. */
export function longDate(date: string): string {
  const [y, m, d] = date.split("-");
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
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

export function buildReport(plan: ActionPlan, options: ReportOptions = {}): Report {
  const asOf = options.asOf ?? todayInLondon();
  const opts = { ...options, asOf };
  const byTheme = rollup(plan, { ...opts, by: "theme" });
  const ctx = makeContext(plan.actions, opts, undefined, plan);
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
    };
    const list = rows.get(action.recommendation) ?? [];
    list.push(row);
    rows.set(action.recommendation, list);
  }
  const start = plan.peerChallenge.start;
  const end = plan.peerChallenge.end;
  return {
    council: plan.council.name,
    title: plan.title ?? "Corporate Peer Challenge action plan",
    asOf,
    cpc: end && end !== start ? `${longDate(start)} to ${longDate(end)}` : longDate(start),
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
  };
}
