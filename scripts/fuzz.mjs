// The fuzzing harness (issue 31): mutated workbooks, Word documents and PDFs through the
// readers, and hostile plan text through the Markdown and terminal escapers, checking what
// must always hold:
//   - no reader throws on content, and each ends within its time limit;
//   - a workbook or document with bytes flipped is refused, or read as the same plan (the
//     zip's CRCs and sizes are checked: never another plan with no word);
//   - Markdown from plan text, rendered by marked (GFM), holds no link, image or HTML
//     element of its own; terminal text holds no control character, escape or bidi override.
// Deterministic: a seed gives the same inputs. Failures are written to a folder to replay.
//
//   npm run fuzz                        # 2,000 inputs of each kind (a few minutes)
//   npm run fuzz -- --runs 200          # a bounded run, for CI (well under a minute)
//   npm run fuzz -- --seed 7 --runs 50000 --out fuzz-failures
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { marked } from "marked";
import * as made from "../test/fixtures/hostile/make-large.mjs";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "2000" },
    seed: { type: "string", default: "20261206" },
    out: { type: "string", default: "fuzz-failures" },
    "time-limit": { type: "string", default: "2000" },
  },
});
const RUNS = Number(values.runs);
const LIMIT_MS = Number(values["time-limit"]);
const root = new URL("..", import.meta.url);
// The code under test, from src/ (no build needed), bundled by esbuild (a dev dependency)
// with its internal escapers, which the package does not export.
const entry = `
export { readPlanXlsx } from "./src/xlsx/index.ts";
export { readPlanDocx, readDocxText } from "./src/docx/index.ts";
export { mdText, mdItem, mdCell } from "./src/report/markdown-text.ts";
export { forTerminal } from "./src/cli/terminal.ts";
export { pdfPages } from "./src/cli/pdf.ts";
export { BadFile } from "./src/cli/errors.ts";
`;
const bundled = join(mkdtempSync(join(tmpdir(), "cpc-fuzz-")), "under-test.mjs");
await build({
  stdin: { contents: entry, resolveDir: new URL(".", root).pathname, loader: "ts" },
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: bundled,
  external: ["pdfjs-dist", "fflate", "csv-parse", "csv-stringify", "yaml", "zod", "immer", "jsonc-parser"],
  logLevel: "error",
});
// Its imports of packages resolve from the repository's node_modules: write it beside them.
const underTest = new URL("node_modules/.cache/cpc-fuzz-under-test.mjs", root);
mkdirSync(new URL("node_modules/.cache/", root), { recursive: true });
writeFileSync(underTest, readFileSync(bundled));
const { readPlanXlsx, readPlanDocx, readDocxText, mdText, mdItem, mdCell, forTerminal, pdfPages, BadFile } = await import(
  pathToFileURL(underTest.pathname).href
);

/** mulberry32: a small seeded generator, so that a seed replays the same run. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(Number(values.seed));
const int = (n) => Math.floor(random() * n);
const pick = (xs) => xs[int(xs.length)];

const fixture = (path) => new Uint8Array(readFileSync(new URL(`test/fixtures/${path}`, root)));
const workbooks = ["xlsx/tracker.xlsx", "xlsx/shared-strings.xlsx", "hostile/date1904.xlsx", "hostile/comment-row.xlsx"].map(fixture);
const documents = ["docx/action-plan.docx", "hostile/grid-before.docx", "hostile/nested-table.docx", "draft/kingston-feedback-report-2019.docx"].map(fixture);

const failures = [];
const counts = new Map();
function fail(kind, why, input) {
  failures.push({ kind, why, input });
  console.log(`  FAIL ${kind}: ${why}`);
}
function timed(kind, input, fn) {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const t0 = performance.now();
  let result;
  try {
    result = fn();
  } catch (e) {
    fail(kind, `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, input);
    return undefined;
  }
  const ms = performance.now() - t0;
  if (ms > LIMIT_MS) fail(kind, `took ${ms.toFixed(0)} ms (limit ${LIMIT_MS})`, input);
  return result;
}

// XML snippets that broke a reader once, or might: put in at a random place of a part.
const SNIPPETS = [
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="a1:A99999999999999999999"/>',
  '<mergeCell ref=":XFD1048576"/>',
  '<row r="abc">',
  '<row r="0">',
  '<row r="99999999">',
  '<c r="XFD1"><v>1</v></c>',
  '<c r="A1" t="s"><v>999999</v></c>',
  '<c r="A1" t="s"><v>constructor</v></c>',
  "<!--",
  "-->",
  "<![CDATA[",
  "&#0;",
  "&#xD800;",
  "&lol;",
  '<workbookPr date1904="1"/>',
  '<rPh sb="0" eb="1"><t>x</t></rPh>',
  '<w:p w:rsidR="00AB12CD"/>',
  '<w:trPr><w:gridBefore w:val="999"/></w:trPr>',
  "<w:tbl><w:tr><w:tc>",
  "</w:tc></w:tr></w:tbl>",
  '<w:gridSpan w:val="99999"/>',
  "<w:vMerge/>",
  '<Relationship Id="rId1" Target="/constructor"/>',
  '<Relationship Id="rId1" Target="/__proto__"/>',
  "\u0000",
  "\u202e",
];

/** A zip with one XML part changed: a snippet put in, a piece deleted, or a piece repeated. */
function mutateXml(bytes) {
  const files = unzipSync(bytes);
  const names = Object.keys(files).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"));
  const name = pick(names);
  let xml = strFromU8(files[name]);
  const at = int(xml.length + 1);
  const how = int(3);
  if (how === 0) xml = xml.slice(0, at) + pick(SNIPPETS) + xml.slice(at);
  else if (how === 1) xml = xml.slice(0, at) + xml.slice(at + 1 + int(40));
  else {
    const piece = xml.slice(at, at + 1 + int(200));
    xml = xml.slice(0, at) + piece.repeat(1 + int(50)) + xml.slice(at);
  }
  files[name] = strToU8(xml);
  return zipSync(files);
}

/** The bytes with 1 to 3 bits flipped. */
function flipBits(bytes) {
  const copy = new Uint8Array(bytes);
  for (let k = 1 + int(3); k > 0; k--) copy[int(copy.length)] ^= 1 << int(8);
  return copy;
}

const planOf = (read) => JSON.stringify(read.plan);
const refused = (read) => read.issues.some((i) => i.code === "unreadable-file");

console.log(`fuzz: seed ${values.seed}, ${RUNS} inputs of each kind, limit ${LIMIT_MS} ms each`);

for (let i = 0; i < RUNS; i++) {
  // Workbooks: bytes flipped (refused, or the same plan), XML mutated (never a throw).
  const w = pick(workbooks);
  const original = planOf(readPlanXlsx(w));
  const flipped = flipBits(w);
  const r1 = timed("xlsx, bits flipped", flipped, () => readPlanXlsx(flipped));
  if (r1 && !refused(r1) && planOf(r1) !== original) fail("xlsx, bits flipped", "read as another plan with no error", flipped);
  const mutated = mutateXml(w);
  timed("xlsx, XML mutated", mutated, () => readPlanXlsx(mutated));

  // Word documents: the same, through both readers.
  const d = pick(documents);
  const originalDoc = planOf(readPlanDocx(d));
  const flippedDoc = flipBits(d);
  const r2 = timed("docx, bits flipped", flippedDoc, () => readPlanDocx(flippedDoc));
  if (r2 && !refused(r2) && planOf(r2) !== originalDoc) fail("docx, bits flipped", "read as another plan with no error", flippedDoc);
  const mutatedDoc = mutateXml(d);
  timed("docx, XML mutated", mutatedDoc, () => readPlanDocx(mutatedDoc));
  timed("docx text, XML mutated", mutatedDoc, () => readDocxText(mutatedDoc));
}

// PDFs for cpc draft (a tenth as many: pdf.js is slower): bytes flipped or pieces
// repeated; only a BadFile (a message naming the file) may come out, never another error.
const pdfs = [made.pdfPages(2), made.pdfBomb(1), made.pdfOperators(1000)];
for (let i = 0; i < Math.ceil(RUNS / 10); i++) {
  const p = pick(pdfs);
  let bytes = flipBits(p);
  if (random() < 0.5) {
    const at = int(p.length);
    const piece = p.subarray(at, at + 1 + int(100));
    bytes = new Uint8Array([...p.subarray(0, at), ...Array.from({ length: 1 + int(20) }, () => [...piece]).flat(), ...p.subarray(at)]);
  }
  counts.set("pdf, mutated", (counts.get("pdf, mutated") ?? 0) + 1);
  const t0 = performance.now();
  try {
    await pdfPages(bytes, "fuzz.pdf");
  } catch (e) {
    if (!(e instanceof BadFile)) fail("pdf, mutated", `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, bytes);
  }
  const ms = performance.now() - t0;
  if (ms > LIMIT_MS) fail("pdf, mutated", `took ${ms.toFixed(0)} ms (limit ${LIMIT_MS})`, bytes);
}

// Plan text through the escapers: any code points, and the pieces of links and sequences.
const PIECES = [
  "https://",
  "http://",
  "www.",
  "@",
  "mailto:",
  "x.com",
  "[",
  "](",
  ")",
  "<",
  ">",
  "*",
  "_",
  "`",
  "\u001b[",
  "8m",
  "2J",
  "\u202e",
  "\u2066",
  "\u0085",
  "\u009b",
  "\r",
  "\n",
  "a",
  " ",
  "javascript:",
  "!",
  "&",
  "#",
];
function hostileText() {
  let t = "";
  for (let k = int(12); k >= 0; k--) t += random() < 0.7 ? pick(PIECES) : String.fromCharCode(int(0x3000));
  return t;
}
{
  for (let i = 0; i < RUNS; i++) {
    const text = hostileText();
    // As the reports use them: mdText within a line, mdItem starting a list item, mdCell in a table.
    for (const md of [`Title: ${mdText(text)}`, `- ${mdItem(text)}`, `| ${mdCell(text)} |\n| --- |\n| x |`]) {
      const html = timed("Markdown", text, () => marked.parse(md, { gfm: true, async: false }));
      // Only the paragraph, list and table markup the Markdown itself writes (and <br> for a line break in a cell).
      if (html !== undefined && /<(?!\/?(?:p|br|ul|li|table|thead|tbody|tr|th|td)\b)[a-z]/i.test(html))
        fail("Markdown", `plan text made markup: ${JSON.stringify(text)} -> ${JSON.stringify(html)}`, text);
    }
  }
}
{
  for (let i = 0; i < RUNS; i++) {
    const text = hostileText();
    const shown = timed("terminal", text, () => forTerminal(text));
    if (shown !== undefined && /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(shown))
      fail("terminal", `a control or override reached the screen: ${JSON.stringify(text)}`, text);
  }
}

for (const [kind, n] of counts) console.log(`  ${kind.padEnd(26)} ${n} inputs`);
if (failures.length > 0) {
  const out = values.out;
  mkdirSync(out, { recursive: true });
  failures.forEach((f, i) => writeFileSync(join(out, `${i}-${f.kind.replace(/\W+/g, "-")}.bin`), typeof f.input === "string" ? f.input : f.input));
  console.log(`fuzz: ${failures.length} failure(s), inputs written to ${out}/`);
  process.exit(1);
}
console.log("fuzz: no failure");
