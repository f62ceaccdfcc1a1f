/**
 * A file the officer picked, read in the browser: its format from its name, the plan,
 * and every issue with its place in the file (sheet and row, table and row, line).
 */
import { readPlanCsv } from "../../src/csv/index.js";
import { readPlanDocx } from "../../src/docx/index.js";
import type { ActionPlan, Issue } from "../../src/index.js";
import { validatePlan } from "../../src/schema/index.js";
import { readPlanXlsx } from "../../src/xlsx/index.js";
import { jsonLocator } from "../../src/cli/json-positions.js";
import { LineCounter, parseDocument, isNode } from "yaml";

/** An issue with where it is, in words ("Action Plan, row 6", "line 12"). */
export interface PlacedIssue extends Issue {
  readonly place: string | undefined;
}

/** A file read: its plan where it is usable, and its issues. */
export interface Loaded {
  readonly name: string;
  readonly format: string;
  readonly plan: ActionPlan | undefined;
  readonly issues: readonly PlacedIssue[];
}

type Path = readonly (string | number)[];

/** The formats the page reads, by extension. */
export const FORMATS = [".xlsx", ".docx", ".csv", ".tsv", ".json", ".yaml", ".yml"] as const;

/** Reads a file's bytes as the format its name says, and validates the plan. */
export function load(name: string, bytes: Uint8Array, asOf: string): Loaded {
  const ext = /\.[a-z]+$/i.exec(name)?.[0].toLowerCase() ?? "";
  let data: unknown;
  let readIssues: readonly Issue[] = [];
  let place: (path: Path) => string | undefined = () => undefined;
  let locate: ((paths: readonly Path[]) => (path: Path) => string | undefined) | undefined;
  const unreadable = (message: string): Loaded => ({
    name,
    format: ext,
    plan: undefined,
    issues: [{ severity: "error", code: "unreadable-file", path: [], message, place: undefined }],
  });
  if (ext === ".xlsx") {
    const r = readPlanXlsx(bytes);
    data = r.plan;
    readIssues = r.issues;
    place = (path) => {
      const row = r.rowOf(path);
      return row !== undefined ? `${r.sheet ?? "sheet"}, row ${row}` : undefined;
    };
  } else if (ext === ".docx") {
    const r = readPlanDocx(bytes);
    data = r.plan;
    readIssues = r.issues;
  } else if (ext === ".csv" || ext === ".tsv") {
    const r = readPlanCsv(bytes, ext === ".tsv" ? { delimiter: "\t" } : {});
    data = r.plan;
    readIssues = r.issues;
    place = (path) => {
      const line = r.lineOf(path);
      return line !== undefined ? `Line ${line}` : undefined;
    };
  } else if (ext === ".json") {
    const text = new TextDecoder().decode(bytes);
    try {
      data = JSON.parse(text);
    } catch (e) {
      return unreadable(`The file is not valid JSON: ${e instanceof Error ? e.message : String(e)}.`);
    }
    // Found for every issue's path at once, after validation: one pass over the text.
    locate = (paths) => {
      const at = jsonLocator(text, paths);
      return (path) => {
        const p = at(path);
        return p !== undefined ? `Line ${p.line}` : undefined;
      };
    };
  } else if (ext === ".yaml" || ext === ".yml") {
    const text = new TextDecoder().decode(bytes);
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    const error = doc.errors[0];
    if (error) return unreadable(`The file is not valid YAML (line ${lines.linePos(error.pos[0]).line}): ${error.message.split("\n")[0] ?? ""}`);
    data = doc.toJS({ maxAliasCount: 1000 });
    place = (path) => {
      for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) return `Line ${lines.linePos(node.range[0]).line}`;
      }
      return undefined;
    };
  } else {
    return unreadable(`The page reads ${FORMATS.join(", ")} files, not ${ext === "" ? "a file with no extension" : ext}.`);
  }
  const unusable = readIssues.some((i) => i.severity === "error" && (i.code === "unreadable-file" || i.code === "no-header"));
  if (unusable) return { name, format: ext, plan: undefined, issues: readIssues.map((i) => ({ ...i, place: undefined })) };
  const v = validatePlan(data, { asOf });
  if (locate) place = locate(v.issues.map((i) => i.path));
  // A reader's issues name their place in their message ("Action Plan!12", "Line 4").
  const issues = [...readIssues.map((i) => ({ ...i, place: undefined })), ...v.issues.map((i) => ({ ...i, place: place(i.path) }))];
  return { name, format: ext, plan: v.ok ? v.plan : undefined, issues };
}
