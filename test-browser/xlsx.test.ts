// peer-challenge/xlsx in real Chromium: bundled for the browser (a Node built-in would fail
// the bundle), given the bytes of the openpyxl-made tracker, it reads what Node reads.
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

describe("readPlanXlsx and writePlanXlsx in Chromium", () => {
  it("reads the tracker's actions, dates and fills as in Node, with no network request", async () => {
    const bundle = await build({
      entryPoints: [new URL("../src/xlsx/index.ts", import.meta.url).pathname],
      bundle: true,
      format: "iife",
      globalName: "pcx",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    const page = await browser!.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.setContent("<!doctype html><title>xlsx</title>");
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const b64 = readFileSync(new URL("../test/fixtures/xlsx/tracker.xlsx", import.meta.url)).toString("base64");
    // A string, so that the test runner's transform cannot touch the page's globals.
    const read = await page.evaluate(`(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(b64)}), (c) => c.charCodeAt(0));
      const r = pcx.readPlanXlsx(bytes);
      // And the writer runs in the page too: what it writes reads back with the same actions.
      const again = pcx.readPlanXlsx(pcx.writePlanXlsx(r.plan)).plan.actions.map((a) => a.id);
      return { sheet: r.sheet, actions: r.plan.actions.map((a) => [a.id, a.timescale ?? null, a.rag ?? null]), again };
    })()`);
    // As test/xlsx.test.ts counts them by hand from make-tracker.py.
    expect(read).toEqual({
      sheet: "Action Plan",
      actions: [
        ["1.1", "2024-03-31", "amber"],
        ["1.2", "December 2024", "red"],
        ["1.3", null, "green"],
        ["2.1", "2025-03-31", "amber"],
      ],
      again: ["1.1", "1.2", "1.3", "2.1"],
    });
    expect(requests.filter((u) => !u.startsWith("about:") && !u.startsWith("data:"))).toEqual([]);
  });
});
