// One column of recommendations and actions ("Recommendation / Action"), where the action rows
// carry their own numbers under the recommendation's ("R1" over "1.1", "1.2"). Before, only action
// rows with no number were read under a recommendation row: with numbers, every row became a
// recommendation of its own and every action lost its text (3 recommendations, 3 actions with no
// title, instead of 1 and 2).
import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";
import type { RawPlan } from "./helpers.js";

const read = (csv: string) => {
  const r = readPlanCsv(csv);
  const plan = r.plan as unknown as RawPlan;
  return { plan, issues: r.issues };
};

describe("numbered actions under a recommendation's own row", () => {
  it("R1 over 1.1 and 1.2: one recommendation and its two actions", () => {
    // Line 2: text and a reference, nothing else: the recommendation R1. Lines 3 and 4: text,
    // a number under R1's (1.x), an owner and a target: its actions.
    const { plan, issues } = read(
      "Recommendation / Action,Ref,Lead,Target\nImprove scrutiny,R1,,\nReview arrangements,1.1,Head of Governance,March 2025\nTrain members,1.2,Head of Governance,June 2025\n",
    );
    expect(plan.recommendations.map((r) => [r.id, r.title])).toEqual([["R1", "Improve scrutiny"]]);
    expect(plan.actions.map((a) => [a.id, a.recommendation, a.title, a["timescale"]])).toEqual([
      ["1.1", "R1", "Review arrangements", "March 2025"],
      ["1.2", "R1", "Train members", "June 2025"],
    ]);
    // The reading is said, with the recommendation's line.
    expect(issues.some((i) => i.code === "column-read" && /holds recommendations and actions/.test(i.message) && /line 2\b/.test(i.message))).toBe(true);
  });

  it("two recommendations, numbered 1 and 2, each over its actions", () => {
    // Lines 2 and 5 are the recommendations (1 and 2, a number and nothing beside the text);
    // 1.1, 1.2 are under 1, and 2.1 under 2.
    const { plan } = read(
      [
        "Recommendation / Action,No.,Lead,Target,Status",
        "Improve scrutiny,1,,,",
        "Review arrangements,1.1,Head of Governance,March 2025,Complete",
        "Train members,1.2,Head of Governance,June 2025,In progress",
        "Set a balanced budget,2,,,",
        "Agree savings,2.1,Director of Finance,February 2025,Not started",
        "",
      ].join("\n"),
    );
    expect(plan.recommendations.map((r) => r.title)).toEqual(["Improve scrutiny", "Set a balanced budget"]);
    const byRec = new Map(plan.recommendations.map((r) => [r.id, r.title]));
    expect(plan.actions.map((a) => [a.id, byRec.get(a.recommendation), a.title, a["status"]])).toEqual([
      ["1.1", "Improve scrutiny", "Review arrangements", "complete"],
      ["1.2", "Improve scrutiny", "Train members", "in-progress"],
      ["2.1", "Set a balanced budget", "Agree savings", "not-started"],
    ]);
  });

  it("a number that is not under the row above's keeps each row its own recommendation", () => {
    // 1.1 has nothing beside its text, 1.2 has: 1.2 is not under 1.1 (its number does not start
    // with 1.1's), so each row is a recommendation that is its own action, as before: 2 of each.
    const { plan } = read("Recommendation / Action,Ref,Lead,Target\nImprove scrutiny,1.1,,\nTrain members,1.2,Head of Governance,June 2025\n");
    expect(plan.recommendations.map((r) => r.title)).toEqual(["Improve scrutiny", "Train members"]);
    expect(plan.actions.length).toBe(2);
  });
});

describe("a recommendation's own reference on its row (src/table/body.ts's RECOMMENDATION_REF)", () => {
  // Each reference on a recommendation's row of its own, over an action numbered under it: kept
  // as the recommendation's id when it is one as councils write them (up to four letters, then R
  // or Rec, a space, dot or dash or none, then the number), else the recommendation is numbered
  // R1 by the reader.
  it.each([
    ["R1", "1.1", "R1"],
    ["R12", "12.1", "R12"],
    ["PCR1", "1.1", "PCR1"],
    ["Rec 3", "3.1", "Rec 3"],
    ["REC-4", "4.1", "REC-4"],
    ["R.5", "5.1", "R.5"],
    // Not a recommendation's reference: a plain number, a dotted number, letters after it.
    ["7", "7.1", "R1"],
    ["R1.1", "1.1.1", "R1"],
    ["Rec 1a", "1.1", "R1"],
    // More than four letters before the R: no reference of ours ("Phase R1").
    ["Phase R1", "1.1", "R1"],
  ])("%s over %s: the recommendation is %s", (ref, child, id) => {
    const { plan } = read(`Recommendation / Action,Ref,Lead,Target\nImprove scrutiny,${ref},,\nReview arrangements,${child},Head of Governance,March 2025\n`);
    expect(plan.recommendations.map((r) => [r.id, r.title])).toEqual([[id, "Improve scrutiny"]]);
    expect(plan.actions.map((a) => [a.id, a.title])).toEqual([[child, "Review arrangements"]]);
  });
});

describe("a theme named on a line of the recommendation's cell (src/table/body.ts's THEME_LINE)", () => {
  const themesOf = (cell: string) =>
    read(`Recommendation,Action,Target\n"${cell}",Review arrangements,March 2025\n`).plan.recommendations.map(
      (r) => (r as { themes?: readonly string[] }).themes,
    );

  it.each([
    ["Improve scrutiny\nTheme: Governance and culture", "governance-and-culture"],
    // Spaces or a tab before "Theme", none after the colon, "CPC theme", "Peer challenge theme", a dash or long dash.
    ["Improve scrutiny\n  Theme:Financial planning and management", "financial-planning-and-management"],
    ["Improve scrutiny\n\tCPC theme - Capacity for improvement", "capacity-for-improvement"],
    ["Improve scrutiny\nPeer challenge theme \u2013 Governance and culture", "governance-and-culture"],
    ["Theme: Capacity for improvement\nImprove scrutiny", "capacity-for-improvement"],
  ])("%j is in %s", (cell, theme) => {
    expect(themesOf(cell)).toEqual([[theme]]);
  });

  it.each([
    // "theme" not at the start of its line; no colon or dash after it; nothing after the colon.
    "Improve the theme: governance and culture",
    "Improve scrutiny\nTheme Governance and culture",
    "Improve scrutiny\nTheme:",
    "Improve scrutiny\nThemes: Governance and culture",
  ])("%j names no theme", (cell) => {
    expect(themesOf(cell)).toEqual([undefined]);
  });
});
