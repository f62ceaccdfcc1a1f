#!/usr/bin/env node
import { writeFileSync, writeSync } from "node:fs";
import { inWords, UsageError } from "./errors.js";
import { quickAnswer } from "./quick.js";
import { forTerminal } from "./terminal.js";

// Output that cannot be written ends the run with one line and exit 2, never a stack
// trace: a full disk (`> /dev/full`), a closed terminal. A reader that stops early
// (`cpc validate ... | head`) is not a failure.
let reported = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    if (!reported && stream === process.stdout) {
      reported = true;
      try {
        writeSync(2, `cpc: cannot write the output: ${inWords(e, "write")}\n`);
      } catch {
        // stderr is gone too: the exit code says it
      }
    }
    process.exit(2);
  });
}

const argv = process.argv.slice(2);
let quick: ReturnType<typeof quickAnswer>;
try {
  quick = quickAnswer(argv);
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(forTerminal(`cpc: ${e.message}\n`));
  quick = { text: "", code: 2 };
}
if (quick !== undefined) {
  // The version and the help need none of the readers, parsers or schemas.
  if (quick.text !== "") (quick.code === 0 ? process.stdout : process.stderr).write(quick.text);
  process.exitCode = quick.code;
} else {
  // Not a top-level await: the command is built as CommonJS, which starts faster (tsup.config.ts).
  void import("./main.js").then(async ({ main }) => {
    process.exitCode = await main(argv, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      stdin: () => process.stdin,
      env: process.env,
      stdoutIsTTY: process.stdout.isTTY,
      writeFile: (path, text) => writeFileSync(path, text),
    });
  });
}
