import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";
import { matchTheme, normaliseRag, normaliseStatus, parseTimescale } from "../src/index.js";
import { isCrossReference } from "../src/schema/rules.js";

// A guard against catastrophic (quadratic or exponential) behaviour, not a speed target
// (bench/ measures speed): a quadratic reader would need minutes on 100 kB, far past the
// test's time limit. Each case also says what the text is read as, worked out by hand.
describe("parseTimescale on 100 kB of adversarial text", () => {
  const inputs: [name: string, text: string, kind: string, due?: string][] = [
    // A month and no year, and no reference to place it: unknown.
    ["repeated months", "March ".repeat(17_000), "unknown"],
    ["repeated day-first fragments", "1/".repeat(50_000), "unknown"],
    ["repeated Q", "Q".repeat(100_000), "unknown"],
    ["repeated dashes", "-".repeat(100_000), "unknown"],
    // Every milestone is March 2024: milestones due at the end of March 2024.
    ["repeated dates with labels", "Phase 1 – March 2024 ".repeat(5_000), "milestones", "2024-03-31"],
    ["digits", "2024".repeat(25_000), "unknown"],
    ["punctuation around a date", `${"- ".repeat(25_000)}x${" -".repeat(25_000)} March 2024`, "date", "2024-03-31"],
    // Forms that read the date after them: a run of them must not recurse (it once overflowed the stack).
    ["repeated parts of a period", `${"early ".repeat(20_000)}2024`, "unknown"],
    ["repeated weeks", "w/c ".repeat(25_000), "unknown"],
    // Counted from a date the text does not give: unknown.
    ["repeated relative words", `${"within ".repeat(14_000)}6 months`, "unknown"],
    ["one range of 16,000 months", `${"March-".repeat(16_000)} 2024`, "date"],
    // Calendar Q1 2024 ends on 31 March 2024, each time.
    ["repeated dates restated in brackets", "Q1 (Q1 2024) ".repeat(7_000), "milestones", "2024-03-31"],
    // 1 March 2024 was a Friday: the weekday contradicts the date.
    ["repeated weekdays", "Monday 1 March 2024 ".repeat(5_000), "unknown"],
    ["repeated revised targets", "March 2024 (originally June 2024) ".repeat(3_000), "milestones", "2024-03-31"],
  ];
  for (const [name, text, kind, due] of inputs) {
    it(`${name}: read as ${kind}${due ? `, due ${due}` : ""}`, () => {
      const t = parseTimescale(text);
      expect(t.text).toBe(text);
      expect(t.kind).toBe(kind);
      if (due !== undefined) expect("due" in t ? t.due : undefined).toBe(due);
    });
  }
});

// Regular expressions eslint-plugin-regexp found super-linear, rewritten: each on input
// that made it quadratic (100,000 characters: minutes before, milliseconds now), with the
// result it should give.
describe("the expressions the linter found super-linear", () => {
  const spaces = " ".repeat(100_000);
  it("a status wording before a note, after a long run of spaces", () => {
    // "Behind schedule - see note" reads its leading words; 100,000 spaces and no separator
    // leave nothing to read.
    expect(normaliseStatus("Completed - see note")).toBe("complete");
    expect(normaliseStatus(`Completed${spaces}x`)).toBeUndefined();
    expect(normaliseStatus(`Completed${spaces}- note`)).toBe("complete");
  });

  it("a cross-reference with spaces before its end (titles of up to 80 characters are checked)", () => {
    expect(isCrossReference("See action 8.2 above.")).toBe(true);
    expect(isCrossReference(`See 4.1${" ".repeat(30)}.${" ".repeat(30)}`)).toBe(true);
    // Something after the spaces: not a bare cross-reference.
    expect(isCrossReference(`See 4.1${" ".repeat(30)}x`)).toBe(false);
  });

  it("a period column heading padded with 100,000 characters of separators", () => {
    // Two quarters' RAG columns: the right-most filled (Q2, Green) is the current rating and
    // Q1 (Amber) an update. "Q2 RAG" padded with "- " is still Q2's column.
    // (As test/fixtures/trackers/quarterly-columns.csv: the quarters need the plan's dates.)
    const csv = (q2: string) =>
      `Council,Example City Council\nCPC start,2024-02\nPublished,2024-05\n\nAction No,Recommendation,Action,Q1 RAG,${q2}\n1.1,R1,Do it,Amber,Green\n`;
    const plain = readPlanCsv(csv("Q2 RAG"));
    const padded = readPlanCsv(csv(`Q2 RAG ${"- ".repeat(50_000)}`));
    const actions = (read: typeof plain) => (read.plan as { actions: unknown[] }).actions;
    expect(actions(plain)[0]).toMatchObject({ rag: "green" });
    expect(actions(padded)).toEqual(actions(plain));
  });
});

// Tables of wordings are object literals; a text that names one of Object.prototype's
// properties must read as the plain text it is, not as that property.
describe("text that names a property of Object.prototype", () => {
  const names = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "isPrototypeOf"];

  it.each(names)("%s is not a status, a RAG or a theme word", (name) => {
    expect(normaliseStatus(name)).toBeUndefined();
    expect(normaliseRag(name)).toBeUndefined();
    expect(normaliseRag(`${name} red`)).toBeUndefined();
    expect(matchTheme(name).kind).toBe("no-match");
  });

  it.each(names)("a CSV row %s above the header is reported, not dropped", (name) => {
    const csv = `${name},Kingston\nNo.,Recommendation,Action,Owner,Target for completion,Status\n1,Do it,Act,CEO,March 2024,Complete\n`;
    const { issues } = readPlanCsv(csv);
    expect(issues).toEqual([expect.objectContaining({ code: "row-above-header", path: ["preamble", 1] })]);
  });
});
