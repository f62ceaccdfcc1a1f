/**
 * Office Open XML, as the workbook and Word readers both need it: opening the zip
 * package within a size limit, with the same plain message for each way it can fail, and
 * decoding XML text. Browser-safe (fflate).
 *
 * @internal
 * @module
 */
import { unzipSync } from "fflate";

/** The most a package may expand to, unzipped: 256 MB, as for text files. */
export const MAX_UNZIPPED = 256 * 1024 * 1024;

/** What kind of Office file is expected, for the messages. */
export interface OfficeKind {
  /** "workbook" or "document". */
  readonly noun: string;
  /** "Excel" or "Word". */
  readonly app: string;
  /** "an Excel workbook (.xlsx)". */
  readonly format: string;
  /** "an old Excel file (.xls)". */
  readonly old: string;
  /** "an Excel Workbook (.xlsx)", as the Save As list names it. */
  readonly saveAs: string;
  /** Said when the file is not a zip at all, where there is something to say. */
  readonly notZipHint?: string;
}

/** Why a package cannot be read: a message, and what to do, where that helps. */
export interface Unreadable {
  readonly message: string;
  readonly hint?: string;
}

/**
 * The parts of a package that `keep` wants, or why it cannot be read: not a zip, an old
 * binary file or one protected by a password (both OLE files, D0 CF 11 E0), larger than
 * {@link MAX_UNZIPPED} unzipped, or damaged.
 */
export function openPackage(
  bytes: Uint8Array | ArrayBuffer,
  kind: OfficeKind,
  keep: (name: string) => boolean,
): { readonly files: Record<string, Uint8Array> } | Unreadable {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data[0] !== 0x50 || data[1] !== 0x4b) {
    if (data[0] === 0xd0 && data[1] === 0xcf) {
      return {
        message: `The ${kind.noun} is ${kind.old} or is protected by a password, which peer-challenge cannot open.`,
        hint: `Save it as ${kind.saveAs} without a password.`,
      };
    }
    return { message: `The file is not ${kind.format}: it is not a zip file.`, ...(kind.notZipHint !== undefined ? { hint: kind.notZipHint } : {}) };
  }
  let total = 0;
  try {
    const files = unzipSync(data, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_UNZIPPED) throw new RangeError("too large");
        return keep(f.name);
      },
    });
    return { files };
  } catch (e) {
    if (e instanceof RangeError) return { message: `The ${kind.noun} expands to more than ${MAX_UNZIPPED / 1048576} MB, so it is not read.` };
    return { message: `The ${kind.noun} is damaged: ${e instanceof Error ? e.message : String(e)}.`, hint: `Open it in ${kind.app} and save it again.` };
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text with the five predefined entities and character references decoded; any other entity is left as written. */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, e: string) => {
    if (e.startsWith("#")) {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}
