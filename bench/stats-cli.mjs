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
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

function wall(args) {
  const ms = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { stdio: "ignore" });
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const stats = wall([cli, "stats", file, "--as-of", "2024-06-26"]);
const parse = wall(["-e", `JSON.parse(require("fs").readFileSync(${JSON.stringify(file)}, "utf8"))`]);
console.log(`cpc stats on a ${fmt(N)}-action file: ${fmt(stats)} ms, whole process, median of 5   (target: under 1,500 ms)`);
console.log(`  node -e JSON.parse(readFileSync(file)): ${fmt(parse)} ms   ratio ${fmt(stats / parse, 2)}x`);
