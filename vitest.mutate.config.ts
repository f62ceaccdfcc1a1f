import { defineConfig } from "vitest/config";

// The tests that pin down the timescale reader, for mutation testing (stryker.config.mjs).
export default defineConfig({
  test: {
    include: ["test/timescale*.test.ts", "test/properties/timescale*.property.test.ts", "test/rules.test.ts", "test/dates.test.ts"],
    environment: "node",
    setupFiles: ["test/setup.ts"],
    // Each mutant runs the tests that cover it; fewer property runs keep the whole under ten minutes.
    env: { PROPERTY_RUNS: "25" },
  },
});
