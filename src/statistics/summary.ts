import { classifyInto, newFacts } from "../facts/action.js";
import { makeContext } from "../facts/context.js";
import { inputOf, type PlanOrActions } from "./input.js";
import { checkOptions } from "./check.js";
import type { SummaryOptions } from "./options.js";
import { Tally, type RagSummary, type StatusSummary } from "./tally.js";

function tally(input: PlanOrActions, options: SummaryOptions) {
  const { actions, plan } = inputOf(input);
  const ctx = makeContext(actions, options, undefined, plan);
  const t = new Tally();
  const facts = newFacts();
  for (const action of actions) t.add(classifyInto(action, ctx, facts));
  return { t, ctx };
}

/**
 * Counts actions by status, with percentages (largest remainder by default, so
 * whole figures sum to 100). An action with no status yet counts as not started and
 * is counted in `noStatus`; cancelled actions are left out and counted in `excluded`.
 *
 * @param input - A plan, or a list of its actions.
 * @param options - Rounding and decimals.
 * @throws RangeError for an option that is not one (a bad `asOf`, `rounding`, `decimals`...), naming the function, the option and what is allowed.
 * @throws PlanDataError for input that is not a plan or a list of actions, or a status or RAG rating it cannot read.
 * @category Statistics
 * @example
 * ```ts
 * import { statusSummary } from "peer-challenge";
 * statusSummary(kingston);
 * //=> { total: 54, counts: { "not-started": 4, "in-progress": 48, complete: 1, ongoing: 1, ... },
 * //     percentages: { "not-started": 7, "in-progress": 89, complete: 2, ongoing: 2, ... }, excluded: 0, noStatus: 2, ... }
 * ```
 */
export function statusSummary(input: PlanOrActions, options: SummaryOptions = {}): StatusSummary {
  checkOptions("statusSummary", options);
  return tally(input, options).t.statusSummary(options);
}

/**
 * Counts actions by RAG rating as of a date. The rating the council reported is
 * used where there is one; otherwise one is derived from status, due date and
 * `asOf` (see {@link RagRuleOptions}), and `derived` says how many were.
 *
 * @param input - A plan, or a list of its actions.
 * @param options - `asOf`, the RAG rule, rounding and decimals.
 * @throws RangeError for an option that is not one (a bad `asOf`, `rounding`, `decimals`...), naming the function, the option and what is allowed.
 * @throws PlanDataError for input that is not a plan or a list of actions, or a status or RAG rating it cannot read.
 * @category Statistics
 * @example
 * ```ts
 * import { ragSummary } from "peer-challenge";
 * ragSummary(kingston, { asOf: "2019-06-30" });
 * //=> { total: 54, counts: { red: 5, amber: 0, green: 49, blue: 0 }, derived: 54, scheme: "rag", ... }
 * ```
 */
export function ragSummary(input: PlanOrActions, options: SummaryOptions = {}): RagSummary {
  checkOptions("ragSummary", options);
  const { t, ctx } = tally(input, options);
  return t.ragSummary(options, ctx.scheme);
}
