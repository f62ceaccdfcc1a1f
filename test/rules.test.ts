import { describe, expect, it } from "vitest";
import { validatePlan } from "../src/schema/index.js";
import type { Issue } from "../src/index.js";
import { readExample } from "./helpers.js";

const brief = (issues: readonly Issue[]) => issues.map((i) => [i.code, i.path.join(".")]);

describe("the faults of the Kingston plan (seed 001), at their paths", () => {
  const result = validatePlan(readExample("kingston-2019.json"), { asOf: "2019-06-30" });

  it("finds exactly the faults of the published table, all as warnings", () => {
    expect(result.ok).toBe(true);
    expect(brief(result.issues)).toEqual([
      ["date-in-status", "actions.44.status"], // 20: target "Ongoing", status "December 2019"
      ["date-in-status", "actions.52.status"], // 21.5: target "In progress", status "July 2019"
      ["cross-reference", "actions.26.title"], // 9: "See action 8.2 above"
      ["action-without-title", "actions.43.title"], // 19: no text
      ["action-without-target", "actions.51.timescale"], // 21.4: no target...
      ["action-without-status", "actions.51.status"], // ... and no status
    ]);
    expect(result.issues.every((i) => i.severity === "warning")).toBe(true);
  });

  it("names the activity in every message", () => {
    expect(result.issues.map((i) => i.message.split(/[:, ]/)[1])).toEqual(["20", "21.5", "9", "19", "21.4", "21.4"]);
  });
});

describe("the faults of the West Norfolk plan (seed 004)", () => {
  const result = validatePlan(readExample("west-norfolk-2024.json"), { asOf: "2024-06-26" });

  it('reports "Completed" given as a timescale and "March 2023" before the October 2023 CPC', () => {
    expect(result.ok).toBe(true);
    expect(brief(result.issues)).toEqual([
      ["action-without-owner", "actions"], // once for the plan: it names no owner at all
      ["target-before-cpc", "actions.10.timescale"], // 3.1: March 2023
      ["status-in-timescale", "actions.12.timescale"], // 4.1: Completed
    ]);
    expect(result.issues[2]?.hint).toContain('"status": "complete"');
  });
});

describe("each warning rule", () => {
  const plan = (actions: object[], extra: object = {}) => ({
    schemaVersion: 1,
    council: { name: "Test" },
    peerChallenge: { start: "2024-01-15" },
    recommendations: [{ id: "R1", title: "r" }],
    actions,
    ...extra,
  });
  const codes = (p: unknown, asOf = "2024-06-01") => validatePlan(p, { asOf }).issues.map((i) => i.code);
  const base = { recommendation: "R1", title: "Act", owners: ["Chief Executive"], status: "in-progress" };

  it("warns about a timescale with no date", () => {
    expect(codes(plan([{ id: "1", ...base, timescale: "When funding allows" }]))).toEqual(["unparseable-timescale"]);
  });
  it("warns about an unreadable step timescale too", () => {
    expect(codes(plan([{ id: "1", ...base, timescale: "May 2024", steps: [{ id: "a", text: "x", timescale: "TBC" }] }]))).toEqual(["unparseable-timescale"]);
  });
  it("warns about a target before the CPC, by explicit due as well", () => {
    expect(codes(plan([{ id: "1", ...base, due: "2023-12-31" }]))).toEqual(["target-before-cpc"]);
    expect(codes(plan([{ id: "1", ...base, timescale: "December 2023" }]))).toEqual(["target-before-cpc"]);
    expect(codes(plan([{ id: "1", ...base, timescale: "January 2024" }]))).toEqual([]);
  });
  it("warns about a recommendation with no actions", () => {
    const p = plan([{ id: "1", ...base, timescale: "May 2024" }], {
      recommendations: [
        { id: "R1", title: "r" },
        { id: "R2", title: "s" },
      ],
    });
    expect(validatePlan(p).issues.map((i) => [i.code, i.path.join(".")])).toEqual([["recommendation-without-actions", "recommendations.1"]]);
  });
  it("warns about an action with no owner when others have one", () => {
    expect(
      codes(
        plan([
          { id: "1", ...base, timescale: "May 2024" },
          { id: "2", recommendation: "R1", title: "x", timescale: "May 2024", status: "in-progress" },
        ]),
      ),
    ).toEqual(["action-without-owner"]);
  });
  it("warns about reported RAG at odds with the status or the dates", () => {
    expect(codes(plan([{ id: "1", ...base, timescale: "March 2024", rag: "green" }]))).toEqual(["rag-inconsistent"]);
    expect(codes(plan([{ id: "1", ...base, timescale: "March 2024", rag: "green" }]), "2024-03-31")).toEqual([]);
    expect(codes(plan([{ id: "1", ...base, timescale: "May 2024", rag: "blue" }]))).toEqual(["rag-inconsistent"]);
    expect(codes(plan([{ id: "1", ...base, status: "complete", timescale: "May 2024", rag: "red" }]))).toEqual(["rag-inconsistent"]);
    expect(codes(plan([{ id: "1", ...base, status: "complete", timescale: "May 2024", rag: "blue" }]))).toEqual([]);
  });
  it("recognises cross-references and leaves real actions alone", () => {
    for (const title of ["See action 8.2 above", "see 4.1", "As above", "Covered by action 3."]) {
      expect(codes(plan([{ id: "1", ...base, title, timescale: "May 2024" }]))).toEqual(["cross-reference"]);
    }
    expect(codes(plan([{ id: "1", ...base, title: "See residents in their communities to hear their views", timescale: "May 2024" }]))).toEqual([]);
  });
});

describe("targets with no year, or counted from another date, are read against the plan's own dates", () => {
  const plan = (actions: object[], extra: object = {}) => ({
    schemaVersion: 1,
    council: { name: "Test" },
    peerChallenge: { start: "2024-01-15" },
    recommendations: [{ id: "R1", title: "r" }],
    actions,
    ...extra,
  });
  const base = { recommendation: "R1", title: "Act", owners: ["Chief Executive"], status: "in-progress" };

  it('reads "March" as the first March after the plan was published, and says so', () => {
    // Published 2 April 2024: the first March ending on or after it is March 2025.
    const r = validatePlan(plan([{ id: "1", ...base, timescale: "March" }], { publishedOn: "2024-04-02" }), { asOf: "2024-06-01" });
    expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["timescale-from-plan-date", "actions.0.timescale"]]);
    expect(r.issues[0]?.message).toContain("2025-03-31");
    expect(r.issues[0]?.message).toContain("after the plan was published (2024-04-02)");
    expect(r.issues[0]?.hint).toContain('"March 2025"');
  });
  it("uses the CPC's start when the plan gives no publication date", () => {
    // CPC 15 January 2024: the first March ending on or after it is March 2024.
    const r = validatePlan(plan([{ id: "1", ...base, timescale: "March" }]), { asOf: "2024-01-20" });
    expect(r.issues[0]?.message).toContain("2024-03-31");
    expect(r.issues[0]?.message).toContain("after the peer challenge began (2024-01-15)");
  });
  it('counts "within three months of the CPC" from the CPC\'s start: 15 April 2024', () => {
    const r = validatePlan(plan([{ id: "1", ...base, timescale: "within three months of the CPC" }]), { asOf: "2024-02-01" });
    expect(r.issues.map((i) => i.code)).toEqual(["timescale-from-plan-date"]);
    expect(r.issues[0]?.message).toContain("due 2024-04-15");
  });
  it("statistics read the same targets the same way: the action is overdue after its placed date", async () => {
    const { overdueActions } = await import("../src/index.js");
    const p = plan([{ id: "1", ...base, status: "not-started", timescale: "March" }], { publishedOn: "2024-04-02" });
    // Due 2025-03-31 (see above); on 2025-04-10 it is 10 days overdue.
    expect(overdueActions(validatePlan(p).plan!, { asOf: "2025-04-10" }).map((o) => [o.action.id, o.due, o.daysOverdue])).toEqual([["1", "2025-03-31", 10]]);
  });
  it("a timescale that gives no date has a hint for its cause", () => {
    const tbc = validatePlan(plan([{ id: "1", ...base, timescale: "TBC" }]), { asOf: "2024-06-01" }).issues[0];
    expect(tbc?.code).toBe("unparseable-timescale");
    expect(tbc?.hint).toContain("once it is set");
    const impossible = validatePlan(plan([{ id: "1", ...base, timescale: "13/13/2024" }]), { asOf: "2024-06-01" }).issues[0];
    expect(impossible?.message).toContain("no month 13");
  });
});
