// Mutation testing of the timescale reader: `npm run mutate` (about ten minutes on two
// cores; not in CI). The report is in reports/mutation/. Surviving mutants judged
// equivalent are listed, with the reason, in docs/timescales.md.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  mutate: ["src/timescale/**/*.ts", "!src/timescale/index.ts", "!src/timescale/types.ts"],
  coverageAnalysis: "perTest",
  // Static mutants (the word tables, the forms table) would each run the whole suite;
  // test/timescale-words.test.ts lists every word by hand instead, and
  // \`npm run mutate:words\` runs them for words.ts alone.
  ignoreStatic: true,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: 85 },
  concurrency: 2,
  timeoutMS: 10000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  // Re-runs only the mutants whose code or tests changed since the last run.
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
};
