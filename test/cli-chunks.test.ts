// cpc as tsup builds it: the plugin that keeps `cpc validate`'s path in one chunk
// (tsup.config.ts), with esbuild as tsup runs it, and the files the process then loads.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { oneChunkForMain } from "../tsup.config.js";
import { examplePath } from "./helpers.js";

const root = fileURLToPath(new URL("..", import.meta.url));
// Inside the project, so that the bundle finds zod and the others in node_modules.
const dir = join(root, "node_modules", ".cache", "cpc-chunks-test");
const cli = join(dir, "cli.js");
const log = join(dir, "loaded.log");
const register = join(dir, "register.mjs");

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: { cli: join(root, "src/cli/bin.ts") },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outdir: dir,
    define: { __CPC_VERSION__: '"9.9.9"' },
    logLevel: "silent",
    plugins: [oneChunkForMain()],
  });
  const hooks = join(dir, "hooks.mjs");
  writeFileSync(
    hooks,
    `import { appendFileSync } from "node:fs";\nlet log;\nexport function initialize(data) { log = data; }\nexport async function load(url, context, next) { appendFileSync(log, url + "\\n"); return next(url, context); }\n`,
  );
  writeFileSync(
    register,
    `import { register } from "node:module";\nregister(${JSON.stringify(new URL(`file://${hooks}`).href)}, { data: ${JSON.stringify(log)} });\n`,
  );
}, 300_000);

/** Runs the built cpc: its exit code, output, and our files it loaded. */
function run(args: string[]): { code: number | null; stdout: string; ours: string[]; packages: string[] } {
  rmSync(log, { force: true });
  const r = spawnSync(process.execPath, ["--import", register, cli, ...args], { encoding: "utf8" });
  const urls = readFileSync(log, "utf8").trim().split("\n");
  return {
    code: r.status,
    stdout: r.stdout,
    ours: urls.filter((u) => u.includes("/.cache/cpc-chunks-test/")),
    packages: [
      ...new Set(urls.filter((u) => u.includes("/node_modules/") && !u.includes("/.cache/")).map((u) => u.split("/node_modules/")[1]!.split("/")[0]!)),
    ],
  };
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
