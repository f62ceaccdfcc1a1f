// Mutation testing of the facts layer, the statistics, the progress review, the warning rules and the
// table reader (issue 16): `npm run mutate:domain` (not in CI: about an hour on two cores
// the first time, minutes after, as it is incremental). Scores and the survivors judged
// equivalent are in docs/quality.md.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.domain.config.ts" },
  mutate: [
    "src/facts/**/*.ts",
    "src/statistics/**/*.ts",
    "!src/statistics/index.ts",
    "src/progress/**/*.ts",
    "!src/progress/index.ts",
    "src/schema/rules.ts",
    "src/table/**/*.ts",
  ],
  coverageAnalysis: "perTest",
  ignoreStatic: true,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation-domain/index.html" },
  jsonReporter: { fileName: "reports/mutation-domain/mutation.json" },
  thresholds: { high: 90, low: 85, break: null },
  concurrency: 2,
  timeoutMS: 10000,
  tempDirName: ".stryker-tmp-domain",
  cleanTempDir: "always",
  incremental: true,
  incrementalFile: "reports/stryker-incremental-domain.json",
};
