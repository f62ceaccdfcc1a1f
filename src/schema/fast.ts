/**
 * The zod plan schema (plan.ts) written out by hand as one function per object, for the
 * common case: a plan of the right shape. It accepts exactly what `actionPlanZod`
 * accepts and returns a value equal to what its `safeParse` returns as `data` (fields in
 * the schema's order, then the unknown fields, which the `copy` hook adds as zod's loose
 * objects keep them), but makes no result or issue object per
 * field and reads each property by name. Where an object or list is already exactly what
 * zod would make of it (a plain object with only known fields, in the schema's order), it
 * is returned as it is rather than copied; the caller's input is never changed. For
 * anything else, and for anything unusual (a field holding `undefined`, a property that
 * is inherited or not enumerable), it returns `undefined` and the caller asks zod, which
 * also says what is wrong.
 *
 * It must change when the schema does: a test compares each object's fields here with
 * the schema's, and property tests compare the two on generated plans, valid and not.
 *
 * @internal
 * @module
 */
import type { ActionPlan } from "../model/types.js";
import { CURRENT_THEME_IDS, FRAMEWORKS, PREVIOUS_THEME_IDS, RAGS, STATUSES } from "../model/vocabulary.js";
import { DATE, MONTH, YEAR } from "./patterns.js";

type Obj = Record<string, unknown>;
type Path = (string | number)[];

export { FIELDS, type Kind } from "../model/fields.js";
import { FIELDS, type Kind } from "../model/fields.js";

/** What to do with fields a plan's objects do not have: report them, then keep them. */
export interface ExtraFields {
  /** Called for each object with unknown fields, before the fields within it. */
  readonly found: (kind: Kind, raw: Obj, path: Path) => void;
  /** Called after the object's own fields are copied to `out`. */
  readonly copy: (kind: Kind, raw: Obj, out: Obj) => void;
}

const NON_SPACE = /\S/;
const STATUS = new Set<unknown>(STATUSES);
const RAG = new Set<unknown>(RAGS);
const FRAMEWORK = new Set<unknown>(FRAMEWORKS);
const THEME = new Set<unknown>([...CURRENT_THEME_IDS, ...PREVIOUS_THEME_IDS]);
/** Each kind's fields and their places in the schema's order. */
const PLACE: Readonly<Record<Kind, ReadonlyMap<string, number>>> = Object.fromEntries(
  Object.entries(FIELDS).map(([k, v]) => [k, new Map(v.map((f, i) => [f, i]))]),
) as unknown as Record<Kind, ReadonlyMap<string, number>>;

/** Thrown (and caught below) to say "ask zod". Never escapes this module. */
const NO = new Error("not the common case");

const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

// The patterns have neither the g nor the y flag: test() neither reads nor leaves lastIndex.
function isDate(v: unknown): v is string {
  return typeof v === "string" && DATE.test(v);
}

function isMonthOrDate(v: unknown): v is string {
  return typeof v === "string" && (DATE.test(v) || MONTH.test(v));
}

function isYearMonthOrDate(v: unknown): v is string {
  return typeof v === "string" && (YEAR.test(v) || isMonthOrDate(v));
}

const isId = (v: unknown): v is string => typeof v === "string" && v.length >= 1;
const hasText = (v: unknown): v is string => typeof v === "string" && NON_SPACE.test(v);
const isString = (v: unknown): boolean => typeof v === "string";
const isStatus = (v: unknown): boolean => STATUS.has(v);
const isRag = (v: unknown): boolean => RAG.has(v);
const isFramework = (v: unknown): boolean => FRAMEWORK.has(v);
const isRagScheme = (v: unknown): boolean => v === "rag" || v === "brag";
const isPercent = (v: unknown): boolean => typeof v === "number" && v >= 0 && v <= 100;
const isWeight = (v: unknown): boolean => typeof v === "number" && v > 0 && v < Infinity;
/** A list of text that zod would return as it is: a plain array of strings. */
const isTextList = (v: unknown): boolean => Array.isArray(v) && plainArray(v) && v.every((x) => typeof x === "string");

/** An optional field's value: 0 when it is absent, 1 when it is valid; anything else is for zod. */
function optional(value: unknown, valid: (v: unknown) => boolean): number {
  if (value === undefined) return 0;
  if (!valid(value)) throw NO;
  return 1;
}

/** Where an object of a kind is, for the report of its unknown fields. */
function pathOf(kind: Kind, i: number, j: number): Path {
  switch (kind) {
    case "plan":
      return [];
    case "council":
      return ["council"];
    case "peerChallenge":
      return ["peerChallenge"];
    case "peer":
      return ["peerTeam", i];
    case "recommendation":
      return ["recommendations", i];
    case "action":
      return ["actions", i];
    case "step":
      return ["actions", i, "steps", j];
    case "update":
      return ["actions", i, "updates", j];
    case "previous":
      return ["actions", i, "updates", j, "previous"];
  }
}

// What scanKeys finds, in one small integer rather than an object per call (or variables
// kept between calls, which a reader of another plan from the `found` hook would overwrite):
// the number of known keys times 4, plus UNKNOWN when there are unknown keys, plus CANONICAL
// when the object is already what zod would make of it.
const CANONICAL = 1;
const UNKNOWN = 2;
const knownKeys = (scan: number): number => scan >> 2;

/**
 * Counts the enumerable keys of `raw` and reports the unknown ones, before its fields are
 * read. Says whether the object is already what zod would make of it: a plain object
 * with only known fields, in the schema's order.
 */
function scanKeys(raw: Obj, kind: Kind, extra: ExtraFields, i = -1, j = -1): number {
  const place = PLACE[kind];
  let keys = 0;
  let unknown = 0;
  let last = -1;
  let ordered = true;
  for (const k in raw) {
    keys++;
    const at = place.get(k);
    if (at === undefined) unknown++;
    else if (at < last) ordered = false;
    else last = at;
  }
  const canonical = ordered && unknown === 0 && Object.getPrototypeOf(raw) === Object.prototype;
  if (unknown > 0) extra.found(kind, raw, pathOf(kind, i, j));
  return (keys - unknown) * 4 + (unknown > 0 ? UNKNOWN : 0) + (canonical ? CANONICAL : 0);
}

/** After the fields: every known key was read (none held undefined or came from elsewhere). */
function allRead(scan: number, read: number): void {
  if (knownKeys(scan) !== read) throw NO;
}

const plainArray = (v: unknown[]): boolean => Object.getPrototypeOf(v) === Array.prototype;

/** A list of text: the list itself when it is a plain array, as nothing in it changes. */
function strings(v: unknown): string[] {
  if (!Array.isArray(v)) throw NO;
  const n = v.length;
  for (let i = 0; i < n; i++) if (typeof v[i] !== "string") throw NO;
  return plainArray(v) ? (v as string[]) : (Array.from(v) as string[]);
}

/** A list of objects read by `item`: the list itself when every item is returned as it was. */
function objects(v: unknown, item: (x: unknown, extra: ExtraFields, i: number, j: number) => Obj, extra: ExtraFields, i: number): Obj[] {
  if (!Array.isArray(v)) throw NO;
  const n = v.length;
  let out: Obj[] | undefined;
  for (let j = 0; j < n; j++) {
    const x: unknown = v[j];
    const r = item(x, extra, i, j);
    if (r !== x && out === undefined) out = (v as Obj[]).slice(0, j);
    if (out !== undefined) out.push(r);
  }
  return out ?? (plainArray(v) ? (v as Obj[]) : (v as Obj[]).slice());
}

/**
 * An object of text and value fields only, that a plan has one of (council, peer
 * challenge) or few (an update's previous values): read by key from a list of checks.
 */
function flat(v: unknown, kind: Kind, checks: readonly (readonly [string, (x: unknown) => boolean, boolean])[], extra: ExtraFields, i = -1, j = -1): Obj {
  if (!isObject(v)) throw NO;
  const scan = scanKeys(v, kind, extra, i, j);
  const unknown = (scan & UNKNOWN) !== 0;
  const canonical = (scan & CANONICAL) !== 0;
  let read = 0;
  for (const [key, valid, required] of checks) {
    const value = v[key];
    if (value === undefined && required) throw NO;
    read += optional(value, valid);
  }
  allRead(scan, read);
  if (canonical) return v;
  const out: Obj = {};
  for (const [key] of checks) if (v[key] !== undefined) out[key] = v[key];
  if (unknown) extra.copy(kind, v, out);
  return out;
}

const PREVIOUS = [
  ["status", isStatus, false],
  ["rag", isRag, false],
  ["timescale", isString, false],
  ["due", isDate, false],
  ["owners", isTextList, false],
] as const;
const COUNCIL = [
  ["name", hasText, true],
  ["code", isString, false],
] as const;
const PEER_CHALLENGE = [
  ["start", isMonthOrDate, true],
  ["end", isMonthOrDate, false],
  ["nextBy", isYearMonthOrDate, false],
] as const;
const PEER = [
  ["name", hasText, true],
  ["role", isString, false],
  ["organisation", isString, false],
] as const;

function update(v: unknown, extra: ExtraFields, i: number, j: number): Obj {
  if (!isObject(v)) throw NO;
  const scan = scanKeys(v, "update", extra, i, j);
  const unknown = (scan & UNKNOWN) !== 0;
  let same = (scan & CANONICAL) !== 0;
  const date = v["date"];
  if (!isDate(date)) throw NO;
  let read = 1;
  const status = v["status"];
  read += optional(status, isStatus);
  const rag = v["rag"];
  read += optional(rag, isRag);
  const timescale = v["timescale"];
  read += optional(timescale, isString);
  const due = v["due"];
  read += optional(due, isDate);
  const owners = v["owners"];
  read += optional(owners, isTextList);
  const note = v["note"];
  read += optional(note, isString);
  const prev = v["previous"];
  let prevOut: Obj | undefined;
  if (prev !== undefined) {
    prevOut = flat(prev, "previous", PREVIOUS, extra, i, j);
    if (prevOut !== prev) same = false;
    read++;
  }
  allRead(scan, read);
  if (same) return v;
  const out: Obj = { date };
  if (status !== undefined) out["status"] = status;
  if (rag !== undefined) out["rag"] = rag;
  if (timescale !== undefined) out["timescale"] = timescale;
  if (due !== undefined) out["due"] = due;
  if (owners !== undefined) out["owners"] = owners;
  if (note !== undefined) out["note"] = note;
  if (prevOut !== undefined) out["previous"] = prevOut;
  if (unknown) extra.copy("update", v, out);
  return out;
}

function step(v: unknown, extra: ExtraFields, i: number, j: number): Obj {
  if (!isObject(v)) throw NO;
  const scan = scanKeys(v, "step", extra, i, j);
  const unknown = (scan & UNKNOWN) !== 0;
  const canonical = (scan & CANONICAL) !== 0;
  const id = v["id"];
  const text = v["text"];
  if (!isId(id) || typeof text !== "string") throw NO;
  let read = 2;
  const timescale = v["timescale"];
  read += optional(timescale, isString);
  const due = v["due"];
  read += optional(due, isDate);
  const status = v["status"];
  read += optional(status, isStatus);
  const rag = v["rag"];
  read += optional(rag, isRag);
  const percentComplete = v["percentComplete"];
  read += optional(percentComplete, isPercent);
  allRead(scan, read);
  if (canonical) return v;
  const out: Obj = { id, text };
  if (timescale !== undefined) out["timescale"] = timescale;
  if (due !== undefined) out["due"] = due;
  if (status !== undefined) out["status"] = status;
  if (rag !== undefined) out["rag"] = rag;
  if (percentComplete !== undefined) out["percentComplete"] = percentComplete;
  if (unknown) extra.copy("step", v, out);
  return out;
}

function action(v: unknown, extra: ExtraFields, i: number): Obj {
  if (!isObject(v)) throw NO;
  const scan = scanKeys(v, "action", extra, i);
  const unknown = (scan & UNKNOWN) !== 0;
  let same = (scan & CANONICAL) !== 0;
  const id = v["id"];
  const recommendation = v["recommendation"];
  const title = v["title"];
  if (!isId(id) || !isId(recommendation) || typeof title !== "string") throw NO;
  let read = 3;
  const steps = v["steps"];
  let stepsOut: Obj[] | undefined;
  if (steps !== undefined) {
    stepsOut = objects(steps, step, extra, i);
    if (stepsOut !== steps) same = false;
    read++;
  }
  const owners = v["owners"];
  let ownersOut: string[] | undefined;
  if (owners !== undefined) {
    ownersOut = strings(owners);
    if (ownersOut !== owners) same = false;
    read++;
  }
  const timescale = v["timescale"];
  read += optional(timescale, isString);
  const due = v["due"];
  read += optional(due, isDate);
  const status = v["status"];
  read += optional(status, isStatus);
  const statusText = v["statusText"];
  read += optional(statusText, isString);
  const rag = v["rag"];
  read += optional(rag, isRag);
  const percentComplete = v["percentComplete"];
  read += optional(percentComplete, isPercent);
  const weight = v["weight"];
  read += optional(weight, isWeight);
  const comments = v["comments"];
  read += optional(comments, isString);
  const updates = v["updates"];
  let updatesOut: Obj[] | undefined;
  if (updates !== undefined) {
    updatesOut = objects(updates, update, extra, i);
    if (updatesOut !== updates) same = false;
    read++;
  }
  allRead(scan, read);
  if (same) return v;
  const out: Obj = { id, recommendation, title };
  if (stepsOut !== undefined) out["steps"] = stepsOut;
  if (ownersOut !== undefined) out["owners"] = ownersOut;
  if (timescale !== undefined) out["timescale"] = timescale;
  if (due !== undefined) out["due"] = due;
  if (status !== undefined) out["status"] = status;
  if (statusText !== undefined) out["statusText"] = statusText;
  if (rag !== undefined) out["rag"] = rag;
  if (percentComplete !== undefined) out["percentComplete"] = percentComplete;
  if (weight !== undefined) out["weight"] = weight;
  if (comments !== undefined) out["comments"] = comments;
  if (updatesOut !== undefined) out["updates"] = updatesOut;
  if (unknown) extra.copy("action", v, out);
  return out;
}

function recommendation(v: unknown, extra: ExtraFields, i: number): Obj {
  if (!isObject(v)) throw NO;
  const scan = scanKeys(v, "recommendation", extra, i);
  const unknown = (scan & UNKNOWN) !== 0;
  let same = (scan & CANONICAL) !== 0;
  const id = v["id"];
  const title = v["title"];
  if (!isId(id) || !hasText(title)) throw NO;
  let read = 2;
  const themes = v["themes"];
  if (themes !== undefined) {
    if (!Array.isArray(themes) || themes.length < 1) throw NO;
    for (let j = 0; j < themes.length; j++) if (!THEME.has(themes[j])) throw NO;
    if (!plainArray(themes)) same = false;
    read++;
  }
  const heading = v["heading"];
  read += optional(heading, isString);
  const points = v["points"];
  let pointsOut: string[] | undefined;
  if (points !== undefined) {
    pointsOut = strings(points);
    if (pointsOut !== points) same = false;
    read++;
  }
  allRead(scan, read);
  if (same) return v;
  const out: Obj = { id, title };
  if (themes !== undefined) out["themes"] = plainArray(themes as unknown[]) ? themes : Array.from(themes as unknown[]);
  if (heading !== undefined) out["heading"] = heading;
  if (pointsOut !== undefined) out["points"] = pointsOut;
  if (unknown) extra.copy("recommendation", v, out);
  return out;
}

function plan(v: unknown, extra: ExtraFields): Obj {
  if (!isObject(v)) throw NO;
  const scan = scanKeys(v, "plan", extra);
  const unknown = (scan & UNKNOWN) !== 0;
  let same = (scan & CANONICAL) !== 0;
  if (v["schemaVersion"] !== 1) throw NO;
  // The council and the CPC's dates may be left out (a tracker may not say them).
  const councilIn = v["council"];
  let read = 1;
  let councilOut: unknown;
  if (councilIn !== undefined) {
    councilOut = flat(councilIn, "council", COUNCIL, extra);
    if (councilOut !== councilIn) same = false;
    read++;
  }
  const title = v["title"];
  read += optional(title, isString);
  const framework = v["framework"];
  read += optional(framework, isFramework);
  const peerIn = v["peerChallenge"];
  let peerOut: unknown;
  if (peerIn !== undefined) {
    peerOut = flat(peerIn, "peerChallenge", PEER_CHALLENGE, extra);
    if (peerOut !== peerIn) same = false;
    read++;
  }
  const publishedOn = v["publishedOn"];
  read += optional(publishedOn, isMonthOrDate);
  const ragScheme = v["ragScheme"];
  read += optional(ragScheme, isRagScheme);
  const focusAreas = v["focusAreas"];
  let focusOut: string[] | undefined;
  if (focusAreas !== undefined) {
    focusOut = strings(focusAreas);
    if (focusOut !== focusAreas) same = false;
    read++;
  }
  const peerTeam = v["peerTeam"];
  let peerTeamOut: Obj[] | undefined;
  if (peerTeam !== undefined) {
    peerTeamOut = objects(peerTeam, (x, e, i, j) => flat(x, "peer", PEER, e, j, i), extra, -1);
    if (peerTeamOut !== peerTeam) same = false;
    read++;
  }
  const recs = v["recommendations"];
  const recsOut = objects(recs, (x, e, _, j) => recommendation(x, e, j), extra, -1);
  const actions = v["actions"];
  const actionsOut = objects(actions, (x, e, _, j) => action(x, e, j), extra, -1);
  if (recsOut !== recs || actionsOut !== actions) same = false;
  read += 2;
  allRead(scan, read);
  if (same) return v;
  const out: Obj = { schemaVersion: 1 };
  if (councilOut !== undefined) out["council"] = councilOut;
  if (title !== undefined) out["title"] = title;
  if (framework !== undefined) out["framework"] = framework;
  if (peerOut !== undefined) out["peerChallenge"] = peerOut;
  if (publishedOn !== undefined) out["publishedOn"] = publishedOn;
  if (ragScheme !== undefined) out["ragScheme"] = ragScheme;
  if (focusOut !== undefined) out["focusAreas"] = focusOut;
  if (peerTeamOut !== undefined) out["peerTeam"] = peerTeamOut;
  out["recommendations"] = recsOut;
  out["actions"] = actionsOut;
  if (unknown) extra.copy("plan", v, out);
  return out;
}

/**
 * Reads a plan of the right shape as zod would, or returns `undefined` for zod to read it.
 * Unknown fields are reported through `extraFields` as they are met, and kept.
 */
export function parsePlanFast(input: unknown, extraFields: ExtraFields): ActionPlan | undefined {
  try {
    return plan(input, extraFields) as unknown as ActionPlan;
  } catch (e) {
    if (e === NO) return undefined;
    throw e;
  }
}
