import { describe, expect, it } from "vitest";
import { STATUSES, normaliseRag, normaliseStatus } from "../src/index.js";

describe("normaliseStatus", () => {
  const cases: [string, string][] = [
    ["Complete", "complete"],
    ["Completed", "complete"],
    ["Achieved", "complete"],
    ["Fully met", "complete"],
    ["Done", "complete"],
    ["In progress", "in-progress"],
    ["Underway", "in-progress"],
    ["On track", "in-progress"],
    ["On target", "in-progress"],
    ["Not started", "not-started"],
    ["Not yet progressed", "not-started"],
    ["Pending", "not-started"],
    ["Ongoing", "ongoing"],
    ["Business as usual", "ongoing"],
    ["BAU", "ongoing"],
    ["Deferred", "on-hold"],
    ["Suspended", "on-hold"],
    ["Rescheduled", "on-hold"],
    ["Deleted", "cancelled"],
    ["Withdrawn", "cancelled"],
    ["  IN  PROGRESS ", "in-progress"],
    ["Making expected progress", "in-progress"],
    ["in-progress", "in-progress"],
  ];
  for (const [text, status] of cases) it(`reads "${text}" as ${status}`, () => expect(normaliseStatus(text)).toBe(status));
  it("accepts every canonical status as itself", () => {
    for (const s of STATUSES) expect(normaliseStatus(s)).toBe(s);
  });
  it("reports an unknown wording as undefined instead of guessing", () => {
    expect(normaliseStatus("December 2019")).toBeUndefined();
    expect(normaliseStatus("Awaiting funding")).toBeUndefined();
    expect(normaliseStatus("")).toBeUndefined();
  });
});

describe("normaliseRag", () => {
  it("reads colours and their initials", () => {
    expect(normaliseRag("Red")).toBe("red");
    expect(normaliseRag("AMBER")).toBe("amber");
    expect(normaliseRag("g")).toBe("green");
    expect(normaliseRag("Blue")).toBe("blue");
  });
  it("reads five-point delivery-confidence ratings by their first colour", () => {
    expect(normaliseRag("Amber/Red")).toBe("amber");
    expect(normaliseRag("Amber-Green")).toBe("amber");
    expect(normaliseRag("Red/Amber")).toBe("red");
  });
  it("reports an unknown wording as undefined", () => {
    expect(normaliseRag("purple")).toBeUndefined();
    expect(normaliseRag("Red/Red")).toBeUndefined();
    expect(normaliseRag("")).toBeUndefined();
  });
});

describe("the words of FIELD-NOTES' trackers", () => {
  it.each([
    // Under way, with trouble: started, so in progress; whether it is late is the target's to say.
    ["Delayed", "in-progress"],
    ["Behind schedule", "in-progress"],
    ["At risk", "in-progress"],
    ["Some problems", "in-progress"],
    ["Under control", "in-progress"],
    ["Reprogrammed", "in-progress"],
    ["Extended", "in-progress"],
    // A keyword leading prose, as one council writes every status cell.
    ["Complete - BAU", "complete"],
    ["Complete \u2013 now business as usual", "complete"],
    ["SUSPENDED: awaiting the budget", "on-hold"],
    ["COMPLETE. The strategy was adopted in May.", "complete"],
  ])("status %s is %s", (text, status) => {
    expect(normaliseStatus(text)).toBe(status);
  });

  it.each([
    ["Green - on track", "green"],
    ["Amber \u2013 some slippage", "amber"],
    ["On track", "green"],
    ["Caution (Monitor)", "amber"],
    ["Off track", "red"],
  ])("RAG %s is %s", (text, rag) => {
    expect(normaliseRag(text)).toBe(rag);
  });

  it("still knows nothing it should not: prose with no keyword first, a status word in a RAG cell", () => {
    expect(normaliseStatus("Awaiting the budget - suspended")).toBeUndefined();
    expect(normaliseRag("Not started")).toBeUndefined();
    expect(normaliseRag("Purple - unclear")).toBeUndefined();
  });
});
