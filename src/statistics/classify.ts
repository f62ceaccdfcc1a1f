/**
 * Works out, once per action, the facts every statistic needs: its status, due
 * date, whether it is overdue and its RAG. Each distinct timescale text is parsed
 * once per call, however many actions share it.
 */
import { addCalendarDays, daysBetween, isCalendarDate, todayInLondon, type CalendarDate } from "../dates.js";
import { PlanDataError } from "../model/errors.js";
import type { Action, ActionPlan } from "../model/types.js";
import { isRag, RAGS, STATUSES, type Rag, type Status } from "../model/vocabulary.js";
import { normaliseRag } from "../status/index.js";
import { readStatus, type ReadStatus } from "../status/read.js";
import { dueDateWith, isDated, timescaleOptionsOf, type PlanDates } from "../timescale/due.js";
import { parseTimescale } from "../timescale/parse.js";
import type { Timescale } from "../timescale/types.js";
import type { SummaryOptions } from "./options.js";
import { percentCompleteOf } from "./complete.js";

export interface Context {
  readonly asOf: CalendarDate;
  readonly scheme: "rag" | "brag";
  readonly dueSoonDays: number;
  /** The last date that counts as due soon: asOf + dueSoonDays. */
  readonly dueSoonUntil: CalendarDate;
  /** Whole days from a due date to asOf, worked out once per distinct due date. */
  readonly daysSince: (due: CalendarDate) => number;
  readonly read: (text: string) => Timescale;
  /** The texts read so far: a look-up here is cheaper than a call to `read`. */
  readonly timescales: ReadonlyMap<string, Timescale>;
  /** The due date each text read so far gives, in objects of one shape (see {@link targetOf}). */
  readonly targets: Map<string, Target>;
  /** Where an action is in the input, for a {@link PlanDataError}. */
  readonly pathOf: (action: Action) => (string | number)[];
  /** The RAG rule for actions the council has not rated, and the expected-progress rule's thresholds. */
  readonly ragRule: "status" | "expected-progress";
  readonly onTrack: number;
  readonly monitor: number;
  /** Where an action's expected progress starts when its timescale is not a span: the plan's publication, else its CPC. */
  readonly planStart: CalendarDate | undefined;
  /** Whether actions count for their `weight` (default 1) rather than one each. */
  readonly weighted: boolean;
  /** A bare list of actions, with no plan: a target that needs the plan's dates is refused (see {@link needsPlan}). */
  readonly bare: boolean;
}

/** What a timescale text gives an action: its due date, if any, and whether it continues. */
export interface Target {
  readonly due: CalendarDate | undefined;
  readonly continuing: boolean;
}

const UNDATED: Target = { due: undefined, continuing: false };

function readTarget(ctx: Pick<Context, "read" | "targets">, text: string): Target {
  const t = ctx.read(text);
  const target = isDated(t) ? { due: t.due, continuing: t.continuing === true } : UNDATED;
  ctx.targets.set(text, target);
  return target;
}

/**
 * The due date a timescale text gives, read once per context. Timescales come in many
 * shapes, so reading their fields on every action is a look-up each time; these
 * objects all have one shape.
 */
export function targetOf(ctx: Pick<Context, "read" | "targets">, text: string): Target {
  return ctx.targets.get(text) ?? readTarget(ctx, text);
}

/**
 * Where an action's status came from: `status`, its own (or a wording of one);
 * `rag`, `percent` or `update`, what the tracker says of it where it gives no status
 * (see `statusFromEvidence`); `none`, nothing at all (a plan as first published):
 * not started.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { statusSummary, type StatusSource } from "peer-challenge";
 * const fromRag: StatusSource = "rag";
 * statusSummary(plan).from[fromRag]; // actions counted by their RAG rating
 * ```
 */
export type StatusSource = "status" | "rag" | "percent" | "update" | "none";

export interface Facts {
  readonly status: Status;
  /** The action had no status of its own and nothing else said how it was going: it counts as not started. */
  readonly noStatus: boolean;
  /** Where the status came from. */
  readonly from: StatusSource;
  /**
   * The action's status is a word no reader knows ("Update to follow"): it is counted
   * apart, in no status, RAG or overdue figure, and named.
   */
  readonly unrecognised: boolean;
  readonly due: CalendarDate | undefined;
  /** Overdue as of the context date (see {@link daysOverdueOf} for how long). */
  readonly overdue: boolean;
  /** The target reads "X and ongoing": under way by X, then continues. */
  readonly continuing: boolean;
  readonly rag: Rag;
  readonly ragDerived: boolean;
  /** What the action counts for: its `weight` when the figures are weighted, else 1. */
  readonly weight: number;
}

/** Whether a reported rating, as given (a wording in an unvalidated plan), is blue. */
function isBlue(rag: unknown): boolean {
  return rag === "blue" || (typeof rag === "string" && !isRag(rag) && ragOf(rag) === "blue");
}

/**
 * The context the statistics count in: the date, the RAG scheme, "due soon", and each
 * due date's days worked out once.
 *
 * @param actions - The actions to be counted (a reported blue among them makes the scheme BRAG).
 * @param options - `asOf`, `dueSoonDays` and the other summary options.
 * @param scheme - Fixes the RAG scheme without looking at the actions, for callers that
 *   settle it themselves (a rollup notices a reported blue during its own pass).
 * @param plan - The plan, for its own RAG scheme and dates.
 */
export function makeContext(
  actions: readonly Action[],
  options: SummaryOptions,
  scheme?: "rag" | "brag",
  plan?: PlanDates & { readonly ragScheme?: "rag" | "brag" | undefined; readonly actions?: readonly Action[] },
): Context {
  const cache = new Map<string, Timescale>();
  // A plan's targets are read against its own dates (timescaleOptionsOf); a bare list of actions has none.
  const anchors = plan !== undefined ? timescaleOptionsOf(plan) : {};
  const parseOptions = options.quarters ? { ...anchors, quarters: options.quarters } : anchors;
  const read = (text: string): Timescale => {
    let t = cache.get(text);
    // Stryker disable next-line ConditionalExpression: a cache; reading the text again gives the same timescale
    if (t === undefined) {
      t = parseTimescale(text, parseOptions);
      cache.set(text, t);
    }
    return t;
  };
  const asOf = options.asOf ?? todayInLondon();
  const dueSoonDays = options.dueSoonDays ?? 30;
  // Plans have few distinct due dates: count the days for each once.
  const days = new Map<CalendarDate, number>();
  const daysSince = (due: CalendarDate): number => {
    let d = days.get(due);
    // Stryker disable next-line ConditionalExpression: a cache; counting again gives the same days
    if (d === undefined) days.set(due, (d = daysBetween(due, asOf)));
    return d;
  };
  return {
    asOf,
    scheme:
      scheme ??
      options.scheme ??
      plan?.ragScheme ??
      (actions.some((a: unknown) => typeof a === "object" && a !== null && isBlue((a as { rag?: unknown }).rag)) ? "brag" : "rag"),
    dueSoonDays,
    dueSoonUntil: addCalendarDays(asOf, dueSoonDays),
    daysSince,
    read,
    timescales: cache,
    targets: new Map(),
    ragRule: options.ragRule ?? "status",
    onTrack: options.expectedProgress?.onTrack ?? 0.9,
    monitor: options.expectedProgress?.monitor ?? 0.7,
    planStart: startOfPlan(plan),
    weighted: options.weighted === true,
    bare: plan === undefined,
    pathOf: (action) => {
      const i = plan?.actions !== undefined && plan.actions !== actions ? plan.actions.indexOf(action) : actions.indexOf(action);
      return plan !== undefined ? ["actions", i] : [i];
    },
  };
}

/**
 * How the statistics read a status or RAG that is not canonical: a wording the
 * normalisers know counts as what it means ("Completed" is complete), a blank one as
 * none given, and anything else is refused (a {@link PlanDataError}), never counted in
 * a bucket it may not belong to. One policy, here, for every statistic.
 */
function statusOf(given: unknown, action: Action, ctx: Context): ReadStatus {
  const r = readStatus(given, action.timescale);
  // A word no reader knows is counted apart (Facts.unrecognised), never in a bucket it may not belong to.
  if (r.how !== "unknown" || typeof given === "string") return r;
  throw refused(
    action,
    ctx,
    "status",
    given,
    `a status (${STATUSES.join(", ")}), a wording normaliseStatus knows, or a date where the timescale is a status (swapped columns)`,
  );
}

function ragOf(given: unknown): Rag | undefined | null {
  if (typeof given !== "string") return null;
  if (given.trim() === "") return undefined;
  return normaliseRag(given) ?? null;
}

function refused(action: Action, ctx: Context, field: string, value: unknown, expected: string): PlanDataError {
  const shown = typeof value === "string" ? JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value) : String(value);
  return new PlanDataError(
    `action ${JSON.stringify(action.id)}: the ${field} ${shown} is not ${expected}, so it cannot be counted; validatePlan reports every such value with its place`,
    [...ctx.pathOf(action), field],
    value,
  );
}

/**
 * What a timescale text means, read once per context: the map look-up is inlined where a
 * call to `ctx.read` is not, which matters on a pass over a million actions.
 */
export function timescaleOf(ctx: Pick<Context, "read" | "timescales">, text: string): Timescale {
  return ctx.timescales.get(text) ?? ctx.read(text);
}

/** isStatus, as comparisons: cheaper than a set look-up on a pass over a million actions. */
// Stryker disable all: a fast path; a canonical status read the slow way (statusOf) is the same status
function isCanonicalStatus(s: string): boolean {
  return s === "in-progress" || s === "not-started" || s === "complete" || s === "ongoing" || s === "on-hold" || s === "cancelled";
}

/** The statuses that are never overdue. */
// Stryker restore all
const SETTLED = new Set<Status>(["complete", "ongoing", "cancelled"]);

export function classify(action: Action, ctx: Context): Facts {
  return classifyInto(action, ctx, newFacts());
}

/** Facts to be filled in by {@link classifyInto}. */
export type MutableFacts = { -readonly [K in keyof Facts]: Facts[K] };

/** A facts object of the one shape classifyInto fills in. */
export function newFacts(): MutableFacts {
  // Stryker disable next-line all: initial values of the one shape; classifyInto sets every field before any is read
  return {
    status: "not-started",
    noStatus: false,
    from: "status",
    unrecognised: false,
    due: undefined,
    overdue: false,
    continuing: false,
    rag: "green",
    ragDerived: false,
    weight: 1,
  };
}

/**
 * Fills `out` with an action's facts and returns it: a loop that counts facts and
 * keeps none of them reuses one object rather than make one per action.
 */
export function classifyInto(action: Action, ctx: Context, out: MutableFacts): MutableFacts {
  // Each property is read once: plans hold actions of many shapes, so each read is a
  // look-up rather than a fixed offset.
  const value: unknown = action; // an unvalidated plan may hold anything
  if (typeof value !== "object" || value === null) {
    throw new PlanDataError(`an action is ${value === null ? "null" : typeof value}, not an object, so it cannot be counted`, ctx.pathOf(action), action);
  }
  const given = action.status;
  let read: Status | undefined = given;
  let text: unknown = action.timescale;
  let unrecognised = false;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the fast path again; statusOf reads a canonical status as itself
  if (given !== undefined && !isCanonicalStatus(given)) {
    // Read as validatePlan reads it: a wording, or a date in the status column.
    const r = statusOf(given, action, ctx);
    read = r.status;
    text = r.timescale;
    unrecognised = r.how === "unknown";
  } else if (given === undefined && hasText(action.statusText)) unrecognised = true; // validatePlan keeps the word here
  const givenRag = action.rag;
  let rag: Rag | undefined = givenRag;
  // An unvalidated plan may hold a wording ("Amber") where the type says a rating.
  if (givenRag !== undefined && !isRag(givenRag)) {
    const r = ragOf(givenRag);
    if (r === null) throw refused(action, ctx, "rag", givenRag, `a RAG rating (${RAGS.join(", ")}) or a wording normaliseRag knows`);
    rag = r;
  }
  let from: StatusSource = "status";
  if (read === undefined && !unrecognised) {
    const evidence = statusFromEvidence(action, rag);
    read = evidence.status;
    from = evidence.from;
  }
  const status: Status = read ?? "not-started";
  let due = action.due;
  let continuing = false;
  if (due === undefined) {
    // The common case, one cached look-up: a timescale that gives the date itself.
    if (typeof text === "string") {
      const target = targetOf(ctx, text);
      due = target.due;
      continuing = target.continuing;
    }
    if (due === undefined && action.steps !== undefined) due = dueDateWith(action, ctx.read);
    if (due === undefined && ctx.bare && typeof text === "string") needsPlan(action, text, ctx);
  }
  // Days overdue are counted only where wanted (daysOverdueOf): rollups need the flag alone.
  // An action whose status is not known is not called overdue: it is named apart instead.
  const overdue = !unrecognised && isOverdue(due, status, continuing, ctx.asOf);
  out.status = status;
  out.noStatus = from === "none" && !unrecognised;
  out.from = from;
  out.unrecognised = unrecognised;
  out.due = due;
  out.overdue = overdue;
  out.continuing = continuing;
  out.weight = ctx.weighted ? weightOf(action, ctx) : 1;
  if (rag !== undefined) {
    out.rag = rag === "blue" && ctx.scheme === "rag" ? "green" : rag;
    out.ragDerived = false;
  } else {
    out.rag =
      (ctx.ragRule === "expected-progress" ? expectedProgressRag(action, status, due, overdue, text, ctx) : undefined) ??
      deriveRagFrom(status, due, overdue, ctx);
    out.ragDerived = true;
  }
  return out;
}

function hasText(v: unknown): boolean {
  return typeof v === "string" && v.trim() !== "";
}

/**
 * The status of an action that gives none, from what the tracker does say of it, the
 * one place the rule is written: a reported RAG (blue is complete, any other rating
 * under way); else a percentage complete (100 complete, 0 not started, anything between
 * under way); else its latest dated update that says how the work is going (its status,
 * else its RAG by the same rule, else, a progress note, under way; a new target or owners
 * is no progress). A comment alone is not read as a status: plans as first
 * published use the comments for milestones ("Proposed Officer Working Groups"), not
 * progress. Nothing known: not started (`from: "none"`), as in a plan as first published.
 *
 * @internal
 */
export function statusFromEvidence(action: Action, rag: Rag | undefined): { readonly status: Status | undefined; readonly from: StatusSource } {
  if (rag !== undefined) return { status: rag === "blue" ? "complete" : "in-progress", from: "rag" };
  const percent: unknown = action.percentComplete;
  if (typeof percent === "number") return { status: percent >= 100 ? "complete" : percent <= 0 ? "not-started" : "in-progress", from: "percent" };
  const latest = latestUpdate(action.updates);
  if (latest !== undefined) {
    const s: unknown = latest.status;
    if (typeof s === "string" && isCanonicalStatus(s)) return { status: s as Status, from: "update" };
    const r = typeof latest.rag === "string" ? ragOf(latest.rag) : undefined;
    return { status: r === "blue" ? "complete" : "in-progress", from: "update" };
  }
  return { status: undefined, from: "none" };
}

/**
 * The latest (the last of equals) update that says how the work is going: a status, a RAG
 * or a note. A new target or owners alone (a reschedule) says nothing of progress.
 */
function latestUpdate(updates: Action["updates"]): NonNullable<Action["updates"]>[number] | undefined {
  const list: unknown = updates;
  if (!Array.isArray(list)) return undefined;
  let latest: NonNullable<Action["updates"]>[number] | undefined;
  for (const item of list as unknown[]) {
    if (typeof item !== "object" || item === null || typeof (item as { date?: unknown }).date !== "string") continue;
    const u = item as NonNullable<Action["updates"]>[number];
    const rescheduled = u.timescale !== undefined || u.due !== undefined || u.owners !== undefined;
    if (u.status === undefined && u.rag === undefined && (u.note === undefined || rescheduled)) continue;
    if (latest === undefined || u.date >= latest.date) latest = u;
  }
  return latest;
}

/** Whole days an action is overdue as of the context date; 0 when it is not overdue. */
export function daysOverdueOf(f: Facts, ctx: Pick<Context, "daysSince">): number {
  return f.overdue && f.due !== undefined ? ctx.daysSince(f.due) : 0;
}

/**
 * Days an action or step with this due date and status is overdue as of `asOf`,
 * or `undefined` when it is not overdue.
 */
export function daysLate(due: CalendarDate | undefined, status: Status, continuing: boolean, ctx: Pick<Context, "asOf" | "daysSince">): number | undefined {
  return isOverdue(due, status, continuing, ctx.asOf) ? ctx.daysSince(due) : undefined;
}

/**
 * The overdue rule, the one place it is written: a due date before `asOf`, a status that
 * is not settled (complete, ongoing, cancelled), and, for a target that reads "X and
 * ongoing" (work under way by X, then continuing), only while the work has not started.
 */
export function isOverdue(due: CalendarDate | undefined, status: Status, continuing: boolean, asOf: CalendarDate): due is CalendarDate {
  return due !== undefined && due < asOf && isOpen(status, continuing);
}

/**
 * Whether work with this status still has its target ahead of it: not settled (complete,
 * ongoing, cancelled), and for "X and ongoing", not yet started. Overdue once the date
 * passes; due soon before it.
 */
export function isOpen(status: Status, continuing: boolean): boolean {
  return !SETTLED.has(status) && (!continuing || status === "not-started");
}

export function isContinuing(t: Timescale): boolean {
  return isDated(t) && t.continuing === true;
}

/** An action's weight: 1 when it has none; an unvalidated plan's weight that is not a positive number is refused. */
function weightOf(action: Action, ctx: Context): number {
  const w: unknown = action.weight;
  if (w === undefined) return 1;
  if (typeof w === "number" && w > 0 && w < Infinity) return w;
  throw refused(action, ctx, "weight", w, "a positive number");
}

/** The plan's publication, else its CPC's start, as a date (`YYYY-MM` is the month's first day). */
function startOfPlan(plan: PlanDates | undefined): CalendarDate | undefined {
  const given = plan?.publishedOn ?? plan?.peerChallenge?.start;
  if (typeof given !== "string") return undefined;
  const date = given.length === 7 ? `${given}-01` : given;
  return isCalendarDate(date) ? date : undefined;
}

/**
 * The expected-progress rule (Camms): performance is percent complete over the percent of
 * the time from start to due that has passed. `undefined` where the rule does not apply
 * (complete, overdue, on hold, cancelled) or cannot (no percent complete, no start): the
 * status rule rates those.
 */
function expectedProgressRag(action: Action, status: Status, due: CalendarDate | undefined, overdue: boolean, text: unknown, ctx: Context): Rag | undefined {
  if (due === undefined || overdue || status === "complete" || status === "on-hold" || status === "cancelled") return undefined;
  const percent = percentCompleteOf(action);
  if (percent === undefined) return undefined;
  // A span of months ("April-Sept 2024", "Spring 2024", "2024/25") starts where it says; a month or a day is where the work
  // ends, so the plan's start is taken.
  let start = ctx.planStart;
  if (action.due === undefined && typeof text === "string") {
    const t = ctx.read(text);
    if (t.kind === "date" && t.start.slice(0, 7) !== t.due.slice(0, 7)) start = t.start;
  }
  if (start === undefined || start >= due) return undefined;
  const expected = Math.min(1, Math.max(0, daysBetween(start, ctx.asOf) / daysBetween(start, due)));
  if (expected === 0) return "green";
  const performance = percent / 100 / expected;
  return performance >= ctx.onTrack ? "green" : performance >= ctx.monitor ? "amber" : "red";
}

function deriveRagFrom(status: Status, due: CalendarDate | undefined, overdue: boolean, ctx: Context): Rag {
  if (status === "complete") return ctx.scheme === "brag" ? "blue" : "green";
  if (overdue) return "red";
  if (status === "on-hold") return "amber";
  if (status === "not-started" && due !== undefined && due >= ctx.asOf && due <= ctx.dueSoonUntil) {
    return "amber";
  }
  return "green";
}

/**
 * Refuses a target a bare list of actions cannot read honestly: one with no year ("March")
 * or relative to the CPC ("within six months of the CPC") is read against the plan's dates,
 * which a bare list does not carry, so its figures would not be the plan's.
 */
function needsPlan(action: Action, text: string, ctx: Context): void {
  const t = timescaleOf(ctx, text);
  if (t.kind !== "unknown" || (t.cause !== "no-year" && t.cause !== "needs-anchor")) return;
  throw new PlanDataError(
    `action ${JSON.stringify(action.id)}: the target ${JSON.stringify(text)} is read against the plan's dates (its publication or CPC), which a list of actions does not carry; pass { plan, actions } (for example { plan, actions: plan.actions.filter(...) }) so that the figures are the plan's`,
    [...ctx.pathOf(action), "timescale"],
    text,
  );
}

/** Accepts a plan or a list of actions. */
export function actionsOf(given: { readonly actions: readonly Action[] } | readonly Action[]): readonly Action[] {
  // Whatever the type says: a caller in JavaScript may pass anything.
  const input: unknown = given;
  if (Array.isArray(input)) return input as readonly Action[];
  const actions = typeof input === "object" && input !== null ? (input as { readonly actions?: unknown }).actions : undefined;
  if (!Array.isArray(actions)) {
    throw new PlanDataError(
      `expected a plan (an object with an "actions" list) or a list of actions, but got ${describe(input)}`,
      actions === undefined ? [] : ["actions"],
      input,
    );
  }
  return actions as readonly Action[];
}

/**
 * Part of a plan: some of its actions, with the plan they belong to, whose dates (CPC,
 * publication) and RAG scheme the figures are read with. The figures of a part are the
 * plan's figures for those actions.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { statusSummary, type PlanPart } from "peer-challenge";
 * const mine: PlanPart = { plan, actions: plan.actions.filter((a) => a.owners?.includes("Chief Executive")) };
 * statusSummary(mine, { asOf: "2024-06-30" });
 * ```
 */
export interface PlanPart {
  /** The whole plan: its dates and scheme. */
  readonly plan: ActionPlan;
  /** The actions to count, from `plan.actions`. */
  readonly actions: readonly Action[];
}

/**
 * What the statistics take: a plan; part of a plan, `{ plan, actions }` (the right form for
 * some of its actions: the figures are the plan's for those actions); or a bare list of
 * actions, which has no dates of its own, so a target that needs them (no year, or relative to
 * the CPC) is refused with a {@link PlanDataError} that says to pass `{ plan, actions }`.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { overdueActions, type PlanOrActions } from "peer-challenge";
 * const mine: PlanOrActions = { plan, actions: plan.actions.filter((a) => a.owners?.includes("Chief Executive")) };
 * overdueActions(mine, { asOf: "2024-06-30" });
 * ```
 */
export type PlanOrActions = ActionPlan | PlanPart | readonly Action[];

/** Whether a value is part of a plan: `{ plan, actions }`. */
function isPart(input: unknown): input is PlanPart {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return false;
  const plan = (input as { plan?: unknown }).plan;
  return typeof plan === "object" && plan !== null && Array.isArray((plan as { actions?: unknown }).actions);
}

/** The actions of a plan or list, and the plan when there is one (its dates, its scheme). */
export function inputOf(input: PlanOrActions): { readonly actions: readonly Action[]; readonly plan: ActionPlan | undefined } {
  if (isPart(input)) {
    const actions = actionsOf(input);
    const whole = input.plan;
    // The plan's scheme, as the whole plan settles it: a part with no blue of its own is still BRAG.
    const ragScheme =
      whole.ragScheme ?? (whole.actions.some((a: unknown) => typeof a === "object" && a !== null && isBlue((a as { rag?: unknown }).rag)) ? "brag" : "rag");
    return { actions, plan: { ...whole, ragScheme } };
  }
  const actions = actionsOf(input);
  return { actions, plan: actions === input ? undefined : (input as ActionPlan) };
}

/** What a value is, in words, for an error message. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return `an object with no "actions" list`;
  if (typeof value === "string") return `the text ${JSON.stringify(value.slice(0, 40))}`;
  return typeof value === "function" || typeof value === "symbol"
    ? `a ${typeof value}`
    : `${typeof value} ${(value as number | bigint | boolean | undefined)?.toString() ?? "undefined"}`;
}
