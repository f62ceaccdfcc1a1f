import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    setupFiles: ["test/setup.ts"],
    // PROPERTY_RUNS explores further (test/setup.ts): give each test time in proportion.
    testTimeout: Math.max(5_000, Number(process.env["PROPERTY_RUNS"] ?? 0) * 25),
    // Type tests (expectTypeOf) in *.test-d.ts files, checked by tsc.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "test/tsconfig.json" },
  },
});
