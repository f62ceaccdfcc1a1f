import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { STATUSES, normaliseRag, normaliseStatus } from "../src/index.js";
import { STATUS_ALIASES } from "../src/status/index.js";

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

describe("wordings from councils not yet seen (issue 29)", () => {
  it.each([
    // Sentences and statuses leading prose.
    ["Action complete.", "complete"],
    ["This action has been completed.", "complete"],
    ["Action Completed - solution in place.", "complete"],
    ["Achieved previously", "complete"],
    ["Action continues.", "ongoing"],
    ["This action is continuing.", "ongoing"],
    ["Active", "in-progress"],
    ["Has not started", "not-started"],
    ["Rescheduled or suspended with approval", "on-hold"],
    ["Green: recommendation achieved \u2013 monitoring no longer required", "complete"],
    ["One month behind (amber)", "in-progress"],
    ["Over one month behind (red)", "in-progress"],
    ["Delayed by less than 3 months", "in-progress"],
    ["Will not be met within 3 months of original target date", "in-progress"],
    ["On target (green)", "in-progress"],
    ["100% complete", "complete"],
    // A qualifier that limits: under way, not complete.
    ["Achieved (partially)", "in-progress"],
    ["Achieved - partially", "in-progress"],
    ["Complete (partially)", "in-progress"],
    ["Done (partially)", "in-progress"],
    ["Partially implemented", "in-progress"],
    ["90% completed", "in-progress"],
  ])("status %s is %s", (text, status) => {
    expect(normaliseStatus(text)).toBe(status);
  });

  it.each(["Closed - not implemented", "Closed (not achieved)", "Not complete", "Green but not complete", "Incomplete", "Complete - but not signed off"])(
    "%s names no status that can be counted (it is reported), and is never complete",
    (text) => expect(normaliseStatus(text)).toBeUndefined(),
  );

  it.each([
    ["One month behind (amber)", "amber"],
    ["Over one month behind (red)", "red"],
    ["On target (green)", "green"],
    ["Green but not complete", "green"],
    ["Green: recommendation achieved \u2013 monitoring no longer required", "green"],
  ])("RAG %s is %s", (text, rag) => expect(normaliseRag(text)).toBe(rag));

  it("still reads no status from prose before it, nor from a word it only resembles", () => {
    expect(normaliseStatus("Awaiting the budget - suspended")).toBeUndefined();
    expect(normaliseStatus("Delivered by")).toBeUndefined(); // a target's words, not a status
    expect(normaliseStatus("Action plan agreed")).toBeUndefined();
    expect(normaliseStatus("Carry forward")).toBeUndefined();
  });
});

// Every wording read as complete, and sentences that lead with one: a qualifier that limits or
// denies it must win, whatever the case and spacing.
const completeWordings = [
  ...Object.entries(STATUS_ALIASES)
    .filter(([, status]) => status === "complete")
    .map(([word]) => word),
  "Action complete.",
  "This action has been completed.",
  "Action Completed - solution in place.",
  "Achieved previously",
  "100% complete",
  "Complete - BAU",
  "COMPLETE. The strategy was adopted in May.",
  "Green: recommendation achieved \u2013 monitoring no longer required",
];

describe("a wording read as complete is never complete once limited or denied", () => {
  it("every listed wording is read as complete to begin with", () => {
    for (const w of completeWordings) expect(normaliseStatus(w), w).toBe("complete");
  });

  test.prop([fc.constantFrom(...completeWordings), fc.constantFrom("upper", "lower", "as is"), fc.constantFrom(" ", "  ", "\u00a0")], { numRuns: 300 })(
    '"<it> (partially)", "not <it>" and "<it> - not implemented" are not complete, nor rated blue',
    (word, casing, space) => {
      const it = casing === "upper" ? word.toUpperCase() : casing === "lower" ? word.toLowerCase() : word;
      for (const text of [
        `${it}${space}(partially)`,
        `not${space}${it}`,
        `${it}${space}-${space}not implemented`,
        `${it}${space}(not achieved)`,
        `partially ${it}`,
      ]) {
        expect(normaliseStatus(text), text).not.toBe("complete");
        expect(normaliseRag(text), text).not.toBe("blue");
      }
    },
  );
});

describe("a limited or denied 'complete' is no blue rating either", () => {
  it.each(["Complete (partially)", "Completed - not implemented", "Complete but not signed off"])("RAG of %s is none", (text) => {
    expect(normaliseRag(text)).toBeUndefined();
  });
  it("while the plain wordings keep theirs", () => {
    expect(normaliseRag("Complete")).toBe("blue");
    expect(normaliseRag("Blue - partially reviewed")).toBe("blue"); // the colour itself, written first
  });
});
