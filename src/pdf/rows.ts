/**
 * A table's rows from a PDF's text and where it stands on each page: how an action plan
 * published as a PDF appendix (the way most are: a Word table printed to PDF) is read. A
 * PDF has no cells, only runs of text at positions, so the columns are found from the
 * header (the first line whose words name three or more of a plan's columns, its headings
 * wrapped over lines put back together), each run of text goes to the column it starts in,
 * and a row begins where the text of two or more columns starts on one line after a gap,
 * or where a column empty so far in the row begins. Lines inside a cell are joined; a new
 * paragraph or a list item in a cell keeps its line break. Page numbers, lines repeated at
 * the top or foot of the pages and the header repeated on each page are left out.
 * Browser-safe: the positions come from whatever reads the PDF.
 */
import { matchHeading } from "../table/columns.js";
import type { TableRow } from "../table/row.js";

/** A run of text on a page: its text, where it starts (from the page's left and foot, in points), its width and font size. */
export interface PdfTextRun {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** A line drawn on a page (a table's border): its ends, from the page's left and foot, in points. */
export interface PdfRule {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A page's runs of text, and the lines it draws (none where the reader does not give them). */
export interface PdfPageText {
  readonly runs: readonly PdfTextRun[];
  readonly rules?: readonly PdfRule[] | undefined;
}

/** What was read from the pages: the rows, from the first title line on, and what the reader should say. */
export interface PdfTable {
  /** The rows: title lines above the header (one cell each), the header, then the table's rows. */
  readonly rows: TableRow[];
  /** The header's cells, where one was found. */
  readonly header: readonly string[] | undefined;
  /** The pages the table's rows are on, first and last (1-based). */
  readonly pages: readonly [number, number] | undefined;
  /** Pages whose first row could be the row before carried over (no column of action numbers to tell): read as new rows. */
  readonly unsurePageStarts: readonly number[];
  /** Words broken at the edge of their column and joined whole, as `"recommendati" + "on"`. */
  readonly joinedWords?: readonly string[];
  /**
   * The pages of lines in one column after a gap, in a table with no borders: each read as a new
   * paragraph of the cell above, where it could be a row with only that cell filled.
   */
  readonly gapParagraphs?: readonly number[];
}

interface Line {
  readonly page: number;
  readonly y: number;
  readonly size: number;
  readonly runs: readonly PdfTextRun[];
  readonly text: string;
}

const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** A line of a cell that starts a list item or a lettered or numbered step: its line break is kept. */
const ITEM_START = /^(?:[\u2022\u25cf\u25aa\u25a0\u25e6\u25cb\u00b7\uf0b7\uf0a7-]\s|\(?[a-z]\)\s|\(?[ivx]+\)\s|\d+(?:\.\d+)*[.)]?\s)/u;

/** Runs on one baseline make a line (a superscript, a third of the type above, is on it too). */
function linesOfPage(runs: readonly PdfTextRun[], page: number): Line[] {
  const placed = runs.filter((r) => r.str.trim() !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let current: PdfTextRun[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const sorted = [...current].sort((a, b) => a.x - b.x);
    lines.push({ page, y: current[0]!.y, size: Math.max(...current.map((r) => r.size)), runs: sorted, text: sorted.map((r) => r.str.trim()).join(" ") });
    current = [];
  };
  for (const run of placed) {
    const first = current[0];
    if (first !== undefined && Math.abs(first.y - run.y) > Math.max(first.size, run.size) * 0.5) flush();
    current.push(run);
  }
  flush();
  return lines;
}

/**
 * Page numbers, and lines at the top or foot of two or more pages with the same words (numbers
 * aside): a report's or a plan's running headers and footers. `kept` spares lines that are the
 * page's own all the same (a table's header, repeated on each page).
 */
export function runningLines<L extends { readonly text: string }>(
  pages: readonly (readonly L[])[],
  kept: (line: L, page: readonly L[]) => boolean = () => false,
): Set<L> {
  const edge = (page: readonly L[]) => [...page.slice(0, 2), ...page.slice(-2)];
  const key = (l: L) => l.text.replace(/\d+/g, "#").toLowerCase();
  const seen = new Map<string, number>();
  for (const page of pages) for (const k of new Set(edge(page).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const out = new Set<L>();
  for (const page of pages) {
    for (const l of edge(page)) if (PAGE_NUMBER.test(l.text) || (pages.length > 1 && (seen.get(key(l)) ?? 0) >= 2 && !kept(l, page))) out.add(l);
  }
  return out;
}

/** A header repeated at the top of each page, and its headings' wrapped words on the line below, are the table's. */
function isTableHeader(l: Line, page: readonly Line[]): boolean {
  const above = page[page.indexOf(l) - 1];
  return isHeaderLine(l) || (above !== undefined && isHeaderLine(above) && above.y - l.y <= l.size * 1.6);
}

/** A line two or more of whose runs name a plan's column: the start of a header. */
function isHeaderLine(line: Line): boolean {
  return line.runs.filter((r) => matchHeading(r.str) !== undefined).length >= 2;
}

/** A header: its columns' left edges and texts, and the lines it takes. */
interface Header {
  readonly edges: number[];
  /** Where each heading's words end: a column's cells start to the right of the heading before. */
  readonly ends: number[];
  readonly cells: string[];
  readonly lines: number;
  /** The header's first line: the same line at the top of a later page is the header repeated. */
  readonly key: string;
}

/** Two lines of a heading: joined with a space, or as one word where only that names a column ("Recommend" + "ation"). */
function joinHeading(before: string, after: string): string {
  const spaced = `${before} ${after}`;
  if (/[a-z]$/i.test(before) && /^[a-z]/.test(after) && matchHeading(spaced) === undefined && matchHeading(before + after) !== undefined) return before + after;
  return spaced;
}

/**
 * The header starting at line `i`: its runs' starts are the columns, and lines just below
 * whose runs all start in those columns are the headings' wrapped words. A header names
 * three or more columns (two where it has only two or three).
 */
function headerAt(lines: readonly Line[], i: number, ruleBetween: (above: Line, below: Line) => boolean): Header | undefined {
  const first = lines[i]!;
  // Three columns or more: a line of two ("Status    In progress") is as likely a label and its value.
  if (first.runs.length < 3) return undefined;
  const edges = first.runs.map((r) => r.x);
  const ends = first.runs.map((r) => r.x + r.width);
  const cells = first.runs.map((r) => r.str.trim());
  let n = 1;
  for (let j = i + 1; j < lines.length && n < 4; j++) {
    const l = lines[j]!;
    const prev = lines[j - 1]!;
    if (l.page !== first.page || prev.y - l.y > l.size * 1.6 || ruleBetween(prev, l)) break;
    const at = l.runs.map((r) => edges.findIndex((e) => Math.abs(e - r.x) <= 2));
    if (at.some((k) => k < 0) || l.runs.length > edges.length) break;
    // A wrapped heading's lines: only where fewer columns go on than the header has (a full line is the first row).
    if (l.runs.length >= Math.max(2, edges.length - 1) && at.length === edges.length) break;
    at.forEach((k, m) => {
      cells[k] = joinHeading(cells[k]!, l.runs[m]!.str.trim());
      ends[k] = Math.max(ends[k]!, l.runs[m]!.x + l.runs[m]!.width);
    });
    n++;
  }
  // Three columns named or more, two of them by a heading the table of headings holds, not by a
  // word in a longer text ("Review the scrutiny arrangements" names the comments by "review").
  const matches = cells.map((c) => matchHeading(c)).filter((m) => m !== undefined);
  const named = new Set(matches.map((m) => m.column));
  const sure = matches.filter((m) => m.strength !== "keyword").length;
  if (named.size < 3 || sure < 2) return undefined;
  return {
    edges,
    ends,
    cells,
    lines: n,
    key: first.runs
      .map((r) => r.str.trim())
      .join("\u0000")
      .toLowerCase(),
  };
}

/**
 * The table's rows from each page's runs of text (pages in order). Rows above the header
 * are title lines, one cell each; rows after it are the table's, each cell's lines joined.
 */
// Long because: the header, the columns' edges and reach, the borders and the row being built are one state that each line
// is read against (a row begins by a border, a page's top, a gap or a column's first text); split, they would be passed back and forth.
export function pdfTableRows(pages: readonly PdfPageText[]): PdfTable {
  const byPage = pages.map((page, p) => linesOfPage(page.runs, p + 1));
  const running = runningLines(byPage, isTableHeader);
  const lines = byPage.flat().filter((l) => !running.has(l));
  // Lines across 100 points or more on each page: a table's borders, which part a header from the rows.
  const across = pages.map((page) => (page.rules ?? []).filter((r) => Math.abs(r.y1 - r.y0) < 2 && r.x1 - r.x0 >= 100));
  const crossed = (above: Line, below: Line) =>
    across[below.page - 1]!.some(
      (r) => (r.y0 + r.y1) / 2 < above.y && (r.y0 + r.y1) / 2 > below.y + below.size * 0.5 && r.x0 <= below.runs[0]!.x && r.x1 >= below.runs[0]!.x,
    );
  let start = -1;
  let header: Header | undefined;
  for (let i = 0; i < lines.length && header === undefined; i++) {
    header = headerAt(lines, i, crossed);
    if (header !== undefined) start = i;
  }
  const rows: TableRow[] = [];
  let lineNumber = 0;
  if (header === undefined) {
    // No header: each line's text, its runs parted where a gap wider than a letter's height parts them ("Action    Review ...").
    for (const l of lines) rows.push({ cells: cellsOfLine(l), line: ++lineNumber, place: `Page ${l.page}` });
    return { rows, header: undefined, pages: undefined, unsurePageStarts: [] };
  }
  for (const l of lines.slice(0, start)) rows.push({ cells: [l.text], line: ++lineNumber, place: `Page ${l.page}` });

  const edges = columnEdges(header, lines.slice(start + header.lines));
  const width = edges.length;
  // The table's row borders on each page: lines across at least two fifths of the table's width.
  const tableLeft = edges[0]!;
  const tableWidth = Math.max(...lines.slice(start).flatMap((l) => l.runs.map((r) => r.x + r.width))) - tableLeft;
  const rowRules = pages.map((page) =>
    (page.rules ?? []).filter((r) => Math.abs(r.y1 - r.y0) < 2 && Math.abs(r.x1 - r.x0) >= tableWidth * 0.4).map((r) => (r.y0 + r.y1) / 2),
  );
  const ruled = rowRules.some((ys) => ys.length >= 3);
  // A rule between two lines of a page: the second is in the next row.
  const ruleBetween = (above: Line, below: Line) => rowRules[below.page - 1]!.some((y) => y < above.y && y > below.y + below.size * 0.5);

  const columnOf = (x: number) => {
    let k = 0;
    for (let c = 1; c < width; c++) if (x >= edges[c]! - 2) k = c;
    return k;
  };
  // Where each column's text can reach, where the table draws its column borders: the border on its
  // right, less the space its text keeps from the border on its left. A word longer than that is
  // broken where it reaches it; with no borders there is no telling, and no word is joined.
  const borders = [
    ...new Set(
      pages.flatMap((page) => (page.rules ?? []).filter((r) => Math.abs(r.x1 - r.x0) < 2 && r.y1 - r.y0 > 10).map((r) => Math.round((r.x0 + r.x1) / 2))),
    ),
  ].sort((a, b) => a - b);
  const limits = edges.map((edge) => {
    const left = borders.filter((b) => b < edge).at(-1);
    const right = borders.find((b) => b > edge + 2);
    return left === undefined || right === undefined ? undefined : right - (edge - left);
  });
  const joined: string[] = [];
  const headerRow: TableRow = { cells: header.cells, line: ++lineNumber, place: `Page ${lines[start]!.page}` };
  rows.push(headerRow);
  const idColumn = header.cells.findIndex((c) => matchHeading(c)?.column === "actionId");
  const unsure: number[] = [];
  const gapParagraphs: number[] = [];
  let row: { cells: string[]; page: number; lastY: number[]; lastPage: number[]; lastEnd: number[]; lastWord: boolean[]; filled: boolean[] } | undefined;
  let prev: Line | undefined;
  let afterHeader = false;
  const finish = () => {
    if (row !== undefined) rows.push({ cells: row.cells, line: ++lineNumber, place: `Page ${row.page}` });
    row = undefined;
  };
  const body = lines.slice(start + header.lines);
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    // The header again (at the top of a page, or over a second table): skipped.
    const again =
      line.text.includes(" ") &&
      line.runs
        .map((r) => r.str.trim())
        .join("\u0000")
        .toLowerCase() === header.key;
    if (again) {
      i += header.lines - 1;
      afterHeader = true;
      continue;
    }
    const parts = new Map<number, string>();
    const ends = new Map<number, number>();
    for (const run of line.runs) {
      const k = columnOf(run.x);
      parts.set(k, parts.has(k) ? `${parts.get(k)!} ${run.str.trim()}` : run.str.trim());
      ends.set(k, Math.max(ends.get(k) ?? 0, run.x + run.width));
    }
    const newPage = prev === undefined || prev.page !== line.page;
    const gap = prev !== undefined && !newPage ? prev.y - line.y : Infinity;
    const wrapped = gap <= line.size * 1.6;
    const opensEmpty = row !== undefined && [...parts.keys()].some((k) => !row!.filled[k]);
    let begins: boolean;
    if (row === undefined) begins = true;
    else if (newPage) {
      // A row at the top of a page may be the one before carried over: the action number tells.
      if (idColumn >= 0) begins = parts.has(idColumn) || opensEmpty;
      else {
        begins = parts.size >= 2 || opensEmpty;
        if (begins && !opensEmpty) unsure.push(line.page);
      }
    } else if (afterHeader) begins = true;
    else if (ruled) begins = ruleBetween(prev!, line);
    else if (idColumn >= 0 && parts.has(idColumn)) begins = true;
    else if (wrapped) begins = false;
    else {
      begins = parts.size >= 2 || opensEmpty;
      // One column's line after a gap as wide as a row's, with no border to tell: a second paragraph of
      // its cell, or a row with only that cell filled. Read as the first; said.
      if (!begins) gapParagraphs.push(line.page);
    }
    if (begins) {
      finish();
      row = {
        cells: Array.from({ length: width }, () => ""),
        page: line.page,
        lastY: [],
        lastPage: [],
        lastEnd: [],
        lastWord: [],
        filled: Array.from({ length: width }, () => false),
      };
    }
    const r = row!;
    for (const [k, text] of parts) {
      const before = r.cells[k]!;
      // A cell's next line: joined with a space, unless it starts a list item or follows a gap (a new paragraph).
      // A cell carried over to the next page goes on in the same paragraph.
      const carried = r.lastPage[k] !== undefined && r.lastPage[k] !== line.page;
      const lastY = r.lastY[k];
      const sameParagraph = carried || (lastY !== undefined && lastY - line.y <= line.size * 1.6 && lastY > line.y);
      // A word too long for its column, broken where the column ends ("recommendati" / "on"): joined whole.
      const limit = limits[k];
      const broken = sameParagraph && limit !== undefined && r.lastWord[k] === true && r.lastEnd[k]! >= limit - line.size * 0.5 && /^[a-z]/.test(text);
      // The line before is one word (lastWord), so the cell's last word is its last line.
      if (broken)
        joined.push(
          `"${
            before
              .slice(before.lastIndexOf("\n") + 1)
              .split(" ")
              .at(-1) ?? ""
          }" + "${text.split(" ")[0] ?? ""}"`,
        );
      r.cells[k] = before === "" ? text : broken ? `${before}${text}` : sameParagraph && !ITEM_START.test(text) ? `${before} ${text}` : `${before}\n${text}`;
      r.lastY[k] = line.y;
      r.lastPage[k] = line.page;
      r.lastEnd[k] = ends.get(k)!;
      r.lastWord[k] = !/\s/.test(text);
      r.filled[k] = true;
    }
    prev = line;
    afterHeader = false;
  }
  finish();
  const first = lines[start]!.page;
  const last = body.at(-1)?.page ?? first;
  return { rows, header: header.cells, pages: [first, last], unsurePageStarts: unsure, joinedWords: joined, gapParagraphs };
}

/** A line's runs as cells: runs closer than a letter's height are one cell's words. */
function cellsOfLine(line: Line): string[] {
  const cells: string[] = [];
  let end = -Infinity;
  for (const r of line.runs) {
    if (cells.length > 0 && r.x - end < line.size) cells[cells.length - 1] = `${cells.at(-1)!} ${r.str.trim()}`;
    else cells.push(r.str.trim());
    end = r.x + r.width;
  }
  return cells;
}

/**
 * Each column's left edge: its heading's start, or further left where the column's cells
 * start there (a heading centred over text set left), but right of the heading before.
 */
function columnEdges(header: Header, body: readonly Line[]): number[] {
  const edges = [...header.edges];
  const starts = new Map<number, number>();
  for (const l of body) for (const r of l.runs) starts.set(Math.round(r.x), (starts.get(Math.round(r.x)) ?? 0) + 1);
  for (let k = 1; k < edges.length; k++) {
    const floor = Math.max(edges[k - 1]! + 4, header.ends[k - 1]!);
    const left = [...starts].filter(([x, n]) => n >= 2 && x > floor && x < edges[k]! - 2).map(([x]) => x);
    if (left.length > 0) edges[k] = Math.min(...left);
  }
  return edges;
}
