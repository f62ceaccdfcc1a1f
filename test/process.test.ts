// The cpc process itself, as a shell runs it: what it loads to start, and what it does
// when its output cannot be written. The command is built here from src/ as the package
// builds it (esbuild, ES modules split at the lazy imports, then CommonJS) and run by node.
import { spawnSync } from "node:child_process";
import { openSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, type BuiltCli } from "./built-cli.js";
import { examplePath } from "./helpers.js";

let built: BuiltCli;
let dir = "";
let cli = "";

beforeAll(async () => {
  built = await buildCli("cpc-process-test");
  ({ dir, cli } = built);
}, 300_000);

/** Runs the built cpc and lists the modules it loaded: ours by file name, packages by name. */
function loading(args: string[]): { code: number | null; ours: string[]; packages: string[] } {
  const { result, ours, packages } = built.run(args);
  return { code: result.status, ours, packages };
}

describe("start-up", () => {
  it("answers --version and help without loading a parser, a schema or the commands", () => {
    for (const args of [["--version"], ["--help"], ["help", "validate"], ["stats", "--help"]]) {
      const r = loading(args);
      expect(r.code).toBe(0);
      expect(r.packages).toEqual([]);
      // The entry and the light modules it imports (the command table): never the commands.
      expect(r.ours.length).toBeLessThanOrEqual(3);
    }
  });

  it("validates a good plan without loading zod, and loads it for a plan that needs it", () => {
    const good = loading(["validate", examplePath("west-norfolk-2024.json")]);
    expect(good.code).toBe(0);
    expect(good.packages).toEqual([]);
    // A plan of the wrong shape is read by zod, loaded when it is needed: the lazy path works in the bundle.
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, recommendations: "none", actions: [] }));
    const r = loading(["validate", bad]);
    expect(r.code).toBe(1);
    expect(r.packages).toContain("zod");
  });

  it("starts cpc validate without Node's ES module loader, which costs about 5 ms (the command is CommonJS)", () => {
    // Node's own modules loaded by the end of the run, written by a preloaded script (no hook
    // that would itself load the ES module loader).
    const check = join(dir, "node-modules-loaded.cjs");
    writeFileSync(check, 'process.on("exit", () => require("node:fs").writeSync(3, process.moduleLoadList.join("\\n")));\n');
    const r = spawnSync(process.execPath, ["--require", check, cli, "validate", examplePath("west-norfolk-2024.json"), "--as-of", "2024-06-30"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe", "pipe"],
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("valid (0 errors, 3 warnings)");
    const loaded = String(r.output[3]).split("\n");
    // Read as CommonJS: Node's CommonJS loader is there (so the list is read), its ES module loader is not.
    expect(loaded).toContain("NativeModule internal/modules/cjs/loader");
    expect(loaded.filter((m) => m.includes("internal/modules/esm/loader"))).toEqual([]);
  });
});

describe("output that cannot be written", () => {
  it("is one line on stderr and exit 2 when the disk is full, never a stack trace", () => {
    const full = openSync("/dev/full", "w");
    const r = spawnSync(process.execPath, [cli, "stats", examplePath("kingston-2019.json"), "--as-of", "2019-06-30"], {
      stdio: ["ignore", full, "pipe"],
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("cpc: cannot write the output: the disk is full\n");
  });

  it("is not a failure when the reader stops early (| head): exit 0, nothing on stderr", () => {
    // 3,000 actions written as JSON: about 600 kB, far more than a pipe holds.
    const actions = Array.from({ length: 3000 }, (_, i) => ({
      id: String(i + 1),
      recommendation: "R1",
      title: `Action number ${i + 1} of the plan`,
      owners: ["Chief Executive"],
      timescale: "March 2025",
      status: "in-progress",
    }));
    const big = join(dir, "big.json");
    writeFileSync(
      big,
      JSON.stringify({
        schemaVersion: 1,
        council: { name: "Test Borough Council" },
        peerChallenge: { start: "2024-03" },
        recommendations: [{ id: "R1", title: "A recommendation" }],
        actions,
      }),
    );
    const r = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${cli}" convert "${big}" --to json | head -c 10 > /dev/null; echo "exit $?"`], {
      encoding: "utf8",
    });
    expect(r.stdout).toBe("exit 0\n");
    expect(r.stderr).toBe("");
  });
});
