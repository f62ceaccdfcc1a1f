/**
 * Validation of a plan of the right shape, without zod: wordings repaired, the fast
 * reader, unknown fields, cross-references and the rules. Only a plan the fast reader
 * cannot read needs zod (validate.ts), which is how `cpc validate` on a good file starts
 * without loading it.
 *
 * @internal
 * @module
 */
import type { ActionPlan } from "../model/types.js";
import { makeIssue, type Issue } from "../model/issue.js";
import { extraIssues, fastParse, type Seen } from "./extras.js";
import { planIssues } from "./references.js";
import { repair, type Repair } from "./repair.js";
import type { ValidatePlanOptions, ValidationResult } from "./options.js";
import { describeType, isObject } from "./where.js";

/** The result for a plan read, with its issues. */
export function result(plan: ActionPlan, issues: Issue[]): ValidationResult {
  return issues.some((i) => i.severity === "error") ? { ok: false, plan, issues } : { ok: true, plan, issues };
}

/**
 * The result for a plan the fast reader can read (after repair), or the repair made, for
 * zod to read: `validatePlan` without zod in the common case.
 */
export function validateFast(input: unknown, options: ValidatePlanOptions = {}): { readonly result: ValidationResult } | { readonly repaired: Repair } {
  if (!isObject(input)) {
    return {
      result: {
        ok: false,
        issues: [
          makeIssue(
            "wrong-type",
            [],
            `The plan should be an object with "schemaVersion", "council", "peerChallenge", "recommendations" and "actions", not ${describeType(input)}.`,
          ),
        ],
      },
    };
  }
  // The fast reader accepts only canonical wordings, so a plan it reads as it is needs no
  // repair; otherwise repair it and, if anything changed, read it again.
  let seen: Seen = new Map();
  let fast = fastParse(input, input, seen);
  let repaired: Repair = { issues: [], input };
  if (fast === undefined) {
    repaired = repair(input, options.wordings);
    if (repaired.input !== input) {
      seen = new Map();
      fast = fastParse(repaired.input, input, seen);
    }
  }
  if (fast === undefined) return { repaired };
  return { result: result(fast, planIssues(fast, input, options, [...repaired.issues, ...extraIssues(seen)])) };
}
