import { readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
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
  },
]);
