// test/fixtures/unseen-7: real public documents no one here had seen, rebuilt by make.py
// (python-docx, openpyxl, csv; sources and hand counts in the README). 01 is held in
// test/docx-sections.test.ts. Counted by hand from make.py:
//   03 Runnymede's Best Value heat map: 73 codes and "See CI012" under seven theme lines, no
//      heading of a plan: no plan, refused.
//   04 an Essex LAA action plan template: a form of labels and values over an actions table
//      whose heading row has nothing under it: 0 recommendations, 0 actions.
//   05 a timeline "When / What / By whom / Why" of 3 rows whose dates name a weekday and a
//      month but no year ("Monday 5 November"): 3 actions, none with a date that can be read.
//   07 a scrutiny committee's minute and 08 a council plan's key actions: no peer team's
//      recommendations, so no draft.
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";

const fixture = (name: string) => new URL(`./fixtures/unseen-7/${name}`, import.meta.url).pathname;

async function cpc(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), stdin: () => "", env: {}, stdoutIsTTY: false });
  return { code, out, err };
}

describe("unseen-7", () => {
  it("03: a heat map of codes is no plan, and is refused", async () => {
    const r = await cpc(["validate", fixture("03-runnymede-best-value-heatmap-2024.xlsx"), "--as-of", "2026-12-07"]);
    expect(r.code).toBe(1);
    expect(r.out + r.err).toContain("unreadable-file");
  });

  it("04: a template with an empty actions table is said to hold nothing (before: valid, and no word of it)", async () => {
    const r = await cpc(["validate", fixture("04-essex-laa-action-plan-template-col12.xlsx"), "--as-of", "2026-12-07", "--format", "json"]);
    const report = JSON.parse(r.out) as { files: { ok: boolean; issues: { code: string; severity: string }[] }[] };
    expect(report.files[0]!.issues.filter((i) => i.code === "empty-plan")).toEqual([expect.objectContaining({ severity: "warning" })]);
    const stats = JSON.parse(
      (await cpc(["stats", fixture("04-essex-laa-action-plan-template-col12.xlsx"), "--as-of", "2026-12-07", "--format", "json"])).out,
    ) as {
      actions: number;
    };
    expect(stats.actions).toBe(0);
  });

  it("05: dates with no year give no target and no overdue action; none is guessed", async () => {
    const r = await cpc(["stats", fixture("05-icann-epdp-timeline-2018.csv"), "--as-of", "2026-12-07", "--format", "json"]);
    const stats = JSON.parse(r.out) as { actions: number; overdue: number };
    expect([stats.actions, stats.overdue]).toEqual([3, 0]);
    const v = await cpc(["validate", fixture("05-icann-epdp-timeline-2018.csv"), "--as-of", "2026-12-07", "--format", "json"]);
    const issues = (JSON.parse(v.out) as { files: { issues: { code: string; path: (string | number)[] }[] }[] }).files[0]!.issues;
    // Each of the 3 dates is said to give no year.
    expect(issues.filter((i) => i.code === "unparseable-timescale").map((i) => i.path[1])).toEqual([0, 1, 2]);
  });

  it.each(["07-southwark-scrutiny-improvement-minute.txt", "08-rbkc-council-plan-2023-fairer-key-actions.txt"])(
    "%s: no peer team's recommendations, so no draft",
    async (name) => {
      const r = await cpc(["draft", fixture(name)]);
      expect(r.code).toBe(1);
      expect(r.out).toBe("");
    },
  );
});
