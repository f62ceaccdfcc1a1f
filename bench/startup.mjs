// Start-up of cpc, the whole process, in alternation with the floor `node -e 0` (issue 15):
// `cpc --version` and `cpc --help` load no parser or schema; `cpc validate` on a small
// plan should take at most 1.5 times the floor (issue 32; 1.6 before). Each process is timed
// twice: by the wall clock, and by the CPU time it used (user and system, all its threads,
// read by the process itself as it exits), which a machine busy with other work disturbs
// far less than the wall clock. Each figure is printed as the median and the least of its
// runs, with the machine's load average as the runs began and ended: on 2 cores shared with
// other work the least is nearer what an idle machine gives.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { fmt, median } from "./lib.mjs";

const cli = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));
const small = fileURLToPath(new URL("../examples/west-norfolk-2024.json", import.meta.url));
// The same plan as YAML, and Kingston's 80 actions as the TSV a spreadsheet gives: the readers cpc loads for them.
const smallYaml = fileURLToPath(new URL("../test/fixtures/site/west-norfolk-2024.yaml", import.meta.url));
const tsv = fileURLToPath(new URL("../examples/kingston-2019.tsv", import.meta.url));

// Loaded with --import before the command: writes the process's CPU time to fd 3 as it exits.
const hook = join(mkdtempSync(join(tmpdir(), "cpc-startup-")), "cpu.mjs");
writeFileSync(
  hook,
  'import { writeSync } from "node:fs";\nprocess.on("exit", () => { const u = process.cpuUsage(); writeSync(3, String((u.user + u.system) / 1000)); });\n',
);

function cpu(args) {
  const r = spawnSync(process.execPath, ["--import", hook, ...args], { encoding: "utf8", stdio: ["ignore", "ignore", "ignore", "pipe"] });
  return Number(r.output[3]);
}

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
  ["cpc validate (small plan: 24 actions, 8 recommendations), as of today", [cli, "validate", small], 1.5],
  ["cpc validate (small plan: 24 actions, 8 recommendations), --as-of", [cli, "validate", small, "--as-of", "2024-06-30"], 1.5],
  ["cpc validate, the same plan as YAML", [cli, "validate", smallYaml, "--as-of", "2024-06-30"], undefined],
  ["cpc validate, Kingston's 80 actions as TSV", [cli, "validate", tsv, "--as-of", "2019-06-30"], undefined],
];
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
console.log(`load average (1, 5, 15 min) at the start: ${load()}`);
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
  const cpuFloor = [];
  const cpuOurs = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const f = cpu(["-e", "0"]);
    const o = cpu(args);
    if (i < 2) continue;
    cpuFloor.push(f);
    cpuOurs.push(o);
  }
  const cpuRatio = median(cpuOurs) / median(cpuFloor);
  const goal = (r) => (target ? `   (target: at most ${target}x${r <= target ? ", met" : ", NOT met"})` : "");
  console.log(
    `${name}: ${fmt(median(ours))} ms (least ${fmt(Math.min(...ours))}), whole process; node -e 0: ${fmt(median(floor))} ms (least ${fmt(Math.min(...floor))}); ratio ${fmt(ratio, 2)}x (median of ${RUNS} pairs), least to least ${fmt(Math.min(...ours) / Math.min(...floor), 2)}x${goal(ratio)}`,
  );
  console.log(
    `  CPU time: ${fmt(median(cpuOurs), 1)} ms (least ${fmt(Math.min(...cpuOurs), 1)}); node -e 0: ${fmt(median(cpuFloor), 1)} ms (least ${fmt(Math.min(...cpuFloor), 1)}); ratio ${fmt(cpuRatio, 2)}x (medians of ${RUNS}), least to least ${fmt(Math.min(...cpuOurs) / Math.min(...cpuFloor), 2)}x${goal(cpuRatio)}`,
  );
}
console.log(`load average at the end: ${load()}`);
