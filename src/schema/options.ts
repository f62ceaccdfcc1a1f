/**
 * What validatePlan takes and gives: its options and its result. Types only, in a module of
 * their own so that the checks that use them import no other check.
 */
import type { Issue } from "../model/issue.js";
import type { ActionPlan } from "../model/types.js";
import type { Wordings } from "../status/index.js";

/**
 * Options for {@link validatePlan}.
 *
 * @category Validation
 * @example
 * ```ts
 * import { validatePlan, type ValidatePlanOptions } from "peer-challenge/schema";
 * const options: ValidatePlanOptions = { asOf: "2019-06-30" };
 * ```
 */
export interface ValidatePlanOptions {
  /** The date to judge due dates against (reported RAG consistency). Default: today in Europe/London. */
  readonly asOf?: string | undefined;
  /**
   * The council's own words for statuses and RAG ratings, read before the ones
   * peer-challenge knows: `{ "Behind schedule": { status: "in-progress", rag: "red" } }`.
   */
  readonly wordings?: Wordings | undefined;
}

/**
 * The result of {@link validatePlan}, which narrows on `ok`: when `ok` is true there is
 * no error and `plan` is the validated plan; when false, `plan` is there whenever its
 * shape could be read (rule errors only), and `issues` says what is wrong.
 *
 * @category Validation
 * @example
 * ```ts
 * import { validatePlan, type ValidationResult } from "peer-challenge/schema";
 * import { statusSummary } from "peer-challenge";
 * const result: ValidationResult = validatePlan(JSON.parse("{}"));
 * if (result.ok) statusSummary(result.plan); // no cast: result.plan is an ActionPlan here
 * else result.issues.length;
 * //=> 3 (no schemaVersion, no recommendations, no actions)
 * ```
 */
export type ValidationResult = ValidPlan | InvalidPlan;

/**
 * A {@link ValidationResult} with no error.
 *
 * @category Validation
 * @example
 * ```ts
 * import { validatePlan, type ValidPlan } from "peer-challenge/schema";
 * const r = validatePlan({});
 * const valid: ValidPlan | undefined = r.ok ? r : undefined;
 * ```
 */
export interface ValidPlan {
  /** No issue is an error. */
  readonly ok: true;
  /**
   * The plan, canonical and typed. Parts of the input already in that form (known fields
   * only, in the schema's order) are the input's own objects, not copies; the rest are
   * corrected copies. The input itself is never changed.
   */
  readonly plan: ActionPlan;
  /** Every warning, in the order found. */
  readonly issues: readonly Issue[];
}

/**
 * A {@link ValidationResult} with at least one error.
 *
 * @category Validation
 * @example
 * ```ts
 * import { validatePlan, type InvalidPlan } from "peer-challenge/schema";
 * const r = validatePlan({});
 * const invalid: InvalidPlan | undefined = r.ok ? undefined : r;
 * ```
 */
export interface InvalidPlan {
  /** At least one issue is an error. */
  readonly ok: false;
  /** The plan, whenever its shape could be read (the errors are then rule errors). */
  readonly plan?: ActionPlan | undefined;
  /** Every error and warning, in the order found. */
  readonly issues: readonly Issue[];
}
