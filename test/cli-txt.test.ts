// A .txt plan: Excel's "Unicode Text" (UTF-16 with a byte-order mark, tab-separated) is saved
// with that name. The library and the page told it from its content; cpc refused it by its name
// ("cannot tell the format from the name"). It is now read as standard input is.
import { describe, expect, it } from "vitest";
import { collectedFile, cpcStats, runCpc, scratchFile } from "./helpers.js";

describe("cpc reads a .txt plan from its content", () => {
  it("unseen-6/12: the UTF-16 tab-separated tracker", async () => {
    // By hand (expected.md): 5 actions; complete 1, in progress 2 (On track, Some problems), not
    // started 1, on hold 1 (Deferred). Overdue on 2025-12-01: 2a (31/10/2025) and 3a (30/06/2025, on hold).
    const file = collectedFile("unseen-6", "12-utf16-unicode-text");
    const s = await cpcStats([file], "2025-12-01");
    expect(s.actions).toBe(5);
    expect(s.status.counts).toMatchObject({ complete: 1, "in-progress": 2, "not-started": 1, "on-hold": 1 });
    expect(s.overdue).toBe(2);
    const run = await runCpc(["validate", file]);
    expect(run.err + run.out).toContain("read as UTF-16LE (from its byte-order mark)");
  });

  it("a .txt that is a JSON plan is read as JSON; other names are still refused", async () => {
    const plan = JSON.stringify({
      schemaVersion: 1,
      council: { name: "Example Council" },
      recommendations: [{ id: "R1", title: "Strengthen financial planning" }],
      actions: [{ id: "1.1", recommendation: "R1", title: "Refresh the MTFS", owners: ["S151 Officer"], timescale: "March 2026", status: "in-progress" }],
    });
    const run = await runCpc(["validate", scratchFile("plan.txt", plan)]);
    expect(run.code).toBe(0);
    const refused = await runCpc(["validate", scratchFile("plan.dat", plan)]);
    expect([refused.code, refused.err]).toEqual([2, expect.stringContaining("cannot tell the format from the name; use .json, .yaml, .yml, .csv, .tsv, .txt")]);
  });
});
