/**
 * The context an action's facts are worked out in: the plan's dates (which place a target
 * with no year, or one counted from the CPC), the RAG scheme and rule, and, where the facts
 * depend on a day, that day. Each distinct timescale text is read once per context, however
 * many actions share it.
 *
 * This layer depends only on the model, the timescale reader and the wordings: statistics,
 * validation rules, progress, calendars and reports read facts from it, never from each
 * other (see docs/architecture.md).
 */
import { addCalendarDays, dateOrMonthStart, daysBetween, todayInLondon, type CalendarDate } from "../dates.js";
import type { Action } from "../model/types.js";
import { isRag, type Rag } from "../model/vocabulary.js";
import { normaliseRag } from "../status/index.js";
import { isDated, timescaleOptionsOf, type PlanDates } from "../timescale/due.js";
import { parseTimescale } from "../timescale/parse.js";
import type { Timescale } from "../timescale/types.js";

/**
 * What the facts are worked out with: the day, how targets are read, and the RAG rule. The
 * statistics' options (`SummaryOptions`) are these and more.
 */
export interface FactsOptions {
  /** `YYYY-MM-DD`. Default: today's date in Europe/London. */
  readonly asOf?: CalendarDate | undefined;
  readonly quarters?: "calendar" | "financial" | undefined;
  readonly scheme?: "rag" | "brag" | undefined;
  readonly dueSoonDays?: number | undefined;
  readonly ragRule?: "status" | "expected-progress" | undefined;
  readonly expectedProgress?: { readonly onTrack?: number | undefined; readonly monitor?: number | undefined } | undefined;
  readonly weighted?: boolean | undefined;
}

/** A plan's dates and scheme, and its actions, as {@link makeContext} takes them. */
export type ContextPlan = PlanDates & { readonly ragScheme?: "rag" | "brag" | undefined; readonly actions?: readonly Action[] };

/**
 * What reading a plan's actions needs whatever the day: its targets read against its own
 * dates, and where each action is for an error. Status, due date and target are facts of
 * this; overdue, due soon and a derived RAG need a day as well ({@link Context}).
 */
export interface ReadingContext {
  readonly read: (text: string) => Timescale;
  /** The texts read so far: a look-up here is cheaper than a call to `read`. */
  readonly timescales: ReadonlyMap<string, Timescale>;
  /** The due date each text read so far gives, in objects of one shape (see {@link targetOf}). */
  readonly targets: Map<string, Target>;
  /** Where an action is in the input, for a `PlanDataError`. */
  readonly pathOf: (action: Action) => (string | number)[];
  /** A bare list of actions, with no plan: a target that needs the plan's dates is refused. */
  readonly bare: boolean;
  /** The day targets are judged on, when the context has one (see {@link Target}'s `past` and `soon`). */
  readonly day: Day | undefined;
}

/** The day a context judges targets on, and the last day that counts as due soon. */
export interface Day {
  readonly asOf: CalendarDate;
  readonly dueSoonUntil: CalendarDate;
}

/** A {@link ReadingContext} on a day, with the RAG scheme and rule. */
export interface Context extends ReadingContext {
  readonly asOf: CalendarDate;
  readonly scheme: "rag" | "brag";
  readonly dueSoonDays: number;
  /** The last date that counts as due soon: asOf + dueSoonDays. */
  readonly dueSoonUntil: CalendarDate;
  /** Whole days from a due date to asOf, worked out once per distinct due date. */
  readonly daysSince: (due: CalendarDate) => number;
  /** The RAG rule for actions the council has not rated, and the expected-progress rule's thresholds. */
  readonly ragRule: "status" | "expected-progress";
  readonly onTrack: number;
  readonly monitor: number;
  /** Where an action's expected progress starts when its timescale is not a span: the plan's publication, else its CPC. */
  readonly planStart: CalendarDate | undefined;
  /** Whether actions count for their `weight` (default 1) rather than one each. */
  readonly weighted: boolean;
}

/**
 * What a target gives an action: its due date, if any, whether it continues, and, judged
 * once per distinct target rather than once per action, whether the due date is before the
 * context's day (`past`) or from it to the last day of "due soon" (`soon`); both false in a
 * context with no day.
 */
export interface Target {
  readonly due: CalendarDate | undefined;
  readonly continuing: boolean;
  readonly past: boolean;
  readonly soon: boolean;
}

/** No dated target. */
export const UNDATED: Target = { due: undefined, continuing: false, past: false, soon: false };

/** A target due on a date, judged on the context's day. */
export function targetOn(due: CalendarDate, continuing: boolean, day: Day | undefined): Target {
  return {
    due,
    continuing,
    past: day !== undefined && due < day.asOf,
    soon: day !== undefined && due >= day.asOf && due <= day.dueSoonUntil,
  };
}

function readTarget(ctx: Pick<ReadingContext, "read" | "targets" | "day">, text: string): Target {
  const t = ctx.read(text);
  const target = isDated(t) ? targetOn(t.due, t.continuing === true, ctx.day) : UNDATED;
  ctx.targets.set(text, target);
  return target;
}

/**
 * The due date a timescale text gives, read once per context. Timescales come in many
 * shapes, so reading their fields on every action is a look-up each time; these
 * objects all have one shape.
 */
export function targetOf(ctx: Pick<ReadingContext, "read" | "targets" | "day">, text: string): Target {
  return ctx.targets.get(text) ?? readTarget(ctx, text);
}

/**
 * What a timescale text means, read once per context: the map look-up is inlined where a
 * call to `ctx.read` is not, which matters on a pass over a million actions.
 */
export function timescaleOf(ctx: Pick<ReadingContext, "read" | "timescales">, text: string): Timescale {
  return ctx.timescales.get(text) ?? ctx.read(text);
}

/**
 * The context for reading a plan's actions, whatever the day: targets read against the
 * plan's own dates (a bare list of actions has none).
 *
 * @param actions - The actions to be read.
 * @param plan - The plan, for its dates.
 * @param quarters - How "Q1 2024" is read: calendar (default) or financial quarters.
 */
export function readingContext(actions: readonly Action[], plan: ContextPlan | undefined, quarters?: "calendar" | "financial", day?: Day): ReadingContext {
  const cache = new Map<string, Timescale>();
  const anchors = plan !== undefined ? timescaleOptionsOf(plan) : {};
  const parseOptions = quarters ? { ...anchors, quarters } : anchors;
  const read = (text: string): Timescale => {
    let t = cache.get(text);
    // Stryker disable next-line ConditionalExpression: a cache; reading the text again gives the same timescale
    if (t === undefined) {
      t = parseTimescale(text, parseOptions);
      cache.set(text, t);
    }
    return t;
  };
  return {
    read,
    timescales: cache,
    targets: new Map(),
    bare: plan === undefined,
    day,
    pathOf: (action) => {
      const i = plan?.actions !== undefined && plan.actions !== actions ? plan.actions.indexOf(action) : actions.indexOf(action);
      return plan !== undefined ? ["actions", i] : [i];
    },
  };
}

/**
 * The context the facts are worked out in on a day: the date, the RAG scheme, "due soon",
 * and each due date's days worked out once.
 *
 * @param actions - The actions to be counted (a reported blue among them makes the scheme BRAG).
 * @param options - `asOf`, `dueSoonDays` and the other options.
 * @param scheme - Fixes the RAG scheme without looking at the actions, for callers that
 *   settle it themselves (a rollup notices a reported blue during its own pass).
 * @param plan - The plan, for its own RAG scheme and dates.
 */
export function makeContext(actions: readonly Action[], options: FactsOptions, scheme?: "rag" | "brag", plan?: ContextPlan): Context {
  const asOf = options.asOf ?? todayInLondon();
  const dueSoonDays = options.dueSoonDays ?? 30;
  const dueSoonUntil = addCalendarDays(asOf, dueSoonDays);
  // Plans have few distinct due dates: count the days for each once.
  const days = new Map<CalendarDate, number>();
  const daysSince = (due: CalendarDate): number => {
    let d = days.get(due);
    // Stryker disable next-line ConditionalExpression: a cache; counting again gives the same days
    if (d === undefined) days.set(due, (d = daysBetween(due, asOf)));
    return d;
  };
  return {
    ...readingContext(actions, plan, options.quarters, { asOf, dueSoonUntil }),
    asOf,
    scheme: scheme ?? options.scheme ?? plan?.ragScheme ?? schemeOf(actions),
    dueSoonDays,
    dueSoonUntil,
    daysSince,
    ragRule: options.ragRule ?? "status",
    onTrack: options.expectedProgress?.onTrack ?? 0.9,
    monitor: options.expectedProgress?.monitor ?? 0.7,
    // The plan's publication, else its CPC's start.
    planStart: dateOrMonthStart(plan?.publishedOn ?? plan?.peerChallenge?.start),
    weighted: options.weighted === true,
  };
}

/** The RAG scheme actions are in when nothing says: BRAG when any is reported blue (as given: a wording in an unvalidated plan counts). */
export function schemeOf(actions: readonly unknown[]): "rag" | "brag" {
  return actions.some((a) => typeof a === "object" && a !== null && isBlue((a as { rag?: unknown }).rag)) ? "brag" : "rag";
}

/** Whether a reported rating, as given (a wording in an unvalidated plan), is blue. */
function isBlue(rag: unknown): boolean {
  return rag === "blue" || (typeof rag === "string" && !isRag(rag) && ragOf(rag) === "blue");
}

/**
 * A rating as given: the rating (a wording the normaliser knows counts as what it means),
 * `undefined` when blank, `null` when it is no rating.
 */
export function ragOf(given: unknown): Rag | undefined | null {
  if (typeof given !== "string") return null;
  if (given.trim() === "") return undefined;
  return normaliseRag(given) ?? null;
}
