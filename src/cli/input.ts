/**
 * Reading a plan file for the CLI: JSON, YAML, CSV or TSV, from a path or stdin,
 * with a way back from a path in the data to a line and column in the file.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { BadFile, UsageError } from "./errors.js";
import { collect, readFileBounded } from "./read-bytes.js";
import type { Issue } from "../model/issue.js";
import { error } from "../schema/rules.js";
import { where } from "../schema/where.js";
import { isRag, isStatus } from "../model/vocabulary.js";
import type { Wordings } from "../status/index.js";
import { decodeText, guessedEncodingIssues, type DecodedText, type TextEncodingName } from "../table/text.js";
import { jsonLocator, lineIndex, repeatedKeys, type Position } from "./json-positions.js";

export type InputFormat = "json" | "yaml" | "csv" | "tsv" | "xlsx" | "docx";
export type Path = readonly (string | number)[];
export type { Position };

export { BadFile, UsageError };

/** Where an input comes from: a file name, or "-" for stdin (its text or its stream). */
export type Stdin = () => string | Uint8Array | AsyncIterable<Uint8Array>;

export interface Input {
  /** The name to show: the path as given, or "stdin". */
  readonly name: string;
  readonly format: InputFormat;
  /** The parsed data, not yet validated. */
  readonly data: unknown;
  /** A table's headings in order (CSV and TSV), to write the plan back under them. */
  readonly layout?: import("../csv/write.js").CsvLayout | undefined;
  /** The council's own status and RAG words (--wordings), for validation to read too. */
  readonly wordings?: Wordings | undefined;
  /** Problems the reader found (CSV tables): issues with the same shape as validation's. */
  readonly readIssues: readonly Issue[];
  /** How the text was decoded: the encoding, and how it was known. */
  readonly encoding?: Pick<DecodedText, "encoding" | "how"> | undefined;
  /**
   * Prepares positions for these paths and returns a function giving the line (and
   * column) of each, or of its nearest ancestor present in the file.
   */
  readonly locator: (paths: readonly Path[]) => (path: Path) => Position | undefined;
}

export function formatOf(file: string, explicit?: string): InputFormat | undefined {
  if (explicit) {
    if (explicit === "json" || explicit === "yaml" || explicit === "csv" || explicit === "tsv" || explicit === "xlsx" || explicit === "docx") return explicit;
    throw new UsageError(`--input-format must be json, yaml, csv, tsv, xlsx or docx, not ${JSON.stringify(explicit)}`);
  }
  switch (extname(file).toLowerCase()) {
    case ".json":
      return "json";
    case ".yaml":
    case ".yml":
      return "yaml";
    case ".csv":
      return "csv";
    case ".tsv":
    case ".tab":
      return "tsv";
    case ".xlsx":
      return "xlsx";
    case ".docx":
      return "docx";
    default:
      return undefined;
  }
}

function sniff(text: string): InputFormat {
  const start = text.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  const firstLine = start.slice(0, Math.max(0, start.search(/\r?\n|$/)));
  if (firstLine.includes("\t")) return "tsv";
  if (/^(?:---|#|[\w"' -]+:(?:\s|$))/.test(firstLine)) return "yaml";
  return "csv";
}

const ENCODINGS: Readonly<Record<string, TextEncodingName>> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-16le": "utf-16le",
  utf16le: "utf-16le",
  "utf-16be": "utf-16be",
  utf16be: "utf-16be",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
};

/** The delimiter --delimiter names: ",", ";", or "tab" (or a tab character). */
export function delimiterOf(name: string | undefined): "," | ";" | "\t" | undefined {
  if (name === undefined) return undefined;
  if (name === "," || name === ";") return name;
  if (name === "\t" || name.toLowerCase() === "tab") return "\t";
  throw new UsageError(`--delimiter must be ",", ";" or tab, not ${JSON.stringify(name)}`);
}

/** The encoding --encoding names. Throws UsageError for one cpc does not read. */
export function encodingOf(name: string | undefined): TextEncodingName | undefined {
  if (name === undefined) return undefined;
  const e = Object.hasOwn(ENCODINGS, name.toLowerCase()) ? ENCODINGS[name.toLowerCase()] : undefined;
  if (e === undefined) throw new UsageError(`--encoding must be utf-8, utf-16le, utf-16be or windows-1252, not ${JSON.stringify(name)}`);
  return e;
}

async function readText(file: string, stdin: Stdin, encoding: TextEncodingName | undefined): Promise<DecodedText> {
  // Zero bytes are text only in UTF-16; a NUL in the first chunk of anything else is refused at once.
  const text = encoding !== "utf-16le" && encoding !== "utf-16be";
  if (file === "-") {
    const input = stdin();
    if (typeof input === "string") return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: "utf-8", how: "utf-8", guessed: false };
    return checked(file, decodeText(await collect(input instanceof Uint8Array ? [input] : input, "stdin", { text }), encoding));
  }
  return checked(file, decodeText(await readFileBounded(file, { text }), encoding));
}

/** A file's bytes, for a binary format: within the same size limit as text. */
async function readBytes(file: string, stdin: Stdin): Promise<Uint8Array> {
  if (file === "-") {
    const input = stdin();
    if (typeof input === "string") return new TextEncoder().encode(input);
    return collect(input instanceof Uint8Array ? [input] : input, "stdin", { text: false });
  }
  return readFileBounded(file, { text: false });
}

/** An Excel workbook: its table read as the table reader reads a CSV; issues name the sheet and row. */
async function readWorkbook(name: string, bytes: Uint8Array, options: { wordings?: Wordings; sheet?: string }): Promise<Input> {
  const { readPlanXlsx } = await import("../xlsx/index.js");
  const read = readPlanXlsx(bytes, {
    ...(options.wordings ? { wordings: options.wordings } : {}),
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
  });
  unreadable(name, read.issues);
  // A workbook has no lines: the messages name the sheet and row ("Action Plan!12").
  return { name, format: "xlsx", data: read.plan, wordings: options.wordings, readIssues: read.issues, layout: read.layout, locator: () => () => undefined };
}

/** A workbook or document that cannot be read at all is one line and exit 1, as broken JSON is, not a list of what is then missing. */
function unreadable(name: string, issues: readonly Issue[]): void {
  const fatal = issues.find((i) => i.code === "unreadable-file");
  if (fatal) throw new BadFile(name, `${fatal.message}${fatal.hint ? ` ${fatal.hint}` : ""}`);
}

/** A Word document: its tables read as the table reader reads a CSV; issues name the table and row. */
async function readDocument(name: string, bytes: Uint8Array, options: { wordings?: Wordings }): Promise<Input> {
  const { readPlanDocx } = await import("../docx/index.js");
  const read = readPlanDocx(bytes, options.wordings ? { wordings: options.wordings } : {});
  unreadable(name, read.issues);
  return { name, format: "docx", data: read.plan, wordings: options.wordings, readIssues: read.issues, layout: read.layout, locator: () => () => undefined };
}

/** Refuses text with a NUL in it: after decoding (UTF-16 has zero bytes), no plan has one. */
function checked(file: string, decoded: DecodedText): DecodedText {
  if (decoded.text.includes("\u0000")) throw new BadFile(file === "-" ? "stdin" : file, "the file is binary, not a JSON, YAML, CSV or TSV plan");
  return decoded;
}

/**
 * Reads and parses a plan file (or "-" for stdin). Throws UsageError or BadFile.
 * The YAML, CSV and JSON-error parsers are loaded only for the files that need them,
 * which keeps `cpc` quick to start.
 */
export async function readInput(
  file: string,
  options: { inputFormat?: string; encoding?: TextEncodingName; delimiter?: "," | ";" | "\t"; wordings?: Wordings; sheet?: string; stdin: Stdin },
): Promise<Input> {
  const name = file === "-" ? "stdin" : file;
  const declared = formatOf(file, options.inputFormat);
  if (file !== "-" && declared === undefined) {
    throw new UsageError(`${file}: cannot tell the format from the name; use .json, .yaml, .yml, .csv, .tsv, .xlsx or .docx, or --input-format`);
  }
  if (declared === "xlsx") return readWorkbook(name, await readBytes(file, options.stdin), options);
  if (declared === "docx") return readDocument(name, await readBytes(file, options.stdin), options);
  const decoded = await readText(file, options.stdin, options.encoding);
  const text = decoded.text;
  const encodingIssues = guessedEncodingIssues(decoded, name);
  const format = declared ?? sniff(text);
  if (text.trim() === "") throw new BadFile(name, "the file is empty");
  const at = lineIndex(text);

  if (format === "json") {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new BadFile(name, `not valid JSON: ${e instanceof Error ? e.message : String(e)}`, await firstJsonError(text, at));
    }
    const locator = (paths: readonly Path[]) => jsonLocator(text, paths, at);
    const readIssues = repeatedKeys(text).map((r) => repeated(r.path, data, at(r.first).line, at(r.offset).line));
    return { name, format, data, wordings: options.wordings, readIssues: [...encodingIssues, ...readIssues], encoding: decoded, locator };
  }

  if (format === "yaml") {
    const { LineCounter, parseDocument, isNode, isMap, isScalar, isSeq } = await import("yaml");
    const lineCounter = new LineCounter();
    let doc: ReturnType<typeof parseDocument>;
    try {
      // Repeated keys are found below, in one pass: the parser's own check is quadratic.
      doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    } catch (e) {
      throw new BadFile(name, `not valid YAML: ${e instanceof Error ? e.message : String(e)}`);
    }
    const error = doc.errors[0];
    if (error) throw new BadFile(name, `not valid YAML: ${error.message.split("\n")[0]}`, at(error.pos[0]));
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 1000 });
    } catch (e) {
      throw new BadFile(name, `the YAML could not be read: ${e instanceof Error ? e.message : String(e)}`);
    }
    // Where each path asked about starts, found in one walk down only the paths asked
    // about: looking each up from the top (doc.getIn) searches a mapping's keys one by
    // one, which for 100,000 issues in a mapping of 100,000 keys is 10^10 steps.
    const locator = (paths: readonly Path[]) => {
      const wanted = new Set<string>();
      for (const p of paths) for (let n = 0; n <= p.length; n++) wanted.add(p.slice(0, n).join("\u0000"));
      const offsets = new Map<string, number>();
      const visit = (node: unknown, key: string): void => {
        if (isNode(node) && node.range) offsets.set(key, node.range[0]);
        const child = (k: string | number) => (key === "" ? String(k) : `${key}\u0000${k}`);
        if (isMap(node)) {
          for (const pair of node.items) {
            const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
            const id = child(k);
            // A key given twice: the parser reads the last, and so does this.
            if (wanted.has(id)) visit(pair.value, id);
          }
        } else if (isSeq(node))
          node.items.forEach((item, i) => {
            const id = child(i);
            if (wanted.has(id)) visit(item, id);
          });
      };
      visit(doc.contents, "");
      return (path: Path): Position | undefined => {
        const last = repeatedAt.size > 0 ? repeatedAt.get(path.join("\u0000")) : undefined;
        if (last !== undefined) return at(last);
        for (let n = path.length; n >= 0; n--) {
          const offset = offsets.get(path.slice(0, n).join("\u0000"));
          if (offset !== undefined) return at(offset);
        }
        return undefined;
      };
    };
    const readIssues: Issue[] = [];
    const repeatedAt = new Map<string, number>();
    const walk = (node: unknown, path: (string | number)[]): void => {
      // A plan is six levels deep; deeper nesting is the schema's to report.
      if (path.length > 32 || readIssues.length >= 100) return;
      if (isMap(node)) {
        const seen = new Map<string, number>();
        for (const pair of node.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
          const at = isNode(pair.key) && pair.key.range ? pair.key.range[0] : 0;
          const first = seen.get(key);
          if (first === undefined) seen.set(key, at);
          else {
            readIssues.push(repeated([...path, key], data, lineOf(first), lineOf(at)));
            // The parser reads the last: so does the locator, as for JSON.
            repeatedAt.set([...path, key].join("\u0000"), at);
          }
          walk(pair.value, [...path, key]);
        }
      } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    };
    const lineOf = (offset: number) => at(offset).line;
    walk(doc.contents, []);
    return { name, format, data, wordings: options.wordings, readIssues: [...encodingIssues, ...readIssues], encoding: decoded, locator };
  }

  const { readPlanCsv } = await import("../csv/index.js");
  const delimiter = options.delimiter ?? (format === "tsv" ? "\t" : undefined);
  const csv = readPlanCsv(text, { ...(delimiter ? { delimiter } : {}), ...(options.wordings ? { wordings: options.wordings } : {}) });
  return {
    name,
    format,
    data: csv.plan,
    layout: csv.layout,
    wordings: options.wordings,
    readIssues: [...encodingIssues, ...csv.issues],
    encoding: decoded,
    locator: () => (path) => {
      const line = csv.lineOf(path);
      return line === undefined ? undefined : { line };
    },
  };
}

/** The error for a key given twice in one object: the parsers keep the last and drop the others. */
function repeated(path: Path, data: unknown, firstLine: number, line: number): Issue {
  const key = String(path[path.length - 1]);
  const label = where(path.slice(0, -1), data);
  return error(
    "duplicate-key",
    [...path],
    `${label}: "${key}" is given twice in one place (lines ${firstLine} and ${line}); only the last is read.`,
    `Keep one "${key}" and delete the other.`,
  );
}

/**
 * The council's own words, from a YAML or JSON file (--wordings): each word as written,
 * with the status and/or RAG it means ("Behind schedule: {status: in-progress, rag: red}"),
 * or one of them alone ("Slipping: amber"). Throws UsageError naming the word at fault.
 */
export async function readWordings(file: string): Promise<Wordings> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`cannot read --wordings ${file}`);
  }
  const { parse } = await import("yaml");
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new UsageError(`--wordings ${file} is not valid YAML or JSON: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new UsageError(`--wordings ${file} should map each word to what it means, e.g. "Behind schedule: {status: in-progress, rag: red}"`);
  const out: Record<string, { status?: import("../model/vocabulary.js").Status; rag?: import("../model/vocabulary.js").Rag }> = {};
  for (const [word, meaning] of Object.entries(data as Record<string, unknown>)) {
    const bad = () =>
      new UsageError(
        `--wordings ${file}: ${JSON.stringify(word)} should give a status (not-started, in-progress, complete, ongoing, on-hold, cancelled) and/or a RAG rating (red, amber, green, blue), not ${JSON.stringify(meaning)}`,
      );
    if (typeof meaning === "string") {
      if (isStatus(meaning)) out[word] = { status: meaning };
      else if (isRag(meaning)) out[word] = { rag: meaning };
      else throw bad();
      continue;
    }
    if (typeof meaning !== "object" || meaning === null) throw bad();
    const { status, rag, ...rest } = meaning as Record<string, unknown>;
    if (
      Object.keys(rest).length > 0 ||
      (status === undefined && rag === undefined) ||
      (status !== undefined && !isStatus(status)) ||
      (rag !== undefined && !isRag(rag))
    )
      throw bad();
    out[word] = { ...(status !== undefined ? { status } : {}), ...(rag !== undefined ? { rag } : {}) };
  }
  return out;
}

/** Where JSON.parse gave up: jsonc-parser's scanner stops at the first error. */
async function firstJsonError(text: string, at: (offset: number) => Position): Promise<Position | undefined> {
  const { visit } = await import("jsonc-parser");
  let offset: number | undefined;
  try {
    visit(
      text,
      {
        onError: (_error, errorOffset) => {
          offset = errorOffset;
          throw new Error("stop");
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch {
    // stopped at the first error, or nested too deeply to scan
  }
  return offset === undefined ? undefined : at(offset);
}
