import { chmodSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { build, type Plugin } from "esbuild";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// The library's public entry points: the root (browser-safe, no zod at run time),
// the `schema` subpath (zod, validation, JSON Schema), the `csv` subpath (its own reader, csv-stringify)
// and the `report` subpath (Markdown and HTML reports, browser-safe).
const publicEntries = {
  index: "src/index.ts",
  schema: "src/schema/index.ts",
  csv: "src/csv/index.ts",
  report: "src/report/index.ts",
  xlsx: "src/xlsx/index.ts",
  docx: "src/docx/index.ts",
  calendar: "src/calendar/index.ts",
  draft: "src/draft/index.ts",
  read: "src/read/index.ts",
};

/**
 * One chunk for `cpc validate` (issue 32). esbuild splits a module into a chunk of its own
 * for each set of entry points that import it, and every `import()` is an entry point: the
 * timescale reader, shared by `main` and by the commands and readers loaded lazily, was one
 * chunk, the facts another, and so on, 27 files for `cpc validate` on a JSON plan, each
 * resolved, read, compiled and linked (a tenth of its start-up). Here each module the CLI
 * loads with `import()` is bundled as if it also imported `main.ts`: everything `main` needs
 * is then imported by the same entry points, and lands in one chunk. Nothing changes at run
 * time but the chunks: the import names `main`'s namespace and nothing reads it, and a
 * lazily loaded module is only ever loaded after `main`.
 */
export function oneChunkForMain(): Plugin {
  const main = resolve("src/cli/main.ts");
  const lazy = new Set<string>();
  // Every `import("./x.js")` in src/, found before the build so that the set does not depend
  // on the order esbuild loads files in (a type's `import("./x.js").T` is not a load).
  for (const file of readdirSync("src", { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".ts")) continue;
    const path = resolve("src", file);
    for (const m of readFileSync(path, "utf8").matchAll(/\bimport\(\s*"(\.{1,2}\/[^"]+)\.js"\s*\)(?!\s*\.)/g)) lazy.add(resolve(dirname(path), `${m[1]}.ts`));
  }
  lazy.delete(main);
  return {
    name: "one-chunk-for-main",
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!lazy.has(args.path)) return undefined;
        // At the end, so the source map's lines stay the file's own.
        const contents = `${readFileSync(args.path, "utf8")}\nimport * as cpcMain from ${JSON.stringify(main)};\nexport { cpcMain as __cpcMain };\n`;
        return { contents, loader: "ts" };
      });
    },
  };
}

// What the CLI's modules load with import(): our own chunks and the packages with a CommonJS
// build. pdf.js is an ES module only, and stays an import().
const REQUIRED = /\bimport\("(\.\/[\w-]+)\.mjs"\)|\bimport\("(yaml|csv-stringify\/sync)"\)/g;

/**
 * cpc as CommonJS (issue 32: `cpc validate` at most 1.5 times `node -e 0`). Node starts an ES
 * module entry about 5 ms slower than a CommonJS one (it sets up its ES module loader first),
 * a sixth of what cpc adds to `node -e 0`. esbuild splits only ES modules into chunks, so the
 * CLI is built as ES modules (`.mjs`) and each file is then turned into CommonJS (`.cjs`), one
 * by one: its imports become `require`s of the `.cjs` files, and each `import()` of a chunk, of
 * yaml or of csv-stringify a `require` in a promise, so the lazy commands stay lazy. Only
 * pdf.js, which has no CommonJS build, is still loaded with `import()`. Exported for the tests,
 * which build cpc the same way.
 */
export async function asCommonJs(dir: string): Promise<void> {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".mjs"))) {
    const path = join(dir, file);
    const code = readFileSync(path, "utf8")
      .replace(
        REQUIRED,
        (_, chunk: string | undefined, pkg: string | undefined) =>
          `Promise.resolve().then(()=>require(${JSON.stringify(chunk === undefined ? pkg : `${chunk}.cjs`)}))`,
      )
      .replace(/(from\s*|import\s*)"(\.\/[\w-]+)\.mjs"/g, '$1"$2.cjs"');
    const left = /\bimport\((?!"pdfjs-dist\/)/.exec(code);
    if (left !== null) throw new Error(`${path}: an import() left that would load Node's ES module loader: ${code.slice(left.index, left.index + 60)}`);
    writeFileSync(path, code);
    const out = path.replace(/\.mjs$/, ".cjs");
    await build({ entryPoints: [path], outfile: out, format: "cjs", platform: "node", target: "node20", minify: true, sourcemap: true, logLevel: "silent" });
    unlinkSync(path);
    rmSync(`${path}.map`, { force: true });
    if (file === "cli.mjs") chmodSync(out, 0o755);
  }
}

export default defineConfig([
  {
    entry: {
      ...publicEntries,
      // Not entry points of the package (no "exports" name them): listed so that each is a
      // chunk of its own, which a bundler drops when its export is not used. Inside
      // dist/schema.js, their module-level zod calls (the JSON Schema is computed when the
      // module loads) stayed in every bundle of validatePlan: 7 KB minified of zod's JSON
      // Schema code and the progress review's schema.
      "internal/json-schema": "src/schema/json-schema.ts",
      "internal/progress-review": "src/schema/progress-review.ts",
    },
    format: ["esm", "cjs"],
    // tsup's declaration build sets baseUrl, which TypeScript 6 deprecates.
    dts: { entry: publicEntries, compilerOptions: { ignoreDeprecations: "6.0" } },
    clean: true,
    sourcemap: true,
    splitting: true,
    treeshake: true,
    target: "es2022",
    platform: "neutral",
  },
  {
    // The `cpc` command, for Node. Start-up is most of a small run (issue 32): the files are
    // minified (5 ms less to compile) and end in .mjs, so that Node takes them as ES modules
    // without looking up the package scope and the format of each (another 5 ms, of about
    // 25 files); the entry is renamed back to cli.js, which package.json's "bin" names.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    sourcemap: true,
    minify: true,
    outExtension: () => ({ js: ".mjs" }),
    onSuccess: async () => {
      await asCommonJs("dist");
      // `node dist/cli.js`, as scripts and older notes run it: the same command.
      writeFileSync(
        "dist/cli.js",
        '#!/usr/bin/env node\n// cpc is dist/cli.cjs (package.json\'s "bin"); this file runs it for scripts that name cli.js.\nimport { createRequire } from "node:module";\ncreateRequire(import.meta.url)("./cli.cjs");\n',
        { mode: 0o755 },
      );
    },
    define: { __CPC_VERSION__: JSON.stringify(version) },
    // pdf.js is an optional dependency, loaded by `cpc draft` for a PDF: never bundled.
    external: ["pdfjs-dist"],
    esbuildPlugins: [oneChunkForMain()],
  },
]);
