// Issue 28 item 5: what updateAction and rescheduleAction throw carries a code (UPDATE_ERROR_CODES), so a
// service tells an unknown action from a date before the last update without reading English; and one call
// records a status, a RAG, a note and a new target together. On Kingston's plan (examples/kingston-snapshots).
import { describe, expect, it } from "vitest";
import { planAsOf, rescheduleAction, UPDATE_ERROR_CODES, UpdateError, updateAction, type UpdateErrorCode } from "../src/index.js";
import { loadPlan } from "./helpers.js";

const july = loadPlan("kingston-snapshots/july.json");

function codeOf(f: () => unknown): UpdateErrorCode | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RangeError); // as before: callers catching RangeError still do
    return e instanceof UpdateError ? e.code : undefined;
  }
  return undefined;
}

describe("errors with codes", () => {
  it("gives each refusal its code", () => {
    // 7.6 was last updated on 2019-07-31 (july.json); 8.2 on 2019-07-01.
    expect(codeOf(() => updateAction(july, "99.9", { date: "2019-08-01", status: "complete" }))).toBe("unknown-action");
    expect(codeOf(() => updateAction(july, "7.6", { date: "2019-07-30", note: "late" }))).toBe("date-before-last-update");
    expect(codeOf(() => updateAction(july, "7.6", { date: "31/07/2019" }))).toBe("invalid-date");
    expect(codeOf(() => updateAction(july, "7.6", { date: "2019-08-01", status: "done" as "complete" }))).toBe("unknown-status");
    expect(codeOf(() => updateAction(july, "7.6", { date: "2019-08-01", rag: "purple" as "red" }))).toBe("unknown-rag");
    expect(codeOf(() => updateAction(july, "7.6", { date: "2019-08-01", comments: "x" } as never))).toBe("field-not-recorded");
    expect(codeOf(() => rescheduleAction(july, "8.2", { date: "2019-08-01" }))).toBe("nothing-to-change");
    expect(codeOf(() => rescheduleAction(july, "8.2", { date: "2019-08-01", timescale: "  " }))).toBe("invalid-timescale");
    expect(codeOf(() => rescheduleAction(july, "8.2", { date: "2019-08-01", due: "2019-13-01" }))).toBe("invalid-due");
    expect(codeOf(() => rescheduleAction(july, "8.2", { date: "2019-08-01", owners: [""] }))).toBe("invalid-owners");
    expect(codeOf(() => rescheduleAction(july, "8.2", { date: "2019-06-30", timescale: "May 2020" }))).toBe("date-before-last-update");
  });

  it("lists every code with what it means", () => {
    expect(Object.keys(UPDATE_ERROR_CODES).sort()).toEqual([
      "date-before-last-update",
      "field-not-recorded",
      "invalid-date",
      "invalid-due",
      "invalid-owners",
      "invalid-timescale",
      "nothing-to-change",
      "unknown-action",
      "unknown-rag",
      "unknown-status",
    ]);
  });
});

describe("one call for a quarter's news", () => {
  it("records a status, a RAG, a note and a new target together, as one dated update that planAsOf undoes", () => {
    // 11 ("Complete review of procedural rules"): in progress, target September 2019, no RAG in the published plan.
    const before = july.actions.find((a) => a.id === "11")!;
    expect([before.status, before.rag, before.timescale]).toEqual(["in-progress", undefined, "September 2019"]);
    const next = updateAction(july, "11", {
      date: "2019-08-15",
      status: "in-progress",
      rag: "amber",
      note: "Phase 2 to Council in October",
      timescale: "October 2019",
    });
    const after = next.actions.find((a) => a.id === "11")!;
    expect([after.status, after.rag, after.timescale]).toEqual(["in-progress", "amber", "October 2019"]);
    expect(after.updates).toHaveLength(1);
    expect(after.updates?.[0]).toEqual({
      date: "2019-08-15",
      status: "in-progress",
      rag: "amber",
      timescale: "October 2019",
      note: "Phase 2 to Council in October",
      previous: { status: "in-progress", timescale: "September 2019" },
    });
    expect(planAsOf(next, "2019-08-14").actions.find((a) => a.id === "11")).toEqual(before);
  });
});
