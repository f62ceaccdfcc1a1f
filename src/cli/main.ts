/**
 * The `cpc` command. `main` takes its arguments and its world (output streams,
 * stdin, environment) as parameters and returns the exit code, so it can be run
 * and tested in-process; `bin.ts` wires it to the real process.
 *
 * Exit codes: 0 success or valid; 1 invalid data (or warnings with --strict);
 * 2 usage or I/O error. Never a stack trace.
 */
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { isCalendarDate, todayInLondon } from "../dates.js";
import type { Issue } from "../model/issue.js";
import type { ActionPlan } from "../model/types.js";
import { STATUSES, RAGS } from "../model/vocabulary.js";
import { planJsonSchema } from "../schema/json-schema.js";
import { validatePlan } from "../schema/validate.js";
import { comparePlans, progressHeadline, type ProgressHeadline } from "../progress/index.js";
import { actionsWithoutTarget, overdueActions, rollup, type RollupBy } from "../statistics/index.js";
import { BadFile, delimiterOf, encodingOf, readInput, readWordings, UsageError, type Input } from "./input.js";
import { annotation, csvTable, markdownTable, mdText, styleFor, textTable, type Style, type Table } from "./present.js";

declare const __CPC_VERSION__: string;
const VERSION = typeof __CPC_VERSION__ === "string" ? __CPC_VERSION__ : "0.0.0-dev";

/** What the command can see of the world. */
export interface World {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: () => string | Uint8Array;
  readonly env: NodeJS.ProcessEnv;
  readonly stdoutIsTTY?: boolean;
  readonly writeFile?: (path: string, text: string | Uint8Array) => void;
}

const HELP: Readonly<Record<string, string>> = {
  "": `cpc: Corporate Peer Challenge action plans from the command line

Usage: cpc <command> [options]

Commands:
  validate <file...>           check plan files; exit 1 if any is invalid
  stats <file>                 status and RAG percentages and a rollup
  overdue <file>               overdue actions, most overdue first
  diff <before> <after>        what moved, slipped and became overdue between two snapshots
  report <file>                a report for people: Markdown or a self-contained HTML page
  convert <in> --to <format>   convert between json, yaml, csv and tsv
  schema                       print the JSON Schema of the plan format

Files may be .json, .yaml, .yml, .csv, .tsv, .xlsx (--sheet NAME picks the sheet) or .docx,
or - for stdin; text files UTF-8, UTF-16 with its
byte-order mark, or Windows-1252 (read with a warning; --encoding says which). A CSV's
delimiter (comma, semicolon or tab) is found from its rows; --delimiter says which.
--council NAME and --cpc-start YYYY-MM[-DD] give what a spreadsheet does not say;
--wordings FILE (YAML: "Behind schedule: {status: in-progress, rag: red}") a council's own words.
Run cpc <command> --help for a command's options. cpc --version prints the version.
Exit codes: 0 success, 1 invalid data, 2 usage or file error.`,
  validate: `Usage: cpc validate <file...> [--format text|json|github] [--strict] [--as-of YYYY-MM-DD]

Checks each plan file and lists its errors and warnings with their line.
  --format github   GitHub Actions annotations (::error file=...,line=...::message)
  --strict          warnings fail too (exit 1)
  --as-of           the date due dates are judged against (default: today, Europe/London)
  --input-format    json|yaml|csv|tsv, for stdin or an unusual file name
  --encoding        utf-8|utf-16le|utf-16be|windows-1252 (default: from the byte-order mark,
                    else UTF-8, else Windows-1252 with a warning)`,
  stats: `Usage: cpc stats <file> [--as-of YYYY-MM-DD] [--by theme|recommendation|owner|heading|status] [--headline] [--format text|json|csv|md]

Status and RAG counts and percentages, and the plan rolled up by theme (or --by).
  --headline   the progress-review view: completed, making expected progress, not yet progressed`,
  diff: `Usage: cpc diff <before> <after> [--as-of YYYY-MM-DD] [--since YYYY-MM-DD] [--format text|json|md]

Compares two snapshots of a plan: actions added, removed, completed, slipped (RAG worse
or target later) and newly overdue, and the progress-review headline of each.
  --as-of   the date of <after> (default: its latest update, else its publication date,
            else today in Europe/London)
  --since   the date of <before> (default: the same, from <before>, else --as-of)`,
  overdue: `Usage: cpc overdue <file> [--as-of YYYY-MM-DD] [--format text|json|csv|md]

The actions overdue as of a date (default today, Europe/London), most overdue first.`,
  report: `Usage: cpc report <file> --format md|html [--as-of YYYY-MM-DD] [--compare <before>] [-o <out>]

A report for committees and screens: headline, rollup by theme, overdue actions and each
recommendation with its actions. --compare adds what changed since an earlier snapshot.`,
  convert: `Usage: cpc convert <in> --to json|yaml|csv|tsv|xlsx [-o <out>] [--bom] [--labels]

Writes the plan in another format, content unchanged. Fails (exit 1) on an invalid plan.
Writing CSV, TSV or xlsx, it names on stderr each field a spreadsheet cannot carry; an
xlsx workbook (-o required) holds the plan as validated, council wordings put right.
  --bom      start a CSV with a byte-order mark, for Excel on Windows
  --labels   write "In progress" and "Amber" rather than the ids "in-progress" and "amber"`,
  schema: `Usage: cpc schema

Prints the JSON Schema (draft 2020-12) of the action-plan file format.`,
};

class Invalid extends Error {}

type Values = {
  help?: boolean;
  version?: boolean;
  format?: string;
  strict?: boolean;
  "as-of"?: string;
  by?: string;
  to?: string;
  output?: string;
  "input-format"?: string;
  encoding?: string;
  delimiter?: string;
  council?: string;
  "cpc-start"?: string;
  wordings?: string;
  bom?: boolean;
  sheet?: string;
  labels?: boolean;
  headline?: boolean;
  since?: string;
  compare?: string;
};

function choose<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, not ${JSON.stringify(value)}`);
}

/**
 * Runs `cpc` with the given arguments (without "node" and the script name).
 *
 * @returns The exit code.
 */
export async function main(argv: readonly string[], given: World): Promise<number> {
  const style = styleFor({ isTTY: given.stdoutIsTTY ?? false }, given.env);
  const errStyle = styleFor({ isTTY: false }, given.env);
  // Output for people (text, Markdown, annotations, and every message on stderr) never
  // passes a terminal control sequence from plan text through, nor a value of unbounded
  // length; output for programs (JSON, CSV, a converted file, HTML) is written exactly.
  const forPeople = (() => {
    const [cmd, ...args] = argv;
    const at = args.findIndex((a) => a === "--format" || a.startsWith("--format="));
    const format = at < 0 ? undefined : args[at]!.includes("=") ? args[at]!.split("=")[1] : args[at + 1];
    return cmd !== "convert" && cmd !== "schema" && (format === undefined || format === "text" || format === "md" || format === "github");
  })();
  const world: World = { ...given, stdout: (t) => given.stdout(forPeople ? forTerminal(t) : t), stderr: (t) => given.stderr(forTerminal(t)) };
  try {
    const [command = "", ...rest] = argv;
    if (command === "--version" || command === "-v") {
      world.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command === "" || command === "--help" || command === "-h" || command === "help") {
      world.stdout(`${HELP[""]}\n`);
      return command === "" ? 2 : 0;
    }
    if (!Object.hasOwn(HELP, command)) throw new UsageError(`unknown command ${JSON.stringify(command)}; run cpc --help`);
    const { values, positionals } = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        format: { type: "string" },
        strict: { type: "boolean" },
        "as-of": { type: "string" },
        by: { type: "string" },
        to: { type: "string" },
        output: { type: "string", short: "o" },
        "input-format": { type: "string" },
        encoding: { type: "string" },
        delimiter: { type: "string" },
        council: { type: "string" },
        "cpc-start": { type: "string" },
        wordings: { type: "string" },
        bom: { type: "boolean" },
        sheet: { type: "string" },
        labels: { type: "boolean" },
        headline: { type: "boolean" },
        since: { type: "string" },
        compare: { type: "string" },
      },
    }) as { values: Values; positionals: string[] };
    if (values.help) {
      world.stdout(`${HELP[command]}\n`);
      return 0;
    }
    if (values.version) {
      world.stdout(`${VERSION}\n`);
      return 0;
    }
    const asOf = values["as-of"] ?? todayInLondon();
    if (!isCalendarDate(asOf)) throw new UsageError(`--as-of must be a date, YYYY-MM-DD, not ${JSON.stringify(asOf)}`);
    checkOutput(command, values, positionals);
    const encoding = encodingOf(values.encoding);
    const delimiter = delimiterOf(values.delimiter);
    const cpcStart = values["cpc-start"];
    if (cpcStart !== undefined && !/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/.test(cpcStart)) throw new UsageError(`--cpc-start must be YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(cpcStart)}`);
    if (values.council !== undefined && values.council.trim() === "") throw new UsageError("--council needs the council's name");
    const wordings = values.wordings !== undefined ? await readWordings(values.wordings) : undefined;
    const read = async (file: string): Promise<Input> =>
      withDetails(
        await readInput(file, {
          stdin: world.stdin,
          ...(wordings ? { wordings } : {}),
          ...(values["input-format"] ? { inputFormat: values["input-format"] } : {}),
          ...(encoding ? { encoding } : {}),
          ...(delimiter ? { delimiter } : {}),
          ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
        }),
        values.council,
        cpcStart,
      );
    const one = (): string => {
      if (positionals.length !== 1) throw new UsageError(`cpc ${command} takes one file; run cpc ${command} --help`);
      return positionals[0]!;
    };
    switch (command) {
      case "validate":
        if (positionals.length === 0) throw new UsageError("cpc validate needs at least one file; run cpc validate --help");
        return await validateCommand(positionals, values, asOf, read, world, style);
      case "stats":
        return await statsCommand(load(await read(one()), asOf, world, errStyle), values, asOf, world, style);
      case "overdue":
        return await overdueCommand(load(await read(one()), asOf, world, errStyle), values, asOf, world, style);
      case "convert":
        return await convertCommand(one(), values, asOf, read, world, errStyle);
      case "report": {
        const format = choose("format", values.format, ["md", "html"] as const, "md");
        const plan = load(await read(one()), asOf, world, errStyle).plan;
        const compare = values.compare ? load(await read(values.compare), asOf, world, errStyle).plan : undefined;
        const { renderHtmlReport, renderMarkdownReport } = await import("../report/index.js");
        const render = format === "html" ? renderHtmlReport : renderMarkdownReport;
        const text = render(plan, { asOf, ...(compare ? { compare } : {}) });
        writeOut(values, text, world);
        return 0;
      }
      case "diff": {
        if (positionals.length !== 2) throw new UsageError("cpc diff takes two files, <before> and <after>; run cpc diff --help");
        if (values.since !== undefined && !isCalendarDate(values.since)) throw new UsageError(`--since must be a date, YYYY-MM-DD, not ${JSON.stringify(values.since)}`);
        const before = load(await read(positionals[0]!), values.since ?? asOf, world, errStyle);
        const after = load(await read(positionals[1]!), asOf, world, errStyle);
        return diffCommand(before, after, values, asOf, world, style);
      }
      case "schema":
        if (positionals.length > 0) throw new UsageError("cpc schema takes no file");
        world.stdout(`${JSON.stringify(planJsonSchema, null, 2)}\n`);
        return 0;
    }
    return 2;
  } catch (e) {
    if (e instanceof UsageError) {
      world.stderr(`cpc: ${e.message}\n`);
      return 2;
    }
    if (e instanceof BadFile) {
      const where = e.position ? `${e.file}:${e.position.line}${e.position.column ? `:${e.position.column}` : ""}` : e.file;
      world.stderr(`cpc: ${where}: ${e.message}\n`);
      return 1;
    }
    if (e instanceof Invalid) return 1;
    if (e instanceof Error && /argument|option/i.test(e.message) && "code" in e && String((e as { code: unknown }).code).startsWith("ERR_PARSE_ARGS")) {
      world.stderr(`cpc: ${e.message}; run cpc --help\n`);
      return 2;
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      world.stderr("cpc: the data is nested too deeply to process\n");
      return 1;
    }
    world.stderr(`cpc: unexpected failure: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

// ---------------------------------------------------------------------------

type Locate = (path: readonly (string | number)[]) => { line: number; column?: number } | undefined;

function located(locate: Locate, issue: Issue): { line?: number; column?: number } {
  const p = locate(issue.path);
  return p ? { line: p.line, ...(p.column !== undefined ? { column: p.column } : {}) } : {};
}

function formatIssue(input: Input, locate: Locate, issue: Issue, style: Style): string {
  const pos = located(locate, issue);
  const where = `${input.name}${pos.line !== undefined ? `:${pos.line}${pos.column !== undefined ? `:${pos.column}` : ""}` : ""}`;
  const level = issue.severity === "error" ? style.red("error") : style.yellow("warning");
  const hint = issue.hint ? `\n    ${style.dim(`hint: ${issue.hint}`)}` : "";
  return `${where}: ${level} ${style.dim(issue.code)}: ${issue.message}${hint}`;
}

/** Reads and validates a plan for the commands that compute; exits 1 on errors. */
function load(input: Input, asOf: string, world: World, style: Style): { input: Input; plan: ActionPlan; warnings: number } {
  const result = validatePlan(input.data, { asOf, wordings: input.wordings });
  const issues = [...input.readIssues, ...result.issues];
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0 || !result.plan) {
    const shown = errors.slice(0, 10);
    const locate = input.locator(shown.map((i) => i.path));
    for (const issue of shown) world.stderr(`${formatIssue(input, locate, issue, style)}\n`);
    const more = errors.length > 10 ? ` (first 10 shown)` : "";
    world.stderr(`cpc: ${input.name} is not a valid plan: ${errors.length} error(s)${more}; run cpc validate ${input.name === "stdin" ? "-" : input.name} for all of them\n`);
    throw new Invalid();
  }
  return { input, plan: result.plan, warnings: issues.length - errors.length };
}

async function validateCommand(
  files: readonly string[],
  values: Values,
  asOf: string,
  read: (file: string) => Promise<Input>,
  world: World,
  style: Style,
): Promise<number> {
  const format = choose("format", values.format, ["text", "json", "github"] as const, "text");
  let code = 0;
  let totalErrors = 0;
  let totalWarnings = 0;
  const report: unknown[] = [];
  for (const file of files) {
    let input: Input;
    try {
      input = await read(file);
    } catch (e) {
      if (e instanceof UsageError) {
        world.stderr(`cpc: ${e.message}\n`);
        code = 2;
        report.push({ file, ok: false, error: e.message });
        continue;
      }
      if (!(e instanceof BadFile)) throw e;
      totalErrors++;
      code = Math.max(code, 1);
      const pos = e.position;
      if (format === "github") world.stdout(`${annotation("error", { file, ...(pos ? { line: pos.line } : {}), ...(pos?.column ? { col: pos.column } : {}), title: "unreadable-file" }, e.message)}\n`);
      else if (format === "text") world.stdout(`${file}${pos ? `:${pos.line}${pos.column ? `:${pos.column}` : ""}` : ""}: ${style.red("error")} ${style.dim("unreadable-file")}: ${e.message}\n`);
      report.push({ file, ok: false, errors: 1, warnings: 0, issues: [{ severity: "error", code: "unreadable-file", path: [], message: e.message, ...(pos ? { line: pos.line, column: pos.column } : {}) }] });
      continue;
    }
    const result = validatePlan(input.data, { asOf, wordings: input.wordings });
    const issues = [...input.readIssues, ...result.issues];
    const errors = issues.filter((i) => i.severity === "error").length;
    const warnings = issues.length - errors;
    totalErrors += errors;
    totalWarnings += warnings;
    if (errors > 0 || (values.strict && warnings > 0)) code = Math.max(code, 1);
    const locate = input.locator(issues.map((i) => i.path));
    if (format === "json") {
      report.push({ file: input.name, format: input.format, ...(input.encoding ? { encoding: input.encoding.encoding } : {}), ok: errors === 0, errors, warnings, issues: issues.map((i) => ({ ...i, ...located(locate, i) })) });
    } else if (format === "github") {
      for (const i of issues) {
        const pos = located(locate, i);
        world.stdout(`${annotation(i.severity, { file: input.name, ...(pos.line !== undefined ? { line: pos.line } : {}), ...(pos.column !== undefined ? { col: pos.column } : {}), title: i.code }, i.hint ? `${i.message} ${i.hint}` : i.message)}\n`);
      }
    } else {
      for (const i of issues) world.stdout(`${formatIssue(input, locate, i, style)}\n`);
      const verdict = errors > 0 ? style.red("invalid") : style.green("valid");
      world.stdout(`${input.name}: ${verdict} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})\n`);
      // Which encoding the text was read in, when it was not plain UTF-8 (a guess is a warning above).
      const e = input.encoding;
      if (e !== undefined && e.how !== "utf-8" && !(e.how === "bom" && e.encoding === "utf-8")) world.stdout(`${style.dim(`  read as ${ENCODING_NAMES[e.encoding]}${e.how === "bom" ? " (from its byte-order mark)" : e.how === "given" ? " (--encoding)" : ""}`)}\n`);
    }
  }
  if (format === "json") world.stdout(`${JSON.stringify({ ok: code === 0, files: report }, null, 2)}\n`);
  else if (format === "github") world.stdout(`cpc: ${files.length} file${files.length === 1 ? "" : "s"}, ${totalErrors} error${totalErrors === 1 ? "" : "s"}, ${totalWarnings} warning${totalWarnings === 1 ? "" : "s"}${values.strict ? " (strict)" : ""}\n`);
  return code;
}

const BY = ["theme", "recommendation", "owner", "heading", "status"] as const;

/**
 * What a spreadsheet does not say, from --council and --cpc-start: filled in where the
 * file leaves it out; a file that says it keeps its own.
 */
function withDetails(input: Input, council: string | undefined, cpcStart: string | undefined): Input {
  const data = input.data;
  if ((council === undefined && cpcStart === undefined) || typeof data !== "object" || data === null || Array.isArray(data)) return input;
  const d = data as Record<string, unknown>;
  const filled = {
    ...d,
    ...(council !== undefined && d["council"] === undefined ? { council: { name: council } } : {}),
    ...(cpcStart !== undefined && d["peerChallenge"] === undefined ? { peerChallenge: { start: cpcStart } } : {}),
  };
  return { ...input, data: filled };
}

const ENCODING_NAMES = { "utf-8": "UTF-8", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE", "windows-1252": "Windows-1252" } as const;

/**
 * Text made safe for a terminal: control characters other than line feed and tab, and
 * escape sequences other than the colours cpc itself writes (`ESC [ ... m`), become U+FFFD,
 * so that plan text cannot set a window title, clear the screen or forge a line; and a run
 * of more than 200 characters with no space (a 100,000-character id) is cut to its start
 * and length.
 */
export function forTerminal(text: string): string {
  return text
    .replace(/\u001b(?!\[[0-9;]*m)|[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f]/g, "\ufffd")
    .replace(/[^\s]{201,}/g, (run) => `${run.slice(0, 60)}… (${run.length} characters)`);
}

/** The council's name for people, or that the plan does not give it. */
const councilName = (plan: ActionPlan): string => plan.council?.name ?? "Council not named";

async function statsCommand(
  loaded: { input: Input; plan: ActionPlan; warnings: number },
  values: Values,
  asOf: string,
  world: World,
  style: Style,
): Promise<number> {
  const { plan } = loaded;
  const format = choose("format", values.format, ["text", "json", "csv", "md"] as const, "text");
  if (values.headline) return headlineOutput(plan, progressHeadline(plan, { asOf }), asOf, format, world, style);
  const by: RollupBy = choose("by", values.by, BY, "theme");
  // One pass: the rollup's total is the plan's status and RAG summary.
  const groups = rollup(plan, { by, asOf });
  const { status, rag, overdue } = groups.total;
  if (format === "json") {
    world.stdout(`${JSON.stringify({ council: plan.council?.name ?? null, title: plan.title, asOf, actions: status.total, overdue, status, rag, rollup: groups }, null, 2)}\n`);
    return 0;
  }
  const statusTable: Table = {
    head: ["status", "actions", "%"],
    rows: STATUSES.filter((s) => s !== "cancelled").map((s) => [s, status.counts[s], status.percentages[s]]),
    numeric: [1, 2],
  };
  const ragTable: Table = {
    head: ["RAG", "actions", "%"],
    rows: RAGS.filter((r) => r !== "blue" || rag.scheme === "brag").map((r) => [r, rag.counts[r], rag.percentages[r]]),
    numeric: [1, 2],
  };
  const rollupTable: Table = {
    head: [by, "actions", "overdue", "no target", "complete %", "red", "amber", "green", ...(rag.scheme === "brag" ? ["blue"] : [])],
    rows: [...groups.groups, groups.total].map((g) => [
      g.title,
      g.actions,
      g.overdue,
      g.noTarget,
      g.completePercent,
      g.rag.counts.red,
      g.rag.counts.amber,
      g.rag.counts.green,
      ...(rag.scheme === "brag" ? [g.rag.counts.blue] : []),
    ]),
    numeric: [1, 2, 3, 4, 5, 6, 7, 8],
  };
  if (format === "csv") {
    world.stdout(await csvTable(rollupTable));
    return 0;
  }
  const notes = [
    `${status.total} actions${status.excluded ? ` (${status.excluded} cancelled left out)` : ""}, ${overdue} overdue, as of ${asOf}.`,
    status.noStatus ? `${status.noStatus} had no status and count as not started.` : "",
    rag.derived ? `${rag.derived} of ${rag.total} RAG ratings were derived from status and target date.` : "",
    loaded.warnings ? `Read with ${loaded.warnings} warning(s): run cpc validate for details.` : "",
  ].filter((n) => n !== "");
  const title = `${councilName(plan)}${plan.title ? `: ${plan.title}` : ""}`;
  if (format === "md") {
    world.stdout(
      [`## ${mdText(title)}`, "", notes.join(" "), "", "### Status", "", markdownTable(statusTable), "", "### RAG", "", markdownTable(ragTable), "", `### By ${by}`, "", markdownTable(rollupTable), ""].join("\n"),
    );
    return 0;
  }
  world.stdout(
    [style.bold(title), ...notes.map((n) => style.dim(n)), "", textTable(statusTable), "", textTable(ragTable), "", style.bold(`By ${by}`), textTable(rollupTable), ""].join("\n"),
  );
  return 0;
}

async function overdueCommand(
  loaded: { input: Input; plan: ActionPlan },
  values: Values,
  asOf: string,
  world: World,
  style: Style,
): Promise<number> {
  const { plan } = loaded;
  const format = choose("format", values.format, ["text", "json", "csv", "md"] as const, "text");
  const overdue = overdueActions(plan, { asOf });
  const noTarget = actionsWithoutTarget(plan);
  if (format === "json") {
    world.stdout(
      `${JSON.stringify(
        {
          asOf,
          overdue: overdue.map((o) => ({ id: o.action.id, title: o.action.title, owners: o.action.owners ?? [], timescale: o.action.timescale, due: o.due, daysOverdue: o.daysOverdue, continuing: o.continuing, overdueSteps: o.overdueSteps.map((s) => ({ id: s.step.id, due: s.due, daysOverdue: s.daysOverdue })) })),
          noTarget: noTarget.map((n) => ({ id: n.action.id, reason: n.reason })),
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const table: Table = {
    head: ["action", "due", "days overdue", "target", "owner", "title"],
    rows: overdue.map((o) => [o.action.id, o.due, o.daysOverdue, o.action.timescale ?? "", (o.action.owners ?? []).join(", "), o.action.title]),
    numeric: [2],
  };
  if (format === "csv") {
    world.stdout(await csvTable(table));
    return 0;
  }
  if (format === "md") {
    world.stdout(`${overdue.length} overdue as of ${asOf}.\n\n${overdue.length ? `${markdownTable(table)}\n` : ""}`);
    return 0;
  }
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const short: Table = { ...table, rows: table.rows.map((r) => [r[0]!, r[1]!, r[2]!, clip(String(r[3]), 24), clip(String(r[4]), 28), clip(String(r[5]), 60)]) };
  world.stdout(
    `${style.bold(`${overdue.length} overdue as of ${asOf}`)}${overdue.length ? `\n${textTable(short)}` : ""}\n${style.dim(`${noTarget.length} action(s) have no dated target and are never overdue.`)}\n`,
  );
  return 0;
}

async function convertCommand(
  file: string,
  values: Values,
  asOf: string,
  read: (file: string) => Promise<Input>,
  world: World,
  style: Style,
): Promise<number> {
  if (values.to === undefined) throw new UsageError("cpc convert needs --to json, yaml, csv, tsv or xlsx");
  const to = choose("to", values.to, ["json", "yaml", "csv", "tsv", "xlsx"] as const, "json");
  // A workbook is bytes: to a file, never to a terminal.
  if (to === "xlsx" && !values.output) throw new UsageError("cpc convert --to xlsx needs -o FILE.xlsx");
  const input = await read(file);
  const loaded = load(input, asOf, world, style); // an invalid plan is reported and not converted
  if (to === "xlsx") {
    const { writePlanXlsx } = await import("../xlsx/index.js");
    const { csvLosses } = await import("../csv/index.js");
    for (const i of csvLosses(loaded.plan)) world.stderr(`cpc: ${input.name}: ${i.message.replace("CSV", "a workbook")}\n`);
    writeBytes(values.output!, writePlanXlsx(loaded.plan, input.layout ? { layout: input.layout } : {}), world);
    return 0;
  }
  // Convert changes the format, not the content: write what the file says, as read.
  const data = input.data as ActionPlan;
  let text: string;
  try {
    if (to === "json") text = `${JSON.stringify(data, null, 2)}\n`;
    else if (to === "yaml") text = (await import("yaml")).stringify(data, { lineWidth: 0 });
    else {
      // Say what a CSV cannot carry: reading it back would not give the same plan.
      const { csvLosses, writePlanCsv } = await import("../csv/index.js");
      const plan = validatePlan(data, { asOf, wordings: input.wordings }).plan ?? data;
      for (const i of csvLosses(plan)) world.stderr(`cpc: ${input.name}: ${i.message}\n`);
      // A table read from a spreadsheet is written back under its own headings, in its order.
      text = writePlanCsv(data, { delimiter: to === "tsv" ? "\t" : ",", ...(values.bom ? { bom: true } : {}), ...(values.labels ? { labels: true } : {}), ...(input.layout ? { layout: input.layout } : {}) });
    }
  } catch (e) {
    if (e instanceof RangeError) throw new BadFile(input.name, `the plan is nested too deeply to write as ${to.toUpperCase()}`);
    throw e;
  }
  writeOut(values, text, world);
  return 0;
}

/** Writes to -o's file, or to stdout. */
/**
 * `-o` where it means something, and never onto an input: "-o -" is standard output, an
 * empty name is refused, and a file that is (or links to) one of the inputs would be
 * overwritten, so it is refused before anything is read.
 */
function checkOutput(command: string, values: Values, positionals: readonly string[]): void {
  if (values.output === undefined) return;
  if (command !== "convert" && command !== "report") throw new UsageError(`-o is not an option of cpc ${command}; redirect its output with >`);
  if (values.output === "") throw new UsageError("-o needs a file name (or - for standard output)");
  if (values.output === "-") {
    delete values.output;
    return;
  }
  const same = (a: string, b: string) => {
    try {
      return realpathSync(a) === realpathSync(b);
    } catch {
      return resolve(a) === resolve(b);
    }
  };
  const inputs = [...positionals, ...(values.compare ? [values.compare] : [])].filter((f) => f !== "-");
  const clash = inputs.find((f) => same(f, values.output!));
  if (clash !== undefined) throw new UsageError(`-o ${values.output} would overwrite the input ${clash}; write to another file`);
}

function writeBytes(path: string, bytes: Uint8Array, world: World): void {
  if (!world.writeFile) throw new UsageError("cannot write files here");
  try {
    world.writeFile(path, bytes);
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function writeOut(values: Values, text: string, world: World): void {
  if (!values.output) return world.stdout(text);
  if (!world.writeFile) throw new UsageError("cannot write files here");
  try {
    world.writeFile(values.output, text);
  } catch (e) {
    throw new UsageError(`cannot write ${values.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function headlineSentence(h: ProgressHeadline): string {
  return `${h.completed.percent}% of actions completed, ${h.expectedProgress.percent}% making expected progress and ${h.notProgressed.percent}% not yet progressed`;
}

function headlineTable(h: ProgressHeadline): Table {
  return {
    head: ["", "actions", "%"],
    rows: [
      ["completed", h.completed.count, h.completed.percent],
      ["making expected progress", h.expectedProgress.count, h.expectedProgress.percent],
      ["not yet progressed", h.notProgressed.count, h.notProgressed.percent],
    ],
    numeric: [1, 2],
  };
}

async function headlineOutput(plan: ActionPlan, h: ProgressHeadline, asOf: string, format: "text" | "json" | "csv" | "md", world: World, style: Style): Promise<number> {
  if (format === "json") world.stdout(`${JSON.stringify({ council: plan.council?.name ?? null, asOf, ...h }, null, 2)}\n`);
  else if (format === "csv") world.stdout(await csvTable(headlineTable(h)));
  else {
    const notes = [
      `${h.total} actions as of ${asOf}${h.excluded ? ` (${h.excluded} cancelled left out)` : ""}.`,
      h.overdueInProgress ? `${h.overdueInProgress} under way but overdue count as not yet progressed.` : "",
    ].filter((n) => n !== "");
    if (format === "md") world.stdout(`## ${mdText(councilName(plan))}\n\n${headlineSentence(h)}.\n\n${markdownTable(headlineTable(h))}\n\n${notes.join(" ")}\n`);
    else world.stdout(`${style.bold(councilName(plan))}\n${headlineSentence(h)}.\n\n${textTable(headlineTable(h))}\n${notes.map((n) => style.dim(n)).join("\n")}\n`);
  }
  return 0;
}

function diffCommand(
  before: { input: Input; plan: ActionPlan },
  after: { input: Input; plan: ActionPlan },
  values: Values,
  asOf: string,
  world: World,
  style: Style,
): number {
  const format = choose("format", values.format, ["text", "json", "md"] as const, "text");
  // Without --as-of and --since each file is read as of its own date, so a file diffed with itself shows nothing.
  const diff = comparePlans(before.plan, after.plan, { ...(values["as-of"] ? { asOf } : {}), ...(values.since ? { since: values.since } : {}) });
  const then = progressHeadline(before.plan, { asOf: diff.since });
  const now = progressHeadline(after.plan, { asOf: diff.asOf });
  if (format === "json") {
    const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);
    world.stdout(
      `${JSON.stringify(
        {
          before: before.input.name,
          after: after.input.name,
          asOf,
          added: ids(diff.added),
          removed: ids(diff.removed),
          completed: ids(diff.completed),
          slipped: diff.slips,
          newlyOverdue: ids(diff.newlyOverdue),
          changed: diff.changed,
          headline: { before: then, after: now },
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const line = (a: { id: string; title: string }) => `${a.id} ${a.title.length > 70 ? `${a.title.slice(0, 69)}…` : a.title}`;
  const slipText = (slip: (typeof diff.slips)[number]) =>
    [slip.rag ? `RAG ${slip.rag[0]} to ${slip.rag[1]}` : "", slip.due ? `target ${slip.due[0]} to ${slip.due[1]}` : ""].filter((x) => x).join(", ");
  const sections: [string, string[]][] = [
    ["Completed", diff.completed.map(line)],
    ["Slipped", diff.slipped.map((a, i) => `${line(a)}: ${slipText(diff.slips[i]!)}`)],
    ["Newly overdue", diff.newlyOverdue.map(line)],
    ["Added", diff.added.map(line)],
    ["Removed", diff.removed.map(line)],
  ];
  const changedOther = diff.changed.length;
  if (format === "md") {
    const out = [`## ${mdText(councilName(after.plan))}: ${mdText(before.input.name)} to ${mdText(after.input.name)}, as of ${asOf}`, "", `Now: ${headlineSentence(now)} (then: ${headlineSentence(then)}).`, ""];
    for (const [title, items] of sections) out.push(`### ${title} (${items.length})`, "", ...(items.length ? items.map((i) => `- ${mdText(i)}`) : ["None."]), "");
    out.push(`${changedOther} action(s) changed in all.`, "");
    world.stdout(out.join("\n"));
    return 0;
  }
  const out = [style.bold(`${councilName(after.plan)}: ${before.input.name} to ${after.input.name}, as of ${asOf}`), `Now:  ${headlineSentence(now)}.`, style.dim(`Then: ${headlineSentence(then)}.`), ""];
  for (const [title, items] of sections) {
    out.push(`${title} (${items.length})`);
    for (const i of items) out.push(`  ${i}`);
  }
  out.push(style.dim(`${changedOther} action(s) changed in all.`), "");
  world.stdout(out.join("\n"));
  return 0;
}
