#!/usr/bin/env node
import { readFileSync, writeFileSync } from "node:fs";
import { main } from "./main.js";

// A reader that stops early (`cpc validate ... | head`) is not a failure.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: () => readFileSync(0),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  writeFile: (path, text) => writeFileSync(path, text),
});
