// Builds the officers' page (issue 19): one HTML file with its script and styles inside,
// so that it works from file:// and from any static host, and asks for nothing after it
// loads. `npm run build:site` writes site/dist/index.html.
import { build, transform } from "esbuild";
import { minify } from "terser";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const root = new URL("..", import.meta.url);

/**
 * zod's classic API attaches its JSON Schema writer (to-json-schema.js and its processors, 16 KB
 * minified, 4 KB gzipped) to every schema, though the page never makes a JSON Schema (`cpc
 * schema` does, from the package). In the page's bundle each of those modules is replaced by
 * one whose exports throw, naming the page, if ever called: `schema.toJSONSchema()`, the
 * standard schema's `jsonSchema` methods and the `minLength`/`format` accessors. Nothing in the
 * page reads them (test/page-bundle.test.ts holds it to that), so a plan is read exactly as
 * before; if a later change did call one, the page would say so rather than go on quietly.
 * The exports' names are read from zod's own module, so a new one in a later zod is covered.
 */
export const withoutJsonSchema = {
  name: "without-json-schema",
  setup(b) {
    b.onResolve({ filter: /\/(?:to-json-schema|json-schema-processors)\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: new URL(args.path, `file://${args.importer}`).pathname, namespace: "without-json-schema" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "without-json-schema" }, (args) => {
      const names = [...readFileSync(args.path, "utf8").matchAll(/^export (?:const|function|let|class) (\w+)/gm)].map((m) => m[1]);
      const lines = names.map((name) =>
        // The create...Method exports are called when a schema is made or its "~standard" read,
        // and return the method: theirs return one that throws.
        name.startsWith("create") ? `export const ${name} = () => unavailable;` : `export const ${name} = unavailable;`,
      );
      return {
        contents: `const unavailable = () => { throw new Error("The page does not make JSON Schemas: use \`cpc schema\` from the package."); };\n${lines.join("\n")}\n`,
        loader: "js",
        resolveDir: root.pathname,
      };
    });
  },
};

/**
 * zod's English messages, which zod registers when its first schema is made: the page never
 * shows them. Validation words every issue the plan's schema can raise itself
 * (schema/zod-issues.ts); any other falls back to zod's "Invalid input".
 */
export const withoutZodLocale = {
  name: "without-zod-locale",
  setup(b) {
    b.onResolve({ filter: /\/locales\/en\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: "zod-en", namespace: "without-zod-locale" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "without-zod-locale" }, () => ({ contents: "export default function en() { return {}; }", loader: "js" }));
  },
};

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
  plugins: [withoutJsonSchema, withoutZodLocale],
};

/** Builds the page and returns its HTML (written to site/dist/index.html). */
export async function buildSite() {
  const bundle = await build(PAGE_SCRIPT);
  // esbuild bundles and minifies; terser then names the identifiers again by how often each is
  // used, which gzip compresses better, and folds what esbuild leaves (6 KB gzipped of 166 KB).
  const { code } = await minify(bundle.outputFiles[0].text, { ecma: 2022, compress: true, mangle: true, format: { comments: false } });
  const script = (code ?? "").replace(/<\/script/gi, "<\\/script");
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
