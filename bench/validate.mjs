// validatePlan on a generated 100,000-action plan, next to a bare safeParse of the
// same zod schema (the floor), and `cpc validate` on the same plan as a file.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { actionPlanSchema, validatePlan } from "peer-challenge/schema";
import { generatePlan } from "./generate.mjs";
import { compare, fmt, median } from "./lib.mjs";

const N = 100_000;
const plan = generatePlan(N);
const asOf = "2024-06-26";

const result = validatePlan(plan, { asOf });
const { ours, floor, ratio } = compare(
  () => validatePlan(plan, { asOf }),
  () => actionPlanSchema.safeParse(plan),
  { runs: 9 },
);
console.log(`validatePlan, ${fmt(N)} actions (${result.issues.length} issues found, ok: ${result.ok}); medians of 9 runs, alternating`);
console.log(`  validatePlan     ${fmt(ours, 1)} ms  ${fmt((N / ours) * 1000)} actions/s   (target: at least 500,000 actions/s)`);
console.log(`  zod safeParse    ${fmt(floor, 1)} ms  ${fmt((N / floor) * 1000)} actions/s   (floor)`);
console.log(`  ratio            ${fmt(ratio, 2)}x the bare safeParse   (target: at most 1.3x)`);

// A plan with one action zod rejects: validatePlan then reads the rest for its other
// faults (ids, references, warnings) rather than stop at the shape.
const broken = { ...plan, actions: plan.actions.map((a, i) => (i === N / 2 ? { ...a, status: "Finished-ish" } : a)) };
const brokenResult = validatePlan(broken, { asOf });
const slow = compare(
  () => validatePlan(broken, { asOf }),
  () => actionPlanSchema.safeParse(broken),
  { runs: 5 },
);
console.log(
  `  one unknown status among ${fmt(N)}: ${fmt(slow.ours, 1)} ms, ${fmt(slow.ratio, 2)}x the bare safeParse (${brokenResult.issues.length} issues: the error and every warning of the rest)`,
);

const dir = mkdtempSync(join(tmpdir(), "cpc-bench-"));
const file = join(dir, "plan-100k.json");
writeFileSync(file, JSON.stringify(plan, null, 2));
const cli = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));
const wall = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  try {
    execFileSync(process.execPath, [cli, "validate", file, "--as-of", asOf, "--format", "json"], { stdio: "ignore" });
  } catch {
    // exit 1 (issues found) is fine: we time the whole process
  }
  wall.push(performance.now() - t0);
}
console.log(`cpc validate on a ${fmt(N)}-action file: ${fmt(median(wall))} ms, whole process, median of 5   (target: under 3,000 ms)`);
