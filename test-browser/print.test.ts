// The HTML report printed to A4 by Chromium (page.pdf, as "Print to PDF" does), read back
// with poppler (pdfinfo, pdftotext), a reader that is not ours: the committee summary on
// the first portrait pages, the action detail as a landscape appendix, "Page 2 of 9" on
// every page, nothing past the right margin, Kingston in at most 14 pages. Then the report
// through axe-core, as the page is checked.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtmlReport } from "../src/report/index.js";
import { loadPlan } from "../test/helpers.js";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const out = fileURLToPath(new URL("../test-output/", import.meta.url));
let browser: Browser | undefined;
let page: Page;
let pdfFile: string;

/** Points in a millimetre: PDF sizes are in points. */
const PT_PER_MM = 72 / 25.4;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  mkdirSync(out, { recursive: true });
  const file = `${out}kingston-2019-print.html`;
  writeFileSync(file, renderHtmlReport(loadPlan("kingston-2019.json"), { asOf: "2019-06-30" }));
  page = await browser.newPage();
  await page.goto(`file://${file}`);
  await page.emulateMedia({ media: "print" });
  pdfFile = `${out}kingston-2019-print.pdf`;
  // preferCSSPageSize: the report's @page rules say portrait or landscape, as a browser's own printing follows them.
  writeFileSync(pdfFile, await page.pdf({ format: "A4", preferCSSPageSize: true }));
  await page.emulateMedia({ media: "screen" });
});

afterAll(async () => {
  await browser?.close();
});

/** Each page's size in points, from pdfinfo. */
function pageSizes(file: string): { width: number; height: number }[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", file], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** Each page's text, from pdftotext (pages split at form feeds). */
function pageTexts(file: string): string[] {
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);
}

/** The right edge of the rightmost word on each page, in points, from pdftotext's word boxes. */
function rightmostWords(file: string): number[] {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
  return html
    .split("<page ")
    .slice(1)
    .map((p) => Math.max(0, ...[...p.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1]))));
}

describe("Kingston's HTML report printed to A4 by Chromium", () => {
  it("fits in at most 14 pages (it was 29), the summary portrait and the appendix landscape", () => {
    const sizes = pageSizes(pdfFile);
    expect(sizes.length).toBeGreaterThan(3);
    expect(sizes.length).toBeLessThanOrEqual(14);
    const texts = pageTexts(pdfFile);
    const appendixStarts = texts.findIndex((t) => t.includes("Recommendations and actions"));
    expect(appendixStarts).toBeGreaterThan(0);
    // A4 is 210 by 297 mm: 595 by 842 points.
    const portrait = (s: { width: number; height: number }) => Math.round(s.width) === 595 && Math.round(s.height) === 842;
    const landscape = (s: { width: number; height: number }) => Math.round(s.width) === 842 && Math.round(s.height) === 595;
    expect(sizes.slice(0, appendixStarts).every(portrait)).toBe(true);
    expect(sizes.slice(appendixStarts).every(landscape)).toBe(true);
  });

  it("puts the committee summary first: headline, status and RAG, themes, then the overdue actions", () => {
    const texts = pageTexts(pdfFile);
    const first = texts[0]!;
    for (const words of ["Royal Borough of Kingston upon Thames", "Headline", "Actions by status", "Actions by RAG", "By theme"])
      expect(first).toContain(words);
    const summary = texts
      .slice(
        0,
        texts.findIndex((t) => t.includes("Recommendations and actions")),
      )
      .join("\n");
    expect(summary).toContain("Overdue actions (5)");
  });

  it('numbers every page "Page n of N", with the council and date beside it', () => {
    const texts = pageTexts(pdfFile);
    texts.forEach((t, i) => {
      expect(t).toContain(`Page ${i + 1} of ${texts.length}`);
      expect(t).toContain("Royal Borough of Kingston upon Thames: as of 30 June 2019");
    });
  });

  it("puts nothing past the right margin (12 mm) of any page", () => {
    const sizes = pageSizes(pdfFile);
    rightmostWords(pdfFile).forEach((right, i) => {
      // One point for glyph edges: the page number is set flush against the margin.
      expect(right, `page ${i + 1}`).toBeLessThanOrEqual(sizes[i]!.width - 12 * PT_PER_MM + 1);
    });
  });
});

describe("the HTML report and axe-core", () => {
  it("passes axe-core's accessibility checks", async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    await page.addScriptTag({ content: axe });
    const violations = await page.evaluate(
      `axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => v.id + ": " + v.nodes.length))`,
    );
    expect(violations).toEqual([]);
  });
});
