// cpc as tsup builds it: the plugin that keeps `cpc validate`'s path in one chunk
// (tsup.config.ts), with esbuild as tsup runs it, and the files the process then loads.
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { oneChunkForMain } from "../tsup.config.js";
import { buildCli, type BuiltCli } from "./built-cli.js";
import { examplePath } from "./helpers.js";

let built: BuiltCli;
let dir = "";

beforeAll(async () => {
  built = await buildCli("cpc-chunks-test", [oneChunkForMain()]);
  ({ dir } = built);
}, 300_000);

/** Runs the built cpc: its exit code, output, and our files it loaded. */
function run(args: string[]): { code: number | null; stdout: string; ours: string[]; packages: string[] } {
  const { result, ours, packages } = built.run(args);
  return { code: result.status, stdout: result.stdout, ours, packages };
}

describe("cpc's chunks", () => {
  it("loads four files for cpc validate on a JSON plan: the entry, the command table, main and one chunk", () => {
    const r = run(["validate", examplePath("west-norfolk-2024.json"), "--as-of", "2024-06-30"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("valid (0 errors, 3 warnings)");
    expect(r.packages).toEqual([]);
    // Without the plugin, 27 (one chunk for each set of commands sharing a module).
    expect(r.ours.length).toBeLessThanOrEqual(4);
  });

  it("keeps --version to the entry and the command table", () => {
    const r = run(["--version"]);
    expect(r.stdout).toBe("9.9.9\n");
    expect(r.ours.length).toBeLessThanOrEqual(2);
  });

  it("still loads the other commands and zod when they are needed, from the same chunk's modules", () => {
    const stats = run(["stats", examplePath("kingston-2019.json"), "--as-of", "2019-06-30", "--format", "json"]);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ asOf: "2019-06-30" });
    expect(JSON.parse(stats.stdout)).toHaveProperty("rollup");
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, recommendations: "none", actions: [] }));
    const r = run(["validate", bad]);
    expect(r.code).toBe(1);
    expect(r.packages).toContain("zod");
  });
});
