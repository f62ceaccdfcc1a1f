/**
 * The zod plan schema (plan.ts) written out by hand as one function per object, for the
 * common case: a plan of the right shape. It accepts exactly what `actionPlanZod`
 * accepts and returns what its `safeParse` returns as `data` (fields in the schema's
 * order, lists copied, unknown fields left out), but makes no result or issue object per
 * field and reads each property by name. For anything else, and for anything unusual
 * (a field holding `undefined`, a property that is inherited or not enumerable), it
 * returns `undefined` and the caller asks zod, which also says what is wrong.
 *
 * It must change when the schema does: a test compares each object's fields here with
 * the schema's, and property tests compare the two on generated plans, valid and not.
 *
 * @internal
 * @module
 */
import { z } from "zod";
import type { ActionPlan } from "../model/types.js";
import { CURRENT_THEME_IDS, FRAMEWORKS, PREVIOUS_THEME_IDS, RAGS, STATUSES } from "../model/vocabulary.js";
import { MONTH } from "./plan.js";

type Obj = Record<string, unknown>;
type Path = (string | number)[];

/** The kinds of object in a plan, as the unknown-field warnings name them. */
export type Kind = "plan" | "council" | "peerChallenge" | "recommendation" | "action" | "step" | "update" | "previous";

/** The fields each kind of object has, in the schema's order (a test checks them against plan.ts). */
export const FIELDS: Readonly<Record<Kind, readonly string[]>> = {
  plan: ["schemaVersion", "council", "title", "framework", "peerChallenge", "publishedOn", "focusAreas", "recommendations", "actions"],
  council: ["name", "code"],
  peerChallenge: ["start", "end"],
  recommendation: ["id", "title", "themes", "heading"],
  action: ["id", "recommendation", "title", "steps", "owners", "timescale", "due", "status", "rag", "comments", "updates"],
  step: ["id", "text", "timescale", "due", "status", "rag"],
  update: ["date", "status", "rag", "note", "previous"],
  previous: ["status", "rag"],
};

/** What to do with fields a plan's objects do not have: report them, then keep them. */
export interface ExtraFields {
  /** Called for each object with unknown fields, before the fields within it. */
  readonly found: (kind: Kind, raw: Obj, path: Path) => void;
  /** Called after the object's own fields are copied to `out`. */
  readonly copy: (kind: Kind, raw: Obj, out: Obj) => void;
}

// The same regular expression objects as the schema's (z.iso.date() uses z.regexes.date).
const DATE = z.regexes.date;
const NON_SPACE = /\S/;
const STATUS = new Set<unknown>(STATUSES);
const RAG = new Set<unknown>(RAGS);
const FRAMEWORK = new Set<unknown>(FRAMEWORKS);
const THEME = new Set<unknown>([...CURRENT_THEME_IDS, ...PREVIOUS_THEME_IDS]);
const KNOWN: Readonly<Record<Kind, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(FIELDS).map(([k, v]) => [k, new Set(v)]),
) as unknown as Record<Kind, ReadonlySet<string>>;

/** Thrown (and caught below) to say "ask zod". Never escapes this module. */
const NO = Symbol("not the common case");

const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function isDate(v: unknown): v is string {
  if (typeof v !== "string") return false;
  DATE.lastIndex = 0;
  return DATE.test(v);
}

function isMonthOrDate(v: unknown): v is string {
  if (typeof v !== "string") return false;
  DATE.lastIndex = 0;
  if (DATE.test(v)) return true;
  MONTH.lastIndex = 0;
  return MONTH.test(v);
}

const isId = (v: unknown): v is string => typeof v === "string" && v.length >= 1;
const hasText = (v: unknown): v is string => typeof v === "string" && NON_SPACE.test(v);

let extra: ExtraFields;

/** Where an object of a kind is, for the report of its unknown fields. */
function pathOf(kind: Kind, i: number, j: number): Path {
  switch (kind) {
    case "plan": return [];
    case "council": return ["council"];
    case "peerChallenge": return ["peerChallenge"];
    case "recommendation": return ["recommendations", i];
    case "action": return ["actions", i];
    case "step": return ["actions", i, "steps", j];
    case "update": return ["actions", i, "updates", j];
    case "previous": return ["actions", i, "updates", j, "previous"];
  }
}

// What scanKeys found, kept in variables rather than an object per call.
let scannedKeys = 0;
let scannedUnknown = 0;

/** Counts the enumerable keys of `raw` and reports the unknown ones, before its fields are read. */
function scanKeys(raw: Obj, kind: Kind, i = -1, j = -1): void {
  const known = KNOWN[kind];
  let keys = 0;
  let unknown = 0;
  for (const k in raw) {
    keys++;
    if (!known.has(k)) unknown++;
  }
  scannedKeys = keys;
  scannedUnknown = unknown;
  if (unknown > 0) extra.found(kind, raw, pathOf(kind, i, j));
}

/** After the fields: every key was read (none held undefined or came from elsewhere); copy the unknown ones. */
function finish(kind: Kind, raw: Obj, out: Obj, keys: number, unknown: number, read: number): void {
  if (keys !== read + unknown) throw NO;
  if (unknown > 0) extra.copy(kind, raw, out);
}

function strings(v: unknown): string[] {
  if (!Array.isArray(v)) throw NO;
  const n = v.length;
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const s: unknown = v[i];
    if (typeof s !== "string") throw NO;
    out[i] = s;
  }
  return out;
}

function previous(v: unknown, i: number, j: number): Obj {
  if (!isObject(v)) throw NO;
  scanKeys(v, "previous", i, j);
  const keys = scannedKeys;
  const unknown = scannedUnknown;
  const out: Obj = {};
  let read = 0;
  const status = v["status"];
  if (status !== undefined) {
    if (!STATUS.has(status)) throw NO;
    out["status"] = status;
    read++;
  }
  const rag = v["rag"];
  if (rag !== undefined) {
    if (!RAG.has(rag)) throw NO;
    out["rag"] = rag;
    read++;
  }
  finish("previous", v, out, keys, unknown, read);
  return out;
}

function update(v: unknown, i: number, j: number): Obj {
  if (!isObject(v)) throw NO;
  scanKeys(v, "update", i, j);
  const keys = scannedKeys;
  const unknown = scannedUnknown;
  const date = v["date"];
  if (!isDate(date)) throw NO;
  const out: Obj = { date };
  let read = 1;
  const status = v["status"];
  if (status !== undefined) {
    if (!STATUS.has(status)) throw NO;
    out["status"] = status;
    read++;
  }
  const rag = v["rag"];
  if (rag !== undefined) {
    if (!RAG.has(rag)) throw NO;
    out["rag"] = rag;
    read++;
  }
  const note = v["note"];
  if (note !== undefined) {
    if (typeof note !== "string") throw NO;
    out["note"] = note;
    read++;
  }
  const prev = v["previous"];
  if (prev !== undefined) {
    out["previous"] = previous(prev, i, j);
    read++;
  }
  finish("update", v, out, keys, unknown, read);
  return out;
}

function step(v: unknown, i: number, j: number): Obj {
  if (!isObject(v)) throw NO;
  scanKeys(v, "step", i, j);
  const keys = scannedKeys;
  const unknown = scannedUnknown;
  const id = v["id"];
  const text = v["text"];
  if (!isId(id) || typeof text !== "string") throw NO;
  const out: Obj = { id, text };
  let read = 2;
  const timescale = v["timescale"];
  if (timescale !== undefined) {
    if (typeof timescale !== "string") throw NO;
    out["timescale"] = timescale;
    read++;
  }
  const due = v["due"];
  if (due !== undefined) {
    if (!isDate(due)) throw NO;
    out["due"] = due;
    read++;
  }
  const status = v["status"];
  if (status !== undefined) {
    if (!STATUS.has(status)) throw NO;
    out["status"] = status;
    read++;
  }
  const rag = v["rag"];
  if (rag !== undefined) {
    if (!RAG.has(rag)) throw NO;
    out["rag"] = rag;
    read++;
  }
  finish("step", v, out, keys, unknown, read);
  return out;
}

function action(v: unknown, i: number): Obj {
  if (!isObject(v)) throw NO;
  scanKeys(v, "action", i);
  const keys = scannedKeys;
  const unknown = scannedUnknown;
  const id = v["id"];
  const recommendation = v["recommendation"];
  const title = v["title"];
  if (!isId(id) || !isId(recommendation) || typeof title !== "string") throw NO;
  const out: Obj = { id, recommendation, title };
  let read = 3;
  const steps = v["steps"];
  if (steps !== undefined) {
    if (!Array.isArray(steps)) throw NO;
    const n = steps.length;
    const list = new Array<Obj>(n);
    for (let j = 0; j < n; j++) list[j] = step(steps[j], i, j);
    out["steps"] = list;
    read++;
  }
  const owners = v["owners"];
  if (owners !== undefined) {
    out["owners"] = strings(owners);
    read++;
  }
  const timescale = v["timescale"];
  if (timescale !== undefined) {
    if (typeof timescale !== "string") throw NO;
    out["timescale"] = timescale;
    read++;
  }
  const due = v["due"];
  if (due !== undefined) {
    if (!isDate(due)) throw NO;
    out["due"] = due;
    read++;
  }
  const status = v["status"];
  if (status !== undefined) {
    if (!STATUS.has(status)) throw NO;
    out["status"] = status;
    read++;
  }
  const rag = v["rag"];
  if (rag !== undefined) {
    if (!RAG.has(rag)) throw NO;
    out["rag"] = rag;
    read++;
  }
  const comments = v["comments"];
  if (comments !== undefined) {
    if (typeof comments !== "string") throw NO;
    out["comments"] = comments;
    read++;
  }
  const updates = v["updates"];
  if (updates !== undefined) {
    if (!Array.isArray(updates)) throw NO;
    const n = updates.length;
    const list = new Array<Obj>(n);
    for (let j = 0; j < n; j++) list[j] = update(updates[j], i, j);
    out["updates"] = list;
    read++;
  }
  finish("action", v, out, keys, unknown, read);
  return out;
}

function recommendation(v: unknown, i: number): Obj {
  if (!isObject(v)) throw NO;
  scanKeys(v, "recommendation", i);
  const keys = scannedKeys;
  const unknown = scannedUnknown;
  const id = v["id"];
  const title = v["title"];
  if (!isId(id) || !hasText(title)) throw NO;
  const out: Obj = { id, title };
  let read = 2;
  const themes = v["themes"];
  if (themes !== undefined) {
    if (!Array.isArray(themes) || themes.length < 1) throw NO;
    const n = themes.length;
    const list = new Array<unknown>(n);
    for (let j = 0; j < n; j++) {
      const t: unknown = themes[j];
      if (!THEME.has(t)) throw NO;
      list[j] = t;
    }
    out["themes"] = list;
    read++;
  }
  const heading = v["heading"];
  if (heading !== undefined) {
    if (typeof heading !== "string") throw NO;
    out["heading"] = heading;
    read++;
  }
  finish("recommendation", v, out, keys, unknown, read);
  return out;
}

function council(v: unknown): Obj {
  if (!isObject(v)) throw NO;
  scanKeys(v, "council");
  const keys = scannedKeys;
  const unknown = scannedUnknown;
  const name = v["name"];
  if (!hasText(name)) throw NO;
  const out: Obj = { name };
  let read = 1;
  const code = v["code"];
  if (code !== undefined) {
    if (typeof code !== "string") throw NO;
    out["code"] = code;
    read++;
  }
  finish("council", v, out, keys, unknown, read);
  return out;
}

function peerChallenge(v: unknown): Obj {
  if (!isObject(v)) throw NO;
  scanKeys(v, "peerChallenge");
  const keys = scannedKeys;
  const unknown = scannedUnknown;
  const start = v["start"];
  if (!isMonthOrDate(start)) throw NO;
  const out: Obj = { start };
  let read = 1;
  const end = v["end"];
  if (end !== undefined) {
    if (!isMonthOrDate(end)) throw NO;
    out["end"] = end;
    read++;
  }
  finish("peerChallenge", v, out, keys, unknown, read);
  return out;
}

function plan(v: unknown): Obj {
  if (!isObject(v)) throw NO;
  scanKeys(v, "plan");
  const keys = scannedKeys;
  const unknown = scannedUnknown;
  if (v["schemaVersion"] !== 1) throw NO;
  const out: Obj = { schemaVersion: 1, council: council(v["council"]) };
  let read = 2;
  const title = v["title"];
  if (title !== undefined) {
    if (typeof title !== "string") throw NO;
    out["title"] = title;
    read++;
  }
  const framework = v["framework"];
  if (framework !== undefined) {
    if (!FRAMEWORK.has(framework)) throw NO;
    out["framework"] = framework;
    read++;
  }
  out["peerChallenge"] = peerChallenge(v["peerChallenge"]);
  read++;
  const publishedOn = v["publishedOn"];
  if (publishedOn !== undefined) {
    if (!isMonthOrDate(publishedOn)) throw NO;
    out["publishedOn"] = publishedOn;
    read++;
  }
  const focusAreas = v["focusAreas"];
  if (focusAreas !== undefined) {
    out["focusAreas"] = strings(focusAreas);
    read++;
  }
  const recs = v["recommendations"];
  if (!Array.isArray(recs)) throw NO;
  const recList = new Array<Obj>(recs.length);
  for (let i = 0; i < recs.length; i++) recList[i] = recommendation(recs[i], i);
  out["recommendations"] = recList;
  const actions = v["actions"];
  if (!Array.isArray(actions)) throw NO;
  const actionList = new Array<Obj>(actions.length);
  for (let i = 0; i < actions.length; i++) actionList[i] = action(actions[i], i);
  out["actions"] = actionList;
  read += 2;
  finish("plan", v, out, keys, unknown, read);
  return out;
}

/**
 * Reads a plan of the right shape as zod would, or returns `undefined` for zod to read it.
 * Unknown fields are reported through `extraFields` as they are met, and kept.
 */
export function parsePlanFast(input: unknown, extraFields: ExtraFields): ActionPlan | undefined {
  extra = extraFields;
  try {
    return plan(input) as unknown as ActionPlan;
  } catch (e) {
    if (e === NO) return undefined;
    throw e;
  }
}

