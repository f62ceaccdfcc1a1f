// cpc returns and cpc collect (issue 35), on Kingston's plan and the returns fill.py filled in.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validatePlan } from "../src/schema/index.js";
import { safeFileName } from "../src/returns/layout.js";
import { examplePath, runCpc } from "./helpers.js";

const kingston = examplePath("kingston-2019.json");
const filled = (name: string) => fileURLToPath(new URL(`./fixtures/returns/filled/${name}`, import.meta.url));

describe("cpc returns", () => {
  it("writes one workbook per owner, named by owner, and lists them", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "cpc-returns-")), "out");
    const r = await runCpc(["returns", kingston, "--as-of", "2019-06-30", "-o", dir]);
    expect(r.code).toBe(0);
    // Nine owners with open actions on 30 June 2019 (see test/returns.test.ts), the actions with no owner as "No owner".
    expect(readdirSync(dir).sort()).toEqual(
      [
        "All SLT.xlsx",
        "All of the senior leadership team.xlsx",
        "Cllr Green.xlsx",
        "Ian Thomas.xlsx",
        "Naz Hussain.xlsx",
        "No owner.xlsx",
        "Sarah Ireland.xlsx",
        "Stephen Evans.xlsx",
        "Stephen Taylor.xlsx",
      ].sort(),
    );
    // Sarah Ireland's 19 lines: overdue on 30 June 2019 are 3 ("April 2019") and 20.1 ("Spring 2019",
    // ending 31 May); her "Summer 2019" and later targets are not yet due.
    expect(r.out).toContain("  Sarah Ireland.xlsx: 19 lines, 2 overdue\n");
    expect(r.out).toContain("  Ian Thomas.xlsx: 4 lines\n");
    expect(r.out.split("\n")[0]).toBe(`9 returns as of 2019-06-30 written to ${dir}:`);
  });

  it("writes only the owners asked for, and refuses an owner the plan does not name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cpc-returns-"));
    const r = await runCpc(["returns", kingston, "--as-of", "2019-06-30", "--owners", "Ian Thomas, Cllr Green", "-o", dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["Cllr Green.xlsx", "Ian Thomas.xlsx"]);
    const bad = await runCpc(["returns", kingston, "--owners", "Cllr Brown", "-o", dir]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^cpc: --owners: the plan has no owner "Cllr Brown"/);
    const none = await runCpc(["returns", kingston]);
    expect([none.code, none.err]).toEqual([2, "cpc: cpc returns needs -o DIR, the folder to write the owners' workbooks into\n"]);
  });

  it("names files safely", () => {
    const taken = new Set<string>();
    expect(["Head of HR/OD", "CON", "..", "Director: Place", "head of hr_od", "Head of HR/OD"].map((o) => safeFileName(o, taken))).toEqual([
      "Head of HR_OD.xlsx",
      "CON_.xlsx",
      "Owner.xlsx",
      "Director_ Place.xlsx",
      "head of hr_od (2).xlsx",
      "Head of HR_OD (3).xlsx",
    ]);
  });
});

describe("cpc collect", () => {
  it("writes the plan with the sound lines applied, and reports the rest with file and cell (exit 1)", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cpc-collect-")), "plan.yaml");
    const files = ["Ian Thomas.xlsx", "Naz Hussain.xlsx", "Sarah Ireland.xlsx", "Stephen Evans.xlsx", "Cllr Green.xlsx"].map(filled);
    const r = await runCpc(["collect", kingston, ...files, "--as-of", "2019-07-15", "-o", out]);
    // Six errors: the clash on 7.1 (two), "Nearly there", 5.2, the missing and the impossible date.
    expect(r.code).toBe(1);
    const plan = validatePlan(parse(readFileSync(out, "utf8")));
    expect(plan.ok).toBe(true);
    const a = (id: string) => plan.plan!.actions.find((x) => x.id === id)!;
    expect([a("9.1").status, a("10").timescale, a("1.4").status, a("12").rag, a("7.1").status]).toEqual([
      "complete",
      "March 2020",
      "on-hold",
      "red",
      "in-progress",
    ]);
    const lines = r.err.split("\n");
    expect(lines[0]).toBe("cpc: 5 returns of this plan read; 5 updates made to 5 actions");
    expect(lines).toContain("  not returned: All of the senior leadership team, Stephen Taylor, All SLT");
    expect(lines).toContain(`  10 (2019-07-02, ${filled("Ian Thomas.xlsx")}): target "Ongoing" -> "March 2020"`);
    expect(r.err).toContain(`${filled("Naz Hussain.xlsx")}:Return!D2: error unknown-status: `);
    expect(lines.filter((l) => / error [a-z-]+: /.test(l))).toHaveLength(6);
  });

  it("writes an xlsx tracker when -o names one", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cpc-collect-")), "tracker.xlsx");
    const r = await runCpc(["collect", kingston, filled("Cllr Green.xlsx"), "--as-of", "2019-07-15", "-o", out]);
    expect([r.code, readFileSync(out).subarray(0, 2).toString("latin1")]).toEqual([0, "PK"]);
  });
});
