// Start-up of cpc, the whole process, in alternation with the floor `node -e 0` (issue 15):
// `cpc --version` and `cpc --help` load no parser or schema; `cpc validate` on a small
// plan should take at most 1.5 times the floor (issue 32; 1.6 before). Each process is timed
// twice: by the wall clock, and by the CPU time it used (user and system, all its threads,
// read by the process itself as it exits), which a machine busy with other work disturbs
// far less than the wall clock.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { fmt, median } from "./lib.mjs";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const small = fileURLToPath(new URL("../examples/west-norfolk-2024.json", import.meta.url));

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
  console.log(
    `${name}: ${fmt(median(ours))} ms, whole process; node -e 0: ${fmt(median(floor))} ms; ratio ${fmt(ratio, 2)}x (median of ${RUNS} pairs)${target ? `   (target: at most ${target}x${ratio <= target ? ", met" : ", NOT met"})` : ""}`,
  );
  console.log(
    `  CPU time: ${fmt(median(cpuOurs), 1)} ms; node -e 0: ${fmt(median(cpuFloor), 1)} ms; ratio ${fmt(cpuRatio, 2)}x (medians of ${RUNS})${target ? `   (target: at most ${target}x${cpuRatio <= target ? ", met" : ", NOT met"})` : ""}`,
  );
}
