// The plan reader's YAML (src/read/yaml.ts) moved from the `yaml` package to js-yaml's event
// parser (issue 32: 98 KB of the page). It is held here to the `yaml` package, which the CLI
// still writes YAML with: on generated plans written in every style that package writes (plain,
// quoted, block and folded texts, flow and block collections, short and unlimited lines), the
// same data, and every path of the plan placed on the same line and column as `yaml`'s nodes
// place it (the deepest part of the path the file has, as the reader did before). Not
// `indentSeq: false`: with it `yaml` writes an empty list on the line after its key at the
// key's indent (`actions:\n[]`), which YAML does not allow and js-yaml refuses, saying where.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { isNode, LineCounter, parse, parseDocument, stringify, type ToStringOptions } from "yaml";
import { parseYaml } from "../../src/read/yaml.js";
import { plan } from "./arbitraries.js";

type Key = string | number;

/** Every path into a value, the value's own (the empty path) first. */
function pathsOf(value: unknown, path: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

/** Where the `yaml` package's node for the deepest part of `path` the file has starts, 1-based. */
function referencePlace(text: string, path: Key[]): { line: number; col: number } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, col };
    }
  }
  return undefined;
}

const style = fc.record({
  lineWidth: fc.constantFrom(0, 40, 80),
  defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
  collectionStyle: fc.constantFrom("any", "block", "flow"),
}) as fc.Arbitrary<ToStringOptions>;

describe("YAML read with js-yaml as the yaml package read it", () => {
  test.prop([plan(), style], { numRuns: 150 })("the same data and the same place for every path", (p, options) => {
    const text = stringify(p, options);
    const read = parseYaml(text, { name: "plan.yaml" });
    expect(read.issues).toEqual([]);
    expect(read.data).toEqual(parse(text));
    const paths = pathsOf(read.data);
    paths.push(["actions", 10_000, "title"], ["no-such-field"]);
    const locate = read.locate(paths);
    for (const path of paths) expect([path, locate(path)]).toEqual([path, referencePlace(text, path)]);
  });
});
