// Issue 28 item 2: snapshots in date order. Kingston's pair (examples/kingston-snapshots: april.json, the plan
// as published and dated 2019-04; july.json, with illustrative dated updates to 2019-07-31) given either way
// round gives the same comparison; files whose dates cannot tell them apart are refused; two councils are said.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { comparePlans, orderSnapshots } from "../src/index.js";
import { examplePath, loadPlan, runCpc } from "./helpers.js";

const april = loadPlan("kingston-snapshots/april.json");
const july = loadPlan("kingston-snapshots/july.json");
const aprilFile = examplePath("kingston-snapshots/april.json");
const julyFile = examplePath("kingston-snapshots/july.json");

describe("comparePlans and orderSnapshots", () => {
  it("compares in date order whichever is given first, and says when it swapped them", () => {
    // april.json: no updates, publishedOn 2019-04, read as of 2019-04-30. july.json: latest update 2019-07-31.
    // Between them: 7.6 became complete (31 July); 8.2's target moved from June 2019 (2019-06-30) to September 2019.
    const right = comparePlans(april, july);
    const wrong = comparePlans(july, april);
    for (const c of [right, wrong]) {
      expect([c.since, c.asOf]).toEqual(["2019-04-30", "2019-07-31"]);
      expect(c.completed.map((a) => a.id)).toEqual(["7.6"]);
      expect(c.slips.find((s) => s.id === "8.2")?.due).toEqual(["2019-06-30", "2019-09-30"]);
      expect([c.added.length, c.removed.length]).toEqual([0, 0]);
    }
    expect([right.reordered, wrong.reordered]).toEqual([false, true]);
    expect(wrong.slipped.map((a) => a.id)).toEqual(right.slipped.map((a) => a.id));
  });

  it("keeps the order given where the dates cannot tell them apart", () => {
    const undated = { ...april, publishedOn: undefined };
    expect(orderSnapshots(undated, undated)).toMatchObject({ reordered: false, since: undefined, asOf: undefined });
    expect(orderSnapshots(april, july, { since: "2019-08-01", asOf: "2019-09-01" }).reordered).toBe(false);
  });

  it("says when the two name different councils", () => {
    const westNorfolk = loadPlan("west-norfolk-2024.json");
    expect(comparePlans(april, westNorfolk).councilDiffers).toBe(true);
    expect(comparePlans(april, july).councilDiffers).toBe(false);
    // The same name, spaced and cased otherwise, is the same council.
    expect(comparePlans(april, { ...july, council: { name: "  royal borough of KINGSTON upon Thames " } }).councilDiffers).toBe(false);
  });
});

describe("cpc diff, cpc report --compare and cpc trend", () => {
  it("cpc diff: the later file given first is put second, with a line saying so, and the dates printed are the figures' dates", async () => {
    const r = await runCpc(["diff", julyFile, aprilFile]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${aprilFile} (as of 2019-04-30) to ${julyFile} (as of 2019-07-31)`);
    expect(r.out).toContain(`${julyFile} (2019-07-31) was given first but is the later: compared in date order`);
    // Kingston has 54 actions; complete: 1 (action 1) in April, 2 (and 7.6) in July: 1/54 = 1.9 -> 2 %, 2/54 = 3.7 -> 4 %.
    expect(r.out).toContain("Now:  4% of actions completed");
    expect(r.out).toContain("Then: 2% of actions completed");
    expect(r.out).toMatch(/Completed \(1\)\n {2}7\.6 /);
    const json = JSON.parse((await runCpc(["diff", julyFile, aprilFile, "--format", "json"])).out) as Record<string, unknown>;
    expect(json).toMatchObject({ before: aprilFile, after: julyFile, since: "2019-04-30", asOf: "2019-07-31", reordered: true, completed: ["7.6"] });
  });

  it("cpc report --compare agrees with cpc diff: as of the later snapshot's date, the same headline", async () => {
    const diff = JSON.parse((await runCpc(["diff", aprilFile, julyFile, "--format", "json"])).out) as {
      headline: { after: { completed: { percent: number }; expectedProgress: { percent: number }; notProgressed: { percent: number } } };
    };
    const h = diff.headline.after;
    for (const args of [
      ["report", julyFile, "--compare", aprilFile],
      ["report", aprilFile, "--compare", julyFile],
    ]) {
      const r = await runCpc(args);
      expect(r.code).toBe(0);
      expect(r.out).toContain("Figures as of **31 July 2019**.");
      expect(r.out).toContain(
        `${h.completed.percent}% of actions completed, ${h.expectedProgress.percent}% making expected progress and ${h.notProgressed.percent}% not yet progressed`,
      );
    }
  });

  it("refuses two different files whose dates cannot tell which is the earlier", async () => {
    const dir = mkdtempSync(join(tmpdir(), "order-"));
    const a = join(dir, "a.json");
    const b = join(dir, "b.json");
    writeFileSync(a, JSON.stringify(april));
    writeFileSync(b, JSON.stringify({ ...april, actions: april.actions.map((x) => (x.id === "2" ? { ...x, status: "in-progress" } : x)) }));
    const r = await runCpc(["diff", a, b]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`cannot tell which of ${a} and ${b} is the earlier: both are dated 2019-04-30`);
    // The same file twice needs no order: nothing changed.
    expect((await runCpc(["diff", a, a])).code).toBe(0);
    // Dates given on the command line settle it.
    expect((await runCpc(["diff", a, b, "--since", "2019-04-30", "--as-of", "2019-05-31"])).code).toBe(0);
  });

  it("warns when the two files are not one council's plan", async () => {
    const r = await runCpc(["diff", aprilFile, examplePath("west-norfolk-2024.json")]);
    expect(r.out).toContain("Warning: the two files name different councils");
  });

  it("cpc trend: files given out of date order are taken in date order, and it says so", async () => {
    const r = await runCpc(["trend", julyFile, aprilFile, "--format", "md"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`The files were not given in date order: the series takes them as ${aprilFile} (2019-04-30), ${julyFile} (2019-07-31).`);
    expect((await runCpc(["trend", aprilFile, julyFile, "--format", "md"])).out).not.toContain("not given in date order");
  });
});
