/**
 * What `cpc` answers without reading a file or loading a parser: the version and the
 * help. `bin.ts` asks this first, so `cpc --version` and `cpc help validate` load
 * nothing heavy.
 */
import { UsageError } from "./errors.js";
import { commandHelp, commandNamed, generalHelp, parseCommandLine } from "./spec.js";

declare const __CPC_VERSION__: string;
/** The version, set by the build. */
export const VERSION = typeof __CPC_VERSION__ === "string" ? __CPC_VERSION__ : "0.0.0-dev";

/**
 * The text and exit code for the version or a help, or undefined when a command must
 * run. Throws UsageError for an unknown command or option (with a suggestion).
 */
export function quickAnswer(argv: readonly string[]): { readonly text: string; readonly code: number } | undefined {
  const [command = "", ...rest] = argv;
  if (command === "--version" || command === "-v") return { text: `${VERSION}\n`, code: 0 };
  // No command at all is a usage error: the help, on stderr, exit 2.
  if (command === "") return { text: generalHelp(), code: 2 };
  if (command === "--help" || command === "-h") return { text: generalHelp(), code: 0 };
  if (command === "help") {
    if (rest.length === 0) return { text: generalHelp(), code: 0 };
    if (rest.length > 1) throw new UsageError("cpc help takes one command, e.g. cpc help validate");
    return { text: commandHelp(commandNamed(rest[0]!)), code: 0 };
  }
  const name = commandNamed(command);
  const { values } = parseCommandLine(name, rest);
  if (values.help) return { text: commandHelp(name), code: 0 };
  if (values.version) return { text: `${VERSION}\n`, code: 0 };
  return undefined;
}
