import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { ActionPlan } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";

export function examplePath(name: string): string {
  return fileURLToPath(new URL(`../examples/${name}`, import.meta.url));
}

export function readExample(name: string): unknown {
  return JSON.parse(readFileSync(examplePath(name), "utf8"));
}

/** The one file that a collected document's make.py wrote, in test/fixtures/COLLECTION/FOLDER/. */
export function collectedFile(collection: string, folder: string): string {
  const dir = new URL(`./fixtures/${collection}/${folder}/`, import.meta.url);
  const file = readdirSync(dir).find((f) => /\.(?:xlsx|docx|csv|txt)$/.test(f))!;
  return fileURLToPath(new URL(file, dir));
}

/** Loads a bundled example through validation, as a user would. */
export function loadPlan(name: string): ActionPlan {
  const result = validatePlan(readExample(name));
  if (!result.plan) throw new Error(`${name}: ${JSON.stringify(result.issues, null, 2)}`);
  return result.plan;
}

/** Freezes a value and everything in it, so a mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** What a run of cpc printed, and its exit code. */
export interface CpcRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs cpc in-process with the given arguments: standard output and error captured,
 * files written to disk, stdin given as text or as a stream of chunks.
 */
export async function runCpc(args: readonly string[], options: { stdin?: string | Iterable<Uint8Array>; env?: Record<string, string> } = {}): Promise<CpcRun> {
  const { main } = await import("../src/cli/main.js");
  const { writeFileSync } = await import("node:fs");
  let out = "";
  let err = "";
  const stdin = options.stdin;
  const code = await main(args, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdin: () => (stdin === undefined ? "" : typeof stdin === "string" ? stdin : Readable.from(stdin)),
    env: options.env ?? {},
    stdoutIsTTY: false,
    writeFile: (p, t) => writeFileSync(p, t),
  });
  return { code, out, err };
}

/** What `cpc stats --format json` prints, in the parts the tests read. */
export interface StatsJson {
  readonly actions: number;
  readonly overdue: number;
  readonly status: { readonly counts: Record<string, number>; readonly unrecognised: number };
  readonly rag: { readonly counts: Record<string, number> };
}

/** `cpc stats ARGS --as-of DATE --format json`, read; a run that fails throws, with what cpc said. */
export async function cpcStats(args: readonly string[], asOf: string): Promise<StatsJson> {
  const run = await runCpc(["stats", ...args, "--as-of", asOf, "--format", "json"]);
  if (run.code !== 0) throw new Error(`cpc stats exited ${run.code}: ${run.err}`);
  return JSON.parse(run.out) as StatsJson;
}

/** An issue as `cpc validate --format json` prints it, in the parts the tests read. */
export interface IssueJson {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly line?: number;
  readonly value?: unknown;
}

/** `cpc validate ARGS --format json` (stdin for "-"): the first file's issues. */
export async function cpcIssues(args: readonly string[], stdin?: string): Promise<IssueJson[]> {
  const run = await runCpc(["validate", ...args, "--format", "json"], stdin === undefined ? {} : { stdin });
  return (JSON.parse(run.out) as { files: { issues: IssueJson[] }[] }).files[0]!.issues;
}

/** Writes `text` as `name` in a new scratch folder; returns its path. */
export function scratchFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "cpc-test-")), name);
  writeFileSync(file, text);
  return file;
}

/** A table reader's plan before validation, in the parts the tests read (`read.plan as unknown as RawPlan`). */
export interface RawPlan {
  readonly recommendations: readonly { readonly id: string; readonly title: string; readonly themes?: readonly string[] }[];
  readonly actions: readonly {
    readonly id: string;
    readonly recommendation: string;
    readonly title: string;
    readonly owners?: readonly string[];
    readonly timescale?: string;
    readonly due?: string;
    readonly status?: string;
    readonly rag?: string;
    readonly percentComplete?: number;
    readonly comments?: string;
    readonly steps?: readonly { readonly id: string; readonly text: string; readonly timescale?: string }[];
  }[];
}
