// Laws of collecting returns (issue 35): returns sent back unedited change nothing, and
// returns that each change different actions give the same plan in any order.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { ownerReturns, RAGS, STATUSES, ragLabel, statusLabel, type ActionPlan } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";
import { collectReturns, writeReturnXlsx } from "../src/xlsx/index.js";
import { mergeReturns, type ReadReturn, type ReadRow } from "../src/returns/collect.js";
import { readReturn } from "../src/xlsx/returns.js";
import { loadPlan } from "./helpers.js";
import { calendarDate, plan as anyPlan } from "./properties/arbitraries.js";

const kingston = loadPlan("kingston-2019.json");

describe("unedited returns", () => {
  test.prop([anyPlan(), calendarDate], { numRuns: 60 })(
    "leave any plan as it was, with nothing to report",
    (p, asOf) => {
      const valid = validatePlan(p);
      if (!valid.ok) return;
      const plan = valid.plan;
      const returns = ownerReturns(plan, { asOf }).map((r, i) => ({ name: `${i}.xlsx`, bytes: writeReturnXlsx(plan, r.owner, { asOf }) }));
      const r = collectReturns(plan, returns, { asOf: "2100-12-31" });
      expect(r.issues).toEqual([]);
      expect(r.changes).toEqual([]);
      expect(r.plan).toBe(plan);
      expect(r.summary.returned.map((x) => x.owner)).toEqual(ownerReturns(plan, { asOf }).map((x) => x.owner));
    },
    60_000,
  );
});

/** Kingston's blank returns as read, once. */
const blanks: ReadReturn[] = ownerReturns(kingston, { asOf: "2019-06-30" }).map((r) =>
  readReturn(`${r.title}.xlsx`, writeReturnXlsx(kingston, r.owner, { asOf: "2019-06-30" })),
);

/** One owner's edit of one line. */
interface Edit {
  readonly key: string;
  readonly status?: string;
  readonly rag?: string;
  readonly comment?: string;
  readonly newTarget?: string;
  readonly day: number;
}

const edit = (key: string) =>
  fc.record(
    {
      key: fc.constant(key),
      status: fc.constantFrom(...STATUSES.map(statusLabel)),
      rag: fc.constantFrom(...RAGS.map(ragLabel)),
      comment: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ""),
      newTarget: fc.constantFrom("March 2020", "Autumn 2019", "TBC"),
      day: fc.integer({ min: 1, max: 14 }),
    },
    { requiredKeys: ["key", "day", "comment"] },
  );

/** The blank return of the owner with the edits typed into its lines. */
function typed(blank: ReadReturn, edits: readonly Edit[]): ReadReturn {
  if (!("rows" in blank)) throw new Error("not read");
  const rows: ReadRow[] = blank.rows.map((row) => {
    const e = edits.find((x) => x.key === row.cells.key?.text);
    if (!e) return row;
    const cell = (col: string, text: string) => ({ ref: `Return!${col}${row.row}`, text });
    return {
      ...row,
      cells: {
        ...row.cells,
        ...(e.status !== undefined ? { status: cell("D", e.status) } : {}),
        ...(e.rag !== undefined ? { rag: cell("E", e.rag) } : {}),
        date: { ref: `Return!F${row.row}`, text: "", date: `2019-07-${String(e.day).padStart(2, "0")}` },
        ...(e.comment !== undefined ? { comment: cell("G", e.comment) } : {}),
        ...(e.newTarget !== undefined ? { newTarget: cell("H", e.newTarget) } : {}),
      },
    };
  });
  return { ...blank, rows };
}

/** For some of Kingston's open actions, one owner each and an edit; several returns in a shuffled order. */
const editsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: blanks.length - 1 }), { minLength: 1, maxLength: blanks.length })
  .chain((owners) =>
    fc.tuple(
      ...owners.map((o) => {
        const b = blanks[o]!;
        const keys = "rows" in b ? b.rows.map((r) => r.cells.key!.text) : [];
        return fc.tuple(fc.constant(o), fc.subarray(keys, { maxLength: Math.min(4, keys.length) }));
      }),
    ),
  )
  .map((picked) => {
    // Distinct actions: a line already picked by an earlier owner is dropped.
    const seen = new Set<string>();
    return picked.map(([o, keys]) => [o, keys.filter((k) => !seen.has(k) && (seen.add(k), true))] as const);
  })
  .chain((picked) => fc.tuple(...picked.map(([o, keys]) => fc.tuple(fc.constant(o), fc.tuple(...keys.map(edit))))));

describe("returns that change different actions", () => {
  test.prop([editsArb, fc.nat()], { numRuns: 100 })(
    "give the same plan, changes and issues in any order",
    (picked, seed) => {
      const returns = picked.map(([o, edits]) => typed(blanks[o]!, edits));
      const first = mergeReturns(kingston, returns, { asOf: "2019-07-15" });
      const shuffled = fc.sample(fc.shuffledSubarray(returns, { minLength: returns.length }), { numRuns: 1, seed })[0]!;
      const second = mergeReturns(kingston, shuffled, { asOf: "2019-07-15" });
      expect(second.plan).toEqual(first.plan);
      expect(second.changes).toEqual(first.changes);
      expect([...second.issues].sort((a, b) => (a.message < b.message ? -1 : 1))).toEqual([...first.issues].sort((a, b) => (a.message < b.message ? -1 : 1)));
      // No line conflicts, and each edit has a comment, so every edited line is applied, once.
      expect(first.issues.filter((i) => i.severity === "error")).toEqual([]);
      const edited = picked.flatMap(([, edits]) => edits.map((e) => e.key));
      expect(first.changes.map((c) => c.key).sort()).toEqual([...new Set(edited)].sort());
      const untouched = (plan: ActionPlan) => plan.actions.filter((a) => !edited.includes(a.id));
      expect(untouched(first.plan)).toEqual(untouched(kingston));
    },
    60_000,
  );
});
