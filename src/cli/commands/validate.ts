/** `cpc validate <file...>`: each file's errors and warnings at their lines. */
import { issueOf, type Issue } from "../../model/issue.js";
import { choose, formatIssue, located, validate, type Context } from "../context.js";
import { BadFile, UsageError } from "../errors.js";
import type { Input } from "../input.js";
import { annotation } from "../present.js";

const ENCODING_NAMES = { "utf-8": "UTF-8", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE", "windows-1252": "Windows-1252" } as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Checks each file. Exit 1 when any has an error, or (--strict) a warning about its
 * content; a warning that depends on the date (it carries `asOf`) fails only with
 * --check-dates, so an unchanged file gives the same exit code every day.
 */
export async function validateCommand(ctx: Context): Promise<number> {
  const { values, world, style } = ctx;
  const files = ctx.positionals;
  const format = choose("format", values.format, ["text", "json", "github"] as const, "text");
  const checkDates = values["check-dates"] === true;
  // Without --check-dates, what depends on the date is shown (it is true today) but never fails a run.
  const counts = (i: Issue) => i.severity === "error" || i.asOf === undefined || checkDates;
  const run: Run = { code: 0, errors: 0, warnings: 0, invalid: 0, lines: [], report: [] };
  for (const file of files) {
    let input: Input;
    try {
      input = await ctx.read(file);
    } catch (e) {
      if (e instanceof UsageError) {
        world.stderr(`cpc: ${e.message}\n`);
        run.code = 2;
        run.invalid++;
        run.report.push({ file, ok: false, error: e.message });
        continue;
      }
      if (!(e instanceof BadFile)) throw e;
      unreadable(run, file, e, format, style);
      continue;
    }
    const result = await validate(input.data, { asOf: ctx.asOf, wordings: input.wordings });
    const issues = [...input.readIssues, ...result.issues];
    const errors = issues.filter((i) => i.severity === "error").length;
    const warnings = issues.length - errors;
    const dated = issues.filter((i) => i.asOf !== undefined).length;
    run.errors += errors;
    run.warnings += warnings;
    if (errors > 0) run.invalid++;
    if (errors > 0 || (values.strict && issues.some((i) => i.severity === "warning" && counts(i)))) run.code = Math.max(run.code, 1);
    present(run, input, issues, { format, errors, warnings, dated, asOf: ctx.asOf, checkDates, style });
  }
  const summary = `cpc: ${plural(files.length, "file")}, ${run.invalid} invalid, ${plural(run.errors, "error")}, ${plural(run.warnings, "warning")}${values.strict ? " (strict)" : ""}`;
  if (format === "json") run.lines.push(JSON.stringify({ ok: run.code === 0, files: run.report }, null, 2));
  else if (format === "github" || files.length > 1) run.lines.push(summary);
  ctx.out(run.lines.length > 0 ? `${run.lines.join("\n")}\n` : "");
  return run.code;
}

/** What a run has found so far: its exit code, the totals, and the output's lines (JSON: each file's report). */
interface Run {
  code: number;
  errors: number;
  warnings: number;
  invalid: number;
  readonly lines: string[];
  readonly report: unknown[];
}

/** A file that cannot be read at all: one error, at its place where there is one. */
function unreadable(run: Run, file: string, e: BadFile, format: "text" | "json" | "github", style: Context["style"]): void {
  run.errors++;
  run.invalid++;
  run.code = Math.max(run.code, 1);
  const pos = e.position;
  if (format === "github")
    run.lines.push(
      annotation("error", { file, ...(pos ? { line: pos.line } : {}), ...(pos?.column ? { col: pos.column } : {}), title: "unreadable-file" }, e.message),
    );
  else if (format === "text")
    run.lines.push(
      `${file}${pos ? `:${pos.line}${pos.column ? `:${pos.column}` : ""}` : ""}: ${style.red("error")} ${style.dim("unreadable-file")}: ${e.message}`,
    );
  run.report.push({
    file,
    ok: false,
    errors: 1,
    warnings: 0,
    issues: [issueOf({ code: "unreadable-file", path: [], message: e.message, ...(pos ? { line: pos.line, column: pos.column } : {}) })],
  });
}

/** One file's issues, in the format asked for: JSON's report, GitHub's annotations, or lines of text with a verdict. */
function present(
  run: Run,
  input: Input,
  issues: readonly Issue[],
  {
    format,
    errors,
    warnings,
    dated,
    asOf,
    checkDates,
    style,
  }: { format: "text" | "json" | "github"; errors: number; warnings: number; dated: number; asOf: string; checkDates: boolean; style: Context["style"] },
): void {
  const locate = input.locator(issues.map((i) => i.path));
  if (format === "json") {
    run.report.push({
      file: input.name,
      format: input.format,
      ...(input.encoding ? { encoding: input.encoding.encoding } : {}),
      ok: errors === 0,
      errors,
      warnings,
      issues: issues.map((i) => ({ ...i, ...located(locate, i) })),
    });
  } else if (format === "github") {
    for (const i of issues) {
      const pos = located(locate, i);
      run.lines.push(
        annotation(
          i.severity,
          {
            file: input.name,
            ...(pos.line !== undefined ? { line: pos.line } : {}),
            ...(pos.column !== undefined ? { col: pos.column } : {}),
            title: i.code,
          },
          i.hint ? `${i.message} ${i.hint}` : i.message,
        ),
      );
    }
  } else {
    for (const i of issues) run.lines.push(formatIssue(input, locate, i, style));
    const verdict = errors > 0 ? style.red("invalid") : style.green("valid");
    const asOfNote = dated > 0 ? `; ${dated} of them as of ${asOf}${checkDates ? "" : ", which --strict does not count without --check-dates"}` : "";
    run.lines.push(`${input.name}: ${verdict} (${plural(errors, "error")}, ${plural(warnings, "warning")}${asOfNote})`);
    // Which encoding the text was read in, when it was not plain UTF-8 (a guess is a warning above).
    const e = input.encoding;
    if (e !== undefined && e.how !== "utf-8" && !(e.how === "bom" && e.encoding === "utf-8"))
      run.lines.push(
        style.dim(`  read as ${ENCODING_NAMES[e.encoding]}${e.how === "bom" ? " (from its byte-order mark)" : e.how === "given" ? " (--encoding)" : ""}`),
      );
  }
}
