import type { CalendarDate } from "../dates.js";
import type { Action, ActionPlan } from "../model/types.js";
import type { Rag } from "../model/vocabulary.js";
import { classify, makeContext, type Facts } from "../statistics/classify.js";
import type { AsOfOptions } from "../statistics/options.js";

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
export interface ComparePlansOptions extends AsOfOptions {
  /**
   * The date of the `before` snapshot, for judging what was overdue then. Default:
   * its latest dated update, or `asOf` when it has none.
   */
  readonly since?: CalendarDate;
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
  readonly added: Action[];
  /** Actions in `before` only. */
  readonly removed: Action[];
  /** Actions that became complete. */
  readonly completed: Action[];
  /** Actions whose RAG worsened or whose due date moved later (see `slips` for which). */
  readonly slipped: Action[];
  /** Why each slipped action slipped, in the same order. */
  readonly slips: Slip[];
  /** Actions overdue as of `asOf` that were not overdue in `before` as of `since`. */
  readonly newlyOverdue: Action[];
  /** Every action present in both whose content changed, with both versions. */
  readonly changed: ChangedAction[];
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
 *
 * @param before - The earlier snapshot.
 * @param after - The later snapshot.
 * @param options - `asOf` for `after` (default today in Europe/London), `since` for `before`.
 * @category Progress review
 * @example
 * ```ts
 * import { comparePlans, updateAction } from "peer-challenge";
 * const after = updateAction(plan, "1.5", { date: "2024-06-26", status: "complete" });
 * comparePlans(plan, after, { asOf: "2024-06-26" }).completed.map((a) => a.id);
 * //=> ["1.5"]
 * ```
 */
export function comparePlans(before: ActionPlan, after: ActionPlan, options: ComparePlansOptions = {}): PlanComparison {
  const afterCtx = makeContext(after.actions, options, undefined, after);
  const latestUpdate = before.actions.reduce<string | undefined>((m, a) => {
    const d = a.updates?.at(-1)?.date;
    return d !== undefined && (m === undefined || d > m) ? d : m;
  }, undefined);
  const beforeCtx = makeContext(before.actions, { asOf: options.since ?? latestUpdate ?? afterCtx.asOf }, undefined, before);
  const old = new Map<string, { action: Action; facts: Facts }>();
  for (const a of before.actions) if (!old.has(a.id)) old.set(a.id, { action: a, facts: classify(a, beforeCtx) });
  const seen = new Set<string>();
  const result: PlanComparison = { added: [], removed: [], completed: [], slipped: [], slips: [], newlyOverdue: [], changed: [] };
  for (const a of after.actions) {
    seen.add(a.id);
    const now = classify(a, afterCtx);
    const then = old.get(a.id);
    if (!then) {
      result.added.push(a);
      if (now.overdue) result.newlyOverdue.push(a);
      continue;
    }
    if (now.overdue && !then.facts.overdue) result.newlyOverdue.push(a);
    if (now.status === "complete" && then.facts.status !== "complete") result.completed.push(a);
    const ragWorse = RAG_RANK[now.rag] > RAG_RANK[then.facts.rag];
    const dueLater = then.facts.due !== undefined && now.due !== undefined && now.due > then.facts.due;
    if (ragWorse || dueLater) {
      result.slipped.push(a);
      result.slips.push({
        id: a.id,
        ...(ragWorse ? { rag: [then.facts.rag, now.rag] as const } : {}),
        ...(dueLater ? { due: [then.facts.due!, now.due!] as const } : {}),
      });
    }
    if (!equal(then.action, a)) result.changed.push({ id: a.id, before: then.action, after: a });
  }
  for (const a of before.actions) if (!seen.has(a.id)) result.removed.push(a);
  return result;
}
