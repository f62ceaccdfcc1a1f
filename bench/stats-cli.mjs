// `cpc stats` on a 100,000-action file, the whole process, next to the floor: a node
// process that only reads and JSON.parses the same file.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { generatePlan } from "./generate.mjs";
import { fmt, median } from "./lib.mjs";

const N = 100_000;
const file = join(mkdtempSync(join(tmpdir(), "cpc-bench-")), "plan-100k.json");
writeFileSync(file, JSON.stringify(generatePlan(N), null, 2));
const cli = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));

function wall(args) {
  const t0 = performance.now();
  execFileSync(process.execPath, args, { stdio: "ignore" });
  return performance.now() - t0;
}

// The two processes in alternation, so that a slow spell of the machine lands on both.
const stats = [];
const parse = [];
for (let i = 0; i < 5; i++) {
  parse.push(wall(["-e", `JSON.parse(require("fs").readFileSync(${JSON.stringify(file)}, "utf8"))`]));
  stats.push(wall([cli, "stats", file, "--as-of", "2024-06-26"]));
}
const ratio = median(stats.map((s, i) => s / parse[i]));
console.log(`cpc stats on a ${fmt(N)}-action file: ${fmt(median(stats))} ms, whole process, median of 5   (target: under 1,500 ms)`);
console.log(`  node -e JSON.parse(readFileSync(file)): ${fmt(median(parse))} ms   ratio ${fmt(ratio, 2)}x`);

// A 20,000-row CSV tracker (issue 13): the same generator's plan written as CSV, read by
// cpc stats, whole process.
const { writePlanCsv } = await import("peer-challenge/csv");
const { validatePlan } = await import("peer-challenge/schema");
const rows = 20_000;
const csvFile = join(mkdtempSync(join(tmpdir(), "cpc-bench-")), "tracker-20k.csv");
const csvPlan = validatePlan(generatePlan(rows)).plan;
const csvText = writePlanCsv(csvPlan);
writeFileSync(csvFile, csvText);
const csvRuns = [];
for (let i = 0; i < 5; i++) csvRuns.push(wall([cli, "stats", csvFile, "--as-of", "2024-06-26"]));
console.log(
  `cpc stats on a ${fmt(rows)}-action CSV tracker (${fmt(csvText.split("\n").length - 1)} rows with steps, ${fmt(csvText.length / 1048576, 1)} MB): ${fmt(median(csvRuns))} ms, whole process, median of 5   (target: under 1,500 ms)`,
);
