/**
 * A small PNG encoder for the Word report's charts: RGB pixels in, PNG bytes out, deflated
 * with fflate. Browser-safe. Draws the charts' stacked bars and legend swatches with the
 * same colours and patterns as the HTML report's SVG, so colour is never the only signal.
 *
 * @internal
 * @module
 */
import { zlibSync } from "fflate";
import type { Swatch } from "../report/swatches.js";
import { crc32 } from "../ooxml/crc.js";

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An RGB image being drawn: width, height and 3 bytes a pixel, white to start. */
export interface Canvas {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/** A white canvas. */
export function canvas(width: number, height: number): Canvas {
  return { width, height, pixels: new Uint8Array(width * height * 3).fill(255) };
}

/** The PNG file of a canvas. */
export function encodePng(c: Canvas): Uint8Array {
  const raw = new Uint8Array((c.width * 3 + 1) * c.height);
  for (let y = 0; y < c.height; y++) {
    // Filter type 0 (none) at the start of each row.
    raw.set(c.pixels.subarray(y * c.width * 3, (y + 1) * c.width * 3), y * (c.width * 3 + 1) + 1);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, c.width);
  view.setUint32(4, c.height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, adaptive filtering, no interlace
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlibSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const rgb = (hex: string): readonly [number, number, number] => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];

/** Whether a pixel of a pattern tile (16 pixels square, the SVG's 8 at twice the size) is marked in white. */
function marked(pattern: Swatch["pattern"], x: number, y: number): boolean {
  const u = x % 16;
  const v = y % 16;
  switch (pattern) {
    case "solid":
      return false;
    case "stripes":
      return (u + v) % 16 < 3;
    case "dots":
      return (u - 8) ** 2 + (v - 8) ** 2 <= 9;
    case "cross":
      return Math.abs(u - v) < 1.5 || Math.abs(u + v - 15) < 1.5;
    case "grid":
      return u === 8 || v === 8;
    case "waves":
      return Math.abs(v - 8 + 4 * Math.sin((u / 16) * 2 * Math.PI)) < 1.3;
  }
}

/** Fills a rectangle with a swatch's colour and pattern (white marks at 45 %, as the SVG's). */
export function fillRect(c: Canvas, x0: number, y0: number, w: number, h: number, swatch: Swatch): void {
  const [r, g, b] = rgb(swatch.fill);
  const mix = (v: number) => Math.round(v + (255 - v) * 0.45);
  for (let y = Math.max(0, y0); y < Math.min(c.height, y0 + h); y++) {
    for (let x = Math.max(0, x0); x < Math.min(c.width, x0 + w); x++) {
      const i = (y * c.width + x) * 3;
      const m = marked(swatch.pattern, x, y);
      c.pixels[i] = m ? mix(r) : r;
      c.pixels[i + 1] = m ? mix(g) : g;
      c.pixels[i + 2] = m ? mix(b) : b;
    }
  }
}

/** Draws a rectangle's outline in grey, dashed (for a bar with nothing in it). */
export function dashedOutline(c: Canvas, x0: number, y0: number, w: number, h: number): void {
  const set = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= c.width || y >= c.height || Math.floor((x + y) / 6) % 2 === 1) return;
    c.pixels.set([0x57, 0x60, 0x6a], (y * c.width + x) * 3);
  };
  for (let x = x0; x < x0 + w; x++) for (const y of [y0, y0 + 1, y0 + h - 2, y0 + h - 1]) set(x, y);
  for (let y = y0; y < y0 + h; y++) for (const x of [x0, x0 + 1, x0 + w - 2, x0 + w - 1]) set(x, y);
}

/**
 * One horizontal stacked bar as a PNG: each part as wide as its share, in its swatch, with
 * a white line between parts; a dashed outline when every count is 0.
 */
export function stackedBarPng(parts: readonly { readonly count: number; readonly swatch: Swatch }[], width = 1200, height = 48): Uint8Array {
  const c = canvas(width, height);
  const total = parts.reduce((n, p) => n + p.count, 0);
  if (total === 0) dashedOutline(c, 0, 0, width, height);
  let at = 0;
  let done = 0;
  for (const p of parts) {
    if (p.count === 0) continue;
    done += p.count;
    // Edges placed from the running total, so rounding never leaves a gap at the end.
    const end = Math.round((done / total) * width);
    fillRect(c, at, 0, end - at, height, p.swatch);
    if (at > 0) fillRect(c, at, 0, 2, height, { fill: "#ffffff", pattern: "solid", label: "" });
    at = end;
  }
  return encodePng(c);
}

/** A legend's square swatch as a PNG. */
export function swatchPng(swatch: Swatch, size = 32): Uint8Array {
  const c = canvas(size, size);
  fillRect(c, 0, 0, size, size, swatch);
  return encodePng(c);
}
