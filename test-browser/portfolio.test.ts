// The officers' page with several plans (issue 34): the files chosen, or a folder, shown
// together as cpc stats shows them; a file that cannot be used named and left out.
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../scripts/build-site.mjs";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const root = new URL("..", import.meta.url).pathname;
const PAGE = `file://${root}site/dist/index.html`;
const AS_OF = "2025-04-15";
let browser: Browser | undefined;

beforeAll(async () => {
  await buildSite();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
});

afterAll(async () => {
  await browser?.close();
});

async function open(): Promise<{ page: Page; external: string[] }> {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
  const external: string[] = [];
  page.on("request", (r) => {
    if (!/^(?:file|data|blob|about):/.test(r.url())) external.push(r.url());
  });
  await page.goto(PAGE);
  await page.fill("#as-of", AS_OF);
  return { page, external };
}

/** The text of each cell of a table's body rows. */
async function rows(page: Page, table: string): Promise<string[][]> {
  return page.$$eval(`#${table} tbody tr`, (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? "")));
}

const fixture = (f: string) => join(root, f);

// Counted by hand as of 15 April 2025 (test/portfolio-cli.test.ts): the tracker 4 actions, 3 overdue,
// 25 % completed; the Word plan 3 actions, 2 overdue, 33 % completed; North Herts and Fareham no actions;
// together 7 actions, 5 overdue, 2 of 7 completed (29 %).
describe("the page with several plans", () => {
  it("shows a row per plan and the totals, and names the file it could not use", async () => {
    const { page, external } = await open();
    const dir = mkdtempSync(join(tmpdir(), "site-portfolio-"));
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ not json");
    await page.setInputFiles("#files", [
      fixture("test/fixtures/xlsx/tracker.xlsx"),
      fixture("test/fixtures/docx/action-plan.docx"),
      broken,
      fixture("test/fixtures/portfolio/north-herts-2024.yaml"),
      fixture("test/fixtures/portfolio/fareham-2025.yaml"),
    ]);
    await page.locator("#status", { hasText: /^Read / }).waitFor();
    expect(await page.textContent("#status")).toBe(`Read 5 files: 4 plans together, figures as of ${AS_OF}; 1 could not be used.`);
    const table = await rows(page, "portfolio-table");
    expect(table.map((r) => [r[0], r[1], r[4], r[5], r[6]])).toEqual([
      ["Example Borough Council", "tracker.xlsx", "4", "3", "25%"],
      ["Example District Council", "action-plan.docx", "3", "2", "33%"],
      ["North Hertfordshire Council", "north-herts-2024.yaml", "0", "0", "0%"],
      ["Fareham Borough Council", "fareham-2025.yaml", "0", "0", "0%"],
      ["Total (4 plans; 1 file left out)", "", "7", "5", "29%"],
    ]);
    // North Herts: within 5 months, not 3; Fareham: within 5, 3 not known.
    expect(table.map((r) => r[3]).slice(2)).toEqual(["Within 5 months (not 3)", "Within 5 months", "0 within 3 months, 2 within 5"]);
    expect(await page.textContent("#results")).toContain("Problems in broken.json");
    expect(await page.textContent("#portfolio-h")).toBe(`4 plans together, as of ${AS_OF}`);
    // The themes across the plans (test/portfolio-page.test.ts counts them): governance and culture
    // holds the tracker's three recommendations and the Word plan's R2.
    expect((await rows(page, "portfolio-themes"))[2]).toEqual(["Governance and culture", "2", "4", "5", "3", "40%"]);
    expect(external).toEqual([]);
    // Accessible as the rest of the page is.
    const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    await page.addScriptTag({ content: axe });
    expect(
      await page.evaluate(`axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => v.id + ": " + v.nodes.length))`),
    ).toEqual([]);
    await page.close();
  });

  it("reads a folder as the plan files in it", async () => {
    const { page } = await open();
    const dir = mkdtempSync(join(tmpdir(), "site-folder-"));
    mkdirSync(join(dir, "plans"));
    for (const f of ["north-herts-2024.yaml", "bath-ne-somerset-2025.yaml", "README.md"])
      copyFileSync(fixture(`test/fixtures/portfolio/${f}`), join(dir, "plans", f));
    await page.setInputFiles("#folder", join(dir, "plans"));
    await page.locator("#status", { hasText: /^Read / }).waitFor();
    const table = await rows(page, "portfolio-table");
    // Two plans (the README is not one), in the order the browser lists them, then the total.
    expect(table.map((r) => r[0]).sort()).toEqual(["Bath and North East Somerset Council", "North Hertfordshire Council", "Total (2 plans)"]);
    await page.close();
  });

  it("still compares two snapshots of one council's plan", async () => {
    const { page } = await open();
    await page.setInputFiles("#files", [fixture("examples/kingston-2019.json"), fixture("examples/kingston-2019.tsv")]);
    await page.locator("#status", { hasText: /^Read / }).waitFor();
    expect(await page.$("#portfolio-table")).toBeNull();
    expect(await page.$("#changes")).not.toBeNull();
    await page.close();
  });
});
