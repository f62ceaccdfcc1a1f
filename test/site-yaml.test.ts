// The page's YAML writer (site/src/yaml.ts, issue 32) read back by both YAML readers the
// project knows: js-yaml (the page's and readPlan's) and the yaml package (the CLI's).
import { fc, test } from "@fast-check/vitest";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { toYaml } from "../site/src/yaml.js";
import { readPlan } from "../src/read/index.js";
import { plan } from "./properties/arbitraries.js";
import { readExample } from "./helpers.js";

/** The value as JSON keeps it (what a plan is). */
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

// Texts with every character that means something to YAML, in every place.
const hostileText = fc
  .array(
    fc.constantFrom(
      "a",
      "Q1",
      " ",
      ":",
      ": ",
      " #",
      "#",
      "-",
      "- ",
      "?",
      "'",
      '"',
      "\\",
      "\n",
      "\r",
      "\t",
      "|",
      ">",
      "&",
      "*",
      "!",
      "%",
      "@",
      "`",
      "{",
      "[",
      ",",
      "é",
      "£",
      "😀",
      "\u2028",
      "\u0085",
      "\ufeff",
      "yes",
      "No",
      "null",
      "~",
      "2024-01",
      "1e3",
      ".inf",
      "0x1F",
    ),
    { maxLength: 12 },
  )
  .map((p) => p.join(""));
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: "small" },
    hostileText,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    tie("list"),
    tie("map"),
  ),
  list: fc.array(tie("any"), { maxLength: 4 }),
  map: fc.dictionary(hostileText, tie("any"), { maxKeys: 4 }),
})).map;

describe("the page's YAML", () => {
  test.prop([value], { numRuns: 1500 })("reads back as the same data with js-yaml and with the yaml package", (v) => {
    const yaml = toYaml(v);
    expect(load(yaml)).toEqual(asJson(v));
    expect(parse(yaml)).toEqual(asJson(v));
  });

  test.prop([plan()], { numRuns: 200 })("a plan written by the page is read by readPlan as the same plan", (p) => {
    const r = readPlan(toYaml(p), { name: "plan.yaml" });
    expect(r.issues.filter((i) => i.code === "unreadable-file")).toEqual([]);
    expect(load(toYaml(p))).toEqual(asJson(p));
  });

  it("writes Kingston's plan as cpc convert --to yaml lays it out: keys, lists under them, dates quoted", () => {
    const kingston = readExample("kingston-2019.json") as { council: { name: string } };
    const yaml = toYaml(kingston);
    expect(yaml.startsWith("schemaVersion: 1\ncouncil:\n  name: Royal Borough of Kingston upon Thames\n")).toBe(true);
    expect(yaml).toContain('\npeerChallenge:\n  start: "2019-');
    expect(load(yaml)).toEqual(kingston);
  });

  it("writes a text of several lines as a literal block, and one that ends a line in a space quoted", () => {
    expect(toYaml({ comments: "Agreed at Cabinet.\nReview in March." })).toBe("comments: |-\n  Agreed at Cabinet.\n  Review in March.\n");
    expect(toYaml({ comments: "Agreed \nlater" })).toBe('comments: "Agreed \\nlater"\n');
    expect(toYaml([{ id: "1", owners: [] }, "yes"])).toBe('- id: "1"\n  owners: []\n- "yes"\n');
  });
});
