// The plan reader's YAML after issue 32 (js-yaml's events in place of the `yaml` package):
// what test/properties/yaml-read.property.test.ts cannot generate. Lines counted by hand.
import { describe, expect, it } from "vitest";
import { readPlan } from "../src/read/index.js";
import { parseYaml } from "../src/read/yaml.js";

const source = { name: "plan.yaml" } as Parameters<typeof parseYaml>[1];

describe("a key given twice", () => {
  // Line 1 schemaVersion, 2 council, 3 the first name, 4 the second name.
  const text = "schemaVersion: 1\ncouncil:\n  name: A\n  name: B\n";
  it("is read as the last, reported with both lines, and placed at the last", () => {
    const r = parseYaml(text, source);
    expect(r.data).toEqual({ schemaVersion: 1, council: { name: "B" } });
    expect(r.issues).toEqual([expect.objectContaining({ path: ["council", "name"], at: { line: 4, col: 3 } })]);
    expect(r.issues[0]!.message).toContain("(lines 3 and 4)");
    expect(r.locate([["council", "name"]])(["council", "name"])).toEqual({ line: 4, col: 3 });
  });
});

describe("texts that are not one plan", () => {
  it("a YAML error names its line", () => {
    // Line 1 `a: [1`, line 2 ` b: 2`: the flow list is not closed before the next key.
    const r = parseYaml("a: [1\n b: 2\n", source);
    expect(r.data).toBeUndefined();
    expect(r.issues).toEqual([expect.objectContaining({ code: "unreadable-file", at: expect.objectContaining({ line: 2 }) as unknown })]);
    expect(r.issues[0]!.message).toMatch(/^not valid YAML: /);
  });

  it("two documents are refused at the second's ---, on line 2", () => {
    const r = parseYaml("a: 1\n---\nb: 2\n", source);
    expect(r.issues).toEqual([expect.objectContaining({ code: "unreadable-file", at: { line: 2, col: 1 } })]);
    expect(r.issues[0]!.message).toContain("more than one document");
    // With the first document started by --- too: the second --- is on line 3.
    expect(parseYaml("---\na: 1\n---\nb: 2\n", source).issues[0]!.at).toEqual({ line: 3, col: 1 });
  });

  it("an empty file and one of comments only are no value, as before", () => {
    expect(parseYaml("", source)).toMatchObject({ data: null, issues: [] });
    expect(parseYaml("# nothing yet\n", source)).toMatchObject({ data: null, issues: [] });
  });

  it("aliases that stand for too many values (a billion laughs) are refused, not expanded", () => {
    // Each level holds ten aliases of the one above: level 4 stands for 10 + 100 + 1,000 + 10,000 values.
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const [name, prev] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
    ])
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    const r = readPlan(`${lines.join("\n")}\n`, { name: "laughs.yaml" });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: "unreadable-file" });
    expect(r.issues[0]!.message).toContain("aliases");
  });

  it("a few aliases are read as their anchors' values", () => {
    const r = parseYaml("owner: &o Head of Policy\nother: *o\n", source);
    expect(r).toMatchObject({ data: { owner: "Head of Policy", other: "Head of Policy" }, issues: [] });
    // The alias is placed where it is written: line 2, column 8.
    expect(r.locate([["other"]])(["other"])).toEqual({ line: 2, col: 8 });
  });
});
