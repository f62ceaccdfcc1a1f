import { readFileSync } from "node:fs";
import { findNodeAtLocation, parseTree } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { jsonOffsets, repeatedKeys } from "../src/read/json-positions.js";
import { examplePath } from "./helpers.js";

// jsonc-parser's tree is the reference: the offset of a member is that of its key.
function reference(text: string, path: (string | number)[]): number | undefined {
  const node = findNodeAtLocation(parseTree(text)!, path);
  if (!node) return undefined;
  return node.parent?.type === "property" ? node.parent.offset : node.offset;
}

describe("jsonOffsets", () => {
  const paths: (string | number)[][] = [
    [],
    ["council"],
    ["council", "name"],
    ["recommendations", 20, "heading"],
    ["actions", 0],
    ["actions", 44, "status"],
    ["actions", 52, "timescale"],
    ["actions", 53, "comments"],
    ["actions", 51, "timescale"], // absent
    ["nope"],
  ];

  for (const [name, text] of [
    ["pretty", readFileSync(examplePath("kingston-2019.json"), "utf8")],
    ["compact", JSON.stringify(JSON.parse(readFileSync(examplePath("kingston-2019.json"), "utf8")))],
  ] as const) {
    it(`agrees with a full JSON parser on the ${name} Kingston plan`, () => {
      const found = jsonOffsets(text, paths);
      for (const p of paths) expect(found.get(p.join("\u0000")), p.join(".")).toBe(reference(text, p));
    });
  }

  it("reads escaped keys and strings full of brackets", () => {
    const text = '{"a\\"b": "x}]\\"{", "list": [ "[", {"k\\u0041": [1, 2, {"z": true}]} ]}';
    const paths = [['a"b'], ["list", 1, "kA", 2, "z"], ["list", 0]];
    const found = jsonOffsets(text, paths);
    for (const p of paths) expect(found.get(p.join("\u0000"))).toBe(reference(text, p));
  });

  it("skips deeply nested values without using the call stack", () => {
    const depth = 100_000;
    const text = `{"actions": [${"[".repeat(depth)}${"]".repeat(depth)}, {"id": "x"}]}`;
    const found = jsonOffsets(text, [["actions", 1, "id"]]);
    expect(found.get(["actions", 1, "id"].join("\u0000"))).toBe(text.indexOf('"id"'));
  });
});

describe("repeatedKeys", () => {
  it("finds a key repeated within one object, at any depth, with both offsets", () => {
    // Three repeats, counted by hand character by character, in the order they are met:
    // "x" in item 1 of "list" (offsets 24 and 30; item 0 has its own "x"), "a" at the top
    // (1 and 38), and "q\u0041" written with an escape, which is "qA" again (49 and 56).
    const text = '{"a":1,"list":[{"x":1},{"x":2,"x":3}],"a":2,"o":{"qA":0,"q\\u0041":1}}';
    expect(JSON.parse(text)).toBeTruthy();
    expect(repeatedKeys(text)).toEqual([
      { path: ["list", 1, "x"], first: 24, offset: 30 },
      { path: ["a"], first: 1, offset: 38 },
      { path: ["o", "qA"], first: 49, offset: 56 },
    ]);
    for (const r of repeatedKeys(text)) expect(text.slice(r.first, r.first + 1)).toBe('"');
  });

  it("reads keys only where keys are: not in values, nor in strings holding braces and commas", () => {
    const text = '{"a":"a","b":["a","a"],"c":"{\\"c\\":1,","d":{"a":1}}';
    expect(JSON.parse(text)).toBeTruthy();
    expect(repeatedKeys(text)).toEqual([]);
  });

  it("finds none in the bundled plans, and stops at the limit", () => {
    expect(repeatedKeys(readFileSync(examplePath("kingston-2019.json"), "utf8"))).toEqual([]);
    const many = `{${Array.from({ length: 300 }, () => '"k":1').join(",")}}`;
    expect(repeatedKeys(many)).toHaveLength(100);
    expect(repeatedKeys(many, 5)).toHaveLength(5);
  });
});
