/**
 * What `cpc` accepts: its commands, each command's options, and the help made from them.
 * One table, read by the argument parser, the help and the tests, so that an option a
 * command does not list is refused rather than ignored. Light: nothing here loads a parser
 * or a schema, so `cpc --help` and `cpc --version` start quickly.
 */
import { nearest, UsageError } from "./errors.js";

/** An option: a flag (`--strict`) or one that takes a value (`--format json`). */
interface OptionSpec {
  readonly type: "boolean" | "string";
  readonly short?: string;
  /** What the value is, for the help: `FILE`, `YYYY-MM-DD`. */
  readonly value?: string;
  readonly help: string;
}

/** Every option of every command. */
export const OPTIONS = {
  help: { type: "boolean", short: "h", help: "this help" },
  version: { type: "boolean", short: "v", help: "the version of cpc" },
  output: { type: "string", short: "o", value: "FILE", help: "write to FILE rather than standard output (- for standard output); never onto an input" },
  format: { type: "string", value: "FORMAT", help: "the output format" },
  strict: { type: "boolean", help: "warnings fail too (exit 1); only warnings about the file's content, unless --check-dates" },
  "check-dates": {
    type: "boolean",
    help: "also check what depends on the date (a green action that is overdue): these warnings come and go as the calendar moves",
  },
  "as-of": { type: "string", value: "YYYY-MM-DD", help: "the date due dates are judged against (default: today, Europe/London)" },
  by: { type: "string", value: "GROUP", help: "roll up by theme, recommendation, owner, heading or status (default theme)" },
  headline: { type: "boolean", help: "the progress-review view: completed, making expected progress, not yet progressed" },
  since: { type: "string", value: "YYYY-MM-DD", help: "the date of <before> (default: its latest update, else its publication date, else --as-of)" },
  compare: { type: "string", value: "FILE", help: "add what changed since this earlier snapshot" },
  to: { type: "string", value: "FORMAT", help: "json, yaml, csv, tsv or xlsx (xlsx needs -o); default: from -o's name (plan.yaml is yaml)" },
  bom: { type: "boolean", help: "start a CSV with a byte-order mark, for Excel on Windows" },
  labels: { type: "boolean", help: 'write "In progress" and "Amber" rather than the ids "in-progress" and "amber"' },
  "input-format": { type: "string", value: "FORMAT", help: "json, yaml, csv, tsv, xlsx or docx, for stdin or an unusual file name" },
  encoding: {
    type: "string",
    value: "NAME",
    help: "utf-8, utf-16le, utf-16be or windows-1252 (default: from the byte-order mark, else UTF-8, else Windows-1252 with a warning)",
  },
  delimiter: { type: "string", value: "CHAR", help: 'a CSV\'s delimiter: ",", ";" or tab (default: found from its rows)' },
  sheet: { type: "string", value: "NAME", help: "the sheet of an .xlsx workbook to read (default: the one with the plan)" },
  council: { type: "string", value: "NAME", help: "the council's name, where the file does not give it" },
  "cpc-start": { type: "string", value: "YYYY-MM[-DD]", help: "when the peer challenge was, where the file does not say" },
  within: { type: "string", value: "DAYS", help: "how many days ahead count as due soon (default 30)" },
  from: {
    type: "string",
    value: "YYYY-MM-DD",
    help: "the first day of the series (default: the plan's first update or publication, or the first file's date)",
  },
  every: { type: "string", value: "PERIOD", help: "a point at the end of each quarter (default) or month" },
  quarters: {
    type: "string",
    value: "KIND",
    help: 'calendar (default) or financial quarters ("Q1 2024/25" is April to June); also how "Q1 2024" targets are read',
  },
  actions: { type: "string", value: "KIND", help: "placeholder (default): one action per recommendation, to rewrite; none: no actions" },
  framework: { type: "string", value: "NAME", help: "current or previous, where the report's themes and date do not settle it" },
  columns: {
    type: "string",
    value: "FILE",
    help: 'which column of a table holds what, YAML by heading ("Due by: timescale", "Statement: recommendation", "Notes: ignore")',
  },
  "rag-rule": {
    type: "string",
    value: "default|expected-progress",
    help: "how actions the council has not rated get a RAG rating: default (from status and dates) or expected-progress (percent complete against time elapsed, Camms-style)",
  },
  owners: {
    type: "string",
    value: "NAMES",
    help: 'only these owners, separated by commas (or semicolons, where a name has a comma): "Ian Thomas,Naz Hussain"',
  },
  "return-by": { type: "string", value: "YYYY-MM-DD", help: "the date owners are asked to send their returns back by (default two weeks after --as-of)" },
  "send-to": { type: "string", value: "WHO", help: "who owners send their returns to: a name, a team or an address" },
  wordings: { type: "string", value: "FILE", help: 'the council\'s own status and RAG words, YAML ("Behind schedule: {status: in-progress, rag: red}")' },
} as const satisfies Readonly<Record<string, OptionSpec>>;

/** The name of an option, without its dashes. */
export type OptionName = keyof typeof OPTIONS;

/** The options every command that reads a plan file accepts. */
const READING = ["input-format", "encoding", "delimiter", "sheet", "columns", "council", "cpc-start", "wordings"] as const satisfies readonly OptionName[];

/** A command: what it takes and what it says about itself. */
interface CommandSpec {
  /** The usage line after `cpc <command>`. */
  readonly args: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** More about it, for `cpc <command> --help`. */
  readonly about: string;
  /** Its options, beyond --help, --version and -o. */
  readonly options: readonly OptionName[];
  /** The output formats, first the default. */
  readonly formats?: readonly string[];
  /** The values of --by this command accepts, first the default: what its help lists and its parser takes. */
  readonly by?: readonly string[];
  /** What --by does in this command, where it is not the rollup's. */
  readonly byHelp?: string;
  /** How many files: the least and the most. */
  readonly files: readonly [number, number];
}

/** Every command. */
export const COMMANDS = {
  validate: {
    args: "<file...>",
    summary: "check plan files; exit 1 if any is invalid",
    about:
      "Checks each plan file and lists its errors and warnings with their line. --format github writes\nGitHub Actions annotations (::error file=...,line=...::message).",
    options: ["format", "strict", "check-dates", "as-of", ...READING],
    formats: ["text", "json", "github"],
    files: [1, Infinity],
  },
  stats: {
    args: "<file...>",
    summary: "status and RAG percentages and a rollup; several plans: a row each and the totals",
    about:
      "Status and RAG counts and percentages, and the plan rolled up by theme (or --by).\nSeveral files (any formats) or a folder: a row per plan and the totals, percentages from the\nsummed counts; --by theme counts recommendations by current theme across the plans. A file\nthat cannot be read is reported under its name and left out, and the totals say so;\n--format html writes the portfolio as one page (the table, a chart by plan, the themes).",
    options: ["format", "as-of", "by", "headline", "rag-rule", ...READING],
    formats: ["text", "json", "csv", "md", "html"],
    by: ["theme", "recommendation", "owner", "heading", "status"],
    files: [1, Infinity],
  },
  overdue: {
    args: "<file>",
    summary: "overdue actions, most overdue first",
    about: "The actions overdue as of a date (default today, Europe/London), most overdue first.",
    options: ["format", "as-of", ...READING],
    formats: ["text", "json", "csv", "md"],
    files: [1, 1],
  },
  diff: {
    args: "<before> <after>",
    summary: "what moved, slipped and became overdue between two snapshots",
    about:
      "Compares two snapshots of a plan: actions added, removed, completed, slipped (RAG worse or\ntarget later) and newly overdue, and the progress-review headline of each. Without --as-of,\n<after> is judged as of its latest update, else its publication date, else today.",
    options: ["format", "as-of", "since", "rag-rule", ...READING],
    formats: ["text", "json", "md"],
    files: [2, 2],
  },
  report: {
    args: "<file>",
    summary: "a report for people: Markdown, a self-contained HTML page or a Word document",
    about:
      "A report for committees and screens: headline, rollup by theme, overdue actions and each\nrecommendation with its actions. --compare adds what changed since an earlier snapshot.\n--format docx writes a Word document for the committee paper (needs -o FILE.docx).",
    options: ["format", "as-of", "compare", "rag-rule", ...READING],
    formats: ["md", "html", "docx"],
    files: [1, 1],
  },
  due: {
    args: "<file>",
    summary: "what falls due soon; with --by owner, each owner's overdue and due-soon work",
    about:
      "The actions and steps falling due within --within days (default 30) of --as-of, soonest first.\nWith --by owner, each owner's overdue and due-soon work with days: what reminders are made of.",
    options: ["format", "as-of", "within", "by", ...READING],
    formats: ["text", "csv", "md", "json"],
    by: ["owner"],
    byHelp: "owner: each owner's overdue and due-soon work, rather than one list",
    files: [1, 1],
  },
  calendar: {
    args: "<file>",
    summary: "the plan's deadlines as an iCalendar file, for Outlook, Google or Apple calendars",
    about:
      "An iCalendar (.ics) file with one all-day event on each action's due date, and each step's\nthat has its own: the action's number and text, its owners, status, target and recommendation.\nEvents keep their identity between runs, so importing a newer file moves them rather than\nadding copies; a cancelled action's event is cancelled.",
    options: ["quarters", ...READING],
    files: [1, 1],
  },
  trend: {
    args: "<file...>",
    summary: "the headline, statuses and overdue count at the end of each quarter or month",
    about:
      "A series for dashboards: at the end of each quarter (or --every month), the progress-review\nheadline, the status and RAG counts and the overdue count, each as of that day. One file is\nread back from its dated updates; several files are snapshots of one plan, each placed at its\nlatest update (else its publication date). The series ends at --as-of (default today) for one\nfile, at the last snapshot for several.",
    options: ["format", "as-of", "from", "every", "quarters", "rag-rule", ...READING],
    formats: ["text", "csv", "md", "json"],
    files: [1, Infinity],
  },
  convert: {
    args: "<in> [--to <format>]",
    summary: "convert between json, yaml, csv, tsv and xlsx",
    about:
      "Writes the plan in another format, content unchanged. Fails (exit 1) on an invalid plan.\nWriting CSV, TSV or xlsx, it names on stderr each field a spreadsheet cannot carry; an\nxlsx workbook (-o required) holds the plan as validated, council wordings put right.",
    options: ["to", "bom", "labels", ...READING],
    files: [1, 1],
  },
  draft: {
    args: "<report>",
    summary: "a draft action plan (YAML) from the peer team's feedback report",
    about:
      "Reads a CPC feedback report (.pdf, .docx, .txt or .md) and writes a draft plan as YAML: the\ncouncil, the CPC's dates, the framework, the recommendations in order with their themes (from\nthe report's headings, or suggested from their words: said on stderr), the peer team and one\nplaceholder action per recommendation (--actions none for none), with comments on what to\ncheck and fill in. Exit 1 when the report has no list of recommendations it can read.",
    options: ["actions", "framework", "council", "cpc-start", "encoding"],
    files: [1, 1],
  },
  returns: {
    args: "<plan> -o DIR",
    summary: "a workbook for each owner to fill in with their updates",
    about:
      "Writes into DIR one Excel workbook per owner, named by owner: their open actions and steps as\nof --as-of with target, status, RAG, last update and days overdue, drop-downs for status and RAG\n(in the council's words with --wordings), a Date and a Comment to fill in, the rest locked, and a\nfirst sheet saying what to do, by when (--return-by) and who to send it to (--send-to).",
    options: ["as-of", "owners", "return-by", "send-to", ...READING],
    files: [1, 1],
  },
  collect: {
    args: "<plan> <return.xlsx...>",
    summary: "merge owners' returns into the plan, every doubt reported",
    about:
      "Reads the owners' filled-in returns and writes the plan with each filled line as a dated update\nnaming its file (-o plan.yaml; .json, or .xlsx for a tracker). Lines left as they were add\nnothing. Two returns that disagree about an action, a word that is not a status, a missing or\nimpossible date, a line for another owner's action and another plan's return are reported with\nfile and cell on stderr, and not applied (exit 1). --as-of is the day of collecting.",
    options: ["as-of", ...READING],
    files: [2, Infinity],
  },
  schema: {
    args: "",
    summary: "print the JSON Schema of the plan format",
    about: "Prints the JSON Schema (draft 2020-12) of the action-plan file format.",
    options: [],
    files: [0, 0],
  },
} as const satisfies Readonly<Record<string, CommandSpec>>;

/** The name of a command. */
export type CommandName = keyof typeof COMMANDS;

const ALWAYS = ["output", "help", "version"] as const satisfies readonly OptionName[];

/** The options a command accepts, in the order its help lists them. */
export const optionsOf = (command: CommandName): readonly OptionName[] => [...COMMANDS[command].options, ...ALWAYS];

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);
const isOption = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

/** The general help. */
export function generalHelp(): string {
  const names = Object.keys(COMMANDS) as CommandName[];
  const width = Math.max(...names.map((n) => `${n} ${COMMANDS[n].args}`.length));
  return `cpc: Corporate Peer Challenge action plans from the command line

Usage: cpc <command> [options]

Commands:
${names.map((n) => `  ${`${n} ${COMMANDS[n].args}`.padEnd(width)}  ${COMMANDS[n].summary}`).join("\n")}

Files may be .json, .yaml, .yml, .csv, .tsv, .xlsx or .docx, or - for stdin; text files
UTF-8, UTF-16 with its byte-order mark, or Windows-1252 (read with a warning). A CSV's
delimiter (comma, semicolon or tab) is found from its rows.
Run cpc help <command> for a command's options. cpc --version prints the version.
Exit codes: 0 success, 1 invalid data, 2 usage or file error.
`;
}

/** The help of one command, its options listed from {@link OPTIONS}. */
export function commandHelp(command: CommandName): string {
  const spec: CommandSpec = COMMANDS[command];
  const label = (name: OptionName) => {
    const o: OptionSpec = OPTIONS[name];
    const value = name === "format" && spec.formats ? spec.formats.join("|") : name === "by" && spec.by ? spec.by.join("|") : o.value;
    return `${o.short ? `-${o.short}, ` : "    "}--${name}${value ? ` ${value}` : ""}`;
  };
  const names = optionsOf(command);
  const width = Math.max(...names.map((n) => label(n).length));
  const lines = names.map((n) => {
    const help =
      n === "format" && spec.formats
        ? `the output format (default ${spec.formats[0]})`
        : n === "by" && spec.byHelp !== undefined
          ? spec.byHelp
          : OPTIONS[n].help;
    return `  ${label(n).padEnd(width)}  ${help}`;
  });
  return `Usage: cpc ${command}${spec.args ? ` ${spec.args}` : ""} [options]

${spec.about}

Options:
${lines.join("\n")}
`;
}

/** The command named, or a usage error with a suggestion. */
export function commandNamed(name: string): CommandName {
  if (isCommand(name)) return name;
  const guess = nearest(name, Object.keys(COMMANDS));
  throw new UsageError(`unknown command ${JSON.stringify(name)}${guess ? `; did you mean cpc ${guess}?` : ""} Run cpc --help for the commands.`);
}

/** The values of the options given, by name. */
export type Values = { -readonly [N in OptionName]?: (typeof OPTIONS)[N]["type"] extends "boolean" ? boolean : string };

/** A command line read against {@link COMMANDS}. */
export interface Parsed {
  readonly values: Values;
  readonly positionals: readonly string[];
}

/**
 * Reads a command's arguments: options it does not have, a value missing or given to a
 * flag, and an option given twice are usage errors that say what was meant.
 */
export function parseCommandLine(command: CommandName, args: readonly string[]): Parsed {
  const allowed = optionsOf(command);
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const listed = `Options of cpc ${command}: ${allowed.map((n) => `--${n}`).join(", ")}.`;
  const short = new Map<string, OptionName>();
  for (const n of Object.keys(OPTIONS) as OptionName[]) {
    const s: string | undefined = (OPTIONS[n] as OptionSpec).short;
    if (s) short.set(s, n);
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      if (eq >= 0) inline = arg.slice(eq + 1);
    } else {
      const s = short.get(arg[1]!);
      if (s === undefined) throw new UsageError(`cpc ${command}: unknown option ${arg}. ${listed}`);
      name = s;
      if (arg.length > 2) inline = arg.slice(2);
    }
    const shown = arg.startsWith("--") ? `--${name}` : arg.slice(0, 2);
    if (!isOption(name)) {
      const guess = nearest(name, allowed);
      throw new UsageError(`cpc ${command}: unknown option ${shown}${guess ? `; did you mean --${guess}?` : "."} ${listed}`);
    }
    if (!allowed.includes(name)) {
      const owners = (Object.keys(COMMANDS) as CommandName[]).filter((c) => optionsOf(c).includes(name));
      throw new UsageError(`cpc ${command} has no option --${name} (it is an option of cpc ${owners.join(", cpc ")}). ${listed}`);
    }
    const spec: OptionSpec = OPTIONS[name];
    if (spec.type === "boolean") {
      if (inline !== undefined) throw new UsageError(`cpc ${command}: ${shown} takes no value, not ${JSON.stringify(inline)}`);
      values[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = args[i + 1];
      // "-o -" is standard output; "--format --strict" is a value forgotten.
      if (next === undefined || (next.startsWith("-") && next !== "-" && !/^-\d/.test(next))) {
        const formats = (COMMANDS[command] as CommandSpec).formats;
        throw new UsageError(
          `cpc ${command}: ${shown} needs a value${spec.value ? ` (${name === "format" && formats ? formats.join(", ") : spec.value})` : ""}`,
        );
      }
      value = next;
      i++;
    }
    if (values[name] !== undefined)
      throw new UsageError(`cpc ${command}: ${shown} is given twice (${JSON.stringify(values[name])} and ${JSON.stringify(value)}); give it once`);
    // The values of --by are the command's own (cpc due takes owner only): checked here, once, for every command.
    const by = (COMMANDS[command] as CommandSpec).by;
    if (name === "by" && by !== undefined && !by.includes(value)) {
      const guess = nearest(value, by);
      throw new UsageError(`--by must be one of ${by.join(", ")}, not ${JSON.stringify(value)}${guess ? `; did you mean ${JSON.stringify(guess)}?` : ""}`);
    }
    values[name] = value;
  }
  return { values: values, positionals };
}
