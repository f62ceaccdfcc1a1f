import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  overdueActions,
  percentages,
  planAsOf,
  portfolioSummary,
  PREVIOUS_THEME_IDS,
  progressHeadline,
  ragSummary,
  statusSummary,
  STATUSES,
  type Action,
  type ActionPlan,
} from "../src/index.js";
import { calendarDate, plan } from "./properties/arbitraries.js";

/** Targets that only mean something against the plan's own dates, besides the arbitraries' own. */
const relative = fc.constantFrom("Within 3 months of the CPC", "within six months", "March", "Autumn", "5 months after the CPC", "Q3");

/**
 * A plan with what differs between councils: its own CPC and publication dates, targets
 * read against them, its scheme, and (sometimes) the previous framework's themes.
 */
const councilPlan: fc.Arbitrary<ActionPlan> = fc
  .record({
    p: plan(),
    published: fc.option(
      fc.oneof(
        calendarDate,
        calendarDate.map((d) => d.slice(0, 7)),
      ),
      { nil: undefined },
    ),
    scheme: fc.option(fc.constantFrom("rag" as const, "brag" as const), { nil: undefined }),
    previous: fc.boolean(),
    previousThemes: fc.array(fc.uniqueArray(fc.constantFrom(...PREVIOUS_THEME_IDS), { minLength: 1, maxLength: 3 }), { maxLength: 5 }),
    targets: fc.array(fc.option(relative, { nil: undefined }), { maxLength: 12 }),
  })
  .map(({ p, published, scheme, previous, previousThemes, targets }) => ({
    ...p,
    ...(published !== undefined ? { publishedOn: published } : {}),
    ...(scheme !== undefined ? { ragScheme: scheme } : {}),
    ...(previous
      ? {
          framework: "previous" as const,
          recommendations: p.recommendations.map((r, i) => {
            const { themes: _themes, ...rest } = r;
            const t = previousThemes[i];
            return t !== undefined ? { ...rest, themes: t } : rest;
          }),
        }
      : {}),
    actions: p.actions.map((a, i): Action => (targets[i] !== undefined && a.due === undefined ? { ...a, timescale: targets[i] } : a)),
  }));

const asOf = calendarDate;
const rounding = fc.record({ rounding: fc.constantFrom("largest-remainder" as const, "nearest" as const), decimals: fc.integer({ min: 0, max: 2 }) });

describe("portfolioSummary", () => {
  test.prop([fc.array(councilPlan, { maxLength: 6 }), asOf, rounding], { numRuns: 150 })(
    "each row is that plan's own figures; the totals are the sums, their percentages those of the summed counts",
    (plans, date, r) => {
      const options = { asOf: date, ...r };
      const p = portfolioSummary(plans, options);
      expect(p.plans).toHaveLength(plans.length);
      plans.forEach((pl, i) => {
        const row = p.plans[i]!;
        expect(row.status).toEqual(statusSummary(pl, options));
        expect(row.rag).toEqual(ragSummary(pl, options));
        expect(row.headline).toEqual(progressHeadline(pl, options));
        expect(row.overdue).toBe(overdueActions(pl, { asOf: date }).length);
        expect(row.actions).toBe(row.status.total);
        expect(row.council).toBe(pl.council?.name);
      });
      const sum = (f: (row: (typeof p.plans)[number]) => number) => p.plans.reduce((n, row) => n + f(row), 0);
      const { total } = p;
      expect(total.actions).toBe(sum((row) => row.actions));
      expect(total.overdue).toBe(sum((row) => row.overdue));
      // Status: every count summed; percentages of the summed counts, cancelled left out.
      for (const k of Object.keys(total.status.counts) as (keyof typeof total.status.counts)[])
        expect(total.status.counts[k]).toBe(sum((row) => row.status.counts[k]));
      const { cancelled, ...counted } = total.status.counts;
      expect(total.status.percentages).toEqual({ ...percentages(counted, r), cancelled: 0 });
      expect(total.status.excluded).toBe(cancelled);
      expect(total.status.noStatus).toBe(sum((row) => row.status.noStatus));
      // RAG
      for (const k of Object.keys(total.rag.counts) as (keyof typeof total.rag.counts)[]) expect(total.rag.counts[k]).toBe(sum((row) => row.rag.counts[k]));
      expect(total.rag.percentages).toEqual(percentages(total.rag.counts, r));
      expect(total.rag.derived).toBe(sum((row) => row.rag.derived));
      // Headline
      const h = total.headline;
      expect([h.completed.count, h.expectedProgress.count, h.notProgressed.count]).toEqual([
        sum((row) => row.headline.completed.count),
        sum((row) => row.headline.expectedProgress.count),
        sum((row) => row.headline.notProgressed.count),
      ]);
      const shares = percentages({ completed: h.completed.count, expected: h.expectedProgress.count, not: h.notProgressed.count }, r);
      expect([h.completed.percent, h.expectedProgress.percent, h.notProgressed.percent]).toEqual([shares.completed, shares.expected, shares.not]);
      expect(h.total).toBe(sum((row) => row.headline.total));
      // Themes: each recommendation once per current theme, and the actions they answer.
      const recommendations = plans.reduce((n, pl) => n + pl.recommendations.length, 0);
      expect(p.themes.reduce((n, t) => n + t.recommendations, 0)).toBeGreaterThanOrEqual(recommendations);
      expect(p.themes.reduce((n, t) => n + t.actions, 0)).toBeGreaterThanOrEqual(total.actions);
      // Timeliness: every plan is counted once against the 5-month limit.
      const t = total.timeliness;
      expect(t.within5Months + t.later + t.notKnown).toBe(plans.length);
      expect(t.within3Months).toBeLessThanOrEqual(t.within5Months);
    },
    60_000,
  );

  test.prop([fc.array(councilPlan, { minLength: 2, maxLength: 5 }), asOf], { numRuns: 100 })(
    "two plans' relative targets give the sum of their own overdue counts, never one plan's dates read for the other",
    (plans, date) => {
      const p = portfolioSummary(plans, { asOf: date });
      expect(p.total.overdue).toBe(plans.reduce((n, pl) => n + overdueActions(pl, { asOf: date }).length, 0));
    },
    60_000,
  );

  test.prop([fc.array(councilPlan, { maxLength: 4 }), asOf], { numRuns: 100 })(
    "the order of the plans changes only the order of the rows",
    (plans, date) => {
      const forward = portfolioSummary(plans, { asOf: date });
      const backward = portfolioSummary([...plans].reverse(), { asOf: date });
      expect(backward.plans).toEqual([...forward.plans].reverse());
      expect(backward.total).toEqual(forward.total);
      expect(backward.themes).toEqual(forward.themes);
    },
    60_000,
  );

  /** A plan whose actions have dated status updates, so that the plan on an earlier day differs. */
  const withHistory = fc
    .record({
      p: councilPlan,
      updates: fc.array(fc.array(fc.record({ date: calendarDate, status: fc.constantFrom(...STATUSES) }), { maxLength: 3 }), { maxLength: 12 }),
    })
    .map(({ p, updates }) => ({
      ...p,
      actions: p.actions.map((a, i): Action => {
        const u = [...(updates[i] ?? [])].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
        return u.length > 0 ? { ...a, status: u.at(-1)!.status, updates: u } : a;
      }),
    }));

  test.prop([withHistory, calendarDate, asOf], { numRuns: 150 })(
    "says how far a plan had got by its review: the headline of the plan as it stood that day",
    (plan, review, date) => {
      const row = portfolioSummary([{ plan, progressReview: review }], { asOf: date }).plans[0]!;
      expect(row.review!.on).toBe(review);
      expect(row.review!.headline).toEqual(progressHeadline(planAsOf(plan, review), { asOf: review }));
    },
    60_000,
  );
});
