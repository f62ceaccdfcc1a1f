// The size budgets of the browser bundles: an app that imports only the statistics must
// stay small and must not pull in zod; an app that validates must not carry zod's locales;
// the officers' page (one file) must stay a light download. Each is bundled with esbuild
// (minified, tree-shaken) from the built package (dist/, so after the build) or, for the
// page, as scripts/build-site.mjs builds it; the check fails if a gzipped size is over its
// budget. Run after the build, by .ci/run.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { buildSite } from "./build-site.mjs";

const KB = 1024;
const root = new URL("..", import.meta.url).pathname;

// Statistics only. 10 KB until the timescale reader was rebuilt to read every form councils
// write (issue 11): its forms, their examples and its reasons are about 8 KB of the 18 KB it
// is now. 26 KB from 2026-12-06 (25.2 KB then): the timescale reader's new forms (seasons,
// school terms, recurrences, "before"), with their examples, 5.3 KB of it minified; the status
// words the figures now read an action's progress from (status/index.ts, 4.8 KB, which the
// statistics did not load before); and the classifier's evidence rule, 2 KB.
// 27 KB from 2026-12-07 (27,287 bytes): the rollup's counting by code (statistics/codes.ts,
// which took rollupByTheme from 1.47x to 0.9x a hand-written pass), late status wordings
// read as amber, and the refusals of a due that is no date and steps written as text.
// 28 KB from 2026-12-07, afternoon (27,761 bytes): the status words of councils no one here
// had read before (a status then its date, "Completed March 2025"; Welsh and English halves,
// "Heb ddechrau / Not started"; the Welsh RAG words; a status that is only a colour) and
// the Welsh months, 0.8 KB minified, 0.4 KB gzipped.
const STATISTICS_BUDGET = 28 * KB;
// validatePlan (issue 32): 127 KB when zod was imported as `import { z }`, which keeps its 64
// locales; 58.6 KB with `import * as z` and the JSON Schema in a chunk of its own. 60,891
// bytes on 2026-12-07, afternoon, once the descriptions of the format (3 KB minified, 840
// bytes gzipped) moved from the zod schemas to the JSON Schema's own module.
// 2026-12-07, third session: 62,430 bytes with the day-or-year, misspelt-month, bracketed-year,
// unsure-status and percent checks (about 4.5 KB minified), so the timescale grammar's
// examples moved to its test (3.1 KB minified) and validation stopped loading the themes'
// titles and questions to tell a theme's framework (3 KB): 60,478 bytes.
const VALIDATE_BUDGET = 60 * KB;
// The page: issue 32's 160 KB, met on 2026-12-07 at 161,700 bytes (158 KB). It was 260 KB with
// zod's locales, 193 KB without them on 2026-12-06; then our own CSV reader for csv-parse,
// js-yaml's event parser for the yaml package, our own YAML writer, our own finder of JSON
// errors for jsonc-parser, and minified styles. `node scripts/size-table.mjs` shows what it holds.
// Then 165,226 bytes (161.4 KB) on 2026-12-07 once the table reader judged columns by what
// they hold (a status leading an update column, a column of counts, a priority of codes: 4 KB
// minified, 1.3 KB gzipped) and the rollup counted by code. Back to 160,313 bytes (156.6 KB)
// the same day by leaving zod's JSON Schema writer out of the page (build-site.mjs,
// withoutJsonSchema: 16 KB minified, 4.9 KB gzipped), which the page never calls.
// 166,026 bytes on 2026-12-07, third session, once the table readers read eighteen more shapes
// of tracker (unseen-6: 8.8 KB minified) and the timescale and status checks grew; then
// 165,186 without zod's English messages (withoutZodLocale), and 159,119 with terser naming
// the identifiers again after esbuild (build-site.mjs).
const PAGE_BUDGET = 160 * KB;

/** Bundles `contents` for the browser; returns its minified and gzipped sizes and the packages that put bytes in it. */
async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  // The modules that put bytes in the bundle, not merely imported ones tree-shaking dropped.
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
  const packages = [...new Set(inputs.map((i) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(i)?.[1]).filter(Boolean))];
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs, packages };
}

let failed = false;
function judge(name, size, budget, extra = "") {
  console.log(`${name}: ${size.minified} bytes minified, ${size.gzipped} bytes gzipped (budget ${budget})${extra}`);
  if (size.gzipped > budget) {
    console.error(`  over budget by ${size.gzipped - budget} bytes`);
    failed = true;
  }
}

const statistics = await bundle(
  'import { ragSummary, rollupByTheme, overdueActions } from "peer-challenge"; console.log(ragSummary, rollupByTheme, overdueActions);',
);
judge("statistics-only browser bundle", statistics, STATISTICS_BUDGET, `; packages: ${statistics.packages.join(", ") || "none"}`);
const zod = statistics.inputs.filter((i) => i.includes("node_modules/zod/"));
if (zod.length > 0) {
  console.error(`the statistics bundle includes zod (${zod[0]})`);
  failed = true;
}

const validate = await bundle('import { validatePlan } from "peer-challenge/schema"; console.log(validatePlan);');
judge("validatePlan browser bundle", validate, VALIDATE_BUDGET, `; packages: ${validate.packages.join(", ") || "none"}`);
const locales = validate.inputs.filter((i) => /node_modules\/zod\/.*locales\/(?!en\.)/.test(i));
if (locales.length > 0) {
  console.error(`the validatePlan bundle includes zod's locales (${locales[0]}): import zod as \`import * as z from "zod"\``);
  failed = true;
}

const html = Buffer.from(await buildSite());
judge("the page (site/dist/index.html)", { minified: html.length, gzipped: gzipSync(html, { level: 9 }).length }, PAGE_BUDGET);

if (failed) process.exit(1);
