// One truth (issue 12): on a plan that was not validated, with the wordings councils type,
// every door gives the same answer: the summaries, the headline, the rollups and the report
// agree with each other and with the validated plan, or all refuse it alike.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { PlanDataError, progressHeadline, ragSummary, rollup, rollupByTheme, statusSummary, type ActionPlan } from "../../src/index.js";
import { buildReport } from "../../src/report/index.js";
import { actionPlanSchema, validatePlan } from "../../src/schema/index.js";
import { plan } from "./arbitraries.js";

// Canonical values, the wordings validatePlan reads with a warning, a date in the status
// column, and words nothing reads.
const statusWords = [
  "complete",
  "in-progress",
  "not-started",
  "ongoing",
  "on-hold",
  "cancelled",
  "Completed",
  "Done",
  "On track",
  "In Progress",
  "Not started",
  "Delayed",
  "Green - on track",
  "Over one month behind (red)",
  "Blue - complete",
  // Only a colour: the RAG, and no status, where the RAG given is none or the same.
  "Amber",
  "Blue",
  "green.",
  "March 2024",
  "Whenever",
  "",
  "  ",
];
const ragWords = ["red", "amber", "green", "blue", "Red", "AMBER", "Green", "Blue", "Complete", "purple", "", " "];

/** A plan as it might arrive unvalidated: any of those words in the status and RAG of each action. */
const rawPlan = fc
  .tuple(
    plan(),
    fc.array(fc.tuple(fc.option(fc.constantFrom(...statusWords), { nil: undefined }), fc.option(fc.constantFrom(...ragWords), { nil: undefined })), {
      minLength: 12,
      maxLength: 12,
    }),
    fc.option(fc.constantFrom("rag" as const, "brag" as const), { nil: undefined }),
  )
  .map(([p, words, ragScheme]) => {
    const actions = p.actions.map((a, i) => {
      const [status, rag] = words[i % words.length]!;
      const { status: _s, rag: _r, ...rest } = a;
      return { ...rest, ...(status !== undefined ? { status } : {}), ...(rag !== undefined ? { rag } : {}) };
    });
    return { ...p, ...(ragScheme ? { ragScheme } : {}), actions } as unknown as ActionPlan;
  });

const asOf = "2024-06-30";

/** The result of a computation, or the kind of error it threw. */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return e instanceof PlanDataError ? "PlanDataError" : `unexpected ${String(e)}`;
  }
}

describe("every door gives the same answer on a plan that was not validated", () => {
  test.prop([rawPlan])("summaries, headline, rollups and report agree, or all refuse alike", (raw) => {
    const status = outcome(() => statusSummary(raw, { asOf }));
    const rag = outcome(() => ragSummary(raw, { asOf }));
    const headline = outcome(() => progressHeadline(raw, { asOf }));
    const byStatus = outcome(() => rollup(raw, { by: "status", asOf }));
    const byTheme = outcome(() => rollupByTheme(raw, { asOf }));
    const report = outcome(() => buildReport(raw, { asOf }));
    const all = [status, rag, headline, byStatus, byTheme, report];
    if (all.some((o) => typeof o === "string")) {
      // One refuses: all refuse, the same way.
      expect(all).toEqual(all.map(() => "PlanDataError"));
      return;
    }
    if (typeof status === "string" || typeof rag === "string" || typeof headline === "string" || typeof byStatus === "string" || typeof report === "string")
      return;
    // The rollup's total and the report are the summaries.
    expect(byStatus.total.status).toEqual(status);
    expect(byStatus.total.rag).toEqual(rag);
    expect(report.status).toEqual(status);
    expect(report.rag).toEqual(rag);
    expect(report.headline).toEqual(headline);
    // Each status group holds exactly the actions of its status.
    for (const g of byStatus.groups) expect(g.actions, g.key).toBe(g.key === "cancelled" ? 0 : status.counts[g.key]);
    // The headline counts what the summary counts.
    expect(headline.total).toBe(status.total);
    expect(headline.excluded).toBe(status.excluded);
    expect(headline.completed.count).toBe(status.counts.complete);
    expect(headline.completed.count + headline.expectedProgress.count + headline.notProgressed.count).toBe(status.total);
    // And the validated plan gives the same figures as the raw one.
    const validated = validatePlan(raw, { asOf });
    if (validated.plan) {
      expect(statusSummary(validated.plan, { asOf })).toEqual(status);
      expect(ragSummary(validated.plan, { asOf })).toEqual(rag);
      expect(progressHeadline(validated.plan, { asOf })).toEqual(headline);
    }
  });

  test.prop([rawPlan])("an unreadable status or RAG is refused by validation too, never counted", (raw) => {
    const refused = outcome(() => statusSummary(raw, { asOf })) === "PlanDataError" || outcome(() => ragSummary(raw, { asOf })) === "PlanDataError";
    const validated = validatePlan(raw, { asOf });
    const unknown = validated.issues.some((i) => i.code === "unknown-status" || i.code === "unknown-rag");
    expect(refused).toBe(unknown);
  });
});

describe("the schema and validatePlan", () => {
  // The schema checks the shape of the file format; validatePlan checks the shape and the
  // rules across the plan. Both keep unknown fields.
  const withExtras = fc.tuple(plan(), fc.dictionary(fc.constantFrom("leadMember", "cost", "notes", "x"), fc.jsonValue(), { maxKeys: 2 })).map(([p, extra]) => ({
    ...p,
    ...extra,
    actions: p.actions.map((a, i) => (i === 0 ? { ...a, ...extra } : a)),
  }));

  test.prop([withExtras])("read a plan validatePlan accepts to the same value, unknown fields kept by both", (p) => {
    const validated = validatePlan(p, { asOf });
    const parsed = actionPlanSchema.safeParse(p);
    if (validated.ok) {
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(validated.plan);
    }
  });
});
