import { defineConfig } from "vitest/config";

// The table reader's own tests, for mutation testing of src/table/ where the whole suite is too slow
// (issue 32 item 7: the domain run loads every test file that reads a table for each of table/body.ts's
// mutants, over two hours). A score measured with fewer tests is a lower bound of the score with all of them.
export default defineConfig({
  test: {
    include: [
      "test/table*.test.ts",
      "test/csv*.test.ts",
      "test/trackers.test.ts",
      "test/unseen-trackers.test.ts",
      "test/labelled-plan.test.ts",
      "test/pairs-plan.test.ts",
      "test/title-lines.test.ts",
      // The cells an action's fields come from: a comments column that leads with the status, percentages, period columns.
      "test/comments-no-status.test.ts",
      "test/pct-column.test.ts",
      "test/percent-inconsistent.test.ts",
      "test/period-columns.test.ts",
      "test/rag-of-fill.test.ts",
      "test/status-real.test.ts",
      "test/status-unsure.test.ts",
    ],
    environment: "node",
    setupFiles: ["test/setup.ts"],
    env: { PROPERTY_RUNS: "25" },
    testTimeout: 60_000,
  },
});
