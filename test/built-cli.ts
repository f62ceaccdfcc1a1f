// cpc built from src/ as the package builds it (esbuild, ES modules split at the lazy
// imports, then each file turned into CommonJS: asCommonJs in tsup.config.ts), for the tests
// that run the process and list the modules it loads.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { asCommonJs } from "../tsup.config.js";

const root = fileURLToPath(new URL("..", import.meta.url));

/** A cpc built into its own folder, with hooks that write down every module it loads. */
export interface BuiltCli {
  /** The folder, inside node_modules/.cache so that the bundle finds zod and the others. */
  readonly dir: string;
  /** The command's entry. */
  readonly cli: string;
  /** Runs it (`--import`ing the hook): the result, our files it loaded and the packages, by name. */
  readonly run: (args: string[]) => { result: SpawnSyncReturns<string>; ours: string[]; packages: string[] };
}

/** Builds cpc into node_modules/.cache/NAME (with the esbuild plugins given) and writes the hook. */
export async function buildCli(name: string, plugins: Plugin[] = []): Promise<BuiltCli> {
  const dir = join(root, "node_modules", ".cache", name);
  const cli = join(dir, "cli.cjs");
  const log = join(dir, "loaded.log");
  const hooks = join(dir, "hooks.mjs");
  const register = join(dir, "register.mjs");
  const recorder = join(dir, "recorder.cjs");
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
    outExtension: { ".js": ".mjs" },
    plugins,
  });
  await asCommonJs(dir);
  writeFileSync(
    hooks,
    `import { appendFileSync } from "node:fs";\nlet log;\nexport function initialize(data) { log = data; }\nexport async function load(url, context, next) { appendFileSync(log, url + "\\n"); return next(url, context); }\n`,
  );
  writeFileSync(
    register,
    `import { register } from "node:module";\nregister(${JSON.stringify(new URL(`file://${hooks}`).href)}, { data: ${JSON.stringify(log)} });\n`,
  );
  // What is loaded with require (cpc's own files, zod, yaml...), written as the process ends.
  writeFileSync(
    recorder,
    `const { appendFileSync } = require("node:fs");\nprocess.on("exit", () => appendFileSync(${JSON.stringify(log)}, Object.keys(require.cache).join("\\n") + "\\n"));\n`,
  );
  const hookFiles = new Set([recorder, register, hooks].map((f) => basename(f)));
  const run = (args: string[]) => {
    rmSync(log, { force: true });
    const result = spawnSync(process.execPath, ["--require", recorder, "--import", register, cli, ...args], { encoding: "utf8" });
    const logged = existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : [];
    // Each file once, as a path, however it was loaded (the entry is seen by both hooks).
    const urls = [...new Set(logged.map((u) => (u.startsWith("file:") ? fileURLToPath(u) : u)))];
    const packages = [
      ...new Set(urls.filter((u) => u.includes("/node_modules/") && !u.includes("/.cache/")).map((u) => u.split("/node_modules/")[1]!.split("/")[0]!)),
    ];
    const ours = urls.filter((u) => u.includes(`/.cache/${name}/`) && !hookFiles.has(basename(u)));
    return { result, ours, packages };
  };
  return { dir, cli, run };
}
