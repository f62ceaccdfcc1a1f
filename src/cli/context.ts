/**
 * What every command is given: the options read, the date, the reader, and the one
 * place output goes (standard output, or -o's file). Commands compute and present;
 * they never touch the process.
 */
import { realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Issue } from "../model/issue.js";
import type { ActionPlan } from "../model/types.js";
import { councilNameOf } from "../model/vocabulary.js";
import { validateFast } from "../schema/check.js";
import type { ValidatePlanOptions, ValidationResult } from "../schema/options.js";
import { isCalendarDate } from "../dates.js";
import { inWords, nearest, UsageError } from "./errors.js";
import type { Input, Stdin } from "./input.js";
import type { Style } from "./present.js";
import type { CommandName, Values } from "./spec.js";

/** What the command can see of the world. */
export interface World {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard input: its text, its bytes, or a stream of them (read up to the size limit). */
  readonly stdin: Stdin;
  readonly env: NodeJS.ProcessEnv;
  readonly stdoutIsTTY?: boolean;
  readonly writeFile?: (path: string, text: string | Uint8Array) => void;
}

/** A run of one command. */
export interface Context {
  readonly command: CommandName;
  readonly values: Values;
  readonly positionals: readonly string[];
  /** --as-of, or today in Europe/London. */
  readonly asOf: string;
  /** --rag-rule, as the statistics take it: empty for the default rule. */
  readonly ragOptions: { readonly ragRule?: "expected-progress" };
  readonly world: World;
  /** Colours for standard output (a terminal, NO_COLOR unset), and for messages on stderr. */
  readonly style: Style;
  readonly errStyle: Style;
  /** Reads a file (or "-") with the reading options given. */
  readonly read: (file: string) => Promise<Input>;
  /** The command's output: to -o's file, or to standard output. */
  readonly out: (text: string) => void;
  /** Bytes (a workbook): to -o's file, which the command made sure of. */
  readonly outBytes: (bytes: Uint8Array) => void;
}

/**
 * validatePlan, loading zod only for a plan the fast reader cannot read: a good plan is
 * validated without it, which keeps `cpc validate` quick to start.
 */
export async function validate(data: unknown, options: ValidatePlanOptions): Promise<ValidationResult> {
  const fast = validateFast(data, options);
  if ("result" in fast) return fast.result;
  const { validateRepaired } = await import("../schema/validate.js");
  return validateRepaired(fast.repaired, data, options);
}

/** Thrown after the errors of an invalid plan are written: exit 1. */
export class Invalid extends Error {}

/** One of the allowed values of an option, or its default; a near miss ("owners") gets a "did you mean". */
export function choose<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const guess = nearest(value, allowed);
  throw new UsageError(
    `--${name} must be one of ${allowed.join(", ")}, not ${JSON.stringify(value)}${guess ? `; did you mean ${JSON.stringify(guess)}?` : ""}`,
  );
}

/**
 * A date option's value, YYYY-MM-DD; a date written the British way ("30/06/2019",
 * day first) is refused with the form that was meant.
 */
export function dateOption(name: string, value: string): string {
  if (isCalendarDate(value)) return value;
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  const meant = uk ? `${uk[3]}-${uk[2]!.padStart(2, "0")}-${uk[1]!.padStart(2, "0")}` : undefined;
  const hint = meant !== undefined && isCalendarDate(meant) ? `; did you mean --${name} ${meant}?` : "";
  throw new UsageError(`--${name} must be a date, YYYY-MM-DD, not ${JSON.stringify(value)}${hint}`);
}

/**
 * Where -o writes, checked before anything is read: "-o -" is standard output, an empty
 * name is refused, and a file that is one of the inputs (by path, through a link, or by
 * device and inode, as a hard link is) is refused, since
 * it would be overwritten. Returns the file, or undefined for standard output.
 */
export function outputFile(values: Values, inputs: readonly string[]): string | undefined {
  const output = values.output;
  if (output === undefined || output === "-") return undefined;
  if (output === "") throw new UsageError("-o needs a file name (or - for standard output)");
  // The same file by path, through links, or by device and inode (a hard link has its own path).
  const target = statSync(output, { throwIfNoEntry: false });
  const same = (a: string, b: string) => {
    const input = statSync(a, { throwIfNoEntry: false });
    if (target !== undefined && input !== undefined && target.dev === input.dev && target.ino === input.ino) return true;
    try {
      return realpathSync(a) === realpathSync(b);
    } catch {
      return resolve(a) === resolve(b);
    }
  };
  const clash = inputs.filter((f) => f !== "-").find((f) => same(f, output));
  if (clash !== undefined) throw new UsageError(`-o ${output} would overwrite the input ${clash}; write to another file`);
  return output;
}

/** Writes a whole output file; a failure is a usage error in words ("the disk is full"). */
export function writeFileOrFail(world: World, path: string, content: string | Uint8Array): void {
  if (!world.writeFile) throw new UsageError("cannot write files here");
  try {
    world.writeFile(path, content);
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${inWords(e, "write")}`);
  }
}

type Locate = (path: readonly (string | number)[]) => { line: number; column?: number } | undefined;

/** The line and column of an issue in its file, where known. */
export function located(locate: Locate, issue: Issue): { line?: number; column?: number } {
  const p = locate(issue.path);
  return p ? { line: p.line, ...(p.column !== undefined ? { column: p.column } : {}) } : {};
}

/** An issue as a line for people: `file:line:column: warning code: message`, and its hint. */
export function formatIssue(input: Input, locate: Locate, issue: Issue, style: Style): string {
  const pos = located(locate, issue);
  const where = `${input.name}${pos.line !== undefined ? `:${pos.line}${pos.column !== undefined ? `:${pos.column}` : ""}` : ""}`;
  const level = issue.severity === "error" ? style.red("error") : style.yellow("warning");
  const hint = issue.hint ? `\n    ${style.dim(`hint: ${issue.hint}`)}` : "";
  return `${where}: ${level} ${style.dim(issue.code)}: ${issue.message}${hint}`;
}

/** A plan read and validated, for the commands that compute with it. */
export interface Loaded {
  readonly input: Input;
  readonly plan: ActionPlan;
  readonly warnings: number;
}

/** Validates a plan for the commands that compute; writes its first errors to stderr and throws {@link Invalid} when it has any. */
export async function load(ctx: Context, input: Input, asOf: string): Promise<Loaded> {
  const result = await validate(input.data, { asOf, wordings: input.wordings });
  const issues = [...input.readIssues, ...result.issues];
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0 || !result.plan) {
    const shown = errors.slice(0, 10);
    const locate = input.locator(shown.map((i) => i.path));
    for (const issue of shown) ctx.world.stderr(`${formatIssue(input, locate, issue, ctx.errStyle)}\n`);
    const more = errors.length > 10 ? ` (first 10 shown)` : "";
    ctx.world.stderr(
      `cpc: ${input.name} is not a valid plan: ${errors.length} error(s)${more}; run cpc validate ${input.name === "stdin" ? "-" : input.name} for all of them\n`,
    );
    throw new Invalid();
  }
  return { input, plan: result.plan, warnings: issues.length - errors.length };
}

/** Reads and validates the command's one file. */
export async function loadOne(ctx: Context): Promise<Loaded> {
  return await load(ctx, await ctx.read(ctx.positionals[0]!), ctx.asOf);
}

/** The council's name for people, or that the plan does not give it. */
export const councilName = (plan: ActionPlan): string => councilNameOf(plan);
