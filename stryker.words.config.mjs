// The word tables' static mutants, which `npm run mutate` leaves out (each runs the
// whole suite): `npm run mutate:words`.
import base from "./stryker.config.mjs";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  ...base,
  mutate: ["src/timescale/words.ts"],
  ignoreStatic: false,
  htmlReporter: { fileName: "reports/mutation-words/index.html" },
  jsonReporter: { fileName: "reports/mutation-words/mutation.json" },
  incrementalFile: "reports/stryker-incremental-words.json",
};
