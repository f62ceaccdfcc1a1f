import type { Action, ActionPlan } from "../model/types.js";
import { STATUSES, type ThemeId } from "../model/vocabulary.js";
import { themesOf } from "../themes/index.js";
import { classify, makeContext, type Facts } from "./classify.js";
import type { SummaryOptions } from "./options.js";
import { Tally, type RagSummary, type StatusSummary } from "./tally.js";

/**
 * What a rollup groups actions by.
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { RollupBy } from "peer-challenge";
 * const by: RollupBy = "owner";
 * ```
 */
export type RollupBy = "theme" | "recommendation" | "owner" | "heading" | "status";

/**
 * The figures for one group of actions.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { rollupByTheme, type RollupGroup } from "peer-challenge";
 * const groups: RollupGroup[] = rollupByTheme(kingston, { asOf: "2019-06-30" });
 * groups[3].title;
 * //=> "Financial planning and viability"
 * ```
 */
export interface RollupGroup<K extends string = string> {
  /** The group: a theme id, recommendation id, owner, heading or status; `"unassigned"` for actions with none. */
  readonly key: K;
  /** A title for people: the theme or recommendation title, the owner's name, "Unassigned". */
  readonly title: string;
  /** Actions in the group, cancelled ones excepted. */
  readonly actions: number;
  /** Of those, how many are overdue as of the date asked. */
  readonly overdue: number;
  /** Of those, how many have no due date. */
  readonly noTarget: number;
  /** Share of the group's actions that are complete, rounded as the status percentages are. */
  readonly completePercent: number;
  /** Status breakdown. */
  readonly status: StatusSummary;
  /** RAG breakdown. */
  readonly rag: RagSummary;
}

/**
 * Options for {@link rollup}.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { rollup, type RollupOptions } from "peer-challenge";
 * const options: RollupOptions = { by: "owner", asOf: "2019-06-30" };
 * ```
 */
export interface RollupOptions extends SummaryOptions {
  /** What to group by. */
  readonly by: RollupBy;
}

/**
 * A rollup: one entry per group, and the plan total in which every action counts once.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { rollup, type Rollup } from "peer-challenge";
 * const r: Rollup = rollup(kingston, { by: "status", asOf: "2019-06-30" });
 * r.total.actions;
 * //=> 54
 * ```
 */
export interface Rollup {
  /** What the actions were grouped by. */
  readonly by: RollupBy;
  /** One entry per group, in a fixed order. */
  readonly groups: readonly RollupGroup[];
  /** The whole plan, every action counted once. */
  readonly total: RollupGroup<"total">;
}

const UNASSIGNED = "unassigned";

interface Grouping {
  /** Groups in display order: key and title. */
  readonly groups: { key: string; title: string }[];
  /** Indices of the groups an action belongs to. */
  readonly of: (action: Action, facts: Facts) => readonly number[];
}

function grouping(plan: ActionPlan, by: RollupBy): Grouping {
  const recommendations = new Map(plan.recommendations.map((r) => [r.id, r]));
  const groups: { key: string; title: string }[] = [];
  const index = new Map<string, number>();
  const add = (key: string, title: string): number => {
    let i = index.get(key);
    if (i === undefined) {
      i = groups.length;
      groups.push({ key, title });
      index.set(key, i);
    }
    return i;
  };
  switch (by) {
    case "theme": {
      for (const t of themesOf(plan.framework)) add(t.id, t.title);
      const unassigned = [add(UNASSIGNED, "Unassigned")];
      // Theme indices per recommendation, worked out once.
      const perRec = new Map<string, readonly number[]>();
      for (const r of plan.recommendations) {
        const own = (r.themes ?? []).map((id) => index.get(id)).filter((i): i is number => i !== undefined && i !== unassigned[0]);
        perRec.set(r.id, own.length > 0 ? [...new Set(own)] : unassigned);
      }
      return { groups, of: (a) => perRec.get(a.recommendation) ?? unassigned };
    }
    case "recommendation": {
      for (const r of plan.recommendations) add(r.id, r.title);
      return { groups, of: (a) => [recommendations.has(a.recommendation) ? index.get(a.recommendation)! : add(UNASSIGNED, "Unassigned")] };
    }
    case "heading": {
      for (const r of plan.recommendations) if (r.heading !== undefined) add(r.heading, r.heading);
      return {
        groups,
        of: (a) => {
          const h = recommendations.get(a.recommendation)?.heading;
          return [h !== undefined ? index.get(h)! : add(UNASSIGNED, "No heading")];
        },
      };
    }
    case "owner":
      return {
        groups,
        of: (a) => {
          const owners = (a.owners ?? []).map((o) => o.trim()).filter((o) => o !== "");
          return owners.length > 0 ? [...new Set(owners.map((o) => add(o, o)))] : [add(UNASSIGNED, "No owner")];
        },
      };
    case "status":
      for (const s of STATUSES) add(s, s);
      return { groups, of: (_a, f) => [index.get(f.status)!] };
  }
}

function toGroup<K extends string>(key: K, title: string, t: Tally, options: SummaryOptions, scheme: "rag" | "brag"): RollupGroup<K> {
  const status = t.statusSummary(options);
  return {
    key,
    title,
    actions: t.total,
    overdue: t.overdue,
    noTarget: t.noTarget,
    completePercent: status.percentages.complete,
    status,
    rag: t.ragSummary(options, scheme),
  };
}

/**
 * Groups a plan's actions by theme, recommendation, owner, heading or status and
 * gives each group its counts, status and RAG breakdowns with percentages, overdue
 * count and complete percentage, plus the plan total.
 *
 * An action counts under every group it belongs to (every theme of its
 * recommendation, every one of its owners) and once in the total. Groups keep a
 * fixed order: themes in framework order, then "unassigned"; recommendations,
 * headings and owners in plan order; statuses in {@link STATUSES} order. Themes
 * and recommendations with no actions are listed with zeros. Only per-group
 * totals are held, never copies of the actions.
 *
 * @param plan - The plan.
 * @param options - `by`, and the options of the summaries.
 * @category Statistics
 * @example
 * ```ts
 * import { rollup } from "peer-challenge";
 * const byOwner = rollup(kingston, { by: "owner", asOf: "2019-06-30" });
 * byOwner.groups[0];
 * //=> { key: "Stephen Evans", title: "Stephen Evans", actions: 25, overdue: 3, ... }
 * ```
 */
export function rollup(plan: ActionPlan, options: RollupOptions): Rollup {
  const ctx = makeContext(plan.actions, options);
  const g = grouping(plan, options.by);
  const tallies: Tally[] = [];
  const total = new Tally();
  for (const action of plan.actions) {
    const facts = classify(action, ctx);
    total.add(facts);
    for (const i of g.of(action, facts)) (tallies[i] ??= new Tally()).add(facts);
  }
  return {
    by: options.by,
    groups: g.groups.map((grp, i) => toGroup(grp.key, grp.title, tallies[i] ?? new Tally(), options, ctx.scheme)),
    total: toGroup("total", "All actions", total, options, ctx.scheme),
  };
}

/**
 * The rollup by theme: all five themes of the plan's framework in framework order,
 * then "unassigned" for actions whose recommendation has no theme. An action counts
 * under every theme of its recommendation (use {@link rollup} for the plan total,
 * where it counts once).
 *
 * @param plan - The plan.
 * @param options - `asOf`, rounding, the RAG rule.
 * @category Statistics
 * @example
 * ```ts
 * import { rollupByTheme } from "peer-challenge";
 * rollupByTheme(kingston, { asOf: "2019-06-30" }).map((g) => [g.key, g.actions, g.overdue]);
 * //=> [["local-place-and-priority-setting", 0, 0], ["leadership-of-place", 0, 0],
 * //    ["organisational-leadership-and-governance", 13, 2], ["financial-planning-and-viability", 17, 1],
 * //    ["capacity-to-deliver", 8, 2], ["unassigned", 16, 0]]
 * ```
 */
export function rollupByTheme(plan: ActionPlan, options: SummaryOptions = {}): RollupGroup<ThemeId | "unassigned">[] {
  return rollup(plan, { ...options, by: "theme" }).groups as RollupGroup<ThemeId | "unassigned">[];
}

