// Start-up of cpc, the whole process, in alternation with the floor `node -e 0` (issue 15):
// `cpc --version` and `cpc --help` load no parser or schema; `cpc validate` on a small
// plan should take at most 1.6 times the floor.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { fmt, median } from "./lib.mjs";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const small = fileURLToPath(new URL("../examples/west-norfolk-2024.json", import.meta.url));

function wall(args) {
  const t0 = performance.now();
  try {
    execFileSync(process.execPath, args, { stdio: "ignore" });
  } catch {
    // exit 1 (warnings with --strict) is still a run
  }
  return performance.now() - t0;
}

const RUNS = 25;
const cases = [
  ["cpc --version", [cli, "--version"], undefined],
  ["cpc help validate", [cli, "help", "validate"], undefined],
  ["cpc validate (small plan: 24 actions, 8 recommendations), as of today", [cli, "validate", small], 1.6],
  ["cpc validate (small plan: 24 actions, 8 recommendations), --as-of", [cli, "validate", small, "--as-of", "2024-06-30"], 1.6],
];
for (const [name, args, target] of cases) {
  const floor = [];
  const ours = [];
  const ratios = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const f = wall(["-e", "0"]);
    const o = wall(args);
    if (i < 2) continue; // warm-up: the file cache
    floor.push(f);
    ours.push(o);
    ratios.push(o / f);
  }
  const ratio = median(ratios);
  console.log(
    `${name}: ${fmt(median(ours))} ms, whole process; node -e 0: ${fmt(median(floor))} ms; ratio ${fmt(ratio, 2)}x (median of ${RUNS} pairs)${target ? `   (target: at most ${target}x${ratio <= target ? ", met" : ", NOT met"})` : ""}`,
  );
}
