// Mutation testing of the table reader (src/table/) with its own tests only
// (vitest.mutate.table.config.ts): `npx stryker run stryker.table.config.mjs --mutate src/table/body.ts`.
// The domain run (stryker.domain.config.mjs) loads every test file that reads a table for each mutant,
// over two hours for body.ts; this one measures a lower bound of that score in a fraction of the time.
import domain from "./stryker.domain.config.mjs";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  ...domain,
  vitest: { configFile: "vitest.mutate.table.config.ts" },
  mutate: ["src/table/**/*.ts"],
  htmlReporter: { fileName: "reports/mutation-table/index.html" },
  jsonReporter: { fileName: "reports/mutation-table/mutation.json" },
  tempDirName: ".stryker-tmp-table",
  incrementalFile: "reports/stryker-incremental-table.json",
};
