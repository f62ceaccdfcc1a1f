import { beforeAll, describe, expect, it } from "vitest";
import {
  comparePlans,
  cpcCalendar,
  isRag,
  isStatus,
  isThemeId,
  overdueActions,
  overdueSteps,
  percentages,
  PlanDataError,
  progressHeadline,
  ragLabel,
  ragSummary,
  rollup,
  rollupByTheme,
  statusLabel,
  statusSummary,
  type Action,
  type ActionPlan,
} from "../src/index.js";
import { buildReport, renderHtmlReport, renderMarkdownReport } from "../src/report/index.js";
import { validatePlan } from "../src/schema/index.js";
import { deepFreeze, loadPlan } from "./helpers.js";

// Built in beforeAll, not at load, so that mutation testing can tell which tests use them.
let raw: ActionPlan;
beforeAll(() => {
  raw = deepFreeze(loadPlan("kingston-2019.json"));
});

// The same question gets the same answer through every door: validated or not, summary,
// headline or rollup, in every time zone.

const plan = (actions: Action[], extra: Partial<ActionPlan> = {}): ActionPlan => ({
  schemaVersion: 1,
  council: { name: "Test" },
  peerChallenge: { start: "2024-01-15" },
  recommendations: [{ id: "R1", title: "r", themes: ["governance-and-culture"] }],
  actions,
  ...extra,
});
const act = (id: string, fields: Partial<Action> = {}): Action => ({ id, recommendation: "R1", title: `action ${id}`, ...fields });

describe("statistics read a plan that was not validated as validatePlan reads it", () => {
  // Kingston's file as published: 47 in progress, 1 complete, 2 not started, 2 with no status,
  // and two with the status and timescale columns swapped: "December 2019" beside "Ongoing"
  // (ongoing) and "July 2019" beside "In progress" (in progress). So 48 in progress, 1
  // complete, 1 ongoing, 4 not started, of 54. Largest remainder: 88.89 → 89, 7.41 → 7,
  // 1.85 → 2 and 1.85 → 2 (the two largest remainders after 88.89 take the last two units).
  it("gives Kingston's figures, 89 % in progress, with or without validation", () => {
    const validated = validatePlan(raw).plan!;
    for (const p of [raw, validated]) {
      expect(statusSummary(p, { asOf: "2019-06-30" })).toMatchObject({
        total: 54,
        counts: { "in-progress": 48, complete: 1, ongoing: 1, "not-started": 4, "on-hold": 0, cancelled: 0 },
        percentages: { "in-progress": 89, "not-started": 7, complete: 2, ongoing: 2 },
        excluded: 0,
        noStatus: 2,
      });
    }
    expect(progressHeadline(raw, { asOf: "2019-06-30" })).toEqual(progressHeadline(validated, { asOf: "2019-06-30" }));
    expect(rollup(raw, { by: "status", asOf: "2019-06-30" })).toEqual(rollup(validated, { by: "status", asOf: "2019-06-30" }));
    expect(overdueActions(raw, { asOf: "2019-06-30" })).toEqual(
      overdueActions(validated, { asOf: "2019-06-30" }).map((o) => ({ ...o, action: raw.actions.find((a) => a.id === o.action.id)! })),
    );
  });

  it("counts wordings councils write as what they mean, in every summary", () => {
    // "Completed" and "Done" are complete; "Amber" is amber. Nothing is left out.
    const p = plan([
      act("1", { status: "Completed" as "complete" }),
      act("2", { status: "Done" as "complete", rag: "Amber" as "amber" }),
      act("3", { status: "in-progress" }),
    ]);
    expect(statusSummary(p)).toMatchObject({ total: 3, counts: { complete: 2, "in-progress": 1, cancelled: 0 }, excluded: 0 });
    expect(progressHeadline(p)).toMatchObject({ total: 3, completed: { count: 2 } });
    expect(ragSummary(p, { asOf: "2024-06-30" }).counts.amber).toBe(1);
    expect(rollup(p, { by: "status", asOf: "2024-06-30" }).total.status.counts.complete).toBe(2);
  });

  it("treats a blank status or RAG as none given", () => {
    const p = plan([act("1", { status: "  " as "complete", rag: "" as "red" })]);
    expect(statusSummary(p)).toMatchObject({ total: 1, noStatus: 1, counts: { "not-started": 1 } });
    expect(ragSummary(p, { asOf: "2024-06-30" }).derived).toBe(1);
    // validatePlan reads them the same, with a warning each, rather than refuse them.
    const r = validatePlan(p);
    expect(r.ok).toBe(true);
    expect(r.plan?.actions[0]).toEqual({ id: "1", recommendation: "R1", title: "action 1" });
    expect(r.issues.filter((i) => i.code === "non-canonical-status" || i.code === "non-canonical-rag").map((i) => i.path.join("."))).toEqual([
      "actions.0.status",
      "actions.0.rag",
    ]);
  });

  it("counts a status word it cannot read apart, as validatePlan keeps it, rather than in a bucket it may not belong to", () => {
    // Two actions: 1 in progress; 2.3 "Done-ish", a word no reader knows. Read raw or validated (where the word is kept
    // as statusText), 2.3 is in no status, RAG or headline bucket and not overdue: 1 counted, 1 unrecognised.
    const raw = plan([act("1", { status: "in-progress", timescale: "March 2024" }), act("2.3", { status: "Done-ish" as "complete", timescale: "March 2024" })]);
    const validated = validatePlan(raw);
    expect(validated.ok).toBe(true);
    for (const p of [raw, validated.plan!]) {
      expect(statusSummary(p, { asOf: "2024-06-30" })).toMatchObject({ total: 1, unrecognised: 1, counts: { "in-progress": 1, cancelled: 0 } });
      expect(ragSummary(p, { asOf: "2024-06-30" })).toMatchObject({ total: 1, unrecognised: 1 });
      expect(progressHeadline(p, { asOf: "2024-06-30" })).toMatchObject({ total: 1, unrecognised: 1, notProgressed: { count: 1 } });
      expect(rollup(p, { by: "theme", asOf: "2024-06-30" }).total.status.unrecognised).toBe(1);
      expect(overdueActions(p, { asOf: "2024-06-30" }).map((o) => o.action.id)).toEqual(["1"]);
    }
    expect(() => ragSummary(plan([act("1", { rag: "purple" as "red" })]))).toThrow('the rag "purple" is not a RAG rating');
  });

  it("says what it was given when it is not a plan, rather than fail inside", () => {
    expect(() => statusSummary({} as ActionPlan)).toThrow(/expected a plan \(an object with an "actions" list\) or a list of actions, but got an object/);
    expect(() => progressHeadline(null as unknown as ActionPlan)).toThrow(PlanDataError);
    expect(() => overdueActions("plan.json" as unknown as ActionPlan)).toThrow('got the text "plan.json"');
    expect(() => statusSummary([null] as unknown as Action[])).toThrow("an action is null, not an object");
  });
});

describe("options are checked the same way everywhere", () => {
  const p = plan([act("1", { status: "in-progress", timescale: "March 2024" })]);
  it.each([
    [
      "rollup by",
      () => rollup(p, { by: "owners" as "owner" }),
      'rollup: by must be "theme" or "recommendation" or "owner" or "heading" or "status", not "owners"',
    ],
    [
      "rounding",
      () => statusSummary(p, { rounding: "largest" as "nearest" }),
      'statusSummary: rounding must be "largest-remainder" or "nearest", not "largest"',
    ],
    ["decimals", () => ragSummary(p, { decimals: 9 }), "ragSummary: decimals must be a whole number from 0 to 6, not 9"],
    ["asOf", () => overdueActions(p, { asOf: "2024-13-01" }), 'overdueActions: asOf must be a date written YYYY-MM-DD, not "2024-13-01"'],
    ["since", () => comparePlans(p, p, { since: "31/03/2024" }), 'comparePlans: since must be a date written YYYY-MM-DD, not "31/03/2024"'],
    ["scheme", () => rollupByTheme(p, { scheme: "BRAG" as "brag" }), 'rollupByTheme: scheme must be "rag" or "brag", not "BRAG"'],
    ["overdueCountsAs", () => progressHeadline(p, { overdueCountsAs: "late" as "not-progressed" }), "progressHeadline: overdueCountsAs must be"],
    ["percentages decimals", () => percentages({ a: 1 }, { decimals: -1 }), "percentages: decimals must be a whole number from 0 to 6, not -1"],
  ])("a bad %s is a RangeError saying what is allowed", (_, f, message) => {
    expect(f).toThrow(RangeError);
    expect(f).toThrow(message);
  });
  it("says which function refused a bad asOf, in every function that takes one, reports included", () => {
    const bad = { asOf: "30/06/2024" };
    const calls: [string, () => unknown][] = [
      ["statusSummary", () => statusSummary(p, bad)],
      ["ragSummary", () => ragSummary(p, bad)],
      ["overdueActions", () => overdueActions(p, bad)],
      ["overdueSteps", () => overdueSteps(p, bad)],
      ["rollup", () => rollup(p, { ...bad, by: "owner" })],
      ["rollupByTheme", () => rollupByTheme(p, bad)],
      ["progressHeadline", () => progressHeadline(p, bad)],
      ["comparePlans", () => comparePlans(p, p, bad)],
      ["buildReport", () => buildReport(p, bad)],
      ["renderHtmlReport", () => renderHtmlReport(p, bad)],
      ["renderMarkdownReport", () => renderMarkdownReport(p, bad)],
    ];
    for (const [name, call] of calls) expect(call, name).toThrow(new RangeError(`${name}: asOf must be a date written YYYY-MM-DD, not "30/06/2024"`));
  });

  it("takes undefined for any option as the default", () => {
    const env: { AS_OF?: string } = {};
    expect(statusSummary(p, { asOf: env.AS_OF, rounding: undefined, decimals: undefined, scheme: undefined })).toEqual(statusSummary(p));
  });
  it("refuses counts that are not counts", () => {
    expect(() => percentages({ a: -3, b: 1 })).toThrow("percentages: the count of a must be a whole number of 0 or more, not -3");
    expect(() => percentages({ a: Number.NaN })).toThrow(RangeError);
    expect(() => percentages({ a: 1.5 })).toThrow(RangeError);
  });
});

describe("the plan's own RAG scheme", () => {
  it("is used by every summary, whatever one officer typed", () => {
    // Two complete actions, one rated blue by one officer. In a plan that says it uses RAG,
    // blue counts as green; with no scheme said, the blue switches the summary to BRAG.
    const actions = [act("1", { status: "complete", rag: "blue" }), act("2", { status: "complete" })];
    expect(ragSummary(plan(actions, { ragScheme: "rag" }), { asOf: "2024-06-30" })).toMatchObject({ scheme: "rag", counts: { green: 2, blue: 0 } });
    expect(ragSummary(plan(actions), { asOf: "2024-06-30" })).toMatchObject({ scheme: "brag", counts: { blue: 2 } });
    expect(rollup(plan(actions, { ragScheme: "rag" }), { by: "theme", asOf: "2024-06-30" }).total.rag.counts).toMatchObject({ green: 2, blue: 0 });
    // And a plan that uses BRAG keeps blue for complete work even when no one has typed it yet.
    expect(ragSummary(plan([act("2", { status: "complete" })], { ragScheme: "brag" }), { asOf: "2024-06-30" }).counts.blue).toBe(1);
  });
  it("is part of the file format", () => {
    expect(validatePlan(plan([act("1")], { ragScheme: "brag" }))).toMatchObject({ ok: true, plan: { ragScheme: "brag" } });
    expect(validatePlan({ ...plan([act("1")]), ragScheme: "BRAG" }).ok).toBe(false);
  });
});

describe("type guards and labels", () => {
  it("say which values are canonical", () => {
    expect(["complete", "Complete", "done", 3, undefined].map(isStatus)).toEqual([true, false, false, false, false]);
    expect(["amber", "Amber", "blue", null].map(isRag)).toEqual([true, false, true, false]);
    expect(["governance-and-culture", "leadership-of-place", "Governance and culture"].map(isThemeId)).toEqual([true, true, false]);
  });
  it("give the words the reports print", () => {
    expect(statusLabel("in-progress")).toBe("In progress");
    expect(statusLabel("on-hold")).toBe("On hold");
    expect(ragLabel("amber")).toBe("Amber");
    expect(ragLabel("blue")).toBe("Blue (complete)");
  });
});

describe("dates are the same in every time zone and every year", () => {
  const zones = ["Pacific/Apia", "Pacific/Kiritimati", "America/Los_Angeles", "Europe/London", "UTC", "Asia/Kathmandu"];
  const before = process.env["TZ"];
  it.each(zones)("in %s", (zone) => {
    process.env["TZ"] = zone;
    try {
      // Apia skipped 30 December 2011. 29 to 31 December is still two days, and a CPC
      // on 30 September 2011 has its plan due three months on, on 30 December.
      const p = plan([act("1", { due: "2011-12-29" })], { peerChallenge: { start: "2011-09-30" } });
      expect(overdueActions(p, { asOf: "2011-12-31" })[0]?.daysOverdue).toBe(2);
      expect(cpcCalendar("2011-09-30").actionPlanDue).toBe("2011-12-30");
      // Kiritimati skipped 31 December 1994.
      expect(cpcCalendar("1994-09-30").actionPlanDue).toBe("1994-12-30");
      expect(overdueActions(plan([act("1", { due: "1994-12-30" })]), { asOf: "1995-01-01" })[0]?.daysOverdue).toBe(2);
    } finally {
      if (before === undefined) delete process.env["TZ"];
      else process.env["TZ"] = before;
    }
  });
  it("computes years before 1000 exactly, and refuses a calendar that would pass 9999", () => {
    // 0050-01-07 plus 3 months is 0050-04-07; plus five years, 0055-01-07.
    expect(cpcCalendar("0050-01-07")).toMatchObject({ actionPlanDue: "0050-04-07", nextCpcDue: "0055-01-07" });
    expect(() => cpcCalendar("9999-12-31")).toThrow(RangeError);
    expect(() => cpcCalendar("9999-12-31")).toThrow("cpcCalendar:");
  });
});
