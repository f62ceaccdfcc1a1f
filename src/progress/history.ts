import { Immer } from "immer";
import { isCalendarDate, type CalendarDate } from "../dates.js";
import type { Action, ActionPlan, Update, UpdatePrevious } from "../model/types.js";
import { fieldAsOf, TRACKED, type Tracked } from "./past.js";
import { RAGS, STATUSES, type Rag, type Status } from "../model/vocabulary.js";
import { UpdateError } from "../model/errors.js";

// A private Immer: no auto-freezing, so the caller's unchanged objects (shared with the
// result) are left exactly as they were, and no global Immer setting is touched.
const immer = /* @__PURE__ */ new Immer({ autoFreeze: false });

/**
 * A change to record against an action: when, and the new status, RAG or note; and, in
 * the same call, a new target or owners where they changed too.
 *
 * @category Progress review
 * @example
 * ```ts
 * import type { ActionUpdate } from "peer-challenge";
 * const u: ActionUpdate = { date: "2024-06-26", status: "in-progress", rag: "amber", note: "Survey done; action plan in production" };
 * ```
 */
export interface ActionUpdate {
  /** `YYYY-MM-DD`; not earlier than the action's last update. */
  readonly date: CalendarDate;
  /** The new status, if it changed. */
  readonly status?: Status | undefined;
  /** The new RAG rating, if it changed. */
  readonly rag?: Rag | undefined;
  /** What was said about progress. */
  readonly note?: string | undefined;
  /** A new target, as it will be published: recorded as {@link rescheduleAction} records it. */
  readonly timescale?: string | undefined;
  /** A new explicit due date, `YYYY-MM-DD`. */
  readonly due?: CalendarDate | undefined;
  /** The new owners, one entry each; they replace the old ones. */
  readonly owners?: readonly string[] | undefined;
}

/**
 * A new target or owners to record against an action: when, and what changed.
 *
 * @category Progress review
 * @example
 * ```ts
 * import type { Reschedule } from "peer-challenge";
 * const r: Reschedule = { date: "2019-07-15", timescale: "December 2019", note: "Agreed at Cabinet" };
 * ```
 */
export interface Reschedule {
  /** `YYYY-MM-DD`; not earlier than the action's last update. */
  readonly date: CalendarDate;
  /**
   * The new target, as it will be published ("December 2019"). It replaces the whole
   * target: an explicit `due` the action had is removed (and kept in the history) unless
   * a new `due` is given too.
   */
  readonly timescale?: string | undefined;
  /** A new explicit due date, `YYYY-MM-DD`. */
  readonly due?: CalendarDate | undefined;
  /** The new owners, one entry each; they replace the old ones. */
  readonly owners?: readonly string[] | undefined;
  /** Why, or what was agreed. */
  readonly note?: string | undefined;
}

/** The keys each function records; any other is refused rather than ignored. */
const RECORDS = {
  updateAction: ["date", "status", "rag", "note", "timescale", "due", "owners"],
  rescheduleAction: ["date", "timescale", "due", "owners", "note"],
} as const;

/** Throws for a key the function would not record (a key whose value is `undefined` is absent). */
function onlyRecorded(fn: keyof typeof RECORDS, given: object): void {
  const records: readonly string[] = RECORDS[fn];
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined || records.includes(key)) continue;
    const other = fn === "updateAction" ? "rescheduleAction" : "updateAction";
    const where = (RECORDS[other] as readonly string[]).includes(key) ? `; ${other} records it` : "";
    throw new UpdateError("field-not-recorded", `${fn}: it records ${records.join(", ")}, not ${JSON.stringify(key)}, which would be lost${where}`);
  }
}

function actionIndex(fn: string, plan: ActionPlan, actionId: string): number {
  const index = plan.actions.findIndex((a) => a.id === actionId);
  if (index >= 0) return index;
  const some = plan.actions
    .slice(0, 8)
    .map((a) => a.id)
    .join(", ");
  throw new UpdateError(
    "unknown-action",
    `${fn}: the plan has no action ${JSON.stringify(actionId)}${some ? ` (it has ${some}${plan.actions.length > 8 ? ", ..." : ""})` : ""}`,
  );
}

function checkDate(fn: string, action: Action, date: unknown): void {
  if (typeof date !== "string" || !isCalendarDate(date)) throw new UpdateError("invalid-date", `${fn}: the date ${JSON.stringify(date)} is not YYYY-MM-DD`);
  const last = action.updates?.at(-1);
  if (last && date < last.date) {
    throw new UpdateError(
      "date-before-last-update",
      `${fn}: action ${action.id} was last updated on ${last.date}; an update dated ${date} would go back in time`,
    );
  }
}

/** Appends `entry` to the action at `index`, setting the values it changes. */
function record(plan: ActionPlan, index: number, entry: Update, remove: readonly Tracked[] = []): ActionPlan {
  return immer.produce(plan, (draft) => {
    const a = draft.actions[index]! as Record<string, unknown> & { updates?: Update[] };
    for (const key of TRACKED) if (entry[key] !== undefined) a[key] = entry[key];
    for (const key of remove) Reflect.deleteProperty(a, key);
    (a.updates ??= []).push(entry);
  });
}

/** Everything one update may record: a status, RAG and note, and a new target or owners. */
type Change = ActionUpdate & Omit<Reschedule, "date" | "note">;

/** Checks a change and records it as one dated update: the one place for updateAction and rescheduleAction. */
function recordChange(fn: keyof typeof RECORDS, plan: ActionPlan, actionId: string, change: Change): ActionPlan {
  const index = actionIndex(fn, plan, actionId);
  onlyRecorded(fn, change);
  const action = plan.actions[index]!;
  checkDate(fn, action, change.date);
  const { status, rag, timescale, due, owners, note } = change;
  if (fn === "rescheduleAction" && timescale === undefined && due === undefined && owners === undefined) {
    throw new UpdateError("nothing-to-change", `${fn}: give a new timescale, due date or owners for action ${action.id}`);
  }
  if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) {
    throw new UpdateError("unknown-status", `${fn}: ${JSON.stringify(status)} is not a status (${STATUSES.join(", ")})`);
  }
  if (rag !== undefined && !(RAGS as readonly string[]).includes(rag)) {
    throw new UpdateError("unknown-rag", `${fn}: ${JSON.stringify(rag)} is not a RAG rating (${RAGS.join(", ")})`);
  }
  if (timescale !== undefined && (typeof timescale !== "string" || timescale.trim() === "")) {
    throw new UpdateError("invalid-timescale", `${fn}: the timescale must be text, not ${JSON.stringify(timescale)}`);
  }
  if (due !== undefined && (typeof due !== "string" || !isCalendarDate(due)))
    throw new UpdateError("invalid-due", `${fn}: the due date ${JSON.stringify(due)} is not YYYY-MM-DD`);
  const names: unknown = owners; // a caller in JavaScript may pass anything
  if (names !== undefined && !(Array.isArray(names) && names.every((o: unknown) => typeof o === "string" && o.trim() !== ""))) {
    throw new UpdateError("invalid-owners", `${fn}: owners must be a list of names, none blank`);
  }
  const previous: { -readonly [K in keyof UpdatePrevious]: UpdatePrevious[K] } = {};
  const remove: Tracked[] = [];
  if (status !== undefined && action.status !== undefined) previous.status = action.status;
  if (rag !== undefined && action.rag !== undefined) previous.rag = action.rag;
  if (timescale !== undefined && action.timescale !== undefined) previous.timescale = action.timescale;
  if ((due !== undefined || timescale !== undefined) && action.due !== undefined) {
    previous.due = action.due;
    if (due === undefined) remove.push("due");
  }
  if (owners !== undefined && action.owners !== undefined) previous.owners = action.owners;
  const changes = status !== undefined || rag !== undefined || timescale !== undefined || due !== undefined || owners !== undefined;
  const entry: Update = {
    date: change.date,
    ...(status !== undefined ? { status } : {}),
    ...(rag !== undefined ? { rag } : {}),
    ...(timescale !== undefined ? { timescale } : {}),
    ...(due !== undefined ? { due } : {}),
    ...(owners !== undefined ? { owners: [...owners] } : {}),
    ...(note !== undefined ? { note } : {}),
    ...(changes ? { previous } : {}),
  };
  return record(plan, index, entry, remove);
}

/**
 * Records an update against an action and returns the new plan; the input is left
 * untouched (it may be deep-frozen) and every unchanged object is shared with it.
 *
 * The action takes the new status and RAG (and, given here too, a new target or owners,
 * as {@link rescheduleAction} records them: one call for all of a quarter's news), and a
 * dated entry is appended to its `updates` with the note and the values it replaced
 * (`previous`), so that {@link planAsOf} can read the plan back as of any date.
 *
 * @param plan - The plan.
 * @param actionId - The action's id, e.g. `"2.2"`.
 * @param update - The date and what changed.
 * @returns A new plan.
 * @throws UpdateError (a RangeError with a `code` from {@link UPDATE_ERROR_CODES}) for an
 *   unknown action id (`unknown-action`), a date that is not `YYYY-MM-DD` (`invalid-date`) or
 *   that comes before the action's last update (`date-before-last-update`), an unknown status
 *   or RAG, a bad timescale, due date or owners, or a field it does not record.
 * @category Progress review
 * @example
 * ```ts
 * import { updateAction } from "peer-challenge";
 * const next = updateAction(westNorfolk, "2.2", { date: "2024-06-26", status: "in-progress", note: "Survey done" });
 * next.actions.find((a) => a.id === "2.2")?.updates?.at(-1);
 * //=> { date: "2024-06-26", status: "in-progress", note: "Survey done", previous: {} } (2.2 had no status before)
 * next.actions[0] === westNorfolk.actions[0];
 * //=> true (unchanged actions are shared)
 * ```
 */
export function updateAction(plan: ActionPlan, actionId: string, update: ActionUpdate): ActionPlan {
  return recordChange("updateAction", plan, actionId, update);
}

/**
 * Records a new target or new owners for an action, as a dated update, and returns the
 * new plan (the input untouched, unchanged objects shared). The values replaced are
 * kept in the update's `previous`, so {@link planAsOf} gives the target an earlier date
 * had, and {@link originalDue} the first one.
 *
 * A new `timescale` replaces the whole target: an explicit `due` the action had would
 * otherwise still decide when it is due, so it is removed (and kept in `previous`)
 * unless a new `due` is given as well.
 *
 * @param plan - The plan.
 * @param actionId - The action's id, e.g. `"16"`.
 * @param change - The date and the new timescale, due date or owners (at least one).
 * @returns A new plan.
 * @throws UpdateError (a RangeError with a `code` from {@link UPDATE_ERROR_CODES}) for an
 *   unknown action id, a date that is not `YYYY-MM-DD` or that comes before the action's
 *   last update, a blank timescale, a due date that is not `YYYY-MM-DD`, owners that are
 *   not a list of names, nothing to change (`nothing-to-change`), or a field it does not
 *   record (`status`, `rag`: {@link updateAction} records them with a new target too).
 * @category Progress review
 * @example
 * ```ts
 * import { rescheduleAction, originalDue } from "peer-challenge";
 * const moved = rescheduleAction(westNorfolk, "2.2", { date: "2024-06-26", timescale: "December 2024", note: "Survey delayed" });
 * const action = moved.actions.find((a) => a.id === "2.2")!;
 * action.timescale;
 * //=> "December 2024"
 * originalDue(action);
 * //=> "2024-05-31" (the target it had before: "February 2024 April 2024 May 2024")
 * ```
 */
export function rescheduleAction(plan: ActionPlan, actionId: string, change: Reschedule): ActionPlan {
  return recordChange("rescheduleAction", plan, actionId, change);
}

/**
 * The plan as it stood on a past date, read back from each action's dated `updates`:
 * updates after the date are dropped and what they changed (status, RAG, timescale, due
 * date, owners) is undone. An action with no updates is taken as it is. Unchanged
 * actions are shared with the input.
 *
 * @param plan - The plan, with its update history.
 * @param date - `YYYY-MM-DD`.
 * @returns The plan as of that date.
 * @category Progress review
 * @example
 * ```ts
 * import { planAsOf, updateAction } from "peer-challenge";
 * const july = updateAction(kingston, "16", { date: "2019-07-15", status: "complete" });
 * planAsOf(july, "2019-06-30").actions.find((a) => a.id === "16")?.status;
 * //=> "in-progress" (not yet updated then)
 * ```
 */
export function planAsOf(plan: ActionPlan, date: CalendarDate): ActionPlan {
  if (!isCalendarDate(date)) throw new RangeError(`planAsOf: the date ${JSON.stringify(date)} is not YYYY-MM-DD`);
  return immer.produce(plan, (draft) => {
    plan.actions.forEach((action, i) => {
      if (!action.updates?.some((u) => u.date > date)) return;
      const a = draft.actions[i]! as Record<string, unknown>;
      for (const key of TRACKED) {
        const value = fieldAsOf(action, key, date);
        if (value === undefined) Reflect.deleteProperty(a, key);
        else a[key] = value;
      }
      const kept = action.updates.filter((u) => u.date <= date);
      if (kept.length > 0) a["updates"] = kept;
      else delete a["updates"];
    });
  });
}
