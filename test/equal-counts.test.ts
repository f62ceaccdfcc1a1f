// Issue 28 item 6: equal counts, equal look. Where largest remainder gives equal counts different whole
// percentages, the tables say so, naming which and why. Decision (docs/statistics.md, "Equal counts"): keep
// largest remainder (the column sums to 100, as councils' published figures do) and add a note, rather than
// show equal counts as equal percentages that no longer sum to 100.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ragSummary, statusSummary } from "../src/index.js";
import { buildReport } from "../src/report/index.js";
import { validatePlan } from "../src/schema/index.js";
import { equalCountsNote } from "../src/statistics/percentages.js";
import { readPlanXlsx } from "../src/xlsx/index.js";
import { loadPlan, runCpc } from "./helpers.js";

const file = new URL("./fixtures/trackers/tracker-q2.xlsx", import.meta.url).pathname;
const r = validatePlan(readPlanXlsx(new Uint8Array(readFileSync(file))).plan, { asOf: "2024-09-30" });
const plan = r.ok ? r.plan : undefined;

describe("equal counts shown as different percentages (tracker-q2.xlsx, as of 2024-09-30)", () => {
  it("are what largest remainder gives: Red 1 = 13 %, Blue 1 = 12 %", () => {
    // RAG of 8: red 1, amber 2, green 4, blue 1 -> 12.5, 25, 50, 12.5; floors sum to 99; the one point left goes to a
    // remainder of .5: red and blue tie, on count too (1 each), so the earlier key, red: 13, 25, 50, 12.
    expect(ragSummary(plan!, { asOf: "2024-09-30" }).percentages).toEqual({ red: 13, amber: 25, green: 50, blue: 12 });
    // Status of 8: not started 1, in progress 6, complete 1 -> 12.5, 75, 12.5: the earlier, not started, gets 13.
    expect(statusSummary(plan!, { asOf: "2024-09-30" }).percentages).toMatchObject({ "not-started": 13, "in-progress": 75, complete: 12 });
  });

  it("are named in a note under the tables, saying why", async () => {
    const rag = "Equal counts shown as different percentages: Red 13%, Blue (complete) 12% (1 each).";
    const status = "Equal counts shown as different percentages: Not started 13%, Complete 12% (1 each).";
    const notes = buildReport(plan!, { asOf: "2024-09-30" }).notes;
    expect(notes.some((n) => n.startsWith(status))).toBe(true);
    expect(notes.some((n) => n.startsWith(rag))).toBe(true);
    expect(notes.find((n) => n.startsWith(rag))).toContain("to the larger count, then to the earlier row");
    const out = (await runCpc(["stats", file, "--as-of", "2024-09-30"])).out;
    expect(out).toContain(rag);
    expect(out).toContain(status);
    expect((await runCpc(["report", file, "--as-of", "2024-09-30"])).out).toContain(rag);
  });

  it("says nothing where equal counts look equal, or no counts are equal", () => {
    expect(equalCountsNote({ a: 1, b: 1, c: 2 }, { a: 25, b: 25, c: 50 }, (k) => k)).toBeUndefined();
    expect(equalCountsNote({ a: 0, b: 0, c: 3 }, { a: 0, b: 0, c: 100 }, (k) => k)).toBeUndefined();
    // Kingston as of 2019-06-30: its status counts (4, 48, 1, 1: not started, in progress, complete, ongoing) give
    // complete and ongoing 1 each: 1/54 = 1.85 %, both rounded up to 2: equal. No note.
    const kingston = loadPlan("kingston-2019.json");
    expect(buildReport(kingston, { asOf: "2019-06-30" }).notes.filter((n) => n.startsWith("Equal counts"))).toEqual([]);
  });
});
