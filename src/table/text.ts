/**
 * Bytes to text, as council files come: UTF-8 with or without a byte-order mark, UTF-16
 * (Excel's "Unicode Text") with its mark, and Windows-1252 (Excel's "CSV" on a Windows PC
 * in the UK) when the bytes are not UTF-8. Browser-safe: no Node built-ins.
 */

import { issueOf, type Issue } from "../model/issue.js";

/**
 * An encoding a text file can be read in.
 *
 * @category Import and export
 * @example
 * ```ts
 * import type { TextEncodingName } from "peer-challenge/csv";
 * const encoding: TextEncodingName = "windows-1252";
 * ```
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * Text decoded from bytes, and how.
 *
 * @category Import and export
 * @example
 * ```ts
 * import { decodeText, type DecodedText } from "peer-challenge/csv";
 * const d: DecodedText = decodeText(new Uint8Array([0xa3, 0x35]));
 * [d.text, d.encoding, d.guessed];
 * //=> ["£5", "windows-1252", true]
 * ```
 */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  readonly text: string;
  /** The encoding it was read in. */
  readonly encoding: TextEncodingName;
  /** How the encoding was known: a byte-order mark, the caller, or a guess (not UTF-8, so Windows-1252). */
  readonly how: "bom" | "given" | "utf-8" | "guessed";
  /** True when the encoding was guessed: say so to the user. */
  readonly guessed: boolean;
}

// Windows-1252's bytes 0x80-0x9F, where it differs from Latin-1 (WHATWG's table; the five
// bytes it leaves undefined map to the C1 control of the same number, as browsers do).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Windows-1252, by table: Node's TextDecoder reads the label as Latin-1 when it lacks full ICU. */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    chunk.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  // An odd last byte is not part of a character: dropped, as TextDecoder would replace it.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let out = "";
  const chunk: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    chunk.push(view.getUint16(i, littleEndian));
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

/**
 * Reads text from bytes. A byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); without
 * one, the bytes are read as UTF-8 when they are valid UTF-8, and as Windows-1252 when
 * they are not (`guessed: true`), so that "£", curly quotes and en dashes typed in Excel
 * survive rather than becoming U+FFFD. `encoding` forces one.
 *
 * @param bytes - The file's bytes.
 * @param encoding - The encoding to use, when the user knows it.
 * @returns The text, the encoding and how it was known.
 * @category Import and export
 * @example
 * ```ts
 * import { decodeText } from "peer-challenge/csv";
 * decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00])).text;
 * //=> "A"
 * ```
 */
export function decodeText(bytes: Uint8Array, encoding?: TextEncodingName): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const utf8Bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  const le = b0 === 0xff && b1 === 0xfe;
  const be = b0 === 0xfe && b1 === 0xff;
  if (encoding !== undefined) {
    const skip = encoding === "utf-8" && utf8Bom ? 3 : (encoding === "utf-16le" && le) || (encoding === "utf-16be" && be) ? 2 : 0;
    return { text: decodeAs(bytes.subarray(skip), encoding), encoding, how: "given", guessed: false };
  }
  if (utf8Bom) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8", how: "bom", guessed: false };
  if (le) return { text: decodeUtf16(bytes.subarray(2), true), encoding: "utf-16le", how: "bom", guessed: false };
  if (be) return { text: decodeUtf16(bytes.subarray(2), false), encoding: "utf-16be", how: "bom", guessed: false };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", how: "utf-8", guessed: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252", how: "guessed", guessed: true };
  }
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string {
  switch (encoding) {
    case "utf-8":
      return new TextDecoder("utf-8").decode(bytes);
    case "utf-16le":
      return decodeUtf16(bytes, true);
    case "utf-16be":
      return decodeUtf16(bytes, false);
    case "windows-1252":
      return decodeWindows1252(bytes);
  }
}

/**
 * The warning for an encoding that had to be guessed, naming the file; none otherwise.
 *
 * @internal
 */
export function guessedEncodingIssues(decoded: DecodedText, name: string): Issue[] {
  if (!decoded.guessed) return [];
  return [
    issueOf({
      code: "guessed-encoding",
      path: [],
      message: `${name} is not UTF-8, so it was read as Windows-1252, the encoding Excel uses for "CSV" on Windows: check that "£", quotes and dashes read right.`,
      hint: 'Save it as "CSV UTF-8" in Excel, or say the encoding (--encoding, or the encoding option).',
      value: decoded.encoding,
    }),
  ];
}
