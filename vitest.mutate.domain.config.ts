import { defineConfig } from "vitest/config";

// The unit tests, for mutation testing of the domain modules (stryker.domain.config.mjs):
// all but the process tests, which build and spawn the command and see none of the mutants.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/process.test.ts"],
    environment: "node",
    setupFiles: ["test/setup.ts"],
    env: { PROPERTY_RUNS: "25" },
    // 60 s: on a loaded machine the YAML property test took over 20 s in the dry run (2026-12-07), which stops the whole run.
    testTimeout: 60_000,
  },
});
