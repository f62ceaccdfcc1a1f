// How the statistics read one action, case by case: what they refuse from an unvalidated
// plan and how they say it, the RAG they derive, and the scheme they count in.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validatePlan } from "../src/schema/index.js";
import { actionsWithoutTarget, overdueActions, overdueSteps, PlanDataError, ragSummary, statusSummary, type Action, type ActionPlan } from "../src/index.js";
import { cpcStats, runCpc } from "./helpers.js";

const plan = (actions: unknown[]): ActionPlan =>
  ({ schemaVersion: 1, council: { name: "Test" }, peerChallenge: { start: "2024-01" }, recommendations: [{ id: "R1", title: "r" }], actions }) as ActionPlan;
const act = (id: string, fields: Record<string, unknown> = {}): Action => ({ id, recommendation: "R1", title: `action ${id}`, ...fields });

/** The PlanDataError a call throws, or undefined. */
function refusal(f: () => unknown): PlanDataError | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof PlanDataError) return e;
    throw e;
  }
  return undefined;
}

describe("what the statistics refuse, and how they say it", () => {
  it("names what it got instead of a plan or a list of actions", () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [null, "null", []],
      ["a plan", 'the text "a plan"', []],
      [42, "number 42", []],
      [true, "boolean true", []],
      [undefined, "undefined undefined", []],
      [() => 1, "a function", []],
      [Symbol("s"), "a symbol", []],
      [{ title: "no actions" }, 'an object with no "actions" list', []],
      // An "actions" that is not a list: the path names it.
      [{ actions: "none" }, 'an object with no "actions" list', ["actions"]],
    ];
    for (const [input, words, path] of cases) {
      const e = refusal(() => statusSummary(input as ActionPlan));
      expect(e?.message).toBe(`expected a plan (an object with an "actions" list) or a list of actions, but got ${words}`);
      expect(e?.path).toEqual(path);
    }
    // A long text is cut at 40 characters in the message.
    expect(refusal(() => statusSummary("x".repeat(100) as unknown as ActionPlan))?.message).toContain(`the text "${"x".repeat(40)}"`);
  });

  it("refuses a due that is not a date and steps that are not objects, in every statistic, instead of comparing them as text", () => {
    // A due of "2024-06" compared as text is before "2024-06-30" and after "2024-05-31": it
    // would be overdue or not by accident; a due of 5 would never be. Both are refused.
    for (const count of [
      (p: ActionPlan) => statusSummary(p, { asOf: "2024-09-01" }),
      (p: ActionPlan) => overdueActions(p, { asOf: "2024-09-01" }),
      (p: ActionPlan) => ragSummary(p, { asOf: "2024-09-01", ragRule: "expected-progress" }),
    ]) {
      const month = refusal(() => count(plan([act("1"), act("2", { due: "2024-06", status: "in-progress", percentComplete: 50 })])));
      expect(month?.message).toBe(
        'action "2": the due "2024-06" is not a date written YYYY-MM-DD, so it cannot be counted; validatePlan reports every such value with its place',
      );
      expect(month?.path).toEqual(["actions", 1, "due"]);
      expect(refusal(() => count(plan([act("1", { due: 5 })])))?.path).toEqual(["actions", 0, "due"]);
      // A step written as text (a tracker's "a. May 2024" pasted as it is): step 2 of action 1.
      const step = refusal(() => count(plan([act("1", { steps: [{ id: "a", timescale: "April 2024" }, "b. May 2024"] })])));
      expect(step?.message).toBe(
        'action "1": the step 2 "b. May 2024" is not a step (an object), so it cannot be counted; validatePlan reports every such value with its place',
      );
      expect(step?.path).toEqual(["actions", 0, "steps", 1]);
      expect(refusal(() => count(plan([act("1", { steps: "a. May 2024" })])))?.path).toEqual(["actions", 0, "steps"]);
    }
    // Where the action's own timescale gives its date, its steps are not read for the
    // action's figures; the steps' own statistics still refuse a step written as text.
    const dated = plan([act("1", { timescale: "March 2025", steps: ["b. June 2024"] })]);
    expect(statusSummary(dated, { asOf: "2024-09-01" }).total).toBe(1);
    for (const steps of [() => overdueSteps(dated, { asOf: "2024-09-01" })]) expect(refusal(steps)?.path).toEqual(["actions", 0, "steps", 0]);
    // A real date and real steps are counted: action 1 due 2024-06-30, in progress, is overdue on 2024-09-01.
    expect(overdueActions(plan([act("1", { due: "2024-06-30", status: "in-progress", steps: [{ id: "a" }] })]), { asOf: "2024-09-01" })).toHaveLength(1);
  });

  it("reads an update's status wording as validation does, in a plan that was not validated", () => {
    // One action with no status of its own; its one update says "Completed" (a wording):
    // complete, as validatePlan's repair reads it, not in progress.
    const p = plan([act("1", { timescale: "March 2030", updates: [{ date: "2024-08-01", status: "Completed" }] })]);
    expect(statusSummary(p, { asOf: "2024-09-01" }).counts.complete).toBe(1);
    // A word no reader knows in an update still counts as under way (the update says work is going on).
    const q = plan([act("1", { timescale: "March 2030", updates: [{ date: "2024-08-01", status: "Done-ish" }] })]);
    expect(statusSummary(q, { asOf: "2024-09-01" }).counts["in-progress"]).toBe(1);
  });

  it("counts a status wording that says late as amber where no RAG is given, validated or not", () => {
    // Action 1 "Behind schedule", action 2 "Delayed", action 3 "In progress", none with a
    // RAG, all due March 2030 (not overdue on 2024-09-01). By hand: amber 2 (1 and 2), green 1 (3).
    const p = plan([
      act("1", { status: "Behind schedule", timescale: "March 2030" }),
      act("2", { status: "Delayed", timescale: "March 2030" }),
      act("3", { status: "In progress", timescale: "March 2030" }),
    ]);
    const unvalidated = ragSummary(p, { asOf: "2024-09-01" }).counts;
    expect([unvalidated.amber, unvalidated.green]).toEqual([2, 1]);
    const v = validatePlan(p, { asOf: "2024-09-01" });
    expect(v.plan?.actions.map((a) => [a.status, a.rag])).toEqual([
      ["in-progress", "amber"],
      ["in-progress", "amber"],
      ["in-progress", undefined],
    ]);
    expect(v.issues.find((i) => i.path.join(".") === "actions.0.status")?.message).toBe(
      'Action 1: status "Behind schedule" is read as "in-progress" and RAG "amber", as it says the action is late.',
    );
    const validated = ragSummary(v.plan!, { asOf: "2024-09-01" }).counts;
    expect([validated.amber, validated.green]).toEqual([2, 1]);
  });

  it("counts the colour a status wording names as its RAG where no RAG is given, validated or not", () => {
    // Five actions, all due March 2030 (not overdue on 2024-09-01). By hand:
    // 1 "Green - on track": in progress, green (the colour it names);
    // 2 "Red - off track": in progress, red;
    // 3 "Over one month behind (red)": in progress, red (the colour it names, not the amber a late wording gives);
    // 4 "Green - on track" with RAG amber given: the given amber stands;
    // 5 "On track": names no colour, so no RAG of its own (derived green).
    // RAG: red 2 (2, 3), amber 1 (4), green 2 (1, 5).
    const p = plan([
      act("1", { status: "Green - on track", timescale: "March 2030" }),
      act("2", { status: "Red - off track", timescale: "March 2030" }),
      act("3", { status: "Over one month behind (red)", timescale: "March 2030" }),
      act("4", { status: "Green - on track", rag: "amber", timescale: "March 2030" }),
      act("5", { status: "On track", timescale: "March 2030" }),
    ]);
    const unvalidated = ragSummary(p, { asOf: "2024-09-01" }).counts;
    expect([unvalidated.red, unvalidated.amber, unvalidated.green]).toEqual([2, 1, 2]);
    const v = validatePlan(p, { asOf: "2024-09-01" });
    expect(v.plan?.actions.map((a) => [a.status, a.rag])).toEqual([
      ["in-progress", "green"],
      ["in-progress", "red"],
      ["in-progress", "red"],
      ["in-progress", "amber"],
      ["in-progress", undefined],
    ]);
    expect(v.issues.find((i) => i.path.join(".") === "actions.0.status")?.message).toBe(
      'Action 1: status "Green - on track" is read as "in-progress" and RAG "green", the colour it names.',
    );
    const validated = ragSummary(v.plan!, { asOf: "2024-09-01" }).counts;
    expect([validated.red, validated.amber, validated.green]).toEqual([2, 1, 2]);
  });

  it("reads a status that is only a colour as the RAG, with no status, validated or not; a RAG that differs leaves it unrecognised", () => {
    // Five actions, all due March 2030 (not overdue on 2024-09-01). By hand:
    // 1 status "Amber", no RAG: RAG amber, no status, counted in progress by its RAG;
    // 2 status "Blue", RAG "blue": the same colour twice: RAG blue, counted complete;
    // 3 status "Red", RAG "green": which did the council mean? Unrecognised, left out of the figures;
    // 4 status "green." (a full stop, lower case), no RAG: RAG green, in progress;
    // 5 no status, RAG "blue": complete by its RAG (and no "rag-inconsistent": nothing disagrees).
    // Statuses: in progress 2 (1, 4), complete 2 (2, 5), unrecognised 1 (3).
    // RAG: amber 1 (1), green 1 (4), blue 2 (2, 5); 3 is left out.
    const p = plan([
      act("1", { status: "Amber", timescale: "March 2030" }),
      act("2", { status: "Blue", rag: "blue", timescale: "March 2030" }),
      act("3", { status: "Red", rag: "green", timescale: "March 2030" }),
      act("4", { status: "green.", timescale: "March 2030" }),
      act("5", { rag: "blue", timescale: "March 2030" }),
    ]);
    const count = (q: ActionPlan) => {
      const s = statusSummary(q, { asOf: "2024-09-01" });
      const r = ragSummary(q, { asOf: "2024-09-01" }).counts;
      return [s.counts["in-progress"], s.counts.complete, s.counts["not-started"], s.unrecognised, r.red, r.amber, r.green, r.blue];
    };
    expect(count(p)).toEqual([2, 2, 0, 1, 0, 1, 1, 2]);
    const v = validatePlan(p, { asOf: "2024-09-01" });
    expect(v.plan?.actions.map((a) => [a.status, a.rag, a.statusText])).toEqual([
      [undefined, "amber", undefined],
      [undefined, "blue", undefined],
      [undefined, "green", "Red"],
      [undefined, "green", undefined],
      [undefined, "blue", undefined],
    ]);
    expect(v.issues.find((i) => i.path.join(".") === "actions.0.status")?.message).toBe(
      'Action 1: the status "Amber" is a RAG colour, not a status: it is read as RAG "amber" and no status is recorded.',
    );
    expect(v.issues.find((i) => i.path.join(".") === "actions.1.status")?.message).toBe(
      'Action 2: the status "Blue" is a RAG colour, not a status: it is read as RAG "blue", as the RAG given says too, and no status is recorded.',
    );
    expect(v.issues.find((i) => i.path.join(".") === "actions.2.status")?.code).toBe("unrecognised-status");
    expect(v.issues.filter((i) => i.code === "rag-inconsistent")).toEqual([]);
    expect(count(v.plan!)).toEqual([2, 2, 0, 1, 0, 1, 1, 2]);
  });

  it("says where a YAML plan's colour-only status is, and counts the action by that RAG", async () => {
    // Line 7 holds action 1's status "Amber"; action 2 is "In progress". By hand: in progress 2
    // (1 by its RAG, 2 by its status), RAG amber 1 (1) and green 1 (2, derived: not due until 2030).
    const file = join(mkdtempSync(join(tmpdir(), "cpc-colour-")), "plan.yaml");
    writeFileSync(
      file,
      [
        "schemaVersion: 1",
        "council: { name: Test }",
        "peerChallenge: { start: 2024-01 }",
        "recommendations:",
        "  - { id: R1, title: r }",
        "actions:",
        "  - { id: '1', recommendation: R1, title: a, owners: [A], status: Amber, timescale: March 2030 }",
        "  - { id: '2', recommendation: R1, title: b, owners: [A], status: In progress, timescale: March 2030 }",
        "",
      ].join("\n"),
    );
    const v = await runCpc(["validate", file, "--as-of", "2024-09-01"]);
    expect(v.out).toMatch(/plan\.yaml:7:\d+: warning non-canonical-status: Action 1: the status "Amber" is a RAG colour, not a status/);
    expect(v.out).not.toContain("unrecognised-status");
    const stats = await cpcStats([file], "2024-09-01");
    expect([stats.status.counts["in-progress"], stats.status.unrecognised, stats.rag.counts.amber, stats.rag.counts.green]).toEqual([2, 0, 1, 1]);
  });

  it("refuses an action that is not an object, with its place in a plan or in a list", () => {
    const inPlan = refusal(() => statusSummary(plan([act("1"), null])));
    expect(inPlan?.message).toBe("an action is null, not an object, so it cannot be counted");
    expect(inPlan?.path).toEqual(["actions", 1]);
    const inList = refusal(() => statusSummary([act("1"), act("2"), "three" as unknown as Action]));
    expect(inList?.message).toBe("an action is string, not an object, so it cannot be counted");
    expect(inList?.path).toEqual([2]);
  });

  it("refuses a status that is not text or a RAG it cannot read, quoting it (cut at 60 characters) and saying where it is", () => {
    const status = refusal(() => statusSummary(plan([act("1"), act("2", { status: 7 })])));
    expect(status?.message).toBe(
      'action "2": the status 7 is not a status (not-started, in-progress, complete, ongoing, on-hold, cancelled), a wording normaliseStatus knows, or a date where the timescale is a status (swapped columns), so it cannot be counted; validatePlan reports every such value with its place',
    );
    expect(status?.path).toEqual(["actions", 1, "status"]);
    expect(status?.value).toBe(7);
    const long = "y".repeat(70);
    expect(refusal(() => ragSummary([act("1", { rag: long })]))?.message).toContain(`the rag "${"y".repeat(60)}…" is not`);
    const rag = refusal(() => ragSummary([act("1", { rag: "purple" })]));
    expect(rag?.message).toBe(
      'action "1": the rag "purple" is not a RAG rating (red, amber, green, blue) or a wording normaliseRag knows, so it cannot be counted; validatePlan reports every such value with its place',
    );
    expect(rag?.path).toEqual([0, "rag"]);
    // A rating that is not text at all.
    expect(refusal(() => ragSummary([act("1", { rag: 3 })]))?.message).toContain("the rag 3 is not a RAG rating");
  });

  it("reads the wordings councils use, and a blank rating as none", () => {
    // "Completed" is complete; "Amber" is amber; "  " is no rating, derived from the status.
    const s = statusSummary([act("1", { status: "Completed" }), act("2", { status: "In Progress" }), act("3")]);
    expect(s.counts).toMatchObject({ complete: 1, "in-progress": 1, "not-started": 1 });
    const r = ragSummary([act("1", { rag: "Amber" }), act("2", { rag: "  ", status: "in-progress" })], { asOf: "2024-06-30" });
    expect(r.counts).toMatchObject({ amber: 1, green: 1 });
    expect(r.derived).toBe(1);
  });
});

describe("the RAG scheme", () => {
  it("is BRAG when any action reports blue, in any wording", () => {
    // "Blue" and "Complete" are wordings of blue: the complete action without a rating is
    // then derived blue, not green.
    for (const word of ["blue", "Blue", "Complete"]) {
      const r = ragSummary([act("1", { rag: word, status: "complete" }), act("2", { status: "complete" })], { asOf: "2024-06-30" });
      expect([word, r.scheme, r.counts.blue]).toEqual([word, "brag", 2]);
    }
    // Without a blue, the scheme is RAG and complete is green.
    const r = ragSummary([act("1", { rag: "green", status: "complete" }), act("2", { status: "complete" })], { asOf: "2024-06-30" });
    expect([r.scheme, r.counts.green, r.counts.blue]).toEqual(["rag", 2, 0]);
  });
});

describe("derived RAG", () => {
  // As of 1 June 2024; "due soon" is the next 30 days, to 1 July.
  const asOf = "2024-06-01";
  it("is red when overdue, amber on hold or not started and due soon, green otherwise", () => {
    const r = ragSummary(
      [
        act("1", { timescale: "May 2024", status: "in-progress" }), // overdue: red
        act("2", { status: "on-hold" }), // amber
        act("3", { timescale: "June 2024" }), // not started, due 30 June, within 30 days: amber
        act("4", { timescale: "June 2024", status: "in-progress" }), // under way, due soon: green
        act("5", { timescale: "August 2024" }), // not started, due after the 30 days: green
        act("6", { due: "2024-06-01" }), // due today, not started: not overdue, due soon: amber
      ],
      { asOf },
    );
    expect(r.counts).toMatchObject({ red: 1, amber: 3, green: 2 });
  });
});

describe("targets that read 'and ongoing'", () => {
  it("are late only while the work has not started, for actions and for steps", () => {
    const asOf = "2024-06-30";
    const actions = [
      act("1", { timescale: "March 2024 and ongoing" }), // not started: overdue from 31 March, 91 days
      act("2", { timescale: "March 2024 and ongoing", status: "in-progress" }), // under way: not overdue
      act("3", {
        timescale: "December 2024",
        status: "in-progress",
        steps: [
          { id: "a", text: "s", timescale: "April 2024 and ongoing" }, // its action is under way: not overdue
          { id: "b", text: "t", timescale: "April 2024 and ongoing", status: "not-started" }, // not started: 61 days
        ],
      }),
    ];
    expect(overdueActions(actions, { asOf }).map((o) => [o.action.id, o.daysOverdue, o.continuing])).toEqual([["1", 91, true]]);
    expect(overdueSteps(actions, { asOf }).map((o) => [`${o.action.id}${o.step.id}`, o.daysOverdue])).toEqual([["3b", 61]]);
    // A step's own due date is a deadline whatever its timescale says: late though under way
    // (30 April to 30 June, 61 days).
    const dated = [act("4", { status: "in-progress", steps: [{ id: "a", text: "s", timescale: "April 2024 and ongoing", due: "2024-04-30" }] })];
    expect(overdueSteps(dated, { asOf }).map((o) => [`${o.action.id}${o.step.id}`, o.daysOverdue])).toEqual([["4a", 61]]);
  });

  it("count a timescale of spaces as none", () => {
    expect(actionsWithoutTarget([act("1", { timescale: "   " }), act("2", { timescale: "Ongoing" })]).map((e) => [e.action.id, e.reason])).toEqual([
      ["1", "missing"],
      ["2", "ongoing"],
    ]);
  });
});

describe("the edges mutation testing found untested", () => {
  it("counts an action's own due date as a deadline, whatever its status", () => {
    // due 31 March, in progress, as of 30 June: 30 + 31 + 30 = 91 days.
    expect(
      overdueActions([act("1", { due: "2024-03-31", status: "in-progress" })], { asOf: "2024-06-30" }).map((o) => [o.action.id, o.daysOverdue, o.continuing]),
    ).toEqual([["1", 91, false]]);
  });

  it("lists a plain dated step of an action under way as overdue", () => {
    // Step due 31 March, its action in progress: 91 days on 30 June.
    const actions = [act("1", { status: "in-progress", timescale: "December 2024", steps: [{ id: "a", text: "s", timescale: "March 2024" }] })];
    expect(overdueSteps(actions, { asOf: "2024-06-30" }).map((o) => [o.step.id, o.daysOverdue])).toEqual([["a", 91]]);
  });

  it("rates amber a not-started action due on the last day of 'due soon', green the day after", () => {
    // As of 1 June, due soon runs to 1 July (30 days).
    const r = ragSummary([act("1", { due: "2024-07-01" }), act("2", { due: "2024-07-02" })], { asOf: "2024-06-01" });
    expect([r.counts.amber, r.counts.green]).toEqual([1, 1]);
  });

  it("quotes a value of 60 characters whole, and cuts one of 61", () => {
    const at = (n: number) => refusal(() => ragSummary([act("1", { rag: "z".repeat(n) })]))?.message ?? "";
    expect(at(60)).toContain(`the rag "${"z".repeat(60)}" is not`);
    expect(at(61)).toContain(`the rag "${"z".repeat(60)}…" is not`);
  });

  it("reads quarters as the option says", () => {
    // "Q3 2024": calendar, July to September (due 30 September, 46 days before 15 November);
    // financial, the third quarter of 2024/25, October to December: not yet due.
    const actions = [act("1", { timescale: "Q3 2024" })];
    expect(overdueActions(actions, { asOf: "2024-11-15" }).map((o) => [o.due, o.daysOverdue])).toEqual([["2024-09-30", 46]]);
    expect(overdueActions(actions, { asOf: "2024-11-15", quarters: "financial" })).toEqual([]);
  });
});
