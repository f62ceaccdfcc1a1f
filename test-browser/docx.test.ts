// peer-challenge/docx in real Chromium: bundled for the browser, given the bytes of the
// python-docx-made plan, it reads what Node reads.
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
});

afterAll(async () => {
  await browser?.close();
});

describe("readPlanDocx in Chromium", () => {
  it("reads the plan's actions as in Node", async () => {
    const bundle = await build({
      entryPoints: [new URL("../src/docx/index.ts", import.meta.url).pathname],
      bundle: true,
      format: "iife",
      globalName: "pcd",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    const page = await browser!.newPage();
    await page.setContent("<!doctype html><title>docx</title>");
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const b64 = readFileSync(new URL("../test/fixtures/docx/action-plan.docx", import.meta.url)).toString("base64");
    // A string, so that the test runner's transform cannot touch the page's globals.
    const ids = await page.evaluate(`(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(b64)}), (c) => c.charCodeAt(0));
      return pcd.readPlanDocx(bytes).plan.actions.map((a) => [a.id, a.recommendation]);
    })()`);
    // As test/docx.test.ts counts them by hand from make-plan.py.
    expect(ids).toEqual([
      ["1.1", "R1"],
      ["1.2", "R1"],
      ["2.1", "R2"],
    ]);
  });
});
