/**
 * Unknown fields: every object's fields that the plan format does not have are reported
 * (one warning per name and kind of object) and kept on the result, all but names that
 * could reach a prototype. Never dropped silently.
 *
 * @internal
 * @module
 */
import { makeIssue, type Issue } from "../model/issue.js";
import type { ActionPlan } from "../model/types.js";
import type { PlanRead } from "./references.js";
import { FIELDS, parsePlanFast, type ExtraFields, type Kind } from "./fast.js";
import { FORBIDDEN, isObject, where, type Obj, type Path } from "./where.js";

/** Each kind's fields as a set (FIELDS, which a test holds to the zod schema). */
const KNOWN: Readonly<Record<Kind, ReadonlySet<string>>> = Object.fromEntries(Object.entries(FIELDS).map(([k, v]) => [k, new Set(v)])) as unknown as Record<
  Kind,
  ReadonlySet<string>
>;

const NOUN: Readonly<Record<Kind, string>> = {
  plan: "a plan",
  council: "council",
  peerChallenge: "peerChallenge",
  peer: "a member of the peer team",
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
  peer: "members of the peer team",
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
    if (KNOWN[kind].has(key)) continue;
    const id = `${kind}\u0000${key}`;
    const prior = seen.get(id);
    if (prior) {
      prior.more++;
      continue;
    }
    const label = where(path, input);
    const guess = closest(key, FIELDS[kind]);
    const issue = FORBIDDEN.has(key)
      ? makeIssue("unknown-field", [...path, key], `${label}: the field "${key}" is not allowed and was ignored.`)
      : makeIssue(
          "unknown-field",
          [...path, key],
          `${label}: "${key}" is not a field of ${NOUN[kind]}; it is kept but not used.`,
          guess ? `Did you mean "${guess}"?` : undefined,
        );
    seen.set(id, { issue, more: 0, kind });
  }
  // A name that could reach a prototype inside an unknown field's value is dropped from the copy kept.
  for (const key of Object.keys(raw)) {
    if (KNOWN[kind].has(key) || FORBIDDEN.has(key)) continue;
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
      issue: makeIssue(
        "unknown-field",
        at,
        `${where(path, input)}: "${key}" holds a key "${String(inner[inner.length - 1])}" (at ${[key, ...inner].join(".")}), which is not allowed; it and any others like it were left out of the copy kept.`,
      ),
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
    const [value, to] = next as [unknown, Obj];
    if (typeof value !== "object" || value === null) continue;
    const from = value as Obj;
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
    if (KNOWN[kind].has(key)) continue;
    if (FORBIDDEN.has(key)) {
      // zod's loose objects keep "constructor" and "prototype" (they drop "__proto__").
      if (Object.prototype.hasOwnProperty.call(out, key)) Reflect.deleteProperty(out, key);
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

/**
 * How a plan the fast reader cannot read is read (zod, in validate.ts; this module and
 * check.ts never load it): the plan when its shape is right, else what can be read of it
 * for the checks beyond the shape; and the shape's faults.
 */
export type SlowReader = (raw: Obj, input: unknown) => { readonly read: PlanRead; readonly issues: readonly Issue[] };

/** The plan as read, and the issues about its shape and unknown fields. */
export interface ShapeRead {
  readonly read: PlanRead;
  readonly issues: readonly Issue[];
}

/**
 * Reads the (repaired) input's shape and its unknown fields, once: the fast reader, which
 * reports and keeps unknown fields as it goes; or, for a plan it cannot read, the slow
 * reader, whose result's unknown fields are then reported (and kept on the plan, if read).
 * Undefined when the fast reader cannot read it and no slow reader is given.
 */
export function readShape(raw: Obj, input: unknown, slow: SlowReader | undefined): ShapeRead | undefined {
  const seen: Seen = new Map();
  const hooks: ExtraFields = {
    found: (kind, part, path) => reportExtras(part, kind, path, input, seen),
    copy: (kind, part, out) => copyExtras(part, out, kind),
  };
  const plan = parsePlanFast(raw, hooks);
  if (plan !== undefined) return { read: { plan }, issues: extraIssues(seen) };
  if (slow === undefined) return undefined;
  // What the fast reader reported before it gave up is dropped: the slow reader's pass reports it all.
  const again: Seen = new Map();
  const { read, issues } = slow(raw, input);
  if ("plan" in read) keepExtras(raw, read.plan, input, again);
  else reportRawExtras(raw, input, again);
  return { read, issues: [...issues, ...extraIssues(again)] };
}

/** The unknown fields of every object, kept on the plan and reported. */
function keepExtras(raw: Obj, plan: ActionPlan, input: unknown, seen: Seen): void {
  extras(raw, plan, "plan", [], input, seen);
  extras(raw["council"], plan.council, "council", ["council"], input, seen);
  extras(raw["peerChallenge"], plan.peerChallenge, "peerChallenge", ["peerChallenge"], input, seen);
  const peers = raw["peerTeam"];
  if (Array.isArray(peers)) plan.peerTeam?.forEach((p, i) => extras(peers[i], p, "peer", ["peerTeam", i], input, seen));
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
  each(raw["peerTeam"], (p, i) => reportExtras(p, "peer", ["peerTeam", i], input, seen));
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
