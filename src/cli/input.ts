/**
 * Reading a plan file for the CLI: JSON, YAML, CSV or TSV, from a path or stdin,
 * with a way back from a path in the data to a line and column in the file.
 */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { BadFile, UsageError } from "./errors.js";
import { collect, readFileBounded } from "./read-bytes.js";
import type { Issue } from "../model/issue.js";
import type { ReadSource } from "../read/parsed.js";
import type { ColumnChoices } from "../table/roles.js";
import { isRag, isStatus } from "../model/vocabulary.js";
import type { Wordings } from "../status/index.js";
import { decodeText, type DecodedText, type TextEncodingName } from "../table/text.js";
// The JSON reader is loaded with the CLI: most plans are JSON, and as separate files they
// cost cpc validate four more module loads; the other formats' readers load when needed.
import { detectFormat } from "../read/detect.js";
import { parseJson } from "../read/json.js";
import { lineIndex, type Position } from "../read/json-positions.js";
import { parseFile, sniffText, type Readers } from "../read/parse.js";

export type InputFormat = "json" | "yaml" | "csv" | "tsv" | "xlsx" | "docx" | "pdf";
export type Path = readonly (string | number)[];
export type { Position };

/** What --columns can say a column holds. */
type ColumnChoice = ColumnChoices[string];

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
  /** What was read: the format, the sheet, how each column of a table was understood. */
  readonly source?: ReadSource | undefined;
  /**
   * Prepares positions for these paths and returns a function giving the line (and
   * column) of each, or of its nearest ancestor present in the file.
   */
  readonly locator: (paths: readonly Path[]) => (path: Path) => Position | undefined;
}

export function formatOf(file: string, explicit?: string): Exclude<InputFormat, "pdf"> | undefined {
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

/**
 * Reads and parses a plan file (or "-" for stdin) through the library's readers
 * (peer-challenge/read), each format's loaded only for the files that need it, which keeps
 * `cpc` quick to start. Throws UsageError (a name cpc cannot place, a directory, a format it
 * does not read) or BadFile (a file it cannot read at all, with its place).
 */
export async function readInput(
  file: string,
  options: {
    inputFormat?: string;
    encoding?: TextEncodingName;
    delimiter?: "," | ";" | "\t";
    wordings?: Wordings;
    sheet?: string;
    columns?: ColumnChoices;
    council?: string;
    cpcStart?: string;
    stdin: Stdin;
  },
): Promise<Input> {
  const name = file === "-" ? "stdin" : file;
  const declared = formatOf(file, options.inputFormat);
  // A PDF (an action plan published as a committee paper's appendix): its table read by where its text stands.
  const pdfByName = file !== "-" && declared === undefined && extname(file).toLowerCase() === ".pdf";
  // A .txt is told from its content, as standard input is: Excel's "Unicode Text" (UTF-16, tab-separated) is saved as .txt.
  if (pdfByName) return readPdf(name, await readBytes(file, options.stdin, undefined, undefined), options);
  if (file !== "-" && declared === undefined && extname(file).toLowerCase() !== ".txt") {
    if (isDirectory(file)) throw new UsageError(`${file} is a directory: give the plan files in it (cpc <command> ${file}/*.yaml)`);
    const refused = detectFormat(new Uint8Array(), file, undefined);
    if ("refused" in refused) throw new UsageError(`${refused.refused} ${refused.hint ?? ""}`.trim());
    throw new UsageError(`${file}: cannot tell the format from the name; use .json, .yaml, .yml, .csv, .tsv, .txt, .xlsx or .docx, or --input-format`);
  }
  const bytes = await readBytes(file, options.stdin, declared, options.encoding);
  // Standard input's format is told from its content: a workbook or a document by its zip's parts.
  const detected =
    declared !== undefined ? { format: declared } : typeof bytes === "string" ? { format: "text" as const } : detectFormat(bytes, undefined, undefined);
  if ("refused" in detected) {
    if (typeof bytes !== "string" && isPdf(bytes)) return readPdf(name, bytes, options);
    throw new BadFile(name, `${detected.refused.replace(/^The file is /, "it is ")} ${detected.hint ?? ""}`.trim());
  }
  // The one reader the file needs, loaded for it.
  const format = detected.format === "text" ? sniffText(typeof bytes === "string" ? bytes : firstText(bytes, options.encoding)) : detected.format;
  const readers = await readersFor(format);
  const parsed = parseFile(
    bytes,
    detected,
    {
      name,
      ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
      ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}),
      ...(options.wordings !== undefined ? { wordings: options.wordings } : {}),
      ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
      ...(options.columns !== undefined ? { columns: options.columns } : {}),
      ...(options.council !== undefined ? { council: options.council } : {}),
      ...(options.cpcStart !== undefined ? { cpcStart: options.cpcStart } : {}),
    },
    readers,
  );
  // A file that cannot be read at all is one line and exit 1, as broken JSON is, not a list of what is then missing.
  const fatal = parsed.issues.find((i) => i.code === "unreadable-file");
  if (fatal !== undefined || parsed.data === undefined) throw await unreadable(name, fatal, format, bytes, options.encoding);
  const source = parsed.source;
  return {
    name,
    format: source.format,
    data: parsed.data,
    ...(source.layout !== undefined ? { layout: source.layout } : {}),
    wordings: options.wordings,
    readIssues: parsed.issues,
    ...(source.encoding !== undefined && source.encodingFrom !== undefined ? { encoding: { encoding: source.encoding, how: source.encodingFrom } } : {}),
    source,
    locator: (paths) => {
      const at = parsed.locate(paths);
      return (path) => {
        const p = at(path);
        return p?.line === undefined ? undefined : { line: p.line, ...(p.col !== undefined ? { column: p.col } : {}) };
      };
    },
  };
}

/** Whether the bytes are a PDF's: "%PDF". */
const isPdf = (bytes: Uint8Array | string): bytes is Uint8Array =>
  typeof bytes !== "string" && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;

/** A PDF's plan, its reader loaded for it. */
async function readPdf(
  name: string,
  bytes: Uint8Array | string,
  options: { wordings?: Wordings; columns?: ColumnChoices; council?: string; cpcStart?: string },
): Promise<Input> {
  if (!isPdf(bytes)) throw new BadFile(name, "it is named .pdf, but it is not a PDF (it does not start with %PDF)");
  const { readPdfPlan } = await import("./pdf-input.js");
  const read = await readPdfPlan(name, bytes, options);
  // A PDF has no lines to point at: its issues name the page.
  return { name, format: "pdf", data: read.data, wordings: options.wordings, readIssues: read.issues, locator: () => () => undefined };
}

/** The error for a file that cannot be read at all, placed where broken JSON goes wrong. */
async function unreadable(
  name: string,
  fatal: Issue | undefined,
  format: InputFormat,
  bytes: Uint8Array | string,
  encoding: TextEncodingName | undefined,
): Promise<BadFile> {
  let at = fatal?.at;
  // Where broken JSON goes wrong: found only now, so that a good file never loads the scanner.
  if (at === undefined && format === "json" && fatal?.message.startsWith("not valid JSON")) {
    const { firstJsonError } = await import("../read/json-error.js");
    const text = typeof bytes === "string" ? bytes : firstText(bytes, encoding, Infinity);
    const offset = firstJsonError(text);
    if (offset !== undefined) {
      const p = lineIndex(text)(offset);
      at = { line: p.line, ...(p.column !== undefined ? { col: p.column } : {}) };
    }
  }
  return new BadFile(
    name,
    fatal ? `${fatal.message}${fatal.hint ? ` ${fatal.hint}` : ""}` : "the file could not be read",
    at?.line !== undefined ? { line: at.line, ...(at.col !== undefined ? { column: at.col } : {}) } : undefined,
  );
}

/** The start of a text file's text (all of it with `length` Infinity), decoded as the readers decode it. */
function firstText(bytes: Uint8Array, encoding: TextEncodingName | undefined, length = 65536): string {
  const head = length === Infinity ? bytes : bytes.subarray(0, length);
  // Decoded with the readers' own decoder, so a byte-order mark or Windows-1252 reads the same.
  return decodeText(head, encoding).text;
}

/** The reader of one format, loaded; the others refuse (they are never asked for). */
async function readersFor(format: InputFormat): Promise<Readers> {
  const never = (): never => {
    throw new Error(`a ${format} file was given to another format's reader`);
  };
  const none: Readers = { json: never, yaml: never, csv: never, xlsx: never, docx: never };
  switch (format) {
    case "json":
      return { ...none, json: parseJson };
    case "yaml":
      return { ...none, yaml: (await import("../read/yaml.js")).parseYaml };
    default: {
      const tables = await import("../read/tables.js");
      return { ...none, csv: tables.parseCsv, xlsx: tables.parseXlsx, docx: tables.parseDocx };
    }
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** A file's bytes (or stdin's text as given), within the size limit. */
async function readBytes(file: string, stdin: Stdin, format: InputFormat | undefined, encoding: TextEncodingName | undefined): Promise<Uint8Array | string> {
  // Zero bytes are text only in UTF-16 and in a workbook or document; the bytes decide for stdin.
  const text = format !== undefined && format !== "xlsx" && format !== "docx" && encoding !== "utf-16le" && encoding !== "utf-16be";
  if (file === "-") {
    const input = stdin();
    if (typeof input === "string") return input;
    return collect(input instanceof Uint8Array ? [input] : input, "stdin", { text: false });
  }
  return readFileBounded(file, { text });
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

/**
 * Which column of a table holds what, from a YAML or JSON file (--columns): each heading as
 * the table writes it, with the field it holds ("Due by: timescale"). Throws UsageError
 * naming the heading at fault.
 */
export async function readColumnChoices(file: string): Promise<ColumnChoices> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`cannot read --columns ${file}`);
  }
  const { parse } = await import("yaml");
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new UsageError(`--columns ${file} is not valid YAML or JSON: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new UsageError(`--columns ${file} should map each heading to what its column holds, e.g. "Due by: timescale"`);
  // The fields a column can be said to hold, and "field" (kept as it is) and "ignore".
  const { TABLE_COLUMNS } = await import("../table/columns.js");
  const choices: readonly ColumnChoice[] = [...TABLE_COLUMNS, "field", "ignore"];
  const out: Record<string, ColumnChoice> = {};
  for (const [heading, as] of Object.entries(data as Record<string, unknown>)) {
    if (typeof as !== "string" || !(choices as readonly string[]).includes(as))
      throw new UsageError(`--columns ${file}: ${JSON.stringify(heading)} should be one of ${choices.join(", ")}, not ${JSON.stringify(as)}`);
    out[heading] = as as ColumnChoice;
  }
  return out;
}
