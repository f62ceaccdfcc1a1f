/**
 * Recommendations and their actions by current theme, across plans of either framework:
 * a previous-framework theme counts under its current counterpart(s) (`PREVIOUS_TO_CURRENT`),
 * and a recommendation under two themes counts under each and once in the total, as the
 * rollups count it.
 */
import type { ActionPlan } from "../model/types.js";
import type { CurrentThemeId } from "../model/vocabulary.js";
import type { RollupGroup } from "../statistics/rollup.js";
import type { PercentagesOptions } from "../statistics/percentages.js";
import type { StatusSummary } from "../statistics/tally.js";
import { PREVIOUS_TO_CURRENT } from "../model/vocabulary.js";
import { THEMES } from "../themes/index.js";
import { sumStatus } from "./sum.js";

/**
 * One current theme's figures across the plans.
 *
 * @category Portfolio
 * @example
 * ```ts
 * import { portfolioSummary, type PortfolioTheme } from "peer-challenge";
 * const themes: readonly PortfolioTheme[] = portfolioSummary([kingston, westNorfolk], { asOf: "2024-06-26" }).themes;
 * themes.map((t) => [t.key, t.recommendations]);
 * //=> [["local-priorities-and-outcomes", 0], ["organisational-and-place-leadership", 8],
 * //    ["governance-and-culture", 8], ["financial-planning-and-management", 6], ["capacity-for-improvement", 4], ["unassigned", 11]]
 * // (Kingston's 8 recommendations under organisational leadership and governance count under both its counterparts)
 * ```
 */
export interface PortfolioTheme {
  /** A current theme id, or `"unassigned"` for recommendations with no theme (and actions answering a recommendation the plan lacks). */
  readonly key: CurrentThemeId | "unassigned";
  /** The theme's title, or "Unassigned". */
  readonly title: string;
  /** How many plans have a recommendation here. */
  readonly plans: number;
  /** Recommendations under the theme, from every plan. */
  readonly recommendations: number;
  /** Their actions, cancelled ones excepted. */
  readonly actions: number;
  /** Of those, how many are overdue, each as of the date asked by its own plan's dates. */
  readonly overdue: number;
  /** Their statuses, summed over the plans, with percentages of the sums. */
  readonly status: StatusSummary;
}

/** The current themes a recommendation counts under: its own, or its previous themes' counterparts, each once. */
export function currentThemesOf(plan: ActionPlan, themes: readonly string[] | undefined): readonly CurrentThemeId[] {
  const out = new Set<CurrentThemeId>();
  for (const id of themes ?? []) {
    const mapped = plan.framework === "previous" ? (PREVIOUS_TO_CURRENT as Readonly<Record<string, readonly CurrentThemeId[]>>)[id] : undefined;
    if (mapped !== undefined) for (const c of mapped) out.add(c);
    else if (THEMES.some((t) => t.id === id)) out.add(id as CurrentThemeId);
  }
  return [...out];
}

/** What each plan gives the theme table: its recommendations' rollup groups (key "" for actions of an unknown recommendation). */
export interface PlanThemeInput {
  readonly plan: ActionPlan;
  readonly groups: readonly RollupGroup[];
}

/** The theme table: the five current themes in framework order, then "unassigned". */
export function portfolioThemes(inputs: readonly PlanThemeInput[], options: PercentagesOptions): readonly PortfolioTheme[] {
  const keys: (CurrentThemeId | "unassigned")[] = [...THEMES.map((t) => t.id as CurrentThemeId), "unassigned"];
  const acc = new Map(keys.map((k) => [k, { plans: 0, recommendations: 0, actions: 0, overdue: 0, status: [] as StatusSummary[] }]));
  for (const { plan, groups } of inputs) {
    const themesOfRecommendation = new Map(plan.recommendations.map((r) => [r.id, currentThemesOf(plan, r.themes)]));
    const seen = new Set<string>();
    for (const g of groups) {
      const rec = g.key === "" ? undefined : themesOfRecommendation.get(g.key);
      const under = rec === undefined || rec.length === 0 ? (["unassigned"] as const) : rec;
      for (const k of under) {
        const a = acc.get(k)!;
        if (g.key !== "") a.recommendations++;
        a.actions += g.actions;
        a.overdue += g.overdue;
        a.status.push(g.status);
        if (!seen.has(k) && (g.key !== "" || g.actions > 0)) {
          seen.add(k);
          a.plans++;
        }
      }
    }
  }
  return keys.map((key) => {
    const a = acc.get(key)!;
    return {
      key,
      title: key === "unassigned" ? "Unassigned" : THEMES.find((t) => t.id === key)!.title,
      plans: a.plans,
      recommendations: a.recommendations,
      actions: a.actions,
      overdue: a.overdue,
      status: sumStatus(a.status, options),
    };
  });
}
