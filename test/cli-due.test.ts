import { describe, expect, it } from "vitest";
import { examplePath, runCpc } from "./helpers.js";

// The Kingston plan as of 30 June 2019, counted from the file (as in test/due.test.ts):
// overdue 16 and 16.1 (Feb 2019: 122 days), 3 and 17 (April: 61), 20.1 (Spring, 31 May: 30);
// due within 30 days: 8.2 (June 2019: today, 0 days left). 3 is Sarah Ireland's and Stephen
// Evans's; 8.2, 16 and 16.1 Stephen Evans's; 17 All SLT's; 20.1 Sarah Ireland's.
const kingston = examplePath("kingston-2019.json");

describe("cpc due", () => {
  it("--by owner lists each owner's overdue and due-soon work, owners in plan order", async () => {
    const r = await runCpc(["due", kingston, "--as-of", "2019-06-30", "--by", "owner", "--format", "csv"]);
    expect(r.code).toBe(0);
    const rows = r.out
      .trim()
      .split("\n")
      .map((l) => l.split(",").slice(0, 5).join(","));
    expect(rows).toEqual([
      "owner,action,due,days,state",
      "Stephen Evans,16,2019-02-28,122,overdue",
      "Stephen Evans,16.1,2019-02-28,122,overdue",
      "Stephen Evans,3,2019-04-30,61,overdue",
      "Stephen Evans,8.2,2019-06-30,0,due soon",
      "Sarah Ireland,3,2019-04-30,61,overdue",
      "Sarah Ireland,20.1,2019-05-31,30,overdue",
      "All SLT,17,2019-04-30,61,overdue",
    ]);
  });

  it("without --by lists what falls due, soonest first, in the window asked", async () => {
    // 15 June + 60 days = 14 August: 8.2 (30 June, 15 days), 1.1 and 21.5 (31 July, 46 days).
    const r = await runCpc(["due", kingston, "--as-of", "2019-06-15", "--within", "60", "--format", "json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { withinDays: number; dueSoon: { action: string; step: string | null; due: string; daysLeft: number }[] };
    expect(out.withinDays).toBe(60);
    expect(out.dueSoon.map((d) => [d.action, d.step, d.due, d.daysLeft])).toEqual([
      ["8.2", null, "2019-06-30", 15],
      ["1.1", null, "2019-07-31", 46],
      ["21.5", null, "2019-07-31", 46],
    ]);
  });

  it("says how many in text, and refuses a window or grouping it cannot use", async () => {
    const r = await runCpc(["due", kingston, "--as-of", "2019-06-15"]);
    expect(r.out).toContain("Royal Borough of Kingston upon Thames: due within 30 days of 2019-06-15: 1");
    const bad = await runCpc(["due", kingston, "--within", "-5"]);
    expect([bad.code, bad.err]).toEqual([2, 'cpc: --within must be a whole number of days from 0 to 3660, not "-5"\n']);
    const theme = await runCpc(["due", kingston, "--by", "theme"]);
    expect([theme.code, theme.err]).toEqual([2, 'cpc: --by must be one of owner, not "theme"\n']);
  });
});
