// What the page is made of (issue 32): bundles site/src/main.ts as scripts/build-site.mjs does,
// with a source map, and prints for each package and each src/ folder its minified bytes and the
// gzipped size of its own code alone (the map says which source each output byte came from).
// The gzipped figures of the parts add up to more than the whole: gzip finds repeats across parts.
// `node scripts/size-table.mjs` (no build needed: it bundles site/src from the sources).
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { PAGE_SCRIPT } from "./build-site.mjs";

const root = new URL("..", import.meta.url).pathname;
const result = await build({
  ...PAGE_SCRIPT,
  sourcemap: "external",
  outfile: "page.js",
  absWorkingDir: root,
});
const code = result.outputFiles.find((f) => f.path.endsWith(".js")).text;
const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith(".map")).text);

/** The package or src/ folder a source belongs to. */
function groupOf(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg) return pkg;
  return /(src\/[^/.]+|site\/src)/.exec(source)?.[1] ?? source;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** Decodes one line of a source map's mappings into [column, sourceIndex] pairs. */
function segments(line, state) {
  const out = [];
  let col = 0;
  for (const seg of line.split(",")) {
    if (seg === "") continue;
    const values = [];
    let value = 0;
    let shift = 0;
    for (const ch of seg) {
      const digit = B64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    col += values[0];
    if (values.length > 1) state.source += values[1];
    out.push([col, values.length > 1 ? state.source : -1]);
  }
  return out;
}

const parts = new Map();
const lines = code.split("\n");
const state = { source: 0 };
map.mappings.split(";").forEach((mapLine, i) => {
  const text = lines[i] ?? "";
  const segs = segments(mapLine, state);
  segs.forEach(([col, source], j) => {
    const end = j + 1 < segs.length ? segs[j + 1][0] : text.length;
    const group = source < 0 ? "(glue)" : groupOf(map.sources[source]);
    parts.set(group, (parts.get(group) ?? "") + text.slice(col, end));
  });
});

const total = gzipSync(code, { level: 9 }).length;
console.log(`page script: ${code.length} bytes minified, ${total} gzipped\n`);
console.log("| part | minified | gzipped alone |\n|---|---:|---:|");
for (const [group, text] of [...parts].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`| ${group} | ${text.length} | ${gzipSync(text, { level: 9 }).length} |`);
}
