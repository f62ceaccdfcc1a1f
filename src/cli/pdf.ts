/**
 * A PDF's text, for `cpc draft`: feedback reports reach councils as PDFs. The text and its
 * positions come from pdf.js (pdfjs-dist, an optional peer dependency, loaded only here); this
 * module puts the lines back into paragraphs, list items and headings: lines wrapped
 * within a paragraph joined, words hyphenated at a line's end mended only where the
 * report writes the word whole elsewhere, page headers and footers and page numbers
 * dropped. Node only (the CLI).
 */
import { Unzlib } from "fflate";
import { BadFile } from "./errors.js";
import { runningLines, type PdfPageText, type PdfRule } from "../pdf/rows.js";
import { readPdfLite, type PdfItem } from "./pdf-lite.js";

/**
 * What a PDF may hold before `cpc draft` refuses it rather than reads it: each bounds the
 * time and memory a small file can make pdf.js spend (a 1.2 MB stream inflating to 400
 * MB, 20,000 pages in 5.8 MB, two million operators in 4 kB). A feedback report of 60
 * pages uses a tenth of each or less.
 */
export const PDF_BUDGET = {
  /** Pages. */
  pages: 500,
  /** Bytes the streams pdf.js decodes (all but images, which it is told not to) inflate to, together. */
  inflated: 96 * 1024 * 1024,
  /** Bytes the pages' drawing (content streams and forms) inflates to, together: about 750,000 operators at the densest. */
  content: 3 * 1024 * 1024,
  /** Drawing operators of all pages. */
  operators: 750_000,
} as const;

const mb = (n: number) => `${n / 1048576} MB`;

/** The filters of a stream's dictionary, in the order they are undone. */
function filtersOf(dict: string): string[] {
  return (/\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dict)?.[1] ?? "").match(/\/\w+/g) ?? [];
}

/**
 * How many bytes deflated data (zlib, as FlateDecode is) inflates to through `layers`
 * layers, counting no further than `limit`: nothing is kept, and a bomb is stopped after
 * a slice's worth. Damaged data counts what inflated before the damage (pdf.js may read
 * it; the count is a budget, not a check).
 */
export function inflatedLength(data: Uint8Array, layers: number, limit: number): number {
  let total = 0;
  const over = new Error("over");
  let next: (chunk: Uint8Array, final: boolean) => void = (chunk) => {
    total += chunk.length;
    if (total > limit) throw over;
  };
  for (let k = 0; k < layers; k++) {
    const after = next;
    const u = new Unzlib((chunk, final) => after(chunk, final));
    next = (chunk, final) => u.push(chunk, final);
  }
  try {
    const SLICE = 16384;
    for (let i = 0; i < data.length; i += SLICE) next(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  } catch (e) {
    if (e === over) return total;
  }
  return total;
}

/**
 * Refuses a PDF whose streams would inflate past {@link PDF_BUDGET}, before pdf.js reads
 * it: each stream's dictionary (back to its "obj") gives its filters and kind; FlateDecode
 * layers are inflated here and counted, images skipped (pdf.js is told not to decode them).
 */
export function checkStreams(bytes: Uint8Array, name: string): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Pages written as plain objects, counted before pdf.js parses them all (20,000 took it 2 s).
  const page = /\/Type\s*\/Page(?![A-Za-z0-9])/g;
  const text = buf.toString("latin1");
  for (let pages = 0; page.exec(text) !== null;) {
    if (++pages > PDF_BUDGET.pages) throw new BadFile(name, `the PDF is too large to read: it has more than ${PDF_BUDGET.pages} pages`);
  }
  let inflated = 0;
  let content = 0;
  for (let at = buf.indexOf("stream", 0, "latin1"); at >= 0; at = buf.indexOf("stream", at, "latin1")) {
    const keyword = at;
    at += 6;
    if (keyword >= 3 && buf.toString("latin1", keyword - 3, keyword) === "end") continue;
    let start = at;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    const head = buf.toString("latin1", Math.max(0, keyword - 4096), keyword);
    const dict = head.slice(Math.max(0, head.lastIndexOf("obj")));
    const end = buf.indexOf("endstream", start, "latin1");
    const stop = end < 0 ? buf.length : end;
    at = stop;
    if (/\/Subtype\s*\/Image\b/.test(dict)) continue;
    const filters = filtersOf(dict);
    let layers = 0;
    while (layers < filters.length && (filters[layers] === "/FlateDecode" || filters[layers] === "/Fl")) layers++;
    const data = buf.subarray(start, stop);
    // A page's drawing: no kind of its own (fonts, object streams, metadata, colour profiles have one), or a form.
    const drawing =
      /\/Subtype\s*\/Form\b/.test(dict) || !/\/(?:Type|Subtype|Length[123]|N)\b/.test(dict.replace(/\/Filter\s*(?:\[[^\]]*\]|\/[A-Za-z0-9]+)/, ""));
    const room = Math.min(PDF_BUDGET.inflated - inflated, drawing ? PDF_BUDGET.content - content : Infinity);
    const size = layers === 0 ? data.length : inflatedLength(data, layers, room + 1);
    inflated += size;
    if (inflated > PDF_BUDGET.inflated) throw new BadFile(name, `the PDF is too large to read: its streams inflate to more than ${mb(PDF_BUDGET.inflated)}`);
    if (drawing) {
      content += size;
      if (content > PDF_BUDGET.content)
        throw new BadFile(name, `the PDF is too large to read: its pages' drawing inflates to more than ${mb(PDF_BUDGET.content)}`);
    }
  }
}

/** A line of a page: its text, where it starts and its font size, in PDF units. */
export interface PdfLine {
  readonly text: string;
  readonly x: number;
  /** Where the line's last word ends. */
  readonly end: number;
  /** From the page's foot: larger is higher on the page. */
  readonly y: number;
  readonly size: number;
  /** A bullet drawn as a shape (as Chromium prints a list) just before the line. */
  readonly marked?: boolean;
}

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** What `cpc draft` says when pdf.js is not there to read a PDF. */
export const PDFJS_MISSING =
  "reading this PDF needs pdfjs-dist (pdf.js), which is not installed: install it with npm install pdfjs-dist@5 (beside peer-challenge), or save the report as text (.txt) or Word (.docx), which cpc draft reads without it";

/**
 * pdf.js, an optional peer dependency (71 MB with its canvas, needed only for PDFs): loaded
 * by `load` (an import of pdfjs-dist's legacy build, the one for Node; the tests give their
 * own), refused by name when it is missing or not version 5.
 */
export async function loadPdfjs(name: string, load: () => Promise<Pdfjs> = () => import("pdfjs-dist/legacy/build/pdf.mjs")): Promise<Pdfjs> {
  let pdfjs: Pdfjs;
  try {
    pdfjs = await load();
  } catch (e) {
    // Node's import fails with ERR_MODULE_NOT_FOUND; a loader that wraps it keeps it as the cause.
    for (let cause: unknown = e, depth = 0; cause instanceof Error && depth < 4; cause = cause.cause, depth++) {
      const code = (cause as { code?: unknown }).code;
      if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") throw new BadFile(name, PDFJS_MISSING);
    }
    throw new BadFile(
      name,
      `reading this PDF needs pdfjs-dist (pdf.js), which could not be loaded (${e instanceof Error ? e.message : String(e)}): reinstall it with npm install pdfjs-dist@5, or save the report as text (.txt) or Word (.docx)`,
    );
  }
  // A module that is not pdf.js at all has no version: refused the same way.
  const version: unknown = (pdfjs as { version?: unknown }).version;
  const major = typeof version === "string" ? /^(\d+)\./.exec(version)?.[1] : undefined;
  if (major !== "5") {
    throw new BadFile(
      name,
      `reading a PDF needs pdfjs-dist version 5, and version ${typeof version === "string" ? version : "unknown"} is installed: npm install pdfjs-dist@5, or save the report as text (.txt) or Word (.docx)`,
    );
  }
  return pdfjs;
}

/**
 * How {@link pdfPages} reads: `load` gives pdf.js (the tests give their own); `reader`
 * "pdfjs" skips the small reader (the tests compare the two), "lite" refuses a file the
 * small reader declines instead of handing it to pdf.js.
 */
export interface PdfPagesOptions {
  readonly load?: () => Promise<Pdfjs>;
  readonly reader?: "either" | "pdfjs" | "lite";
}

/**
 * The lines of each page of a PDF, top to bottom: read by the small reader of
 * `pdf-lite.ts` when the file is of the kinds it knows (it gives what pdf.js gives, ten
 * times faster), and by pdf.js otherwise.
 */
export async function pdfPages(bytes: Uint8Array, name: string, options: PdfPagesOptions = {}): Promise<PdfLine[][]> {
  return (await pdfContent(bytes, name, options)).map((p) => markLines(linesOf(p.items), p.shapes));
}

/**
 * Each page's runs of text where they stand (from the page's left and foot, in points):
 * what `pdfTableRows` reads an action plan's table from.
 */
export async function pdfRuns(bytes: Uint8Array, name: string, options: PdfPagesOptions = {}): Promise<PdfPageText[]> {
  return (await pdfContent(bytes, name, options)).map((p) => ({
    runs: p.items.map((i) => ({ str: i.str, x: i.transform[4] ?? 0, y: i.transform[5] ?? 0, width: i.width, size: Math.abs(i.transform[3] ?? 0) || i.height })),
    // Thin boxes (a line drawn, or a rectangle filled as one): a table's borders.
    rules: p.boxes.filter((b) => Math.abs(b.y1 - b.y0) < 2 || Math.abs(b.x1 - b.x0) < 2),
  }));
}

/** Each page's text items and small shapes, and every path's box: by the small reader where it can, by pdf.js otherwise. */
async function pdfContent(bytes: Uint8Array, name: string, options: PdfPagesOptions): Promise<{ items: PdfItem[]; shapes: Shape[]; boxes: PdfRule[] }[]> {
  checkStreams(bytes, name);
  if (options.reader !== "pdfjs") {
    const lite = readPdfLite(bytes, { maxPages: PDF_BUDGET.pages, maxOperators: PDF_BUDGET.operators / 2 });
    if ("pages" in lite)
      return lite.pages.map((p) => ({
        items: p.items,
        shapes: p.paths.flatMap((path) => squareOf(boxOf(path.ctm, path.box)) ?? []),
        boxes: p.paths.map((path) => boxOf(path.ctm, path.box)),
      }));
    if (options.reader === "lite") throw new BadFile(name, `the small reader declined it: ${lite.declined}`);
  }
  const pdfjs = await loadPdfjs(name, options.load);
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>["promise"]>;
  try {
    // A copy, and a plain Uint8Array (pdf.js refuses a Buffer): pdf.js takes the buffer over.
    // Images are never decoded (maxImageSize 1 pixel): only text and small shapes are read.
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      maxImageSize: 1,
    }).promise;
  } catch (e) {
    throw new BadFile(name, `the PDF cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const pages: { items: PdfItem[]; shapes: Shape[]; boxes: PdfRule[] }[] = [];
  try {
    if (doc.numPages > PDF_BUDGET.pages)
      throw new BadFile(name, `the PDF is too large to read: it has ${doc.numPages.toLocaleString("en-GB")} pages, more than ${PDF_BUDGET.pages}`);
    let operators = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items = content.items.filter((i): i is (typeof content.items)[number] & PdfItem => "str" in i);
      const ops = await page.getOperatorList();
      operators += ops.fnArray.length;
      if (operators > PDF_BUDGET.operators)
        throw new BadFile(name, `the PDF is too large to read: its pages draw with more than ${PDF_BUDGET.operators.toLocaleString("en-GB")} operators`);
      const boxes = boxesOf(ops.fnArray, ops.argsArray, pdfjs.OPS);
      pages.push({ items, shapes: boxes.flatMap((box) => squareOf(box) ?? []), boxes });
    }
  } catch (e) {
    if (e instanceof BadFile) throw e;
    // A page tree that contains itself, a page that cannot be found: the file, not cpc.
    throw new BadFile(name, `the PDF cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await doc.destroy();
  }
  return pages;
}

type Matrix = readonly [number, number, number, number, number, number];
const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** A small shape drawn on the page: its centre and size, in PDF units. */
export interface Shape {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * The small, roughly square shapes a page draws (a list's bullets, when they are drawn
 * rather than written), from pdf.js's operator list: each path's bounding box through the
 * transforms in force.
 */
export function shapesOf(
  fns: readonly number[],
  args: readonly unknown[],
  ops: { readonly save: number; readonly restore: number; readonly transform: number; readonly constructPath: number },
): Shape[] {
  return boxesOf(fns, args, ops).flatMap((box) => squareOf(box) ?? []);
}

/**
 * Every path's box a page paints, through the transforms in force (from pdf.js's operator
 * list): among them a table's borders.
 */
export function boxesOf(
  fns: readonly number[],
  args: readonly unknown[],
  ops: { readonly save: number; readonly restore: number; readonly transform: number; readonly constructPath: number },
): PdfRule[] {
  const out: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  fns.forEach((fn, i) => {
    const a = args[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && Array.isArray(a) && a.length === 6) ctm = times(ctm, a as unknown as Matrix);
    else if (fn === ops.constructPath && Array.isArray(a)) {
      const box = a[2] as ArrayLike<number> | null | undefined;
      if (box && box.length === 4) out.push(boxOf(ctm, [box[0]!, box[1]!, box[2]!, box[3]!]));
    }
  });
  return out;
}

/** A painted path's box through the transform in force, lowest corner first. */
function boxOf(ctm: Matrix, [x0, y0, x1, y1]: readonly [number, number, number, number]): PdfRule {
  const a = times(ctm, [1, 0, 0, 1, x0, y0]);
  const b = times(ctm, [1, 0, 0, 1, x1, y1]);
  return { x0: Math.min(a[4], b[4]), y0: Math.min(a[5], b[5]), x1: Math.max(a[4], b[4]), y1: Math.max(a[5], b[5]) };
}

/** A painted box, if it is small and roughly square: a drawn bullet. */
function squareOf(box: PdfRule): Shape | undefined {
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  return w >= 1.5 && w <= 8 && h >= 1.5 && h <= 8 && w / h > 0.6 && w / h < 1.6 ? { x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2, w, h } : undefined;
}

/** Lines with a drawn bullet just to their left, at the height of their first letters. */
export function markLines(lines: readonly PdfLine[], shapes: readonly Shape[]): PdfLine[] {
  return lines.map((l) =>
    shapes.some((s) => s.x < l.x && s.x > l.x - l.size * 3 && s.y > l.y - l.size * 0.2 && s.y < l.y + l.size * 0.9) ? { ...l, marked: true } : l,
  );
}

/** Items on one baseline make a line; a gap wider than a fifth of the font is a space. */
export function linesOf(items: readonly PdfItem[]): PdfLine[] {
  const placed = items
    .filter((i) => i.str.trim() !== "")
    .map((i) => ({ str: i.str, x: i.transform[4] ?? 0, y: i.transform[5] ?? 0, w: i.width, size: Math.abs(i.transform[3] ?? 0) || i.height }));
  placed.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  let current: { parts: typeof placed; y: number } | undefined;
  const flush = () => {
    if (!current) return;
    const parts = [...current.parts].sort((a, b) => a.x - b.x);
    let text = "";
    let end = parts[0]!.x;
    for (const part of parts) {
      if (text !== "" && !text.endsWith(" ") && !part.str.startsWith(" ") && part.x - end > part.size * 0.2) text += " ";
      text += part.str;
      end = part.x + part.w;
    }
    lines.push({ text: text.replace(/\s+/g, " ").trim(), x: parts[0]!.x, end, y: current.y, size: Math.max(...parts.map((q) => q.size)) });
  };
  for (const item of placed) {
    // A superscript ("7th") sits a third of the type's height above its line: the same line.
    if (current && Math.abs(current.y - item.y) <= Math.max(item.size, ...current.parts.map((q) => q.size)) * 0.5) current.parts.push(item);
    else {
      flush();
      current = { parts: [item], y: item.y };
    }
  }
  flush();
  return lines;
}

// Bullets written as text (Word's Symbol and Wingdings bullets come out in the private use area).
const BULLET = /^[\u2022\u25cf\u25aa\u25a0\u25e6\u25cb\u2013\u00b7\u27a2\uf0b7\uf0a7\uf076\uf0d8-]\s*/u;

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function mode(xs: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = xs[0] ?? 0;
  for (const [x, n] of counts) if (n > (counts.get(best) ?? 0)) best = x;
  return best;
}

/**
 * The report's text from its pages' lines, one line per paragraph, list item or heading,
 * a blank line between: what `draftPlan` reads.
 */
export function textOfPages(pages: readonly (readonly PdfLine[])[]): string {
  const running = runningLines(pages);
  const kept = pages.map((page) => page.filter((l) => !running.has(l) && l.text !== ""));
  const all = kept.flat();
  if (all.length === 0) return "";
  const body = median(all.map((l) => l.size));
  // Headings: lines in a larger type; the largest is level 1.
  const headingSizes = [...new Set(all.filter((l) => l.size >= body * 1.15).map((l) => Math.round(l.size)))].sort((a, b) => b - a);
  const depthOf = (l: PdfLine) => (l.size >= body * 1.15 ? headingSizes.indexOf(Math.round(l.size)) + 1 : 0);
  // The column: where body lines start (the commonest start) and how far the longest reach.
  const bodyLines = all.filter((l) => l.size < body * 1.15);
  const left = mode(bodyLines.map((l) => Math.round(l.x)));
  const right = Math.max(...bodyLines.map((l) => l.end));
  // A list's items start further in than the body; Chromium draws its bullets as shapes,
  // Word as characters: either way the indents, left to right, are the list's levels.
  const indented = (l: PdfLine) => l.x > left + 8 && l.size < body * 1.15;
  const indents: number[] = [];
  const listed = (l: PdfLine) => l.marked === true || BULLET.test(l.text) || (indented(l) && !/^\d{1,2}[.)]\s/.test(l.text));
  for (const l of all) if (listed(l) && !indents.some((x) => Math.abs(x - l.x) < 6)) indents.push(l.x);
  indents.sort((a, b) => a - b);
  const words = new Set(all.flatMap((l) => l.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []));
  // Whether the first word of `line` would have fitted at the end of `before`: if it would,
  // `before` ended its paragraph or item there, and `line` starts another.
  const roomFor = (before: PdfLine, line: PdfLine): boolean => {
    const perChar = (line.end - line.x) / Math.max(1, line.text.length);
    const word = (/^\S+/.exec(line.text)?.[0].length ?? 0) + 1;
    return right - before.end > perChar * word;
  };

  const out: string[] = [];
  let last: { line: PdfLine; depth: number } | undefined;
  kept.forEach((page, p) => {
    page.forEach((line, i) => {
      const depth = depthOf(line);
      const bullet = BULLET.exec(line.text);
      const numbered = /^\d{1,2}[.)]\s/.test(line.text);
      const sameBlock = last !== undefined && depth === last.depth && bullet === null && line.marked !== true && !numbered;
      // On a page: close below the line before, which ran to the margin. Over a page break:
      // the line before ended mid-sentence and this one starts where it did.
      const carries =
        sameBlock &&
        last !== undefined &&
        (i > 0 || p === 0
          ? last.line.y - line.y <= Math.max(line.size, last.line.size) * 1.6 && (depth > 0 || !roomFor(last.line, line))
          : !/[.!?:;]$/.test(last.line.text) && Math.abs(last.line.x - line.x) < 2);
      if (carries) {
        out[out.length - 1] = join(out[out.length - 1]!, line.text, words);
      } else {
        if (out.length > 0) out.push("");
        if (depth > 0) out.push(`${"#".repeat(Math.min(6, depth))} ${line.text}`);
        else if (bullet || line.marked === true || (indented(line) && !numbered)) {
          const level = Math.max(
            0,
            indents.findIndex((x) => Math.abs(x - line.x) < 6),
          );
          out.push(`${"  ".repeat(level)}- ${bullet ? line.text.slice(bullet[0].length) : line.text}`);
        } else out.push(line.text);
      }
      last = { line, depth };
    });
  });
  return `${out.join("\n")}\n`;
}

/**
 * A wrapped line joined to the one before: with a space, or, after a hyphen at the line's
 * end, with the hyphen dropped only where the report writes the word whole elsewhere
 * ("organ-" "isation" -> "organisation"); otherwise kept ("re-" "build" -> "re-build").
 */
export function join(before: string, after: string, words: ReadonlySet<string>): string {
  const last = before.slice(before.lastIndexOf(" ") + 1, -1);
  const hyphen = before.endsWith("-") && /^\p{L}+$/u.test(last);
  const next = /^(\p{Ll}+)/u.exec(after);
  if (hyphen && next) {
    const whole = `${last}${next[1]}`.toLowerCase();
    const hyphenated = `${last}-${next[1]}`.toLowerCase();
    return words.has(whole) && !words.has(hyphenated) ? `${before.slice(0, -1)}${after}` : `${before}${after}`;
  }
  return `${before} ${after}`;
}
