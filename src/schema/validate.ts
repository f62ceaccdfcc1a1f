/**
 * validatePlan: reads anything (`unknown`) and says whether it is a usable action
 * plan, with every problem as data. It never throws.
 *
 * Steps: normalise wordings councils use (a status "Completed", a RAG "Amber") and
 * undo swapped status/target columns, each with a warning; check the shape with the
 * zod schema; keep unknown fields and warn about them; then check the rules that
 * span the plan (ids, references, themes).
 */
import type * as z from "zod";
import type { Issue } from "../model/issue.js";
import { FRAMEWORKS, type Framework } from "../model/vocabulary.js";
import { continueWith, validateFast } from "./check.js";
import type { ValidatePlanOptions, ValidationResult } from "./options.js";
import { actionPlanZod, actionZod, recommendationZod } from "./plan.js";
import type { ActionIdentity, PartialPlan, PlanRead } from "./references.js";
import type { Repair } from "./repair.js";
import { isObject, type Obj } from "./where.js";
import { fromZod } from "./zod-issues.js";

export type { InvalidPlan, ValidatePlanOptions, ValidationResult, ValidPlan } from "./options.js";
export { where } from "./where.js";

const isFramework = (v: unknown): v is Framework => (FRAMEWORKS as readonly unknown[]).includes(v);

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/**
 * What can be read of an input whose shape is wrong somewhere, for the checks beyond the
 * shape: the ids as written (repeated ids and references are found from them, readable or
 * not), and the plan's own fields with the recommendations and actions zod can read, for the
 * warning rules, so that one run reports everything.
 */
function partialPlan(raw: Obj): PartialPlan {
  const rawRecs: unknown[] = Array.isArray(raw["recommendations"]) ? raw["recommendations"] : [];
  const rawActions: unknown[] = Array.isArray(raw["actions"]) ? raw["actions"] : [];
  const framework = raw["framework"] === undefined ? "current" : isFramework(raw["framework"]) ? raw["framework"] : undefined;

  const recommendations: { id: string; at: number; themes?: readonly string[] | undefined }[] = [];
  rawRecs.forEach((r, at) => {
    const id = isObject(r) ? text(r["id"]) : undefined;
    if (id === undefined) return;
    const themes = Array.isArray((r as Obj)["themes"]) ? ((r as Obj)["themes"] as unknown[]).map((t) => (typeof t === "string" ? t : "")) : undefined;
    recommendations.push({ id, at, themes });
  });
  let anyOwner = false;
  let anyStatus = false;
  const answered = new Set<string>();
  const actions: { action: ActionIdentity; at: number }[] = [];
  rawActions.forEach((a, at) => {
    if (!isObject(a)) return;
    const owners = a["owners"];
    if (Array.isArray(owners) && owners.length > 0) anyOwner = true;
    if (a["status"] !== undefined) anyStatus = true;
    const recommendation = text(a["recommendation"]);
    if (recommendation !== undefined) answered.add(recommendation);
    const id = text(a["id"]);
    if (id === undefined) return;
    const steps = Array.isArray(a["steps"]) ? (a["steps"] as unknown[]).map((st) => ({ id: isObject(st) ? text(st["id"]) : undefined })) : undefined;
    actions.push({ action: { id, recommendation, steps }, at });
  });

  const recAt: number[] = [];
  const actionAt: number[] = [];
  const readable = (list: unknown[], schema: z.ZodType, at: number[]) =>
    list.filter((item, i) => {
      const ok = schema.safeParse(item).success;
      if (ok) at.push(i);
      return ok;
    });
  const view = actionPlanZod.safeParse({
    ...raw,
    recommendations: readable(rawRecs, recommendationZod, recAt),
    actions: readable(rawActions, actionZod, actionAt),
  });
  return {
    identities: { framework, recommendations, actionCount: rawActions.length },
    actions,
    readable: view.success ? view.data : undefined,
    recAt,
    actionAt,
    whole: { answered, anyOwner, anyStatus, actions: rawActions.length },
  };
}

/**
 * Checks that `input` is a usable action plan and says what is wrong with it,
 * without ever throwing.
 *
 * Errors (the plan is not `ok`): wrong shape or type, a missing required field,
 * a duplicate id, an action pointing at a recommendation the plan does not have,
 * an unknown status, RAG or theme. Wordings councils use ("Completed", "Amber")
 * are read as canonical values with a warning, a date in the status column is
 * recognised (and swapped back when the timescale holds the status), and unknown
 * fields are kept and reported, never silently dropped.
 *
 * Warnings: an unreadable timescale, a status in the timescale or a date in the
 * status (swapped columns), a target before the CPC, a recommendation with no
 * actions, an action with no owner, text, target or status, a reported RAG at odds
 * with status or dates (green but overdue), and a cross-reference instead of an
 * action ("See action 8.2 above").
 *
 * @param input - Anything: usually the result of `JSON.parse` or a YAML parser.
 * @param options - `asOf` for checks that depend on the date.
 * @returns `{ ok, plan?, issues }`; `plan` is present whenever the shape is right.
 * @category Validation
 * @example
 * ```ts
 * import { validatePlan } from "peer-challenge/schema";
 * const result = validatePlan(JSON.parse(text));
 * if (!result.ok) for (const i of result.issues) console.error(i.path.join("."), i.message);
 * validatePlan({ schemaVersion: 1 }).issues[0];
 * //=> { severity: "error", code: "missing-field", path: ["recommendations"], message: 'The plan: "recommendations" is missing.', hint: "Give a list." }
 * ```
 */
export function validatePlan(input: unknown, options: ValidatePlanOptions = {}): ValidationResult {
  return validateFast(input, options, readWithZod).result;
}

/**
 * The rest of {@link validatePlan} for a plan the fast reader could not read, which the
 * command calls after `validateFast`, having loaded zod only then.
 *
 * @internal
 */
export function validateRepaired(repaired: Repair, input: unknown, options: ValidatePlanOptions): ValidationResult {
  return continueWith(repaired, input, options, readWithZod).result;
}

/** zod's reading of a plan the fast reader could not read: the plan, or what can be read of it, and the shape's faults. */
function readWithZod(raw: Obj, input: unknown): { readonly read: PlanRead; readonly issues: readonly Issue[] } {
  const parsed = actionPlanZod.safeParse(raw);
  if (parsed.success) return { read: { plan: parsed.data }, issues: [] };
  return { read: { partial: partialPlan(raw) }, issues: parsed.error.issues.map((zi) => fromZod(zi, input)) };
}
