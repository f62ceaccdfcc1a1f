import { readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Plugin } from "esbuild";
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
      writeFileSync("dist/cli.js", readFileSync("dist/cli.mjs", "utf8").replace("//# sourceMappingURL=cli.mjs.map", "//# sourceMappingURL=cli.js.map"), {
        mode: 0o755,
      });
      unlinkSync("dist/cli.mjs");
      renameSync("dist/cli.mjs.map", "dist/cli.js.map");
    },
    define: { __CPC_VERSION__: JSON.stringify(version) },
    // pdf.js is an optional dependency, loaded by `cpc draft` for a PDF: never bundled.
    external: ["pdfjs-dist"],
    esbuildPlugins: [oneChunkForMain()],
  },
]);
