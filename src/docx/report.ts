/**
 * The committee paper in Word: the report's content (the same report model as the HTML
 * and Markdown reports) as a .docx a committee clerk can paste into a modern.gov template.
 * Real heading styles, tables whose header row repeats on each page, the charts as pictures
 * with alt text (and their figures as tables), page numbers in the footer, en-GB, A4, no
 * macros. The committee summary is portrait; the action detail is a landscape appendix, so
 * the latest comment gets the width. Browser-safe: bytes out, built with fflate.
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import type { ActionPlan } from "../model/types.js";
import { reportContent, type Cell as ContentCell, type Line, type ReportContent, type Span, type TableContent } from "../report/content.js";
import { reportOf, type ReportOptions } from "../report/model.js";
import { HEADLINE_SWATCH, RAG_SWATCH, STATUS_SWATCH, type Swatch } from "../report/swatches.js";
import { HEADLINE_KEYS, headlineCounts, SHOWN_STATUSES } from "../report/words.js";
import { stackedBarPng, swatchPng } from "./png.js";

/**
 * Options for {@link writeReportDocx}: those of the other reports.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { WriteReportDocxOptions } from "peer-challenge/docx";
 * const options: WriteReportDocxOptions = { asOf: "2019-06-30", ragRule: "expected-progress" };
 * ```
 */
export interface WriteReportDocxOptions extends ReportOptions {}

/** XML text: the five characters escaped, and the control characters XML 1.0 cannot hold left out. */
const esc = (text: string | number): string =>
  String(text)
    .replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!)
    .replace(/[\u0000-\u0008\v\f\u000e-\u001f\ufffe\uffff]/g, "");

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A4 in twentieths of a point, 2 cm margins: the text is 9,638 wide in portrait and 14,570 in landscape. */
const A4 = { short: 11906, long: 16838, margin: 1134 } as const;
const PORTRAIT_WIDTH = A4.short - 2 * A4.margin;
const LANDSCAPE_WIDTH = A4.long - 2 * A4.margin;
/** English Metric Units in a centimetre, for pictures. */
const EMU_PER_CM = 360000;

interface Run {
  readonly text: string;
  readonly strong?: boolean;
  readonly colour?: string;
  readonly italic?: boolean;
}

/** A run of text, its line breaks kept. */
function run(r: Run | string): string {
  const { text, strong, colour, italic } = typeof r === "string" ? { text: r } : r;
  const props = `${strong ? "<w:b/>" : ""}${italic ? "<w:i/>" : ""}${colour ? `<w:color w:val="${colour}"/>` : ""}`;
  const body = text
    .split(/\r?\n/)
    .map((line) => `<w:t xml:space="preserve">${esc(line)}</w:t>`)
    .join("<w:br/>");
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}${body}</w:r>`;
}

interface ParagraphOptions {
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly align?: "right" | "center";
}

/** A paragraph of runs (or of ready-made run XML). */
function para(content: readonly (Run | string)[] | string, options: ParagraphOptions = {}): string {
  const props = `${options.style ? `<w:pStyle w:val="${options.style}"/>` : ""}${options.keepNext ? "<w:keepNext/>" : ""}${options.align ? `<w:jc w:val="${options.align}"/>` : ""}`;
  const body = typeof content === "string" ? content : content.map(run).join("");
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}${body}</w:p>`;
}

const heading = (level: 1 | 2 | 3, text: string) => para([text], { style: `Heading${level}` });

/** A table cell: paragraphs of runs, a fill, right-aligned for figures. */
interface Cell {
  readonly paragraphs: readonly (readonly (Run | string)[] | string)[];
  readonly fill?: string;
  readonly align?: "right";
}

const cellOf = (c: Cell | string | number): Cell => (typeof c === "object" ? c : { paragraphs: [[String(c)]] });

/** The pictures of a document and the numbers Word wants unique, kept per document. */
interface Parts {
  readonly media: Record<string, Uint8Array>;
  readonly rels: string[];
  nextId: number;
}

/** An inline picture of a PNG, its size in centimetres, with its alt text (`descr`). */
function picture(parts: Parts, png: Uint8Array, widthCm: number, heightCm: number, alt: string): string {
  const n = parts.nextId++;
  const name = `image${n}.png`;
  parts.media[`word/media/${name}`] = png;
  parts.rels.push(`<Relationship Id="rIdImg${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/${name}"/>`);
  const cx = Math.round(widthCm * EMU_PER_CM);
  const cy = Math.round(heightCm * EMU_PER_CM);
  return `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${n}" name="Picture ${n}" descr="${esc(alt)}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="${n}" name="${name}" descr="${esc(alt)}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImg${n}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
}

/**
 * A table with a caption above it, its header row repeated on each page (`w:tblHeader`),
 * columns as wide as the shares given of the text's width.
 */
function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly (Cell | string | number)[])[],
  shares: readonly number[],
  width: number,
  numeric: readonly number[] = [],
): string {
  const sum = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((s / sum) * width));
  const tc = (c: Cell, i: number, header: boolean) => {
    const right = c.align === "right" || numeric.includes(i);
    const paras = c.paragraphs.map((p) =>
      para(typeof p === "string" ? p : p.map((r) => (header ? { ...(typeof r === "string" ? { text: r } : r), strong: true } : r)), {
        style: "TableText",
        ...(right ? { align: "right" as const } : {}),
      }),
    );
    return `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${c.fill || header ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.fill ?? "E7E9EC"}"/>` : ""}</w:tcPr>${paras.join("")}</w:tc>`;
  };
  const headRow = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${head.map((h, i) => tc({ paragraphs: [[h]] }, i, true)).join("")}</w:tr>`;
  const body = rows.map((r) => `<w:tr>${r.map((c, i) => tc(cellOf(c), i, false)).join("")}</w:tr>`).join("");
  return `${para([caption], { style: "Caption", keepNext: true })}<w:tbl><w:tblPr><w:tblStyle w:val="ReportTable"/><w:tblW w:w="${width}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/><w:tblCaption w:val="${esc(caption)}"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${headRow}${body}</w:tbl>${para([""], { style: "AfterTable" })}`;
}

/** A legend: a small patterned square and the label of each part. */
function legend(parts: Parts, swatches: readonly Swatch[]): string {
  const items = swatches.flatMap((s, i) => [
    picture(parts, swatchPng(s), 0.35, 0.35, `${s.label}: ${s.fill} with a ${s.pattern} pattern`),
    run(` ${s.label}${i < swatches.length - 1 ? "    " : ""}`),
  ]);
  return para(items.join(""), { keepNext: false });
}

/** A chart of one stacked bar per row: a table of the row's name and its bar, each bar a picture with its figures as alt text. */
function barChart<K extends string>(
  parts: Parts,
  chart: {
    readonly caption: string;
    /** The heading of the rows' names. */
    readonly first: string;
    readonly keys: readonly K[];
    readonly swatches: Readonly<Record<K, Swatch>>;
    readonly rows: readonly { readonly label: string; readonly counts: Readonly<Record<K, number>> }[];
  },
): string {
  // The bar column is 10.8 of 17.3 parts of 17 cm, less the cell padding: 9.6 cm fits inside it.
  const barCm = 9.6;
  const rows = chart.rows.map((r) => {
    const total = chart.keys.reduce((n, k) => n + r.counts[k], 0);
    const alt = `${r.label}: ${total === 0 ? "no actions" : chart.keys.map((k) => `${chart.swatches[k].label} ${r.counts[k]}`).join(", ")}`;
    const png = stackedBarPng(
      chart.keys.map((k) => ({ count: r.counts[k], swatch: chart.swatches[k] })),
      840,
      48,
    );
    return [total === 0 ? `${r.label} (no actions)` : r.label, { paragraphs: [picture(parts, png, barCm, barCm * (48 / 840), alt)] } satisfies Cell];
  });
  return `${table(chart.caption, [chart.first, "Share of actions"], rows, [6.5, 10.8], PORTRAIT_WIDTH)}${legend(
    parts,
    chart.keys.map((k) => chart.swatches[k]),
  )}`;
}

/** A span's look in Word: our placeholder in italics, "12 days overdue" in bold red, a RAG label in bold white on its colour. */
function runOf(s: Span, onColour: boolean): Run {
  if (s.placeholder) return { text: s.text, italic: true };
  if (s.overdue === "words") return { text: s.text, strong: true, colour: "B42318" };
  if (s.rag) return { text: s.text, strong: true, colour: "FFFFFF" };
  return onColour ? { text: s.text, colour: "FFFFFF" } : { text: s.text };
}

const sameLook = (a: Run, b: Run) => a.strong === b.strong && a.italic === b.italic && a.colour === b.colour;

/** A line's runs, neighbours of the same look made one. */
function runsOf(line: Line, onColour: boolean): Run[] {
  const out: Run[] = [];
  for (const r of line.map((s) => runOf(s, onColour))) {
    const last = out[out.length - 1];
    if (last && sameLook(last, r)) out[out.length - 1] = { ...last, text: last.text + r.text };
    else out.push(r);
  }
  return out;
}

/** A cell in Word: its lines one paragraph (line breaks between them), each item of its list a paragraph. */
function wordCell(c: ContentCell, strong = false): Cell {
  const onColour = c.rag !== undefined;
  const looks = c.lines.flatMap((l) => runsOf(l, onColour));
  const plainText = looks.every((r) => r.strong === undefined && r.italic === undefined && r.colour === undefined);
  const first: (Run | string)[] =
    c.lines.length === 0
      ? [""]
      : strong
        ? [{ text: c.lines.map((l) => l.map((s) => s.text).join("")).join("\n"), strong: true }]
        : plainText
          ? [c.lines.map((l) => l.map((s) => s.text).join("")).join("\n")]
          : c.lines.flatMap((l, i) => [...(i > 0 ? ["\n"] : []), ...runsOf(l, onColour)]);
  return {
    paragraphs: [first, ...(c.items ?? []).map((l) => runsOf(l, onColour))],
    ...(c.rag ? { fill: RAG_SWATCH[c.rag].fill.slice(1).toUpperCase() } : {}),
  };
}

/** A table of the report in Word: columns as wide as `shares` of `width`, figures right-aligned, the total row's name in bold. */
function wordTable(t: TableContent, shares: readonly number[], width: number): string {
  const last = t.rows.length - 1;
  return table(
    t.caption,
    t.columns.map((c) => c.head),
    t.rows.map((row, r) => row.map((c, i) => wordCell(c, t.total && r === last && i === 0))),
    shares,
    width,
    t.columns.flatMap((c, i) => (c.kind === "text" ? [] : [i])),
  );
}

/** The title, the date and the headline: its sentence, its figures as a table, and the notes. */
function headline(c: ReportContent): string[] {
  const h = c.headline;
  return [
    para([c.council], { style: "Title" }),
    para([`${c.title}: progress as of ${c.asOfText}`], { style: "Subtitle" }),
    para(c.asOfLine.map((s) => (s.strong ? { text: s.text, strong: true } : s.text))),
    heading(1, "Headline"),
    para([{ text: h.sentence, strong: true }]),
    table(
      "The progress-review headline",
      [...h.shares.map((s) => s.label), "Overdue"],
      [[...h.shares.map((s) => `${s.percent}% (${s.count})`), String(h.overdue)]],
      [1, 1, 1, 1],
      PORTRAIT_WIDTH,
      [0, 1, 2, 3],
    ),
    ...c.notes.map((note) => para([{ text: note, italic: true }])),
  ];
}

/** The status chart as a picture with its figures as alt text, and the status and RAG tables. */
function statusAndRag(c: ReportContent, parts: Parts): string[] {
  const r = c.report;
  return [
    heading(2, "Status and RAG rating"),
    para(
      picture(
        parts,
        stackedBarPng(SHOWN_STATUSES.map((s) => ({ count: r.status.counts[s], swatch: STATUS_SWATCH[s] }))),
        16,
        0.64,
        `${c.statusChart.title}: ${c.statusChart.desc}.`,
      ),
      { keepNext: true },
    ),
    legend(
      parts,
      SHOWN_STATUSES.map((s) => STATUS_SWATCH[s]),
    ),
    wordTable(c.status, [3, 1, 1], Math.round(PORTRAIT_WIDTH * 0.6)),
    wordTable(c.rag, [3, 1, 1], Math.round(PORTRAIT_WIDTH * 0.6)),
  ];
}

function trend(c: ReportContent, parts: Parts): string[] {
  if (!c.trend) return [];
  return [
    heading(1, "Progress over time"),
    para([c.trend.about]),
    barChart(parts, {
      caption: c.trend.chartTitle,
      first: "Quarter",
      keys: HEADLINE_KEYS,
      swatches: HEADLINE_SWATCH,
      rows: c.trend.points.map((p) => ({ label: p.period.label, counts: headlineCounts(p.headline) })),
    }),
    wordTable(c.trend.table, [1.6, 1.6, 1, 1.3, 1.5, 1.4, 1], PORTRAIT_WIDTH),
  ];
}

function themes(c: ReportContent, parts: Parts): string[] {
  return [
    heading(1, "By theme"),
    barChart(parts, {
      caption: c.themes.chartCaption,
      first: "Theme",
      keys: c.rags,
      swatches: RAG_SWATCH,
      rows: c.report.themes.map((g) => ({ label: g.title, counts: g.rag.counts })),
    }),
    wordTable(
      c.themes.table,
      c.themes.table.columns.map((_, i) => (i === 0 ? 4 : 1)),
      PORTRAIT_WIDTH,
    ),
  ];
}

function overdue(c: ReportContent): string[] {
  return [
    heading(1, c.overdue.heading),
    c.overdue.none !== undefined ? para([c.overdue.none]) : wordTable(c.overdue.table, [1, 4.2, 2, 1.6, 1.4, 1.1], PORTRAIT_WIDTH),
  ];
}

function changes(c: ReportContent): string[] {
  if (!c.changes) return [];
  return [
    heading(1, c.changes.heading),
    ...c.changes.lists.flatMap((l) => [
      heading(2, `${l.title} (${l.items.length})`),
      ...(l.items.length === 0 ? [para(["None."])] : []),
      ...l.items.map((i) => para([i], { style: "ListBullet" })),
    ]),
  ];
}

/** The appendix: each recommendation with its actions. */
function appendix(c: ReportContent): string[] {
  return [
    heading(1, "Appendix: recommendations and actions"),
    ...c.recommendations.flatMap((rec) => [
      heading(2, `${rec.id}. ${rec.title}`),
      ...(rec.meta ? [para([{ text: `${rec.meta((t) => t)}.`, italic: true }], { keepNext: true })] : []),
      rec.table ? wordTable(rec.table, [0.95, 3.6, 1.7, 1.5, 1.4, 1, 4.4], LANDSCAPE_WIDTH) : para(["No actions."]),
    ]),
    para([{ text: c.footer, italic: true }]),
  ];
}

/** The committee summary (portrait) and the action detail (the landscape appendix), as document XML. */
function body(c: ReportContent, parts: Parts): { summary: string; appendix: string } {
  const summary = [...headline(c), ...statusAndRag(c, parts), ...trend(c, parts), ...themes(c, parts), ...overdue(c), ...changes(c)];
  return { summary: summary.join(""), appendix: appendix(c).join("") };
}

/** A section's page: A4 portrait or landscape, 2 cm margins, the footer with the page number. */
function sectPr(orientation: "portrait" | "landscape"): string {
  const size =
    orientation === "portrait" ? `<w:pgSz w:w="${A4.short}" w:h="${A4.long}"/>` : `<w:pgSz w:w="${A4.long}" w:h="${A4.short}" w:orient="landscape"/>`;
  const m = A4.margin;
  return `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>${size}<w:pgMar w:top="${m}" w:right="${m}" w:bottom="${m}" w:left="${m}" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>`;
}

const STYLES = `${XML}<w:styles ${NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:color w:val="444B53"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="AfterTable"><w:name w:val="After Table"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="120" w:lineRule="exact"/></w:pPr><w:rPr><w:sz w:val="8"/><w:szCs w:val="8"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="ReportTable"><w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A0A7AE"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A0A7AE"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A0A7AE"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A0A7AE"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A0A7AE"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A0A7AE"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;

const NUMBERING = `${XML}<w:numbering ${NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

const SETTINGS = `${XML}<w:settings ${NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="en-GB"/></w:settings>`;

/** The footer: "Page 2 of 9", from Word's PAGE and NUMPAGES fields. */
const FOOTER = `${XML}<w:ftr ${NS}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> of </w:t></w:r><w:fldSimple w:instr=" NUMPAGES \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>`;

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * The report on a plan as a Word document (.docx), for the committee paper: the council
 * and date as its title; the headline, status and RAG, themes and overdue actions on the
 * first pages (portrait); then each recommendation with its actions, targets, status, RAG
 * and latest comment as a landscape appendix. The same content as `renderHtmlReport` and
 * `renderMarkdownReport` (`peer-challenge/report`), from the same report model. Word's
 * own heading styles (Heading 1 and 2, so a modern.gov template restyles them and the
 * navigation pane lists them), tables whose header row repeats on each page, the charts
 * as pictures with alt text beside tables of their figures, "Page 2 of 9" in the footer,
 * en-GB, A4 with 2 cm margins, no macros. Browser-safe: returns the bytes.
 *
 * @param plan - The plan.
 * @param options - `asOf` (default today in Europe/London), `compare` (adds what changed since that snapshot), rounding and the RAG rule.
 * @returns The .docx file's bytes.
 * @throws RangeError for an option that is not one (a bad `asOf`, `rounding`...), naming the function, the option and what is allowed.
 * @throws PlanDataError for input that is not a plan, or a status or RAG rating it cannot read.
 * @category Reports
 * @example
 * ```ts
 * import { writeReportDocx } from "peer-challenge/docx";
 * const bytes = writeReportDocx(kingston, { asOf: "2019-06-30" });
 * String.fromCharCode(bytes[0]!, bytes[1]!);
 * //=> "PK"
 * ```
 */
export function writeReportDocx(plan: ActionPlan, options: WriteReportDocxOptions = {}): Uint8Array {
  const c = reportContent(reportOf("writeReportDocx", plan, options));
  const r = c.report;
  const parts: Parts = { media: {}, rels: [], nextId: 1 };
  const { summary, appendix } = body(c, parts);
  // The summary's section ends with the paragraph that holds its page settings; the appendix's are the body's last.
  const document = `${XML}<w:document ${NS}><w:body>${summary}<w:p><w:pPr>${sectPr("portrait")}</w:pPr></w:p>${appendix}${sectPr("landscape")}</w:body></w:document>`;
  const title = c.documentTitle;
  const files: Zippable = {
    "[Content_Types].xml": strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ),
    "docProps/core.xml": strToU8(
      `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(title)}</dc:title><dc:creator>peer-challenge</dc:creator><dc:language>en-GB</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${r.asOf}T00:00:00Z</dcterms:created></cp:coreProperties>`,
    ),
    "docProps/app.xml": strToU8(
      `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>peer-challenge</Application></Properties>`,
    ),
    "word/document.xml": strToU8(document),
    "word/_rels/document.xml.rels": strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/><Relationship Id="rIdNumbering" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rIdFooter" Type="${REL}/footer" Target="footer1.xml"/>${parts.rels.join("")}</Relationships>`,
    ),
    "word/styles.xml": strToU8(STYLES),
    "word/settings.xml": strToU8(SETTINGS),
    "word/numbering.xml": strToU8(NUMBERING),
    "word/footer1.xml": strToU8(FOOTER),
    ...parts.media,
  };
  // The same plan and date give the same bytes: the zip's times are the report's date.
  const [y, m, d] = r.asOf.split("-").map(Number) as [number, number, number];
  return zipSync(files, { level: 6, mtime: new Date(Math.max(1980, y), m - 1, d) });
}
