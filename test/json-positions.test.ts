import { readFileSync } from "node:fs";
import { findNodeAtLocation, parseTree } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { jsonOffsets } from "../src/cli/json-positions.js";
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
    const paths = [["a\"b"], ["list", 1, "kA", 2, "z"], ["list", 0]];
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
