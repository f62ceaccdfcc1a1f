// cpc stats with several files: a row per plan and the totals, mixed formats, a folder, and
// files that cannot be read reported under their names and left out of the totals.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { examplePath, runCpc } from "./helpers.js";

const fixture = (path: string) => fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url));
const tracker = fixture("xlsx/tracker.xlsx");
const word = fixture("docx/action-plan.docx");
const northHerts = fixture("portfolio/north-herts-2024.yaml");
const bath = fixture("portfolio/bath-ne-somerset-2025.yaml");
const fareham = fixture("portfolio/fareham-2025.yaml");

interface JsonRow {
  file: string;
  council: string | null;
  actions: number;
  overdue: number;
  daysToPublish: number | null;
  headline: {
    completed: { count: number; percent: number };
    expectedProgress: { count: number; percent: number };
    notProgressed: { count: number; percent: number };
  };
  timeliness: { within3Months: boolean | null; within5Months: boolean | null };
}

// Counted by hand, as of 15 April 2025:
// tracker.xlsx (make-tracker.py): 1.1 in progress, due 31 March 2024: overdue; 1.2 not started, Dec 2024:
//   overdue; 1.3 complete; 2.1 in progress, due 31 March 2025: overdue. 4 actions, 3 overdue; headline 1 / 0 / 3.
// action-plan.docx (make-plan.py): 1.1 in progress, March 2025: overdue; 1.2 not started, Q4 2024/25 (31 March
//   2025): overdue; 2.1 complete. 3 actions, 2 overdue; headline 1 / 0 / 2.
// The three council calendars (test/fixtures/portfolio/README.md) have no actions.
// Totals: 7 actions, 5 overdue; completed 2 of 7 (28.57 %), not progressed 5 (71.43 %): 28 + 71 = 99,
// the spare unit to the larger remainder (.57): 29 / 0 / 71.
describe("cpc stats a.xlsx b.docx c.yaml ...", () => {
  it("gives a row per plan in the order given, and totals from the summed counts", async () => {
    const r = await runCpc(["stats", tracker, word, northHerts, bath, fareham, "--as-of", "2025-04-15", "--format", "json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as {
      asOf: string;
      plans: JsonRow[];
      total: Record<string, unknown> & { headline: JsonRow["headline"]; timeliness: Record<string, number> };
      leftOut: unknown[];
    };
    expect(out.asOf).toBe("2025-04-15");
    expect(out.plans.map((p) => [p.council, p.actions, p.overdue, p.headline.completed.count, p.headline.notProgressed.count])).toEqual([
      ["Example Borough Council", 4, 3, 1, 3],
      ["Example District Council", 3, 2, 1, 2],
      ["North Hertfordshire Council", 0, 0, 0, 0],
      ["Bath and North East Somerset Council", 0, 0, 0, 0],
      ["Fareham Borough Council", 0, 0, 0, 0],
    ]);
    expect(out.plans.map((p) => p.file)).toEqual([tracker, word, northHerts, bath, fareham]);
    expect(out.total).toMatchObject({ plans: 5, actions: 7, overdue: 5 });
    expect([out.total.headline.completed.percent, out.total.headline.expectedProgress.percent, out.total.headline.notProgressed.percent]).toEqual([29, 0, 71]);
    // What is not known is null, not missing.
    expect(out.plans[0]!.daysToPublish).toBeNull();
    expect(out.plans[0]!.timeliness.within3Months).toBeNull();
    // North Herts and Bath: within 5 months, not 3; Fareham: within 5, 3 not known; the two examples: no publication date.
    expect(out.plans.slice(2).map((p) => [p.timeliness.within3Months, p.timeliness.within5Months])).toEqual([
      [false, true],
      [false, true],
      [null, true],
    ]);
    expect(out.total.timeliness).toMatchObject({ within3Months: 0, within5Months: 3, later: 0, notKnown: 2 });
    expect(out.leftOut).toEqual([]);
    // Each file's issues under its name: the tracker's hidden row and #N/A target, for one.
    expect(r.err).toContain(`${tracker}:`);
  });

  it("reports a file it cannot read under its name, leaves it out, and says so in the totals", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cpc-portfolio-"));
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '{ "schemaVersion": 1, "recommendations": [');
    const invalid = join(dir, "invalid.json");
    writeFileSync(invalid, JSON.stringify({ schemaVersion: 1, recommendations: [], actions: [{ id: "1", recommendation: "R9", title: "Orphan" }] }));
    const r = await runCpc(["stats", tracker, broken, word, invalid, "--as-of", "2025-04-15"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(:\\d+(:\\d+)?)?: error cannot be read`));
    expect(r.err).toContain(`${invalid}:`);
    // The two good plans: 7 actions, 5 overdue (as above).
    expect(r.out).toMatch(/Total \(2 plans; 2 files left out\)/);
    expect(r.out).toMatch(/2 plans, 7 actions, 5 overdue, as of 2025-04-15/);
    expect(r.out).toContain(`The totals leave out 2 file(s): ${broken} (cannot be read`);
    expect(r.out).toContain(`${invalid} (not a valid plan: 1 error(s))`);
  });

  it("goes on past a file that does not exist, with exit code 2", async () => {
    const r = await runCpc(["stats", word, "no-such-plan.yaml", "--as-of", "2025-04-15", "--format", "json"]);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.out) as { plans: JsonRow[]; leftOut: { file: string; reason: string }[] };
    expect(out.plans.map((p) => p.actions)).toEqual([3]);
    expect(out.leftOut).toEqual([{ file: "no-such-plan.yaml", reason: expect.stringContaining("no such file") as string }]);
    expect(r.err).toContain("no-such-plan.yaml");
  });

  it("reads a folder as the plan files in it, by name", async () => {
    const r = await runCpc(["stats", fixture("portfolio"), "--as-of", "2025-12-31", "--format", "csv"]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines[0]).toBe("council,file,CPC,days to publish,published,actions,overdue,completed,expected progress,not progressed");
    // bath, fareham, north-herts (the README is not a plan), then the total.
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual([
      "Bath and North East Somerset Council",
      "Fareham Borough Council",
      "North Hertfordshire Council",
      "Total (3 plans)",
    ]);
    expect(lines[2]).toContain("within 5 months");
  });

  it("counts recommendations by current theme across plans with --by theme", async () => {
    const r = await runCpc([
      "stats",
      examplePath("kingston-2019.json"),
      examplePath("west-norfolk-2024.json"),
      "--by",
      "theme",
      "--as-of",
      "2019-06-30",
      "--format",
      "csv",
    ]);
    expect(r.code).toBe(0);
    // As test/portfolio.test.ts counts them: Kingston's 8 recommendations under organisational
    // leadership and governance count under both its current counterparts.
    expect(r.out.trim().split("\n")).toEqual([
      "theme,plans,recommendations,actions,overdue,complete",
      "Local priorities and outcomes,0,0,0,0,0%",
      "Organisational and place leadership,1,8,13,2,0%",
      "Governance and culture,1,8,13,2,0%",
      "Financial planning and management,1,6,17,1,0%",
      "Capacity for improvement,1,4,8,2,0%",
      // 1 complete, 27 not started, 12 in progress of 40: 2.5 / 67.5 / 30, floors 2 / 67 / 30; the
      // spare unit ties at .5 and goes to the larger count (not started): complete stays 2 %.
      "Unassigned,2,11,40,0,2%",
    ]);
  });

  it("writes Markdown with the table and what it leaves out", async () => {
    const r = await runCpc(["stats", word, "missing.yaml", "--as-of", "2025-04-15", "--format", "md"]);
    expect(r.out).toMatch(/^## 1 plans/);
    expect(r.out).toContain("| council |");
    expect(r.out).toContain("missing.yaml");
  });

  it("refuses a grouping that belongs to one plan", async () => {
    const r = await runCpc(["stats", word, tracker, "--by", "owner"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--by theme");
    const h = await runCpc(["stats", word, tracker, "--headline"]);
    expect(h.code).toBe(2);
  });

  it("points one plan's --format html to cpc report", async () => {
    const r = await runCpc(["stats", word, "--format", "html"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("cpc report --format html");
  });

  it("keeps one file's stats as they were", async () => {
    const r = await runCpc(["stats", examplePath("kingston-2019.json"), "--as-of", "2019-06-30", "--format", "json"]);
    expect(JSON.parse(r.out)).toMatchObject({ actions: 54, overdue: 5 });
  });
});
