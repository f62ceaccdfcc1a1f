// Issue 28 item 3: statistics on part of a plan keep the plan. For any plan and any subset of its actions, the
// figures of { plan, actions: subset } are the plan's figures restricted to those actions: the overdue list is
// the plan's, filtered; the counts of a subset and of the rest add up to the plan's; the RAG scheme is the plan's.
// Targets include ones read against the plan's dates (no year, relative to the CPC), which a bare list refuses.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { overdueActions, PlanDataError, progressHeadline, ragSummary, statusSummary, type Action, type ActionPlan } from "../../src/index.js";
import { loadPlan } from "../helpers.js";
import { calendarDate, plan } from "./arbitraries.js";

const ANCHORED = ["March", "Autumn", "December", "within six months of the CPC", "by the end of the year", undefined] as const;

/** A plan whose actions may have targets read against its dates, a publication date, and a subset mask. */
const planAndPart = plan().chain((p) =>
  fc.tuple(
    fc.constant(p),
    fc.array(fc.boolean(), { minLength: p.actions.length, maxLength: p.actions.length }),
    fc.array(fc.constantFrom(...ANCHORED), { minLength: p.actions.length, maxLength: p.actions.length }),
    fc.option(calendarDate, { nil: undefined }),
    calendarDate,
  ),
);

function withTargets(p: ActionPlan, targets: readonly (string | undefined)[], publishedOn: string | undefined): ActionPlan {
  return {
    ...p,
    ...(publishedOn !== undefined ? { publishedOn } : {}),
    actions: p.actions.map((a, i) => (targets[i] !== undefined ? { ...a, timescale: targets[i], due: undefined } : a)),
  };
}

const sum = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>) => Object.fromEntries(Object.keys(a).map((k) => [k, a[k]! + b[k]!]));

describe("part of a plan, { plan, actions }", () => {
  test.prop([planAndPart], { numRuns: 150 })(
    "gives the plan's figures restricted to those actions",
    ([p, mask, targets, publishedOn, asOf]) => {
      const whole = withTargets(p, targets, publishedOn);
      const part: Action[] = whole.actions.filter((_, i) => mask[i]);
      const rest: Action[] = whole.actions.filter((_, i) => !mask[i]);
      const options = { asOf };
      const ids = new Set(part.map((a) => a.id));
      expect(overdueActions({ plan: whole, actions: part }, options)).toEqual(overdueActions(whole, options).filter((o) => ids.has(o.action.id)));
      const s = (actions: Action[]) => statusSummary({ plan: whole, actions }, options);
      expect(sum(s(part).counts, s(rest).counts)).toEqual(statusSummary(whole, options).counts);
      const r = (actions: Action[]) => ragSummary({ plan: whole, actions }, options);
      expect(sum(r(part).counts, r(rest).counts)).toEqual(ragSummary(whole, options).counts);
      expect(r(part).scheme).toBe(ragSummary(whole, options).scheme);
      const h = (actions: Action[]) => progressHeadline({ plan: whole, actions }, options);
      const all = progressHeadline(whole, options);
      expect([h(part).completed.count + h(rest).completed.count, h(part).notProgressed.count + h(rest).notProgressed.count]).toEqual([
        all.completed.count,
        all.notProgressed.count,
      ]);
    },
    60_000,
  );
});

describe("a bare list of actions", () => {
  it("refuses a target it cannot read without the plan's dates, saying what to pass", () => {
    // West Norfolk (published 2024-02, CPC 2023-10), its first action's target made "March", which has no year of its
    // own: read against the publication, February 2024, it is 31 March 2024; a bare list has no date to read it with.
    const westNorfolk = loadPlan("west-norfolk-2024.json");
    const p: ActionPlan = { ...westNorfolk, actions: westNorfolk.actions.map((a, i) => (i === 0 ? { ...a, timescale: "March", steps: undefined } : a)) };
    const first = p.actions.slice(0, 1);
    expect(() => overdueActions(first, { asOf: "2024-06-30" })).toThrow(PlanDataError);
    expect(() => statusSummary(first)).toThrow(/pass \{ plan, actions \}/);
    // With the plan, "March" is March 2024: overdue on 30 June 2024 by 91 days (31 March to 30 June).
    expect(overdueActions({ plan: p, actions: first }, { asOf: "2024-06-30" }).map((o) => [o.action.id, o.due, o.daysOverdue])).toEqual([
      ["1.1", "2024-03-31", 91],
    ]);
  });
});
