/**
 * Where a text JSON.parse refuses goes wrong: the start of the first token that is not JSON
 * or not where JSON allows it (a bad string, number, word or comment; a missing or extra
 * comma, colon or bracket; anything after the value). It reads as jsonc-parser's scanner
 * and parser did with comments and trailing commas refused (issue 32 replaced it, 9 KB of the
 * page, with this; test/properties/json-error.property.test.ts holds the two equal). Its
 * own module, so that a good JSON file is read without loading it. Browser-safe.
 */

// The kinds of token: { } [ ] , : a string, another value, the end of the text.
const OPEN = 1;
const CLOSE = 2;
const OPEN_LIST = 3;
const CLOSE_LIST = 4;
const COMMA = 5;
const COLON = 6;
const STR = 7;
const VALUE = 8;
const END = 9;
const SINGLE = [0, OPEN, CLOSE, OPEN_LIST, CLOSE_LIST, COLON, COMMA];

/** The first error, thrown through the parse with its offset. */
class Stop extends Error {
  constructor(readonly offset: number) {
    super("stop");
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** Space, tab, LF and CR: what JSON (and jsonc-parser) skip between tokens. */
const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** What ends a run of other characters (a word such as true, or something unknown). */
const endsWord = (c: number) => isBlank(c) || c === 123 || c === 125 || c === 91 || c === 93 || c === 34 || c === 58 || c === 44 || c === 47;

/** Where the string whose opening quote is at `from` ends (after its closing quote), or -1 where it is not a JSON string. */
function stringEnd(text: string, from: number): number {
  let pos = from + 1;
  for (;;) {
    if (pos >= text.length) return -1;
    const d = text.charCodeAt(pos++);
    if (d === 34) return pos;
    if (d < 0x20) return -1;
    if (d === 92) {
      const e = text.charCodeAt(pos++);
      if (e === 117) {
        if (!/^[\da-f]{4}$/i.test(text.slice(pos, pos + 4))) return -1;
        pos += 4;
      } else if (pos > text.length || !'"\\/bfnrt'.includes(text.charAt(pos - 1))) return -1;
    }
  }
}

/** Where the number that starts at `from` (a digit or a minus) ends, or -1 where it is not a JSON number. */
function numberEnd(text: string, from: number): number {
  let pos = from;
  const digits = () => {
    const start = pos;
    while (isDigit(text.charCodeAt(pos))) pos++;
    return pos > start;
  };
  // A minus with no digit after it, a point or an exponent with no digit after it: not a number.
  if (text.charCodeAt(pos) === 45) pos++;
  const first = text.charCodeAt(pos++);
  if (!isDigit(first)) return -1;
  // A leading zero is a number of its own: "01" is 0 and then 1, which stops there.
  if (first !== 48) digits();
  if (text.charCodeAt(pos) === 46) {
    pos++;
    if (!digits()) return -1;
  }
  const e = text.charCodeAt(pos);
  if (e === 69 || e === 101) {
    pos++;
    const sign = text.charCodeAt(pos);
    if (sign === 43 || sign === 45) pos++;
    if (!digits()) return -1;
  }
  return pos;
}

/** The offset of the first error in a JSON text, or undefined. */
export function firstJsonError(text: string): number | undefined {
  const len = text.length;
  let pos = 0;
  let start = 0;
  /** Reads the next token and returns its kind (its start into `start`); a malformed one stops the reading there. */
  const next = (): number => {
    while (pos < len && isBlank(text.charCodeAt(pos))) pos++;
    start = pos;
    if (pos >= len) return END;
    const c = text.charCodeAt(pos++);
    const single = SINGLE[[123, 125, 91, 93, 58, 44].indexOf(c) + 1]!;
    if (single !== 0) return single;
    if (c === 34 || c === 45 || isDigit(c)) {
      pos = c === 34 ? stringEnd(text, start) : numberEnd(text, start);
      if (pos < 0) throw new Stop(start);
      return c === 34 ? STR : VALUE;
    }
    // A comment, a lone slash, or a run of other characters: only true, false and null are JSON.
    if (c === 47) throw new Stop(start);
    while (pos < len && !endsWord(text.charCodeAt(pos))) pos++;
    const word = text.slice(start, pos);
    if (word === "true" || word === "false" || word === "null") return VALUE;
    throw new Stop(start);
  };
  /** Reads a value from its first token `t`; returns the token after it. */
  const value = (t: number): number => {
    if (t === STR || t === VALUE) return next();
    if (t !== OPEN_LIST && t !== OPEN) throw new Stop(start);
    const close = t === OPEN ? CLOSE : CLOSE_LIST;
    let u = next();
    let needsComma = false;
    while (u !== close && u !== END) {
      if (u === COMMA) {
        if (!needsComma) throw new Stop(start);
        u = next();
      } else if (needsComma) throw new Stop(start);
      if (t === OPEN) {
        if (u !== STR) throw new Stop(start);
        if (next() !== COLON) throw new Stop(start);
        u = next();
      }
      u = value(u);
      needsComma = true;
    }
    if (u !== close) throw new Stop(start);
    return next();
  };
  try {
    if (value(next()) !== END) throw new Stop(start);
  } catch (e) {
    if (e instanceof Stop) return e.offset;
    // nested too deeply to follow, as jsonc-parser could not either
  }
  return undefined;
}
