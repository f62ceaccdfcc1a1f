/**
 * The error the statistics throw for data they cannot count without guessing.
 *
 * @module
 */

/**
 * Thrown by the statistics, rollups, headline, comparison and reports when the input is
 * not a plan they can count without guessing: a value that is not a plan or a list of
 * actions, an action that is not an object, a status that is not text, a RAG that is
 * neither canonical nor a wording `normaliseRag` knows ("Amber" counts as amber;
 * "Purple-ish" is refused), a `due` that is not a date written YYYY-MM-DD, or a step that
 * is not an object. A status word no reader knows ("Done-ish") is not refused:
 * the action is counted apart, as `unrecognised`. Nothing is silently counted in the wrong bucket or left out.
 * `validatePlan` reports every such fault at once, with its place; run it first on data
 * you have not checked.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { PlanDataError, statusSummary, type Action } from "peer-challenge";
 * const actions: Action[] = [{ id: "1", recommendation: "R1", title: "Publish the plan", rag: "Purple-ish" as "red" }];
 * try {
 *   statusSummary(actions);
 * } catch (e) {
 *   if (e instanceof PlanDataError) e.path;
 *   //=> [0, "rag"]
 * }
 * ```
 */
export class PlanDataError extends TypeError {
  /** Where in the input the value is: indices and keys, as an issue's `path`. */
  readonly path: readonly (string | number)[];
  /** The value that could not be counted. */
  readonly value: unknown;

  constructor(message: string, path: readonly (string | number)[], value: unknown) {
    super(message);
    this.name = "PlanDataError";
    this.path = path;
    this.value = value;
  }
}

/**
 * The codes of the errors {@link updateAction} and {@link rescheduleAction} throw, each with
 * what it means: a service tells them apart by `code`, never by the English message.
 * (Listed beside `ISSUE_CODES`, the codes of a plan's validation issues.)
 *
 * @category Progress review
 * @example
 * ```ts
 * import { UPDATE_ERROR_CODES } from "peer-challenge";
 * UPDATE_ERROR_CODES["date-before-last-update"];
 * //=> "The update's date comes before the action's last update: it would go back in time."
 * ```
 */
export const UPDATE_ERROR_CODES = {
  /** The plan has no action with that id. */
  "unknown-action": "The plan has no action with that id.",
  /** The update's date is not a date written YYYY-MM-DD. */
  "invalid-date": "The update's date is not a date written YYYY-MM-DD.",
  /** The update's date comes before the action's last update: it would go back in time. */
  "date-before-last-update": "The update's date comes before the action's last update: it would go back in time.",
  /** The status is not one of the six canonical statuses. */
  "unknown-status": "The status is not one of the six canonical statuses.",
  /** The RAG rating is not red, amber, green or blue. */
  "unknown-rag": "The RAG rating is not red, amber, green or blue.",
  /** The new timescale is blank or not text. */
  "invalid-timescale": "The new timescale is blank or not text.",
  /** The new due date is not a date written YYYY-MM-DD. */
  "invalid-due": "The new due date is not a date written YYYY-MM-DD.",
  /** The new owners are not a list of names, none blank. */
  "invalid-owners": "The new owners are not a list of names, none blank.",
  /** rescheduleAction was given no new timescale, due date or owners. */
  "nothing-to-change": "rescheduleAction was given no new timescale, due date or owners.",
  /** A field the function does not record (it would be lost). */
  "field-not-recorded": "A field the function does not record (it would be lost).",
} as const satisfies Readonly<Record<string, string>>;

/**
 * A code of {@link UPDATE_ERROR_CODES}.
 *
 * @category Progress review
 * @example
 * ```ts
 * import type { UpdateErrorCode } from "peer-challenge";
 * const code: UpdateErrorCode = "unknown-action";
 * ```
 */
export type UpdateErrorCode = keyof typeof UPDATE_ERROR_CODES;

/**
 * What {@link updateAction} and {@link rescheduleAction} throw: a `RangeError` (as before)
 * with a stable `code` and the action's id where there is one.
 *
 * @category Progress review
 * @example
 * ```ts
 * import { UpdateError, updateAction } from "peer-challenge";
 * try {
 *   updateAction(plan, "99.9", { date: "2024-06-26", status: "complete" });
 * } catch (e) {
 *   if (e instanceof UpdateError) e.code;
 *   //=> "unknown-action"
 * }
 * ```
 */
export class UpdateError extends RangeError {
  /** What went wrong, stable: see {@link UPDATE_ERROR_CODES}. */
  readonly code: UpdateErrorCode;

  constructor(code: UpdateErrorCode, message: string) {
    super(message);
    this.name = "UpdateError";
    this.code = code;
  }
}
