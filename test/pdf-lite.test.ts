// The small PDF reader (src/cli/pdf-lite.ts) held to pdf.js, its reference: on every PDF the
// tests have (LibreOffice's, from python-docx files; Chromium's print), the lines it gives are
// the lines pdf.js gives, to the last bit of every position; and on files it does not know
// for sure (a code with no Unicode, a combining accent, a font without a map, a Type 3 font,
// a form, a cross-reference stream) it declines, and cpc draft reads the file with pdf.js,
// as before. The small PDFs below are written by hand, object by object, by `pdf()`.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pdfPages, textOfPages } from "../src/cli/pdf.js";
import { readPdfLite } from "../src/cli/pdf-lite.js";
import { NO_TOUNICODE, NOT_EMBEDDED, onePage } from "./pdf-by-hand.js";

const LIMITS = { maxPages: 500, maxOperators: 375_000 };
const dir = new URL("fixtures/draft/", import.meta.url);
const FIXTURES = [
  "kingston-chromium-print.pdf",
  ...readdirSync(new URL("layouts/", dir))
    .filter((f) => f.endsWith(".pdf"))
    .map((f) => `layouts/${f}`),
];

describe("the small reader gives what pdf.js gives", () => {
  it.each(FIXTURES.map((f) => [f]))(
    "%s",
    async (name) => {
      const bytes = readFileSync(new URL(name, dir));
      const lite = readPdfLite(bytes, LIMITS);
      expect("declined" in lite ? lite.declined : "read").toBe("read");
      const byPdfjs = await pdfPages(bytes, name, { reader: "pdfjs" });
      const byLite = await pdfPages(bytes, name, { reader: "lite" });
      expect(byLite).toEqual(byPdfjs);
      expect(byLite.flat().length).toBeGreaterThan(5);
    },
    60_000,
  );

  it("reads Chromium's drawn bullets as pdf.js's drawing gives them", async () => {
    const bytes = readFileSync(new URL("kingston-chromium-print.pdf", dir));
    const lines = (await pdfPages(bytes, "k.pdf", { reader: "lite" })).flat();
    // The report's recommendations are a bulleted list of eleven (test/draft-expected.ts),
    // and its other lists (the peer team of six, the five themes) bulleted too: at least
    // 11 + 6 + 5 lines start after a drawn bullet.
    expect(lines.filter((l) => l.marked === true).length).toBeGreaterThanOrEqual(22);
  }, 300_000);
});

const KEY = "BT /F1 12 Tf 72 700 Td <0102030401020304> Tj ET";

describe("the small reader on PDFs written by hand", () => {
  it("reads a page of text in a font with a map to Unicode, as pdf.js does", async () => {
    const bytes = onePage(KEY);
    expect(readPdfLite(bytes, LIMITS)).not.toHaveProperty("declined");
    const lite = await pdfPages(bytes, "key.pdf", { reader: "lite" });
    expect(lite).toEqual(await pdfPages(bytes, "key.pdf", { reader: "pdfjs" }));
    // Codes 01 02 03 04 01 02 03 04: "Key Key " -> the line "Key Key".
    expect(textOfPages(lite)).toBe("Key Key\n");
    // At 72 points in, 700 up, in 12-point type.
    expect(lite[0]![0]).toMatchObject({ x: 72, y: 700, size: 12 });
  }, 300_000);

  it("joins a page's drawing given in parts as pdf.js does, with nothing between them", async () => {
    // The hex string <0102030401020304> cut in two, and the operator Tj too.
    const bytes = onePage(["BT /F1 12 Tf 72 700 Td <01020304", "01020304> T", "j ET"]);
    const lite = await pdfPages(bytes, "parts.pdf", { reader: "lite" });
    expect(lite).toEqual(await pdfPages(bytes, "parts.pdf", { reader: "pdfjs" }));
    expect(textOfPages(lite)).toBe("Key Key\n");
  }, 300_000);

  it.each([
    ["a code the ToUnicode map leaves out", onePage("BT /F1 12 Tf 72 700 Td <0102030401020305> Tj ET"), "a character code with no Unicode"],
    [
      "a code mapped to a combining accent (pdf.js treats it as a diacritic)",
      onePage(KEY, "<01> <004B>\n<02> <0301>\n<03> <0079>\n<04> <0020>"),
      "a character outside the plain Latin set this reader checks (U+0301)",
    ],
    [
      "a code mapped to a ligature pdf.js normalises",
      onePage(KEY, "<01> <004B>\n<02> <FB01>\n<03> <0079>\n<04> <0020>"),
      "a character outside the plain Latin set this reader checks (U+FB01)",
    ],
    ["a font with no ToUnicode map", NO_TOUNICODE(), "a font without a ToUnicode map"],
    ["a font not embedded", NOT_EMBEDDED(), "a font without a descriptor"],
    [
      "a Type 3 font",
      onePage(
        KEY,
        undefined,
        "<< /Type /Font /Subtype /Type3 /FontMatrix [0.001 0 0 0.001 0 0] /FontBBox [0 0 1000 1000] /CharProcs << >> /Encoding << /Differences [] >> /FirstChar 1 /LastChar 4 /Widths [667 556 500 278] /ToUnicode 6 0 R >>",
      ),
      "a Type3 font",
    ],
    ["a form drawn on the page", onePage(`${KEY} /X1 Do`), "a form drawn on the page"],
    ["an inline image", onePage(`${KEY} BI /W 1 /H 1 /BPC 8 /CS /G ID \u0000 EI`), 'the operator "BI"'],
  ])(
    "declines %s, and cpc draft reads it with pdf.js as before",
    async (_, bytes, why) => {
      const lite = readPdfLite(bytes, LIMITS);
      expect(lite).toEqual({ declined: why });
      await expect(pdfPages(bytes, "x.pdf", { reader: "lite" })).rejects.toThrow(`the small reader declined it: ${why}`);
      expect(await pdfPages(bytes, "x.pdf")).toEqual(await pdfPages(bytes, "x.pdf", { reader: "pdfjs" }));
    },
    60_000,
  );

  it("declines a cross-reference stream and a table not where startxref says", () => {
    const bytes = onePage(KEY);
    const text = Buffer.from(bytes).toString("latin1");
    const moved = text.replace(/startxref\n\d+/, "startxref\n9");
    expect(readPdfLite(new Uint8Array(Buffer.from(moved, "latin1")), LIMITS)).toEqual({
      declined: "a cross-reference stream, or a table not where startxref says",
    });
  });

  it("declines past its page budget, leaving the refusal to pdf.js's own checks", () => {
    expect(readPdfLite(onePage(KEY), { maxPages: 0, maxOperators: 100 })).toEqual({ declined: "more pages than the budget" });
    // BT, Tf, Td, Tj, ET: five operators.
    expect(readPdfLite(onePage(KEY), { maxPages: 1, maxOperators: 4 })).toEqual({ declined: "more drawing operators than the budget" });
    expect(readPdfLite(onePage(KEY), { maxPages: 1, maxOperators: 5 })).not.toHaveProperty("declined");
  });

  it("never throws on bytes that are not a PDF", () => {
    for (const junk of ["", "%PDF-1.4\n", "startxref\n0\n%%EOF", "%PDF-1.4\nxref\n0 1\ntrailer << /Root 9 0 R >>\nstartxref\n9\n%%EOF"]) {
      expect(readPdfLite(new Uint8Array(Buffer.from(junk, "latin1")), LIMITS)).toHaveProperty("declined");
    }
  });
});

describe("the small reader on changed files: it declines, or gives what pdf.js gives", () => {
  // LibreOffice's Tower Hamlets page with its drawing and its ToUnicode maps inflated
  // (make-uncompressed.py), so that a changed byte lands in what the readers interpret.
  const base = readFileSync(new URL("tower-hamlets-2021-feedback.uncompressed.pdf", dir));
  const text = base.toString("latin1");
  // The font programs, which neither reader's text depends on (pdf.js draws with them).
  const programs = [...text.matchAll(/\/Length1[^>]*>>\nstream\n/g)].map((m) => [m.index, text.indexOf("endstream", m.index)] as const);
  const outside = (at: number) => !programs.some(([a, b]) => at >= a && at <= b);
  const digits = [...text.matchAll(/\d/g)].map((m) => m.index).filter(outside);

  async function compare(bytes: Uint8Array): Promise<"declined" | "same"> {
    const lite = readPdfLite(bytes, LIMITS);
    if ("declined" in lite) return "declined";
    const byPdfjs = await pdfPages(bytes, "x.pdf", { reader: "pdfjs" });
    expect(await pdfPages(bytes, "x.pdf", { reader: "lite" })).toEqual(byPdfjs);
    return "same";
  }

  it("one to three bytes changed anywhere but in the font programs (300 files, seeded)", async () => {
    let seed = 20261206;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const seen = { declined: 0, same: 0 };
    for (let k = 0; k < 300; k++) {
      const bytes = new Uint8Array(base);
      for (let n = 1 + rand(3); n > 0; n--) {
        let at = rand(bytes.length);
        while (!outside(at)) at = rand(bytes.length);
        bytes[at] = rand(256);
      }
      seen[await compare(bytes)]++;
    }
    // Both outcomes happen: the test is not passing by declining everything.
    expect(seen.same).toBeGreaterThan(30);
    expect(seen.declined).toBeGreaterThan(30);
  }, 300_000);

  it("one to five digits changed to other digits: positions, sizes, widths, codes (300 files, seeded)", async () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const seen = { declined: 0, same: 0 };
    for (let k = 0; k < 300; k++) {
      const bytes = new Uint8Array(base);
      for (let n = 1 + rand(5); n > 0; n--) bytes[digits[rand(digits.length)]!] = 0x30 + rand(10);
      seen[await compare(bytes)]++;
    }
    expect(seen.same).toBeGreaterThan(100);
  }, 300_000);
});
