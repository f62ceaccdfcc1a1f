/**
 * A small reader of the PDFs most reports are: text in fonts that carry their own map to
 * Unicode (LibreOffice's, Chromium's print), for `cpc draft` without pdf.js's cost (about
 * 9 ms a page, where this takes well under 1). It gives what pdf.js's `getTextContent`
 * and `getOperatorList` give `src/cli/pdf.ts`, computed as pdf.js computes them (its text
 * layout rules are ported below, step for step, so the items come out the same), and it
 * declines, saying why, at anything it does not know for sure: a font without a complete
 * map to Unicode, a character outside the plain Latin and punctuation it checks, a filter
 * other than Flate, object streams, forms, inline images, annotations with a drawing.
 * pdf.js then reads the file. A wrong character is never guessed: a code with no mapping
 * declines the whole file.
 */
import { unzlibSync } from "fflate";

/** A run of text as pdf.js's text content gives it: the fields `src/cli/pdf.ts` reads. */
export interface PdfItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

/** A path painted on a page, as pdf.js's operator list gives it: its box and the transform in force. */
export interface PdfPath {
  /** The current transformation matrix when it was painted. */
  readonly ctm: readonly [number, number, number, number, number, number];
  /** Its bounding box in its own space: x0, y0, x1, y1 (single precision, as pdf.js keeps it). */
  readonly box: readonly [number, number, number, number];
}

/** A page's text items and painted paths, and how many drawing operators it has. */
export interface LitePage {
  readonly items: PdfItem[];
  readonly paths: PdfPath[];
  readonly operators: number;
}

/** The pages read, or why the file is left to pdf.js. */
export type LiteResult = { readonly pages: LitePage[] } | { readonly declined: string };

class Decline extends Error {}
const decline = (why: string): never => {
  throw new Decline(why);
};

class Name {
  constructor(readonly name: string) {}
}
class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
class Dict {
  constructor(readonly map: Map<string, Obj>) {}
  get(key: string): Obj | undefined {
    return this.map.get(key);
  }
}
/** A string's bytes, one char per byte (latin1). */
class Str {
  constructor(readonly bytes: string) {}
}
class Op {
  constructor(readonly op: string) {}
}
interface Stream {
  readonly dict: Dict;
  readonly start: number;
  readonly end: number;
}
type Obj = number | boolean | null | Name | Str | Ref | Dict | Obj[] | Op;

const WS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WS[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of "()<>[]{}/%") DELIM[c.charCodeAt(0)] = 1;

/** PDF tokens and objects over bytes: what the file's objects and the pages' drawing are written in. */
class Lexer {
  pos: number;
  constructor(
    readonly b: Uint8Array,
    start: number,
    readonly end: number,
  ) {
    this.pos = start;
  }

  skip(): void {
    const b = this.b;
    for (;;) {
      while (this.pos < this.end && WS[b[this.pos]!] === 1) this.pos++;
      if (this.pos < this.end && b[this.pos] === 0x25) {
        while (this.pos < this.end && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else return;
    }
  }

  /** The next object, or an operator (a bare word), or undefined at the end. Refs are read by {@link object}. */
  token(): Obj | undefined {
    this.skip();
    const b = this.b;
    if (this.pos >= this.end) return undefined;
    const c = b[this.pos]!;
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literal();
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return this.dict();
      }
      return this.hex();
    }
    if (c === 0x5b) {
      this.pos++;
      const out: Obj[] = [];
      for (;;) {
        this.skip();
        if (this.pos >= this.end) decline("an array is not closed");
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return out;
        }
        out.push(this.object());
      }
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return this.number();
    if (DELIM[c] === 1) decline(`an unexpected "${String.fromCharCode(c)}"`);
    const start = this.pos;
    while (this.pos < this.end && WS[b[this.pos]!] !== 1 && DELIM[b[this.pos]!] !== 1) this.pos++;
    const word = latin1(b, start, this.pos);
    if (word === "true") return true;
    if (word === "false") return false;
    if (word === "null") return null;
    return new Op(word);
  }

  /** An object, with "N G R" read as a reference. */
  object(): Obj {
    const t = this.token();
    if (t === undefined) return decline("the file ends inside an object");
    if (typeof t === "number" && Number.isInteger(t) && t >= 0) {
      // "N G R": looked ahead for digits, a space and R, and otherwise put back.
      const save = this.pos;
      this.skip();
      const b = this.b;
      let i = this.pos;
      while (i < this.end && b[i]! >= 0x30 && b[i]! <= 0x39) i++;
      if (i > this.pos && i < this.end && WS[b[i]!] === 1) {
        const g = Number(latin1(b, this.pos, i));
        this.pos = i;
        this.skip();
        if (b[this.pos] === 0x52 && (this.pos + 1 >= this.end || WS[b[this.pos + 1]!] === 1 || DELIM[b[this.pos + 1]!] === 1)) {
          this.pos++;
          return new Ref(t, g);
        }
      }
      this.pos = save;
    }
    if (t instanceof Op) decline(`an unexpected "${t.op}"`);
    return t;
  }

  number(): number {
    // As pdf.js reads it: the digits as one integer, divided by the power of ten after the point.
    const b = this.b;
    let sign = 1;
    let i = this.pos;
    if (b[i] === 0x2d) {
      sign = -1;
      i++;
    } else if (b[i] === 0x2b) i++;
    let base = 0;
    let power = 1;
    let dot = false;
    let digits = 0;
    for (; i < this.end; i++) {
      const c = b[i]!;
      if (c >= 0x30 && c <= 0x39) {
        base = base * 10 + (c - 0x30);
        if (dot) power *= 10;
        digits++;
      } else if (c === 0x2e && !dot) dot = true;
      else break;
    }
    if (digits === 0 || digits > 15 || (i < this.end && WS[b[i]!] !== 1 && DELIM[b[i]!] !== 1)) decline("a number written unusually");
    this.pos = i;
    return (sign * base) / power;
  }

  name(): Name {
    const b = this.b;
    let i = this.pos + 1;
    let s = "";
    while (i < this.end && WS[b[i]!] !== 1 && DELIM[b[i]!] !== 1) {
      if (b[i] === 0x23) decline("a name with # escapes");
      s += String.fromCharCode(b[i]!);
      i++;
    }
    this.pos = i;
    return new Name(s);
  }

  literal(): Str {
    const b = this.b;
    let i = this.pos + 1;
    let depth = 1;
    let s = "";
    while (i < this.end) {
      const c = b[i++]!;
      if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) {
        this.pos = i;
        return new Str(s);
      } else if (c === 0x5c) {
        const e = b[i++]!;
        const simple: Record<number, string> = { 0x6e: "\n", 0x72: "\r", 0x74: "\t", 0x62: "\b", 0x66: "\f", 0x28: "(", 0x29: ")", 0x5c: "\\" };
        if (simple[e] !== undefined) s += simple[e];
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && b[i]! >= 0x30 && b[i]! <= 0x37; k++) v = v * 8 + (b[i++]! - 0x30);
          s += String.fromCharCode(v & 0xff);
        } else if (e === 0x0d) {
          if (b[i] === 0x0a) i++;
        } else if (e !== 0x0a) decline("a string with an unknown escape");
        continue;
      }
      // A line end inside a string is read as written, except CR LF and CR, which are LF.
      if (c === 0x0d) {
        if (b[i] === 0x0a) i++;
        s += "\n";
        continue;
      }
      s += String.fromCharCode(c);
    }
    return decline("a string is not closed");
  }

  hex(): Str {
    const b = this.b;
    let i = this.pos + 1;
    let s = "";
    let high = -1;
    for (; i < this.end && b[i] !== 0x3e; i++) {
      const c = b[i]!;
      if (WS[c] === 1) continue;
      const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
      if (v < 0) decline("a hex string with a stray character");
      if (high < 0) high = v;
      else {
        s += String.fromCharCode(high * 16 + v);
        high = -1;
      }
    }
    if (i >= this.end) decline("a hex string is not closed");
    if (high >= 0) s += String.fromCharCode(high * 16);
    this.pos = i + 1;
    return new Str(s);
  }

  dict(): Dict {
    const map = new Map<string, Obj>();
    for (;;) {
      this.skip();
      if (this.pos >= this.end) decline("a dictionary is not closed");
      if (this.b[this.pos] === 0x3e && this.b[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return new Dict(map);
      }
      const key = this.token();
      if (!(key instanceof Name)) return decline("a dictionary key that is not a name");
      map.set(key.name, this.object());
    }
  }
}

function latin1(b: Uint8Array, start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** The file's objects, found through its cross-reference tables (classic ones only). */
class Objects {
  readonly offsets = new Map<number, number>();
  readonly cache = new Map<number, Obj | Stream>();
  readonly trailer: Dict;
  readonly text: string;

  constructor(readonly b: Uint8Array) {
    this.text = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");
    const at = this.text.lastIndexOf("startxref");
    if (at < 0) decline("no startxref");
    const m = /^startxref\s+(\d+)/.exec(this.text.slice(at, at + 40)) ?? decline("no startxref offset");
    let offset = Number(m[1]);
    let trailer: Dict | undefined;
    const seen = new Set<number>();
    while (!seen.has(offset)) {
      seen.add(offset);
      const t = this.section(offset);
      trailer ??= t;
      if (t.get("XRefStm") !== undefined) decline("a hybrid cross-reference");
      const prev = t.get("Prev");
      if (typeof prev !== "number") break;
      offset = prev;
    }
    this.trailer = trailer ?? decline("no trailer");
  }

  /** One cross-reference table and its trailer; entries already known (newer) are kept. */
  private section(offset: number): Dict {
    if (this.text.slice(offset, offset + 4) !== "xref") decline("a cross-reference stream, or a table not where startxref says");
    const lx = new Lexer(this.b, offset + 4, this.b.length);
    for (;;) {
      const t = lx.token();
      if (t instanceof Op && t.op === "trailer") break;
      const count = lx.token();
      if (typeof t !== "number" || typeof count !== "number") return decline("a cross-reference table written unusually");
      for (let k = 0; k < count; k++) {
        const off = lx.token();
        const generation = lx.token();
        const kind = lx.token();
        if (typeof off !== "number" || !Number.isInteger(off) || off < 0 || !(kind instanceof Op)) return decline("a cross-reference entry written unusually");
        if (kind.op === "n" && !this.offsets.has(t + k)) {
          // Every entry checked now, used or not: pdf.js rebuilds the whole table from the
          // file when one it fetches is wrong, and reads differently from then on.
          const at = new Lexer(this.b, off, this.b.length);
          const num = at.token();
          const gen = at.token();
          const kw = at.token();
          if (num !== t + k || gen !== generation || !(kw instanceof Op) || kw.op !== "obj") decline(`object ${t + k} is not where the table says`);
          this.offsets.set(t + k, off);
        } else if (kind.op === "f" && !this.offsets.has(t + k)) this.offsets.set(t + k, -1);
      }
    }
    const trailer = lx.object();
    return trailer instanceof Dict ? trailer : decline("a trailer that is not a dictionary");
  }

  get(obj: Obj | undefined): Obj | Stream | undefined {
    if (!(obj instanceof Ref)) return obj;
    const hit = this.cache.get(obj.num);
    if (hit !== undefined) return hit;
    const offset = this.offsets.get(obj.num);
    if (offset === undefined || offset < 0) return decline(`object ${obj.num} is not in the table`);
    const lx = new Lexer(this.b, offset, this.b.length);
    const num = lx.token();
    const gen = lx.token();
    const kw = lx.token();
    if (num !== obj.num || gen !== obj.gen || !(kw instanceof Op) || kw.op !== "obj") decline(`object ${obj.num} is not where the table says`);
    this.cache.set(obj.num, null); // a reference to itself reads as null, not a loop
    let value: Obj | Stream = lx.object();
    lx.skip();
    if (value instanceof Dict && this.text.startsWith("stream", lx.pos)) {
      let start = lx.pos + 6;
      if (this.b[start] === 0x0d) start++;
      if (this.b[start] === 0x0a) start++;
      const length = this.get(value.get("Length"));
      if (typeof length !== "number" || !Number.isInteger(length) || length < 0) return decline("a stream without a length");
      const end = start + length;
      if (!/^\s*endstream/.test(this.text.slice(end, end + 20))) decline("a stream whose length is not where endstream is");
      value = { dict: value, start, end };
    }
    this.cache.set(obj.num, value);
    return value;
  }

  dict(obj: Obj | undefined): Dict | undefined {
    const v = this.get(obj);
    if (v === undefined || v === null) return undefined;
    return v instanceof Dict ? v : decline("a dictionary expected");
  }

  stream(obj: Obj | undefined): Stream {
    const v = this.get(obj);
    return v !== null && typeof v === "object" && "dict" in v && !(v instanceof Dict) ? v : decline("a stream expected");
  }

  /** A stream's bytes, Flate undone (no predictors). */
  bytes(s: Stream): Uint8Array {
    const data = this.b.subarray(s.start, s.end);
    const filter = this.get(s.dict.get("Filter"));
    const filters = filter === undefined || filter === null ? [] : Array.isArray(filter) ? filter : [filter];
    if (filters.length === 0) return data;
    if (filters.length > 1 || !(filters[0] instanceof Name) || (filters[0].name !== "FlateDecode" && filters[0].name !== "Fl"))
      return decline("a filter other than Flate");
    if (s.dict.get("DecodeParms") !== undefined || s.dict.get("DP") !== undefined) decline("a stream with decode parameters");
    try {
      return unzlibSync(data);
    } catch {
      return decline("a stream that does not inflate");
    }
  }
}

type Matrix = number[];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
// pdf.js's Util.transform, in its order of operations (so the figures match to the last bit).
const transform = (m1: readonly number[], m2: readonly number[]): Matrix => [
  m1[0]! * m2[0]! + m1[2]! * m2[1]!,
  m1[1]! * m2[0]! + m1[3]! * m2[1]!,
  m1[0]! * m2[2]! + m1[2]! * m2[3]!,
  m1[1]! * m2[2]! + m1[3]! * m2[3]!,
  m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
  m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
];

/**
 * The characters a glyph may stand for here: plain Latin, Latin-1 and Latin Extended-A,
 * dashes, quotes, bullets, the euro and trade marks, and the private-use codes Word's
 * Symbol and Wingdings bullets map to (U+F000 to U+F0FF). None of them is one pdf.js
 * treats specially (its Unicode normalisation, its whitespace, diacritic and format-mark
 * categories, its right-to-left reordering), so pdf.js gives each as the map gives it, and
 * so does this reader; a glyph standing for anything else declines the file.
 */
const SAFE = /^[\u0020-\u007e\u00a1-\u00ac\u00ae-\u00b4\u00b6-\u017f\u2010-\u2027\u2030-\u203a\u20ac\u2122\uf000-\uf0ff]+$/;

interface Font {
  readonly twoByte: boolean;
  readonly widths: Map<number, number>;
  readonly defaultWidth: number;
  readonly unicode: Map<number, string>;
}

/** A ToUnicode CMap's bfchar and bfrange entries, as pdf.js reads them; anything else declines. */
function readToUnicode(data: Uint8Array, twoByte: boolean): Map<number, string> {
  const lx = new Lexer(data, 0, data.length);
  const raw = new Map<number, string>();
  let entries = 0;
  const code = (s: Str): number => {
    if (s.bytes.length !== (twoByte ? 2 : 1)) decline("a ToUnicode code of another width than the font's");
    let v = 0;
    for (let i = 0; i < s.bytes.length; i++) v = v * 256 + s.bytes.charCodeAt(i);
    return v;
  };
  for (;;) {
    const t = lx.token();
    if (t === undefined) break;
    if (!(t instanceof Op)) continue;
    if (t.op === "usecmap" || t.op === "begincidrange" || t.op === "begincidchar" || t.op === "beginnotdefrange") decline(`a ToUnicode map with ${t.op}`);
    if (t.op === "beginbfchar") {
      for (;;) {
        const src = lx.token();
        if (src instanceof Op && src.op === "endbfchar") break;
        const dst = lx.token();
        if (!(src instanceof Str) || !(dst instanceof Str)) return decline("a bfchar entry written unusually");
        raw.set(code(src), dst.bytes);
      }
    } else if (t.op === "beginbfrange") {
      for (;;) {
        const lo = lx.token();
        if (lo instanceof Op && lo.op === "endbfrange") break;
        const hi = lx.token();
        const dst = lx.object();
        if (!(lo instanceof Str) || !(hi instanceof Str)) return decline("a bfrange entry written unusually");
        let low = code(lo);
        const high = code(hi);
        if (high < low) decline("a bfrange out of order");
        // A font has at most 65,536 codes: ranges that add up past twice that are not a font's map.
        entries += high - low + 1;
        if (entries > 0x20000) decline("a ToUnicode map larger than a font's codes");
        if (Array.isArray(dst)) {
          for (const d of dst) {
            if (!(d instanceof Str) || low > high) return decline("a bfrange array written unusually");
            raw.set(low++, d.bytes);
          }
        } else if (dst instanceof Str && dst.bytes.length > 0) {
          // pdf.js's mapBfRange: the last byte counts up, carrying into the one before.
          let d = dst.bytes;
          const last = d.length - 1;
          while (low <= high) {
            raw.set(low++, d);
            const next = d.charCodeAt(last) + 1;
            if (next > 0xff) {
              d = d.substring(0, last - 1) + String.fromCharCode(d.charCodeAt(last - 1) + 1) + "\x00";
              continue;
            }
            d = d.substring(0, last) + String.fromCharCode(next);
          }
        } else decline("a bfrange entry written unusually");
      }
    }
  }
  const out = new Map<number, string>();
  for (const [c, token0] of raw) {
    // UTF-16BE, as pdf.js's readToUnicode decodes it.
    const token = token0.length % 2 !== 0 ? `\u0000${token0}` : token0;
    const points: number[] = [];
    for (let k = 0; k < token.length; k += 2) {
      const w1 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
      if ((w1 & 0xf800) !== 0xd800) {
        points.push(w1);
        continue;
      }
      k += 2;
      const w2 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
      points.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
    }
    out.set(c, String.fromCodePoint(...points));
  }
  return out;
}

/**
 * The font's descriptor, holding an embedded TrueType program (FontFile2, not CFF inside):
 * pdf.js takes a Type 1 or CFF program's own matrix and rescales the widths by it, and
 * puts a substitute in for a font not embedded, so only embedded TrueType is read here.
 */
function embeddedTrueType(objs: Objects, dict: Dict): Dict {
  const descriptor = objs.dict(dict.get("FontDescriptor")) ?? decline("a font without a descriptor");
  if (descriptor.get("FontFile") !== undefined || descriptor.get("FontFile3") !== undefined) decline("a font with a Type 1 or CFF program");
  const program = descriptor.get("FontFile2") ?? decline("a font not embedded");
  const head = objs.bytes(objs.stream(program)).subarray(0, 4);
  if (latin1(head, 0, head.length) === "OTTO") decline("a font with a CFF program");
  return descriptor;
}

/** A font the reader can trust: embedded TrueType with widths, or Type 0 Identity-H over it, each with a ToUnicode map. */
function readFont(objs: Objects, dict: Dict): Font {
  const subtype = objs.get(dict.get("Subtype"));
  const name = subtype instanceof Name ? subtype.name : "";
  const toUnicode = dict.get("ToUnicode");
  if (name === "TrueType" && toUnicode === undefined) decline("a font without a ToUnicode map");
  const widths = new Map<number, number>();
  if (name === "TrueType") {
    const first = objs.get(dict.get("FirstChar"));
    const list = objs.get(dict.get("Widths"));
    if (!Array.isArray(list)) return decline("a simple font without widths");
    let j = typeof first === "number" ? first : 0;
    for (const w of list) {
      const width = objs.get(w);
      if (typeof width === "number") widths.set(j, width);
      j++;
    }
    const descriptor = embeddedTrueType(objs, dict);
    const missing = objs.get(descriptor.get("MissingWidth"));
    return {
      twoByte: false,
      widths,
      defaultWidth: typeof missing === "number" ? missing : 0,
      unicode: readToUnicode(objs.bytes(objs.stream(toUnicode)), false),
    };
  }
  if (name === "Type0") {
    const encoding = objs.get(dict.get("Encoding"));
    if (!(encoding instanceof Name) || encoding.name !== "Identity-H") return decline("a Type 0 font not in Identity-H");
    const descendants = objs.get(dict.get("DescendantFonts"));
    if (!Array.isArray(descendants) || descendants.length !== 1) return decline("a Type 0 font without one descendant");
    const cid = objs.dict(descendants[0]) ?? decline("a Type 0 font without a descendant");
    const cidType = objs.get(cid.get("Subtype"));
    if (!(cidType instanceof Name) || cidType.name !== "CIDFontType2") decline("a Type 0 font over a CFF font");
    embeddedTrueType(objs, cid);
    if (toUnicode === undefined) decline("a font without a ToUnicode map");
    const dw = objs.get(cid.get("DW"));
    const w = objs.get(cid.get("W"));
    // pdf.js's extractWidths for composite fonts.
    let spans = 0;
    if (Array.isArray(w)) {
      for (let i = 0; i < w.length; i++) {
        let start = objs.get(w[i++]);
        if (typeof start !== "number" || !Number.isInteger(start)) break;
        const code = objs.get(w[i]);
        if (Array.isArray(code)) {
          for (const c of code) {
            const width = objs.get(c);
            if (typeof width === "number") widths.set(start, width);
            start++;
          }
        } else if (typeof code === "number" && Number.isInteger(code)) {
          const width = objs.get(w[++i]);
          if (typeof width !== "number") continue;
          if (start < 0 || code > 0xffff) decline("a width range past the font's codes");
          spans += code - start + 1;
          if (spans > 0x20000) decline("width ranges larger than a font's codes");
          for (let j = start; j <= code; j++) widths.set(j, width);
        } else break;
      }
    }
    return {
      twoByte: true,
      widths,
      defaultWidth: typeof dw === "number" ? Math.ceil(dw) : 1000,
      unicode: readToUnicode(objs.bytes(objs.stream(toUnicode)), true),
    };
  }
  return decline(`a ${name || "nameless"} font`);
}

/** The items pdf.js's getTextContent builds, by its rules (horizontal text, no Type 3 fonts). */
class TextContent {
  readonly items: PdfItem[] = [];
  // pdf.js's textContentItem.
  private initialized = false;
  private str: string[] = [];
  private totalWidth = 0;
  private totalHeight = 0;
  private width = 0;
  private height = 0;
  private prevTransform: Matrix | null = null;
  private textAdvanceScale = 0;
  private spaceInFlowMin = 0;
  private spaceInFlowMax = 0;
  private trackingSpaceMin = Infinity;
  private negativeSpaceMax = -Infinity;
  private notASpace = -Infinity;
  private transform: Matrix | null = null;
  private readonly twoLastChars = [" ", " "];
  private twoLastCharsPos = 0;

  constructor(
    private readonly view: readonly number[],
    private readonly state: () => TextState,
  ) {}

  private saveLastChar(char: string): boolean {
    const nextPos = (this.twoLastCharsPos + 1) % 2;
    const ret = this.twoLastChars[this.twoLastCharsPos] !== " " && this.twoLastChars[nextPos] === " ";
    this.twoLastChars[this.twoLastCharsPos] = char;
    this.twoLastCharsPos = nextPos;
    return ret;
  }
  private shouldAddWhitespace(): boolean {
    return this.twoLastChars[this.twoLastCharsPos] !== " " && this.twoLastChars[(this.twoLastCharsPos + 1) % 2] === " ";
  }
  private resetLastChars(): void {
    this.twoLastChars[0] = this.twoLastChars[1] = " ";
    this.twoLastCharsPos = 0;
  }
  private pushWhitespace(width: number, t: Matrix | null): void {
    this.items.push({ str: " ", width, height: 0, transform: t ?? IDENTITY });
  }

  private ensure(): void {
    if (this.initialized) return;
    const ts = this.state();
    const trm = (this.transform = ts.current());
    this.width = this.totalWidth = 0;
    this.height = this.totalHeight = Math.hypot(trm[2]!, trm[3]!);
    const scaleLineX = Math.hypot(ts.textLineMatrix[0]!, ts.textLineMatrix[1]!);
    const scaleCtmX = Math.hypot(ts.ctm[0]!, ts.ctm[1]!);
    this.textAdvanceScale = scaleCtmX * scaleLineX;
    const { fontSize } = ts;
    this.trackingSpaceMin = fontSize * 0.102;
    this.notASpace = fontSize * 0.03;
    this.negativeSpaceMax = fontSize * -0.2;
    this.spaceInFlowMin = fontSize * 0.102;
    this.spaceInFlowMax = fontSize * 0.6;
    this.initialized = true;
  }

  updateAdvanceScale(): void {
    if (!this.initialized) return;
    const ts = this.state();
    const scaleFactor = Math.hypot(ts.ctm[0]!, ts.ctm[1]!) * Math.hypot(ts.textLineMatrix[0]!, ts.textLineMatrix[1]!);
    if (scaleFactor === this.textAdvanceScale) return;
    this.totalWidth += this.width * this.textAdvanceScale;
    this.width = 0;
    this.textAdvanceScale = scaleFactor;
  }

  flush(): void {
    if (!this.initialized) return;
    this.totalWidth += this.width * this.textAdvanceScale;
    this.items.push({ str: this.str.join(""), width: Math.abs(this.totalWidth), height: Math.abs(this.totalHeight), transform: this.transform! });
    this.initialized = false;
    this.str.length = 0;
  }

  private appendEOL(): void {
    this.resetLastChars();
    if (this.initialized) this.flush();
  }

  private addFakeSpaces(width: number, transf: Matrix | null, orientation: number): boolean {
    if (orientation * this.spaceInFlowMin <= width && width <= orientation * this.spaceInFlowMax) {
      if (this.initialized) {
        this.resetLastChars();
        this.str.push(" ");
      }
      return false;
    }
    this.flush();
    this.resetLastChars();
    this.pushWhitespace(Math.abs(width), transf ?? this.state().current());
    return true;
  }

  private compareWithLastPosition(glyphWidth: number): boolean {
    const ts = this.state();
    const t = ts.current();
    const posX = t[4]!;
    const posY = t[5]!;
    const v = this.view;
    if (posX + glyphWidth < v[0]! || posX > v[2]! || posY < v[1]! || posY > v[3]!) return false;
    if (!this.prevTransform) return true;
    const lastPosX = this.prevTransform[4]!;
    const lastPosY = this.prevTransform[5]!;
    if (lastPosX === posX && lastPosY === posY) return true;
    // Only text upright and unrotated is read here (the reader declines the rest).
    if (!(t[0] && t[1] === 0 && t[2] === 0 && t[0] > 0)) decline("rotated or mirrored text");
    const advanceX = (posX - lastPosX) / this.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const orientation = Math.sign(this.width);
    if (advanceX < orientation * this.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * this.height) {
        this.appendEOL();
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    if (Math.abs(advanceY) > this.height) {
      this.appendEOL();
      return true;
    }
    if (advanceX <= orientation * this.notASpace) this.resetLastChars();
    if (advanceX <= orientation * this.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
        this.pushWhitespace(Math.abs(advanceX), this.prevTransform);
      } else this.width += advanceX;
    } else if (!this.addFakeSpaces(advanceX, this.prevTransform, orientation)) {
      if (this.str.length === 0) {
        this.resetLastChars();
        this.pushWhitespace(Math.abs(advanceX), this.prevTransform);
      } else this.width += advanceX;
    }
    if (Math.abs(advanceY) > this.height * 0.25) this.flush();
    return true;
  }

  /** pdf.js's buildTextContentItem: the glyphs of one string, each moved past. */
  show(chars: string | null, extraSpacing: number): void {
    const ts = this.state();
    const font = ts.font ?? decline("text shown before a font is set");
    if (!chars) {
      const charSpacing = ts.charSpacing + extraSpacing;
      if (charSpacing) ts.translateTextMatrix(charSpacing * ts.textHScale, 0);
      return;
    }
    const codes: number[] = [];
    if (font.twoByte) {
      if (chars.length % 2 !== 0) decline("a two-byte font shown an odd number of bytes");
      for (let i = 0; i < chars.length; i += 2) codes.push((chars.charCodeAt(i) << 8) | chars.charCodeAt(i + 1));
    } else for (let i = 0; i < chars.length; i++) codes.push(chars.charCodeAt(i));
    const scale = 0.001 * ts.fontSize;
    for (let i = 0, ii = codes.length; i < ii; i++) {
      const code = codes[i]!;
      const unicode = font.unicode.get(code);
      if (unicode === undefined || !SAFE.test(unicode))
        decline(
          unicode === undefined
            ? "a character code with no Unicode"
            : `a character outside the plain Latin set this reader checks (U+${unicode.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`,
        );
      let charSpacing = ts.charSpacing + (i + 1 === ii ? extraSpacing : 0);
      const width = font.widths.get(code);
      const glyphWidth = width ?? font.defaultWidth;
      let scaledDim = glyphWidth * scale;
      if (code === 0x20) charSpacing += ts.wordSpacing;
      if (unicode!.charCodeAt(0) === 0x20) {
        charSpacing += scaledDim;
        ts.translateTextMatrix(charSpacing * ts.textHScale, 0);
        this.saveLastChar(" ");
        continue;
      }
      if (!this.compareWithLastPosition(scaledDim)) {
        ts.translateTextMatrix(scaledDim * ts.textHScale, 0);
        continue;
      }
      this.ensure();
      scaledDim *= ts.textHScale;
      ts.translateTextMatrix(scaledDim, 0);
      this.width += scaledDim;
      if (scaledDim) this.prevTransform = ts.current();
      if (this.saveLastChar(unicode!)) this.str.push(" ");
      this.str.push(unicode!);
      if (charSpacing) ts.translateTextMatrix(charSpacing * ts.textHScale, 0);
    }
  }
}

/** pdf.js's TextState: what q saves and Q restores (the text matrices too, as pdf.js does). */
class TextState {
  ctm: Matrix = [...IDENTITY];
  fontName: string | null = null;
  fontSize = 0;
  font: Font | null = null;
  textMatrix: Matrix = [...IDENTITY];
  textLineMatrix: Matrix = [...IDENTITY];
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;

  clone(): TextState {
    const c = Object.assign(new TextState(), this);
    c.textMatrix = this.textMatrix.slice();
    c.textLineMatrix = this.textLineMatrix.slice();
    return c;
  }
  translateTextMatrix(x: number, y: number): void {
    const m = this.textMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  }
  translateTextLineMatrix(x: number, y: number): void {
    const m = this.textLineMatrix;
    m[4] = m[0]! * x + m[2]! * y + m[4]!;
    m[5] = m[1]! * x + m[3]! * y + m[5]!;
  }
  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    this.textMatrix = this.textLineMatrix.slice();
  }
  /** pdf.js's getCurrentTextTransform. */
  current(): Matrix {
    const tsm = [this.fontSize * this.textHScale, 0, 0, this.fontSize, 0, this.textRise];
    return transform(this.ctm, transform(this.textMatrix, tsm));
  }
}

/**
 * pdf.js's operators and how many operands each takes (a negative count: up to that many).
 * pdf.js reads a word that is not one of them by its own rules (it splits "Td@" into "Td"
 * and "@"), and carries operands left over from one operator to the next: so a word not
 * here, or an operator with another count of operands, declines the file.
 */
// prettier-ignore
const OPERANDS = new Map<string, number>(
  Object.entries({
    w: 1, J: 1, j: 1, M: 1, d: 2, ri: 1, i: 1, gs: 1, q: 0, Q: 0, cm: 6, m: 2, l: 2, c: 6, v: 4, y: 4, h: 0, re: 4,
    S: 0, s: 0, f: 0, F: 0, "f*": 0, B: 0, "B*": 0, b: 0, "b*": 0, n: 0, W: 0, "W*": 0, BT: 0, ET: 0, Tc: 1, Tw: 1,
    Tz: 1, TL: 1, Tf: 2, Tr: 1, Ts: 1, Td: 2, TD: 2, Tm: 6, "T*": 0, Tj: 1, TJ: 1, "'": 1, '"': 3, d0: 2, d1: 6,
    CS: 1, cs: 1, SC: -4, SCN: -33, sc: -4, scn: -33, G: 1, g: 1, RG: 3, rg: 3, K: 4, k: 4, sh: 1, BI: 0, ID: 0,
    EI: 1, Do: 1, MP: 1, DP: 2, BMC: 1, BDC: 2, EMC: 0, BX: 0, EX: 0,
  }),
);

const nums = (args: Obj[], n: number, op: string): number[] => {
  if (args.length !== n || !args.every((a) => typeof a === "number")) decline(`"${op}" with unusual operands`);
  return args as number[];
};

const PAINT = new Set(["S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"]);

/**
 * One page's drawing: its text items by pdf.js's rules, and its painted paths. One switch
 * over the operators, as pdf.js's own getTextContent and getOperatorList are written: each
 * case a few lines that follow pdf.js's, which is why it stays one long function.
 */
// Long because: one switch over the content stream's operators, each case following pdf.js's own, so that the two can be read side by side.
function readPage(objs: Objects, resources: Dict, view: readonly number[], fonts: Map<number, Font>, data: Uint8Array): LitePage {
  const fontDict = objs.dict(resources.get("Font"));
  const xobjects = objs.dict(resources.get("XObject"));
  const gstates = objs.dict(resources.get("ExtGState"));
  const stack: TextState[] = [];
  let state = new TextState();
  const text = new TextContent(view, () => state);
  const paths: PdfPath[] = [];
  // pdf.js keeps the path's box in single precision.
  const box = new Float32Array([Infinity, Infinity, -Infinity, -Infinity]);
  let inPath = false;
  let cx = 0;
  let cy = 0;
  const point = (x: number, y: number) => {
    box[0] = Math.min(box[0]!, x);
    box[1] = Math.min(box[1]!, y);
    box[2] = Math.max(box[2]!, x);
    box[3] = Math.max(box[3]!, y);
  };
  const extremum = (x0: number, x1: number, x2: number, x3: number, y0: number, y1: number, y2: number, y3: number, t: number) => {
    if (t <= 0 || t >= 1) return;
    const mt = 1 - t;
    const tt = t * t;
    const ttt = tt * t;
    point(mt * (mt * (mt * x0 + 3 * t * x1) + 3 * tt * x2) + ttt * x3, mt * (mt * (mt * y0 + 3 * t * y1) + 3 * tt * y2) + ttt * y3);
  };
  const extrema = (x0: number, x1: number, x2: number, x3: number, y0: number, y1: number, y2: number, y3: number, a: number, b: number, c: number) => {
    if (Math.abs(a) < 1e-12) {
      if (Math.abs(b) >= 1e-12) extremum(x0, x1, x2, x3, y0, y1, y2, y3, -c / b);
      return;
    }
    const delta = b ** 2 - 4 * c * a;
    if (delta < 0) return;
    const sqrtDelta = Math.sqrt(delta);
    const a2 = 2 * a;
    extremum(x0, x1, x2, x3, y0, y1, y2, y3, (-b + sqrtDelta) / a2);
    extremum(x0, x1, x2, x3, y0, y1, y2, y3, (-b - sqrtDelta) / a2);
  };
  // pdf.js's Util.bezierBoundingBox.
  const curve = (x0: number, y0: number, x1: number, y1: number, x2: number, y2: number, x3: number, y3: number) => {
    box[0] = Math.min(box[0]!, x0, x3);
    box[1] = Math.min(box[1]!, y0, y3);
    box[2] = Math.max(box[2]!, x0, x3);
    box[3] = Math.max(box[3]!, y0, y3);
    extrema(x0, x1, x2, x3, y0, y1, y2, y3, 3 * (-x0 + 3 * (x1 - x2) + x3), 6 * (x0 - 2 * x1 + x2), 3 * (x1 - x0));
    extrema(x0, x1, x2, x3, y0, y1, y2, y3, 3 * (-y0 + 3 * (y1 - y2) + y3), 6 * (y0 - 2 * y1 + y2), 3 * (y1 - y0));
  };

  const lx = new Lexer(data, 0, data.length);
  const args: Obj[] = [];
  let operators = 0;
  for (;;) {
    const t = lx.token();
    if (t === undefined) break;
    if (!(t instanceof Op)) {
      args.push(t);
      if (args.length > 33) decline("too many operands");
      continue;
    }
    const op = t.op;
    operators++;
    const operands = OPERANDS.get(op) ?? decline(`a word pdf.js reads by its own rules ("${op.slice(0, 20)}")`);
    if (operands >= 0 ? args.length !== operands : args.length > -operands) decline(`"${op}" with ${args.length} operands`);
    const isPathOp = op === "m" || op === "l" || op === "c" || op === "v" || op === "y" || op === "h" || op === "re";
    if (inPath && !isPathOp && !PAINT.has(op) && op !== "W" && op !== "W*") decline("a path interrupted before it is painted");
    switch (op) {
      case "q":
        stack.push(state);
        state = state.clone();
        break;
      case "Q": {
        const previous = state;
        state = stack.pop() ?? state;
        if (previous.font !== state.font || previous.fontSize !== state.fontSize || previous.fontName !== state.fontName) text.flush();
        break;
      }
      case "cm":
        state.ctm = transform(state.ctm, nums(args, 6, op));
        break;
      case "BT":
        state.textMatrix = [...IDENTITY];
        state.textLineMatrix = [...IDENTITY];
        break;
      case "ET":
        break;
      case "Tf": {
        const [n, size] = args;
        if (args.length !== 2 || !(n instanceof Name) || typeof size !== "number") return decline('"Tf" with unusual operands');
        if (state.font && n.name === state.fontName && size === state.fontSize) break;
        text.flush();
        state.fontName = n.name;
        state.fontSize = size;
        const ref = fontDict?.get(n.name);
        if (!(ref instanceof Ref)) return decline("a font that is not an indirect object of the page's resources");
        let font = fonts.get(ref.num);
        if (!font) {
          font = readFont(objs, objs.dict(ref) ?? decline("a font that is not there"));
          fonts.set(ref.num, font);
        }
        state.font = font;
        break;
      }
      case "Ts":
        state.textRise = nums(args, 1, op)[0]!;
        break;
      case "Tz":
        state.textHScale = nums(args, 1, op)[0]! / 100;
        break;
      case "TL":
        state.leading = nums(args, 1, op)[0]!;
        break;
      case "Td": {
        const [x, y] = nums(args, 2, op);
        state.translateTextLineMatrix(x!, y!);
        state.textMatrix = state.textLineMatrix.slice();
        break;
      }
      case "TD": {
        const [x, y] = nums(args, 2, op);
        state.leading = -y!;
        state.translateTextLineMatrix(x!, y!);
        state.textMatrix = state.textLineMatrix.slice();
        break;
      }
      case "T*":
        state.carriageReturn();
        break;
      case "Tm": {
        const m = nums(args, 6, op);
        state.textMatrix = m.slice();
        state.textLineMatrix = m.slice();
        text.updateAdvanceScale();
        break;
      }
      case "Tc":
        state.charSpacing = nums(args, 1, op)[0]!;
        break;
      case "Tw":
        state.wordSpacing = nums(args, 1, op)[0]!;
        break;
      case "Tj": {
        const [s] = args;
        if (args.length !== 1 || !(s instanceof Str)) return decline('"Tj" with unusual operands');
        text.show(s.bytes, 0);
        break;
      }
      case "'": {
        const [s] = args;
        if (args.length !== 1 || !(s instanceof Str)) return decline(`"'" with unusual operands`);
        state.carriageReturn();
        text.show(s.bytes, 0);
        break;
      }
      case '"': {
        const [aw, ac, s] = args;
        if (args.length !== 3 || typeof aw !== "number" || typeof ac !== "number" || !(s instanceof Str)) return decline('""" with unusual operands');
        state.wordSpacing = aw;
        state.charSpacing = ac;
        state.carriageReturn();
        text.show(s.bytes, 0);
        break;
      }
      case "TJ": {
        const [list] = args;
        if (args.length !== 1 || !Array.isArray(list)) return decline('"TJ" with unusual operands');
        if (!state.font) decline("text shown before a font is set");
        const spaceFactor = -state.fontSize / 1000;
        let buffer = "";
        let pending = false;
        for (const item of list) {
          if (item instanceof Str) {
            buffer += item.bytes;
            pending = true;
          } else if (typeof item === "number") {
            if (item !== 0) {
              text.show(buffer, item * spaceFactor);
              buffer = "";
              pending = false;
            }
          } else decline('"TJ" with something other than strings and numbers');
        }
        // pdf.js shows what is left even when it is empty: a character spacing still moves the text.
        if (pending) text.show(buffer, 0);
        break;
      }
      case "Do": {
        text.flush();
        const [n] = args;
        if (!(n instanceof Name)) return decline('"Do" with unusual operands');
        const x = objs.stream(xobjects?.get(n.name));
        const subtype = objs.get(x.dict.get("Subtype"));
        if (!(subtype instanceof Name) || subtype.name !== "Image") decline("a form drawn on the page");
        break;
      }
      case "gs": {
        const [n] = args;
        if (!(n instanceof Name)) return decline('"gs" with unusual operands');
        const g = objs.dict(gstates?.get(n.name));
        if (g?.get("Font") !== undefined) decline("a graphics state that sets a font");
        break;
      }
      case "BMC":
      case "BDC":
      case "EMC":
        text.flush();
        break;
      case "BI":
      case "ID":
      case "d0":
      case "d1":
      case "BX":
        decline(`the operator "${op}"`);
        break;
      case "m":
      case "l": {
        const [x, y] = nums(args, 2, op);
        cx = x!;
        cy = y!;
        point(x!, y!);
        inPath = true;
        break;
      }
      case "re": {
        const [x, y, w, h] = nums(args, 4, op);
        cx = x!;
        cy = y!;
        const xw = x! + w!;
        const yh = y! + h!;
        box[0] = Math.min(box[0]!, x!, xw);
        box[1] = Math.min(box[1]!, y!, yh);
        box[2] = Math.max(box[2]!, x!, xw);
        box[3] = Math.max(box[3]!, y!, yh);
        inPath = true;
        break;
      }
      case "c": {
        const [x1, y1, x2, y2, x, y] = nums(args, 6, op);
        curve(cx, cy, x1!, y1!, x2!, y2!, x!, y!);
        cx = x!;
        cy = y!;
        inPath = true;
        break;
      }
      case "v": {
        const [x1, y1, x, y] = nums(args, 4, op);
        curve(cx, cy, cx, cy, x1!, y1!, x!, y!);
        cx = x!;
        cy = y!;
        inPath = true;
        break;
      }
      case "y": {
        const [x1, y1, x, y] = nums(args, 4, op);
        curve(cx, cy, x1!, y1!, x!, y!, x!, y!);
        cx = x!;
        cy = y!;
        inPath = true;
        break;
      }
      case "h":
        break;
      default:
        if (PAINT.has(op)) {
          if (inPath)
            paths.push({
              ctm: [state.ctm[0]!, state.ctm[1]!, state.ctm[2]!, state.ctm[3]!, state.ctm[4]!, state.ctm[5]!],
              box: [box[0]!, box[1]!, box[2]!, box[3]!],
            });
          box.set([Infinity, Infinity, -Infinity, -Infinity]);
          inPath = false;
        }
    }
    args.length = 0;
  }
  text.flush();
  return { items: text.items.filter((i) => i.str.trim() !== ""), paths, operators };
}

/** A rectangle of four numbers, normalised as pdf.js's lookupNormalRect does, or undefined. */
function rect(objs: Objects, v: Obj | undefined): number[] | undefined {
  const r = objs.get(v);
  if (!Array.isArray(r) || r.length !== 4) return undefined;
  const n = r.map((x) => objs.get(x));
  if (!n.every((x): x is number => typeof x === "number")) return undefined;
  const [a, b, c, d] = n;
  const box = [Math.min(a!, c!), Math.min(b!, d!), Math.max(a!, c!), Math.max(b!, d!)];
  return box[2]! - box[0]! > 0 && box[3]! - box[1]! > 0 ? box : undefined;
}

/**
 * The text items and painted paths of each page, as pdf.js would give them, or why this
 * reader leaves the file to pdf.js. `maxPages` and `maxOperators` bound what it reads
 * (past them it declines, and pdf.js's own checks refuse the file as before).
 */
// Long because: the order pdf.js opens a document in (trailer, pages, fonts, each page), with a decline at each step it cannot be sure of.
export function readPdfLite(bytes: Uint8Array, limits: { readonly maxPages: number; readonly maxOperators: number }): LiteResult {
  try {
    const objs = new Objects(bytes);
    if (objs.trailer.get("Encrypt") !== undefined) decline("an encrypted file");
    const catalog = objs.dict(objs.trailer.get("Root")) ?? decline("no catalogue");
    const pagesRoot = catalog.get("Pages");
    const found: { dict: Dict; resources: Dict | undefined; media: Obj | undefined; crop: Obj | undefined }[] = [];
    const visited = new Set<number>();
    const walk = (ref: Obj | undefined, resources: Dict | undefined, media: Obj | undefined, crop: Obj | undefined, depth: number) => {
      if (!(ref instanceof Ref) || visited.has(ref.num) || depth > 64) return decline("a page tree written unusually");
      visited.add(ref.num);
      const node = objs.dict(ref) ?? decline("a page that is not there");
      const type = objs.get(node.get("Type"));
      const res = node.get("Resources") !== undefined ? objs.dict(node.get("Resources")) : resources;
      const m = node.get("MediaBox") ?? media;
      const c = node.get("CropBox") ?? crop;
      const rotate = objs.get(node.get("Rotate"));
      if (rotate !== undefined && rotate !== 0) decline("a rotated page");
      if (node.get("UserUnit") !== undefined) decline("a page with its own unit");
      if (type instanceof Name && type.name === "Pages") {
        const kids = objs.get(node.get("Kids"));
        if (!Array.isArray(kids)) return decline("a page tree node without kids");
        for (const kid of kids) walk(kid, res, m, c, depth + 1);
      } else if (type instanceof Name && type.name === "Page") {
        if (found.length >= limits.maxPages) decline("more pages than the budget");
        found.push({ dict: node, resources: res, media: m, crop: c });
      } else decline("a page tree node of no known type");
    };
    walk(pagesRoot, undefined, undefined, undefined, 0);
    const fonts = new Map<number, Font>();
    const pages: LitePage[] = [];
    let operators = 0;
    for (const p of found) {
      const mediaBox = rect(objs, p.media) ?? decline("a page without a media box");
      const cropBox = rect(objs, p.crop) ?? mediaBox;
      let view = mediaBox;
      if (cropBox.some((x, i) => x !== mediaBox[i])) {
        // pdf.js's Util.intersect, and its fallback to the media box.
        const box = [
          Math.max(cropBox[0]!, mediaBox[0]!),
          Math.max(cropBox[1]!, mediaBox[1]!),
          Math.min(cropBox[2]!, mediaBox[2]!),
          Math.min(cropBox[3]!, mediaBox[3]!),
        ];
        if (box[2]! - box[0]! > 0 && box[3]! - box[1]! > 0) view = box;
      }
      const annots = objs.get(p.dict.get("Annots"));
      if (annots !== undefined && annots !== null) {
        if (!Array.isArray(annots)) decline("annotations written unusually");
        for (const a of annots as Obj[]) {
          const annot = objs.dict(a);
          const subtype = annot ? objs.get(annot.get("Subtype")) : undefined;
          if (!annot || !(subtype instanceof Name) || subtype.name !== "Link" || annot.get("AP") !== undefined)
            decline("an annotation other than a plain link");
        }
      }
      const contents = objs.get(p.dict.get("Contents"));
      const refs = contents === undefined || contents === null ? [] : Array.isArray(contents) ? contents : [p.dict.get("Contents")!];
      const parts: Uint8Array[] = [];
      for (const r of refs) {
        const s = objs.stream(r);
        if (s.dict.get("Resources") !== undefined) decline("a content stream with its own resources");
        const data = objs.bytes(s);
        parts.push(data);
      }
      // pdf.js joins the parts as they are, with nothing between them: so does this reader.
      const data = new Uint8Array(parts.reduce((n, x) => n + x.length, 0));
      let at = 0;
      for (const x of parts) {
        data.set(x, at);
        at += x.length;
      }
      const read = readPage(objs, p.resources ?? new Dict(new Map()), view, fonts, data);
      operators += read.operators;
      if (operators > limits.maxOperators) decline("more drawing operators than the budget");
      pages.push(read);
    }
    return { pages };
  } catch (e) {
    if (e instanceof Decline) return { declined: e.message };
    // Anything unforeseen in a file is pdf.js's to judge, as before this reader.
    return { declined: `an error reading it: ${e instanceof Error ? e.message : String(e)}` };
  }
}
