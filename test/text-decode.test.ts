import { describe, expect, it } from "vitest";
import { decodeText } from "../src/csv/index.js";
import { guessedEncodingIssues } from "../src/table/text.js";

// Expected texts from Python's codecs (cp1252, utf-8 with "replace", utf-16), not from the
// reader under test: e.g. b"\xef\xbb\x41".decode("cp1252") == "ï»A".
const bytes = (...b: number[]) => new Uint8Array(b);

describe("decodeText: byte-order marks, and bytes that only look like one", () => {
  it("says how each encoding was known", () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ text: "A", encoding: "utf-8", how: "bom", guessed: false });
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00))).toEqual({ text: "A", encoding: "utf-16le", how: "bom", guessed: false });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x41))).toEqual({ text: "A", encoding: "utf-16be", how: "bom", guessed: false });
    expect(decodeText(bytes(0x41))).toEqual({ text: "A", encoding: "utf-8", how: "utf-8", guessed: false });
    expect(decodeText(bytes(0xa3))).toEqual({ text: "£", encoding: "windows-1252", how: "guessed", guessed: true });
  });

  it("reads the first bytes of a mark, without the rest, as text", () => {
    // Not UTF-8 (cut sequences, 0xff, 0xfe), so Windows-1252: Python gives "ï»A", "ÿA", "þA", "Aþ".
    expect(decodeText(bytes(0xef, 0xbb, 0x41)).text).toBe("ï»A");
    expect(decodeText(bytes(0xff, 0x41)).text).toBe("ÿA");
    expect(decodeText(bytes(0xfe, 0x41)).text).toBe("þA");
    expect(decodeText(bytes(0x41, 0xfe)).text).toBe("Aþ");
  });

  it("with an encoding given, skips only that encoding's own mark", () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41), "utf-8")).toEqual({ text: "A", encoding: "utf-8", how: "given", guessed: false });
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00), "utf-16le").text).toBe("A");
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x41), "utf-16be").text).toBe("A");
    // Another encoding's mark is text: b"\xfe\xff\x00\x41".decode("utf-16-le") == "\ufffe\u4100".
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x41), "utf-16le").text).toBe("\ufffe\u4100");
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41), "windows-1252").text).toBe("ï»¿A");
    // No mark: nothing skipped. A cut UTF-8 sequence read as UTF-8 is one U+FFFD (Python: "\ufffdA").
    expect(decodeText(bytes(0x41, 0x00), "utf-16le").text).toBe("A");
    expect(decodeText(bytes(0x00, 0x41), "utf-16be").text).toBe("A");
    expect(decodeText(bytes(0xef, 0xbb, 0x41), "utf-8").text).toBe("\ufffdA");
  });

  it("drops a lone last byte of UTF-16, which is not a character", () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0x42)).text).toBe("A");
  });
});

describe("decodeText: Windows-1252's own characters, and long files", () => {
  it("maps 0x80 to 0x9F by Windows-1252's table, at both ends, and leaves 0xA0 on", () => {
    // cp1252: 0x80 is U+20AC (€), 0x9F U+0178 (Ÿ), 0x81 undefined (U+0081), 0xA0 U+00A0.
    expect(decodeText(bytes(0x80, 0x9f, 0x81, 0xa0), "windows-1252").text).toBe("\u20ac\u0178\u0081\u00a0");
  });

  it("reads files longer than one chunk of 8,192 characters whole", () => {
    const n = 20_000;
    const cp1252 = new Uint8Array(n + 1).fill(0x61);
    cp1252[n] = 0xa3;
    expect(decodeText(cp1252).text).toBe(`${"a".repeat(n)}£`);
    const utf16 = new Uint8Array(2 + 2 * n);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < n; i++) utf16[2 + 2 * i] = i === n - 1 ? 0xa3 : 0x62;
    expect(decodeText(utf16).text).toBe(`${"b".repeat(n - 1)}£`);
    // Exactly one chunk: 8,192 characters.
    expect(decodeText(new Uint8Array(8192).fill(0xe9), "windows-1252").text).toBe("é".repeat(8192));
  });
});

describe("guessedEncodingIssues", () => {
  it("warns about a guessed encoding, naming the file, and says nothing otherwise", () => {
    expect(guessedEncodingIssues(decodeText(bytes(0xa3)), "tracker.csv")).toEqual([
      {
        severity: "warning",
        code: "guessed-encoding",
        path: [],
        message:
          'tracker.csv is not UTF-8, so it was read as Windows-1252, the encoding Excel uses for "CSV" on Windows: check that "£", quotes and dashes read right.',
        hint: 'Save it as "CSV UTF-8" in Excel, or say the encoding (--encoding, or the encoding option).',
        value: "windows-1252",
      },
    ]);
    expect(guessedEncodingIssues(decodeText(bytes(0x41)), "tracker.csv")).toEqual([]);
  });
});
