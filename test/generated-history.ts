import { rescheduleAction, updateAction, type ActionPlan, type Status } from "../src/index.js";

/**
 * The Kingston plan with a GENERATED history: made-up updates, for showing and testing
 * progress over time. Not the council's: its title says so, and nothing here is from a
 * source. The rule, by each action's place i in the plan: a fifth complete in each of the
 * first three quarters after the plan (i % 5 = 0, 1, 2), every seventh put on hold in
 * January 2020, and every ninth given a target six months later in August 2019.
 */
export function generatedHistory(kingston: ActionPlan): ActionPlan {
  let plan: ActionPlan = { ...kingston, title: "GENERATED history (test data, not the council's): Kingston's 2019 actions with made-up updates" };
  const at = (i: number) => kingston.actions[i]!.id;
  const change = (date: string, pick: (i: number) => boolean, status: Status) => {
    kingston.actions.forEach((_, i) => {
      if (pick(i)) plan = updateAction(plan, at(i), { date, status, note: "generated" });
    });
  };
  kingston.actions.forEach((a, i) => {
    if (i % 9 === 4 && a.timescale !== undefined) plan = rescheduleAction(plan, at(i), { date: "2019-08-01", timescale: "March 2020", note: "generated" });
  });
  change("2019-09-15", (i) => i % 5 === 0, "complete");
  change("2019-12-10", (i) => i % 5 === 1, "complete");
  change("2020-01-20", (i) => i % 7 === 3 && i % 5 > 1, "on-hold");
  change("2020-03-05", (i) => i % 5 === 2, "complete");
  return plan;
}
