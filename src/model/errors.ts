/**
 * The error the statistics throw for data they cannot count without guessing.
 *
 * @module
 */

/**
 * Thrown by the statistics, rollups, headline, comparison and reports when the input is
 * not a plan they can count without guessing: a value that is not a plan or a list of
 * actions, an action that is not an object, or a status or RAG that is neither canonical
 * nor a wording `normaliseStatus` / `normaliseRag` know ("Completed" counts as complete;
 * "Done-ish" is refused). Nothing is silently counted in the wrong bucket or left out.
 * `validatePlan` reports every such fault at once, with its place; run it first on data
 * you have not checked.
 *
 * @category Statistics
 * @example
 * ```ts
 * import { PlanDataError, statusSummary, type Action } from "peer-challenge";
 * const actions: Action[] = [{ id: "1", recommendation: "R1", title: "Publish the plan", status: "Done-ish" as "complete" }];
 * try {
 *   statusSummary(actions);
 * } catch (e) {
 *   if (e instanceof PlanDataError) e.path;
 *   //=> [0, "status"]
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
