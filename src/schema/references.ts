/**
 * Errors in how a plan refers to itself: repeated ids, actions answering a recommendation
 * the plan does not have, themes of the other framework; and, with the warning rules, all
 * the issues of a plan of the right shape.
 *
 * @internal
 * @module
 */
import { hashOf } from "../hash.js";
import { makeIssue, type Issue } from "../model/issue.js";
import type { ActionPlan } from "../model/types.js";
import { CURRENT_THEME_IDS, PREVIOUS_THEME_IDS, PREVIOUS_TO_CURRENT, type Framework, type PreviousThemeId } from "../model/vocabulary.js";
import type { ValidatePlanOptions } from "./options.js";
import { checkRules, type WholePlan } from "./rules.js";
import { quote, where } from "./where.js";

/**
 * Finds repeated ids as they are added: an open-addressing table of indices, which for a
 * plan's 100,000 action ids takes half the time of a Map.
 */
class IdIndex {
  private readonly ids: string[] = [];
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.table = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** Adds the id of item i; returns the index of the first item with the same id, or -1. */
  add(id: string, i: number): number {
    const h = hashOf(id);
    let slot = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const j = this.table[slot]!;
      if (j === -1) {
        this.table[slot] = this.ids.length;
        this.ids.push(id);
        this.firstIndex.push(i);
        return -1;
      }
      if (this.ids[j] === id) return this.firstIndex[j]!;
      slot = (slot + 1) & this.mask;
    }
  }

  private readonly firstIndex: number[] = [];
}

/**
 * Errors in how the plan refers to itself: repeated ids, actions answering a
 * recommendation the plan does not have, themes of the other framework. The checks of
 * each action run inside the rules' pass over the actions (`check`), so that a large
 * plan is read once; their errors still come before the rules' warnings.
 */
// Long because: the plan-wide index (ids, recommendations, themes) and the per-action check that uses it are one closure, so a large plan is read once.
export function crossReferences(plan: Identities, input: unknown): { readonly issues: Issue[]; readonly check: (a: ActionIdentity, i: number) => void } {
  const issues: Issue[] = [];
  const framework: Framework | undefined = plan.framework;
  const recIds = new Map<string, number>();
  plan.recommendations.forEach((r) => {
    const i = r.at;
    const first = recIds.get(r.id);
    if (first !== undefined) {
      issues.push(
        makeIssue(
          "duplicate-id",
          ["recommendations", i, "id"],
          `Recommendation ${r.id} appears twice (entries ${first + 1} and ${i + 1}).`,
          "Give each recommendation its own id.",
          { value: r.id },
        ),
      );
    } else recIds.set(r.id, i);
    r.themes?.forEach((id, j) => {
      const of = frameworkOf(id);
      if (of !== undefined && framework !== undefined && of !== framework) {
        const counterpart = of === "previous" ? PREVIOUS_TO_CURRENT[id as PreviousThemeId] : undefined;
        issues.push(
          makeIssue(
            "unknown-theme",
            ["recommendations", i, "themes", j],
            `Recommendation ${r.id}: "${id}" is a theme of the ${of} framework, but the plan uses the ${framework} one.`,
            counterpart
              ? `Use ${counterpart.map((c) => `"${c}"`).join(" or ")}, or set "framework": "previous".`
              : `Set "framework": "${of}" if the plan uses that framework.`,
          ),
        );
      }
    });
  });
  const actionIds = new IdIndex(plan.actionCount);
  let lastKnown: string | undefined;
  const check = (a: ActionIdentity, i: number): void => {
    const first = actionIds.add(a.id, i);
    if (first >= 0) {
      issues.push(
        makeIssue(
          "duplicate-id",
          ["actions", i, "id"],
          `Action ${a.id} appears twice (entries ${first + 1} and ${i + 1}).`,
          "Give each action its own number.",
          {
            value: a.id,
          },
        ),
      );
    }
    // Actions come recommendation by recommendation: remember the last one found.
    const rec = a.recommendation;
    if (rec !== undefined && rec !== lastKnown) {
      if (recIds.has(rec)) lastKnown = rec;
      else {
        issues.push(
          makeIssue(
            "unknown-recommendation",
            ["actions", i, "recommendation"],
            `${where(["actions", i], input)}: it answers recommendation ${quote(rec)}, which the plan does not have.`,
            recIds.size > 0
              ? `Known recommendations: ${[...recIds.keys()].slice(0, 10).join(", ")}${recIds.size > 10 ? ", ..." : ""}.`
              : 'Add the recommendation to "recommendations".',
            { value: rec, allowed: [...recIds.keys()] },
          ),
        );
      }
    }
    const steps = a.steps;
    if (steps !== undefined && steps.length > 1) {
      // An action has a handful of steps: comparing each with those before it beats making
      // a Set, up to a length where the comparisons would cost more.
      const seen = steps.length > 16 ? new Set<string>() : undefined;
      for (let j = 0; j < steps.length; j++) {
        const id = steps[j]!.id;
        if (id === undefined) continue;
        let repeated = false;
        if (seen) {
          repeated = seen.has(id);
          seen.add(id);
        } else for (let k = 0; k < j && !repeated; k++) repeated = steps[k]!.id === id;
        if (repeated)
          issues.push(makeIssue("duplicate-id", ["actions", i, "steps", j, "id"], `Action ${a.id}: step ${id} appears twice.`, undefined, { value: id }));
      }
    }
  };
  return { issues, check };
}

/** The ids of a plan that cross-references are checked on: its own, or those of a plan only partly readable. */
export interface Identities {
  /** The framework, when it could be read (themes of the other one are then errors). */
  readonly framework: Framework | undefined;
  /** Each recommendation with an id, `at` its index in the input. */
  readonly recommendations: readonly { readonly id: string; readonly at: number; readonly themes?: readonly string[] | undefined }[];
  /** How many actions there are, to size the table of their ids. */
  readonly actionCount: number;
}

/** What the cross-reference checks read of an action: its id, the recommendation it answers and its steps' ids. */
export interface ActionIdentity {
  readonly id: string;
  readonly recommendation?: string | undefined;
  readonly steps?: readonly { readonly id?: string | undefined }[] | undefined;
}

function identities(plan: ActionPlan): Identities {
  return {
    framework: plan.framework ?? "current",
    recommendations: plan.recommendations.map((r, at) => ({ id: r.id, at, themes: r.themes })),
    actionCount: plan.actions.length,
  };
}

/**
 * A plan whose shape is wrong somewhere: the ids as written (readable or not), and the
 * parts that could be read, for the warning rules. Made by validatePlan after zod.
 */
export interface PartialPlan {
  /** The recommendations' ids and themes as written. */
  readonly identities: Identities;
  /** Each action of the input with an id, `at` its index there. */
  readonly actions: readonly { readonly action: ActionIdentity; readonly at: number }[];
  /** The plan's own fields with the recommendations and actions that could be read, when the plan's own fields can be. */
  readonly readable: ActionPlan | undefined;
  /** The index in the input of each readable recommendation and action. */
  readonly recAt: readonly number[];
  readonly actionAt: readonly number[];
  /** What the rules must know of the whole input, not only of its readable parts. */
  readonly whole: WholePlan;
}

/** What the rules are run on: a plan of the right shape, or the readable parts of one that is not. */
export type PlanRead = { readonly plan: ActionPlan } | { readonly partial: PartialPlan };

/**
 * The errors and warnings of a plan, after any about its wordings, shape and fields: the
 * cross-references, then the warning rules. A plan only partly readable has its references
 * checked from the ids as written and the rules run on the parts that could be read (paths
 * put back to the input's), so that one run reports everything.
 */
export function planIssues(read: PlanRead, input: unknown, options: ValidatePlanOptions, issues: Issue[]): Issue[] {
  if ("plan" in read) {
    const references = crossReferences(identities(read.plan), input);
    const rules = checkRules(read.plan, options, references.check);
    issues.push(...references.issues, ...rules);
    return issues;
  }
  const { partial } = read;
  const references = crossReferences(partial.identities, input);
  for (const { action, at } of partial.actions) references.check(action, at);
  const rules =
    partial.readable === undefined
      ? []
      : checkRules(partial.readable, options, undefined, partial.whole).map((issue) => {
          const [top, k] = issue.path;
          const at = top === "actions" ? partial.actionAt : top === "recommendations" ? partial.recAt : undefined;
          return at && typeof top === "string" && typeof k === "number" ? { ...issue, path: [top, at[k] ?? k, ...issue.path.slice(2)] } : issue;
        });
  issues.push(...references.issues, ...rules);
  return issues;
}

/** The framework a theme id belongs to, or undefined for an id of neither. */
function frameworkOf(id: string): Framework | undefined {
  if ((CURRENT_THEME_IDS as readonly string[]).includes(id)) return "current";
  return (PREVIOUS_THEME_IDS as readonly string[]).includes(id) ? "previous" : undefined;
}
