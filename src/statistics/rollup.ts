import type { Action, ActionPlan } from "../model/types.js";
import { STATUSES, type Status, type ThemeId } from "../model/vocabulary.js";
import { themesOf } from "../themes/index.js";
import { checkOptions } from "./check.js";
import { classify, classifyInto, newFacts } from "../facts/action.js";
import { makeContext, type Context } from "../facts/context.js";
import { CodeCounts, codesApply } from "./codes.js";
import { actionsOf } from "./input.js";
import type { SummaryOptions } from "./options.js";
import { addFacts, ROW, Tally, type RagSummary, type StatusSummary } from "./tally.js";

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
 * const groups: readonly RollupGroup[] = rollupByTheme(kingston, { asOf: "2019-06-30" });
 * groups[3]?.title;
 * //=> "Financial planning and viability"
 * ```
 */
export interface RollupGroup<K extends string = string> {
  /**
   * The group: a theme id, recommendation id, owner, heading or status. Actions with no
   * theme are under `"unassigned"` (no theme id is that); actions with no owner or heading,
   * or answering a recommendation the plan lacks, are under `""`, which no name can be, so
   * an owner or heading called "unassigned" is a group of its own.
   */
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
export interface RollupOptions<B extends RollupBy = RollupBy> extends SummaryOptions {
  /** What to group by. */
  readonly by: B;
}

/**
 * The keys of a rollup's groups, by what it groups by: theme ids (or `"unassigned"`),
 * statuses, or the recommendation ids, owners and headings the plan gives (or `""` for
 * none: a key no name can be).
 *
 * @category Statistics
 * @example
 * ```ts
 * import { rollup, type RollupKey, type Status } from "peer-challenge";
 * const first = rollup(kingston, { by: "status" }).groups[0];
 * const key: RollupKey<"status"> | undefined = first?.key;
 * const status: Status | undefined = key; // no cast
 * ```
 */
export type RollupKey<B extends RollupBy> = {
  /** A theme id of the plan's framework, or `"unassigned"` for actions whose recommendation has none. */
  readonly theme: ThemeId | "unassigned";
  /** A status. */
  readonly status: Status;
  /** A recommendation id, or `""` for actions answering one the plan lacks. */
  readonly recommendation: string;
  /** An owner's name as given (trimmed), or `""` for actions with no owner. */
  readonly owner: string;
  /** A heading as given, or `""` for recommendations with none. */
  readonly heading: string;
}[B];

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
export interface Rollup<B extends RollupBy = RollupBy> {
  /** What the actions were grouped by. */
  readonly by: B;
  /** One entry per group, in a fixed order, keyed as {@link RollupKey} says. */
  readonly groups: readonly RollupGroup<RollupKey<B>>[];
  /** The whole plan, every action counted once. */
  readonly total: RollupGroup<"total">;
}

// Stryker disable StringLiteral: top-level constants, which the vitest runner never reloads for a mutant; changed by hand (2026-11-24), each made 3 to 7 rollup tests fail
/** The theme group of actions with no theme: not a theme id. */
const UNASSIGNED = "unassigned";
/** The group of actions with no owner or heading, or an unknown recommendation: not a name (names are trimmed and not blank). */
const NONE = "";
// Stryker restore StringLiteral

/**
 * How actions fall into groups. Theme, recommendation and heading groups all follow from
 * an action's recommendation, and status groups from its status, so those count each
 * action once into a small bucket and add the buckets into groups at the end; owners are
 * per action.
 */
type Grouping =
  | {
      readonly groups: { key: string; title: string }[];
      readonly buckets: number;
      /** The bucket of each recommendation, or undefined to count by status. */
      readonly byRecommendation: ReadonlyMap<string, number> | undefined;
      /** The groups each bucket counts towards. */
      readonly groupsOf: readonly (readonly number[])[];
    }
  | {
      readonly groups: { key: string; title: string }[];
      /** Indices of the groups an action belongs to. */
      readonly of: (action: Action) => readonly number[];
    };

function grouping(plan: ActionPlan, by: RollupBy): Grouping {
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
  if (by === "owner") {
    return {
      groups,
      of: (a) => {
        const owners = (a.owners ?? []).map((o) => o.trim()).filter((o) => o !== "");
        return owners.length > 0 ? [...new Set(owners.map((o) => add(o, o)))] : [add(NONE, "No owner")];
      },
    };
  }
  if (by === "status") {
    for (const s of STATUSES) add(s, s); // group i is STATUSES[i], counted in bucket i
    return { groups, buckets: STATUSES.length, byRecommendation: undefined, groupsOf: STATUSES.map((_, i) => [i]) };
  }
  // One bucket per recommendation, and a last one for actions whose recommendation is unknown.
  const recIndex = new Map(plan.recommendations.map((r, i) => [r.id, i]));
  const unknownBucket = plan.recommendations.length;
  let groupsOf: number[][];
  if (by === "theme") {
    for (const t of themesOf(plan.framework)) add(t.id, t.title);
    const unassigned = add(UNASSIGNED, "Unassigned");
    groupsOf = plan.recommendations.map((r) => {
      const own = (r.themes ?? []).map((id) => index.get(id)).filter((i): i is number => i !== undefined && i !== unassigned);
      return own.length > 0 ? [...new Set(own)] : [unassigned];
    });
    groupsOf.push([unassigned]);
  } else if (by === "recommendation") {
    groupsOf = plan.recommendations.map((r) => [add(r.id, r.title)]);
    groupsOf.push([-1]);
  } else {
    // A blank heading is no heading: "" is the key of the recommendations with none.
    const headingOf = (r: (typeof plan.recommendations)[number]) => (r.heading !== undefined && r.heading.trim() !== "" ? r.heading : undefined);
    for (const r of plan.recommendations) {
      const h = headingOf(r);
      if (h !== undefined) add(h, h);
    }
    groupsOf = plan.recommendations.map((r) => {
      const h = headingOf(r);
      return [h !== undefined ? index.get(h)! : -1];
    });
    groupsOf.push([-1]);
  }
  return { groups, buckets: unknownBucket + 1, byRecommendation: recIndex, groupsOf };
}

/**
 * Counts actions into one row of counters per bucket (a recommendation's, or a status's when
 * `byRecommendation` is undefined), in a single array. Actions of the common kind are counted
 * by code (see codes.ts) and the codes' facts added at the end; the rest are classified one at
 * a time into one facts object reused throughout.
 */
function countBuckets(
  actions: readonly Action[],
  buckets: number,
  byRecommendation: ReadonlyMap<string, number> | undefined,
  ctx: Context,
): { readonly rows: Float64Array; readonly sawBlue: boolean } {
  const rows = new Float64Array(buckets * ROW);
  const facts = newFacts();
  // By status, every action of the common kind counts in one histogram, split by status at the end.
  const byCode = codesApply(ctx) ? new CodeCounts(byRecommendation === undefined ? 1 : buckets, ctx) : undefined;
  let sawBlue = false;
  const unknownBucket = buckets - 1;
  for (let k = 0; k < actions.length; k++) {
    const action = actions[k]!;
    const code = byCode !== undefined ? byCode.codeOf(action) : -1;
    if (code < 0) {
      classifyInto(action, ctx, facts);
      // The context keeps blue (BRAG), so a reported blue shows in the facts.
      if (facts.rag === "blue" && !facts.ragDerived) sawBlue = true;
    }
    // (A cache of the last recommendation's bucket saves nothing where they come in turn, and costs a comparison.)
    const bucket =
      byRecommendation !== undefined ? (byRecommendation.get(action.recommendation) ?? unknownBucket) : code < 0 ? STATUSES.indexOf(facts.status) : 0;
    if (code >= 0) byCode!.add(code, bucket);
    else addFacts(rows, bucket * ROW, facts);
  }
  if (byCode !== undefined && byCode.addInto(rows, (b, f) => (byRecommendation === undefined ? STATUSES.indexOf(f.status) : b) * ROW, facts)) sawBlue = true;
  return { rows, sawBlue };
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
 * @throws RangeError for an option that is not one (a bad `asOf`, `rounding`, `decimals`...), naming the function, the option and what is allowed.
 * @throws PlanDataError for input that is not a plan or a list of actions, or a status or RAG rating it cannot read.
 * @category Statistics
 * @example
 * ```ts
 * import { rollup } from "peer-challenge";
 * const byOwner = rollup(kingston, { by: "owner", asOf: "2019-06-30" });
 * byOwner.groups[0];
 * //=> { key: "Stephen Evans", title: "Stephen Evans", actions: 25, overdue: 3, ... }
 * ```
 */
export function rollup<B extends RollupBy>(plan: ActionPlan, options: RollupOptions<B>): Rollup<B> {
  checkOptions("rollup", options, ["by"]);
  actionsOf(plan);
  const g = grouping(plan, options.by);
  // Count in the BRAG scheme and settle the scheme at the end, rather than read every
  // action first to see whether any is reported blue.
  const ctx = makeContext(plan.actions, options, "brag", plan);
  const schemeOfPlan = options.scheme ?? plan.ragScheme;
  let sawBlue = false;
  const total = new Tally();
  // Sparse: a group with no action has no tally.
  const tallies: (Tally | undefined)[] = [];
  if ("of" in g) {
    for (const action of plan.actions) {
      const facts = classify(action, ctx);
      if (facts.rag === "blue" && !facts.ragDerived) sawBlue = true;
      total.add(facts);
      for (const i of g.of(action)) (tallies[i] ??= new Tally()).add(facts);
    }
  } else {
    const counted = countBuckets(plan.actions, g.buckets, g.byRecommendation, ctx);
    sawBlue = counted.sawBlue;
    // -1: the actions of an unknown recommendation, or of one with no heading.
    let unassigned = -1;
    const unassignedIndex = () => {
      if (unassigned < 0) {
        unassigned = g.groups.length;
        g.groups.push({ key: NONE, title: options.by === "heading" ? "No heading" : "Unknown recommendation" });
      }
      return unassigned;
    };
    for (let b = 0; b < g.buckets; b++) {
      const bucket = new Tally(counted.rows, b * ROW);
      if (bucket.empty) continue;
      total.merge(bucket);
      for (const i of g.groupsOf[b]!) (tallies[i < 0 ? unassignedIndex() : i] ??= new Tally()).merge(bucket);
    }
  }
  const scheme = schemeOfPlan ?? (sawBlue ? "brag" : "rag");
  if (scheme === "rag") for (const t of [total, ...tallies]) t?.foldBlueIntoGreen();
  return {
    by: options.by,
    // The grouping makes keys of the kind `by` names (checked by the tests of each kind).
    groups: g.groups.map((grp, i) => toGroup(grp.key as RollupKey<B>, grp.title, tallies[i] ?? new Tally(), options, scheme)),
    total: toGroup("total", "All actions", total, options, scheme),
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
 * @throws RangeError for an option that is not one (a bad `asOf`, `rounding`, `decimals`...), naming the function, the option and what is allowed.
 * @throws PlanDataError for input that is not a plan or a list of actions, or a status or RAG rating it cannot read.
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
export function rollupByTheme(plan: ActionPlan, options: SummaryOptions = {}): readonly RollupGroup<ThemeId | "unassigned">[] {
  checkOptions("rollupByTheme", options);
  return rollup(plan, { ...options, by: "theme" }).groups;
}
