// The officers' page (site/), built and opened from file:// in Chromium: one file of each
// kind uploaded, the figures it shows held to the library's, no network request, an
// automated accessibility check (axe-core), and screenshots at desktop and phone widths.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../scripts/build-site.mjs";
import { comparePlans, planAsOf, type ActionPlan } from "../src/index.js";
import { buildReport } from "../src/report/index.js";
import { readPlan } from "../src/read/index.js";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const root = new URL("..", import.meta.url).pathname;
const PAGE = `file://${root}site/dist/index.html`;
const AS_OF = "2024-06-30";
const shots = join(root, "test-output");
let browser: Browser | undefined;

beforeAll(async () => {
  await buildSite();
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
});

afterAll(async () => {
  await browser?.close();
});

/** What the library makes of a file: its issues and plan, read as the page reads it (readPlan). */
function library(file: string): { issues: { severity: string }[]; plan: ActionPlan | undefined } {
  const r = readPlan(readFileSync(join(root, file)), { name: file, asOf: AS_OF });
  return { issues: [...r.issues], plan: r.ok ? r.plan : undefined };
}

/** Opens the page, watching for any request that leaves the machine. */
async function open(width = 1280, date = true): Promise<{ page: Page; external: string[] }> {
  const page = await browser!.newPage({ viewport: { width, height: 900 } });
  const external: string[] = [];
  page.on("request", (r) => {
    if (!/^(?:file|data|blob|about):/.test(r.url())) external.push(r.url());
  });
  await page.goto(PAGE);
  if (date) await page.fill("#as-of", AS_OF);
  return { page, external };
}

async function upload(page: Page, ...files: string[]): Promise<string> {
  await page.setInputFiles(
    "#files",
    files.map((f) => (f.startsWith("/") ? f : join(root, f))),
  );
  // A locator's wait, not waitForFunction: the page's Content Security Policy forbids the eval it polls with.
  await page.locator("#status", { hasText: /^Read |could not be used/ }).waitFor();
  return (await page.textContent("#status")) ?? "";
}

const FILES = [
  "test/fixtures/xlsx/tracker.xlsx",
  "test/fixtures/docx/action-plan.docx",
  "test/fixtures/trackers/budget-semicolon.csv",
  "test/fixtures/trackers/budget-utf16.tsv",
  "examples/kingston-2019.json",
  "test/fixtures/site/west-norfolk-2024.yaml",
] as const;

describe("the officers' page, from file://", () => {
  it.each(FILES)("%s: shows the library's issues and figures, with no request off the machine", async (file) => {
    const { page, external } = await open();
    const status = await upload(page, file);
    const expected = library(file);
    const errors = expected.issues.filter((i) => i.severity === "error").length;
    const warnings = expected.issues.filter((i) => i.severity === "warning").length;
    const count = page.locator(".count").first();
    expect([await count.getAttribute("data-errors"), await count.getAttribute("data-warnings")]).toEqual([String(errors), String(warnings)]);
    expect(await page.locator(".issues li").count()).toBe(errors + warnings);
    if (expected.plan === undefined) {
      expect(status).toContain("could not be used");
    } else {
      expect(status).toContain(`figures as of ${AS_OF}`);
      const r = buildReport(expected.plan, { asOf: AS_OF });
      const shown = async (cls: string) => page.textContent(`[data-figure="${cls}"]`);
      expect([await shown("completed"), await shown("expected"), await shown("not-progressed")]).toEqual([
        `${r.headline.completed.percent}%`,
        `${r.headline.expectedProgress.percent}%`,
        `${r.headline.notProgressed.percent}%`,
      ]);
      // Each theme's row: actions, complete, overdue, complete %.
      const rows = await page.locator("#theme-table tbody tr").allTextContents();
      expect(rows).toHaveLength(r.themes.length + 1);
      const themeCells = await page.$$eval("#theme-table tbody tr", (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
      expect(themeCells).toEqual(
        [...r.themes, r.total].map((t) => [t.title, String(t.actions), String(t.status.counts.complete), String(t.overdue), `${t.completePercent}%`]),
      );
      const statusCells = await page.$$eval("#status-table tbody td:first-of-type", (tds) => tds.map((td) => td.textContent));
      expect(statusCells).toEqual(Object.values(r.status.counts).map(String));
    }
    expect(external).toEqual([]);
    await page.close();
  });

  it("shows what changed between two snapshots", async () => {
    // The Kingston plan as it stood on 2019-04-30, from its own history, and as published.
    const later = JSON.parse(readFileSync(join(root, "examples/kingston-2019.json"), "utf8")) as ActionPlan;
    const earlier = planAsOf(later, "2019-04-30");
    const dir = mkdtempSync(join(tmpdir(), "site-"));
    writeFileSync(join(dir, "kingston-april.json"), JSON.stringify(earlier));
    const { page, external } = await open();
    await upload(page, join(dir, "kingston-april.json"), join(root, "examples/kingston-2019.json"));
    const c = comparePlans(earlier, later, { asOf: AS_OF });
    const items = await page.locator("#changes li").allTextContents();
    expect(items.map((t) => /^(\w[\w ]*): (\d+)/.exec(t)?.slice(1))).toEqual([
      ["Added", String(c.added.length)],
      ["Removed", String(c.removed.length)],
      ["Completed", String(c.completed.length)],
      ["Slipped", String(c.slipped.length)],
      ["Newly overdue", String(c.newlyOverdue.length)],
    ]);
    expect(external).toEqual([]);
    await page.close();
  });

  it("compares two snapshots chosen in reverse order in date order, and says so", async () => {
    // examples/kingston-snapshots: april.json (the plan as published, dated 2019-04) and july.json (its illustrative
    // updates to 2019-07-31). Chosen July first: July is still the current position, and the one completion (7.6,
    // complete on 2019-07-31) is a completion, not a slip.
    const { page, external } = await open();
    await upload(page, "examples/kingston-snapshots/july.json", "examples/kingston-snapshots/april.json");
    expect(await page.textContent("#snapshot-order")).toContain("july.json (2019-07-31) is the later of the two files");
    const items = await page.locator("#changes li").allTextContents();
    expect(items).toContain("Completed: 1 (7.6)");
    expect(items).toContain("Removed: 0");
    const july = library("examples/kingston-snapshots/july.json").plan!;
    const r = buildReport(july, { asOf: AS_OF });
    expect(await page.textContent('[data-figure="completed"]')).toBe(`${r.headline.completed.percent}%`);
    expect(external).toEqual([]);
    await page.close();
  });

  it("offers the expected-progress RAG rule and the Word report", async () => {
    // Two actions under way, due 31 December 2024, in a plan published 1 January 2024. On
    // 30 June 2024, 181 of 365 days have passed: 49.6% expected. 10% done is 0.20 of that
    // (red, below 0.7); 50% done is 1.01 (green). The default rule rates both green.
    const plan = [
      "schemaVersion: 1",
      "council: { name: Anytown Council }",
      "publishedOn: 2024-01-01",
      "recommendations: [{ id: R1, title: Improve casework }]",
      "actions:",
      "  - { id: '1', recommendation: R1, title: Buy a system, timescale: December 2024, status: In progress, percentComplete: 10 }",
      "  - { id: '2', recommendation: R1, title: Train staff, timescale: December 2024, status: In progress, percentComplete: 50 }",
    ].join("\n");
    const dir = mkdtempSync(join(tmpdir(), "site-"));
    writeFileSync(join(dir, "anytown.yaml"), plan);
    const { page, external } = await open();
    await upload(page, join(dir, "anytown.yaml"));
    const rag = async () => page.$$eval("#rag-table tbody tr", (trs) => trs.map((tr) => [...tr.children].slice(0, 2).map((c) => c.textContent)));
    expect(await rag()).toEqual(
      expect.arrayContaining([
        ["Red", "0"],
        ["Green", "2"],
      ]),
    );
    await page.selectOption("#rag-rule", "expected-progress");
    await page.locator("#rag-table").waitFor();
    expect(await rag()).toEqual(
      expect.arrayContaining([
        ["Red", "1"],
        ["Green", "1"],
      ]),
    );
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#dl-docx")]);
    expect(download.suggestedFilename()).toBe("anytown-report.docx");
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(external).toEqual([]);
    await page.close();
  });

  it("says it is reading a large file while it reads it", async () => {
    // 4,000 actions in a CSV of about 400 KB.
    const lines = ["Recommendation,Action no,Action,Owner,Timescale,Status"];
    for (let i = 1; i <= 4000; i++)
      lines.push(
        `Recommendation ${Math.ceil(i / 100)},${Math.ceil(i / 100)}.${((i - 1) % 100) + 1},Action ${i} of the plan,Officer ${i % 7},March 2025,In progress`,
      );
    const dir = mkdtempSync(join(tmpdir(), "site-"));
    writeFileSync(join(dir, "large.csv"), lines.join("\n"));
    const { page } = await open();
    await page.evaluate(`(() => {
      const seen = (window.seen = []);
      const status = document.getElementById("status");
      new MutationObserver(() => seen.push(status.textContent)).observe(status, { childList: true, subtree: true, characterData: true });
    })()`);
    await upload(page, join(dir, "large.csv"));
    const seen = await page.evaluate<string[]>("window.seen");
    expect(seen[0]).toMatch(/^Reading large\.csv \(\d+ KB\), file 1 of 1/);
    expect(seen.at(-1)).toContain("Read large.csv");
    await page.close();
  });

  it("passes axe-core's accessibility checks, with a file loaded, and reaches the file picker by keyboard", async () => {
    const { page } = await open(1280, false);
    // Keyboard only: the skip link first, then the file picker.
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement?.className")).toBe("skip");
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement?.id")).toBe("files");
    await upload(page, "examples/kingston-2019.json");
    // The results are announced and take the focus, for a screen reader.
    expect(await page.evaluate("document.activeElement?.id")).toBe("results-h");
    const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    await page.addScriptTag({ content: axe });
    const violations = await page.evaluate(
      `axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => v.id + ": " + v.nodes.length))`,
    );
    expect(violations).toEqual([]);
    await page.close();
  });

  it.each([
    ["desktop", 1280],
    ["phone", 360],
  ])("fits the %s's width, and is saved as a screenshot", async (name, width) => {
    const { page } = await open(width);
    await upload(page, "test/fixtures/xlsx/tracker.xlsx");
    // Nothing wider than the screen: no sideways scrolling at 360 px.
    const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, `site-${name}.png`), fullPage: true });
    await page.close();
  });

  it("gives what the command line's options give: the CPC start, a column's reading, with hints naming the page's controls", async () => {
    // A quarterly tracker with no year and a heading the reader judges by its cells ("Lead"):
    // 1.1's latest quarter is Q2 (Green), 1.2's Q1 (Red).
    const dir = mkdtempSync(join(tmpdir(), "site-reading-"));
    const file = join(dir, "quarterly.csv");
    writeFileSync(
      file,
      "Ref,Recommendation,Action,Lead,Q1 RAG,Q1 Update,Q2 RAG,Q2 Update\n1.1,Improve scrutiny,Train chairs,Head of Democratic Services,Amber,Trainer booked,Green,Two sessions held\n1.2,Improve scrutiny,Publish a programme,Head of Democratic Services,Red,Delayed,,\n",
    );
    const { page } = await open();
    await upload(page, file);
    // The RAG table: Green 1, Red 1 (the right-most filled quarter of each action).
    expect(await page.textContent("#rag-table")).toMatch(/Green\s*1/);
    const warnings = (await page.locator(".issues li").allTextContents()).join("\n");
    expect(warnings).toContain("the CPC start box");
    expect(warnings).not.toMatch(/--cpc-start|--columns/);
    // The columns as read, with a choice for each.
    await page.click("#reading summary");
    expect(await page.locator("#opt-columns select").count()).toBe(8);
    // The CPC start given: the quarters are dated, and the warning about them goes.
    await page.fill("#opt-cpc", "2024-01");
    await page.locator("#opt-cpc").dispatchEvent("change");
    await page.locator("#status", { hasText: /^Read / }).waitFor();
    await page.locator(".issues li", { hasText: "are read as one column per period" }).waitFor();
    // Say the Lead column is left out: the owners go, and the column reads "left out".
    await page.selectOption('#opt-columns select[data-heading="Lead"]', "ignore");
    await page.locator("#opt-columns td", { hasText: "left out, as the columns option says" }).waitFor();
    await page.close();
  });
});
