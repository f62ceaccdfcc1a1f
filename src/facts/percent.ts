import type { Action } from "../model/types.js";

/**
 * How far an action has got, 0 to 100: its own `percentComplete` where the plan gives
 * one; 100 for a complete action; otherwise from its steps where every step says (its
 * `percentComplete`, or its status: complete is 100, anything else 0, cancelled steps
 * left out), the mean of the steps. `undefined` where that cannot be said: no figure, and
 * steps that do not all say.
 *
 * @param action - The action.
 * @returns 0 to 100, or `undefined`.
 * @category Statistics
 * @example
 * ```ts
 * import { percentCompleteOf } from "peer-challenge";
 * percentCompleteOf({ id: "1.1", recommendation: "R1", title: "Engagement strategy",
 *   steps: [{ id: "a", text: "Working group", status: "complete" }, { id: "b", text: "Strategy", percentComplete: 40 }] });
 * //=> 70
 * ```
 */
export function percentCompleteOf(action: Action): number | undefined {
  if (action.percentComplete !== undefined) return action.percentComplete;
  if (action.status === "complete") return 100;
  const steps = action.steps;
  if (steps === undefined || steps.length === 0) return undefined;
  let sum = 0;
  let counted = 0;
  for (const s of steps) {
    if (s.status === "cancelled") continue;
    const value = s.percentComplete ?? (s.status === undefined ? undefined : s.status === "complete" ? 100 : 0);
    if (value === undefined) return undefined;
    sum += value;
    counted++;
  }
  return counted === 0 ? undefined : sum / counted;
}
