// Hostile files through cpc, the whole process (issue 31): each small file that once took
// gigabytes or minutes must end in under 2 s with exit 1, and every reader must stay within
// 10 times its input's size in memory plus a fixed 150 MB (the peak resident set, which
// includes Node's own ~45 MB). Ordinary large inputs are measured the same way.
// The files are made by test/fixtures/hostile/make-large.mjs (and openpyxl for the
// ordinary 5,000-action workbook, when Debian's python3-openpyxl is installed).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as make from "../test/fixtures/hostile/make-large.mjs";

const cli = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "cpc-budgets-"));

/** Runs cpc on a file; its wall time, peak resident set (GNU time's %M) and exit code. */
function run(args) {
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, cli, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  const lines = r.stderr.trim().split("\n");
  const kb = Number(lines.at(-1));
  const said = [...lines.slice(0, -1).filter((l) => !l.startsWith("Command exited")), ...r.stdout.split("\n").filter((l) => / error /.test(l))];
  return { ms, mb: kb / 1024, code: r.status, message: said.join(" ").slice(0, 120) };
}

const cases = [
  ["30,000 rows with a cell at XFD", "xfd.xlsx", () => make.cellsAtXfd(), "validate"],
  ["one merge over the whole sheet", "merge.xlsx", () => readFileSync(new URL("../test/fixtures/hostile/merge-whole-sheet.xlsx", import.meta.url)), "validate"],
  ["shared strings expanding to 250 MB", "shared-250.xlsx", () => make.sharedStringsBomb(250), "validate"],
  ["shared strings expanding to 60 MB", "shared-60.xlsx", () => make.sharedStringsBomb(60), "validate"],
  ["shared strings expanding to 11 MB (within the zip's budget)", "shared-11.xlsx", () => make.sharedStringsBomb(11), "validate"],
  ["50,001 rows", "rows.xlsx", () => make.manyRows(50_001), "validate"],
  ["49,000 rows (within the budget)", "rows-49k.xlsx", () => make.manyRows(49_000), "validate"],
  ["450,000 cells", "cells.xlsx", () => make.manyCells(30, 15_000), "validate"],
  ["390,000 cells (within the budget)", "cells-390k.xlsx", () => make.manyCells(26, 15_000), "validate"],
  ["50,001 merged areas", "merges.xlsx", () => make.manyMerges(50_001), "validate"],
  ["tables nested 3,000 deep (Word)", "nested.docx", () => make.nestedTables(3000), "validate"],
  ["tables nested 3,000 deep (Word, cpc draft)", "nested-draft.docx", () => make.nestedTables(3000), "draft"],
  ["a PDF stream inflating to 400 MB", "bomb.pdf", () => make.pdfBomb(400), "draft"],
  ["a PDF of 20,000 pages", "pages.pdf", () => make.pdfPages(20_000), "draft"],
  ["a PDF page of 2,000,000 operators", "ops.pdf", () => make.pdfOperators(2_000_000), "draft"],
  ["a PDF page tree that contains itself", "circular.pdf", () => make.pdfCircular(), "draft"],
];

const N = 5000;
const ordinary = join(dir, "tracker-5k.xlsx");
try {
  execFileSync(
    "/usr/bin/python3",
    [
      "-c",
      `
from openpyxl import Workbook
import datetime
wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
ws.append(["Council", "Bench Council"]); ws.append(["CPC start", "2024-01"]); ws.append([])
ws.append(["Ref", "Recommendation", "Action", "Lead Officer", "Target date", "Status", "Comments"])
for i in range(${N}):
    ws.append([f"{i // 50 + 1}.{i % 50 + 1}", f"Recommendation {i // 50 + 1}", f"Action {i} of the plan", f"Officer {i % 37}", datetime.date(2025, i % 12 + 1, 1), "In progress", f"Update {i}"])
wb.save(${JSON.stringify(ordinary)})
`,
    ],
    { stdio: "ignore" },
  );
  cases.push(["an ordinary tracker of 5,000 actions (openpyxl)", ordinary, undefined, "validate"]);
} catch {
  console.log("(python3-openpyxl missing: the ordinary 5,000-action workbook is skipped)");
}

console.log("cpc on hostile files, whole process: wall time, peak memory, and the limit 10 x input + 150 MB");
console.log(`  ${"file".padEnd(58)} ${"input".padStart(9)} ${"time".padStart(8)} ${"memory".padStart(9)} ${"limit".padStart(9)}  exit  message`);
for (const [name, file, makeBytes, command] of cases) {
  const path = makeBytes ? join(dir, file) : file;
  if (makeBytes) writeFileSync(path, makeBytes());
  const size = statSync(path).size;
  const r = run(command === "draft" ? ["draft", path] : ["validate", path]);
  const limit = (10 * size) / 1048576 + 150;
  const flag = r.mb > limit ? " OVER" : "";
  console.log(
    `  ${name.padEnd(58)} ${`${(size / 1024).toFixed(0)} kB`.padStart(9)} ${`${(r.ms / 1000).toFixed(2)} s`.padStart(8)} ${`${r.mb.toFixed(0)} MB`.padStart(9)} ${`${limit.toFixed(0)} MB`.padStart(9)}  ${String(r.code).padStart(4)}${flag}  ${r.message.replace(path, "FILE")}`,
  );
}
