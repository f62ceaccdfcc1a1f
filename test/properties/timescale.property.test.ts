import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { isCalendarDate, parseTimescale, type Timescale } from "../../src/index.js";
import { calendarDate, timescaleText } from "./arbitraries.js";

const KINDS = new Set(["date", "milestones", "ongoing", "recurring", "status", "unknown"]);

function wellFormed(t: Timescale, text: string): void {
  expect(KINDS.has(t.kind)).toBe(true);
  expect(t.text).toBe(text);
  if (t.kind === "date" || t.kind === "milestones") {
    expect(isCalendarDate(t.start) && isCalendarDate(t.due)).toBe(true);
    expect(t.due >= t.start).toBe(true);
  }
  if (t.kind === "milestones") {
    expect(t.milestones.length).toBeGreaterThan(1);
    for (const m of t.milestones) expect(m.due >= m.start && m.due <= t.due && m.start >= t.start).toBe(true);
  }
  if (t.kind === "unknown") expect(t.reason.length).toBeGreaterThan(0);
}

describe("parseTimescale, for any input", () => {
  test.prop([fc.string({ unit: "binary" })])("is total on any string and returns a well-formed Timescale", (text) => {
    wellFormed(parseTimescale(text), text);
  });

  test.prop([timescaleText, calendarDate, fc.constantFrom("calendar", "financial" as const)])(
    "is total on council-like texts with any reference date, due never before start",
    (text, reference, quarters) => {
      wellFormed(parseTimescale(text, { reference, quarters }), text);
    },
  );

  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  test.prop([
    fc.integer({ min: 1990, max: 2199 }),
    fc.oneof(
      fc.integer({ min: 0, max: 11 }).map((m) => (y: number) => `${MONTHS[m]} ${y}`),
      fc.constantFrom("Spring", "Summer", "Autumn").map((s) => (y: number) => `${s} ${y}`),
      fc.integer({ min: 1, max: 4 }).map((q) => (y: number) => `Q${q} ${y}`),
      fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 })).map(
        ([d, m]) =>
          (y: number) =>
            `${d}/${m}/${y}`,
      ),
      fc.constant((y: number) => `${y}`),
      fc.integer({ min: 0, max: 11 }).map((m) => (y: number) => `By ${MONTHS[m]} ${y} and ongoing`),
    ),
    calendarDate,
  ])("never moves a text with an explicit year into another year (winter and financial years aside)", (year, form, reference) => {
    const t = parseTimescale(form(year), { reference });
    expect(t.kind).toBe("date");
    if (t.kind === "date") {
      expect(t.due.slice(0, 4)).toBe(String(year));
      expect(t.start.slice(0, 4)).toBe(String(year));
    }
  });
});
