// Issue 27's marks: `cpc stats` on a 20,000-row CSV tracker, the whole process, under 1.5 s;
// and reading columns by what they hold costs at most 1.3x reading them by their headings.
// The same 20,000 rows twice: once under headings in peer-challenge's table ("Recommendation",
// "Action", "Owner", "Target date", "Status"), once under headings it does not hold
// ("Area", "What happens", "Who", "When", "Where we are"), which it must judge by the cells.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { readPlanCsv } from "../dist/csv.js";
import { fmt, median, time } from "./lib.mjs";

const N = 20_000;
const STATUSES = ["Complete", "In progress", "Not started", "Ongoing", "On hold"];
const OWNERS = ["Head of Finance", "Monitoring Officer", "Director of Place", "Sarah Ireland / Stephen Evans", "Democratic Services Manager"];
const TARGETS = ["March 2025", "Q3 2024/25", "Autumn 2025", "31/12/2025", "Ongoing"];
function tracker(headings) {
  const lines = [headings.join(",")];
  for (let i = 0; i < N; i++) {
    const rec = Math.floor(i / 10) + 1;
    // The recommendation written once, on its first action's row, as trackers merge it down.
    const recText = i % 10 === 0 ? `"Recommendation ${rec}: improve how the council works with partners on ${rec}"` : "";
    lines.push(
      `${rec}.${(i % 10) + 1},${recText},"Action ${i + 1}: agree and publish the plan for item ${i}",${OWNERS[i % 5]},${TARGETS[i % 5]},${STATUSES[i % 5]}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
const known = tracker(["Ref", "Recommendation", "Action", "Owner", "Target date", "Status"]);
const unknown = tracker(["Ref", "Area", "What happens", "Who", "When", "Where we are"]);

// The same plan both ways, or the comparison means nothing.
const a = readPlanCsv(known).plan;
const b = readPlanCsv(unknown).plan;
if (JSON.stringify(a.actions) !== JSON.stringify(b.actions)) throw new Error("the two trackers read differently");

const byHeading = time(() => readPlanCsv(known), { runs: 7, warmup: 2 });
const byContents = time(() => readPlanCsv(unknown), { runs: 7, warmup: 2 });
const ratio = byContents / byHeading;
console.log(
  `readPlanCsv, ${N} rows: by headings ${fmt(byHeading)} ms, by contents ${fmt(byContents)} ms: ${ratio.toFixed(2)}x (goal at most 1.3x) ${ratio <= 1.3 ? "met" : "NOT met"}`,
);

const dir = mkdtempSync(join(tmpdir(), "cpc-bench-columns-"));
const file = join(dir, "tracker-20k.csv");
writeFileSync(file, unknown);
const cli = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));
const walls = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [cli, "stats", file, "--as-of", "2025-06-30"], { stdio: "ignore" });
  walls.push(performance.now() - t0);
}
const wall = median(walls);
console.log(
  `cpc stats, ${N}-row CSV tracker with unknown headings (${(unknown.length / 1048576).toFixed(1)} MB), whole process: ${fmt(wall)} ms (goal under 1500 ms) ${wall < 1500 ? "met" : "NOT met"}`,
);
