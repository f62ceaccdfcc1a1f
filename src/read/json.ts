/**
 * A plan as JSON: parsed, its repeated keys reported (the parser keeps the last), and
 * places found for issues in one pass over the text. Browser-safe.
 */
import { where } from "../schema/where.js";
import { makeIssue, type Issue } from "../model/issue.js";
import { hasRepeatedKeys, jsonLocator, lineIndex, repeatedKeys, type Position } from "./json-positions.js";
import { unreadable, type Parsed, type Path, type ReadSource } from "./parsed.js";

/** A position in a text file as an issue's place. */
export const atLine = (p: Position | undefined) => (p === undefined ? undefined : p.column === undefined ? { line: p.line } : { line: p.line, col: p.column });

/**
 * Reads a JSON text. `firstError` finds where a text JSON.parse refuses goes wrong (see
 * `json-error.ts`); without it, a refused text's issue has no place.
 */
export function parseJson(text: string, source: Omit<ReadSource, "format" | "columns">, firstError?: (text: string) => number | undefined): Parsed {
  const at = lineIndex(text);
  const base: ReadSource = { ...source, format: "json", columns: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const offset = firstError?.(text);
    const place = offset === undefined ? undefined : atLine(at(offset));
    return {
      data: undefined,
      issues: [unreadable(`not valid JSON: ${e instanceof Error ? e.message : String(e)}`, place)],
      source: base,
      locate: () => () => undefined,
    };
  }
  const issues = (hasRepeatedKeys(text, data) ? repeatedKeys(text) : []).map((r) =>
    repeated(r.path, data, at(r.first).line, at(r.offset).line, atLine(at(r.offset))),
  );
  return {
    data,
    issues,
    source: base,
    locate: (paths) => {
      // One pass over the text for all the paths asked about, then a look-up each.
      const found = jsonLocator(text, paths, at);
      return (path) => atLine(found(path));
    },
  };
}

/** The error for a key given twice in one object: the parsers keep the last and drop the others. */
export function repeated(path: Path, data: unknown, firstLine: number, line: number, at?: Issue["at"]): Issue {
  const key = String(path[path.length - 1]);
  const label = where(path.slice(0, -1), data);
  const issue = makeIssue(
    "duplicate-key",
    [...path],
    `${label}: "${key}" is given twice in one place (lines ${firstLine} and ${line}); only the last is read.`,
    `Keep one "${key}" and delete the other.`,
  );
  return at === undefined ? issue : { ...issue, at };
}
