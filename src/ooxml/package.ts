/**
 * Office Open XML, as the workbook and Word readers both need it: opening the zip
 * package within a size limit, with the same plain message for each way it can fail, and
 * decoding XML text. Browser-safe (fflate).
 *
 * @internal
 * @module
 */
import { Inflate, strFromU8 } from "fflate";
import { crc32 } from "./crc.js";

/**
 * What an Office package may hold before it is refused rather than read: each figure
 * bounds the memory and time a small hostile file can make the reader spend
 * (docs/reliability.md, "Budgets").
 */
export const OFFICE_BUDGET = {
  /** The most the parts read may expand to, unzipped, together: 64 MB... */
  unzipped: 64 * 1024 * 1024,
  /** ...and no more than 12 MB beyond twice the file's own size (XML zips to a fifth to a tenth; a bomb to a thousandth). */
  unzippedBase: 12 * 1024 * 1024,
  /** The most entries a package may list: 10,000 (a workbook of 500 sheets has about 1,100). */
  entries: 10_000,
} as const;

/** The most a package may expand to, unzipped (the parts read, together). */
export const MAX_UNZIPPED = OFFICE_BUDGET.unzipped;

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

/** A package's parts, by name: a Map, so that a part named "constructor" is only a name. */
export type Parts = ReadonlyMap<string, Uint8Array>;

/** Thrown inside {@link unzipChecked}: the message says what is wrong with the zip. */
class Damaged extends Error {}
/** Thrown inside {@link unzipChecked} when the parts would expand past the budget. */
class TooLarge extends Error {}

/** One entry of the zip's central directory. */
interface Entry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

/**
 * The entries `keep` wants, each inflated and checked against the central directory: its
 * CRC-32, its compressed and uncompressed sizes, and where its data lies. Nothing is
 * inflated past the size an entry declares, and the declared sizes of the entries kept
 * may not together pass `budget`.
 */
function unzipChecked(data: Uint8Array, keep: (name: string) => boolean, budget: number): Map<string, Uint8Array> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // The end of central directory record: within the last 65,557 bytes (22 and a comment).
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65557); i--) {
    if (u32(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Damaged("it has no zip directory (the file is cut short or is not a zip)");
  const count = u16(end + 10);
  const dirSize = u32(end + 12);
  const dirStart = u32(end + 16);
  if (count === 0xffff || dirStart === 0xffffffff) throw new Damaged("it is a ZIP64 archive, which an Office file of this size never is");
  if (count > OFFICE_BUDGET.entries)
    throw new TooLarge(`it lists ${count.toLocaleString("en-GB")} entries, more than ${OFFICE_BUDGET.entries.toLocaleString("en-GB")}`);
  if (dirStart + dirSize > end) throw new Damaged("its zip directory lies outside the file");
  const entries: Entry[] = [];
  let at = dirStart;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || u32(at) !== 0x02014b50) throw new Damaged("its zip directory is broken");
    const nameLength = u16(at + 28);
    const extra = u16(at + 30);
    const comment = u16(at + 32);
    if (at + 46 + nameLength > end) throw new Damaged("its zip directory is broken");
    const flags = u16(at + 8);
    const name = strFromU8(data.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) === 0);
    entries.push({ name, flags, method: u16(at + 10), crc: u32(at + 16), compressed: u32(at + 20), size: u32(at + 24), offset: u32(at + 42) });
    at += 46 + nameLength + extra + comment;
  }
  // Every entry's local header, kept or not: a flipped byte in a name left out would
  // otherwise leave out a part silently (a theme, and with it a fill's colour).
  for (const e of entries) {
    const local = e.offset;
    const part = JSON.stringify(e.name);
    if (local + 30 > data.length || u32(local) !== 0x04034b50) throw new Damaged(`its part ${part} is not where the zip directory says`);
    const localName = data.subarray(local + 30, local + 30 + u16(local + 26));
    if (strFromU8(localName, (e.flags & 0x800) === 0) !== e.name) throw new Damaged(`the two copies of its part ${part}'s name differ`);
    if ((u16(local + 6) & 8) === 0 && (u32(local + 14) !== e.crc || u32(local + 18) !== e.compressed || u32(local + 22) !== e.size))
      throw new Damaged(`the two copies of its part ${part}'s checksum and sizes differ`);
  }
  const kept = entries.filter((e) => keep(e.name));
  let total = 0;
  const allowed = Math.min(budget, OFFICE_BUDGET.unzippedBase + 2 * data.length);
  for (const e of kept) {
    total += e.size;
    if (total > allowed)
      throw new TooLarge(allowed === budget ? `it expands to more than ${budget / 1048576} MB` : `it expands to more than 12 MB and twice its own size`);
  }
  const files = new Map<string, Uint8Array>();
  for (const e of kept) {
    const part = JSON.stringify(e.name);
    if (e.flags & 1) throw new Damaged(`its part ${part} is encrypted`);
    const local = e.offset;
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + e.compressed > data.length) throw new Damaged(`its part ${part} is cut short`);
    const raw = data.subarray(start, start + e.compressed);
    let out: Uint8Array;
    if (e.method === 0) {
      if (e.compressed !== e.size) throw new Damaged(`the size of its part ${part} does not match the zip directory`);
      out = raw;
    } else if (e.method === 8) {
      out = inflateAtMost(raw, e.size, part);
    } else throw new Damaged(`its part ${part} is compressed in a way Office does not use (method ${e.method})`);
    if (crc32(out) !== e.crc) throw new Damaged(`its part ${part} fails its checksum (CRC-32)`);
    files.set(e.name, out);
  }
  return files;
}

/** Deflated data inflated into exactly `size` bytes: more or fewer is damage, found without inflating past `size`. */
function inflateAtMost(raw: Uint8Array, size: number, part: string): Uint8Array {
  const out = new Uint8Array(size);
  let filled = 0;
  const inflate = new Inflate((chunk) => {
    if (filled + chunk.length > size) throw new Damaged(`its part ${part} expands to more than the zip directory says`);
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    // In slices, so that a bomb is stopped after a slice's worth of output, not at its end.
    const SLICE = 16384;
    for (let i = 0; i < raw.length || (i === 0 && raw.length === 0); i += SLICE) inflate.push(raw.subarray(i, i + SLICE), i + SLICE >= raw.length);
  } catch (e) {
    if (e instanceof Damaged) throw e;
    throw new Damaged(`its part ${part} cannot be unzipped (${e instanceof Error ? e.message : String(e)})`);
  }
  if (filled !== size) throw new Damaged(`its part ${part} is shorter than the zip directory says`);
  return out;
}

/**
 * The parts of a package that `keep` wants, or why it cannot be read: not a zip, an old
 * binary file or one protected by a password (both OLE files, D0 CF 11 E0), larger than
 * {@link MAX_UNZIPPED} unzipped (or 12 MB and twice its own size), or damaged: every part read is checked against its
 * CRC-32 and sizes, so a flipped bit is never read as another plan.
 */
export function openPackage(bytes: Uint8Array | ArrayBuffer, kind: OfficeKind, keep: (name: string) => boolean): { readonly files: Parts } | Unreadable {
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
  try {
    return { files: unzipChecked(data, keep, MAX_UNZIPPED) };
  } catch (e) {
    if (e instanceof TooLarge) return { message: `The ${kind.noun} is too large to read: ${e.message}.` };
    const why = e instanceof Damaged ? e.message : e instanceof Error ? e.message : String(e);
    return { message: `The ${kind.noun} is damaged: ${why}.`, hint: `Open it in ${kind.app} and save it again.` };
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
