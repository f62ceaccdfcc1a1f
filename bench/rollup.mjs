// rollupByTheme on a million actions, next to the floor: a hand-written single pass
// over the same plan with the due dates already known (as any cache would have them),
// counting the same things (status, RAG, overdue per theme). Also the peak heap.
import { performance } from "node:perf_hooks";
import { dueDate, rollupByTheme } from "peer-challenge";
import { generatePlan } from "./generate.mjs";
import { compare, fmt } from "./lib.mjs";

const N = 1_000_000;
const asOf = "2024-06-26";
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
const { ours, floor, ratio } = compare(() => rollupByTheme(plan, { asOf }), handWritten, {
  runs: 11,
  after: () => (peak = Math.max(peak, process.memoryUsage().heapUsed)),
});
const groups = rollupByTheme(plan, { asOf });
console.log(`rollupByTheme, ${fmt(N)} actions (${groups.map((g) => g.actions).join(" / ")} by theme); medians of 11 runs, alternating`);
console.log(`  rollupByTheme    ${fmt(ours)} ms`);
console.log(`  hand-written     ${fmt(floor)} ms   (floor: due dates known, one loop)`);
console.log(`  ratio            ${fmt(ratio, 2)}x the floor   (target: at most 1.0x, issue 32)`);
console.log(`  heap: ${fmt(heapBefore / 1048576)} MB for the plan; peak ${fmt(peak / 1048576)} MB while rolling up (rollups keep per-group counters only)`);
void performance;
