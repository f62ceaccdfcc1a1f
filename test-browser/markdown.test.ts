// Every Markdown output of a hostile plan, rendered by marked (a common renderer that
// passes raw HTML and javascript: links through) and loaded in Chromium: no script runs,
// no element the plan wrote appears, no heading, list or table row comes from plan text.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { marked } from "marked";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMarkdownReport } from "../src/report/index.js";
import { validatePlan } from "../src/schema/index.js";
import { runCpc } from "../test/helpers.js";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
let browser: Browser | undefined;
let page: Page;
const dialogs: string[] = [];

// Each attack sets window.__pwned (or opens a dialog) if it runs.
const hostile = {
  schemaVersion: 1,
  council: { name: "Evil\n# Injected heading <script>window.__pwned = 1</script>" },
  title: '<img src=x onerror="window.__pwned = 2">',
  peerChallenge: { start: "2023-10" },
  recommendations: [
    { id: "R1", title: "[click me](javascript:window.__pwned=3)", heading: "Scrutiny\n- injected list item", themes: ["governance-and-culture"] },
  ],
  actions: [
    {
      id: "1.",
      recommendation: "R1",
      title: 'a | b\n<iframe src="javascript:window.__pwned=4"></iframe>\n| injected | row |',
      owners: ["![x](javascript:window.__pwned=5)", "**bold** _it_ `code` ~~gone~~"],
      timescale: "March 2024",
      status: "in-progress",
      rag: "green",
      comments: "<svg onload=alert(6)>",
    },
  ],
};

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  page = await browser.newPage();
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
});

/** The Markdown outputs of the hostile plan: the report's, and cpc's stats, headline, overdue and diff. */
async function outputs(): Promise<Record<string, string>> {
  const plan = validatePlan(hostile, { asOf: "2024-06-30" }).plan!;
  const dir = mkdtempSync(join(tmpdir(), "cpc-md-"));
  const file = join(dir, "hostile.json");
  writeFileSync(file, JSON.stringify(hostile));
  const md = async (args: string[]) => {
    const r = await runCpc([...args, "--format", "md"]);
    expect(r.code).toBe(0);
    return r.out;
  };
  return {
    report: renderMarkdownReport(plan, { asOf: "2024-06-30" }),
    "cpc report": await md(["report", file, "--as-of", "2024-06-30"]),
    "cpc stats": await md(["stats", file, "--as-of", "2024-06-30", "--by", "owner"]),
    "cpc stats --headline": await md(["stats", file, "--as-of", "2024-06-30", "--headline"]),
    "cpc overdue": await md(["overdue", file, "--as-of", "2024-06-30"]),
    "cpc diff": await md(["diff", file, file, "--since", "2024-03-01", "--as-of", "2024-06-30"]),
  };
}

describe("Markdown of a hostile plan, rendered by marked in Chromium", () => {
  it("runs no script and makes no element, heading, list item or row from plan text", async () => {
    const all = await outputs();
    // The outputs are not empty and show the plan's text: the checks below see something.
    expect(all["cpc overdue"]).toContain("1 overdue as of 2024-06-30");
    for (const [name, md] of Object.entries(all)) {
      const html = await marked.parse(md);
      await page.setContent(`<!doctype html><meta charset="utf-8"><body>${html}</body>`);
      await page.waitForTimeout(50);
      // A string, run in the page: the tests are type-checked without the DOM's types.
      const seen = await page.evaluate<{
        pwned?: number;
        elements: string[];
        emphasis: string[];
        links: (string | null)[];
        headings: string[];
        items: string[];
        cells: string[];
        text: string;
      }>(`({
        pwned: window.__pwned,
        elements: [...document.body.querySelectorAll("script, img, iframe, svg, object, embed, code, del")].map((e) => e.tagName),
        // Bold and italics are ours (a total row, a date, "(no text)"); the owner's "**bold** _it_" must not be.
        emphasis: [...document.body.querySelectorAll("strong, em")].map((e) => e.textContent).filter((t) => t === "bold" || t === "it"),
        links: [...document.querySelectorAll("a")].map((a) => a.getAttribute("href")),
        headings: [...document.querySelectorAll("h1, h2, h3, h4")].map((h) => h.textContent),
        items: [...document.querySelectorAll("li")].map((li) => li.textContent),
        cells: [...document.querySelectorAll("td")].map((td) => td.textContent),
        text: document.body.textContent,
      })`);
      expect({ name, pwned: seen.pwned }).toEqual({ name, pwned: undefined });
      expect({ name, elements: seen.elements, emphasis: seen.emphasis }).toEqual({ name, elements: [], emphasis: [] });
      expect({ name, links: seen.links }).toEqual({ name, links: [] });
      expect({ name, headings: seen.headings.filter((h) => /^Injected|^injected/.test(h.trim())) }).toEqual({ name, headings: [] });
      expect({ name, items: seen.items.filter((i) => i.trim() === "injected list item") }).toEqual({ name, items: [] });
      expect({ name, cells: seen.cells.filter((c) => c.trim() === "injected" || c.trim() === "row") }).toEqual({ name, cells: [] });
      // The attacks are shown as text, as the plan wrote them.
      if (name !== "cpc stats --headline" && name !== "cpc overdue" && name !== "cpc diff") expect(seen.text).toContain("<script>window.__pwned = 1</script>");
    }
    expect(dialogs).toEqual([]);
  });
});
