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
  let code = 0;
  let totalErrors = 0;
  let totalWarnings = 0;
  let invalid = 0;
  const lines: string[] = [];
  const report: unknown[] = [];
  for (const file of files) {
    let input: Input;
    try {
      input = await ctx.read(file);
    } catch (e) {
      if (e instanceof UsageError) {
        world.stderr(`cpc: ${e.message}\n`);
        code = 2;
        invalid++;
        report.push({ file, ok: false, error: e.message });
        continue;
      }
      if (!(e instanceof BadFile)) throw e;
      totalErrors++;
      invalid++;
      code = Math.max(code, 1);
      const pos = e.position;
      if (format === "github")
        lines.push(
          annotation("error", { file, ...(pos ? { line: pos.line } : {}), ...(pos?.column ? { col: pos.column } : {}), title: "unreadable-file" }, e.message),
        );
      else if (format === "text")
        lines.push(
          `${file}${pos ? `:${pos.line}${pos.column ? `:${pos.column}` : ""}` : ""}: ${style.red("error")} ${style.dim("unreadable-file")}: ${e.message}`,
        );
      report.push({
        file,
        ok: false,
        errors: 1,
        warnings: 0,
        issues: [issueOf({ code: "unreadable-file", path: [], message: e.message, ...(pos ? { line: pos.line, column: pos.column } : {}) })],
      });
      continue;
    }
    const result = await validate(input.data, { asOf: ctx.asOf, wordings: input.wordings });
    const issues = [...input.readIssues, ...result.issues];
    const errors = issues.filter((i) => i.severity === "error").length;
    const warnings = issues.length - errors;
    const dated = issues.filter((i) => i.asOf !== undefined).length;
    totalErrors += errors;
    totalWarnings += warnings;
    if (errors > 0) invalid++;
    if (errors > 0 || (values.strict && issues.some((i) => i.severity === "warning" && counts(i)))) code = Math.max(code, 1);
    const locate = input.locator(issues.map((i) => i.path));
    if (format === "json") {
      report.push({
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
        lines.push(
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
      for (const i of issues) lines.push(formatIssue(input, locate, i, style));
      const verdict = errors > 0 ? style.red("invalid") : style.green("valid");
      const asOfNote = dated > 0 ? `; ${dated} of them as of ${ctx.asOf}${checkDates ? "" : ", which --strict does not count without --check-dates"}` : "";
      lines.push(`${input.name}: ${verdict} (${plural(errors, "error")}, ${plural(warnings, "warning")}${asOfNote})`);
      // Which encoding the text was read in, when it was not plain UTF-8 (a guess is a warning above).
      const e = input.encoding;
      if (e !== undefined && e.how !== "utf-8" && !(e.how === "bom" && e.encoding === "utf-8"))
        lines.push(
          style.dim(`  read as ${ENCODING_NAMES[e.encoding]}${e.how === "bom" ? " (from its byte-order mark)" : e.how === "given" ? " (--encoding)" : ""}`),
        );
    }
  }
  const summary = `cpc: ${plural(files.length, "file")}, ${invalid} invalid, ${plural(totalErrors, "error")}, ${plural(totalWarnings, "warning")}${values.strict ? " (strict)" : ""}`;
  if (format === "json") lines.push(JSON.stringify({ ok: code === 0, files: report }, null, 2));
  else if (format === "github" || files.length > 1) lines.push(summary);
  ctx.out(lines.length > 0 ? `${lines.join("\n")}\n` : "");
  return code;
}
