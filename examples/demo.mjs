// The demo behind `npm run demo`: Kingston's 2019 action plan (seed 001) as of
// 30 June 2019, as an analyst's script would compute it with peer-challenge.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  STATUSES,
  actionsWithoutTarget,
  overdueActions,
  ragSummary,
  rollupByTheme,
  statusSummary,
} from "peer-challenge";
import { validatePlan } from "peer-challenge/schema";

const file = fileURLToPath(new URL("./kingston-2019.json", import.meta.url));
const asOf = process.argv[2] ?? "2019-06-30";

const result = validatePlan(JSON.parse(readFileSync(file, "utf8")), { asOf });
if (!result.plan) {
  for (const issue of result.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
  process.exit(1);
}
const plan = result.plan;

const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);
const title = (s) => `\n${s}\n${"-".repeat(s.length)}`;
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

console.log(`${plan.council.name}: Corporate Peer Challenge action plan`);
console.log(`CPC on site ${plan.peerChallenge.start} to ${plan.peerChallenge.end}; figures as of ${asOf}`);
console.log(`${plan.recommendations.length} recommendations, ${plan.actions.length} actions`);

const warnings = result.issues.filter((i) => i.severity === "warning");
if (warnings.length > 0) {
  console.log(title(`Read with ${warnings.length} warning(s)`));
  for (const w of warnings) console.log(`  ${w.message}`);
}

const status = statusSummary(plan, { asOf });
console.log(title("Status"));
for (const s of STATUSES) {
  if (s === "cancelled") continue;
  console.log(`  ${pad(s, 12)} ${num(status.counts[s], 3)}  ${num(status.percentages[s], 3)}%`);
}
console.log(`  ${pad("total", 12)} ${num(status.total, 3)}  (${status.noStatus} had no status and count as not started)`);

const rag = ragSummary(plan, { asOf });
console.log(title("RAG"));
for (const r of ["red", "amber", "green", "blue"]) {
  if (r === "blue" && rag.scheme === "rag") continue;
  console.log(`  ${pad(r, 12)} ${num(rag.counts[r], 3)}  ${num(rag.percentages[r], 3)}%`);
}
console.log(`  ${rag.derived} of ${rag.total} ratings derived from status and target date${rag.derived === rag.total ? " (the plan reports none)" : ""}`);

const overdue = overdueActions(plan, { asOf });
console.log(title(`Overdue (${overdue.length})`));
console.log(`  ${pad("action", 7)} ${pad("due", 10)} ${num("days", 5)}  ${pad("owner", 28)} title`);
for (const o of overdue) {
  const owners = (o.action.owners ?? []).join(", ");
  console.log(`  ${pad(o.action.id, 7)} ${o.due} ${num(o.daysOverdue, 5)}  ${pad(clip(owners, 28), 28)} ${clip(o.action.title, 60)}`);
}
const noTarget = actionsWithoutTarget(plan);
console.log(`  ${noTarget.length} actions have no dated target (ongoing, annual or blank) and are never overdue.`);

console.log(title("By theme"));
console.log(`  ${pad("theme", 55)} ${num("actions", 7)} ${num("overdue", 7)} ${num("complete", 8)}  RAG (R/A/G)`);
for (const g of rollupByTheme(plan, { asOf })) {
  const r = g.rag.counts;
  console.log(`  ${pad(g.title, 55)} ${num(g.actions, 7)} ${num(g.overdue, 7)} ${num(`${g.completePercent}%`, 8)}  ${r.red}/${r.amber}/${r.green}`);
}
