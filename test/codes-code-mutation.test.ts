// The code of an action (src/statistics/codes.ts) read directly: which actions get one, which
// are left to be classified on their own (-1), that actions alike get one code and actions
// that differ get different ones, and that the facts a code's example action is classified to
// are the facts of every action it stands for. The rollup tests (test/codes-mutation.test.ts)
// see only the figures, and a code withheld gives the same figures by the slow way: these
// tests hold the fast way to its contract too.
import { describe, expect, it } from "vitest";
import { classify, newFacts, type Facts } from "../src/facts/action.js";
import { makeContext, type Context } from "../src/facts/context.js";
import type { Action } from "../src/model/types.js";
import { CodeCounts, codesApply, hashOf, TextTable } from "../src/statistics/codes.js";

// A plan of a CPC in October 2023, as of 26 June 2024: due soon is 26 June to 26 July 2024.
const plan = { peerChallenge: { start: "2023-10" } };
const asOf = "2024-06-26";
const ctxOf = (options: Parameters<typeof makeContext>[1] = {}, bare = false): Context =>
  makeContext([], { asOf, ...options }, "brag", bare ? undefined : plan);
const act = (fields: Record<string, unknown>): Action => ({ id: "1", recommendation: "R1", title: "An action", ...fields });

// The seven kinds of target a code tells apart, one text each, read as of 26 June 2024:
const TEXTS = [
  "TBC", //                        no date
  "March 2024", //                 31 March 2024: past
  "March 2024 and ongoing", //     past, continuing
  "10 July 2024", //               due soon
  "10 July 2024 and ongoing", //   due soon, continuing
  "December 2024", //              31 December 2024: later
  "December 2024 and ongoing", //  later, continuing
] as const;
const STATUSES = [undefined, "not-started", "in-progress", "complete", "ongoing", "on-hold", "cancelled"] as const;
const RAGS = [undefined, "red", "amber", "green", "blue"] as const;

/** Every action of the common kind: 7 statuses (none among them) x 5 RAGs (none among them) x 7 kinds of target = 245. */
const common: Action[] = TEXTS.flatMap((timescale) =>
  STATUSES.flatMap((status) => RAGS.map((rag) => act({ timescale, ...(status !== undefined && { status }), ...(rag !== undefined && { rag }) }))),
);

/** The facts of each code's example, in the order the codes were met, with the bucket and weight each is counted with. */
function examples(counts: CodeCounts): { bucket: number; facts: Facts }[] {
  const seen: { bucket: number; facts: Facts }[] = [];
  counts.addInto(
    new Float64Array(64),
    (bucket, facts) => {
      seen.push({ bucket, facts: { ...facts } });
      return 0;
    },
    newFacts(),
  );
  return seen;
}

describe("codesApply", () => {
  it("counts by code under the status rule, unweighted, with the plan's dates", () => {
    expect(codesApply(ctxOf())).toBe(true);
    expect(codesApply(ctxOf({ ragRule: "expected-progress" }))).toBe(false);
    expect(codesApply(ctxOf({ weighted: true }))).toBe(false);
    // A bare list of actions (no plan): some targets need the plan's dates, refused one action at a time.
    expect(codesApply(ctxOf({}, true))).toBe(false);
  });
});

describe("the code of an action of the common kind", () => {
  const ctx = ctxOf();
  const counts = new CodeCounts(1, ctx);
  const codes = common.map((a) => counts.codeOf(a));

  it("is given to each of the 245, a whole number from 0 to 244, a different one for each", () => {
    // 7 statuses x 5 RAGs x 7 kinds of target: 245 classes, so 245 codes, each below 245.
    expect(codes.every((c) => Number.isInteger(c) && c >= 0 && c < 245)).toBe(true);
    expect(new Set(codes).size).toBe(245);
  });

  it("is the same for another action of the same class", () => {
    // Another text of the same kind ("April 2024": 30 April, past), another id and title.
    const a = act({ id: "2", title: "Another", status: "complete", rag: "green", timescale: "April 2024" });
    const b = act({ status: "complete", rag: "green", timescale: "March 2024" });
    expect(counts.codeOf(a)).toBe(counts.codeOf(b));
    expect(counts.codeOf(a)).toBeGreaterThanOrEqual(0);
  });

  it("stands for the action: its example is classified to the action's own facts", () => {
    // Each of the 245 counted once in bucket 0: one example each, weight 1, in the order met.
    // The example's target text is the first text of its kind met (or none, for no date): no
    // figure reads it (the tally reads the due date and flags), so it is left out.
    const c = new CodeCounts(1, ctx);
    for (const a of common) c.add(c.codeOf(a), 0);
    const seen = examples(c);
    expect(seen).toHaveLength(245);
    seen.forEach(({ bucket, facts }, i) => {
      expect(bucket).toBe(0);
      expect({ ...facts, targetText: undefined }).toEqual({ ...classify(common[i]!, ctx), targetText: undefined });
      expect(facts.weight).toBe(1);
    });
  });

  it("takes its target from the steps when the text gives no date", () => {
    // Steps of March 2024 and December 2024 and ongoing: the latest, 31 December 2024, not
    // continuing (a step's date is a deadline): the class of "December 2024" (later), not of
    // "December 2024 and ongoing".
    const c = new CodeCounts(1, ctx);
    const step = (id: string, timescale?: string) => ({ id, text: `Step ${id}`, ...(timescale !== undefined && { timescale }) });
    const steps = act({ status: "in-progress", timescale: "TBC", steps: [step("a", "March 2024"), step("b", "December 2024 and ongoing"), step("c")] });
    const later = act({ status: "in-progress", timescale: "December 2024" });
    const code = c.codeOf(steps);
    expect(code).toBeGreaterThanOrEqual(0);
    expect(code).toBe(c.codeOf(later));
    expect(code).not.toBe(c.codeOf(act({ status: "in-progress", timescale: "December 2024 and ongoing" })));
    // With no timescale at all, the same; with steps of no date, the class of "TBC".
    expect(c.codeOf(act({ status: "in-progress", steps: [step("a", "December 2024")] }))).toBe(code);
    expect(c.codeOf(act({ status: "in-progress", steps: [step("a")] }))).toBe(c.codeOf(act({ status: "in-progress", timescale: "TBC" })));
    // The latest step whichever comes first; a step of the same date as the latest changes nothing.
    const reversed = act({ status: "in-progress", steps: [step("b", "December 2024"), step("a", "March 2024"), step("c", "31 December 2024")] });
    expect(c.codeOf(reversed)).toBe(code);
    // A text that gives a date is the action's target: its steps are not read.
    const dated = act({ status: "in-progress", timescale: "March 2024", steps: [step("a", "December 2024")] });
    expect(c.codeOf(dated)).toBe(c.codeOf(act({ status: "in-progress", timescale: "March 2024" })));
    // Steps met first: the example of their kind has a step of that date; one of each action counted.
    const d = new CodeCounts(1, ctx);
    d.add(d.codeOf(steps), 0);
    d.add(d.codeOf(act({ status: "not-started", steps: [step("a", "March 2024")] })), 0);
    const seen = examples(d);
    // In progress, 31 December 2024: not overdue, green. Not started, 31 March 2024: overdue, red.
    expect(seen.map(({ facts }) => [facts.status, facts.due, facts.continuing, facts.overdue, facts.rag])).toEqual([
      ["in-progress", "2024-12-31", false, false, "green"],
      ["not-started", "2024-03-31", false, true, "red"],
    ]);
  });

  it("is the same for a text met again, however many texts come between", () => {
    // 100 distinct undated texts between two readings of "March 2024": the text table grows
    // (from 64 slots, a quarter full at most) and still finds the first.
    const c = new CodeCounts(1, ctx);
    const first = c.codeOf(act({ status: "complete", timescale: "March 2024" }));
    for (let i = 0; i < 100; i++) c.codeOf(act({ status: "complete", timescale: `Phase ${i}` }));
    expect(c.codeOf(act({ status: "complete", timescale: "March 2024" }))).toBe(first);
    expect(c.codeOf(act({ status: "complete", timescale: "Phase 7" }))).toBe(c.codeOf(act({ status: "complete", timescale: "TBC" })));
  });
});

describe("an action the code cannot stand for gets -1", () => {
  const c = new CodeCounts(1, ctxOf());
  const cases: [string, unknown][] = [
    ["null", null],
    ["a number", 5],
    ["a status that is a wording", act({ status: "Completed", timescale: "March 2024" })],
    // "Cancelled" has the length and third letter of "cancelled": it falls in that word's slot, and is not it.
    ["a status in capitals", act({ status: "Cancelled", timescale: "March 2024" })],
    ["a status that is a number", act({ status: 3, timescale: "March 2024" })],
    ["a blank status", act({ status: "", timescale: "March 2024" })],
    // "G" falls in the slot of "blue" (length and first letter), and is not it.
    ["a RAG that is a wording", act({ status: "complete", rag: "G", timescale: "March 2024" })],
    ["a blank RAG", act({ status: "complete", rag: "", timescale: "March 2024" })],
    ["a RAG that is a number", act({ status: "complete", rag: 1, timescale: "March 2024" })],
    ["a due date of its own", act({ status: "complete", due: "2024-03-31", timescale: "March 2024" })],
    ["no status and a status text", act({ statusText: "On track", timescale: "March 2024" })],
    ["no status and a percent complete", act({ percentComplete: 40, timescale: "March 2024" })],
    ["no status and updates", act({ updates: [], timescale: "March 2024" })],
    ["a target that is a number", act({ status: "complete", timescale: 2024 })],
    ["steps that are not a list", act({ status: "complete", steps: { a: 1 } })],
    ["a step that is null", act({ status: "complete", steps: [null] })],
    ["a step that is text", act({ status: "complete", steps: ["June 2024"] })],
    ["a step with a due date", act({ status: "complete", steps: [{ id: "a", text: "", due: "2024-06-30" }] })],
    ["a step whose target is a number", act({ status: "complete", steps: [{ id: "a", text: "", timescale: 2024 }] })],
    ["a step read as an action", act({ status: "complete", steps: [{ id: "a", text: "", recommendation: "R1" }] })],
  ];
  for (const [what, action] of cases) {
    it(what, () => expect(c.codeOf(action as Action)).toBe(-1));
  }

  it("but no status and nothing else, a status beside other evidence, a dated step naming a recommendation, or an undated step do not", () => {
    expect(c.codeOf(act({ timescale: "March 2024" }))).toBeGreaterThanOrEqual(0);
    // The status decides; a percent complete, a status text or updates beside it are not read for it.
    const complete = c.codeOf(act({ status: "complete", timescale: "March 2024" }));
    expect(complete).toBeGreaterThanOrEqual(0);
    expect(c.codeOf(act({ status: "complete", percentComplete: 100, timescale: "March 2024" }))).toBe(complete);
    expect(c.codeOf(act({ status: "complete", statusText: "Done", timescale: "March 2024" }))).toBe(complete);
    expect(c.codeOf(act({ status: "complete", updates: [], timescale: "March 2024" }))).toBe(complete);
    expect(c.codeOf(act({ status: "complete", steps: [{ id: "a", text: "", timescale: "June 2024", recommendation: "R1" }] }))).toBeGreaterThanOrEqual(0);
    expect(c.codeOf(act({ status: "complete", steps: [{ id: "a", text: "" }] }))).toBeGreaterThanOrEqual(0);
  });
});

describe("counting by code, in buckets", () => {
  it("counts each action of a code in its bucket, the codes' blocks growing as they are met", () => {
    // Three buckets; the 245 actions, the i-th in bucket i % 3, and the first ten again in
    // bucket 2. Codes met: 245, so 735 counters (from 24: grown five times, to 768).
    // Action i (i < 10) counts once in bucket i % 3 and once in bucket 2: for i = 2, 5, 8 both
    // are bucket 2, weight 2; for the others, weight 1 in each of the two buckets.
    const ctx = ctxOf();
    const c = new CodeCounts(3, ctx);
    common.forEach((a, i) => c.add(c.codeOf(a), i % 3));
    common.slice(0, 10).forEach((a) => c.add(c.codeOf(a), 2));
    const seen = examples(c);
    // Calls: 245 codes, one per bucket that has any: 235 codes with one bucket, and the first
    // ten: 2, 5, 8 one bucket (2), the other seven two: 245 + 7 = 252.
    expect(seen).toHaveLength(252);
    const weights = new Map<string, number>();
    for (const { bucket, facts } of seen) weights.set(`${bucket}`, (weights.get(`${bucket}`) ?? 0) + facts.weight);
    // Bucket 0: i % 3 === 0 of 245 = 82 actions; bucket 1: 82; bucket 2: 81 + 10 = 91. Total 255.
    expect([weights.get("0"), weights.get("1"), weights.get("2")]).toEqual([82, 82, 91]);
    // The first code: action 0 (bucket 0 and bucket 2), weight 1 each, before any other code.
    expect(seen.slice(0, 2).map(({ bucket, facts }) => [bucket, facts.weight])).toEqual([
      [0, 1],
      [2, 1],
    ]);
    // Action i is text i / 35, status (i / 5) % 7, RAG i % 5 (the lists above). Action 2 (TBC,
    // no status, amber: under way from its RAG), 5 (not started, no RAG), 8 (not started, green):
    // bucket 2 twice each, weight 2.
    expect(seen.filter(({ facts }) => facts.weight === 2).map(({ bucket, facts }) => [bucket, facts.status, facts.givenRag])).toEqual([
      [2, "in-progress", "amber"],
      [2, "not-started", undefined],
      [2, "not-started", "green"],
    ]);
  });

  it("counts eight codes in one bucket, as many as the first block holds, and no more", () => {
    // One bucket: room for 8 codes before the counters grow. The first eight actions (TBC, no
    // status, each RAG; then not started, each RAG but blue... : i = 0..7), once each: 8 calls, weight 1.
    const c = new CodeCounts(1, ctxOf());
    for (const a of common.slice(0, 8)) c.add(c.codeOf(a), 0);
    const seen = examples(c);
    expect(seen.map(({ bucket, facts }) => [bucket, facts.weight])).toEqual(Array.from({ length: 8 }, () => [0, 1]));
  });

  it("says whether any action counted was reported blue", () => {
    // BRAG: complete with no RAG is blue, derived (no report of blue); complete, blue as reported is.
    const ctx = ctxOf();
    const derived = new CodeCounts(1, ctx);
    derived.add(derived.codeOf(act({ status: "complete", timescale: "March 2024" })), 0);
    derived.add(derived.codeOf(act({ status: "in-progress", rag: "green", timescale: "March 2024" })), 0);
    expect(examples(derived).map(({ facts }) => [facts.rag, facts.ragDerived])).toEqual([
      ["blue", true],
      ["green", false],
    ]);
    // A derived blue and a reported green: none reported blue.
    const noBlue = new CodeCounts(1, ctx);
    noBlue.add(noBlue.codeOf(act({ status: "complete", timescale: "March 2024" })), 0);
    noBlue.add(noBlue.codeOf(act({ status: "in-progress", rag: "green", timescale: "March 2024" })), 0);
    expect(noBlue.addInto(new Float64Array(64), () => 0, newFacts())).toBe(false);
    const reported = new CodeCounts(1, ctx);
    reported.add(reported.codeOf(act({ status: "complete", timescale: "March 2024" })), 0);
    reported.add(reported.codeOf(act({ status: "complete", rag: "blue", timescale: "March 2024" })), 0);
    expect(reported.addInto(new Float64Array(64), () => 0, newFacts())).toBe(true);
  });
});

describe("the text table, filled one slot each", () => {
  // Texts are chosen with the table's own hash (hashOf) so that the first 64 fall each in a
  // slot of its own of the first 64 slots. A table that did not grow would then be full, with
  // no chain long enough to hand it to a Map, and the 65th text would never find a slot.
  const bySlot = new Map<number, string>();
  // Three-character texts (the first, middle and last are the whole text), from "!!!" on.
  const char = (k: number): string => String.fromCharCode(33 + (k % 90));
  for (let i = 0; bySlot.size < 64 && i < 100_000; i++) {
    const text = char(i) + char(Math.floor(i / 90)) + char(Math.floor(i / 8100));
    if (!bySlot.has(hashOf(text) & 63)) bySlot.set(hashOf(text) & 63, text);
  }
  const texts = [...bySlot.values(), "Phase one", "Phase two", "Phase three"];

  it("keeps more texts than it first has slots", () => {
    expect(bySlot.size).toBe(64);
    const table = new TextTable();
    texts.forEach((t, i) => table.set(t, i));
    texts.forEach((t, i) => expect(table.get(t)).toBe(i));
    expect(table.get("Phase 4")).toBe(-1);
  });
});

describe("the text table, texts of one hash", () => {
  // "A0000Z" ... "A0004Z": six characters, A at 0, 0 at 3 (the middle), Z at 5: one hash, so
  // one chain, of five texts: fewer than the nine steps that hand a table to a Map, so each is
  // found by walking the chain from the slot of the hash.
  const texts = ["A0010Z", "A1020Z", "A2030Z", "A3040Z", "A4050Z"];

  it("finds each text of a chain, and not a text of the same hash that is not in it", () => {
    const table = new TextTable();
    texts.forEach((t, i) => table.set(t, 10 + i));
    expect(texts.map((t) => table.get(t))).toEqual([10, 11, 12, 13, 14]);
    expect(table.get("A9090Z")).toBe(-1);
  });

  it("finds them after the table grows", () => {
    // Twenty texts of their own first (the table grows at the 17th), then the chain.
    const table = new TextTable();
    for (let i = 0; i < 20; i++) table.set(`Text number ${i}`, i);
    texts.forEach((t, i) => table.set(t, 100 + i));
    expect(texts.map((t) => table.get(t))).toEqual([100, 101, 102, 103, 104]);
    expect(table.get("Text number 19")).toBe(19);
  });
});
