// Builds the officers' page (issue 19): one HTML file with its script and styles inside,
// so that it works from file:// and from any static host, and asks for nothing after it
// loads. `npm run build:site` writes site/dist/index.html.
import { build, transform } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const root = new URL("..", import.meta.url);

/** How the page's script is bundled (scripts/size-table.mjs bundles it the same way, with a map). */
export const PAGE_SCRIPT = {
  entryPoints: [new URL("site/src/main.ts", root).pathname],
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  write: false,
  logLevel: "silent",
  legalComments: "none",
};

/** Builds the page and returns its HTML (written to site/dist/index.html). */
export async function buildSite() {
  const bundle = await build(PAGE_SCRIPT);
  const script = bundle.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
  // The styles minified too (issue 32: the page at most 160 KB gzipped).
  const style = (await transform(readFileSync(new URL("site/src/style.css", root), "utf8"), { loader: "css", minify: true, target: "chrome110" })).code.trim();
  const html = readFileSync(new URL("site/src/index.html", root), "utf8")
    .replace("/*STYLE*/", () => style)
    .replace("/*SCRIPT*/", () => script);
  mkdirSync(new URL("site/dist/", root), { recursive: true });
  writeFileSync(new URL("site/dist/index.html", root), html);
  return html;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const html = await buildSite();
  console.log(`site/dist/index.html: ${Math.round(html.length / 1024)} KB, one file, no requests after it loads`);
}
