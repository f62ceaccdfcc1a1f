import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { progressSeries } from "../src/index.js";
import { renderHtmlReport } from "../src/report/index.js";
import { generatedHistory } from "../test/generated-history.js";
import { loadPlan } from "../test/helpers.js";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const out = fileURLToPath(new URL("../test-output/", import.meta.url));
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  mkdirSync(out, { recursive: true });
  const file = `${out}generated-history.html`;
  writeFileSync(file, renderHtmlReport(generatedHistory(loadPlan("kingston-2019.json")), { asOf: "2020-03-31", quarters: "financial" }));
  page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  await page.goto(`file://${file}`);
});

afterAll(async () => {
  await browser?.close();
});

describe("the trend chart of a plan with (generated) history, in Chromium", () => {
  it("says the history is generated, in the report's title", async () => {
    await expect(page.locator("header .lead").textContent()).resolves.toMatch(/^GENERATED history \(test data, not the council's\)/);
  });

  it("draws a bar per quarter from the first update to the report's date, with an accessible name and description", async () => {
    const chart = page.getByRole("img", { name: /Progress at the end of each quarter/ });
    await expect(chart.isVisible()).resolves.toBe(true);
    // First update 1 August 2019 (Q2 2019/20, July to September) to 31 March 2020 (Q4): 3 quarters.
    // Each label's own text (a long one also has a <title> child with the whole text).
    const labels = await chart
      .locator("text")
      .evaluateAll((texts) => texts.map((t) => (t as unknown as { firstChild: { nodeValue: string | null } | null }).firstChild?.nodeValue ?? ""));
    expect(labels.filter((t) => /^Q\d \d{4}\/\d\d$/.test(t))).toEqual(["Q2 2019/20", "Q3 2019/20", "Q4 2019/20"]);
    const desc = await chart.locator("desc").textContent();
    const series = progressSeries(generatedHistory(loadPlan("kingston-2019.json")), { from: "2019-08-01", to: "2020-03-31", quarters: "financial" });
    expect(desc).toContain(`Q4 2019/20: ${series.at(-1)!.headline.completed.percent}% completed`);
  });

  it("gives the figures in a table too, and leaves a screenshot for a person to look at", async () => {
    const rows = await page.getByRole("table", { name: "The headline at the end of each quarter" }).getByRole("row").allInnerTexts();
    expect(rows).toHaveLength(4);
    const section = page.locator("section[aria-labelledby='over-time']");
    await section.screenshot({ path: `${out}trend-chart.png` });
  });
});
