/**
 * Finds where values sit in a JSON text, in one linear pass and without building a
 * tree, so that issues in a 40 MB plan get line numbers in a fraction of a second.
 * The text must already have been accepted by JSON.parse.
 */

export type Path = readonly (string | number)[];

/** A line, and where possible a column, both from 1. */
export interface Position {
  readonly line: number;
  readonly column?: number;
}

/**
 * Line starts, for turning offsets into lines and columns. Found on the first question:
 * most runs of cpc on a good file never ask one (a 37 MB file has 4 million lines).
 */
export function lineIndex(text: string): (offset: number) => Position {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/**
 * Where each of `paths` is (for a path the text does not have, its nearest ancestor that
 * it has), found in one pass over the text for all of them and their ancestors.
 */
export function jsonLocator(text: string, paths: readonly Path[], at: (offset: number) => Position = lineIndex(text)): (path: Path) => Position | undefined {
  const withAncestors: Path[] = [];
  for (const p of paths) for (let n = p.length; n >= 0; n--) withAncestors.push(p.slice(0, n));
  const offsets = jsonOffsets(text, withAncestors);
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const offset = offsets.get(path.slice(0, n).join("\u0000"));
      if (offset !== undefined) return at(offset);
    }
    return undefined;
  };
}

/** The wanted paths as a tree, so the scan compares one key at a time and builds no strings. */
interface Trie {
  wanted: boolean;
  readonly children: Map<string | number, Trie>;
}

const keyOf = (path: Path) => path.join("\u0000");

/**
 * The offset of each wanted path's value (for an object member, of its key), where
 * the path exists, keyed by the path's elements joined with U+0000.
 */
// Long because: a scanner whose small readers share one cursor (`i`) as closures; apart, each would pass it back and forth.
export function jsonOffsets(text: string, wanted: readonly Path[]): Map<string, number> {
  const root: Trie = { wanted: false, children: new Map() };
  for (const path of wanted) {
    let node = root;
    for (const step of path) {
      let next = node.children.get(step);
      if (!next) node.children.set(step, (next = { wanted: false, children: new Map() }));
      node = next;
    }
    node.wanted = true;
  }
  const found = new Map<string, number>();
  const n = text.length;
  let i = 0;

  const skipSpace = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  };
  /** Moves past a string, from its opening quote. */
  const skipString = () => {
    const close = closingQuote(text, i);
    i = close < 0 ? n : close + 1;
  };
  /** Reads an object key, from its opening quote. */
  const readKey = (): string => {
    const start = i;
    skipString();
    const raw = text.slice(start + 1, i - 1);
    return raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
  };
  /** Skips a value without looking inside it. */
  const skipValue = () => {
    let depth = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        skipString();
        if (depth === 0) return;
        continue;
      }
      if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        if (depth === 0) return; // the end of the enclosing container: a scalar has ended
        depth--;
        if (depth === 0) {
          i++;
          return;
        }
      } else if (depth === 0 && (c === 44 || c === 32 || c === 10 || c === 13 || c === 9)) return;
      i++;
    }
  };

  // Recursion goes only as deep as the deepest wanted path; anything deeper is
  // skipped by the loop in skipValue, so deeply nested input costs no call stack.
  const walk = (node: Trie, path: (string | number)[], at: number): void => {
    if (node.wanted) found.set(keyOf(path), at);
    if (node.children.size === 0) {
      skipValue();
      return;
    }
    const c = text.charCodeAt(i);
    if (c === 123) {
      i++;
      skipSpace();
      if (text.charCodeAt(i) === 125) {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        const keyAt = i;
        const name = readKey();
        skipSpace();
        i++; // the colon
        skipSpace();
        const child = node.children.get(name);
        if (child) {
          path.push(name);
          walk(child, path, keyAt);
          path.pop();
        } else skipValue();
        skipSpace();
        if (text.charCodeAt(i++) !== 44) return; // a comma, or the closing brace
      }
    }
    if (c === 91) {
      i++;
      skipSpace();
      if (text.charCodeAt(i) === 93) {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        skipSpace();
        const child = node.children.get(index);
        if (child) {
          path.push(index);
          walk(child, path, i);
          path.pop();
        } else skipValue();
        skipSpace();
        if (text.charCodeAt(i++) !== 44) return;
      }
    }
    skipValue();
  };
  skipSpace();
  walk(root, [], i);
  return found;
}

/**
 * Whether a JSON text gives a key twice in one object, told by counting: its members (each
 * string followed by a colon is a key) against the keys JSON.parse kept of them, one of each.
 * The two counts are equal exactly when no key is repeated. Counting jumps from quote to
 * quote and builds nothing, so a good file costs a quarter of `repeatedKeys`' pass, which
 * runs only to say where the repeated keys are. The text must have been accepted by
 * JSON.parse, giving `data`.
 */
export function hasRepeatedKeys(text: string, data: unknown): boolean {
  return membersIn(text) !== keysOf(data);
}

/**
 * Where the string opened at `open` is closed (-1: nowhere), found by jumping from quote to
 * quote: a quote after an odd number of backslashes is inside the string.
 */
function closingQuote(text: string, open: number): number {
  for (let close = text.indexOf('"', open + 1); close >= 0; close = text.indexOf('"', close + 1)) {
    let b = close - 1;
    while (text.charCodeAt(b) === 92) b--;
    if ((close - 1 - b) % 2 === 0) return close;
  }
  return -1;
}

/** How many object members a JSON text has: how many of its strings a colon follows. */
function membersIn(text: string): number {
  let members = 0;
  for (let open = text.indexOf('"'); open >= 0;) {
    const close = closingQuote(text, open);
    if (close < 0) break; // an unclosed string: not text JSON.parse accepted
    let i = close + 1;
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
    if (text.charCodeAt(i) === 58) members++;
    open = text.indexOf('"', i);
  }
  return members;
}

/** How many keys the objects in parsed JSON have, all the way down (without recursion: a deep file costs no call stack). */
function keysOf(data: unknown): number {
  let keys = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const names = Object.keys(value);
    keys += names.length;
    for (const name of names) stack.push((value as Record<string, unknown>)[name]);
  }
  return keys;
}

/** A key repeated within one JSON object: JSON.parse keeps the last and drops the rest. */
export interface RepeatedKey {
  /** The path of the repeated member (the object's path and the key). */
  readonly path: Path;
  /** The offset of the first occurrence's key. */
  readonly first: number;
  /** The offset of this occurrence's key. */
  readonly offset: number;
}

/** An object being read: its keys so far (with their offsets) and the member it is on. */
interface ObjectFrame {
  readonly object: true;
  readonly keys: Map<string, number>;
  key: string;
  expectKey: boolean;
}
interface ArrayFrame {
  readonly object: false;
  index: number;
}

/**
 * Every key repeated within one object of a JSON text, in one linear pass (at most
 * `limit` of them). The text must already have been accepted by JSON.parse.
 */
export function repeatedKeys(text: string, limit = 100): RepeatedKey[] {
  const found: RepeatedKey[] = [];
  const stack: (ObjectFrame | ArrayFrame)[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const start = i;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const raw = text.slice(start + 1, i);
        const key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
        top.expectKey = false;
        top.key = key;
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, start);
        else if (found.length < limit) {
          const path = stack.map((f) => (f.object ? f.key : f.index));
          found.push({ path, first, offset: start });
        }
      }
    } else if (c === 123) stack.push({ object: true, keys: new Map(), key: "", expectKey: true });
    else if (c === 91) stack.push({ object: false, index: 0 });
    else if (c === 125 || c === 93) stack.pop();
    else if (c === 44) {
      const top = stack[stack.length - 1];
      if (top?.object) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return found;
}
