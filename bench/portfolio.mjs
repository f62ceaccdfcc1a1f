// Many plans at once (issue 34): 400 plans of 100 actions each, every council's plan with
// room to spare. portfolioSummary in-process (target: under 1 s), and `cpc stats` on the
// 400 files, whole process (target: under 3 s). Each plan has its own CPC and publication
// dates, so that relative targets and targets with no year are read against its own.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { portfolioSummary, statusSummary } from "peer-challenge";
import { validatePlan } from "peer-challenge/schema";
import { generatePlan } from "./generate.mjs";
import { fmt, median, time } from "./lib.mjs";

const PLANS = 400;
const ACTIONS = 100;
const plans = Array.from({ length: PLANS }, (_, i) => {
  const raw = generatePlan(ACTIONS, 2024 + i);
  // CPCs spread over four years, one a fortnight; the plan published 2 to 5 months later.
  const start = new Date(Date.UTC(2021, 0, 4 + 14 * i));
  const published = new Date(start.getTime() + (60 + (i % 4) * 30) * 86_400_000);
  const day = (d) => d.toISOString().slice(0, 10);
  return {
    ...raw,
    council: { name: `Council ${i + 1}` },
    peerChallenge: { start: day(start) },
    publishedOn: day(published),
    actions: raw.actions.map((a, k) => (k % 10 === 0 ? { ...a, timescale: "Within 6 months of the CPC" } : a)),
  };
});
const valid = plans.map((p) => validatePlan(p, { asOf: "2025-06-30" }).plan);
const asOf = "2025-06-30";

// The floor: the single-plan status summary of every plan, which the portfolio's rows include.
const floor = time(() => valid.map((p) => statusSummary(p, { asOf })), { runs: 7 });
const ours = time(() => portfolioSummary(valid, { asOf }), { runs: 7 });
const p = portfolioSummary(valid, { asOf });
console.log(
  `portfolioSummary, ${fmt(PLANS)} plans of ${fmt(ACTIONS)} actions: ${fmt(ours)} ms in-process, median of 7   (target: under 1,000 ms; ${fmt(p.total.actions)} actions, ${fmt(p.total.overdue)} overdue)`,
);
console.log(`  statusSummary of each plan alone: ${fmt(floor)} ms   ratio ${fmt(ours / floor, 2)}x`);

// The same plans as 400 files through cpc stats, whole process.
const dir = mkdtempSync(join(tmpdir(), "cpc-portfolio-"));
const files = plans.map((plan, i) => {
  const f = join(dir, `plan-${String(i + 1).padStart(3, "0")}.json`);
  writeFileSync(f, JSON.stringify(plan, null, 2));
  return f;
});
const cli = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));
const cpuFile = join(mkdtempSync(join(tmpdir(), "cpc-cpu-")), "cpu.txt");
// The process's own CPU time (user + system) besides its wall-clock time: on a shared machine
// the wall clock also counts the time spent waiting for a core.
const withCpu = `process.on("exit", () => { const u = process.cpuUsage(); require("fs").writeFileSync(${JSON.stringify(cpuFile)}, String((u.user + u.system) / 1000)); }); process.argv.splice(1, 0, ${JSON.stringify(cli)}); import(${JSON.stringify(cli)});`;
const cpu = () => Number(readFileSync(cpuFile, "utf8"));
const runs = [];
const cpus = [];
const folder = [];
for (let i = 0; i < 5; i++) {
  let t0 = performance.now();
  execFileSync(process.execPath, ["-e", withCpu, "stats", ...files, "--as-of", asOf], { stdio: "ignore" });
  runs.push(performance.now() - t0);
  cpus.push(cpu());
  t0 = performance.now();
  execFileSync(process.execPath, [cli, "stats", dir, "--as-of", asOf, "--format", "json"], { stdio: "ignore" });
  folder.push(performance.now() - t0);
}
const validate = [];
for (let i = 0; i < 3; i++) {
  execFileSync(process.execPath, ["-e", withCpu, "validate", ...files], { stdio: "ignore" });
  validate.push(cpu());
}
console.log(
  `cpc stats on ${fmt(PLANS)} files of ${fmt(ACTIONS)} actions: ${fmt(median(runs))} ms, whole process, median of 5; CPU time ${fmt(median(cpus))} ms   (target: under 3,000 ms)`,
);
console.log(`  cpc stats on the folder, --format json: ${fmt(median(folder))} ms`);
console.log(`  cpc validate on the same files (reading and validating them, no figures): CPU time ${fmt(median(validate))} ms`);
// Wall-clock time on a shared machine: the load says how much of it was waiting for a core.
console.log(`  load average over the last minute: ${fmt(loadavg()[0], 1)} (cores: ${fmt((await import("node:os")).availableParallelism())})`);
