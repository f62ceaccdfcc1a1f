/**
 * An input's bytes, read as a stream and stopped at the size limit, whatever the input
 * is: a file, a device (`/dev/zero`), a FIFO, a pipe, stdin. A text input that shows a
 * NUL byte in its first chunk is refused there, without reading the rest.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { BadFile, inWords, MAX_BYTES, UsageError } from "./errors.js";

/** What the reader is to check as it reads. */
export interface ReadLimits {
  /** Refuse a NUL byte in the first chunk (a text format not read as UTF-16). */
  readonly text: boolean;
  /** The most bytes to read; default {@link MAX_BYTES}. */
  readonly maxBytes?: number;
}

const tooBig = (name: string, max: number, size?: number) =>
  new BadFile(
    name,
    `${size !== undefined ? `the file is ${Math.round(size / 1048576)} MB` : `the input is more than ${Math.round(max / 1048576)} MB`}; cpc reads plans of up to ${Math.round(max / 1048576)} MB`,
  );

/** The bytes of a UTF-16 byte-order mark: its zero bytes are text. */
const utf16 = (b: Uint8Array) => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/**
 * Collects chunks up to the limit. `name` is what messages call the input.
 * Throws BadFile when the input is over the limit or (text) binary.
 */
export async function collect(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, name: string, limits: ReadLimits): Promise<Uint8Array> {
  const max = limits.maxBytes ?? MAX_BYTES;
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    if (total === 0 && limits.text && chunk.length > 0 && !utf16(chunk) && chunk.includes(0)) {
      throw new BadFile(name, "the file is binary, not a JSON, YAML, CSV or TSV plan");
    }
    total += chunk.length;
    if (total > max) throw tooBig(name, max);
    parts.push(chunk);
  }
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A file's bytes. A regular file over the limit is refused before it is read; anything
 * else (a device, a FIFO) is read until it ends or passes the limit.
 * Throws UsageError when the file cannot be opened, BadFile when it is too big or binary.
 */
const CHUNK = 1 << 20;

/** The bytes in the chunks a read stream of {@link CHUNK} bytes gives. */
function* chunksOf(bytes: Uint8Array): Iterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
}

export async function readFileBounded(file: string, limits: ReadLimits): Promise<Uint8Array> {
  const max = limits.maxBytes ?? MAX_BYTES;
  let size: number | undefined;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    if (stat.isFile()) size = stat.size;
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${inWords(e, "read")}`);
  }
  if (size !== undefined && size > max) throw tooBig(file, max, size);
  try {
    // A regular file is read at once (no stream: its module and thread-pool round trips were
    // a few ms of a small plan's whole run), in the chunks a stream would give.
    return await collect(size !== undefined ? chunksOf(readFileSync(file)) : createReadStream(file, { highWaterMark: CHUNK }), file, limits);
  } catch (e) {
    if (e instanceof BadFile) throw e;
    throw new UsageError(`cannot read ${file}: ${inWords(e, "read")}`);
  }
}
