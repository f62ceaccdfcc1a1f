import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    setupFiles: ["test/setup.ts"],
    // Property tests are sized by runs, never by a clock: the timeout only catches a hang, and must hold on a
    // machine with both cores busy (a run of 5 s idle can take 20 s then). PROPERTY_RUNS explores further.
    testTimeout: Math.max(120_000, Number(process.env["PROPERTY_RUNS"] ?? 0) * 25),
    // Type tests (expectTypeOf) in *.test-d.ts files, checked by tsc.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "test/tsconfig.json" },
  },
});
