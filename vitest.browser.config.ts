import { defineConfig } from "vitest/config";

// Tests that need a real browser: Debian's chromium, driven by playwright-core.
// .ci/run installs chromium; `npm run test:browser` runs these.
export default defineConfig({
  test: {
    include: ["test-browser/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
