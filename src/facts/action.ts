/**
 * An action's facts, worked out once: its status as read (and where it came from), its due
 * date, whether it continues, whether it is overdue, its RAG (reported or derived), its
 * weight. Statistics, validation rules, progress and reports read these; the rules are
 * written here once (see docs/architecture.md).
 */
import { daysBetween, isCalendarDate, type CalendarDate } from "../dates.js";
import { PlanDataError } from "../model/errors.js";
import type { Action } from "../model/types.js";
import { RAGS, STATUSES, type Rag, type Status } from "../model/vocabulary.js";
import { normaliseStatus, ragInStatus, statusIsColour } from "../status/index.js";
import { readStatus, type ReadStatus } from "./status.js";
import { dueDateWith } from "../timescale/due.js";
import { ragOf, targetOf, targetOn, timescaleOf, UNDATED, type Context, type ReadingContext, type Target } from "./context.js";
import { percentCompleteOf } from "./percent.js";
import { checkedSteps, refused } from "./refused.js";

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

/** What an action's status is, as read: facts that do not depend on the day. */
export interface StatusFacts {
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
  /** The RAG rating the council gave, read (a wording counts as what it means); `undefined` when none. */
  readonly givenRag: Rag | undefined;
  /** The text the action's target is read from: its timescale, or a date its status column held (swapped columns). */
  readonly targetText: unknown;
}

/** An action's facts on a day (see {@link classify}). */
export interface Facts extends StatusFacts {
  readonly due: CalendarDate | undefined;
  /** Overdue as of the context date (see {@link daysOverdueOf} for how long). */
  readonly overdue: boolean;
  /** The target reads "X and ongoing": under way by X, then continues. */
  readonly continuing: boolean;
  /** The RAG the figures count: the council's, else derived by the context's rule. */
  readonly rag: Rag;
  readonly ragDerived: boolean;
  /** What the action counts for: its `weight` when the figures are weighted, else 1. */
  readonly weight: number;
}

/**
 * How the statistics read a status or RAG that is not canonical: a wording the
 * normalisers know counts as what it means ("Completed" is complete), a blank one as
 * none given, and anything else is refused (a {@link PlanDataError}), never counted in
 * a bucket it may not belong to. One policy, here, for every statistic.
 */
function statusOf(given: unknown, action: Action, ctx: ReadingContext): ReadStatus {
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

/**
 * A `due` that is not a date written YYYY-MM-DD, in a plan that was not validated: refused,
 * never compared as text (a `due` of "2024-06" would be taken as past on the first of June,
 * one of 5 never as past).
 */
function checkedDue(action: Action, ctx: Pick<ReadingContext, "pathOf">): void {
  const due: unknown = action.due;
  if (typeof due !== "string" || !isCalendarDate(due)) throw refused(action, ctx, "due", due, "a date written YYYY-MM-DD");
}

/** isStatus, as comparisons: cheaper than a set look-up on a pass over a million actions. */
// Stryker disable all: a fast path; a canonical status read the slow way (statusOf) is the same status
function isCanonicalStatus(s: string): boolean {
  return s === "in-progress" || s === "not-started" || s === "complete" || s === "ongoing" || s === "on-hold" || s === "cancelled";
}

/** isRag, as comparisons, for the same reason. */
function isCanonicalRag(r: string): boolean {
  return r === "green" || r === "amber" || r === "red" || r === "blue";
}

// Stryker restore all

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
    givenRag: undefined,
    targetText: undefined,
    due: undefined,
    overdue: false,
    continuing: false,
    rag: "green",
    ragDerived: false,
    weight: 1,
  };
}

/** {@link StatusFacts} to be filled in by {@link statusFactsInto}. */
export type MutableStatusFacts = { -readonly [K in keyof StatusFacts]: StatusFacts[K] };

/**
 * An action's status as read, whatever the day: its own (a wording, or a date in the status
 * column read as the target), else what the tracker says of it ({@link statusFromEvidence}).
 * A status or RAG that is no wording any reader knows is refused (a `PlanDataError`), never
 * counted in a bucket it may not belong to.
 */
export function statusFacts(action: Action, ctx: ReadingContext): StatusFacts {
  return statusFactsInto(action, ctx, newFacts());
}

/** {@link statusFacts}, filling `out`. */
export function statusFactsInto<T extends MutableStatusFacts>(action: Action, ctx: ReadingContext, out: T): T {
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
  let wording = false; // the status is a wording ("Completed", "Green - on track")
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the fast path again; statusOf reads a canonical status as itself
  if (given !== undefined && !isCanonicalStatus(given)) {
    // Read as validatePlan reads it: a wording, or a date in the status column.
    const r = statusOf(given, action, ctx);
    wording = r.how === "wording";
    read = r.status;
    text = r.timescale;
    unrecognised = r.how === "unknown";
  } else if (given === undefined && hasText(action.statusText)) unrecognised = true; // validatePlan keeps the word here
  const givenRag = action.rag;
  let rag: Rag | undefined = givenRag;
  // An unvalidated plan may hold a wording ("Amber") where the type says a rating.
  if (givenRag !== undefined && !isCanonicalRag(givenRag)) {
    const r = ragOf(givenRag);
    if (r === null) throw refused(action, ctx, "rag", givenRag, `a RAG rating (${RAGS.join(", ")}) or a wording normaliseRag knows`);
    rag = r;
  }
  // A wording that names a colour ("Green - on track") gives it, one that says late ("Behind schedule") amber,
  // where no RAG is given, as validatePlan's repair does.
  if (rag === undefined && wording) rag = ragInStatus(given as string);
  // A status that is only a colour ("Amber") is the RAG, with no status, where no other RAG is given (as repair reads it).
  const colour = unrecognised && typeof given === "string" ? statusIsColour(given) : undefined;
  if (colour !== undefined && (rag === undefined || rag === colour)) {
    rag = colour;
    read = undefined;
    unrecognised = false;
  }
  let from: StatusSource = "status";
  if (read === undefined && !unrecognised) {
    const evidence = statusFromEvidence(action, rag);
    read = evidence.status;
    from = evidence.from;
  }
  out.status = read ?? "not-started";
  out.noStatus = from === "none" && !unrecognised;
  out.from = from;
  out.unrecognised = unrecognised;
  out.givenRag = rag;
  out.targetText = text;
  return out;
}

/**
 * Fills `out` with an action's facts and returns it: a loop that counts facts and
 * keeps none of them reuses one object rather than make one per action.
 */
export function classifyInto(action: Action, ctx: Context, out: MutableFacts): MutableFacts {
  statusFactsInto(action, ctx, out);
  const status = out.status;
  const text = out.targetText;
  const rag = out.givenRag;
  const target = actionTarget(action, out, ctx);
  const due = target.due;
  const continuing = target.continuing;
  // Days overdue are counted only where wanted (daysOverdueOf): rollups need the flag alone.
  // An action whose status is not known is not called overdue: it is named apart instead.
  // The overdue rule (isOverdue), with the date part judged once per distinct target (target.past).
  const overdue = !out.unrecognised && target.past && isOpen(status, continuing);
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
      deriveRagFrom(status, target, overdue, ctx);
    out.ragDerived = true;
  }
  return out;
}

/**
 * An action's due date and whether it continues: its `due`; else what its target text gives
 * (its timescale, or a date its status column held); else its steps' latest due date. A bare
 * list of actions refuses a target that needs the plan's dates.
 */
export function actionTarget(action: Action, status: Pick<StatusFacts, "targetText">, ctx: ReadingContext): Target {
  const given = action.due;
  if (given !== undefined) {
    checkedDue(action, ctx);
    return targetOn(given, false, ctx.day);
  }
  const text = status.targetText;
  // The common case, one cached look-up: a timescale that gives the date itself.
  const target = typeof text === "string" ? targetOf(ctx, text) : UNDATED;
  if (target.due !== undefined) return target;
  if (action.steps !== undefined) checkedSteps(action, ctx);
  const fromSteps = action.steps !== undefined ? dueDateWith(action, ctx.read) : undefined;
  if (fromSteps !== undefined) return targetOn(fromSteps, false, ctx.day);
  if (ctx.bare && typeof text === "string") needsPlan(action, text, ctx);
  return target;
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
    // An update's status wording ("Completed") read as validation reads it (repair's normaliseStatus).
    const given = typeof s === "string" ? (isCanonicalStatus(s) ? (s as Status) : normaliseStatus(s)) : undefined;
    if (given !== undefined) return { status: given, from: "update" };
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
  // The settled statuses, never overdue: complete, ongoing, cancelled (comparisons: cheaper than a set look-up).
  return status !== "complete" && status !== "ongoing" && status !== "cancelled" && (!continuing || status === "not-started");
}

/** An action's weight: 1 when it has none; an unvalidated plan's weight that is not a positive number is refused. */
function weightOf(action: Action, ctx: Context): number {
  const w: unknown = action.weight;
  if (w === undefined) return 1;
  if (typeof w === "number" && w > 0 && w < Infinity) return w;
  throw refused(action, ctx, "weight", w, "a positive number");
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

/** The status rule: complete is blue (green in RAG), overdue red, on hold amber, not started and due soon amber, else green. */
function deriveRagFrom(status: Status, target: Target, overdue: boolean, ctx: Context): Rag {
  if (status === "complete") return ctx.scheme === "brag" ? "blue" : "green";
  if (overdue) return "red";
  if (status === "on-hold") return "amber";
  if (status === "not-started" && target.soon) return "amber";
  return "green";
}

/**
 * Refuses a target a bare list of actions cannot read honestly: one with no year ("March")
 * or relative to the CPC ("within six months of the CPC") is read against the plan's dates,
 * which a bare list does not carry, so its figures would not be the plan's.
 */
function needsPlan(action: Action, text: string, ctx: ReadingContext): void {
  const t = timescaleOf(ctx, text);
  if (t.kind !== "unknown" || (t.cause !== "no-year" && t.cause !== "needs-anchor")) return;
  throw new PlanDataError(
    `action ${JSON.stringify(action.id)}: the target ${JSON.stringify(text)} is read against the plan's dates (its publication or CPC), which a list of actions does not carry; pass { plan, actions } (for example { plan, actions: plan.actions.filter(...) }) so that the figures are the plan's`,
    [...ctx.pathOf(action), "timescale"],
    text,
  );
}
