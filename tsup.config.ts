import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig([
  {
    // The library's public entry points: the root (browser-safe, no zod at run time),
    // the `schema` subpath (zod, validation, JSON Schema), the `csv` subpath (csv-parse)
    // and the `report` subpath (Markdown and HTML reports, browser-safe).
    entry: {
      index: "src/index.ts",
      schema: "src/schema/index.ts",
      csv: "src/csv/index.ts",
      report: "src/report/index.ts",
      xlsx: "src/xlsx/index.ts",
      docx: "src/docx/index.ts",
      calendar: "src/calendar/index.ts",
      draft: "src/draft/index.ts",
      read: "src/read/index.ts",
    },
    format: ["esm", "cjs"],
    // tsup's declaration build sets baseUrl, which TypeScript 6 deprecates.
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    clean: true,
    sourcemap: true,
    splitting: true,
    treeshake: true,
    target: "es2022",
    platform: "neutral",
  },
  {
    // The `cpc` command, for Node.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    sourcemap: true,
    define: { __CPC_VERSION__: JSON.stringify(version) },
    // pdf.js is an optional dependency, loaded by `cpc draft` for a PDF: never bundled.
    external: ["pdfjs-dist"],
  },
]);
