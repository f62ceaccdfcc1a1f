// parseTimescale on 100 kB adversarial strings: each must parse in under 50 ms.
import { parseTimescale } from "peer-challenge";
import { fmt, time } from "./lib.mjs";

const inputs = {
  'repeated "March "': "March ".repeat(17_000),
  'repeated "1/"': "1/".repeat(50_000),
  'repeated "Q"': "Q".repeat(100_000),
  'repeated "-"': "-".repeat(100_000),
  "repeated labelled dates": "Phase 1 – March 2024 ".repeat(5_000),
  digits: "2024".repeat(25_000),
  "repeated parts of a period": `${"early ".repeat(20_000)}2024`,
  "one range of 16,000 months": `${"March-".repeat(16_000)} 2024`,
  "dates restated in brackets": "Q1 (Q1 2024) ".repeat(7_000),
  "repeated relative words": `${"within ".repeat(14_000)}6 months`,
  "repeated revised targets": "March 2024 (originally June 2024) ".repeat(3_000),
};
console.log("parseTimescale on 100 kB adversarial strings (target: under 50 ms each)");
for (const [name, text] of Object.entries(inputs)) {
  const ms = time(() => parseTimescale(text), { runs: 5, warmup: 1 });
  console.log(`  ${name.padEnd(30)} ${fmt(text.length / 1000)} kB  ${fmt(ms, 1)} ms`);
}

// Hostile inputs to cpc, the whole process (issue 15): a YAML mapping of many keys (the
// YAML parser's own repeated-key check was quadratic: 40,000 keys took 7 s and 80,000
// 29 s), and devices that never end.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./lib.mjs";

const cli = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "cpc-hostile-"));
function wall(args) {
  const t0 = performance.now();
  try {
    execFileSync(process.execPath, [cli, ...args], { stdio: "ignore" });
  } catch {
    // exit 1: the file is refused, as it should be
  }
  return performance.now() - t0;
}
console.log("cpc on hostile inputs, whole process, median of 3 (target: linear in the keys; devices stopped)");
for (const keys of [40_000, 100_000]) {
  // A plan whose top mapping has many unknown keys, one of them repeated at the end.
  const lines = ["schemaVersion: 1", "council: {name: Test}", "peerChallenge: {start: 2024-01}", "recommendations: []", "actions: []"];
  for (let i = 0; i < keys; i++) lines.push(`key${i}: ${i}`);
  lines.push("key0: again");
  const file = join(dir, `keys-${keys}.yaml`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  const ms = median([0, 1, 2].map(() => wall(["validate", file])));
  console.log(`  YAML mapping of ${fmt(keys)} keys (${fmt(lines.join("\n").length / 1048576, 1)} MB)   ${fmt(ms)} ms`);
}
for (const [name, args] of [
  ["/dev/zero as JSON (binary: refused at the first chunk)", ["validate", "/dev/zero", "--input-format", "json"]],
  ["/dev/zero as UTF-16 JSON (read to the 256 MB limit)", ["validate", "/dev/zero", "--input-format", "json", "--encoding", "utf-16le"]],
]) {
  console.log(`  ${name}   ${fmt(median([0, 1, 2].map(() => wall(args))))} ms`);
}
