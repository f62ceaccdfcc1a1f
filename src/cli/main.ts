/**
 * The `cpc` command. `main` takes its arguments and its world (output streams,
 * stdin, environment) as parameters and returns the exit code, so it can be run
 * and tested in-process; `bin.ts` wires it to the real process.
 *
 * Exit codes: 0 success or valid; 1 invalid data (or warnings with --strict);
 * 2 usage or I/O error. Never a stack trace.
 */
import { DateOutOfRange } from "../dates.js";
import { londonToday } from "./today.js";
import { isMonthOrDate } from "../schema/patterns.js";
import { validateCommand } from "./commands/validate.js";
import { choose, dateOption, Invalid, outputFile, writeFileOrFail, type Context, type World } from "./context.js";
import { BadFile, UsageError } from "./errors.js";
import { delimiterOf, encodingOf, readColumnChoices, readInput, readWordings, type Input } from "./input.js";
import { styleFor } from "./present.js";
import { quickAnswer } from "./quick.js";
import { COMMANDS, commandNamed, parseCommandLine, type CommandName, type Values } from "./spec.js";
import { forTerminal } from "./terminal.js";

export type { World } from "./context.js";
export { forTerminal } from "./terminal.js";

/**
 * Each command. All but `validate` are loaded when they run: `cpc validate` on a small plan
 * loads only what validation needs (the statistics, the report model and the table writer
 * that `stats`, `overdue` and `diff` bring were a third of its start-up's files).
 */
type Command = (ctx: Context) => number | Promise<number>;

const RUN: Readonly<Record<CommandName, () => Command | Promise<Command>>> = {
  validate: () => validateCommand,
  stats: async () => (await import("./commands/stats.js")).statsCommand,
  overdue: async () => (await import("./commands/overdue.js")).overdueCommand,
  diff: async () => (await import("./commands/diff.js")).diffCommand,
  report: async () => (await import("./commands/report.js")).reportCommand,
  trend: async () => (await import("./commands/trend.js")).trendCommand,
  due: async () => (await import("./commands/due.js")).dueCommand,
  calendar: async () => (await import("./commands/calendar.js")).calendarCommand,
  convert: async () => (await import("./commands/convert.js")).convertCommand,
  schema: async () => (await import("./commands/schema.js")).schemaCommand,
  draft: async () => (await import("./commands/draft.js")).draftCommand,
  returns: async () => (await import("./commands/returns.js")).returnsCommand,
  collect: async () => (await import("./commands/collect.js")).collectCommand,
};

/** Whether a command's output is for people (text, Markdown, annotations) rather than a program. */
function forPeople(command: CommandName, values: Values): boolean {
  if (command === "convert" || command === "schema" || command === "calendar" || command === "draft" || command === "collect") return false;
  const format = values.format;
  return format === undefined || format === "text" || format === "md" || format === "github";
}

/**
 * Runs `cpc` with the given arguments (without "node" and the script name).
 *
 * @returns The exit code.
 */
export async function main(argv: readonly string[], given: World): Promise<number> {
  // Every message on stderr is for people: no terminal control sequence from plan text, no unbounded value.
  const world: World = { ...given, stderr: (t) => given.stderr(forTerminal(t)) };
  // The files the command was given, for the catch-all's message.
  let files: readonly string[] = [];
  try {
    const quick = quickAnswer(argv);
    if (quick) {
      (quick.code === 0 ? world.stdout : world.stderr)(quick.text);
      return quick.code;
    }
    const command = commandNamed(argv[0]!);
    const { values, positionals } = parseCommandLine(command, argv.slice(1));
    files = positionals;
    const [least, most] = COMMANDS[command].files;
    if (positionals.length < least || positionals.length > most) {
      const wanted =
        least === most ? (least === 0 ? "no file" : least === 1 ? "one file" : `${least} files`) : `at least ${least} file${least === 1 ? "" : "s"}`;
      throw new UsageError(
        `cpc ${command} takes ${wanted}${command === "diff" ? ", <before> and <after>" : ""}, not ${positionals.length}; run cpc help ${command}`,
      );
    }
    const asOf = values["as-of"] === undefined ? londonToday() : dateOption("as-of", values["as-of"]);
    // Where the output goes is settled before anything is read: never onto an input.
    const output = outputFile(values, [...positionals, ...(values.compare !== undefined ? [values.compare] : [])]);
    const ragRule = choose("rag-rule", values["rag-rule"], ["default", "expected-progress"] as const, "default");
    const encoding = encodingOf(values.encoding);
    const delimiter = delimiterOf(values.delimiter);
    const cpcStart = values["cpc-start"];
    if (cpcStart !== undefined && !isMonthOrDate(cpcStart)) throw new UsageError(`--cpc-start must be YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(cpcStart)}`);
    if (values.council !== undefined && values.council.trim() === "") throw new UsageError("--council needs the council's name");
    const wordings = values.wordings !== undefined ? await readWordings(values.wordings) : undefined;
    const columns = values.columns !== undefined ? await readColumnChoices(values.columns) : undefined;
    const people = forPeople(command, values);
    // As styleFor decides: only then may cpc's own colour codes reach the screen.
    const colours = output === undefined && (given.stdoutIsTTY ?? false) && (given.env["NO_COLOR"] ?? "") === "";
    const ctx: Context = {
      command,
      values,
      positionals,
      asOf,
      ragOptions: ragRule === "expected-progress" ? { ragRule } : {},
      world,
      style: styleFor({ isTTY: output === undefined && (given.stdoutIsTTY ?? false) }, given.env),
      errStyle: styleFor({ isTTY: false }, given.env),
      read: async (file) =>
        withDetails(
          await readInput(file, {
            stdin: world.stdin,
            ...(wordings ? { wordings } : {}),
            ...(values["input-format"] !== undefined ? { inputFormat: values["input-format"] } : {}),
            ...(encoding ? { encoding } : {}),
            ...(delimiter ? { delimiter } : {}),
            ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
            ...(columns ? { columns } : {}),
            // A table's reader applies them before its columns are read (quarters dated from the CPC).
            ...(values.council !== undefined ? { council: values.council } : {}),
            ...(cpcStart !== undefined ? { cpcStart } : {}),
          }),
          values.council,
          cpcStart,
        ),
      // Output for people never passes a terminal control sequence from plan text through;
      // output for programs (JSON, CSV, a converted file, HTML) is written exactly.
      out: (text) => {
        const shown = people ? forTerminal(text, colours) : text;
        if (output === undefined) world.stdout(shown);
        else writeFileOrFail(world, output, shown);
      },
      outBytes: (bytes) => writeFileOrFail(world, output!, bytes),
    };
    return await (
      await RUN[command]()
    )(ctx);
  } catch (e) {
    return failed(e, world, files);
  }
}

/** The exit code and message for what stopped a command: the user's mistake (2), the file's (1), or a fault in cpc (2). */
function failed(e: unknown, world: World, files: readonly string[]): number {
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
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    world.stderr("cpc: the data is nested too deeply to process\n");
    return 1;
  }
  const named = files.length === 0 ? "" : ` on ${files.map((f) => (f === "-" ? "stdin" : f)).join(" and ")}`;
  if (e instanceof DateOutOfRange) {
    world.stderr(
      `cpc: ${files.join(", ") || "--as-of"}: a date would fall after 31 December 9999 (${e.message}): the plan's dates or --as-of are too far ahead to count from\n`,
    );
    return 1;
  }
  world.stderr(
    `cpc: unexpected failure${named}: ${e instanceof Error ? e.message : String(e)}. This is a fault in cpc, not in the file: please report it, with the file if you can share it.\n`,
  );
  return 2;
}

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
