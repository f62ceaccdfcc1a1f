import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtmlReport } from "../src/report/index.js";
import { loadPlan } from "../test/helpers.js";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const out = fileURLToPath(new URL("../test-output/", import.meta.url));
let browser: Browser | undefined;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  mkdirSync(out, { recursive: true });
  const file = `${out}kingston-2019.html`;
  writeFileSync(file, renderHtmlReport(loadPlan("kingston-2019.json"), { asOf: "2019-06-30" }));
  page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`file://${file}`);
});

afterAll(async () => {
  await browser?.close();
});

describe("the Kingston HTML report in Chromium, as a person sees it", () => {
  it("shows the council's name as the main heading", async () => {
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Royal Borough of Kingston upon Thames");
  });

  it("shows the five themes of the plan's framework in the theme table", async () => {
    const table = page.getByRole("table", { name: /Actions by theme/ });
    const rows = await table.getByRole("row").allInnerTexts();
    const names = rows.slice(1, 6).map((r) => r.split("\t")[0]);
    expect(names).toEqual([
      "Understanding of the local place and priority setting",
      "Leadership of place",
      "Organisational leadership and governance",
      "Financial planning and viability",
      "Capacity to deliver",
    ]);
  });

  it("shows the overdue table, most overdue first", async () => {
    const table = page.getByRole("table", { name: /Overdue as of 30 June 2019/ });
    await expect(table.isVisible()).resolves.toBe(true);
    const rows = await table.getByRole("row").allInnerTexts();
    expect(rows).toHaveLength(6);
    expect(rows[1]).toMatch(/^16\t.*\t122$/);
    expect(rows[5]).toMatch(/^20\.1\t.*\t30$/);
  });

  it("draws both charts, with coloured segments of real size and an accessible name", async () => {
    for (const name of ["Status of all 54 actions", "RAG rating of actions by theme"]) {
      const chart = page.getByRole("img", { name: new RegExp(name) });
      await expect(chart.isVisible()).resolves.toBe(true);
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      const filled = await chart
        .locator("rect[fill^='url(']")
        .evaluateAll((rects) => rects.filter((r) => (r as unknown as { getBBox(): { width: number } }).getBBox().width > 0).length);
      expect(filled).toBeGreaterThan(3);
    }
  });

  it("fetches nothing but the page itself", () => {
    expect(requests.filter((u) => !u.startsWith("file://") && !u.startsWith("data:"))).toEqual([]);
  });

  it("lays out on A4 when printed, and leaves a screenshot for a person to look at", async () => {
    await page.screenshot({ path: `${out}kingston-2019.png`, fullPage: true });
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4" });
    writeFileSync(`${out}kingston-2019.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(2);
    expect(pages).toBeLessThan(30);
  });
});
