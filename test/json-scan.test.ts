import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { findNodeAtLocation, parseTree } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { hasRepeatedKeys, jsonOffsets, repeatedKeys } from "../src/read/json-positions.js";
import { examplePath } from "./helpers.js";

const check = (text: string) => hasRepeatedKeys(text, JSON.parse(text));

describe("hasRepeatedKeys", () => {
  it("tells a key given twice in one object", () => {
    expect(check('{"a": 1, "a": 2}')).toBe(true);
    expect(check('{"plan": {"actions": [{"id": "1.1", "status": "complete", "id": "1.2"}]}}')).toBe(true);
    // Whitespace, even a line break, between a key and its colon.
    expect(check('{"a" : 1,\n "a"\n:2}')).toBe(true);
    // JSON.parse keeps "__proto__" as an own key, so it is counted like any other.
    expect(check('{"__proto__": 1, "__proto__": 2}')).toBe(true);
  });

  it("does not take one key in two objects, or keys inside strings, for a repeat", () => {
    expect(check('{"a": {"b": 1}, "c": {"b": 2}}')).toBe(false);
    expect(check('[{"k": 1}, {"k": 1}]')).toBe(false);
    // A value that reads like a member, an escaped quote and colon in a key, a string ending in a backslash.
    expect(check('{"a": "\\"a\\": 1", "b\\":": "x:", "c": "\\\\", "d": "\\\\\\"d\\": 2"}')).toBe(false);
    expect(check('{"__proto__": {"__proto__": 1}}')).toBe(false);
    expect(check("[]")).toBe(false);
    expect(check('"a string: on its own"')).toBe(false);
  });

  it("counts a colon written as \\u003a as no member, and still finds the repeat beside it", () => {
    // The text has two members whose colons are key separators; the escaped colon is inside a key.
    expect(check('{"a\\u003a": 1, "b": 2}')).toBe(false);
    expect(check('{"a\\u003a": 1, "a:": 2}')).toBe(true);
  });

  it("finds none in the bundled plans", () => {
    for (const name of ["kingston-2019.json", "west-norfolk-2024.json"]) expect(check(readFileSync(examplePath(name), "utf8")), name).toBe(false);
  });

  it("reads a deeply nested file without using the call stack", () => {
    const depth = 100_000;
    const text = `${'{"a":['.repeat(depth)}1${"]}".repeat(depth)}`;
    // JSON.parse itself has a depth limit: what it accepts is counted.
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return;
    }
    expect(hasRepeatedKeys(text, data)).toBe(false);
  });
});

// A JSON value whose objects are lists of members, so that a key can be given twice.
type Value = null | number | string | Value[] | { readonly members: (readonly [string, Value])[] };

const keyArb = fc.oneof(fc.constantFrom("a", "b", "id", "__proto__", 'q"', "c:", "\\", "\\\\", ""), fc.string({ maxLength: 4 }));
const { value: valueArb } = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 6 }), fc.constantFrom('"k": 1', "a\\", ":", '\\":')),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.record({ members: fc.array(fc.tuple(keyArb, tie("value")), { maxLength: 4 }) }),
  ),
}));

/** The text, with some whitespace and some characters written as \u escapes (as another writer might). */
function write(value: Value, space: string, escape: boolean): string {
  const str = (s: string) => {
    const json = JSON.stringify(s);
    return escape ? json.replace(/a/g, "\\u0061").replace(/:/g, "\\u003a") : json;
  };
  if (value === null || typeof value === "number") return JSON.stringify(value);
  if (typeof value === "string") return str(value);
  if (Array.isArray(value)) return `[${space}${value.map((v) => write(v, space, escape)).join(`,${space}`)}]`;
  return `{${space}${value.members.map(([k, v]) => `${str(k)}${space}:${space}${write(v, space, escape)}`).join(`,${space}`)}}`;
}

/** Whether any object in the value gives one key twice: the truth, from the structure. */
function repeats(value: Value): boolean {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some(repeats);
  const keys = value.members.map(([k]) => k);
  return new Set(keys).size !== keys.length || value.members.some(([, v]) => repeats(v));
}

describe("hasRepeatedKeys against the structure written", () => {
  test.prop([valueArb, fc.constantFrom("", " ", "\n  ", "\t"), fc.boolean()], { numRuns: 2000 })(
    "says a key is repeated exactly when an object was written with one twice, as repeatedKeys finds",
    (value, space, escape) => {
      const text = write(value, space, escape);
      const expected = repeats(value);
      expect(hasRepeatedKeys(text, JSON.parse(text))).toBe(expected);
      expect(repeatedKeys(text).length > 0).toBe(expected);
    },
    60_000,
  );
});

/** Every path in a value written without repeated keys (the keys as JSON.parse reads them). */
function pathsOf(value: Value, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value !== null && typeof value === "object") for (const [k, v] of value.members) pathsOf(v, [...path, k], out);
  return out;
}

// Paths are keyed by their elements joined with U+0000, so an empty key's path is its
// object's: the bundled plans have none, and these texts neither.
const noEmptyKey = (v: Value): boolean =>
  v === null || typeof v !== "object" ? true : Array.isArray(v) ? v.every(noEmptyKey) : v.members.every(([k, x]) => k !== "" && noEmptyKey(x));

describe("jsonOffsets against jsonc-parser on written texts", () => {
  test.prop([valueArb.filter((v) => !repeats(v) && noEmptyKey(v)), fc.constantFrom("", " ", "\n  "), fc.boolean()], { numRuns: 1000 })(
    "finds each value where a full JSON parser finds it, through escaped quotes and backslashes",
    (value, space, escape) => {
      const text = write(value, space, escape);
      const paths = pathsOf(value);
      const found = jsonOffsets(text, paths);
      const tree = parseTree(text)!;
      for (const p of paths) {
        const node = findNodeAtLocation(tree, p);
        // jsonc-parser's offset of a member is that of its key.
        const expected = node === undefined ? undefined : node.parent?.type === "property" ? node.parent.offset : node.offset;
        expect(found.get(p.join("\u0000")), JSON.stringify(p)).toBe(expected);
      }
    },
    60_000,
  );
});
