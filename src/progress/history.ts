import { Immer } from "immer";
import { isCalendarDate, type CalendarDate } from "../dates.js";
import type { Action, ActionPlan, Update } from "../model/types.js";
import { RAGS, STATUSES, type Rag, type Status } from "../model/vocabulary.js";

// A private Immer: no auto-freezing, so the caller's unchanged objects (shared with the
// result) are left exactly as they were, and no global Immer setting is touched.
const immer = /* @__PURE__ */ new Immer({ autoFreeze: false });

/**
 * A change to record against an action: when, and the new status, RAG or note.
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
}

/**
 * Records an update against an action and returns the new plan; the input is left
 * untouched (it may be deep-frozen) and every unchanged object is shared with it.
 *
 * The action takes the new status and RAG, and a dated entry is appended to its
 * `updates` with the note and the values it replaced (`previous`), so that
 * {@link planAsOf} can read the plan back as of any date.
 *
 * @param plan - The plan.
 * @param actionId - The action's id, e.g. `"2.2"`.
 * @param update - The date and what changed.
 * @returns A new plan.
 * @throws RangeError for an unknown action id, a date that is not `YYYY-MM-DD` or that
 *   comes before the action's last update, or an unknown status or RAG.
 * @category Progress review
 * @example
 * ```ts
 * import { updateAction } from "peer-challenge";
 * const next = updateAction(plan, "2.2", { date: "2024-06-26", status: "in-progress", note: "Survey done" });
 * next.actions.find((a) => a.id === "2.2")?.updates?.at(-1);
 * //=> { date: "2024-06-26", status: "in-progress", note: "Survey done", previous: {} }
 * next.actions[0] === plan.actions[0];
 * //=> true (unchanged actions are shared)
 * ```
 */
export function updateAction(plan: ActionPlan, actionId: string, update: ActionUpdate): ActionPlan {
  const index = plan.actions.findIndex((a) => a.id === actionId);
  if (index < 0) {
    const some = plan.actions
      .slice(0, 8)
      .map((a) => a.id)
      .join(", ");
    throw new RangeError(
      `updateAction: the plan has no action ${JSON.stringify(actionId)}${some ? ` (it has ${some}${plan.actions.length > 8 ? ", ..." : ""})` : ""}`,
    );
  }
  if (!isCalendarDate(update.date)) throw new RangeError(`updateAction: the date ${JSON.stringify(update.date)} is not YYYY-MM-DD`);
  if (update.status !== undefined && !(STATUSES as readonly string[]).includes(update.status)) {
    throw new RangeError(`updateAction: ${JSON.stringify(update.status)} is not a status (${STATUSES.join(", ")})`);
  }
  if (update.rag !== undefined && !(RAGS as readonly string[]).includes(update.rag)) {
    throw new RangeError(`updateAction: ${JSON.stringify(update.rag)} is not a RAG rating (${RAGS.join(", ")})`);
  }
  const action = plan.actions[index]!;
  const last = action.updates?.at(-1);
  if (last && update.date < last.date) {
    throw new RangeError(`updateAction: action ${actionId} was last updated on ${last.date}; an update dated ${update.date} would go back in time`);
  }
  const previous: { status?: Status; rag?: Rag } = {};
  if (update.status !== undefined && action.status !== undefined) previous.status = action.status;
  if (update.rag !== undefined && action.rag !== undefined) previous.rag = action.rag;
  const entry: Update = {
    date: update.date,
    ...(update.status !== undefined ? { status: update.status } : {}),
    ...(update.rag !== undefined ? { rag: update.rag } : {}),
    ...(update.note !== undefined ? { note: update.note } : {}),
    ...(update.status !== undefined || update.rag !== undefined ? { previous } : {}),
  };
  return immer.produce(plan, (draft) => {
    const a = draft.actions[index]!;
    if (update.status !== undefined) a.status = update.status;
    if (update.rag !== undefined) a.rag = update.rag;
    (a.updates ??= []).push(entry);
  });
}

/** The value of a field as of a date, undoing the updates made after it. */
function fieldAsOf<K extends "status" | "rag">(action: Action, key: K, date: CalendarDate): Action[K] {
  const updates = action.updates ?? [];
  const firstLater = updates.find((u) => u.date > date && u[key] !== undefined);
  if (!firstLater) return action[key];
  if (firstLater.previous) return firstLater.previous[key] as Action[K];
  // Updates written by hand may not say what they replaced: take the latest earlier one.
  for (let i = updates.length - 1; i >= 0; i--) {
    const u = updates[i]!;
    if (u.date <= date && u[key] !== undefined) return u[key] as Action[K];
  }
  return undefined;
}

/**
 * The plan as it stood on a past date, read back from each action's dated `updates`:
 * updates after the date are dropped and the status and RAG they set are undone. An
 * action with no updates is taken as it is. Unchanged actions are shared with the input.
 *
 * @param plan - The plan, with its update history.
 * @param date - `YYYY-MM-DD`.
 * @returns The plan as of that date.
 * @category Progress review
 * @example
 * ```ts
 * import { planAsOf, updateAction, statusSummary } from "peer-challenge";
 * const june = updateAction(plan, "2.2", { date: "2024-06-26", status: "complete" });
 * planAsOf(june, "2024-05-31").actions.find((a) => a.id === "2.2")?.status;
 * //=> undefined (not yet updated then)
 * ```
 */
export function planAsOf(plan: ActionPlan, date: CalendarDate): ActionPlan {
  if (!isCalendarDate(date)) throw new RangeError(`planAsOf: the date ${JSON.stringify(date)} is not YYYY-MM-DD`);
  return immer.produce(plan, (draft) => {
    plan.actions.forEach((action, i) => {
      if (!action.updates?.some((u) => u.date > date)) return;
      const a = draft.actions[i]!;
      const status = fieldAsOf(action, "status", date);
      const rag = fieldAsOf(action, "rag", date);
      if (status === undefined) delete a.status;
      else a.status = status;
      if (rag === undefined) delete a.rag;
      else a.rag = rag;
      const kept = action.updates.filter((u) => u.date <= date);
      if (kept.length > 0) a.updates = kept;
      else delete a.updates;
    });
  });
}
