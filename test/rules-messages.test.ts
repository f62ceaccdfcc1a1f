// Every warning of the rules on one plan, each with the place, the words and the hint an
// officer reads: written from what each rule says it finds, so that a changed path,
// message or hint is a failing test (mutation testing found most of them untested).
import { describe, expect, it } from "vitest";
import type { ActionPlan } from "../src/index.js";
import { checkRules } from "../src/schema/rules.js";

const plan: ActionPlan = {
  schemaVersion: 1,
  council: { name: "Test Borough Council" },
  peerChallenge: { start: "2024-01" },
  recommendations: [
    { id: "R1", title: "One" },
    { id: "R2", title: "Two" },
  ],
  actions: [
    { id: "1.1", recommendation: "R1", title: "", owners: ["A"], timescale: "March 2025", status: "in-progress" },
    { id: "1.2", recommendation: "R1", title: "See action 1.1 above", owners: ["A"] },
    { id: "1.3", recommendation: "R1", title: "c", owners: [], timescale: "In progress" },
    { id: "1.4", recommendation: "R1", title: "d", owners: ["A"], timescale: "Whenever", status: "in-progress" },
    { id: "1.5", recommendation: "R1", title: "e", owners: ["A"], timescale: "March 2023", status: "in-progress" },
    { id: "1.6", recommendation: "R1", title: "f", owners: ["A"], status: "in-progress" },
    { id: "1.7", recommendation: "R1", title: "g", owners: ["A"], timescale: "March 2024", status: "in-progress", rag: "green" },
    { id: "1.8", recommendation: "R1", title: "h", owners: ["A"], timescale: "March 2025", status: "not-started", rag: "blue" },
    { id: "1.9", recommendation: "R1", title: "i", owners: ["A"], timescale: "March 2025", status: "complete", rag: "amber" },
    { id: "1.10", recommendation: "R1", title: "j", owners: ["A"], due: "2023-06-30", status: "in-progress" },
  ],
};

describe("the warnings of the rules, as an officer reads them", () => {
  it("says what each finds, where, and what to do", () => {
    const issues = checkRules(plan, { asOf: "2024-06-30" });
    expect(issues.map((i) => ({ ...i }))).toEqual([
      {
        severity: "warning",
        code: "action-without-title",
        path: ["actions", 0, "title"],
        message: "Action 1.1 has no text: it does not say what will be done.",
        hint: "Give the action's wording as published, or remove the row.",
      },
      {
        severity: "warning",
        code: "cross-reference",
        path: ["actions", 1, "title"],
        message: 'Action 1.2 is a cross-reference ("See action 1.1 above"), not an action.',
        hint: "Give the action's own wording, or list the recommendation under the action it points to.",
      },
      { severity: "warning", code: "action-without-owner", path: ["actions", 2, "owners"], message: "Action 1.3 has no owner.", hint: "Name who leads it." },
      {
        severity: "warning",
        code: "action-without-status",
        path: ["actions", 2, "status"],
        message: "Action 1.3 has no status, RAG rating, percentage or dated update, while other actions are rated; it counts as not started.",
        hint: "Give its status.",
      },
      {
        severity: "warning",
        code: "status-in-timescale",
        path: ["actions", 2, "timescale"],
        message: 'Action 1.3: the timescale "In progress" is a status ("in-progress"), not a target.',
        hint: 'Set "status": "in-progress" and give the target date, if there is one, as the timescale.',
        value: "In progress",
      },
      {
        severity: "warning",
        code: "unparseable-timescale",
        path: ["actions", 3, "timescale"],
        message: expect.stringMatching(/^Action 1\.4: the timescale "Whenever" gives no date: no date, period or known wording was found: /),
        hint: expect.stringMatching(/^Write a month and year \("March 2024"\), a season, a quarter or a financial year \("Q3 2024\/25"\)/),
        value: "Whenever",
      },
      {
        severity: "warning",
        code: "target-before-cpc",
        path: ["actions", 4, "timescale"],
        message: 'Action 1.5: the target "March 2023" (2023-03-31) is before the peer challenge began (2024-01).',
        hint: "Check the year: a plan answering the CPC cannot have been due before it.",
        value: "March 2023",
      },
      {
        severity: "warning",
        code: "action-without-target",
        path: ["actions", 5, "timescale"],
        message: "Action 1.6 has no target.",
        hint: 'Give a timescale ("March 2024", "Ongoing") so that progress can be judged.',
      },
      // Due 31 March 2024, 91 days before 30 June.
      {
        severity: "warning",
        code: "rag-inconsistent",
        path: ["actions", 6, "rag"],
        message: "Action 1.7 is reported green but was due 2024-03-31 and is 91 days overdue as of 2024-06-30.",
        hint: "Re-rate it, or move its target with an update.",
        asOf: "2024-06-30",
      },
      {
        severity: "warning",
        code: "rag-inconsistent",
        path: ["actions", 7, "rag"],
        message: 'Action 1.8 is reported blue (complete) but its status is "not-started".',
        hint: 'Set "status": "complete", or re-rate it.',
      },
      {
        severity: "warning",
        code: "rag-inconsistent",
        path: ["actions", 8, "rag"],
        message: "Action 1.9 is complete but reported amber.",
        hint: "Rate a complete action blue (or green where the scheme has no blue).",
      },
      // A due date given as a field: the path is the field's.
      {
        severity: "warning",
        code: "target-before-cpc",
        path: ["actions", 9, "due"],
        message: 'Action 1.10: the target "2023-06-30" (2023-06-30) is before the peer challenge began (2024-01).',
        hint: "Check the year: a plan answering the CPC cannot have been due before it.",
        value: "2023-06-30",
      },
      {
        severity: "warning",
        code: "recommendation-without-actions",
        path: ["recommendations", 1],
        message: "Recommendation R2 has no actions.",
        hint: "Every recommendation needs at least one action in the plan.",
      },
    ]);
  });

  it("says what a plan without its council, dates or owners lacks", () => {
    const bare: ActionPlan = {
      schemaVersion: 1,
      recommendations: [{ id: "R1", title: "r" }],
      actions: [{ id: "1", recommendation: "R1", title: "a", timescale: "March 2025" }],
    };
    expect(checkRules(bare, { asOf: "2024-06-30" }).map((i) => ({ ...i }))).toEqual([
      {
        severity: "warning",
        code: "no-council",
        path: ["council"],
        message: "The plan does not name its council.",
        hint: 'Add "council": { "name": ... } (a "Council" row above a table, or --council).',
      },
      {
        severity: "warning",
        code: "no-cpc-date",
        path: ["peerChallenge"],
        message: "The plan does not say when the peer challenge was, so no target can be checked against it, and a target with no year cannot be read.",
        hint: 'Add "peerChallenge": { "start": "YYYY-MM" } (a "CPC start" row above a table, or --cpc-start).',
      },
      {
        severity: "warning",
        code: "action-without-owner",
        path: ["actions"],
        message: "No action names an owner (1 actions).",
        hint: 'A progress review asks who leads each action: add "owners".',
      },
    ]);
    // Published: a target with no year can be read against that date.
    expect(checkRules({ ...bare, publishedOn: "2024-03" }, { asOf: "2024-06-30" })[1]?.message).toBe(
      "The plan does not say when the peer challenge was, so no target can be checked against it.",
    );
  });

  it("says how a target with no year, or counted from another date, was read, and where a step's is", () => {
    // The CPC began in January 2024: its first day is the date read against.
    const cpc: ActionPlan = {
      ...plan,
      recommendations: [{ id: "R1", title: "One" }],
      actions: [
        { id: "1", recommendation: "R1", title: "a", owners: ["A"], status: "in-progress", timescale: "June" },
        { id: "2", recommendation: "R1", title: "b", owners: ["A"], status: "in-progress", timescale: "Within 6 months" },
        {
          id: "3",
          recommendation: "R1",
          title: "c",
          owners: ["A"],
          status: "in-progress",
          timescale: "March 2025",
          steps: [{ id: "a", text: "s", timescale: "Whenever" }],
        },
        { id: "4", recommendation: "R1", title: "d", owners: ["A"], status: "in-progress", timescale: "TBC" },
        // No timescale, but a dated step: it has a target.
        { id: "5", recommendation: "R1", title: "e", owners: ["A"], status: "in-progress", steps: [{ id: "a", text: "s", timescale: "May 2025" }] },
        // An owner of spaces is no owner.
        { id: "6", recommendation: "R1", title: "f", owners: ["  "], status: "in-progress", timescale: "March 2025" },
      ],
    };
    const issues = checkRules(cpc, { asOf: "2024-06-01" }).map((i) => ({ ...i }));
    expect(issues).toEqual([
      {
        severity: "warning",
        code: "timescale-from-plan-date",
        path: ["actions", 0, "timescale"],
        message:
          'Action 1: the timescale "June" gives no year, so it is read as due 2024-06-30, the first such date after the peer challenge began (2024-01-01).',
        hint: 'Write the year in the timescale ("June 2024" if that is meant), or add "due": "YYYY-MM-DD".',
        value: "June",
      },
      {
        severity: "warning",
        code: "timescale-from-plan-date",
        path: ["actions", 1, "timescale"],
        message: expect.stringMatching(
          /^Action 2: the timescale "Within 6 months" counts from a date it does not give, so it is read as due 2024-0[67]-\d\d, counted from when the peer challenge began \(2024-01-01\)\.$/,
        ),
        hint: 'If it is due on another date, add "due": "YYYY-MM-DD".',
        value: "Within 6 months",
      },
      {
        severity: "warning",
        code: "unparseable-timescale",
        path: ["actions", 2, "steps", 0, "timescale"],
        message: expect.stringMatching(/^Action 3, step a: the timescale "Whenever" gives no date: /),
        hint: expect.stringMatching(/^Write a month and year/),
        value: "Whenever",
      },
      {
        severity: "warning",
        code: "unparseable-timescale",
        path: ["actions", 3, "timescale"],
        message: expect.stringMatching(/^Action 4: the timescale "TBC" gives no date: /),
        hint: 'Give the target once it is set, or add "due": "YYYY-MM-DD".',
        value: "TBC",
      },
      { severity: "warning", code: "action-without-owner", path: ["actions", 5, "owners"], message: "Action 6 has no owner.", hint: "Name who leads it." },
    ]);
    // Published in March 2024: read against that, and said so.
    expect(checkRules({ ...cpc, publishedOn: "2024-03", actions: [cpc.actions[0]!] }, { asOf: "2024-06-01" })[0]?.message).toBe(
      'Action 1: the timescale "June" gives no year, so it is read as due 2024-06-30, the first such date after the plan was published (2024-03-01).',
    );
    // With no date to read it against, a target with no year gives no date.
    const undated = checkRules(
      { schemaVersion: 1, council: { name: "T" }, recommendations: [{ id: "R1", title: "r" }], actions: [cpc.actions[0]!] },
      { asOf: "2024-06-01" },
    );
    expect(undated.find((i) => i.code === "unparseable-timescale")?.hint).toBe(
      'Write the year, or give the plan its "publishedOn" date to read the target against.',
    );
  });

  it("says nothing of owners for a plan with no actions", () => {
    expect(checkRules({ ...plan, actions: [] }, { asOf: "2024-06-01" }).map((i) => i.code)).toEqual([
      "recommendation-without-actions",
      "recommendation-without-actions",
    ]);
  });
});
