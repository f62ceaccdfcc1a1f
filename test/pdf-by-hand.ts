// Small PDFs written by hand, object by object, for the tests of cpc draft's PDF readers: a
// writer, not a reader, and so a different tool from the two it tests.
import { readFileSync } from "node:fs";
/** A PDF written by hand: its objects in order (1, 2, ...), a classic cross-reference table and trailer. */
export function pdf(objects: readonly string[]): Uint8Array {
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

export const stream = (data: string, extra = "") => `<< /Length ${Buffer.byteLength(data, "latin1")}${extra} >>\nstream\n${data}\nendstream`;

/**
 * An embedded TrueType program, as the font's FontFile2 stream object (its compressed bytes
 * kept as they are): LibreOffice's subset of DejaVu Serif in Tower Hamlets' 2021 report,
 * whose codes 1 to 55 are glyphs. The readers never draw it; pdf.js loads it.
 */
function trueTypeProgram(): string {
  const file = readFileSync(new URL("fixtures/draft/layouts/tower-hamlets-2021-feedback.pdf", import.meta.url)).toString("latin1");
  const descriptor = /\/FontFile2 (\d+) 0 R/.exec(file)!;
  const at = file.indexOf(`\n${descriptor[1]} 0 obj\n`);
  const dict = /<<\/Length (\d+) 0 R([^>]*)>>\nstream\n/.exec(file.slice(at, at + 200))!;
  const length = Number(new RegExp(`\\n${dict[1]} 0 obj\\n(\\d+)`).exec(file)![1]);
  const start = at + file.slice(at).indexOf("stream\n") + 7;
  return `<< /Length ${length}${dict[2]} >>\nstream\n${file.slice(start, start + length)}\nendstream`;
}

const FONT =
  "<< /Type /Font /Subtype /TrueType /BaseFont /CAAAAA+DejaVuSerif /FirstChar 1 /LastChar 4 /Widths [667 556 500 278] /FontDescriptor 8 0 R /ToUnicode 6 0 R >>";

/**
 * One page in an embedded TrueType font whose codes 1 to 4 stand for K, e, y and a space
 * (object 5, or `font` in its place); the content (or its parts, in order) and the
 * ToUnicode entries given.
 */
export function onePage(content: string | readonly string[], toUnicode = "<01> <004B>\n<02> <0065>\n<03> <0079>\n<04> <0020>", font = FONT) {
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <00> <FF> endcodespacerange\n${
    toUnicode.split("\n").length
  } beginbfchar\n${toUnicode}\nendbfchar\nendcmap end end`;
  return pdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject << /X1 7 0 R >> >> /Contents ${
      typeof content === "string"
        ? "4 0 R"
        : `[4 0 R ${content
            .slice(1)
            .map((_, i) => `${10 + i} 0 R`)
            .join(" ")}]`
    } >>`,
    stream(typeof content === "string" ? content : content[0]!),
    font,
    stream(cmap),
    stream("0 0 10 10 re f", " /Type /XObject /Subtype /Form /BBox [0 0 10 10]"),
    "<< /Type /FontDescriptor /FontName /CAAAAA+DejaVuSerif /Flags 4 /FontBBox [-769 -346 2104 1109] /ItalicAngle 0 /Ascent 0 /Descent 0 /CapHeight 1109 /StemV 80 /FontFile2 9 0 R >>",
    trueTypeProgram(),
    // The drawing's further parts, when it is given in several (objects 10 on).
    ...(typeof content === "string" ? [] : content.slice(1).map((c) => stream(c))),
  ]);
}

const KEY = "BT /F1 12 Tf 72 700 Td <0102030401020304> Tj ET";

/** A page reading "Key Key" in a TrueType font with no ToUnicode map, as Word writes its WinAnsi fonts: the small reader declines it. */
export const NO_TOUNICODE = () => onePage(KEY, undefined, FONT.replace(" /ToUnicode 6 0 R", ""));

/** The same in a TrueType font that is not embedded (pdf.js puts a substitute in): declined too. */
export const NOT_EMBEDDED = () => onePage(KEY, undefined, FONT.replace(" /FontDescriptor 8 0 R", ""));
