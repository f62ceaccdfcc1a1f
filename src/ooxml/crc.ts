/** CRC-32 (polynomial 0xEDB88320, ISO 3309), as zip files and PNG chunks record it. */

/** The byte table, built on first use: a cache of a pure result. */
let crcTableCache: Uint32Array | undefined;

/** The CRC-32 of bytes. */
export function crc32(data: Uint8Array): number {
  const table = (crcTableCache ??= (() => {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      t[n] = c >>> 0;
    }
    return t;
  })());
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
