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
import type { ActionPlan } from "../model/types.js";
import type { Issue } from "../model/issue.js";
import { FRAMEWORKS, type Framework } from "../model/vocabulary.js";
import { result, validateFast } from "./check.js";
import type { ValidatePlanOptions, ValidationResult } from "./options.js";
import { extraIssues, keepExtras, reportRawExtras, type Seen } from "./extras.js";
import { actionPlanZod, actionZod, recommendationZod } from "./plan.js";
import { crossReferences, planIssues } from "./references.js";
import { checkRules } from "./rules.js";
import { isObject, type Obj } from "./where.js";
import { fromZod } from "./zod-issues.js";

export type { InvalidPlan, ValidatePlanOptions, ValidationResult, ValidPlan } from "./options.js";
export { where } from "./where.js";

const isFramework = (v: unknown): v is Framework => (FRAMEWORKS as readonly unknown[]).includes(v);

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/**
 * The faults found beyond the shape, in an input whose shape is wrong somewhere: unknown
 * fields, repeated ids and references (from the ids as written, readable or not), and the
 * warning rules over the actions and recommendations that could be read, so that one run
 * reports everything. Paths are the input's.
 */
function partialIssues(raw: Obj, input: unknown, options: ValidatePlanOptions): Issue[] {
  const seen: Seen = new Map();
  reportRawExtras(raw, input, seen);
  const rawRecs: unknown[] = Array.isArray(raw["recommendations"]) ? raw["recommendations"] : [];
  const rawActions: unknown[] = Array.isArray(raw["actions"]) ? raw["actions"] : [];
  const framework = raw["framework"] === undefined ? "current" : isFramework(raw["framework"]) ? raw["framework"] : undefined;

  // Cross-references, from the ids as written.
  const recommendations: { id: string; at: number; themes?: readonly string[] | undefined }[] = [];
  rawRecs.forEach((r, at) => {
    const id = isObject(r) ? text(r["id"]) : undefined;
    if (id === undefined) return;
    const themes = Array.isArray((r as Obj)["themes"]) ? ((r as Obj)["themes"] as unknown[]).map((t) => (typeof t === "string" ? t : "")) : undefined;
    recommendations.push({ id, at, themes });
  });
  const references = crossReferences({ framework, recommendations, actionCount: rawActions.length }, input);
  let anyOwner = false;
  let anyStatus = false;
  const answered = new Set<string>();
  rawActions.forEach((a, i) => {
    if (!isObject(a)) return;
    const owners = a["owners"];
    if (Array.isArray(owners) && owners.length > 0) anyOwner = true;
    if (a["status"] !== undefined) anyStatus = true;
    const recommendation = text(a["recommendation"]);
    if (recommendation !== undefined) answered.add(recommendation);
    const id = text(a["id"]);
    if (id === undefined) return;
    const steps = Array.isArray(a["steps"]) ? (a["steps"] as unknown[]).map((st) => ({ id: isObject(st) ? text(st["id"]) : undefined })) : undefined;
    references.check({ id, recommendation, steps }, i);
  });

  // The warning rules, over the parts that could be read, when the plan's own fields can be.
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
  const rules = view.success
    ? checkRules(view.data as ActionPlan, options, undefined, { answered, anyOwner, anyStatus, actions: rawActions.length }).map((issue) => {
        const [top, k] = issue.path;
        const at = top === "actions" ? actionAt : top === "recommendations" ? recAt : undefined;
        return at && typeof top === "string" && typeof k === "number" ? { ...issue, path: [top, at[k] ?? k, ...issue.path.slice(2)] } : issue;
      })
    : [];
  return [...extraIssues(seen), ...references.issues, ...rules];
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
  const fast = validateFast(input, options);
  if ("result" in fast) return fast.result;
  const { repaired } = fast;
  const parsed = actionPlanZod.safeParse(repaired.input);
  if (!parsed.success) {
    const issues = [...repaired.issues, ...parsed.error.issues.map((zi) => fromZod(zi, input))];
    if (isObject(repaired.input)) issues.push(...partialIssues(repaired.input, input, options));
    return { ok: false, issues };
  }
  const plan = parsed.data as ActionPlan;
  const issues = [...repaired.issues];
  keepExtras(repaired.input, plan, input, issues);
  planIssues(plan, input, options, issues);
  return result(plan, issues);
}
