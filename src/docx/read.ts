/**
 * Reading an action plan from a Word document (.docx): its table or tables as the table
 * reader's rows. Browser-safe: bytes in, no Node built-ins. The zip is read with fflate;
 * the document's XML by a small scanner that expands no entity but XML's five and
 * character references.
 */
import { strFromU8 } from "fflate";
import { openPackage, unescapeXml, type OfficeKind } from "../ooxml/package.js";
import { issueOf, type Issue } from "../model/issue.js";
import type { Wordings } from "../status/index.js";
import { isHeaderRow } from "../table/header.js";
import { fold } from "../fold.js";
import { columnOf, preambleKeyOf, type Column } from "../table/columns.js";
import { numbersFromTitles } from "../table/numbers.js";
import { councilInTitle, cpcDatesIn } from "../table/preamble.js";
import { label } from "../table/roles.js";
import { placeOf } from "../table/row.js";
import { recordRows, recordsIssue } from "../table/records.js";
import type { CsvLayout } from "../table/write.js";
import { readPlanTable, unguardedOptions, type CellMeta, type ColumnChoices, type ColumnReading, type TableRow } from "../table/read.js";

/**
 * Options for {@link readPlanDocx}.
 *
 * @category Import and export
 * @example
 * ```ts
 * import type { ReadPlanDocxOptions } from "peer-challenge/docx";
 * const options: ReadPlanDocxOptions = { themesFromHeadings: true };
 * ```
 */
export interface ReadPlanDocxOptions {
  /** The council's own words for statuses and RAG ratings, as for `readPlanCsv`. */
  readonly wordings?: Wordings | undefined;
  /** Give a recommendation the theme its section heading names. Default `true`. */
  readonly themesFromHeadings?: boolean | undefined;
  /** The user's word on which column holds which field, by heading (see `readPlanCsv`'s `columns`). */
  readonly columns?: ColumnChoices | undefined;
}

/**
 * Where a part of a plan read from a Word document was: its table and row, from 1.
 *
 * @category Import and export
 * @example
 * ```ts
 * import type { TableRowPlace } from "peer-challenge/docx";
 * const place: TableRowPlace = { table: 1, row: 3 };
 * ```
 */
export interface TableRowPlace {
  /** The table, from 1. */
  readonly table: number;
  /** The row of that table, from 1. */
  readonly row: number;
}

/**
 * What {@link readPlanDocx} read: the plan as data (to be checked with `validatePlan`),
 * the document's problems, each placed at its table and row ("Table 2, row 4").
 *
 * @category Import and export
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { readPlanDocx, type DocxReadResult } from "peer-challenge/docx";
 * const r: DocxReadResult = readPlanDocx(readFileSync("action-plan.docx"));
 * r.issues.length;
 * ```
 */
export interface DocxReadResult {
  /** The plan, in the file format, not yet validated. */
  readonly plan: Record<string, unknown>;
  /** Problems with the document or its tables. */
  readonly issues: readonly Issue[];
  /** The table's headings in order and the field each holds. */
  readonly layout: CsvLayout;
  /** How each column of the table was understood, and why. */
  readonly columns: readonly ColumnReading[];
  /** The table and row (from 1) a path into the plan came from. */
  readonly tableRowOf?: (path: readonly (string | number)[]) => TableRowPlace | undefined;
}

/** The text of a paragraph: its runs' text, tabs and line breaks. */
export function paragraphText(xml: string): string {
  let out = "";
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>|<w:cr\/>/g)) {
    if (m[1] !== undefined) out += unescapeXml(m[1]);
    else out += m[0].startsWith("<w:tab") ? "\t" : "\n";
  }
  return out;
}

/**
 * The top-level pieces of an element's inner XML that are `tags` elements, in order, each
 * with its own inner XML, nested elements of the same name included (a table in a cell).
 */
export function children(xml: string, tags: readonly string[]): { readonly tag: string; readonly inner: string; readonly open: string }[] {
  const out: { tag: string; inner: string; open: string }[] = [];
  // The attributes stop before a "/>" (lazily), so that Word's empty paragraph
  // <w:p w:rsidR="00AB12CD"/> closes itself rather than opening a paragraph that swallows the table after it.
  const re = new RegExp(`<(/?)(${tags.join("|")})((?:\\s[^>]*?)?)(/?)>`, "g");
  let depth = 0;
  let start = 0;
  let tag = "";
  let open = "";
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    const closing = m[1] === "/";
    const selfClosing = m[4] === "/";
    if (!closing && depth === 0) {
      tag = m[2]!;
      open = m[3] ?? "";
      start = re.lastIndex;
      if (selfClosing) {
        out.push({ tag, inner: "", open });
        continue;
      }
      depth = 1;
    } else if (!closing && !selfClosing && m[2] === tag) depth++;
    else if (closing && m[2] === tag) {
      depth--;
      if (depth === 0) out.push({ tag, inner: xml.slice(start, m.index), open });
    }
  }
  return out;
}

/**
 * How deep tables may nest in a Word document (a table in a cell of a table is 2) before
 * it is refused rather than read: reading a cell reads its tables again, so the work grows
 * with the depth. Word documents councils write nest 1 or 2 deep.
 */
export const MAX_TABLE_NESTING = 32;

/** How deep the document's tables nest, counting no further than `limit + 1`. */
export function tableDepth(xml: string, limit: number = MAX_TABLE_NESTING): number {
  let depth = 0;
  let most = 0;
  for (const m of xml.matchAll(/<(\/?)w:tbl(?=[\s/>])[^>]*?(\/?)>/g)) {
    if (m[1] === "/") depth = Math.max(0, depth - 1);
    else if (m[2] !== "/") {
      depth++;
      if (depth > most) most = depth;
      if (most > limit) break;
    }
  }
  return most;
}

/** The part of an element's inner XML before its first paragraph or table: where its own properties are. */
export function head(inner: string): string {
  const p = inner.search(/<w:(?:p|tbl)[\s/>]/);
  return p < 0 ? inner : inner.slice(0, p);
}

/**
 * A cell's text: its paragraphs, a line each; a table inside it (a cell of milestones),
 * a line per row, its cells' text joined by " | ".
 */
export function cellText(inner: string): string {
  return children(inner, ["w:p", "w:tbl"])
    .map((piece) =>
      piece.tag === "w:p"
        ? paragraphText(piece.inner)
        : children(piece.inner, ["w:tr"])
            .map((tr) =>
              children(tr.inner, ["w:tc"])
                .map((tc) =>
                  cellText(tc.inner)
                    .split("\n")
                    .map((l) => l.trim())
                    .filter((l) => l !== "")
                    .join(" "),
                )
                .filter((t) => t !== "")
                .join(" | "),
            )
            .join("\n"),
    )
    .join("\n")
    .trim();
}

/** The empty cells a row leaves before its first cell and after its last (`w:gridBefore`, `w:gridAfter`). */
function gridSkips(rowInner: string): { readonly before: number; readonly after: number } {
  const props = /<w:trPr>([\s\S]*?)<\/w:trPr>/.exec(head(rowInner).split(/<w:tc[\s>]/)[0]!)?.[1] ?? "";
  const skip = (name: string) => Math.min(63, Number(new RegExp(`<w:${name}\\s+w:val="(\\d{1,3})"`).exec(props)?.[1] ?? 0));
  return { before: skip("gridBefore"), after: skip("gridAfter") };
}

export const WORD: OfficeKind = {
  noun: "document",
  app: "Word",
  format: "a Word document (.docx)",
  old: "an old Word file (.doc)",
  saveAs: "a Word Document (.docx)",
};

/**
 * Reads an action plan from the table or tables of a Word document, as councils write
 * their plans (the published PDF is made from it).
 *
 * Each table is read as `readPlanCsv` (peer-challenge/csv) reads a CSV (the same headings, layouts and
 * words). A cell merged down over the rows below (a recommendation over its actions) is
 * read in its first row and carries on; a cell of several paragraphs keeps them as lines.
 * Several tables (one per recommendation or theme) are joined, a repeated header row
 * skipped, and a paragraph between them read as a section heading. Where there is no
 * column of action numbers, a number written at the start of the action's text ("1.1
 * Agree a balanced budget") is taken as its id. Paragraphs above the first table are read
 * as a spreadsheet's title rows: a title naming the council gives its name. Issues name
 * the table and row. It never throws on the file's content.
 *
 * @param bytes - The document's bytes.
 * @param options - The council's own words.
 * @returns The plan as data and the document's problems.
 * @category Import and export
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { readPlanDocx } from "peer-challenge/docx";
 * import { validatePlan } from "peer-challenge/schema";
 * validatePlan(readPlanDocx(readFileSync("action-plan.docx")).plan).ok;
 * ```
 */
export function readPlanDocx(bytes: Uint8Array | ArrayBuffer, options: ReadPlanDocxOptions = {}): DocxReadResult {
  const issues: Issue[] = [];
  const empty = (message: string, hint?: string): DocxReadResult => {
    issues.push(issueOf({ code: "unreadable-file", path: [], message, ...(hint ? { hint } : {}) }));
    return { plan: { schemaVersion: 1 }, issues, layout: { columns: [] }, columns: [] };
  };
  const opened = openPackage(bytes, WORD, (name) => name === "word/document.xml");
  if (!("files" in opened)) return empty(opened.message, opened.hint);
  const document = opened.files.get("word/document.xml");
  if (document === undefined) return empty("The file is a zip, but not a Word document (it has no word/document.xml).");
  const xml = strFromU8(document);
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? "";
  if (tableDepth(body) > MAX_TABLE_NESTING)
    return empty(
      `The document is too large to read: its tables are nested more than ${MAX_TABLE_NESTING} deep.`,
      "Save the plan's table as a document of its own, or as CSV.",
    );

  const fromTables = bodyRows(body, options.columns);
  // No table: a table pasted as text, a paragraph a row and a tab between cells, is read as one.
  const tabbed = fromTables.tables === 0 ? tabbedRows(body, options.columns) : undefined;
  if (fromTables.tables === 0 && tabbed === undefined) {
    // No table: a plan written as labelled paragraphs ("Action: ...", "Lead officer: ...") is read as records.
    const paragraphs = children(body, ["w:p"]).map((p, i) => ({ text: paragraphText(p.inner), place: `Paragraph ${i + 1}` }));
    const records = recordRows(paragraphs);
    if (records === undefined)
      return empty(
        'The document has no table: peer-challenge reads an action plan from its table, or from labelled paragraphs ("Action: ...", "Lead officer: ...").',
      );
    issues.push(recordsIssue(records));
    const read = readPlanTable(records.rows, unguardedOptions(options), issues);
    return { plan: read.plan, issues: read.issues, layout: read.layout, columns: read.columns };
  }
  const { rows, header } = tabbed ?? fromTables;
  if (tabbed !== undefined)
    issues.push(
      issueOf({
        code: "column-read",
        path: [],
        message: `The document has no table: its paragraphs from paragraph ${tabbed.from} on, cells parted by tabs, were read as one, with the header "${tabbed.header.join(" | ")}".`,
        hint: "Check that each paragraph's tabs part its cells as the columns do; a table in the document is read as it stands.",
      }),
    );
  if (header !== undefined) numbersFromTitles(rows, header);
  for (const f of tabbed === undefined ? fromTables.fields : [])
    issues.push(
      issueOf({
        code: "column-read",
        path: [],
        message: `${f.place}: "${f.text}", above table ${f.table}, is read as the ${label(f.column)} of each of its actions.`,
        hint: "If it is not, put it in the table, or under a heading of its own.",
      }),
    );
  const read = readPlanTable(rows, unguardedOptions(options), issues);
  // Each row's table and row, for placing issues as data.
  const placeAt = new Map<number, { table: number; row: number }>();
  for (const r of rows) {
    const m = /^Table (\d+), row (\d+)$/.exec(r.place ?? "");
    if (m) placeAt.set(r.line, { table: Number(m[1]), row: Number(m[2]) });
  }
  const tableRowOf = (path: readonly (string | number)[]) => {
    const line = read.lineOf(path);
    return line === undefined ? undefined : placeAt.get(line);
  };
  return { plan: read.plan, issues: read.issues, layout: read.layout, columns: read.columns, tableRowOf };
}

/** The body's paragraphs and tables, in order, as the table reader's rows; the first header row; how many tables. */
function bodyRows(body: string, columns: ColumnChoices | undefined): { rows: TableRow[]; header: string[] | undefined; tables: number; fields: TableField[] } {
  const rows: TableRow[] = [];
  let line = 0;
  let tableNumber = 0;
  let header: string[] | undefined;
  // The paragraphs above each table, since the one before it.
  const above: TableRow[][] = [[]];
  for (const piece of children(body, ["w:p", "w:tbl"])) {
    if (piece.tag === "w:p") {
      const text = paragraphText(piece.inner).trim();
      // Above the first table, a title row; between tables, a section heading.
      if (text !== "") {
        rows.push(
          header === undefined
            ? { cells: [text], line: ++line, place: `Paragraph ${line}` }
            : { cells: [text], line: ++line, place: `After table ${tableNumber}`, across: true },
        );
        above[tableNumber]!.push(rows.at(-1)!);
      }
      continue;
    }
    tableNumber++;
    above.push([]);
    let rowNumber = 0;
    // Each column's text and line in the row a vertical merge started on: a continued cell is covered by it.
    const started: { text: string; line: number }[] = [];
    for (const tr of children(piece.inner, ["w:tr"])) {
      rowNumber++;
      const { cells, across, meta, continued } = rowCells(tr.inner);
      cells.forEach((c, i) => {
        const from = started[i];
        if (!continued.includes(i)) started[i] = { text: c, line: line + 1 };
        else if (from !== undefined && from.text.trim() !== "") meta[i] = { ...(meta[i] ?? {}), covered: from };
      });
      // A table repeating the header of an earlier one continues it.
      if (header !== undefined && cells.join("\u0000") === header.join("\u0000")) continue;
      if (header === undefined && isHeaderRow(cells, columns)) header = cells;
      rows.push({
        cells,
        line: ++line,
        place: `Table ${tableNumber}, row ${rowNumber}`,
        ...(across && header !== undefined ? { across } : {}),
        ...(meta.some((m) => m !== undefined) ? { meta } : {}),
      });
    }
  }
  const fields = header === undefined ? [] : tableFields(rows, above, header);
  if (header !== undefined) firstSection(rows, above.slice(0, -1), header);
  return { rows, header, tables: tableNumber, fields };
}

/** A labelled paragraph read as a field of every action of the table under it. */
interface TableField {
  readonly text: string;
  readonly place: string;
  readonly table: number;
  readonly column: Column;
}

/** The fields a labelled paragraph above a table can give each of its actions. */
const TABLE_FIELDS: ReadonlySet<Column> = new Set<Column>(["owners", "timescale", "status", "rag"]);

/**
 * A labelled paragraph above a table ("Lead officer: Jane Smith, Director of Strategy"), where the
 * header has no column of its field, gives that field to every action of the table: it is taken out of
 * the paragraphs (it is no section heading) and put in a column of its own, added to the header.
 */
function tableFields(rows: TableRow[], above: TableRow[][], header: string[]): TableField[] {
  const out: TableField[] = [];
  const added = new Map<Column, number>();
  above.forEach((paragraphs, t) => {
    for (const p of [...paragraphs]) {
      const m = /^([^:]{2,40}):\s*(\S.*)$/.exec(p.cells[0] ?? "");
      const column = m === null ? undefined : columnOf(m[1]!);
      if (m === null || column === undefined || !TABLE_FIELDS.has(column) || t >= above.length - 1) continue;
      if (!added.has(column) && header.some((h) => columnOf(h) === column)) continue;
      let at = added.get(column);
      if (at === undefined) {
        header.push(m[1]!.trim());
        at = header.length - 1;
        added.set(column, at);
      }
      rows.splice(rows.indexOf(p), 1);
      paragraphs.splice(paragraphs.indexOf(p), 1);
      for (const r of rows) {
        if (r.cells === header || r.across === true || !(r.place ?? "").startsWith(`Table ${t + 1}, row `)) continue;
        while (r.cells.length < at) r.cells.push("");
        r.cells[at] = m[2]!.trim();
      }
      out.push({ text: p.cells[0]!, place: placeOf(p), table: t + 1, column });
    }
  });
  return out;
}

/**
 * A paragraph above each table ("Fairer: Our Deliverables" over the first, "Caring and Competent: Our Deliverables"
 * over the second): the one above the first table heads its rows as the others head theirs, and is moved under its
 * header. Only where every later table has a paragraph above it, the first table holds the header, and the paragraph
 * is not the only one above the first table unless it is written as a later one is (the same first or last word). A
 * title naming the council or the peer challenge's dates, or a plan detail ("Council: ..."), stays above.
 */
function firstSection(rows: TableRow[], above: readonly (readonly TableRow[])[], header: readonly string[]): void {
  const [first, ...later] = above;
  const candidate = first?.at(-1);
  const at = rows.findIndex((r) => r.cells === header);
  if (candidate === undefined || later.length === 0 || later.some((a) => a.length === 0) || !rows[at]?.place?.startsWith("Table 1,")) return;
  const text = candidate.cells[0] ?? "";
  if (councilInTitle(text) !== undefined || cpcDatesIn(text) !== undefined || preambleKeyOf(text.split(":")[0] ?? "") !== undefined) return;
  const ends = (t: string) => {
    const words = fold(t)
      .split(" ")
      .filter((w) => w !== "");
    return [words[0], words.at(-1)];
  };
  const [a, z] = ends(text);
  const alike = later.some((p) => p.some((row) => ends(row.cells[0] ?? "").some((w) => w !== undefined && (w === a || w === z))));
  if (first!.length === 1 && !alike) return;
  rows.splice(rows.indexOf(candidate), 1);
  rows.splice(at, 0, { ...candidate, across: true });
}

/**
 * A table pasted into Word as text: a paragraph a row, its cells parted by tabs, under a
 * paragraph that is a header row. Paragraphs above the header are title rows; a paragraph
 * with no tab after it is a section heading across the table. `undefined` when no tabbed
 * paragraph is a header row with a tabbed row somewhere under it.
 */
function tabbedRows(body: string, columns: ColumnChoices | undefined): { rows: TableRow[]; header: string[]; from: number } | undefined {
  const texts = children(body, ["w:p"])
    .map((p) => paragraphText(p.inner))
    .filter((t) => t.trim() !== "");
  const at = texts.findIndex(
    (t, i) =>
      t.includes("\t") &&
      isHeaderRow(
        t.split("\t").map((c) => c.trim()),
        columns,
      ) &&
      texts.slice(i + 1).some((r) => r.includes("\t")),
  );
  if (at < 0) return undefined;
  const header = texts[at]!.split("\t").map((c) => c.trim());
  const rows = texts.map((t, i): TableRow => {
    const place = `Paragraph ${i + 1}`;
    if (i <= at || !t.includes("\t")) return { cells: [t.trim()], line: i + 1, place, ...(i > at ? { across: true } : {}) };
    return { cells: t.split("\t").map((c) => c.trim()), line: i + 1, place };
  });
  rows[at] = { cells: header, line: at + 1, place: `Paragraph ${at + 1}` };
  return { rows, header, from: at + 1 };
}

/**
 * A table row's cells, each spanned column and each column skipped before the row's first cell an empty one;
 * `across` when the row is one cell with text merged over two or more columns and nothing skipped; `meta` each
 * cell's shading; `continued` the columns whose cell continues a vertical merge from the row above.
 */
function rowCells(inner: string): { cells: string[]; across: boolean; meta: (CellMeta | undefined)[]; continued: number[] } {
  const cells: string[] = [];
  // Each cell's shading (w:shd's fill), where it has one: a RAG cell may be only a colour.
  const meta: (CellMeta | undefined)[] = [];
  // The columns whose cell continues a vertical merge from the row above.
  const continuedAt: number[] = [];
  let spans = 0;
  // A row that starts further in than the grid (w:gridBefore) keeps its cells under their headings.
  const grid = gridSkips(inner);
  for (let k = 0; k < grid.before; k++) cells.push("");
  for (const tc of children(inner, ["w:tc"])) {
    const props = /<w:tcPr>([\s\S]*?)<\/w:tcPr>/.exec(head(tc.inner))?.[1] ?? "";
    const span = Number(/<w:gridSpan\s+w:val="(\d+)"/.exec(props)?.[1] ?? 1);
    // A continued vertical merge (<w:vMerge/> without "restart") is covered: its text is the cell above's.
    const continued = /<w:vMerge(?:\s+w:val="continue")?\s*\/>/.test(props);
    const fill = /<w:shd\s[^>]*?w:fill="([0-9A-Fa-f]{6})"/.exec(props)?.[1];
    if (fill !== undefined && !continued) meta[cells.length] = { fill: `#${fill.toUpperCase()}` };
    if (continued) continuedAt.push(cells.length);
    cells.push(continued ? "" : cellText(tc.inner));
    for (let k = 1; k < Math.min(span, 64); k++) cells.push("");
    spans = spans === 0 ? span : -1;
  }
  return { cells, across: grid.before === 0 && spans >= 2 && (cells[0] ?? "").trim() !== "", meta, continued: continuedAt };
}
