import { defineConfig } from "tsup";

// Each entry is a public entry point: the root (browser-safe, no zod at run time)
// the `schema` subpath (zod, validation, JSON Schema) and the `csv` subpath (csv-parse).
export default defineConfig({
  entry: {
    index: "src/index.ts",
    schema: "src/schema/index.ts",
    csv: "src/csv/index.ts",
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
});
