import { describe, expect, it } from "vitest";
import { STATUSES, normaliseRag, normaliseStatus } from "../src/index.js";

describe("normaliseStatus", () => {
  const cases: [string, string][] = [
    ["Complete", "complete"], ["Completed", "complete"], ["Achieved", "complete"], ["Fully met", "complete"],
    ["Done", "complete"], ["In progress", "in-progress"], ["Underway", "in-progress"], ["On track", "in-progress"],
    ["On target", "in-progress"], ["Not started", "not-started"], ["Not yet progressed", "not-started"],
    ["Pending", "not-started"], ["Ongoing", "ongoing"], ["Business as usual", "ongoing"], ["BAU", "ongoing"],
    ["Deferred", "on-hold"], ["Suspended", "on-hold"], ["Rescheduled", "on-hold"], ["Deleted", "cancelled"],
    ["Withdrawn", "cancelled"], ["  IN  PROGRESS ", "in-progress"], ["Making expected progress", "in-progress"], ["in-progress", "in-progress"],
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
