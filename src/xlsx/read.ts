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
import type { Issue } from "../model/issue.js";
import type { Wordings } from "../status/index.js";
import { isHeaderRow } from "../table/header.js";
import type { CsvLayout } from "../table/write.js";
import { readPlanTable, type ColumnChoices, type ColumnReading, type CellMeta, type TableRow } from "../table/read.js";

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
  /** The sheet's headings in order and the field each holds. */
  readonly layout: CsvLayout;
  /** How each column of the table was understood, and why. */
  readonly columns: readonly ColumnReading[];
}

// ---------------------------------------------------------------------------
// XML, as SpreadsheetML writes it

/** The attributes of a start tag's text (`<c r="A1" t="s">`). */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  // A name starts where the one before it cannot go on ("(?<![\w:])"), so that a long
  // run of letters with no "=" is scanned once, not once from each of its letters.
  for (const m of tag.matchAll(/(?<![\w:])([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** Each element named `name` (with or without a prefix): its attributes and inner XML. */
function* elements(xml: string, name: string): Generator<{ readonly attrs: Record<string, string>; readonly inner: string }, void, undefined> {
  const open = new RegExp(`<(?:\\w+:)?${name}(?=[\\s/>])([^>]*?)(/?)>`, "g");
  for (let m = open.exec(xml); m !== null; m = open.exec(xml)) {
    const attrs = attributes(m[1]!);
    if (m[2] === "/") {
      yield { attrs, inner: "" };
      continue;
    }
    const close = new RegExp(`</(?:\\w+:)?${name}>`, "g");
    close.lastIndex = open.lastIndex;
    const c = close.exec(xml);
    const end = c === null ? xml.length : c.index;
    yield { attrs, inner: xml.slice(open.lastIndex, end) };
    open.lastIndex = c === null ? xml.length : close.lastIndex;
  }
}

/** The text of the `<t>` runs in a string item (plain or rich text). */
function textOf(inner: string): string {
  let out = "";
  for (const t of elements(inner, "t")) out += unescapeXml(t.inner);
  return out;
}

// ---------------------------------------------------------------------------
// The workbook's parts

interface Styles {
  /** For each cell style (`s`), the date precision its number format shows, if it is a date format. */
  readonly datePrecision: readonly ("day" | "month" | undefined)[];
  /** For each cell style, its solid fill colour (`#RRGGBB`), if it has one. */
  readonly fill: readonly (string | undefined)[];
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
  const scheme = elements(xml, "clrScheme").next().value?.inner ?? "";
  const out: string[] = [];
  for (const name of ["dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"]) {
    const part = elements(scheme, name).next().value?.inner ?? "";
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
  const fillsXml = elements(xml, "fills").next().value?.inner ?? "";
  for (const f of elements(fillsXml, "fill")) {
    const pattern = elements(f.inner, "patternFill").next().value;
    if (pattern === undefined || pattern.attrs["patternType"] !== "solid") {
      fills.push(undefined);
      continue;
    }
    const fg = elements(pattern.inner, "fgColor").next().value?.attrs;
    let colour: string | undefined;
    if (fg?.["rgb"] !== undefined && /^[0-9a-f]{8}$/i.test(fg["rgb"])) colour = `#${fg["rgb"].slice(2).toUpperCase()}`;
    else if (fg?.["theme"] !== undefined && theme[Number(fg["theme"])] !== undefined) colour = tinted(theme[Number(fg["theme"])]!, Number(fg["tint"] ?? 0));
    fills.push(colour);
  }
  const datePrecision: ("day" | "month" | undefined)[] = [];
  const fill: (string | undefined)[] = [];
  const xfs = elements(xml, "cellXfs").next().value?.inner ?? "";
  for (const xf of elements(xfs, "xf")) {
    const id = Number(xf.attrs["numFmtId"] ?? 0);
    datePrecision.push(BUILT_IN_DATES[id] ?? (custom.has(id) ? precisionOf(custom.get(id)!) : undefined));
    fill.push(fills[Number(xf.attrs["fillId"] ?? 0)]);
  }
  return { datePrecision, fill };
}

/** "AB12" as a zero-based column and a one-based row. */
function cellAt(ref: string): { readonly column: number; readonly row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return { column: -1, row: -1 };
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column: column - 1, row: Number(m[2]) };
}

/** A spreadsheet serial date (days since 1899-12-30, Excel's 1900 system) as YYYY-MM-DD. */
function serialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const ms = Math.round((Math.floor(serial) - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/** Text as Excel shows a number in General format. */
function general(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(11)));
}

// ---------------------------------------------------------------------------

const EXCEL: OfficeKind = {
  noun: "workbook",
  app: "Excel",
  format: "an Excel workbook (.xlsx)",
  old: "an old Excel file (.xls)",
  saveAs: "an Excel Workbook (.xlsx)",
  notZipHint: "If it is a CSV, name it .csv.",
};

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
  const empty = (message: string, hint?: string): XlsxReadResult => {
    issues.push({ severity: "error", code: "unreadable-file", path: [], message, ...(hint ? { hint } : {}) });
    return { plan: { schemaVersion: 1 }, issues, sheet: undefined, rowOf: () => undefined, layout: { columns: [] }, columns: [] };
  };
  const opened = openPackage(bytes, EXCEL, (name) => name.startsWith("xl/") || name === "[Content_Types].xml");
  if (!("files" in opened)) return empty(opened.message, opened.hint);
  const files = opened.files;
  const part = (name: string): string | undefined => (files[name] ? strFromU8(files[name]) : undefined);
  const workbook = part("xl/workbook.xml");
  if (workbook === undefined) return empty("The file is a zip, but not an Excel workbook (it has no xl/workbook.xml).");
  if (!/<(?:\w+:)?sheet\s/.test(workbook)) return empty("The workbook is damaged: it lists no sheet.", "Open it in Excel and save it again.");

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
  const shared = [...elements(part("xl/sharedStrings.xml") ?? "", "si")].map((si) => textOf(si.inner));
  const styles = readStyles(part("xl/styles.xml"), themeColours(part("xl/theme/theme1.xml")));

  /** The rows of a sheet, as the table reader takes them. */
  const rowsOf = (sheet: { name: string; path: string }): TableRow[] => {
    const xml = part(sheet.path) ?? "";
    const rows: TableRow[] = [];
    const covered = new Set<string>();
    for (const m of elements(xml, "mergeCell")) {
      const [from, to] = (m.attrs["ref"] ?? "").split(":").map(cellAt);
      if (!from || !to) continue;
      for (let r = from.row; r <= to.row; r++) for (let c = from.column; c <= to.column; c++) if (r !== from.row || c !== from.column) covered.add(`${r}:${c}`);
    }
    for (const row of elements(xml, "row")) {
      const number = Number(row.attrs["r"] ?? rows.length + 1);
      const cells: string[] = [];
      const meta: (CellMeta | undefined)[] = [];
      for (const c of elements(row.inner, "c")) {
        const ref = c.attrs["r"] ?? "";
        const { column } = cellAt(ref);
        if (column < 0 || column > 16383 || covered.has(`${number}:${column}`)) continue;
        const type = c.attrs["t"] ?? "n";
        const style = Number(c.attrs["s"] ?? 0);
        const value = elements(c.inner, "v").next().value?.inner;
        let text = "";
        let cellMeta: CellMeta = { ref };
        if (type === "s") text = shared[Number(value)] ?? "";
        else if (type === "inlineStr") text = textOf(elements(c.inner, "is").next().value?.inner ?? "");
        else if (type === "str") text = unescapeXml(value ?? "");
        else if (type === "b") text = value === "1" ? "TRUE" : value === "0" ? "FALSE" : "";
        else if (type === "e") cellMeta = { ...cellMeta, error: unescapeXml(value ?? "#VALUE!") };
        else if (value !== undefined) {
          const n = Number(value);
          const precision = styles.datePrecision[style];
          const date = precision !== undefined ? serialDate(n) : undefined;
          if (date !== undefined && precision !== undefined) cellMeta = { ...cellMeta, date: { value: date, precision } };
          else text = general(n);
        }
        const fill = styles.fill[style];
        if (fill !== undefined) cellMeta = { ...cellMeta, fill };
        while (cells.length < column) cells.push("");
        cells[column] = text;
        meta[column] = cellMeta;
      }
      if (row.attrs["hidden"] === "1" || row.attrs["hidden"] === "true") {
        issues.push({
          severity: "warning",
          code: "hidden-row",
          path: ["rows", number],
          message: `${sheet.name}!${number}: the row is hidden in Excel; it is read like the others.`,
          hint: "Delete the row if it is not part of the plan.",
        });
      }
      rows.push({ cells, line: number, meta, place: `${sheet.name}!${number}` });
    }
    return rows;
  };

  const recognised = (rows: readonly TableRow[]) => rows.slice(0, 30).some((r) => isHeaderRow(r.cells, options.columns));
  let chosen: { name: string; hidden: boolean; path: string } | undefined;
  let rows: TableRow[] = [];
  if (options.sheet !== undefined) {
    chosen = sheets.find((s) => s.name === options.sheet);
    if (!chosen)
      return empty(`The workbook has no sheet named ${JSON.stringify(options.sheet)}; it has ${sheets.map((s) => JSON.stringify(s.name)).join(", ")}.`);
    rows = rowsOf(chosen);
  } else {
    for (const s of sheets) {
      if (s.hidden) continue;
      const r = rowsOf(s);
      if (recognised(r)) {
        chosen = s;
        rows = r;
        break;
      }
    }
    if (!chosen)
      return empty(
        `No visible sheet of the workbook has a header peer-challenge recognises (sheets: ${sheets.map((s) => JSON.stringify(s.name)).join(", ")}).`,
        'Name the columns, e.g. "Recommendation", "Action", "Target date", "Status", or give the sheet with --sheet.',
      );
  }
  for (const s of sheets) {
    if (s.hidden && s !== chosen)
      issues.push({
        severity: "warning",
        code: "hidden-sheet",
        path: [],
        message: `The sheet ${JSON.stringify(s.name)} is hidden in Excel; it is not read.`,
        hint: "Give it with --sheet (sheet in the library) if it holds the plan.",
      });
  }
  // Hidden-row warnings of sheets looked at but not chosen are not about the plan.
  const place = `${chosen.name}!`;
  const ownIssues = issues.filter((i) => i.code !== "hidden-row" || i.message.startsWith(place));
  const read = readPlanTable(
    rows,
    {
      guarded: false,
      ...(options.wordings ? { wordings: options.wordings } : {}),
      ...(options.themesFromHeadings !== undefined ? { themesFromHeadings: options.themesFromHeadings } : {}),
      ...(options.columns !== undefined ? { columns: options.columns } : {}),
    },
    ownIssues,
  );
  return { plan: read.plan, issues: read.issues, sheet: chosen.name, rowOf: read.lineOf, layout: read.layout, columns: read.columns };
}
