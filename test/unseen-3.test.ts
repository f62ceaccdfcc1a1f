// Real documents the readers were never tuned on (test/fixtures/unseen-3/): each file written by
// its make.py with Debian's python (openpyxl, the csv module), its source in source.md and the
// counting by hand in expected.md beside it. Only what cpc already reads right is held here;
// what it misreads is listed in test/fixtures/unseen-3/README.md, not tested.
import { describe, expect, it } from "vitest";
import { collectedFile, cpcStats, runCpc } from "./helpers.js";

/** The one file of a unseen-3 folder that its make.py wrote. */
const fixture = (folder: string): string => collectedFile("unseen-3", folder);

const stats = (folder: string, asOf: string) => cpcStats([fixture(folder)], asOf);

describe("IFLA governance health-check timeline (CSV: Date | Action, dates as ranges)", () => {
  const folder = "09-ifla-governance-health-check-timeline";

  it("gives each of the 11 rows the last day of its month or range", async () => {
    // expected.md "Targets": February 2025 -> 02-28 ... "December 2025–January 2026" -> 2026-01-31 (the later end).
    const run = await runCpc(["calendar", fixture(folder)]);
    expect(run.code).toBe(0);
    const days = [...run.out.matchAll(/^DTSTART;VALUE=DATE:(\d{8})\r?$/gm)].map((m) => m[1]);
    expect(days).toEqual(["20250228", "20250331", "20250430", "20250531", "20250531", "20250731", "20250930", "20250831", "20251130", "20260131", "20260131"]);
  });

  it("counts 8 of the 11 overdue on 1 October 2025, none of them with a status", async () => {
    // Due before 2025-10-01: Feb, Mar, Apr, Apr–May, May, Jun–Jul, Jul–Sep (30 Sep), Aug = 8;
    // Oct–Nov, Dec–Jan, Jan 2026 are not yet due = 3. No status column: 11 not started.
    const s = await stats(folder, "2025-10-01");
    expect(s.actions).toBe(11);
    expect(s.overdue).toBe(8);
    expect(s.status.counts["not-started"]).toBe(11);
  });
});

describe("North Norfolk annual action plan 2013/14 (xlsx: status key above the table)", () => {
  const folder = "02-north-norfolk-annual-action-plan-2013-14";

  it("reads the five actions as in progress and none of the key's rows as an action", async () => {
    // Rows 13-17 each say "On Track" (5); rows 5-8 are the key (On Track, On Hold, Some
    // Problems, the equalities mark) and are not actions; no targets, so none overdue.
    const s = await stats(folder, "2014-03-31");
    expect(s.actions).toBe(5);
    expect(s.status.counts["in-progress"]).toBe(5);
    expect(s.status.counts["on-hold"]).toBe(0);
    expect(s.overdue).toBe(0);
  });
});

describe("West Devon draft recovery plan 2020 (xlsx: 'Short term' / 'Medium term' defined only by a key)", () => {
  const folder = "04-west-devon-recovery-plan-2020";

  it("gives no date to a timescale that states none, and says so for each of the 3 actions", async () => {
    // Timescales "Short term" (1.1), "Medium term" (1.2), "Medium term" + "Short term" (1.3 a, b):
    // the dates live only in the key row above the table, so no action has a due date.
    const run = await runCpc(["validate", fixture(folder)]);
    expect(run.code).toBe(0);
    const unparsed = (run.out + run.err).match(/unparseable-timescale/g) ?? [];
    expect(unparsed).toHaveLength(3);
    const s = await stats(folder, "2030-01-01");
    expect(s.actions).toBe(3);
    expect(s.overdue).toBe(0);
  });
});

describe("cpc draft on progress reports that are not a peer team's feedback", () => {
  it.each([["05-bracknell-forest-council-plan-q4-2024-25"], ["06-huntingdonshire-cpc-update-2025-26-q3"], ["08-bromsgrove-improvement-plan-exception-2009"]])(
    "finds no recommendations in %s and drafts nothing",
    async (folder) => {
      // None of the three holds a list of the peer team's recommendations (expected.md of each):
      // a performance summary, a Cabinet decision, and a Cabinet minute with resolutions (a), (b).
      const run = await runCpc(["draft", fixture(folder)]);
      expect(run.code).toBe(1);
      expect(run.out).toBe("");
      expect(run.err).toContain("No recommendations found");
    },
  );
});
