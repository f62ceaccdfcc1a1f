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
import { readShape, type SlowReader } from "./extras.js";
import { planIssues } from "./references.js";
import { repair, type Repair } from "./repair.js";
import type { ValidatePlanOptions, ValidationResult } from "./options.js";
import { describeType, isObject, type Obj } from "./where.js";

/** The result for a plan read, with its issues. */
export function result(plan: ActionPlan, issues: Issue[]): ValidationResult {
  return issues.some((i) => i.severity === "error") ? { ok: false, plan, issues } : { ok: true, plan, issues };
}

/**
 * Validation in one pass, each step once: the shape checked to be an object, wordings
 * repaired, the shape and unknown fields read (the fast reader; `slow`, zod, only for a
 * plan it cannot read), then the checks beyond the shape. Without `slow` (the command, which
 * has not loaded zod yet), a plan the fast reader cannot read comes back repaired, for
 * {@link continueWith}.
 */
export function validateFast(
  input: unknown,
  options: ValidatePlanOptions,
  slow?: undefined,
): { readonly result: ValidationResult } | { readonly repaired: Repair };
export function validateFast(input: unknown, options: ValidatePlanOptions, slow: SlowReader): { readonly result: ValidationResult };
export function validateFast(
  input: unknown,
  options: ValidatePlanOptions,
  slow?: SlowReader,
): { readonly result: ValidationResult } | { readonly repaired: Repair } {
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
  // Repair first: it looks at each action's status and RAG and copies only an action that
  // needs a change, so a plan in canonical wordings comes back as it is.
  return continueWith(repair(input, options.wordings), input, options, slow);
}

/** The steps of {@link validateFast} after the repair: the shape and unknown fields read, then the checks beyond the shape. */
export function continueWith(repaired: Repair, input: unknown, options: ValidatePlanOptions, slow: SlowReader): { readonly result: ValidationResult };
export function continueWith(
  repaired: Repair,
  input: unknown,
  options: ValidatePlanOptions,
  slow?: SlowReader,
): { readonly result: ValidationResult } | { readonly repaired: Repair };
export function continueWith(
  repaired: Repair,
  input: unknown,
  options: ValidatePlanOptions,
  slow?: SlowReader,
): { readonly result: ValidationResult } | { readonly repaired: Repair } {
  const shape = readShape(repaired.input as Obj, input, slow);
  if (shape === undefined) return { repaired };
  const issues = planIssues(shape.read, input, options, [...repaired.issues, ...shape.issues]);
  return { result: "plan" in shape.read ? result(shape.read.plan, issues) : { ok: false, issues } };
}
