// progressSeries on a million actions with four dated updates each (two status changes,
// a RAG change and a reschedule), eight quarters: each point reads the plan back as of
// its quarter's end and counts it. Issue 17's target: under 3 s. Also the peak heap.
import { progressSeries, rescheduleAction } from "peer-challenge";
import { generatePlan, random } from "./generate.mjs";
import { fmt, time } from "./lib.mjs";

const N = 1_000_000;
const base = generatePlan(N);
const rnd = random(17);
// Four updates per action, written as updateAction and rescheduleAction write them
// (built directly: a million calls of either copy the plan a million times).
const day = (n) => new Date(Date.UTC(2024, 3, 1) + n * 86_400_000).toISOString().slice(0, 10);
const STATUSES = ["not-started", "in-progress", "complete", "on-hold"];
const actions = base.actions.map((a) => {
  const d = [0, 1, 2, 3].map(() => Math.floor(rnd() * 720)).sort((x, y) => x - y);
  const s1 = STATUSES[Math.floor(rnd() * 4)];
  const s2 = STATUSES[Math.floor(rnd() * 4)];
  const updates = [
    { date: day(d[0]), status: s1, previous: a.status !== undefined ? { status: a.status } : {} },
    { date: day(d[1]), rag: "amber", previous: a.rag !== undefined ? { rag: a.rag } : {} },
    { date: day(d[2]), timescale: "March 2026", previous: a.timescale !== undefined ? { timescale: a.timescale } : {} },
    { date: day(d[3]), status: s2, previous: { status: s1 } },
  ];
  return { ...a, status: s2, rag: "amber", timescale: "March 2026", updates };
});
const plan = { ...base, actions };
// The history written by hand agrees with rescheduleAction's on one action.
const one = rescheduleAction({ ...base, actions: [base.actions[0]] }, base.actions[0].id, { date: "2024-04-01", timescale: "March 2026" }).actions[0];
if (one.timescale !== "March 2026" || one.updates[0].previous.timescale !== base.actions[0].timescale)
  throw new Error("the bench's history is not the library's");

const options = { from: "2024-04-01", to: "2026-03-31", quarters: "financial" };
const heapBefore = process.memoryUsage().heapUsed;
let peak = 0;
const ms = time(
  () => {
    progressSeries(plan, options);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  },
  { runs: 5, warmup: 1 },
);
const points = progressSeries(plan, options);
console.log(
  `progressSeries, ${fmt(N)} actions x 4 updates, ${points.length} quarters (${points[0].period.label} to ${points.at(-1).period.label}); median of 5 runs`,
);
console.log(`  ${fmt(ms)} ms   (target: under 3,000 ms)`);
console.log(`  completed by quarter: ${points.map((p) => p.headline.completed.count).join(" / ")}`);
console.log(`  heap: ${fmt(heapBefore / 1048576)} MB for the plan; peak ${fmt(peak / 1048576)} MB while counting`);
