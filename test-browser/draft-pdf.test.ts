// The Kingston feedback report printed to PDF by Chromium (with a running header and page
// numbers, as reports are printed), then read back by `cpc draft`: the same eleven
// recommendations, peer team and dates as the report's text gives, copied by hand in
// test/draft-expected.ts.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionPlan } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";
import { KINGSTON_PEERS, KINGSTON_RECOMMENDATIONS } from "../test/draft-expected.js";
import { runCpc } from "../test/helpers.js";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
let browser: Browser | undefined;
const dir = mkdtempSync(join(tmpdir(), "draft-pdf-"));

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
});

afterAll(async () => {
  await browser?.close();
});

const escape = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/&lt;(\/?sup)>/g, "<$1>");

/** The report's Markdown as a web page: headings, bulleted and numbered lists, paragraphs, superscripts. */
function html(markdown: string): string {
  let body = "";
  let list: "ul" | "ol" | undefined;
  const close = () => {
    if (list) body += `</${list}>`;
    list = undefined;
  };
  for (const raw of markdown.split("\n")) {
    const line = raw.replace(/\*\*/g, "").trim();
    if (line === "") continue;
    const bullet = /^- (.*)$/.exec(line);
    const numbered = /^\d+\. (.*)$/.exec(line);
    const heading = /^(#+) (.*)$/.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const kind = bullet ? "ul" : "ol";
      if (list !== kind) {
        close();
        body += `<${kind}>`;
        list = kind;
      }
      body += `<li>${escape(item[1]!)}</li>`;
      continue;
    }
    close();
    body += heading ? `<h${heading[1]!.length}>${escape(heading[2]!)}</h${heading[1]!.length}>` : `<p>${escape(line)}</p>`;
  }
  close();
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Kingston CPC</title><style>body { font-family: sans-serif; font-size: 11pt }</style><body>${body}</body></html>`;
}

async function printed(name: string, options: { width?: string } = {}): Promise<string> {
  const page = await browser!.newPage();
  await page.setContent(html(readFileSync(new URL("../test/fixtures/draft/kingston-feedback-report-2019.md", import.meta.url), "utf8")));
  const file = join(dir, name);
  writeFileSync(
    file,
    await page.pdf({
      format: "A4",
      ...(options.width !== undefined ? { width: options.width, height: "297mm" } : {}),
      margin: { top: "25mm", bottom: "25mm", left: "20mm", right: "20mm" },
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size:8pt;width:100%;text-align:center">Royal Borough of Kingston upon Thames: Corporate Peer Challenge</div>',
      footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    }),
  );
  await page.close();
  return file;
}

describe("cpc draft on the Kingston report printed to PDF by Chromium", () => {
  it.each([
    ["A4", {}],
    // A narrow page: every recommendation wraps over two to five lines.
    ["a narrow page", { width: "120mm" }],
  ])("%s: the eleven recommendations, the peer team and the dates, as from the text", async (name, options) => {
    const file = await printed(`kingston-${name.replace(/\s/g, "-")}.pdf`, options);
    const run = await runCpc(["draft", file]);
    expect(run.err).not.toContain("error");
    expect(run.code).toBe(0);
    const plan = parse(run.out) as ActionPlan;
    expect(plan.recommendations.map((r) => r.title)).toEqual(KINGSTON_RECOMMENDATIONS);
    expect(plan.peerTeam).toEqual(KINGSTON_PEERS);
    expect(plan.council).toEqual({ name: "Royal Borough of Kingston upon Thames" });
    // "7<sup>th</sup> to 10<sup>th</sup> January 2019": superscripts on their line.
    expect(plan.peerChallenge).toEqual({ start: "2019-01-07", end: "2019-01-10", nextBy: "2024" });
    expect(plan.framework).toBe("previous");
    expect(plan.focusAreas).toEqual([
      "Consider their ambitions and plans around community engagement",
      "Look at the 'financial planning and viability' element in greater depth",
    ]);
    expect(validatePlan(plan).ok).toBe(true);
    // The running header and the page numbers are not in the text: no recommendation or
    // peer holds them, and the summary counts eleven.
    expect(run.out).not.toContain("Page 2 of");
    expect(run.err).toContain("drafted 11 recommendations");
  });
});
