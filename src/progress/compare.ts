import { isCalendarDate, lastDayOfMonth, todayInLondon, type CalendarDate } from "../dates.js";
import type { Action, ActionPlan } from "../model/types.js";
import type { Rag } from "../model/vocabulary.js";
import { checkOptions } from "../statistics/check.js";
import { classify, daysOverdueOf, type Facts } from "../facts/action.js";
import { makeContext } from "../facts/context.js";
import { inputOf, type PlanOrActions } from "../statistics/input.js";
import type { AsOfOptions, RagRuleOptions } from "../statistics/options.js";

/**
 * Options for {@link comparePlans}.
 *
 * @category Progress review
 * @example
 * ```ts
 * import type { ComparePlansOptions } from "peer-challenge";
 * const options: ComparePlansOptions = { since: "2024-03-31", asOf: "2024-06-30" };
 * ```
 */
export interface ComparePlansOptions extends AsOfOptions, RagRuleOptions {
  /**
   * The date of the `before` snapshot, for judging what was overdue then. Default:
   * its latest dated update, else its publication date, else `asOf`. (`asOf`, the
   * date of `after`, defaults the same way, to today when `after` records no date.)
   */
  readonly since?: CalendarDate | undefined;
}

/**
 * Why an action counts as slipped: its RAG worsened, its due date moved later, or both.
 *
 * @category Progress review
 * @example
 * ```ts
 * import type { Slip } from "peer-challenge";
 * const slip: Slip = { id: "5.2", rag: ["green", "amber"], due: ["2024-03-31", "2024-09-30"] };
 * ```
 */
export interface Slip {
  /** The action's id. */
  readonly id: string;
  /** RAG before and after (reported, or derived where not reported). */
  readonly rag?: readonly [Rag, Rag];
  /** Due date before and after. */
  readonly due?: readonly [CalendarDate, CalendarDate];
}

/**
 * A slip in words, as the reports and `cpc diff` say it: "RAG green to amber, target
 * 2024-03-31 to 2024-09-30".
 *
 * @internal
 */
export function slipText(slip: Slip): string {
  return [slip.rag ? `RAG ${slip.rag[0]} to ${slip.rag[1]}` : "", slip.due ? `target ${slip.due[0]} to ${slip.due[1]}` : ""].filter((x) => x !== "").join(", ");
}

/**
 * What changed between two snapshots of a plan.
 *
 * @category Progress review
 * @example
 * ```ts
 * import { comparePlans, type PlanComparison } from "peer-challenge";
 * const diff: PlanComparison = comparePlans(lastQuarter, thisQuarter, { asOf: "2024-06-30" });
 * diff.completed.map((a) => a.id);
 * ```
 */
export interface PlanComparison {
  /** Actions in `after` only. */
  readonly added: readonly Action[];
  /** Actions in `before` only. */
  readonly removed: readonly Action[];
  /** Actions that became complete. */
  readonly completed: readonly Action[];
  /** Actions whose RAG worsened or whose due date moved later (see `slips` for which). */
  readonly slipped: readonly Action[];
  /** Why each slipped action slipped, in the same order. */
  readonly slips: readonly Slip[];
  /** Actions overdue as of `asOf` that were not overdue in `before` as of `since`. */
  readonly newlyOverdue: readonly Action[];
  /** The due date and days overdue of each newly overdue action, in the same order. */
  readonly overdueDetails: readonly OverdueSince[];
  /** The date `after` was read as of: the option, else its latest update, else its publication date, else today. */
  readonly asOf: CalendarDate;
  /** The date `before` was read as of: the option, else its latest update, else its publication date, else `asOf`. */
  readonly since: CalendarDate;
  /** Every action present in both whose content changed, with both versions. */
  readonly changed: readonly ChangedAction[];
  /**
   * The snapshots were given the later first (by their dates: the options', else each
   * one's latest update or publication): they were compared in date order, and
   * `since`/`asOf` are the earlier's and the later's.
   */
  readonly reordered: boolean;
  /** Both snapshots name a council, and not the same one: the two files may not be one plan. */
  readonly councilDiffers: boolean;
}

/**
 * Two snapshots of a plan in date order: the one rule for `comparePlans`, `cpc diff`,
 * `cpc report --compare` and the page.
 *
 * @category Progress review
 * @example
 * ```ts
 * import type { SnapshotOrder } from "peer-challenge";
 * const o: SnapshotOrder<string> = { before: "march.json", after: "june.json", since: "2024-03-31", asOf: "2024-06-30", reordered: true, councilDiffers: false };
 * ```
 */
export interface SnapshotOrder<T> {
  /** The earlier. */
  readonly before: T;
  /** The later. */
  readonly after: T;
  /** The earlier's date, where known. */
  readonly since: CalendarDate | undefined;
  /** The later's date, where known. */
  readonly asOf: CalendarDate | undefined;
  /** They were given the later first. */
  readonly reordered: boolean;
  /** Both name a council, and not the same one. */
  readonly councilDiffers: boolean;
}

/**
 * Puts two snapshots of a plan in date order: each one's date is the one given, else its
 * latest dated update, else its publication (see {@link comparePlans}). They are swapped
 * only where both dates are known and the first is the later; where the dates are the
 * same or unknown the order given is kept (and `cpc diff` refuses, as it cannot tell which
 * is earlier). Also says whether they name different councils.
 *
 * @param first - The snapshot given first.
 * @param second - The snapshot given second.
 * @param dates - Dates that override the snapshots' own.
 * @param dates.since - The date of `first`, in place of its own.
 * @param dates.asOf - The date of `second`, in place of its own.
 * @returns The two in date order, their dates, and what was found.
 * @category Progress review
 * @example
 * ```ts
 * import { orderSnapshots } from "peer-challenge";
 * const june = { schemaVersion: 1 as const, publishedOn: "2024-06-30", recommendations: [], actions: [] };
 * const march = { ...june, publishedOn: "2024-03-31" };
 * orderSnapshots(june, march).reordered;
 * //=> true
 * ```
 */
export function orderSnapshots<T extends PlanOrActions>(
  first: T,
  second: T,
  dates: { readonly since?: CalendarDate | undefined; readonly asOf?: CalendarDate | undefined } = {},
): SnapshotOrder<T> {
  const f = inputOf(first);
  const s = inputOf(second);
  const firstDate = dates.since ?? snapshotDate(f.actions, f.plan);
  const secondDate = dates.asOf ?? snapshotDate(s.actions, s.plan);
  const reordered = firstDate !== undefined && secondDate !== undefined && firstDate > secondDate;
  const name = (p: ActionPlan | undefined): string | undefined => {
    const n: unknown = p?.council?.name;
    return typeof n === "string" && n.trim() !== "" ? n.trim().toLowerCase().replace(/\s+/g, " ") : undefined;
  };
  const a = name(f.plan);
  const b = name(s.plan);
  return reordered
    ? { before: second, after: first, since: secondDate, asOf: firstDate, reordered, councilDiffers: a !== undefined && b !== undefined && a !== b }
    : { before: first, after: second, since: firstDate, asOf: secondDate, reordered, councilDiffers: a !== undefined && b !== undefined && a !== b };
}

/**
 * A newly overdue action's due date and how late it is as of the comparison's `asOf`.
 *
 * @category Progress review
 * @example
 * ```ts
 * import type { OverdueSince } from "peer-challenge";
 * const late: OverdueSince = { id: "2.1", due: "2024-03-31", daysOverdue: 91 };
 * ```
 */
export interface OverdueSince {
  /** The action's id. */
  readonly id: string;
  /** Its due date. */
  readonly due: CalendarDate;
  /** Whole days from the due date to `asOf`. */
  readonly daysOverdue: number;
}

/**
 * The date a snapshot records itself as of: its latest dated update, else when it was
 * published (a month is read as of its last day). The one rule, for `comparePlans` and
 * `progressSeries`.
 *
 * @internal
 */
export function snapshotDate(actions: readonly Action[], plan: ActionPlan | undefined): CalendarDate | undefined {
  let latest: CalendarDate | undefined;
  for (const x of actions) {
    const updates = x.updates;
    if (updates === undefined) continue;
    for (const u of updates) if (isCalendarDate(u.date) && (latest === undefined || u.date > latest)) latest = u.date;
  }
  if (latest !== undefined) return latest;
  const published = plan?.publishedOn;
  if (published === undefined) return undefined;
  // A month ("2024-02") is read as of its last day.
  return isCalendarDate(published) ? published : /^\d{4}-\d{2}$/.test(published) ? lastDayOfMonth(published) : undefined;
}

/**
 * An action present in both snapshots whose content changed.
 *
 * @category Progress review
 * @example
 * ```ts
 * import type { ChangedAction } from "peer-challenge";
 * const c: ChangedAction = { id: "1.5", before: { id: "1.5", recommendation: "R1", title: "a" }, after: { id: "1.5", recommendation: "R1", title: "a", status: "complete" } };
 * ```
 */
export interface ChangedAction {
  /** The action's id. */
  readonly id: string;
  /** As it was. */
  readonly before: Action;
  /** As it is. */
  readonly after: Action;
}

const RAG_RANK: Readonly<Record<Rag, number>> = { blue: 0, green: 1, amber: 2, red: 3 };

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Compares two snapshots of a plan (last quarter's file and this quarter's, say):
 * which actions were added or removed, which became complete, which slipped (RAG
 * worsened, blue < green < amber < red, using the derived RAG where none is reported;
 * or due date moved later), which became overdue, and every action that changed at all.
 * Actions are matched by id. Lists keep the order of `after` (of `before` for removed).
 * The two are compared in date order whichever is given first ({@link orderSnapshots}):
 * `reordered` says when they were swapped, and `councilDiffers` when they name different
 * councils.
 *
 * @param before - The earlier snapshot.
 * @param after - The later snapshot.
 * @param options - `asOf` for `after` (default today in Europe/London), `since` for `before`.
 * @throws RangeError for an option that is not one (a bad `asOf`, `rounding`, `decimals`...), naming the function, the option and what is allowed.
 * @throws PlanDataError for input that is not a plan or a list of actions, or a status or RAG rating it cannot read.
 * @category Progress review
 * @example
 * ```ts
 * import { comparePlans, updateAction } from "peer-challenge";
 * const after = updateAction(plan, "1.5", { date: "2024-06-26", status: "complete" });
 * comparePlans(plan, after, { asOf: "2024-06-26" }).completed.map((a) => a.id);
 * //=> ["1.5"]
 * ```
 */
export function comparePlans(before: PlanOrActions, after: PlanOrActions, options: ComparePlansOptions = {}): PlanComparison {
  checkOptions("comparePlans", options);
  const order = orderSnapshots(before, after, options);
  const b = inputOf(order.before);
  const a = inputOf(order.after);
  // Each snapshot is read as of its own date, so the same file twice is the same reading.
  const asOf = order.asOf ?? todayInLondon();
  const since = order.since ?? asOf;
  // One RAG scheme for both, or a complete action would "slip" from blue to green.
  const scheme =
    options.scheme ??
    a.plan?.ragScheme ??
    b.plan?.ragScheme ??
    (makeContext(a.actions, { asOf }, undefined, a.plan).scheme === "brag" || makeContext(b.actions, { asOf }, undefined, b.plan).scheme === "brag"
      ? "brag"
      : "rag");
  const afterCtx = makeContext(a.actions, { ...options, asOf }, scheme, a.plan);
  const beforeCtx = makeContext(b.actions, { ...options, asOf: since }, scheme, b.plan);
  const afterActions = a.actions;
  const beforeActions = b.actions;
  const old = new Map<string, { action: Action; facts: Facts }>();
  for (const a of beforeActions) if (!old.has(a.id)) old.set(a.id, { action: a, facts: classify(a, beforeCtx) });
  const seen = new Set<string>();
  const result = {
    asOf,
    since,
    reordered: order.reordered,
    councilDiffers: order.councilDiffers,
    added: [] as Action[],
    removed: [] as Action[],
    completed: [] as Action[],
    slipped: [] as Action[],
    slips: [] as Slip[],
    newlyOverdue: [] as Action[],
    overdueDetails: [] as OverdueSince[],
    changed: [] as ChangedAction[],
  };
  const overdue = (x: Action, f: Facts): void => {
    result.newlyOverdue.push(x);
    result.overdueDetails.push({ id: x.id, due: f.due!, daysOverdue: daysOverdueOf(f, afterCtx) });
  };
  for (const a of afterActions) {
    seen.add(a.id);
    const now = classify(a, afterCtx);
    const then = old.get(a.id);
    if (!then) {
      result.added.push(a);
      if (now.overdue) overdue(a, now);
      continue;
    }
    if (now.overdue && !then.facts.overdue) overdue(a, now);
    if (now.status === "complete" && then.facts.status !== "complete") result.completed.push(a);
    const ragWorse = RAG_RANK[now.rag] > RAG_RANK[then.facts.rag];
    const dueLater = then.facts.due !== undefined && now.due !== undefined && now.due > then.facts.due;
    if (ragWorse || dueLater) {
      result.slipped.push(a);
      result.slips.push({
        id: a.id,
        ...(ragWorse ? { rag: [then.facts.rag, now.rag] as const } : {}),
        ...(dueLater ? { due: [then.facts.due!, now.due] as const } : {}),
      });
    }
    if (!equal(then.action, a)) result.changed.push({ id: a.id, before: then.action, after: a });
  }
  for (const a of beforeActions) if (!seen.has(a.id)) result.removed.push(a);
  return result;
}
