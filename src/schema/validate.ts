/**
 * validatePlan: reads anything (`unknown`) and says whether it is a usable action
 * plan, with every problem as data. It never throws.
 *
 * Steps: normalise wordings councils use (a status "Completed", a RAG "Amber") and
 * undo swapped status/target columns, each with a warning; check the shape with the
 * zod schema; keep unknown fields and warn about them; then check the rules that
 * span the plan (ids, references, themes).
 */
import type { z } from "zod";
import type { ActionPlan } from "../model/types.js";
import type { Issue } from "../model/issue.js";
import { FRAMEWORKS, isRag, isStatus, RAGS, STATUSES, type Framework } from "../model/vocabulary.js";
import { normaliseRag, normaliseStatus, wordingOf, type Wordings } from "../status/index.js";
import { PREVIOUS_TO_CURRENT, themeById } from "../themes/index.js";
import { readStatus } from "../status/read.js";
import { parsePlanFast, type ExtraFields, type Kind } from "./fast.js";
import { checkRules, error, warning } from "./rules.js";
import { actionPlanZod, actionZod, recommendationZod, stepZod, updateZod } from "./plan.js";

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
 * //=> 1
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

type Path = (string | number)[];
type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
const isFramework = (v: unknown): v is Framework => (FRAMEWORKS as readonly unknown[]).includes(v);

/** "Action 1.4", "Recommendation R3", "Step 2.1 b" or "The plan", for messages. */
export function where(path: readonly (string | number)[], input: unknown): string {
  if (!isObject(input)) return "The plan";
  const [top, i, sub, j] = path;
  const list = top === "actions" || top === "recommendations" ? input[top] : undefined;
  if (typeof i !== "number" || !Array.isArray(list)) return "The plan";
  const item: unknown = list[i];
  const id = isObject(item) && typeof item["id"] === "string" && item["id"] !== "" ? item["id"] : `#${i + 1}`;
  if (top === "recommendations") return `Recommendation ${id}`;
  if ((sub === "steps" || sub === "updates") && typeof j === "number" && isObject(item) && Array.isArray(item[sub])) {
    const child: unknown = (item[sub] as unknown[])[j];
    const cid = isObject(child) && typeof child["id"] === "string" ? child["id"] : child && isObject(child) && typeof child["date"] === "string" ? child["date"] : `#${j + 1}`;
    return sub === "steps" ? `Action ${id}, step ${cid}` : `Action ${id}, update ${cid}`;
  }
  return `Action ${id}`;
}

const quote = (v: unknown): string => {
  const s = typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
};

// ---------------------------------------------------------------------------
// 1. Wordings and swapped columns

interface Repair {
  readonly issues: readonly Issue[];
  readonly input: unknown;
}


/** Whether the status and RAG of an action, its steps and updates need no repair: the common case. */
function canonical(action: Obj): boolean {
  const status = action["status"];
  const rag = action["rag"];
  if ((typeof status === "string" && !isStatus(status)) || (typeof rag === "string" && !isRag(rag))) return false;
  return childrenCanonical(action["steps"]) && childrenCanonical(action["updates"]);
}

function childrenCanonical(list: unknown): boolean {
  if (!Array.isArray(list)) return true;
  for (const child of list) {
    if (!isObject(child)) continue;
    const s = child["status"];
    const r = child["rag"];
    if ((typeof s === "string" && !isStatus(s)) || (typeof r === "string" && !isRag(r))) return false;
  }
  return true;
}

/** Canonicalises status and RAG wordings on a copy; the input is never changed. */
function repair(input: unknown, wordings: Wordings | undefined): Repair {
  const issues: Issue[] = [];
  if (!isObject(input) || !Array.isArray(input["actions"])) return { issues, input };
  const actions = input["actions"] as unknown[];
  let changedActions: unknown[] | undefined;
  actions.forEach((raw, i) => {
    if (!isObject(raw) || canonical(raw)) return;
    let action: Obj = raw;
    const edit = (): Obj => (action === raw ? (action = { ...raw }) : action);
    // Only worked out when there is something to say.
    let known: string | undefined;
    const labelOf = () => (known ??= where(["actions", i], input));

    // status
    const status = action["status"];
    const own = typeof status === "string" ? wordingOf(wordings, status) : undefined;
    const r = readStatus(status, action["timescale"]);
    if (own?.status !== undefined) {
      // The council's own word comes first: "Behind schedule" may be in progress and red.
      edit()["status"] = own.status;
      if (own.rag !== undefined && action["rag"] === undefined) action["rag"] = own.rag;
      issues.push(warning("non-canonical-status", ["actions", i, "status"], `${labelOf()}: status ${quote(status)} is read as "${own.status}"${own.rag !== undefined ? ` and RAG "${own.rag}"` : ""}, as the council's wordings say.`, `Write "${own.status}" in the file.`, { value: status }));
    } else if (r.how === "none" && typeof status === "string") {
      // Blank: a spreadsheet's empty cell. Read as no status, as the statistics read it.
      delete edit()["status"];
      issues.push(warning("non-canonical-status", ["actions", i, "status"], `${labelOf()}: the status is blank; it is read as no status, so the action counts as not started.`, "Give its status, or leave the field out."));
    } else if (r.how === "wording") {
      edit()["status"] = r.status;
      issues.push(warning("non-canonical-status", ["actions", i, "status"], `${labelOf()}: status ${quote(status)} is read as "${r.status}".`, `Write "${r.status}" in the file.`, { value: status }));
    } else if (r.how === "swapped") {
      const timescale = action["timescale"];
      edit()["status"] = r.status;
      action["timescale"] = r.timescale;
      issues.push(warning("date-in-status", ["actions", i, "status"], `${labelOf()}: the status ${quote(status)} is a date and the timescale ${quote(timescale)} is a status: the two columns look swapped.`, `They are read as timescale ${quote(status)} and status "${r.status}"; swap them in the file.`, { value: status }));
    } else if (r.how === "date-as-target") {
      delete edit()["status"];
      action["timescale"] = r.timescale;
      issues.push(warning("date-in-status", ["actions", i, "status"], `${labelOf()}: the status ${quote(status)} is a date and there is no timescale: it looks like the target.`, `It is read as the timescale; move it to "timescale" and give a status.`, { value: status }));
    } else if (r.how === "date-ignored") {
      delete edit()["status"];
      issues.push(warning("date-in-status", ["actions", i, "status"], `${labelOf()}: the status ${quote(status)} is a date, not a status; it is ignored and the action counts as not started.`, `Give one of: ${STATUSES.join(", ")}.`, { value: status, allowed: STATUSES }));
    }
    // rag
    const rag = action["rag"];
    const ownRag = typeof rag === "string" ? wordingOf(wordings, rag) : undefined;
    if (ownRag !== undefined && ownRag.rag === undefined && ownRag.status !== undefined && typeof rag === "string") {
      // The council's word in the RAG column means a status ("Purple": on hold).
      delete edit()["rag"];
      if (action["status"] === undefined) action["status"] = ownRag.status;
      issues.push(warning("non-canonical-rag", ["actions", i, "rag"], `${labelOf()}: RAG ${quote(rag)} is read as the status "${ownRag.status}", as the council's wordings say.`, `Write "status": "${ownRag.status}" in the file.`, { value: rag }));
    } else if (typeof rag === "string" && !(RAGS as readonly string[]).includes(rag)) {
      const canonical = ownRag?.rag ?? normaliseRag(rag);
      if (rag.trim() === "") {
        delete edit()["rag"];
        issues.push(warning("non-canonical-rag", ["actions", i, "rag"], `${labelOf()}: the RAG rating is blank; it is read as none given, so it is worked out from status and dates.`, "Give its rating, or leave the field out."));
      } else if (canonical) {
        edit()["rag"] = canonical;
        issues.push(warning("non-canonical-rag", ["actions", i, "rag"], `${labelOf()}: RAG ${quote(rag)} is read as "${canonical}".`, `Write "${canonical}" in the file.`, { value: rag }));
      }
    }
    // steps and updates: wordings only
    for (const sub of ["steps", "updates"] as const) {
      const list = action[sub];
      if (!Array.isArray(list)) continue;
      let changed: unknown[] | undefined;
      list.forEach((child: unknown, j) => {
        if (!isObject(child)) return;
        let copy: Obj = child;
        for (const [field, known, normalise, code] of [
          ["status", STATUSES, normaliseStatus, "non-canonical-status"],
          ["rag", RAGS, normaliseRag, "non-canonical-rag"],
        ] as const) {
          const v = copy[field];
          if (typeof v !== "string" || (known as readonly string[]).includes(v)) continue;
          const own = wordingOf(wordings, v);
          const canonical = (field === "status" ? own?.status : own?.rag) ?? normalise(v);
          if (!canonical) continue;
          if (copy === child) copy = { ...child };
          copy[field] = canonical;
          issues.push(warning(code, ["actions", i, sub, j, field], `${where(["actions", i, sub, j], input)}: ${field === "rag" ? "RAG" : field} ${quote(v)} is read as "${canonical}".`, `Write "${canonical}" in the file.`, { value: v }));
        }
        if (copy !== child) (changed ??= [...list])[j] = copy;
      });
      if (changed) edit()[sub] = changed;
    }
    if (action !== raw) (changedActions ??= [...actions])[i] = action;
  });
  return { issues, input: changedActions ? { ...input, actions: changedActions } : input };
}

// ---------------------------------------------------------------------------
// 2. Shape, from zod's issues

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = Object.prototype.hasOwnProperty.call(v, key) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return v;
}

function describeType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the text ${quote(v)}`;
  return `${typeof v} ${quote(v)}`;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: "text",
  array: "a list",
  object: "an object",
  number: "a number",
};

function fromZod(zi: z.core.$ZodIssue, input: unknown): Issue {
  const path: Path = zi.path.map((k) => (typeof k === "symbol" ? String(k) : k));
  const field = String(path[path.length - 1] ?? "plan");
  const label = where(path, input);
  const value = valueAt(input, zi.path);
  switch (zi.code) {
    case "invalid_type":
      if (value === undefined) {
        return error("missing-field", path, `${label}: "${field}" is missing.`, `Give ${EXPECTED[zi.expected] ?? zi.expected}.`);
      }
      return error("wrong-type", path, `${label}: "${field}" should be ${EXPECTED[zi.expected] ?? zi.expected}, not ${describeType(value)}.`, undefined, { value });
    case "invalid_value": {
      if (field === "status" || (path.includes("updates") && field === "status")) {
        return error("unknown-status", path, `${label}: ${quote(value)} is not a known status.`, `Use one of: ${STATUSES.join(", ")}.`, { value, allowed: STATUSES });
      }
      if (field === "rag") {
        return error("unknown-rag", path, `${label}: ${quote(value)} is not a RAG rating.`, `Use one of: ${RAGS.join(", ")}.`, { value, allowed: RAGS });
      }
      if (path.includes("themes")) {
        return error("unknown-theme", path, `${label}: ${quote(value)} is not a CPC theme.`, "Use a theme id such as \"governance-and-culture\"; matchTheme() recognises headings.", { value, allowed: zi.values.map(String) });
      }
      if (field === "schemaVersion") {
        return error("invalid-value", path, `"schemaVersion" is ${quote(value)}; this version of peer-challenge reads schemaVersion 1.`, undefined, { value, allowed: ["1"] });
      }
      return error("invalid-value", path, `${label}: "${field}" cannot be ${quote(value)}.`, `Use one of: ${zi.values.map(String).join(", ")}.`, { value, allowed: zi.values.map(String) });
    }
    case "invalid_format":
      if (zi.format === "regex" && field !== "start" && field !== "end" && field !== "publishedOn") {
        return error("empty-value", path, `${label}: "${field}" is blank.`, "Give its text as published.", { value });
      }
      return invalidDate(path, label, field, value);
    case "invalid_union":
      return invalidDate(path, label, field, value);
    case "too_small":
      return error("empty-value", path, `${label}: "${field}" is empty.`, field === "themes" ? "Give at least one theme, or leave the field out." : undefined);
    default:
      return error("invalid-value", path, `${label}: "${field}": ${zi.message}.`, undefined, { value });
  }
}

function invalidDate(path: Path, label: string, field: string, value: unknown): Issue {
  return error("invalid-date", path, `${label}: "${field}" is ${quote(value)}, not a date.`, field === "start" || field === "end" || field === "publishedOn" ? "Write YYYY-MM-DD, or YYYY-MM when only the month is known." : "Write YYYY-MM-DD.", { value });
}

// ---------------------------------------------------------------------------
// 3. Unknown fields: kept on the result and reported

type Shape = Record<string, unknown>;
const previousZod = actionPlanZod.shape.actions.element.shape.updates.unwrap().element.shape.previous.unwrap();
const SHAPES = {
  plan: actionPlanZod.shape as Shape,
  council: actionPlanZod.shape.council.unwrap().shape as Shape,
  peerChallenge: actionPlanZod.shape.peerChallenge.unwrap().shape as Shape,
  recommendation: recommendationZod.shape as Shape,
  action: actionZod.shape as Shape,
  step: stepZod.shape as Shape,
  update: updateZod.shape as Shape,
  previous: previousZod.shape as Shape,
};

const NOUN: Readonly<Record<Kind, string>> = {
  plan: "a plan",
  council: "council",
  peerChallenge: "peerChallenge",
  recommendation: "a recommendation",
  action: "an action",
  step: "a step",
  update: "an update",
  previous: "an update's previous values",
};

const PLURAL: Readonly<Record<Kind, string>> = {
  plan: "plans",
  council: "councils",
  peerChallenge: "peer challenges",
  recommendation: "recommendations",
  action: "actions",
  step: "steps",
  update: "updates",
  previous: "updates",
};

function closest(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  return known.find((n) => {
    const m = n.toLowerCase();
    return m === k || m === `${k}s` || `${m}s` === k || (k.length > 3 && (m.startsWith(k) || k.startsWith(m)));
  });
}

/** One warning per unknown field name and kind of object, however often it recurs. */
type Seen = Map<string, { issue: Issue; more: number; kind: Kind }>;

/** Reports the fields of `raw` that a `kind` does not have. */
function reportExtras(raw: Obj, kind: Kind, path: readonly (string | number)[], input: unknown, seen: Seen): void {
  for (const key of Object.keys(raw)) {
    if (Object.prototype.hasOwnProperty.call(SHAPES[kind], key)) continue;
    const id = `${kind}\u0000${key}`;
    const prior = seen.get(id);
    if (prior) {
      prior.more++;
      continue;
    }
    const label = where(path, input);
    const guess = closest(key, Object.keys(SHAPES[kind]));
    const issue = FORBIDDEN.has(key)
      ? warning("unknown-field", [...path, key], `${label}: the field "${key}" is not allowed and was ignored.`)
      : warning("unknown-field", [...path, key], `${label}: "${key}" is not a field of ${NOUN[kind]}; it is kept but not used.`, guess ? `Did you mean "${guess}"?` : undefined);
    seen.set(id, { issue, more: 0, kind });
  }
  // A name that could reach a prototype inside an unknown field's value is dropped from the copy kept.
  for (const key of Object.keys(raw)) {
    if (Object.prototype.hasOwnProperty.call(SHAPES[kind], key) || FORBIDDEN.has(key)) continue;
    const value = raw[key];
    const inner = typeof value === "object" && value !== null ? forbiddenKeyIn(value) : undefined;
    if (inner === undefined) continue;
    const at = [...path, key, ...inner];
    const id = `${kind}\u0000${key}\u0000inner`;
    const prior = seen.get(id);
    if (prior) {
      prior.more++;
      continue;
    }
    seen.set(id, {
      issue: warning("unknown-field", at, `${where(path, input)}: "${key}" holds a key "${String(inner[inner.length - 1])}" (at ${[key, ...inner].join(".")}), which is not allowed; it and any others like it were left out of the copy kept.`),
      more: 0,
      kind,
    });
  }
}

/**
 * The path, below `value`, of the first key that could reach a prototype (`__proto__`,
 * `constructor`, `prototype`), or undefined. Walks breadth first with its own queue: an
 * unknown field may hold anything, nested as deep as the parser allowed.
 */
function forbiddenKeyIn(value: unknown): (string | number)[] | undefined {
  // Each entry links to its parent's, so the path is made only when a key is found:
  // carrying a path per value would cost the square of the depth.
  const values: unknown[] = [value];
  const parents: number[] = [-1];
  const keys: (string | number)[] = [""];
  const pathTo = (at: number, last: string): (string | number)[] => {
    const path: (string | number)[] = [last];
    for (let k = at; k > 0; k = parents[k]!) path.unshift(keys[k]!);
    return path;
  };
  for (let next = 0; next < values.length; next++) {
    const v = values[next];
    if (typeof v !== "object" || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        values.push(v[i]);
        parents.push(next);
        keys.push(i);
      }
    } else
      for (const key of Object.keys(v)) {
        if (FORBIDDEN.has(key)) return pathTo(next, key);
        values.push((v as Obj)[key]);
        parents.push(next);
        keys.push(key);
      }
  }
  return undefined;
}

/** A copy of `value` without the keys that could reach a prototype, at any depth. */
function withoutForbiddenKeys(value: unknown): unknown {
  const copyOf = (v: unknown): unknown => (typeof v !== "object" || v === null ? v : Array.isArray(v) ? new Array<unknown>(v.length) : {});
  const root = copyOf(value);
  const stack: [unknown, unknown][] = [[value, root]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [from, to] = next as [Obj, Obj];
    if (typeof from !== "object" || from === null) continue;
    for (const key of Object.keys(from)) {
      if (!Array.isArray(from) && FORBIDDEN.has(key)) continue;
      const copy = copyOf(from[key]);
      Object.defineProperty(to, key, { value: copy, enumerable: true, writable: true, configurable: true });
      stack.push([from[key], copy]);
    }
  }
  return root;
}

/** Copies the unknown fields of `raw` onto the parsed `out`, all but prototype-polluting names, at any depth. */
function copyExtras(raw: Obj, out: Obj, kind: Kind): void {
  for (const key of Object.keys(raw)) {
    if (Object.prototype.hasOwnProperty.call(SHAPES[kind], key)) continue;
    if (FORBIDDEN.has(key)) {
      // zod's loose objects keep "constructor" and "prototype" (they drop "__proto__").
      if (Object.prototype.hasOwnProperty.call(out, key)) delete out[key];
      continue;
    }
    const value = raw[key];
    const clean = typeof value === "object" && value !== null && forbiddenKeyIn(value) !== undefined ? withoutForbiddenKeys(value) : value;
    Object.defineProperty(out, key, { value: clean, enumerable: true, writable: true, configurable: true });
  }
}

/** Reports unknown fields and copies them onto the parsed output. */
function extras(raw: unknown, out: unknown, kind: Kind, path: Path, input: unknown, seen: Seen): void {
  if (!isObject(raw) || !isObject(out)) return;
  reportExtras(raw, kind, path, input, seen);
  copyExtras(raw, out, kind);
}

function extraIssues(seen: Seen): Issue[] {
  return [...seen.values()].map(({ issue, more, kind }) =>
    more === 0 ? issue : { ...issue, message: `${issue.message} So do ${more} more ${PLURAL[kind]}.` },
  );
}

/** After zod: the unknown fields of every object, kept on the plan and reported. */
function keepExtras(raw: unknown, plan: ActionPlan, input: unknown, issues: Issue[]): void {
  if (!isObject(raw)) return;
  const seen: Seen = new Map();
  extras(raw, plan, "plan", [], input, seen);
  extras(raw["council"], plan.council, "council", ["council"], input, seen);
  extras(raw["peerChallenge"], plan.peerChallenge, "peerChallenge", ["peerChallenge"], input, seen);
  const recs = raw["recommendations"] as unknown[];
  plan.recommendations.forEach((r, i) => extras(recs[i], r, "recommendation", ["recommendations", i], input, seen));
  const actions = raw["actions"] as unknown[];
  plan.actions.forEach((a, i) => {
    const rawAction = actions[i];
    extras(rawAction, a, "action", ["actions", i], input, seen);
    if (!isObject(rawAction)) return;
    a.steps?.forEach((s, j) => extras((rawAction["steps"] as unknown[])[j], s, "step", ["actions", i, "steps", j], input, seen));
    a.updates?.forEach((u, j) => {
      const rawUpdate = (rawAction["updates"] as unknown[])[j];
      const path = ["actions", i, "updates", j];
      extras(rawUpdate, u, "update", path, input, seen);
      if (isObject(rawUpdate)) extras(rawUpdate["previous"], u.previous, "previous", [...path, "previous"], input, seen);
    });
  });
  issues.push(...extraIssues(seen));
}

/** The plan read by the fast reader (fast.ts), its unknown fields kept and reported in `seen`; undefined when zod must read it. */
function fastParse(repaired: unknown, input: unknown, seen: Seen): ActionPlan | undefined {
  const hooks: ExtraFields = {
    found: (kind, raw, path) => reportExtras(raw, kind, path, input, seen),
    copy: (kind, raw, out) => copyExtras(raw, out, kind),
  };
  return parsePlanFast(repaired, hooks);
}

// ---------------------------------------------------------------------------
// 4. Rules across the plan that make it unusable

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
    let h = 0;
    for (let k = 0; k < id.length; k++) h = (Math.imul(h, 31) + id.charCodeAt(k)) | 0;
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
function crossReferences(
  plan: Identities,
  input: unknown,
): { readonly issues: Issue[]; readonly check: (a: ActionIdentity, i: number) => void } {
  const issues: Issue[] = [];
  const framework: Framework | undefined = plan.framework;
  const recIds = new Map<string, number>();
  plan.recommendations.forEach((r) => {
    const i = r.at;
    const first = recIds.get(r.id);
    if (first !== undefined) {
      issues.push(error("duplicate-id", ["recommendations", i, "id"], `Recommendation ${r.id} appears twice (entries ${first + 1} and ${i + 1}).`, "Give each recommendation its own id.", { value: r.id }));
    } else recIds.set(r.id, i);
    r.themes?.forEach((id, j) => {
      const theme = themeById(id);
      if (theme && framework !== undefined && theme.framework !== framework) {
        const counterpart = theme.framework === "previous" ? PREVIOUS_TO_CURRENT[id as keyof typeof PREVIOUS_TO_CURRENT] : undefined;
        issues.push(error("unknown-theme", ["recommendations", i, "themes", j], `Recommendation ${r.id}: "${id}" is a theme of the ${theme.framework} framework, but the plan uses the ${framework} one.`, counterpart ? `Use ${counterpart.map((c) => `"${c}"`).join(" or ")}, or set "framework": "previous".` : `Set "framework": "${theme.framework}" if the plan uses that framework.`));
      }
    });
  });
  const actionIds = new IdIndex(plan.actionCount);
  let lastKnown: string | undefined;
  const check = (a: ActionIdentity, i: number): void => {
    const first = actionIds.add(a.id, i);
    if (first >= 0) {
      issues.push(error("duplicate-id", ["actions", i, "id"], `Action ${a.id} appears twice (entries ${first + 1} and ${i + 1}).`, "Give each action its own number.", { value: a.id }));
    }
    // Actions come recommendation by recommendation: remember the last one found.
    const rec = a.recommendation;
    if (rec !== undefined && rec !== lastKnown) {
      if (recIds.has(rec)) lastKnown = rec;
      else {
        issues.push(error("unknown-recommendation", ["actions", i, "recommendation"], `${where(["actions", i], input)}: it answers recommendation ${quote(rec)}, which the plan does not have.`, recIds.size > 0 ? `Known recommendations: ${[...recIds.keys()].slice(0, 10).join(", ")}${recIds.size > 10 ? ", ..." : ""}.` : "Add the recommendation to \"recommendations\".", { value: rec, allowed: [...recIds.keys()] }));
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
        if (repeated) issues.push(error("duplicate-id", ["actions", i, "steps", j, "id"], `Action ${a.id}: step ${id} appears twice.`, undefined, { value: id }));
      }
    }
  };
  return { issues, check };
}

/** The ids of a plan that cross-references are checked on: its own, or those of a plan only partly readable. */
interface Identities {
  /** The framework, when it could be read (themes of the other one are then errors). */
  readonly framework: Framework | undefined;
  /** Each recommendation with an id, `at` its index in the input. */
  readonly recommendations: readonly { readonly id: string; readonly at: number; readonly themes?: readonly string[] | undefined }[];
  /** How many actions there are, to size the table of their ids. */
  readonly actionCount: number;
}

/** What the cross-reference checks read of an action: its id, the recommendation it answers and its steps' ids. */
interface ActionIdentity {
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

/** The errors and warnings of a plan of the right shape, after any about its wordings and fields. */
function planIssues(plan: ActionPlan, input: unknown, options: ValidatePlanOptions, issues: Issue[]): Issue[] {
  const references = crossReferences(identities(plan), input);
  const rules = checkRules(plan, options, references.check);
  issues.push(...references.issues, ...rules);
  return issues;
}

/** The unknown fields of every object of the input, reported from the input itself (its shape may be wrong). */
function reportRawExtras(raw: Obj, input: unknown, seen: Seen): void {
  const each = (list: unknown, f: (item: Obj, i: number) => void) => {
    if (Array.isArray(list)) list.forEach((item: unknown, i) => isObject(item) && f(item, i));
  };
  reportExtras(raw, "plan", [], input, seen);
  for (const kind of ["council", "peerChallenge"] as const) {
    const part = raw[kind];
    if (isObject(part)) reportExtras(part, kind, [kind], input, seen);
  }
  each(raw["recommendations"], (r, i) => reportExtras(r, "recommendation", ["recommendations", i], input, seen));
  each(raw["actions"], (a, i) => {
    reportExtras(a, "action", ["actions", i], input, seen);
    each(a["steps"], (st, j) => reportExtras(st, "step", ["actions", i, "steps", j], input, seen));
    each(a["updates"], (u, j) => {
      reportExtras(u, "update", ["actions", i, "updates", j], input, seen);
      if (isObject(u["previous"])) reportExtras(u["previous"], "previous", ["actions", i, "updates", j, "previous"], input, seen);
    });
  });
}

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
  const view = actionPlanZod.safeParse({ ...raw, recommendations: readable(rawRecs, recommendationZod, recAt), actions: readable(rawActions, actionZod, actionAt) });
  const rules = view.success
    ? checkRules(view.data as ActionPlan, options, undefined, { answered, anyOwner, anyStatus, actions: rawActions.length }).map((issue) => {
        const [top, k] = issue.path;
        const at = top === "actions" ? actionAt : top === "recommendations" ? recAt : undefined;
        return at && typeof top === "string" && typeof k === "number" ? { ...issue, path: [top, at[k] ?? k, ...issue.path.slice(2)] } : issue;
      })
    : [];
  return [...extraIssues(seen), ...references.issues, ...rules];
}

function result(plan: ActionPlan, issues: Issue[]): ValidationResult {
  return issues.some((i) => i.severity === "error") ? { ok: false, plan, issues } : { ok: true, plan, issues };
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

Warnings: an unreadable timescale, a status in the timescale or a date in the
status (swapped columns), a target before the CPC, a recommendation with no
actions, an action with no owner, text, target or status, a reported RAG at odds
with status or dates (green but overdue), and a cross-reference instead of an
action ("See action 8.2 above").
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
 * //=> { severity: "error", code: "missing-field", path: ["council"], message: 'The plan: "council" is missing.', hint: "Give an object." }
 * ```
 */
export function validatePlan(input: unknown, options: ValidatePlanOptions = {}): ValidationResult {
  try {
    if (!isObject(input)) {
      return { ok: false, issues: [error("wrong-type", [], `The plan should be an object with "schemaVersion", "council", "peerChallenge", "recommendations" and "actions", not ${describeType(input)}.`)] };
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
    if (fast !== undefined) {
      const issues = planIssues(fast, input, options, [...repaired.issues, ...extraIssues(seen)]);
      return result(fast, issues);
    }
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
  } catch (e) {
    // A guarantee, not a code path we expect: validatePlan never throws.
    return { ok: false, issues: [error("invalid-value", [], `The plan could not be read: ${e instanceof Error ? e.message : String(e)}.`)] };
  }
}
