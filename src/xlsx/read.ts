/**
 * Reading an action plan from an Excel workbook (.xlsx): the sheet's cells as the table
 * reader's rows, with what Excel knows of them (real dates and the precision their format
 * shows, fills, error values, merges, hidden rows and sheets). Browser-safe: bytes in, no
 * Node built-ins. The zip is read with fflate; the few SpreadsheetML parts it needs are
 * read by the small scanner below, which expands no entity but the five XML predefines
 * and character references, so a workbook cannot make it expand text without bound.
 */
import { strFromU8 } from "fflate";
import { openPackage, unescapeXml, type OfficeKind } from "../ooxml/package.js";
import { columnLetters, dateOfSerial, EXCEL_WORKBOOK } from "./cells.js";
import { issueOf, type Issue } from "../model/issue.js";
import type { Wordings } from "../status/index.js";
import { matchHeading } from "../table/columns.js";
import { isHeaderRow } from "../table/header.js";
import type { CsvLayout } from "../table/write.js";
import { readPlanTable, unguardedOptions, type ColumnChoices, type ColumnReading, type CellMeta, type TableRow } from "../table/read.js";

/**
 * Options for {@link readPlanXlsx}.
 *
 * @category Import and export
 * @example
 * ```ts
 * import type { ReadPlanXlsxOptions } from "peer-challenge/xlsx";
 * const options: ReadPlanXlsxOptions = { sheet: "Action Plan" };
 * ```
 */
export interface ReadPlanXlsxOptions {
  /** The sheet to read, by name. Default: the first visible sheet with a header peer-challenge recognises. */
  readonly sheet?: string | undefined;
  /** The council's own words for statuses and RAG ratings, as for `readPlanCsv`. */
  readonly wordings?: Wordings | undefined;
  /** Give a recommendation the theme its section heading names. Default `true`. */
  readonly themesFromHeadings?: boolean | undefined;
  /** The user's word on which column holds which field, by heading (see `readPlanCsv`'s `columns`). */
  readonly columns?: ColumnChoices | undefined;
}

/**
 * A row of a workbook's sheet, where a plan was read from several sheets.
 *
 * @category Import and export
 * @example
 * ```ts
 * import type { SheetRow } from "peer-challenge/xlsx";
 * const at: SheetRow = { sheet: "Leadership", row: 4 };
 * ```
 */
export interface SheetRow {
  /** The sheet's name. */
  readonly sheet: string;
  /** The row, from 1. */
  readonly row: number;
}

/**
 * What {@link readPlanXlsx} read: the plan as data (to be checked with `validatePlan`),
 * the workbook's problems, each placed at its sheet and row ("Action Plan!12"), and the
 * sheet's headings.
 *
 * @category Import and export
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { readPlanXlsx, type XlsxReadResult } from "peer-challenge/xlsx";
 * const r: XlsxReadResult = readPlanXlsx(readFileSync("tracker.xlsx"));
 * r.sheet;
 * ```
 */
export interface XlsxReadResult {
  /** The plan, in the file format, not yet validated. */
  readonly plan: Record<string, unknown>;
  /** Problems with the workbook or its table. */
  readonly issues: readonly Issue[];
  /** The sheet read, when one was. */
  readonly sheet: string | undefined;
  /** The sheet row a path into the plan came from. */
  readonly rowOf: (path: readonly (string | number)[]) => number | undefined;
  /**
   * The sheet a path into the plan came from, where the plan was read from several sheets of the
   * same headings (a sheet per theme); else `sheet`.
   */
  readonly sheetOf?: ((path: readonly (string | number)[]) => string | undefined) | undefined;
  /** The sheet and row of a line the table reader numbered (an issue's `["rows", line]`), where several sheets were read. */
  readonly placeOfLine?: ((line: number) => SheetRow | undefined) | undefined;
  /** The sheet's headings in order and the field each holds. */
  readonly layout: CsvLayout;
  /** How each column of the table was understood, and why. */
  readonly columns: readonly ColumnReading[];
}

// ---------------------------------------------------------------------------
// XML, as SpreadsheetML writes it

/** The attributes of a start tag's text (`<c r="A1" t="s">`). */
function attributes(tag: string): Record<string, string> {
  // No prototype: an attribute named "constructor" or "__proto__" is only a name.
  const out = Object.create(null) as Record<string, string>;
  // A name starts where the one before it cannot go on ("(?<![\w:])"), so that a long
  // run of letters with no "=" is scanned once, not once from each of its letters.
  for (const m of tag.matchAll(/(?<![\w:])([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** Each element named `name` (with or without a prefix): its attributes and inner XML. */
function* elements(xml: string, name: string): Generator<{ readonly attrs: Record<string, string>; readonly inner: string }, void, undefined> {
  // The expressions of a name are made once; a second scan of the same name while one is
  // under way (none is, today) makes its own.
  const cached = EXPRESSIONS.get(name);
  const fresh = cached === undefined || BUSY.has(name);
  const [open, close] = fresh ? [new RegExp(`<(?:\\w+:)?${name}(?=[\\s/>])([^>]*?)(/?)>`, "g"), new RegExp(`</(?:\\w+:)?${name}>`, "g")] : cached;
  if (cached === undefined) EXPRESSIONS.set(name, [open, close]);
  const mine = !BUSY.has(name) && EXPRESSIONS.get(name)?.[0] === open;
  if (mine) BUSY.add(name);
  open.lastIndex = 0;
  try {
    yield* scan(xml, open, close);
  } finally {
    if (mine) BUSY.delete(name);
  }
}

/** The first element named `name`, as {@link elements} gives it, or undefined. */
function first(xml: string, name: string): { readonly attrs: Record<string, string>; readonly inner: string } | undefined {
  for (const e of elements(xml, name)) return e;
  return undefined;
}

const EXPRESSIONS = new Map<string, readonly [RegExp, RegExp]>();
const BUSY = new Set<string>();

function* scan(xml: string, open: RegExp, close: RegExp): Generator<{ readonly attrs: Record<string, string>; readonly inner: string }, void, undefined> {
  for (let m = open.exec(xml); m !== null; m = open.exec(xml)) {
    const attrs = attributes(m[1]!);
    if (m[2] === "/") {
      yield { attrs, inner: "" };
      continue;
    }
    close.lastIndex = open.lastIndex;
    const c = close.exec(xml);
    const end = c === null ? xml.length : c.index;
    yield { attrs, inner: xml.slice(open.lastIndex, end) };
    open.lastIndex = c === null ? xml.length : close.lastIndex;
  }
}

/** The XML with every `name` element taken out, its content with it (in one pass). */
function without(xml: string, name: string): string {
  const open = new RegExp(`<(?:\\w+:)?${name}(?=[\\s/>])[^>]*?(/?)>`, "g");
  const close = new RegExp(`</(?:\\w+:)?${name}>`, "g");
  let out = "";
  let kept = 0;
  for (let m = open.exec(xml); m !== null; m = open.exec(xml)) {
    out += xml.slice(kept, m.index);
    if (m[1] === "/") kept = open.lastIndex;
    else {
      close.lastIndex = open.lastIndex;
      const c = close.exec(xml);
      kept = c === null ? xml.length : close.lastIndex;
      open.lastIndex = kept;
    }
  }
  return kept === 0 ? xml : out + xml.slice(kept);
}

/** The XML with its comments (`<!-- ... -->`) taken out: a row in a comment is no row. */
function withoutComments(xml: string): string {
  let at = xml.indexOf("<!--");
  if (at < 0) return xml;
  let out = "";
  let kept = 0;
  while (at >= 0) {
    out += xml.slice(kept, at);
    const end = xml.indexOf("-->", at + 4);
    kept = end < 0 ? xml.length : end + 3;
    at = xml.indexOf("<!--", kept);
  }
  return out + xml.slice(kept);
}

/**
 * The text of the `<t>` runs in a string item (plain or rich text), without its phonetic
 * guide (`<rPh>`, the furigana Excel shows above Japanese text).
 */
function textOf(inner: string): string {
  let out = "";
  for (const t of elements(inner.includes("rPh") ? without(inner, "rPh") : inner, "t")) out += unescapeXml(t.inner);
  return out;
}

// ---------------------------------------------------------------------------
// The workbook's parts

interface Styles {
  /** For each cell style (`s`), the date precision its number format shows, if it is a date format. */
  readonly datePrecision: readonly ("day" | "month" | undefined)[];
  /** For each cell style, its solid fill colour (`#RRGGBB`), if it has one. */
  readonly fill: readonly (string | undefined)[];
  /** For each cell style, whether its number format shows a percentage ("0%", "0.00%"). */
  readonly percent?: readonly boolean[];
}

/** Excel's built-in date formats (14-22, 45-47) and the precision each shows. */
const BUILT_IN_DATES: Readonly<Record<number, "day" | "month">> = {
  14: "day",
  15: "day",
  16: "day",
  17: "month",
  18: "day",
  19: "day",
  20: "day",
  21: "day",
  22: "day",
  45: "day",
  46: "day",
  47: "day",
};

/** Whether a number format shows a percentage: Excel's 9 and 10, or a code with a "%" outside its quoted text. */
function isPercentFormat(id: number, custom: ReadonlyMap<number, string>): boolean {
  if (id === 9 || id === 10) return true;
  const code = custom.get(id);
  return code !== undefined && code.replace(/"[^"]*"|\\.|\[[^\][]*\]/g, "").includes("%");
}

/** The precision a number format shows: "dd/mm/yyyy" a day, "mmm-yy" a month; undefined for no date. */
function precisionOf(format: string): "day" | "month" | undefined {
  // Quoted text, escapes and colours say nothing of dates.
  // A bracket's text stops at the next "[" too, so that "[[[[" is read in one pass.
  const code = format.replace(/"[^"]*"|\\.|\[[^\][]*\]/g, "").toLowerCase();
  if (!/[dmy]/.test(code) || /^[#0.,%e+\-\s]*$/.test(code)) return undefined;
  if (!/y/.test(code) && !/d/.test(code)) return undefined; // "mm:ss" and the like
  return /d/.test(code) ? "day" : "month";
}

/** The theme's colours, in the order fills refer to them (dk1, lt1, dk2, lt2, accent1-6, hlink, folHlink). */
function themeColours(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const scheme = first(xml, "clrScheme")?.inner ?? "";
  const out: string[] = [];
  for (const name of ["dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"]) {
    const part = first(scheme, name)?.inner ?? "";
    const srgb = /srgbClr\s+val="([0-9a-f]{6})"/i.exec(part)?.[1];
    const sys = /lastClr="([0-9a-f]{6})"/i.exec(part)?.[1];
    out.push(`#${(srgb ?? sys ?? "000000").toUpperCase()}`);
  }
  // Fills number the first four dark/light the other way round (lt1, dk1, lt2, dk2).
  [out[0], out[1], out[2], out[3]] = [out[1]!, out[0]!, out[3]!, out[2]!];
  return out;
}

/** A colour lightened (tint > 0) or darkened (tint < 0), as Excel applies a theme tint. */
function tinted(hex: string, tint: number): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    const v = tint < 0 ? c * (1 + tint) : c + (255 - c) * tint;
    return Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`.toUpperCase();
}

function readStyles(xml: string | undefined, theme: readonly string[]): Styles {
  if (xml === undefined) return { datePrecision: [], fill: [] };
  const custom = new Map<number, string>();
  for (const f of elements(xml, "numFmt")) custom.set(Number(f.attrs["numFmtId"]), f.attrs["formatCode"] ?? "");
  const fills: (string | undefined)[] = [];
  const fillsXml = first(xml, "fills")?.inner ?? "";
  for (const f of elements(fillsXml, "fill")) {
    const pattern = first(f.inner, "patternFill");
    if (pattern === undefined || pattern.attrs["patternType"] !== "solid") {
      fills.push(undefined);
      continue;
    }
    const fg = first(pattern.inner, "fgColor")?.attrs;
    let colour: string | undefined;
    if (fg?.["rgb"] !== undefined && /^[0-9a-f]{8}$/i.test(fg["rgb"])) colour = `#${fg["rgb"].slice(2).toUpperCase()}`;
    else if (fg?.["theme"] !== undefined && theme[Number(fg["theme"])] !== undefined) colour = tinted(theme[Number(fg["theme"])]!, Number(fg["tint"] ?? 0));
    fills.push(colour);
  }
  const datePrecision: ("day" | "month" | undefined)[] = [];
  const fill: (string | undefined)[] = [];
  const percent: boolean[] = [];
  const xfs = first(xml, "cellXfs")?.inner ?? "";
  for (const xf of elements(xfs, "xf")) {
    const id = Number(xf.attrs["numFmtId"] ?? 0);
    datePrecision.push(BUILT_IN_DATES[id] ?? (custom.has(id) ? precisionOf(custom.get(id)!) : undefined));
    fill.push(fills[Number(xf.attrs["fillId"] ?? 0)]);
    percent.push(isPercentFormat(id, custom));
  }
  return { datePrecision, fill, percent };
}

/** Excel's last column (XFD, zero-based) and last row. */
const LAST_COLUMN = 16383;
const LAST_ROW = 1048576;

/** "AB12" as a zero-based column and a one-based row; undefined unless it is a cell of a sheet (A1 to XFD1048576). */
function cellAt(ref: string): { readonly column: number; readonly row: number } | undefined {
  const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(ref);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return column - 1 > LAST_COLUMN || row > LAST_ROW ? undefined : { column: column - 1, row };
}

/** Text as Excel shows a number in General format. */
function general(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(11)));
}

/**
 * What a workbook may hold before it is refused rather than read (with the zip's own
 * budget, 64 MB unzipped): each bounds the memory and time a small file can make the
 * reader spend. A council's tracker of 5,000 actions uses about a tenth of each.
 */
export const XLSX_BUDGET = {
  /** Rows of the sheets read, together. */
  rows: 50_000,
  /** Cells written in those rows. */
  cells: 400_000,
  /** Places in the table the rows make: each row counts up to its last cell (one cell at XFD is 16,384). */
  grid: 1_000_000,
  /** Characters in the cells read. */
  text: 32_000_000,
  /** Shared strings. */
  sharedStrings: 1_000_000,
  /** Cell formats (Excel allows 64,000). */
  styles: 100_000,
  /** Merged areas of a sheet; each is a range, never expanded cell by cell. */
  merges: 50_000,
  /** The merged areas' widths, in columns, added up. */
  mergedColumns: 4_000_000,
} as const;

const BUDGET_HINT =
  "A tracker is rarely more than a few thousand rows: delete the empty rows and columns at the sheet's end in Excel, or save the plan's sheet as CSV.";

const count = (n: number): string => n.toLocaleString("en-GB");

/** How many times `re` (global) matches in `text`. */
function countOf(text: string, re: RegExp): number {
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** Thrown while rows are read: the workbook is past one of {@link XLSX_BUDGET}'s budgets. */
class OverBudget extends Error {}
/** Thrown while rows are read: the sheet breaks a rule every spreadsheet program keeps. */
class DamagedSheet extends Error {}

interface Merge {
  readonly ref: string;
  readonly from: { readonly column: number; readonly row: number };
  readonly to: { readonly column: number; readonly row: number };
}

/** A sheet's merged areas, as ranges sorted by their first row. */
function mergesOf(xml: string, sheet: string): Merge[] {
  const out: Merge[] = [];
  let columns = 0;
  for (const m of elements(xml, "mergeCell")) {
    const ref = m.attrs["ref"] ?? "";
    const [a, b, extra] = ref.split(":");
    const from = cellAt(a ?? "");
    const to = b === undefined ? from : cellAt(b);
    if (from === undefined || to === undefined || extra !== undefined || to.row < from.row || to.column < from.column)
      throw new DamagedSheet(`a merged area of the sheet ${JSON.stringify(sheet)} is ${JSON.stringify(ref)}, which is no range of cells`);
    if (out.length === XLSX_BUDGET.merges) throw new OverBudget(`the sheet ${JSON.stringify(sheet)} has more than ${count(XLSX_BUDGET.merges)} merged areas`);
    columns += to.column - from.column + 1;
    if (columns > XLSX_BUDGET.mergedColumns)
      throw new OverBudget(`the merged areas of the sheet ${JSON.stringify(sheet)} span more than ${count(XLSX_BUDGET.mergedColumns)} columns in all`);
    out.push({ ref, from, to });
  }
  return out.sort((x, y) => x.from.row - y.from.row);
}

// ---------------------------------------------------------------------------

const EXCEL: OfficeKind = { ...EXCEL_WORKBOOK, notZipHint: "If it is a CSV, name it .csv." };

/**
 * Reads an action plan from an Excel workbook, as a council keeps its tracker.
 *
 * It reads the sheet named `sheet`, or the first visible sheet whose first rows hold a
 * header it recognises, and reads it as `readPlanCsv` (peer-challenge/csv) reads a CSV (the same header
 * names, layouts and words), with what Excel knows besides: a real date is read at the
 * precision its format shows (a cell formatted `mmm-yy` showing "Dec-24" is December
 * 2024, one formatted `dd/mm/yyyy` is that day); a RAG cell with no text is read from its
 * fill colour, with a warning naming the colour; error values (`#N/A`) are reported and
 * read as empty; a merged cell is read in its first cell; hidden rows are read and
 * reported, hidden sheets are reported and not chosen. Every issue names the sheet and
 * row. It never throws on the file's content.
 *
 * @param bytes - The workbook's bytes.
 * @param options - The sheet; the council's own words.
 * @returns The plan as data, the workbook's problems, the sheet read.
 * @category Import and export
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { readPlanXlsx } from "peer-challenge/xlsx";
 * import { validatePlan } from "peer-challenge/schema";
 * const read = readPlanXlsx(readFileSync("tracker.xlsx"));
 * validatePlan(read.plan).ok;
 * ```
 */
export function readPlanXlsx(bytes: Uint8Array | ArrayBuffer, options: ReadPlanXlsxOptions = {}): XlsxReadResult {
  const issues: Issue[] = [];
  const empty = ({ message, hint }: Unreadable): XlsxReadResult => {
    issues.push(issueOf({ code: "unreadable-file", path: [], message, ...(hint ? { hint } : {}) }));
    return { plan: { schemaVersion: 1 }, issues, sheet: undefined, rowOf: () => undefined, layout: { columns: [] }, columns: [] };
  };
  const book = openWorkbook(bytes, issues);
  if (!("sheets" in book)) return empty(book);
  const found = chooseSheet(book, options);
  if (!("chosen" in found)) return empty(found);
  const { chosen } = found;
  let rows = found.rows;
  let several: { readonly names: readonly string[]; readonly headingAbove: string | undefined } | undefined;
  if (found.alike.length > 0) {
    // A sheet per theme (or per part of the plan), each a table of the same headings: read as one
    // table, each sheet's rows under its name as a heading (and the title rows above its table).
    const combined = sheetsTogether(book, chosen, rows, found.alike);
    if ("message" in combined) return empty(combined);
    // The same actions on each sheet (a sheet per quarter): one sheet is read, and the others said.
    if (combined.repeated) issues.push(sameActionsIssue(chosen.name, found.alike));
    else {
      rows = combined.rows;
      several = { names: [chosen.name, ...found.alike.map((s) => s.name)], headingAbove: combined.headingAbove };
    }
  }
  if (several !== undefined) issues.push(togetherIssue(several.names));
  for (const s of book.sheets) {
    if (s.hidden && s !== chosen)
      issues.push(
        issueOf({
          code: "hidden-sheet",
          path: [],
          message: `The sheet ${JSON.stringify(s.name)} is hidden in Excel; it is not read.`,
          hint: "Give it with --sheet (sheet in the library) if it holds the plan.",
        }),
      );
  }
  // Hidden-row warnings of sheets looked at but not read are not about the plan.
  const read_ = (names: readonly string[]) => (i: Issue) => i.code !== "hidden-row" || names.some((n) => i.message.startsWith(`${n}!`));
  const ownIssues = issues.filter(read_(several?.names ?? [chosen.name]));
  if (several === undefined) {
    const read = readPlanTable(rows, unguardedOptions(options), ownIssues);
    return { plan: read.plan, issues: read.issues, sheet: chosen.name, rowOf: read.lineOf, layout: read.layout, columns: read.columns };
  }
  const { names } = several;
  // A hidden row's issue names its sheet's row; the table reader's lines say which sheet.
  const placed = ownIssues.map((i) => {
    if (i.code !== "hidden-row") return i;
    const k = names.findIndex((n) => i.message.startsWith(`${n}!`));
    return { ...i, path: ["rows", (k + 1) * SHEET_STRIDE + Number(i.path[1])] };
  });
  const read = readPlanTable(rows, unguardedOptions(options), placed);
  // The first sheet's title row, read as its rows' heading, is no detail of the plan left unread.
  const headingAbove = several.headingAbove;
  const readIssues = read.issues.filter((i) => !(i.code === "row-above-header" && headingAbove !== undefined && i.message.startsWith(`${headingAbove}:`)));
  const placeOfLine = (line: number) => {
    const sheet = names[Math.floor(line / SHEET_STRIDE) - 1];
    const row = line % SHEET_STRIDE;
    return sheet === undefined || row === 0 ? undefined : ({ sheet, row } satisfies SheetRow);
  };
  const at = (path: readonly (string | number)[]) => {
    const line = read.lineOf(path);
    return line === undefined ? undefined : placeOfLine(line);
  };
  return {
    plan: read.plan,
    issues: readIssues,
    sheet: chosen.name,
    rowOf: (path) => at(path)?.row,
    sheetOf: (path) => at(path)?.sheet,
    placeOfLine,
    layout: read.layout,
    columns: read.columns,
  };
}

/** What is said of sheets of the same headings and the same actions: one read, the others not, with their rows. */
function sameActionsIssue(chosen: string, alike: readonly { readonly name: string; readonly rows: number }[]): Issue {
  const names = alike.map((s) => JSON.stringify(s.name)).join(", ");
  const count = alike.reduce((n, s) => n + s.rows, 0);
  const one = alike.length === 1;
  return issueOf({
    code: "row-not-read",
    path: [],
    message: `The sheet${one ? "" : "s"} ${names} ${one ? "has" : "have"} a table with the same headings as ${JSON.stringify(chosen)}, the sheet read, and the same actions: ${count} row${count === 1 ? "" : "s"} below ${one ? "its" : "their"} headings ${count === 1 ? "is" : "are"} not read, so the figures are ${JSON.stringify(chosen)}'s alone.`,
    hint: "A plan kept a sheet per quarter is read one sheet at a time: give the latest with --sheet (sheet in the library).",
  });
}

/** What is said of sheets read together as one plan. */
function togetherIssue(names: readonly string[]): Issue {
  return issueOf({
    code: "column-read",
    path: [],
    message: `The sheets ${JSON.stringify(names[0])} and ${names
      .slice(1)
      .map((n) => JSON.stringify(n))
      .join(
        ", ",
      )} have tables of the same headings: they are read as one plan, each sheet's rows under the title row above its table (or else its name) as a heading.`,
    hint: "To read one sheet alone, give it with --sheet (sheet in the library).",
  });
}

/** Lines of the rows of several sheets read together: a sheet's row r is line (k + 1) x this + r, k its place in the order read. */
const SHEET_STRIDE = 2 ** 21;

/**
 * The rows of several sheets of the same headings, as one table: the first sheet's rows with its
 * name as a heading below its header, then each other sheet's name and the title rows above its
 * header as headings, and its rows below the header. Lines are renumbered by sheet (see
 * {@link SHEET_STRIDE}); each row keeps its place ("Leadership!4").
 */
function sheetsTogether(
  book: Workbook,
  chosen: SheetEntry,
  first: readonly TableRow[],
  alike: readonly { readonly name: string }[],
): { readonly rows: TableRow[]; readonly headingAbove: string | undefined; readonly repeated: boolean } | Unreadable {
  const headerOf = (rows: readonly TableRow[]) => rows.slice(0, 30).find((r) => isHeaderRow(r.cells, undefined));
  const renumber = (rows: readonly TableRow[], k: number) => rows.map((r) => ({ ...r, line: (k + 1) * SHEET_STRIDE + r.line }));
  // A sheet's heading: the title row just above its table ("Theme: Leadership of place"), else its name.
  const heading = (rows: readonly TableRow[], header: TableRow | undefined, name: string, k: number): { row: TableRow; title: TableRow | undefined } => {
    const above = header === undefined ? [] : rows.slice(0, rows.indexOf(header)).filter((r) => r.cells.filter((c) => c.trim() !== "").length === 1);
    const title = above.at(-1);
    const text = title === undefined ? name : title.cells.find((c) => c.trim() !== "")!.trim();
    return { row: { cells: [text], line: (k + 1) * SHEET_STRIDE + (title?.line ?? 0), place: title?.place ?? `${name}!`, across: true }, title };
  };
  try {
    const header = headerOf(first);
    const at = header === undefined ? first.length : first.indexOf(header) + 1;
    const own = heading(first, header, chosen.name, 0);
    // The first sheet's title row stays above its table too, where the plan's details are read.
    const out = [...renumber(first.slice(0, at), 0), own.row, ...renumber(first.slice(at), 0)];
    // The actions' words on each sheet: sheets that share them are one plan at several dates, not its parts.
    const texts = (rows: readonly TableRow[], h: TableRow | undefined) => {
      const k = h?.cells.findIndex((c) => matchHeading(c)?.column === "title") ?? -1;
      return new Set(
        k < 0
          ? []
          : rows
              .slice(h === undefined ? 0 : rows.indexOf(h) + 1)
              .map((r) => (r.cells[k] ?? "").trim().toLowerCase())
              .filter((t) => t !== ""),
      );
    };
    const seen = texts(first, header);
    let repeated = false;
    alike.forEach((a, i) => {
      const sheet = book.sheets.find((s) => s.name === a.name)!;
      const rows = rowsOf(book, sheet);
      const h = headerOf(rows);
      const own = texts(rows, h);
      if ([...own].filter((t) => seen.has(t)).length * 3 >= Math.max(1, own.size)) repeated = true;
      for (const t of own) seen.add(t);
      out.push(heading(rows, h, a.name, i + 1).row, ...renumber(h === undefined ? rows : rows.slice(rows.indexOf(h) + 1), i + 1));
    });
    return { rows: out, headingAbove: own.title?.place, repeated };
  } catch (e) {
    if (e instanceof OverBudget) return { message: `The workbook is too large to read: ${e.message}.`, hint: BUDGET_HINT };
    if (e instanceof DamagedSheet) return { message: `The workbook is damaged: ${e.message}.`, hint: "Open it in Excel and save it again." };
    throw e;
  }
}

/** Why a workbook cannot be read, and what to do, for the one `unreadable-file` error. */
interface Unreadable {
  readonly message: string;
  readonly hint?: string | undefined;
}

/** A sheet the workbook lists: its name, whether Excel hides it, and its part. */
interface SheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  readonly path: string;
}

/** An open workbook: what every sheet's cells are read with, the budget used so far (over all the sheets read), and the issues found. */
interface Workbook {
  readonly part: (name: string) => string | undefined;
  readonly sheets: readonly SheetEntry[];
  readonly shared: readonly string[];
  readonly styles: Styles;
  readonly date1904: boolean;
  readonly used: { rows: number; cells: number; grid: number; text: number };
  readonly issues: Issue[];
}

const tooLarge = (what: string): never => {
  throw new OverBudget(what);
};

/** Opens the package and reads what every sheet needs: the sheets' list, the shared strings, the styles, the date system. */
function openWorkbook(bytes: Uint8Array | ArrayBuffer, issues: Issue[]): Workbook | Unreadable {
  const opened = openPackage(bytes, EXCEL, (name) => name.startsWith("xl/") || name === "[Content_Types].xml");
  if (!("files" in opened)) return { message: opened.message, hint: opened.hint };
  const files = opened.files;
  const part = (name: string): string | undefined => {
    const data = files.get(name);
    return data === undefined ? undefined : withoutComments(strFromU8(data));
  };
  const workbook = part("xl/workbook.xml");
  if (workbook === undefined) return { message: "The file is a zip, but not an Excel workbook (it has no xl/workbook.xml)." };
  if (!/<(?:\w+:)?sheet\s/.test(workbook)) return { message: "The workbook is damaged: it lists no sheet.", hint: "Open it in Excel and save it again." };
  const date1904 = /^(?:1|true)$/.test(first(workbook, "workbookPr")?.attrs["date1904"] ?? "");

  const relations = new Map<string, string>();
  for (const r of elements(part("xl/_rels/workbook.xml.rels") ?? "", "Relationship")) {
    const target = r.attrs["Target"] ?? "";
    relations.set(r.attrs["Id"] ?? "", target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets = [...elements(workbook, "sheet")].map((s) => ({
    name: s.attrs["name"] ?? "",
    hidden: (s.attrs["state"] ?? "visible") !== "visible",
    path: relations.get(s.attrs["r:id"] ?? "") ?? "",
  }));
  try {
    const shared: string[] = [];
    for (const si of elements(part("xl/sharedStrings.xml") ?? "", "si")) {
      if (shared.length === XLSX_BUDGET.sharedStrings) tooLarge(`it has more than ${count(XLSX_BUDGET.sharedStrings)} shared strings`);
      shared.push(textOf(si.inner));
    }
    const styles = readStyles(part("xl/styles.xml"), themeColours(part("xl/theme/theme1.xml")));
    if (styles.fill.length > XLSX_BUDGET.styles) tooLarge(`it has more than ${count(XLSX_BUDGET.styles)} cell formats`);
    return { part, sheets, shared, styles, date1904, used: { rows: 0, cells: 0, grid: 0, text: 0 }, issues };
  } catch (e) {
    if (e instanceof OverBudget) return { message: `The workbook is too large to read: ${e.message}.`, hint: BUDGET_HINT };
    throw e;
  }
}

/** The sheet chosen, its rows, and the other visible sheets with a table of the same headings (not read). */
interface ChosenSheet {
  readonly chosen: SheetEntry;
  readonly rows: TableRow[];
  readonly alike: readonly { readonly name: string; readonly rows: number }[];
}

/**
 * The sheet asked for, or else the first visible one with a header peer-challenge recognises
 * that names the actions or the recommendations (a summary sheet of counts by theme comes
 * after a sheet of the plan), else the first with any header; and its rows.
 */
function chooseSheet(book: Workbook, options: ReadPlanXlsxOptions): ChosenSheet | Unreadable {
  const { sheets } = book;
  const headerOf = (rows: readonly TableRow[]) => rows.slice(0, 30).find((r) => isHeaderRow(r.cells, options.columns));
  const namesThePlan = (header: TableRow) =>
    options.columns !== undefined || header.cells.some((c) => ["title", "recommendation"].includes(matchHeading(c)?.column ?? ""));
  try {
    if (options.sheet !== undefined) {
      const chosen = sheets.find((s) => s.name === options.sheet);
      if (!chosen)
        return { message: `The workbook has no sheet named ${JSON.stringify(options.sheet)}; it has ${sheets.map((s) => JSON.stringify(s.name)).join(", ")}.` };
      return { chosen, rows: rowsOf(book, chosen), alike: [] };
    }
    const candidates: { sheet: SheetEntry; rows: TableRow[]; header: TableRow }[] = [];
    for (const s of sheets) {
      if (s.hidden) continue;
      const rows = rowsOf(book, s);
      const header = headerOf(rows);
      if (header !== undefined) candidates.push({ sheet: s, rows, header });
      // The first sheet of the plan ends the search.
      if (header !== undefined && namesThePlan(header)) break;
    }
    const pick = candidates.find((c) => namesThePlan(c.header)) ?? candidates[0];
    if (pick !== undefined) return { chosen: pick.sheet, rows: pick.rows, alike: alikeSheets(book, pick, candidates, headerOf) };
    return {
      message: `No visible sheet of the workbook has a header peer-challenge recognises (sheets: ${sheets.map((s) => JSON.stringify(s.name)).join(", ")}).`,
      hint: 'Name the columns, e.g. "Recommendation", "Action", "Target date", "Status", or give the sheet with --sheet.',
    };
  } catch (e) {
    if (e instanceof OverBudget) return { message: `The workbook is too large to read: ${e.message}.`, hint: BUDGET_HINT };
    if (e instanceof DamagedSheet) return { message: `The workbook is damaged: ${e.message}.`, hint: "Open it in Excel and save it again." };
    throw e;
  }
}

/**
 * The other visible sheets whose table has the same headings as the one chosen (a sheet per
 * theme, or per quarter), with their rows below the headings. Looking costs nothing against
 * the workbook's budget and says nothing of their cells: a sheet past what is left is not
 * looked at, and what reading them said is dropped.
 */
function alikeSheets(
  book: Workbook,
  pick: { readonly sheet: SheetEntry; readonly rows: readonly TableRow[]; readonly header: TableRow },
  seen: readonly { readonly sheet: SheetEntry; readonly rows: readonly TableRow[] }[],
  headerOf: (rows: readonly TableRow[]) => TableRow | undefined,
): { readonly name: string; readonly rows: number }[] {
  const headings = (header: TableRow) => header.cells.map((c) => c.trim().toLowerCase()).join("\u0000");
  const used = { ...book.used };
  const said = book.issues.length;
  const alike: { name: string; rows: number }[] = [];
  try {
    for (const s of book.sheets) {
      if (s.hidden || s === pick.sheet) continue;
      const rows = seen.find((c) => c.sheet === s)?.rows ?? rowsOf(book, s);
      const header = headerOf(rows);
      if (header === undefined || headings(header) !== headings(pick.header)) continue;
      alike.push({ name: s.name, rows: rows.filter((r) => r.line > header.line && r.cells.some((c) => c.trim() !== "")).length });
    }
  } catch (e) {
    if (!(e instanceof OverBudget) && !(e instanceof DamagedSheet)) throw e;
  } finally {
    Object.assign(book.used, used);
    book.issues.length = said;
  }
  return alike;
}

/**
 * The merges one column wide and two or more rows deep, row by row, rows in order: for each
 * row, those that cover it from a row above. Only the merges begun and not yet ended are
 * looked at, so a row costs what the merges over it do.
 */
function mergesDown(merges: readonly Merge[]): (row: number) => readonly Merge[] {
  const down = merges.filter((m) => m.from.column === m.to.column && m.to.row > m.from.row).sort((a, b) => a.from.row - b.from.row);
  let next = 0;
  let active: Merge[] = [];
  return (row) => {
    while (next < down.length && down[next]!.from.row < row) active.push(down[next++]!);
    active = active.filter((m) => m.to.row >= row);
    return active;
  };
}

/**
 * Marks each cell of a row covered by a cell merged down from a row above (`over`) with that
 * cell's text, for the table reader to give where the column is a status, rating, owner or
 * target.
 */
function coveredFromAbove(rows: readonly TableRow[], over: readonly Merge[], meta: (CellMeta | undefined)[]): void {
  for (const m of over) {
    const c = m.from.column;
    const text = rowAt(rows, m.from.row)?.cells[c] ?? "";
    if (text.trim() !== "") meta[c] = { ...(meta[c] ?? {}), covered: { text, line: m.from.row } };
  }
}

/** The row numbered `line` among rows in order of their numbers, found by halving. */
function rowAt(rows: readonly TableRow[], line: number): TableRow | undefined {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = rows[mid]!.line;
    if (at === line) return rows[mid];
    if (at < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** The rows of a sheet, as the table reader takes them; a hidden row is read, with a warning. */
function rowsOf(book: Workbook, sheet: SheetEntry): TableRow[] {
  const xml = book.part(sheet.path);
  if (xml === undefined) throw new DamagedSheet(`the sheet ${JSON.stringify(sheet.name)} is missing from it`);
  const rows: TableRow[] = [];
  // Rows and cells counted first, in one quick pass, so that a sheet past the budget is
  // refused before any is read.
  book.used.rows += countOf(xml, /<(?:\w+:)?row(?=[\s/>])/g);
  if (book.used.rows > XLSX_BUDGET.rows) tooLarge(`it has more than ${count(XLSX_BUDGET.rows)} rows`);
  book.used.cells += countOf(xml, /<(?:\w+:)?c(?=[\s/>])/g);
  if (book.used.cells > XLSX_BUDGET.cells) tooLarge(`it has more than ${count(XLSX_BUDGET.cells)} cells`);
  const merges = mergesOf(xml, sheet.name);
  const mergesAt = mergeCursor(merges, sheet.name);
  const downAt = mergesDown(merges);
  let last = 0;
  for (const row of elements(xml, "row")) {
    const declared = row.attrs["r"];
    const number = declared === undefined ? last + 1 : /^[1-9]\d{0,6}$/.test(declared) ? Number(declared) : NaN;
    if (!(number <= LAST_ROW))
      throw new DamagedSheet(
        `a row of the sheet ${JSON.stringify(sheet.name)} (after row ${last}) is numbered ${JSON.stringify(declared)}, which is no row of a sheet`,
      );
    if (number <= last) throw new DamagedSheet(`the rows of the sheet ${JSON.stringify(sheet.name)} are out of order (row ${number} after row ${last})`);
    last = number;
    const mergeAt = mergesAt(number);
    const { cells, meta } = cellsOf(book, sheet, number, row.inner, mergeAt);
    coveredFromAbove(rows, downAt(number), meta);
    if (row.attrs["hidden"] === "1" || row.attrs["hidden"] === "true") {
      book.issues.push(
        issueOf({
          code: "hidden-row",
          path: ["rows", number],
          message: `${sheet.name}!${number}: the row is hidden in Excel; it is read like the others.`,
          hint: "Delete the row if it is not part of the plan.",
        }),
      );
    }
    // One cell with text merged across two or more columns, and nothing else in the row: a heading over the rows below.
    const filled = cells.flatMap((c, i) => (c.trim() !== "" ? [i] : []));
    const merged = filled.length === 1 ? mergeAt(filled[0]!) : undefined;
    const across = merged !== undefined && merged.from.row === number && merged.from.column === filled[0] && merged.to.column > merged.from.column;
    rows.push({ cells, line: number, meta, place: `${sheet.name}!${number}`, ...(across ? { across } : {}) });
  }
  return rows;
}

/**
 * Walks a sheet's merged areas row by row, rows in order: for each row, the merged area over each of its columns.
 * One array of columns is kept up to date as areas begin and end, so that a row costs what its merges do.
 */
function mergeCursor(merges: readonly Merge[], sheet: string): (row: number) => (column: number) => Merge | undefined {
  // The merges over the row being read, by column: 0 for none, else the merge's index + 1.
  const over = new Int32Array(LAST_COLUMN + 1);
  let nextStart = 0;
  const active: number[] = [];
  const at = (column: number): Merge | undefined => (over[column]! > 0 ? merges[over[column]! - 1] : undefined);
  return (number) => {
    // The merges that begin by this row join; those that ended before it leave.
    for (let k = active.length - 1; k >= 0; k--) {
      const m = merges[active[k]!]!;
      if (m.to.row < number) {
        for (let c = m.from.column; c <= m.to.column; c++) over[c] = 0;
        active.splice(k, 1);
      }
    }
    for (; nextStart < merges.length && merges[nextStart]!.from.row <= number; nextStart++) {
      const m = merges[nextStart]!;
      if (m.to.row < number) continue;
      for (let c = m.from.column; c <= m.to.column; c++) {
        if (over[c] !== 0) throw new DamagedSheet(`two merged areas of the sheet ${JSON.stringify(sheet)} overlap (${m.ref} and ${merges[over[c]! - 1]!.ref})`);
        over[c] = nextStart + 1;
      }
      active.push(nextStart);
    }
    return at;
  };
}

/** A row's cells, by column (a merged area read in its first cell only), with what Excel knows of each. */
function cellsOf(
  book: Workbook,
  sheet: SheetEntry,
  number: number,
  inner: string,
  mergeAt: (column: number) => Merge | undefined,
): { cells: string[]; meta: (CellMeta | undefined)[] } {
  const cells: string[] = [];
  const meta: (CellMeta | undefined)[] = [];
  let previous = -1;
  for (const c of elements(inner, "c")) {
    const ref = c.attrs["r"];
    const at = ref === undefined ? { column: previous + 1, row: number } : cellAt(ref);
    if (at === undefined) throw new DamagedSheet(`a cell of ${sheet.name}!${number} has the reference ${JSON.stringify(ref)}, which is no cell of a sheet`);
    if (at.column > LAST_COLUMN) throw new DamagedSheet(`${sheet.name}!${number} has cells past the last column, XFD`);
    const column = at.column;
    previous = column;
    const m = mergeAt(column);
    if (m !== undefined && (m.from.row !== number || m.from.column !== column)) continue;
    const cell = cellOf(book, c, ref ?? `${columnLetters(column)}${number}`);
    book.used.text += cell.text.length;
    if (book.used.text > XLSX_BUDGET.text) tooLarge(`its cells hold more than ${count(XLSX_BUDGET.text)} characters`);
    if (column >= cells.length) {
      // Every cell up to this one is a place in the table: counted before it is made.
      book.used.grid += column + 1 - cells.length;
      if (book.used.grid > XLSX_BUDGET.grid)
        tooLarge(
          `its rows reach across more than ${count(XLSX_BUDGET.grid)} cells in all (the last cell of ${sheet.name}!${number} is ${columnLetters(column)}${number})`,
        );
      while (cells.length < column) cells.push("");
    }
    cells[column] = cell.text;
    meta[column] = cell.meta;
  }
  return { cells, meta };
}

/** 1 January 2000 and 31 December 2049 as serial numbers of the 1900 date system (1904's are 1,462 less). */
const SERIAL_TEXT_FROM = 36526;
const SERIAL_TEXT_TO = 54788;

/** One cell's text, and what Excel knows of it: a date and the precision its format shows, an error value, a fill. */
function cellOf(book: Workbook, c: { readonly attrs: Record<string, string>; readonly inner: string }, ref: string): { text: string; meta: CellMeta } {
  const type = c.attrs["t"] ?? "n";
  const style = Number(c.attrs["s"] ?? 0);
  const value = first(c.inner, "v")?.inner;
  let text = "";
  let meta: CellMeta = { ref };
  if (type === "s") text = book.shared[Number(value)] ?? "";
  else if (type === "inlineStr") text = textOf(first(c.inner, "is")?.inner ?? "");
  else if (type === "str") text = unescapeXml(value ?? "");
  else if (type === "b") text = value === "1" ? "TRUE" : value === "0" ? "FALSE" : "";
  else if (type === "e") meta = { ...meta, error: unescapeXml(value ?? "#VALUE!") };
  else if (value !== undefined) {
    const n = Number(value);
    const precision = book.styles.datePrecision[style];
    const date = precision !== undefined ? dateOfSerial(n, book.date1904) : undefined;
    if (date !== undefined && precision !== undefined) meta = { ...meta, date: { value: date, precision } };
    else text = general(n);
    if (date === undefined && book.styles.percent?.[style] === true) meta = { ...meta, percent: true };
  }
  // A date's serial number stored as text, in the years 2000 to 2049: what it would be, for a column of targets.
  if ((type === "s" || type === "inlineStr" || type === "str") && /^\s*\d{5}\s*$/.test(text)) {
    const serial = Number(text);
    const date =
      serial >= SERIAL_TEXT_FROM - (book.date1904 ? 1462 : 0) && serial <= SERIAL_TEXT_TO - (book.date1904 ? 1462 : 0)
        ? dateOfSerial(serial, book.date1904)
        : undefined;
    if (date !== undefined) meta = { ...meta, serialText: date };
  }
  const fill = book.styles.fill[style];
  if (fill !== undefined) meta = { ...meta, fill };
  return { text, meta };
}
