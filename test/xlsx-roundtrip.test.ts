// A plan through a workbook and back (issue 31, item 6): whatever differs afterwards is
// named by csvLosses (the table a workbook shares with CSV) or xlsxLosses (the characters
// a workbook cannot hold). Text of any code point
// (control characters, U+FFFE, lone surrogates), quotes, line breaks of every kind, and
// focus areas, which the round trip once dropped.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { csvLosses } from "../src/csv/index.js";
import { validatePlan } from "../src/schema/index.js";
import { readPlanXlsx, writePlanXlsx, xlsxLosses } from "../src/xlsx/index.js";

const any = fc.string({ unit: "binary", maxLength: 10 });
const awkward = fc.oneof(
  any,
  fc.constantFrom(
    "=SUM(A1)",
    "+1",
    "-",
    "@x",
    "1.",
    "a;b",
    "a\rb",
    "a\r\nb",
    "a\tb",
    '"q"',
    "Key: x",
    "\u0000",
    "\u0007bell",
    "\ud800",
    "x\udc00",
    "\ufffe",
    "Housing",
  ),
);
const nonBlank = awkward.filter((t) => /\S/.test(t));
const plan = fc
  .record({
    name: nonBlank,
    recTitle: nonBlank,
    focusAreas: fc.option(fc.array(nonBlank, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    actions: fc.uniqueArray(
      fc.record(
        {
          id: nonBlank,
          title: awkward,
          owners: fc.option(fc.array(awkward, { maxLength: 2 }), { nil: undefined }),
          timescale: fc.option(awkward, { nil: undefined }),
          comments: fc.option(awkward, { nil: undefined }),
        },
        { requiredKeys: ["id", "title"] },
      ),
      { minLength: 1, maxLength: 3, selector: (a) => a.id.trim() },
    ),
  })
  .map((r) => ({
    schemaVersion: 1,
    council: { name: r.name },
    peerChallenge: { start: "2024-01" },
    ...(r.focusAreas !== undefined ? { focusAreas: r.focusAreas } : {}),
    recommendations: [{ id: "R1", title: r.recTitle }],
    actions: r.actions.map((a) => ({ ...Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)), recommendation: "R1" })),
  }));

/** The paths at which two values differ (a key on one side only is a difference). */
function differences(a: unknown, b: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Object.is(a, b)) return [];
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return [path];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) =>
    differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, Array.isArray(a) ? Number(k) : k]),
  );
}

describe("workbook round trip with every awkward character", () => {
  test.prop([plan], { numRuns: 300 })(
    "reads back the same plan, or csvLosses and xlsxLosses name every field that differs",
    (p) => {
      const valid = validatePlan(p);
      if (!valid.ok) return;
      const csv = csvLosses(valid.plan);
      const losses = [...csv, ...xlsxLosses(valid.plan, csv)].map((i) => i.path.join("."));
      const again = validatePlan(readPlanXlsx(writePlanXlsx(valid.plan)).plan);
      if (!again.plan) {
        expect(losses.length, JSON.stringify(again.issues)).toBeGreaterThan(0);
        return;
      }
      for (const d of differences(valid.plan, again.plan)) {
        const at = d.join(".");
        expect(
          losses.some((l) => at === l || at.startsWith(`${l}.`) || l.startsWith(`${at}.`) || l === ""),
          `${at} differs but no loss names it (losses: ${losses.join(", ")})`,
        ).toBe(true);
      }
    },
    60_000,
  );

  it("names each character it cannot carry, by code point", () => {
    const p = validatePlan({
      schemaVersion: 1,
      council: { name: "Example Council" },
      peerChallenge: { start: "2024-01" },
      focusAreas: ["Housing", "Climate"],
      recommendations: [{ id: "R1", title: "Ring the \u0007bell \ud800" }],
      actions: [{ id: "1.1", recommendation: "R1", title: "Fine", status: "complete" }],
    }).plan!;
    expect(xlsxLosses(p).map((i) => i.message)).toEqual(["recommendations.0.title: holds U+0007, U+D800, which a workbook cannot hold and are left out."]);
    const back = validatePlan(readPlanXlsx(writePlanXlsx(p)).plan).plan!;
    expect(back.recommendations[0]?.title).toBe("Ring the bell ");
    expect(back.focusAreas).toEqual(["Housing", "Climate"]);
  });
});
