/**
 * Reading a file of a known format without validating it: the data, the reader's issues
 * (placed), and a way to place validation's. What `readPlan` and the CLI share; no zod here,
 * so a command that reads a good plan starts quickly. Browser-safe.
 */
import type { Issue } from "../model/issue.js";
import type { Wordings } from "../status/index.js";
import type { ColumnChoices } from "../table/roles.js";
import { decodeText, guessedEncodingIssues, type TextEncodingName } from "../table/text.js";
import { recordRows } from "../table/records.js";
import type { DetectedFormat } from "./detect.js";
import type { parseJson } from "./json.js";
import { unreadable, type Parsed, type ReadSource } from "./parsed.js";
import type { parseCsv, parseDocx, parseXlsx } from "./tables.js";
import type { parseYaml } from "./yaml.js";

/**
 * Each format's reader. `readPlan` gives them all; the CLI gives the one a file needs,
 * loaded for it, so that reading a JSON plan loads no YAML, CSV or zip reader.
 */
export interface Readers {
  readonly json: typeof parseJson;
  readonly yaml: typeof parseYaml;
  readonly csv: typeof parseCsv;
  readonly xlsx: typeof parseXlsx;
  readonly docx: typeof parseDocx;
}

/** What reading a file needs besides its bytes (see `ReadPlanOptions`). */
export interface ParseOptions {
  readonly name?: string | undefined;
  readonly sheet?: string | undefined;
  readonly encoding?: TextEncodingName | undefined;
  readonly delimiter?: "," | ";" | "\t" | undefined;
  readonly columns?: ColumnChoices | undefined;
  readonly wordings?: Wordings | undefined;
  readonly council?: string | undefined;
  readonly cpcStart?: string | undefined;
}

/** Reads a file of a known format (or "text", told from the text): never throws on its content. */
export function parseFile(input: Uint8Array | string, detected: DetectedFormat, options: ParseOptions, readers: Readers): Parsed {
  const name = options.name;
  const table = {
    ...(options.wordings !== undefined ? { wordings: options.wordings } : {}),
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
  };
  if (detected.format === "xlsx" || detected.format === "docx") {
    const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
    if (detected.format === "xlsx")
      return readers.xlsx(bytes, { ...table, ...(options.sheet !== undefined ? { sheet: options.sheet } : {}), ...cpc(options) }, { name });
    return readers.docx(bytes, { ...table, ...cpc(options) }, { name });
  }
  let text: string;
  let encodingIssues: Issue[] = [];
  let encoding: Pick<ReadSource, "encoding" | "encodingFrom"> = {};
  if (typeof input === "string") text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else {
    const decoded = decodeText(input, options.encoding);
    text = decoded.text;
    encodingIssues = guessedEncodingIssues(decoded, name ?? "The file");
    encoding = { encoding: decoded.encoding, encodingFrom: decoded.how };
  }
  const source = { name, ...encoding };
  const format = detected.format === "text" ? sniffText(text) : detected.format;
  const refused = (message: string): Parsed => ({
    data: undefined,
    issues: [unreadable(message)],
    source: { ...source, format, columns: [] },
    locate: () => () => undefined,
  });
  if (text.includes("\u0000")) return refused("the file is binary, not a JSON, YAML, CSV or TSV plan");
  if (text.trim() === "") return refused("the file is empty");
  const withEncoding = (p: Parsed): Parsed => ({ ...p, issues: [...encodingIssues, ...p.issues], source: { ...p.source, ...encoding } });
  if (format === "json") return withEncoding(readers.json(text, source));
  if (format === "yaml") return withEncoding(readers.yaml(text, source));
  const delimiter = options.delimiter ?? (format === "tsv" ? "\t" : undefined);
  return withEncoding(readers.csv(text, { ...table, ...(delimiter !== undefined ? { delimiter } : {}), ...cpc(options) }, source, format));
}

/** The council and CPC start a table does not give, for the table reader to apply before its columns. */
function cpc(options: ParseOptions): { council?: string; cpcStart?: string } {
  return {
    ...(options.council !== undefined ? { council: options.council } : {}),
    ...(options.cpcStart !== undefined ? { cpcStart: options.cpcStart } : {}),
  };
}

/** A text's format from its first characters: JSON, YAML, TSV (a tab in the first line) or CSV. */
export function sniffText(text: string): "json" | "yaml" | "csv" | "tsv" {
  const start = text.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  const firstLine = start.slice(0, Math.max(0, start.search(/\r?\n|$/)));
  if (firstLine.includes("\t")) return "tsv";
  if (/^(?:---|#|[\w"' -]+:(?:\s|$))/.test(firstLine)) {
    // "Recommendation 1: ...", "Action: ...", "Lead officer: ...": a plan in labelled lines, read as a table's records.
    const lines = start.split(/\r\n|\r|\n/, 200).map((line, i) => ({ text: line, place: `Line ${i + 1}` }));
    return recordRows(lines) !== undefined ? "csv" : "yaml";
  }
  return "csv";
}
