/**
 * A problem found in a plan: an error (the data cannot be used as it is) or a
 * warning (it can, but something looks wrong).
 *
 * @category Validation
 * @example
 * ```ts
 * import type { Issue } from "peer-challenge";
 * const issue: Issue = {
 *   severity: "warning",
 *   code: "status-in-timescale",
 *   path: ["actions", 52, "timescale"],
 *   message: 'Action 21.5: the timescale "In progress" is a status, and the status "July 2019" is a date.',
 *   hint: "The two columns look swapped.",
 * };
 * ```
 */
export interface Issue {
  /** `error`: the plan is not valid. `warning`: it is, but something looks wrong. */
  readonly severity: "error" | "warning";
  /** A stable kebab-case code, e.g. `"duplicate-id"`; see {@link IssueCode}. */
  readonly code: IssueCode;
  /** Keys and indices from the top of the input to the fault, e.g. `["actions", 3, "status"]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in words a council officer understands. */
  readonly message: string;
  /** How to put it right, where that helps. */
  readonly hint?: string;
}

/**
 * The stable codes of validation issues.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { IssueCode } from "peer-challenge";
 * const code: IssueCode = "unknown-recommendation";
 * ```
 */
export type IssueCode =
  // errors
  | "wrong-type"
  | "missing-field"
  | "invalid-value"
  | "invalid-date"
  | "empty-value"
  | "duplicate-id"
  | "duplicate-key"
  | "unknown-recommendation"
  | "unknown-status"
  | "unknown-rag"
  | "unknown-theme"
  | "too-deep"
  | "too-large"
  // warnings
  | "unknown-field"
  | "non-canonical-status"
  | "non-canonical-rag"
  | "date-in-status"
  | "status-in-timescale"
  | "unparseable-timescale"
  | "timescale-from-plan-date"
  | "target-before-cpc"
  | "recommendation-without-actions"
  | "action-without-owner"
  | "action-without-title"
  | "action-without-target"
  | "action-without-status"
  | "rag-inconsistent"
  | "cross-reference";
