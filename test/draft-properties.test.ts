// A draft always validates (issue 30): whatever the text, in whatever layout, draftPlan gives
// a plan validatePlan accepts, or no plan and the one `no-recommendations` error. Reports are
// generated from the pieces real ones are made of (title lines, dates, anchors, every marker
// at any indent, labels on lines of their own, headings, explanations) and then mutated
// (lines dropped, repeated, re-indented, cut short, joined), and any text at all.
import { readFileSync, readdirSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { draftPlan, type DraftResult } from "../src/draft/index.js";
import { validatePlan } from "../src/schema/index.js";

const titles = [
  "Corporate peer challenge: London Borough of Tower Hamlets",
  "Feedback report: 28\u201329 September 2021",
  "Example District Council \u2013 Corporate Peer Challenge, October 2023",
  "7th to 10th January 2019",
  "w/c 4 March 2024",
  "Our peer review took place in September 2023 with 18 core recommendations covering",
  "The council undertook an LGA Corporate Peer Challenge (CPC) in October 2023",
  "The council will commission its next peer challenge by 2026.",
  "Peer challenge: 31 February 2024",
  "Tower Hamlets Council",
  "NERC Council",
  "The Council",
];
const anchors = [
  "Key recommendations",
  "## Key recommendations",
  "2. Key recommendations",
  "The following are the peer team's key recommendations to the council:",
  "The Group had made 8 key recommendations:",
  "The six recommendations",
  "1: Recommendations structural and constitutional governance",
  "Recommendations for financial planning and management",
  "What your measures of success will be:",
  "Finance",
  "### Governance",
];
const words = [
  "Agree a medium term financial strategy",
  "Review the constitution and scrutiny arrangements",
  "Develop a long-term future vision for the borough",
  "Talk and listen to staff",
  "Strategic vision",
  "London Borough of Havering (Independent member peer)",
  "the terms of reference of the committees",
  "It is imperative to close previous years\u2019 accounts.",
  "",
];
const markers = [
  "- ",
  "* ",
  "\u2022 ",
  "\u2022\t",
  "o ",
  "\u25e6 ",
  "1. ",
  "12) ",
  "10.",
  "a) ",
  "(iv) ",
  "c. ",
  "Recommendation 3 - ",
  "Recommendation 1: ",
  "R2: ",
  "- Recommendation 4: ",
];
const bare = ["Recommendation 1", "Recommendation 2", "R1:", "7.", "### Recommendation 5", "Recommendation 0", "Recommendation 99"];

const line: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...titles),
  fc.constantFrom(...anchors),
  fc.constantFrom(...bare),
  fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom(...markers), fc.constantFrom(...words)).map(([indent, m, w]) => `${" ".repeat(indent)}${m}${w}`),
  fc.constantFrom(...words),
  fc.constantFrom("", "", "   ", "\t", "---", "<!-- note -->", "# ", "#"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);

/** A report: lines from the pieces, then mutated. */
const generated: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(line, { maxLength: 40 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom("drop", "repeat", "indent", "cut", "join")), { maxLength: 6 }),
    fc.constantFrom("\n", "\r\n", "\n\n"),
  )
  .map(([lines, mutations, eol]) => {
    const out = [...lines];
    for (const [at, kind] of mutations) {
      if (out.length === 0) break;
      const i = at % out.length;
      const l = out[i]!;
      if (kind === "drop") out.splice(i, 1);
      else if (kind === "repeat") out.splice(i, 0, l);
      else if (kind === "indent") out[i] = ` ${l}`;
      else if (kind === "cut") out[i] = l.slice(0, Math.floor(l.length / 2));
      else if (i + 1 < out.length) out.splice(i, 2, `${l} ${out[i + 1]!}`);
    }
    return out.join(eol);
  });

// The real reports, cut at any line and mutated alike.
const dir = new URL("fixtures/draft/", import.meta.url);
const real = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith(".md") || f.endsWith(".txt"))
    .map((f) => readFileSync(new URL(f, dir), "utf8")),
  ...readdirSync(new URL("layouts/", dir))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(new URL(`layouts/${f}`, dir), "utf8")),
];
const cut: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...real), fc.nat(), fc.nat(), fc.array(fc.tuple(fc.nat(), line), { maxLength: 4 }))
  .map(([text, a, b, inserts]) => {
    const lines = text.split("\n");
    const from = a % lines.length;
    const kept = lines.slice(from, from + 1 + (b % lines.length));
    for (const [at, l] of inserts) kept.splice(at % (kept.length + 1), 0, l);
    return kept.join("\n");
  });

function check(r: DraftResult): void {
  if (r.plan === undefined) {
    expect(r.issues.map((i) => i.code)).toEqual(["no-recommendations"]);
    expect(r.lines).toEqual([]);
    return;
  }
  const v = validatePlan(r.plan);
  expect(v.issues.filter((i) => i.severity === "error")).toEqual([]);
  expect(v.ok).toBe(true);
  expect(r.lines).toHaveLength(r.plan.recommendations.length);
  expect(r.issues.every((i) => i.severity === "warning")).toBe(true);
}

describe("draftPlan: a draft always validates", () => {
  it("the generated reports are not all refused: many give a plan to check", () => {
    const sample = fc.sample(generated, { numRuns: 300, seed: 30 });
    const drafted = sample.filter((t) => draftPlan(t).plan !== undefined).length;
    // Anchors, labels and items are a third of the pieces: 110 of these 300 draft; far more than one in ten must.
    expect(drafted).toBeGreaterThan(30);
  });

  test.prop([generated], { numRuns: 400 })("generated and mutated reports: a valid plan, or the no-recommendations error", (text) => {
    check(draftPlan(text));
  });

  test.prop([cut, fc.constantFrom(undefined, "2017-10", "2024-03-04", "2021-13")], { numRuns: 300 })(
    "the real reports, cut short and mutated, with or without a CPC start: a valid plan, or the error",
    (text, cpcStart) => {
      check(draftPlan(text, cpcStart !== undefined ? { cpcStart } : {}));
    },
  );

  test.prop([fc.string({ maxLength: 400 }), fc.constantFrom("none", "placeholder")], { numRuns: 300 })("any text at all", (text, actions) => {
    check(draftPlan(text, { actions }));
  });
}, 120_000);
