// Regenerates the example reports under docs/examples/ from the bundled plans, so the
// committed examples never go stale (a test compares them with fresh output).
// Run by `npm run examples` after a build.
import { readFileSync, writeFileSync } from "node:fs";
import { renderHtmlReport, renderMarkdownReport } from "../dist/report.js";
import { validatePlan } from "../dist/schema.js";
import { EXAMPLE_REPORTS } from "./example-reports.mjs";

for (const { plan: file, asOf, name } of EXAMPLE_REPORTS) {
  const { plan } = validatePlan(JSON.parse(readFileSync(new URL(`../examples/${file}`, import.meta.url), "utf8")), { asOf });
  writeFileSync(new URL(`../docs/examples/${name}.md`, import.meta.url), renderMarkdownReport(plan, { asOf }));
  writeFileSync(new URL(`../docs/examples/${name}.html`, import.meta.url), renderHtmlReport(plan, { asOf }));
  console.log(`docs/examples/${name}.md and .html, as of ${asOf}`);
}
