// rollupByTheme on a million actions, next to the floor: a hand-written single pass
// over the same plan with the due dates already known (as any cache would have them),
// counting the same things (status, RAG, overdue per theme). Also the peak heap.
//
// The two are timed in alternation (lib.mjs's compare): the figure is the median of the
// per-pair ratios of wall time. The machine is shared, so the ratios of CPU time of the same
// pairs are printed too (min and median), with the load average before and after.
// `node bench/rollup.mjs --breakdown` also times the parts of a pass over the actions that
// both must do (touch each action, read its fields, look up its recommendation).
import { loadavg } from "node:os";
import { dueDate, rollupByTheme } from "peer-challenge";
import { generatePlan } from "./generate.mjs";
import { compare, fmt, median } from "./lib.mjs";

const N = 1_000_000;
const asOf = "2024-06-26";
const loadBefore = loadavg();
const plan = generatePlan(N);
const heapBefore = process.memoryUsage().heapUsed;

// The floor: due dates computed beforehand, one loop, counters per theme.
const due = plan.actions.map((a) => dueDate(a));
const themeIndex = new Map(
  [
    "local-priorities-and-outcomes",
    "organisational-and-place-leadership",
    "governance-and-culture",
    "financial-planning-and-management",
    "capacity-for-improvement",
  ].map((t, i) => [t, i]),
);
const recThemes = new Map(plan.recommendations.map((r) => [r.id, (r.themes ?? []).map((t) => themeIndex.get(t))]));
const STATUS = { "not-started": 0, "in-progress": 1, complete: 2, ongoing: 3, "on-hold": 4, cancelled: 5 };
const RAG = { red: 0, amber: 1, green: 2, blue: 3 };
function handWritten() {
  const counts = Array.from({ length: 6 }, () => ({ status: new Array(6).fill(0), rag: new Array(4).fill(0), overdue: 0 }));
  const actions = plan.actions;
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i];
    const status = a.status ?? "not-started";
    const d = due[i];
    const overdue = d !== undefined && d < asOf && status !== "complete" && status !== "ongoing" && status !== "cancelled";
    const rag = a.rag ?? (status === "complete" ? "blue" : overdue ? "red" : "green");
    for (const t of recThemes.get(a.recommendation) ?? [5]) {
      const c = counts[t];
      c.status[STATUS[status]]++;
      if (status === "cancelled") continue;
      c.rag[RAG[rag]]++;
      if (overdue) c.overdue++;
    }
  }
  return counts;
}

let peak = 0;
const ours = () => rollupByTheme(plan, { asOf });
const wall = compare(ours, handWritten, {
  runs: 11,
  after: () => (peak = Math.max(peak, process.memoryUsage().heapUsed)),
});

/** CPU milliseconds of one call: less disturbed than the wall clock by other processes. */
function cpu(fn) {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}
const cpuRatios = [];
for (let i = 0; i < 11; i++) {
  const f = cpu(handWritten);
  cpuRatios.push(cpu(ours) / f);
}

const groups = ours();
const load = (l) => l.map((x) => fmt(x, 2)).join(" ");
console.log(`rollupByTheme, ${fmt(N)} actions (${groups.map((g) => g.actions).join(" / ")} by theme); medians of 11 runs, alternating`);
console.log(`  rollupByTheme    ${fmt(wall.ours)} ms`);
console.log(`  hand-written     ${fmt(wall.floor)} ms   (floor: due dates known, one loop)`);
console.log(`  ratio            ${fmt(wall.ratio, 2)}x the floor   (target: at most 1.0x, issue 32: ${wall.ratio <= 1 ? "met" : "NOT met"})`);
console.log(`  CPU-time ratio   min ${fmt(Math.min(...cpuRatios), 2)}x, median ${fmt(median(cpuRatios), 2)}x of 11 pairs`);
console.log(`  load average     ${load(loadBefore)} before, ${load(loadavg())} after (1, 5, 15 min; 2 cores)`);
console.log(`  heap: ${fmt(heapBefore / 1048576)} MB for the plan; peak ${fmt(peak / 1048576)} MB while rolling up (rollups keep per-group counters only)`);

if (process.argv.includes("--breakdown")) {
  // What a pass over the actions costs before it counts anything: each part adds to the one
  // before. The floor reads status, RAG and recommendation and finds the recommendation's
  // themes; rollupByTheme must also read the due date, the timescale and (where that gives no
  // date) the steps, since it has no due dates worked out beforehand.
  const A = plan.actions;
  const recIndex = new Map(plan.recommendations.map((r, i) => [r.id, i]));
  const parts = {
    "touch each action, read status, RAG, recommendation (the floor's reads)": () => {
      let n = 0;
      for (let i = 0; i < A.length; i++) {
        const a = A[i];
        if (a.status !== undefined) n++;
        if (a.rag !== undefined) n++;
        if (a.recommendation !== undefined) n++;
      }
      return n;
    },
    "+ the recommendation's bucket (a Map, as the floor's themes)": () => {
      let n = 0;
      for (let i = 0; i < A.length; i++) {
        const a = A[i];
        if (a.status !== undefined) n++;
        if (a.rag !== undefined) n++;
        n += recIndex.get(a.recommendation) ?? 8;
      }
      return n;
    },
    "+ due and timescale (what the floor has worked out beforehand)": () => {
      let n = 0;
      for (let i = 0; i < A.length; i++) {
        const a = A[i];
        if (a.status !== undefined) n++;
        if (a.rag !== undefined) n++;
        n += recIndex.get(a.recommendation) ?? 8;
        if (a.due !== undefined) n++;
        if (a.timescale !== undefined) n++;
      }
      return n;
    },
  };
  console.log(`\n  where the time goes, as shares of the floor (CPU time, medians of 7):`);
  const floorMs = [];
  const shares = Object.fromEntries(Object.keys(parts).map((k) => [k, []]));
  const oursShare = [];
  for (let i = 0; i < 7; i++) {
    const f = cpu(handWritten);
    floorMs.push(f);
    for (const [k, fn] of Object.entries(parts)) shares[k].push(cpu(fn) / f);
    oursShare.push(cpu(ours) / f);
  }
  for (const [k, v] of Object.entries(shares)) console.log(`  ${fmt(median(v), 2)}  ${k}`);
  console.log(`  ${fmt(median(oursShare), 2)}  rollupByTheme, all of it`);
  console.log(`  1.00  the floor (${fmt(median(floorMs))} ms)`);
}
