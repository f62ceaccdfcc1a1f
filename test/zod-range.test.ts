// A number out of its field's range. Before: "percentComplete": -5 and "weight": 0 were said to
// be "empty" (zod's too_small, read as a blank text), and 150 came with zod's own English
// ("Too big: expected number to be <=100"). Each is now an invalid-value with the value and the
// range, at its place.
import { describe, expect, it } from "vitest";
import { validatePlan } from "../src/schema/index.js";

const plan = (fields: object) => ({
  schemaVersion: 1,
  council: { name: "Example Council" },
  recommendations: [{ id: "R1", title: "Strengthen financial planning" }],
  actions: [{ id: "1.1", recommendation: "R1", title: "Refresh the MTFS", ...fields }],
});
const errors = (fields: object) =>
  validatePlan(plan(fields))
    .issues.filter((i) => i.severity === "error")
    .map((i) => ({ code: i.code, path: i.path.join("/"), message: i.message, hint: i.hint, value: i.value }));

describe("a number out of range is said to be out of range, with the range", () => {
  it.each([
    ["percentComplete", -5, "a number from 0 to 100"],
    ["percentComplete", 150, "a number from 0 to 100"],
    ["weight", 0, "a number above 0 (1 is an action's usual weight)"],
    ["weight", -1, "a number above 0 (1 is an action's usual weight)"],
  ])("%s %d", (field, value, allowed) => {
    expect(errors({ [field]: value })).toEqual([
      { code: "invalid-value", path: `actions/0/${field}`, message: `Action 1.1: "${field}" is ${value}, out of its range.`, hint: `Give ${allowed}.`, value },
    ]);
  });
  it("the ends of the range are allowed", () => {
    expect([errors({ percentComplete: 0 }), errors({ percentComplete: 100 }), errors({ weight: 0.5 })]).toEqual([[], [], []]);
  });
});
