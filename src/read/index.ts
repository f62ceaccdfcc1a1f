/**
 * peer-challenge/read: one reader for every file a plan is kept in (JSON, YAML, CSV, TSV,
 * an Excel workbook, a Word document), bytes or text in, the plan validated out, with every
 * issue placed in the file as data. Browser-safe: no Node built-ins.
 *
 * @packageDocumentation
 */
import type { Issue } from "../model/issue.js";
import type { ActionPlan } from "../model/types.js";
import { validatePlan } from "../schema/validate.js";
import type { Wordings } from "../status/index.js";
import type { ColumnChoices } from "../table/roles.js";
import type { TextEncodingName } from "../table/text.js";
import { detectFormat, type DetectedFormat } from "./detect.js";
import { placed, unreadable, type PlanFormat, type ReadSource } from "./parsed.js";
import { firstJsonError } from "./json-error.js";
import { parseJson } from "./json.js";
import { parseFile, type Readers } from "./parse.js";
import { parseCsv, parseDocx, parseXlsx } from "./tables.js";
import { parseYaml } from "./yaml.js";

/** Every format's reader. */
const READERS: Readers = { json: (text, source) => parseJson(text, source, firstJsonError), yaml: parseYaml, csv: parseCsv, xlsx: parseXlsx, docx: parseDocx };

export type { PlanFormat, ReadSource } from "./parsed.js";
export type { ColumnChoices, ColumnReading } from "../table/roles.js";
export type { HeadingStrength } from "../table/columns.js";
export type { CsvLayout } from "../table/write.js";
export type { Issue, IssueAt } from "../model/issue.js";

/**
 * How to read a file: its name (which tells the format), or the format itself; and what a
 * spreadsheet does not say (the sheet, the encoding and delimiter of a text file, which
 * column is which, the council's own words, the council, the CPC start).
 *
 * @category Import and export
 * @example
 * ```ts
 * import type { ReadPlanOptions } from "peer-challenge/read";
 * const options: ReadPlanOptions = { name: "tracker.csv", cpcStart: "2024-01", columns: { "Due by": "timescale" } };
 * ```
 */
export interface ReadPlanOptions {
  /** The file's name: its extension tells the format, and messages name it. */
  readonly name?: string | undefined;
  /** The format, where the name does not tell it; otherwise told from the bytes. */
  readonly format?: PlanFormat | undefined;
  /** The sheet of a workbook to read. Default: the first visible sheet with a header. */
  readonly sheet?: string | undefined;
  /** A text file's encoding. Default: from its byte-order mark, else UTF-8, else Windows-1252 (said). */
  readonly encoding?: TextEncodingName | undefined;
  /** A CSV file's delimiter. Default: tab, semicolon or comma, whichever splits the rows most consistently. */
  readonly delimiter?: "," | ";" | "\t" | undefined;
  /** Which column of a table holds which field, by heading: `{ "Due by": "timescale" }`. */
  readonly columns?: ColumnChoices | undefined;
  /** The council's own status and RAG words. */
  readonly wordings?: Wordings | undefined;
  /** The council's name, where the file does not give it. */
  readonly council?: string | undefined;
  /** The CPC's first day, `YYYY-MM` or `YYYY-MM-DD`, where the file does not give it (applied before a table's columns are read). */
  readonly cpcStart?: string | undefined;
  /** The date to judge the plan as of. Default: today in Europe/London. */
  readonly asOf?: string | undefined;
}

/**
 * What {@link readPlan} read: narrows on `ok`. Not ok when the file cannot be read, a
 * reader found an error, or the plan is invalid; `issues` holds the reader's issues and
 * validation's together, each placed in the file (`at`).
 *
 * @category Import and export
 * @example
 * ```ts
 * import { readPlan, type ReadPlanResult } from "peer-challenge/read";
 * const r: ReadPlanResult = readPlan("Recommendation,Action\nImprove scrutiny,Train chairs\n", { name: "plan.csv" });
 * r.ok;
 * //=> true
 * ```
 */
export type ReadPlanResult = ReadPlanOk | ReadPlanNotOk;

/**
 * A file read into a valid plan.
 *
 * @category Import and export
 * @example
 * ```ts
 * import { readPlan, type ReadPlanOk } from "peer-challenge/read";
 * const r = readPlan("Recommendation,Action\nR,A\n", { name: "p.csv" });
 * if (r.ok) { const ok: ReadPlanOk = r; ok.plan.actions.length; }
 * ```
 */
export interface ReadPlanOk {
  /** No reader error, and the plan is valid. */
  readonly ok: true;
  /** The plan, validated. */
  readonly plan: ActionPlan;
  /** The reader's issues and validation's (warnings only), each placed in the file. */
  readonly issues: readonly Issue[];
  /** What was read, and how. */
  readonly source: ReadSource;
}

/**
 * A file that could not be read, or read into a plan that is not valid.
 *
 * @category Import and export
 * @example
 * ```ts
 * import { readPlan, type ReadPlanNotOk } from "peer-challenge/read";
 * const r = readPlan("", { name: "p.csv" });
 * if (!r.ok) { const notOk: ReadPlanNotOk = r; notOk.issues[0]?.code; }
 * ```
 */
export interface ReadPlanNotOk {
  /** A reader's error, or an invalid plan. */
  readonly ok: false;
  /** The plan, where its shape could be read (rule errors only). */
  readonly plan?: ActionPlan;
  /** Every issue, errors first among the reader's, each placed in the file. */
  readonly issues: readonly Issue[];
  /** What was read, and how. */
  readonly source: ReadSource;
}

/**
 * Reads a plan from a file's bytes (or text), whatever it is kept in: JSON, YAML, CSV or TSV
 * (any encoding Excel writes), an Excel workbook, a Word document. The format is told from
 * `name`, else from the bytes. The reader's issues and `validatePlan`'s come together, each
 * with its place in the file as data (`at`: sheet and cell, table and row, line and
 * column); `source` says what was read and how each column of a table was understood. Never
 * throws on a file's content.
 *
 * @param input - The file's bytes, or its text.
 * @param options - Its name or format, and what the file does not say.
 * @returns The plan (when it is valid), every issue, and what was read.
 * @category Import and export
 * @example
 * ```ts
 * import { readPlan } from "peer-challenge/read";
 * const r = readPlan("Issue,Action(s),Due by\nTraining is not up to date,Roll out training,March 2025\n", { name: "tracker.csv" });
 * r.source.columns.map((c) => c.as);
 * //=> ["recommendation", "title", "timescale"]
 * ```
 */
export function readPlan(input: Uint8Array | string, options: ReadPlanOptions = {}): ReadPlanResult {
  const detected = detectFormat(input, options.name, options.format);
  if ("refused" in detected) {
    const source: ReadSource = { format: "json", name: options.name, columns: [] };
    return { ok: false, issues: [unreadable(detected.refused, undefined, detected.hint)], source };
  }
  const parsed = parseFile(input, detected, options, READERS);
  if (parsed.data === undefined) return { ok: false, issues: parsed.issues, source: parsed.source };
  const data = withDetails(parsed.data, detected.format, options);
  const v = validatePlan(data, { asOf: options.asOf, wordings: options.wordings });
  const at = parsed.locate(v.issues.map((i) => i.path));
  const issues = [...parsed.issues, ...placed(v.issues, at)];
  const readerError = parsed.issues.some((i) => i.severity === "error");
  if (v.ok && !readerError) return { ok: true, plan: v.plan, issues, source: parsed.source };
  return { ok: false, ...(v.plan !== undefined ? { plan: v.plan } : {}), issues, source: parsed.source };
}

/** A JSON or YAML plan's council and CPC start, where it does not give them (a table's reader applies them itself). */
function withDetails(data: unknown, format: DetectedFormat["format"], options: ReadPlanOptions): unknown {
  if (format === "csv" || format === "tsv" || format === "xlsx" || format === "docx") return data;
  if ((options.council === undefined && options.cpcStart === undefined) || typeof data !== "object" || data === null || Array.isArray(data)) return data;
  const d = data as Record<string, unknown>;
  return {
    ...d,
    ...(options.council !== undefined && d["council"] === undefined ? { council: { name: options.council } } : {}),
    ...(options.cpcStart !== undefined && d["peerChallenge"] === undefined ? { peerChallenge: { start: options.cpcStart } } : {}),
  };
}
