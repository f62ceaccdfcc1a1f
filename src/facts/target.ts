/**
 * Whether an action has a target, and why not: the one place this is written. Validation
 * warns `action-without-target` for an action that gives none at all; `actionsWithoutTarget`
 * lists every action with no dated target, with the reason.
 */
import type { Action, Step } from "../model/types.js";
import { dueDateWith, isDated } from "../timescale/due.js";
import type { Timescale } from "../timescale/types.js";
import type { ReadingContext } from "./context.js";

/**
 * Why an action has no due date: `missing` (neither it nor any step gives a target),
 * `ongoing`, `recurring`, `status` (a status word where the target should be) or `unknown`
 * (a text that gives no date, such as "TBC").
 *
 * @category Statistics
 * @example
 * ```ts
 * import type { NoTargetReason } from "peer-challenge";
 * const reason: NoTargetReason = "ongoing";
 * ```
 */
export type NoTargetReason = "missing" | "ongoing" | "recurring" | "status" | "unknown";

const NON_SPACE = /\S/;

/** Whether text is empty or only spaces (as `trim() === ""`, without making a string). */
export function isBlank(text: string): boolean {
  // Most text starts with a printable ASCII character: no need for the expression.
  const c = text.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return !NON_SPACE.test(text);
}

function gives(item: Action | Step): boolean {
  return item.due !== undefined || (item.timescale !== undefined && !isBlank(item.timescale));
}

/** Whether an action gives any target: a due date or a timescale (any words, even "TBC") of its own or of a step. */
export function givesTarget(action: Action): boolean {
  if (gives(action)) return true;
  for (const s of action.steps ?? []) if (gives(s)) return true;
  return false;
}

/** Why an action has no dated target, with what its target says; `undefined` when it has one. */
export function noTarget(action: Action, ctx: Pick<ReadingContext, "read">): { readonly reason: NoTargetReason; readonly timescale?: Timescale } | undefined {
  if (dueDateWith(action, ctx.read) !== undefined) return undefined;
  // What the action says of its target, else what its first step that says anything does.
  let text = action.timescale !== undefined && !isBlank(action.timescale) ? action.timescale : undefined;
  for (const s of action.steps ?? []) {
    if (text !== undefined) break;
    if (s.timescale !== undefined && !isBlank(s.timescale)) text = s.timescale;
  }
  if (text === undefined) return { reason: "missing" };
  const t = ctx.read(text);
  return { reason: isDated(t) ? "unknown" : t.kind, timescale: t };
}
