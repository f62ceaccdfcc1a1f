// Updates from owners on the officers' page (issue 35): Kingston's plan loaded, every owner's
// workbook downloaded in one zip, the returns fill.py filled in dropped back, and what the page
// shows and downloads held to collectReturns.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { chromium, type Browser, type Page } from "playwright-core";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../scripts/build-site.mjs";
import { ownerReturns } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";
import { collectReturns } from "../src/xlsx/index.js";
import { readReturn } from "../src/xlsx/returns.js";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const root = new URL("..", import.meta.url).pathname;
const PAGE = `file://${root}site/dist/index.html`;
const AS_OF = "2019-07-15";
const shots = join(root, "test-output");
const FILLED = ["Cllr Green.xlsx", "Ian Thomas.xlsx", "Naz Hussain.xlsx", "Sarah Ireland.xlsx", "Stephen Evans.xlsx", "west-norfolk No owner.xlsx"];
let browser: Browser | undefined;

beforeAll(async () => {
  await buildSite();
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
});

afterAll(async () => {
  await browser?.close();
});

async function kingstonLoaded(): Promise<{ page: Page; external: string[] }> {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const external: string[] = [];
  page.on("request", (r) => {
    if (!/^(?:file|data|blob|about):/.test(r.url())) external.push(r.url());
  });
  await page.goto(PAGE);
  await page.fill("#as-of", AS_OF);
  await page.setInputFiles("#files", join(root, "examples/kingston-2019.json"));
  await page.locator("#status", { hasText: /^Read / }).waitFor();
  return { page, external };
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  return readFileSync(await d.path());
}

const plan = validatePlan(JSON.parse(readFileSync(join(root, "examples/kingston-2019.json"), "utf8"))).plan!;

describe("updates from owners, on the page", () => {
  it("downloads every owner's workbook in one zip, with the return-by date and who to send it to", async () => {
    const { page, external } = await kingstonLoaded();
    await page.fill("#return-by", "2019-07-26");
    await page.fill("#send-to", "Corporate Performance Team");
    const zip = unzipSync(new Uint8Array(await download(page, "#dl-returns")));
    // As of 15 July 2019, as ownerReturns gives them: one workbook per owner, "No owner" for action 9.
    const owners = ownerReturns(plan, { asOf: AS_OF });
    expect(Object.keys(zip).sort()).toEqual(owners.map((o) => `${o.title}.xlsx`).sort());
    const ian = readReturn("Ian Thomas.xlsx", zip["Ian Thomas.xlsx"]!);
    expect("marker" in ian && ian.marker.asOf).toBe(AS_OF);
    expect("lines" in ian && [...ian.lines.keys()]).toEqual(["1.2", "9.1", "10", "19"]);
    expect(new TextDecoder().decode(unzipSync(zip["Ian Thomas.xlsx"]!)["xl/worksheets/sheet1.xml"])).toContain(
      "Save the workbook under the same name and send it to Corporate Performance Team by 26 July 2019.",
    );
    expect(external).toEqual([]);
    await page.close();
  });

  it("merges the returns dropped on it as collectReturns does, and downloads the updated plan", async () => {
    const { page, external } = await kingstonLoaded();
    const files = FILLED.map((f) => join(root, "test/fixtures/returns/filled", f));
    await page.setInputFiles("#returns-files", files);
    await page.locator("#returns-status", { hasText: /^Merged / }).waitFor();
    const expected = collectReturns(
      plan,
      FILLED.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(root, "test/fixtures/returns/filled", f))) })),
      { asOf: AS_OF },
    );
    // 5 returns of this plan, 5 updates, 7 problems (see test/returns.test.ts).
    expect(await page.textContent("#returns-status")).toBe("Merged 5 returns: 5 updates, 7 problems not applied.");
    expect(await page.locator("#return-changes li").count()).toBe(expected.changes.length);
    expect(await page.locator("#return-issues li").count()).toBe(expected.issues.length);
    expect(await page.textContent("#not-returned")).toBe("Not returned: All of the senior leadership team, Stephen Taylor, All SLT.");
    const yaml = (await download(page, "#dl-merged-yaml")).toString("utf8");
    expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify(expected.plan)));
    const tracker = await download(page, "#dl-merged-xlsx");
    expect(tracker.subarray(0, 2).toString("latin1")).toBe("PK");
    await page.locator("#returns").screenshot({ path: join(shots, "site-returns.png") });
    expect(external).toEqual([]);
    await page.close();
  });
});
