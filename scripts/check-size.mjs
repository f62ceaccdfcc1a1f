// The size budget: a browser app that imports only the statistics must stay small
// and must not pull in zod. Bundles the import with esbuild (minified, tree-shaken)
// and fails if the gzipped size is over budget. Run after the build, by .ci/run.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";

// 10 KB until the timescale reader was rebuilt to read every form councils write (issue
// 11): its forms, their examples and its reasons are about 8 KB of the 18 KB it is now.
// 26 KB from 2026-12-06 (25.2 KB then): the timescale reader's new forms (seasons, school terms,
// recurrences, "before"), with their examples, 5.3 KB of it minified; the status words the figures now
// read an action's progress from (status/index.ts, 4.8 KB, which the statistics did not load before);
// and the classifier's evidence rule, 2 KB. Making the forms' examples test-only data is issue 32's.
const BUDGET = 26 * 1024;
const result = await build({
  stdin: {
    contents: 'import { ragSummary, rollupByTheme, overdueActions } from "peer-challenge"; console.log(ragSummary, rollupByTheme, overdueActions);',
    resolveDir: new URL("..", import.meta.url).pathname,
    loader: "js",
  },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  metafile: true,
  logLevel: "silent",
});
const code = result.outputFiles[0].contents;
const gz = gzipSync(code, { level: 9 }).length;
// The modules that put bytes in the bundle, not merely imported ones tree-shaking dropped.
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
  .filter(([, v]) => v.bytesInOutput > 0)
  .map(([k]) => k);
const zod = inputs.filter((i) => i.includes("node_modules/zod/"));
const packages = [...new Set(inputs.map((i) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(i)?.[1]).filter(Boolean))];
console.log(
  `statistics-only browser bundle: ${code.length} bytes minified, ${gz} bytes gzipped (budget ${BUDGET}); packages: ${packages.join(", ") || "none"}`,
);
if (zod.length > 0) {
  console.error(`the statistics bundle includes zod (${zod[0]})`);
  process.exit(1);
}
if (gz > BUDGET) {
  console.error(`over budget by ${gz - BUDGET} bytes`);
  process.exit(1);
}
