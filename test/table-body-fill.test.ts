/**
 * The table body's cell readers, case by case (issue 32 item 7: src/table/body.ts's mutation
 * score): `fill` (a row's timescale, due date, status, RAG and comments), a status column that
 * leads its comments ("Completed. Meeting held in June"), and `themesOf` (a themes cell). Each
 * expected value is worked by hand from the rules in the code's comments and docs/xlsx.md: a
 * status wording's canonical status (src/status: "Completed" is complete, "In progress" is
 * in-progress), a colour alone in the status column is the RAG, a council's own wordings first.
 */
import { describe, expect, it } from "vitest";
import { fill, themesOf } from "../src/table/body.js";
import type { Wordings } from "../src/status/index.js";

type Field = "timescale" | "due" | "status" | "rag" | "comments";

/** `fill` on one row whose cells are given by field; an unnamed field's cell is empty. */
function filled(cells: Partial<Record<Field, string>>, fields: readonly Field[], wordings?: Wordings, statusLeads?: boolean): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  const cell = (column: string) => cells[column as Field] ?? "";
  if (statusLeads === undefined) fill(target, cell, fields, wordings);
  else fill(target, cell, fields, wordings, statusLeads);
  return target;
}

const BOTH: readonly Field[] = ["status", "comments"];

describe("a status column that also holds the comments (statusLeads)", () => {
  it.each<[string, Record<string, unknown>]>([
    // The leading words before the full stop are the status ("Completed": complete), the rest the comments.
    ["Completed. Meeting held in June", { status: "complete", comments: "Meeting held in June" }],
    // A cell that is a status and nothing else: the status, no comments.
    ["Completed", { status: "complete" }],
    // Words with no break and no status: all of it the comments.
    ["Meeting held in June", { comments: "Meeting held in June" }],
    // Spaces only: kept as text in the comments (a cell of spaces is kept for text), no status.
    ["   ", { comments: "   " }],
  ])("%j", (cell, expected) => {
    expect(filled({ status: cell }, BOTH, undefined, true)).toStrictEqual(expected);
  });

  it("reads the leading words only when asked: by default the status and comments columns are each their own", () => {
    // Status "Completed" is complete; the comments column's "Chased in July" is the comments. Led by the status
    // column, the comments would be the status cell's rest (none) and the comments column unread.
    const cells = { status: "Completed", comments: "Chased in July" };
    expect(filled(cells, BOTH)).toStrictEqual({ status: "complete", comments: "Chased in July" });
    expect(filled(cells, BOTH, undefined, false)).toStrictEqual({ status: "complete", comments: "Chased in July" });
    expect(filled(cells, BOTH, undefined, true)).toStrictEqual({ status: "complete" });
  });

  it("a whole cell of the council's own wording is the status up to five words; a longer one is the comments", () => {
    const wordings: Wordings = {
      "the work is now done": { status: "complete" },
      "all of the work is now done": { status: "complete" },
    };
    // Five words: the status, as written, read through the council's wording (complete).
    expect(filled({ status: "the work is now done" }, BOTH, wordings, true)).toStrictEqual({ status: "complete" });
    // Seven words: too long to be a status, so the comments.
    expect(filled({ status: "all of the work is now done" }, BOTH, wordings, true)).toStrictEqual({ comments: "all of the work is now done" });
    // A status the council's wordings do not name is read by the reader's own ("Completed": complete).
    expect(filled({ status: "Completed" }, BOTH, wordings, true)).toStrictEqual({ status: "complete" });
  });
});

describe("fill: status, RAG and due", () => {
  it("a colour alone in the status column is the RAG, and no status", () => {
    // "Amber" says nothing of the status: RAG amber.
    expect(filled({ status: "Amber" }, ["status", "rag"])).toStrictEqual({ rag: "amber" });
  });

  it("a colour the council's wordings give a status is that status", () => {
    // The council says "Amber" means in progress (and gives no RAG): status in-progress, no RAG.
    const wordings: Wordings = { Amber: { status: "in-progress" } };
    expect(filled({ status: "Amber" }, ["status", "rag"], wordings)).toStrictEqual({ status: "in-progress" });
  });

  it("a due date is trimmed; a timescale is kept as written", () => {
    expect(filled({ due: " 31/03/2025 ", timescale: " March 2025 " }, ["timescale", "due"])).toStrictEqual({
      timescale: " March 2025 ",
      due: "31/03/2025",
    });
  });

  it("the status a RAG wording gives is used only where the status column gives none", () => {
    // The council's "Done (blue)" in the RAG column is RAG blue and status complete.
    const wordings: Wordings = { "Done (blue)": { rag: "blue", status: "complete" } };
    // With "In progress" in the status column, that is the status (in-progress); the RAG stays blue.
    expect(filled({ status: "In progress", rag: "Done (blue)" }, ["status", "rag"], wordings)).toStrictEqual({ status: "in-progress", rag: "blue" });
    // With none, the RAG's wording gives it: complete.
    expect(filled({ rag: "Done (blue)" }, ["status", "rag"], wordings)).toStrictEqual({ rag: "blue", status: "complete" });
  });
});

describe("themesOf: a themes cell", () => {
  it("keeps an id as it is, even one of the other framework", () => {
    // "capacity-to-deliver" is the previous framework's fifth theme: an id, kept, though the current framework is asked for.
    expect(themesOf("capacity-to-deliver", "current")).toStrictEqual(["capacity-to-deliver"]);
  });

  it("matches a name in the framework asked for", () => {
    // "Financial planning" is in both frameworks' fourth theme ("Financial planning and management" now,
    // "... and viability" before): the framework asked for decides.
    expect(themesOf("Financial planning", "previous")).toStrictEqual(["financial-planning-and-viability"]);
    expect(themesOf("Financial planning", "current")).toStrictEqual(["financial-planning-and-management"]);
  });
});
