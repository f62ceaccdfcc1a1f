/**
 * The rows below a table's header: section headings, recommendations, actions and their
 * steps, each action's cells read as the plan's fields. Browser-safe.
 */
import { fold } from "../fold.js";
import { matchHeading, type Column } from "./columns.js";
import { issueOf, type Issue } from "../model/issue.js";
import type { Framework } from "../model/vocabulary.js";
import { normaliseRag, normaliseStatus, ragInStatus, splitLeading, statusIsColour, wordingOf, type Wordings } from "../status/index.js";
import { matchTheme, themeById } from "../themes/index.js";
import { parseTimescale } from "../timescale/parse.js";
import { ACTION_NUMBER, actionNumber, type Header } from "./header.js";
import { letteredItems, letteredTargets, numberedLines } from "./lettered.js";
import { wordCount } from "./contents.js";
import { splitOwners } from "./owners.js";
import { applyPeriods, applyUndatedPeriods, type PeriodColumns } from "./periods.js";
import { fractionColumn, readPercent, underWayEither } from "./percent.js";
import { nonEmpty, placeOf, quoteRow, rowText, type PlanPath, type Places, type TableRow } from "./row.js";
import { letters } from "./roles.js";

/** What the body reader needs to know of the table and the plan. */
export interface BodyContext {
  readonly header: Header;
  /** Headings that are no field of the plan, kept as fields of each action. */
  readonly extra: readonly { readonly index: number; readonly name: string }[];
  readonly periods: readonly PeriodColumns[];
  /** Period columns with no date, left to right (none where any period is dated). */
  readonly undatedPeriods: readonly { readonly at: Partial<Record<"status" | "rag" | "comments", number>> }[];
  readonly framework: Framework;
  readonly themesFromHeadings: boolean;
  readonly guarded: boolean;
  readonly wordings: Wordings | undefined;
  readonly places: Places;
  readonly issues: Issue[];
  /** The references the council wrote in the table (its recommendations' and actions'), which generated ids must not take. */
  readonly reservedIds: ReadonlySet<string>;
}

type Fields = Record<string, unknown>;

// Stryker disable Regex: a top-level pattern, never reloaded for a mutant; unanchored by hand (2026-11-24), it made
// test/table-layout.test.ts fail
/** The first words of a row under the table: a key, a legend, a note of who updated it when. */
const TRAILER =
  /^\s*(?:key|legend|rag key|rag rating key|status key|last updated|updated|date updated|updated on|updated by|prepared by|approved by|signed|version|source|notes?)\b\s*[:\-\u2013]?/i;
// Stryker restore Regex

export { splitOwners };

// A top-level pattern, never reloaded for a mutant. test/table-mixed-column.test.ts was checked against 12 changes to
// it made by hand (2026-12-07): 11 fail it; the 12th, without the final $, is the same pattern ([^\n]* already stops
// at the line's end).
/** A line of a recommendation's cell that names its theme: "Theme: Governance and culture", "CPC theme - Capacity for improvement". */
// Stryker disable next-line Regex
const THEME_LINE = /^[ \t]*(?:cpc |peer challenge )?theme[ \t]*[:\-\u2013][ \t]*(\S[^\n]*)$/im;

// A top-level pattern; test/table-mixed-column.test.ts was checked against 9 changes to it made by hand (2026-12-07):
// each fails it.
/** A recommendation's reference as councils write them: "R1", "PCR1", "Rec 3", "REC-4" (no action's dots). */
// Stryker disable next-line Regex
const RECOMMENDATION_REF = /^[a-z]{0,4}r(?:ec)?[\s.-]?\d+$/i;

/** The recommendations and actions the rows below the header hold. */
export function readBody(rows: readonly TableRow[], context: BodyContext): { recommendations: Fields[]; actions: Fields[] } {
  const recommendationRows = actionsUnderRecommendationRows(rows, context);
  const reader = new BodyReader(context, fractionColumn(rows, context.header.columns.get("percentComplete")), recommendationRows, keyLines(rows));
  for (const row of rows) reader.read(row);
  reader.finish();
  const under = [...recommendationRows.recommendations];
  if (under.length > 0) {
    const heading = (context.header.row.cells[context.header.columns.get("recommendation")!] ?? "").trim();
    context.issues.push(
      issueOf({
        code: "column-read",
        path: ["columns"],
        message: `${JSON.stringify(heading)} holds recommendations and actions: a row with a reference and nothing else is a recommendation (${under.length === 1 ? "line" : "lines"} ${under.join(", ")}), and the rows under it with an owner, a target or a status are its actions.`,
        hint: "If it is not so, say which column holds what with the columns option.",
      }),
    );
  }
  return { recommendations: reader.recommendations, actions: reader.actions };
}

/**
 * One column of recommendations and actions ("Recommendation / Action") and no other column
 * of action text: a recommendation on a row of its own (its reference, its text, nothing else)
 * with its actions on the rows below, their reference cells empty or numbered under it ("1.1"
 * under "R1") and an owner, a target or a status beside their text. The rows (by line) that are such recommendations and actions; none
 * where the table has no such recommendation row with an action under it.
 */
function actionsUnderRecommendationRows(rows: readonly TableRow[], context: BodyContext): RecommendationRows {
  const { columns } = context.header;
  const text = columns.get("recommendation");
  const ref = columns.get("actionId") ?? columns.get("recommendationId");
  const found = { recommendations: new Set<number>(), actions: new Set<number>(), alone: new Set<number>() };
  if (columns.has("title") || text === undefined || ref === undefined) return found;
  const others = (row: TableRow) => row.cells.some((c, i) => c.trim() !== "" && i !== text && i !== ref && !context.header.ignored.has(i));
  let recommendation: number | undefined;
  let recommendationRef = "";
  const alone: number[] = [];
  for (const row of rows) {
    const hasText = (row.cells[text] ?? "").trim() !== "";
    const rowRef = (row.cells[ref] ?? "").trim();
    if (rowRef !== "" && hasText && !others(row)) {
      alone.push((recommendation = row.line));
      recommendationRef = rowRef;
    } else if (recommendation !== undefined && (rowRef === "" || isUnder(rowRef, recommendationRef)) && hasText && others(row)) {
      found.recommendations.add(recommendation);
      found.actions.add(row.line);
    } else recommendation = undefined;
  }
  if (found.actions.size > 0) for (const line of alone) if (!found.recommendations.has(line)) found.alone.add(line);
  return found;
}

/**
 * Whether an action's number is under a recommendation's: its numbers start with all of the
 * recommendation's and go on ("1.1" and "1.2.3" under "R1", "Rec 1" or "1"; "1.2" not under "1.1").
 */
function isUnder(actionRef: string, recommendationRef: string): boolean {
  const numbers = (s: string) => s.match(/\d+/g) ?? [];
  const parent = numbers(recommendationRef);
  const child = numbers(actionRef);
  return parent.length > 0 && child.length > parent.length && parent.every((n, i) => Number(n) === Number(child[i]));
}

/**
 * A key under the table with no "Key" line over it: after a blank row, the last rows of the
 * table, two or more, each one cell of text, where every row has a colour swatch (a filled cell
 * with no text) or most of the texts are status or RAG wordings ("Complete", "On track", "More
 * than one month behind"). The rows, by line; none where the table ends otherwise.
 */
function keyLines(rows: readonly TableRow[]): ReadonlySet<number> {
  const none = new Set<number>();
  let last = rows.length - 1;
  while (last >= 0 && !nonEmpty(rows[last]!.cells)) last--;
  const block: TableRow[] = [];
  let parted = false;
  for (let i = last; i >= 0; i--) {
    const row = rows[i]!;
    // A blank row, or a gap in a sheet's row numbers, parts the key from the table.
    if (!nonEmpty(row.cells) || (block[0] !== undefined && block[0].line > row.line + 1)) {
      parted = true;
      break;
    }
    const texts = row.cells.filter((c) => c.trim() !== "");
    if (texts.length !== 1 || ACTION_NUMBER.test(texts[0]!.trim())) return none;
    block.unshift(row);
  }
  if (!parted || block.length < 2) return none;
  const swatch = (row: TableRow) => row.meta?.some((m, c) => m?.fill !== undefined && (row.cells[c] ?? "").trim() === "") === true;
  const worded = block.filter((row) => {
    const text = row.cells.find((c) => c.trim() !== "")!;
    return normaliseStatus(text) !== undefined || normaliseRag(text) !== undefined;
  }).length;
  return block.every(swatch) || worded * 2 > block.length ? new Set(block.map((r) => r.line)) : none;
}

/**
 * The rows, by line, of recommendations on rows of their own, of the actions under them, and
 * (in such a table) of recommendations with no action under them, each its own action.
 */
interface RecommendationRows {
  readonly recommendations: ReadonlySet<number>;
  readonly actions: ReadonlySet<number>;
  readonly alone: ReadonlySet<number>;
}

class BodyReader {
  readonly recommendations: Fields[] = [];
  readonly actions: Fields[] = [];
  readonly #recIndex = new Map<string, number>();
  /** Actions so far under each recommendation (and under none), for numbering those with no number. */
  readonly #numbered = new Map<string | undefined, number>();
  readonly #c: BodyContext;
  #heading: string | undefined;
  #currentRec: { readonly id: string; readonly fields: Fields } | undefined;
  #currentAction: Fields | undefined;
  #belowTable = false;
  #generatedAll = false;

  /** Whether the percentage column's bare numbers are all 1 or under: fractions or small percentages, never read. */
  readonly #fractions: boolean;

  /** Rows (by line) that are actions under a recommendation on a row of its own, their text in the recommendation's column. */
  readonly #underRecommendationRows: RecommendationRows;

  /** The rows (by line) of a key under the table with no "Key" line over it. */
  readonly #keyLines: ReadonlySet<number>;

  constructor(context: BodyContext, fractions: boolean, underRecommendationRows: RecommendationRows, keys: ReadonlySet<number>) {
    this.#c = context;
    this.#fractions = fractions;
    this.#underRecommendationRows = underRecommendationRows;
    this.#keyLines = keys;
  }

  /**
   * The row's percentage complete, on the action or step at `path`: its number, or, for a
   * cell that is none (or could be two), the cell kept as text under its heading and said.
   */
  #percent(row: TableRow, target: Fields, path: PlanPath): void {
    const i = this.#c.header.columns.get("percentComplete");
    if (i === undefined) return;
    const heading = (this.#c.header.row.cells[i] ?? "").trim();
    const read = readPercent(row, i, heading, this.#fractions, path);
    if (read === undefined) return;
    if ("value" in read) target["percentComplete"] = read.value;
    else {
      this.#c.issues.push(read.problem);
      define(target, this.#columnName(i), (row.cells[i] ?? "").trim());
    }
  }

  /** A column's name where it holds no field: its heading, or its letter ("Column D") where it has none. */
  #columnName(i: number): string {
    return (this.#c.header.row.cells[i] ?? "").trim() || `Column ${letters(i)}`;
  }

  /** A cell as written, spaces included; callers test for blanks. */
  #raw(row: TableRow, column: Column): string {
    const i = this.#c.header.columns.get(column);
    return i === undefined ? "" : (row.cells[i] ?? "");
  }

  #cell(row: TableRow, column: Column): string {
    return this.#raw(row, column).trim();
  }

  /** Whether one column gives both the status (its leading words) and the comments (the rest): "Completed. Meeting held in June". */
  #statusLeads(): boolean {
    const i = this.#c.header.columns.get("status");
    return i !== undefined && this.#c.header.columns.get("comments") === i;
  }

  #has(column: Column): boolean {
    return this.#c.header.columns.has(column);
  }

  read(row: TableRow): void {
    if (!nonEmpty(row.cells)) return;
    const { places, issues } = this.#c;
    if (this.#belowTable || this.#isTrailer(row) || this.#keyLines.has(row.line)) {
      // A key, a legend or a "last updated" line under the table: it and what follows are not actions.
      this.#belowTable = true;
      issues.push(
        issueOf({
          code: "row-below-table",
          path: ["rows", row.line],
          message: `${placeOf(row)}: ${JSON.stringify(quoteRow(row.cells))} is below the table (a key, a legend or a note), so it was not read as an action.`,
          hint: "Nothing to do if it is a note; if it is an action, move it above the key.",
        }),
      );
      places.set(["rows", row.line], row.line);
      return;
    }
    // The header again (a table stacked under another, or printed on each page): not a row of the table.
    if (this.#isHeaderAgain(row)) return;
    const actionId = actionNumber(this.#raw(row, "actionId"), this.#c.guarded);
    const title = this.#raw(row, "title");
    const stepId = this.#cell(row, "step");
    if (this.#isSection(row, actionId, title)) {
      this.#sectionUnused();
      this.#heading = row.cells.find((c) => c.trim() !== "")!.trim();
      this.#section = { row, used: false, actionsBefore: this.actions.length };
      // With no recommendation column, a section names what the actions under it answer.
      if (!this.#has("recommendation")) this.#currentRec = { id: this.#newRecommendationId(), fields: this.#sectionRecommendation(row, this.#heading) };
      return;
    }
    // An action under a recommendation on a row of its own, in a table with one column for both.
    const under = this.#underRecommendationRows;
    if (under.actions.has(row.line)) {
      this.#action(row, actionId, this.#raw(row, "recommendation"));
      return;
    }
    if (under.recommendations.has(row.line) || under.alone.has(row.line)) {
      const ref = this.#raw(row, "actionId").trim();
      this.#recommendation(row, RECOMMENDATION_REF.test(ref) ? ref : undefined);
      if (under.alone.has(row.line)) this.#action(row, "", this.#raw(row, "recommendation"));
      return;
    }
    // A council's reference for a recommendation in the number column, on the recommendation's own row ("R1", "PCR2").
    const recRef = this.#recommendationRef(row, actionId, title);
    const defined = this.#recommendation(row, recRef);
    if (stepId !== "") this.#step(row, stepId, title);
    // With no column of action text, a row that gives a recommendation is its own action, in its words.
    else if (this.#noTitleColumn() && defined) this.#action(row, actionId, this.#raw(row, "recommendation"));
    else if ((actionId !== "" && recRef === undefined) || title.trim() !== "") this.#action(row, actionId, title);
    else if (recRef !== undefined && this.#otherCells(row).length > 0) this.#action(row, actionId, title);
    else if (!defined || this.#otherCells(row).length > 0) this.#leftOver(row, defined);
  }

  /** A section row read as a recommendation (the table has no recommendation column), said once. */
  #sectionRecommendation(row: TableRow, text: string): Fields {
    this.#noRecommendationColumn("each section row is read as the recommendation its actions answer");
    const id = this.#newRecommendationId();
    const rec = this.#defineRecommendation(row, id, text);
    return rec;
  }

  /** An action with no recommendation in a table with none: one of its own words, said once. */
  #ownRecommendation(row: TableRow, title: string): void {
    this.#noRecommendationColumn("an action with no section above it answers a recommendation of its own words");
    const id = this.#newRecommendationId();
    this.#currentRec = { id, fields: this.#defineRecommendation(row, id, title.trim() !== "" ? title : rowText(row.cells)) };
    // The next action under no section gets its own too.
    this.#ownPending = true;
  }

  #ownPending = false;
  #saidNoRecommendation = false;

  #noRecommendationColumn(what: string): void {
    if (this.#saidNoRecommendation) return;
    this.#saidNoRecommendation = true;
    this.#c.issues.push(
      issueOf({
        code: "column-read",
        path: ["columns"],
        message: `The table has no column of recommendations: ${what}.`,
        hint: "Add a Recommendation column, or say which column holds them with the columns option.",
      }),
    );
  }

  /** A row repeating the header: two or more of its cells are the header's own headings, in their columns, and none is other text. */
  #isHeaderAgain(row: TableRow): boolean {
    const heads = this.#c.header.row.cells;
    // A header again has a cell written as its heading is: a row with none costs no more.
    if (!row.cells.some((c, i) => c !== "" && c.trim() === (heads[i] ?? "").trim())) return false;
    let same = 0;
    for (let i = 0; i < row.cells.length; i++) {
      const c = row.cells[i]!.trim();
      if (c === "") continue;
      // A heading is short: a row with a long cell is no header.
      if (c.length > 60) return false;
      // As written, or another name of the same field ("No." under "Ref"); text that names no field is a row's.
      if (fold(c) !== fold(heads[i] ?? "")) {
        const field = this.#fieldNamed(c);
        if (field === undefined || field !== this.#fieldNamed(heads[i] ?? "")) return false;
      }
      same++;
    }
    return same >= 2;
  }

  /** Headings' fields, read once each: a header repeated in a long table asks for the same few. */
  readonly #headingCache = new Map<string, Column | undefined>();

  #fieldNamed(cell: string): Column | undefined {
    if (this.#headingCache.has(cell)) return this.#headingCache.get(cell);
    const column = matchHeading(cell)?.column;
    // Bounded: the distinct short cells of a table, kept only while there are few.
    if (this.#headingCache.size < 1000) this.#headingCache.set(cell, column);
    return column;
  }

  /** The table has recommendations but no column of action text: each recommendation is its own action. */
  #noTitleColumn(): boolean {
    return !this.#has("title") && this.#has("recommendation");
  }

  /**
   * A reference in the number column on a row that gives a recommendation and no action
   * text: the recommendation's own ("R1" over its actions' rows), kept as its id.
   */
  #recommendationRef(row: TableRow, actionId: string, title: string): string | undefined {
    if (actionId === "" || this.#has("recommendationId")) return undefined;
    // "R1", "PCR1", "Rec 3" beside a new recommendation's text: the recommendation's reference, and its action's.
    const text = this.#raw(row, "recommendation");
    if (RECOMMENDATION_REF.test(actionId) && text.trim() !== "" && this.#currentRec?.fields["title"] !== text) return actionId;
    if (title.trim() !== "" || this.#noTitleColumn()) return undefined;
    // A row with an owner, a target or a status is an action with no text (Kingston's activity 19).
    if (this.#raw(row, "recommendation").trim() === "" || this.#otherCells(row).length > 0) return undefined;
    return actionId;
  }

  /** A row's filled cells outside the recommendation's and the number's: what an action would hold. */
  #otherCells(row: TableRow): number[] {
    const skip = new Set([
      this.#c.header.columns.get("recommendation"),
      this.#c.header.columns.get("recommendationId"),
      this.#c.header.columns.get("actionId"),
      this.#c.header.columns.get("heading"),
      this.#c.header.columns.get("themes"),
    ]);
    return row.cells.flatMap((c, i) => (c.trim() !== "" && !skip.has(i) && !this.#c.header.ignored.has(i) ? [i] : []));
  }

  /**
   * A row with no action number or text: under an action, its cells are that action's too
   * (a target, a status or a comment on a line of its own, as a PDF's text or an appended
   * row gives them), said; anywhere else it is reported with every cell, never dropped.
   */
  #leftOver(row: TableRow, defined: boolean): void {
    const { issues, places } = this.#c;
    const action = this.#currentAction;
    const cells = this.#otherCells(row);
    if (action !== undefined && cells.length > 0 && !defined) {
      const added: string[] = [];
      for (const i of cells) {
        const v = row.cells[i]!.trim();
        const field = this.#fieldAt(i);
        // A column that is no field and no extra one (a dated period's): under its heading, or its letter.
        const key = field ?? this.#c.extra.find((e) => e.index === i)?.name ?? this.#columnName(i);
        const before = action[key];
        if (field === "percentComplete" && before === undefined) this.#percent(row, action, ["actions", this.actions.length - 1, "percentComplete"]);
        else if (field === "percentComplete") define(action, this.#columnName(i), v);
        else if (field === "owners") action["owners"] = [...((before as string[] | undefined) ?? []), ...splitOwners(v)];
        else if (typeof before === "string" && before.trim() !== "") define(action, key, `${before}\n${v}`);
        else if (field === "status" || field === "rag") fill(action, (c) => (c === field ? v : ""), [field], this.#c.wordings);
        else define(action, key, v);
        added.push(`${key} ${JSON.stringify(v)}`);
      }
      issues.push(
        issueOf({
          code: "continued-row",
          path: ["actions", this.actions.length - 1],
          message: `${placeOf(row)} has no action number or text, so its cells were added to action ${String(action["id"])} above it: ${added.join(", ")}.`,
          hint: "If it is an action of its own, give it its number or text.",
          value: row.cells.filter((c) => c.trim() !== ""),
        }),
      );
      return;
    }
    issues.push(
      issueOf({
        code: "row-not-read",
        path: ["rows", row.line],
        message: `${placeOf(row)}: ${JSON.stringify(rowText(row.cells))} is no action, recommendation, step or section the reader can tell, so it is not in the plan.`,
        hint: "Give it an action number and text, or a recommendation, or move it below the table if it is a note.",
        value: row.cells.filter((c) => c.trim() !== ""),
      }),
    );
    places.set(["rows", row.line], row.line);
  }

  /** The field a column holds, if it holds one. */
  #fieldAt(index: number): Column | undefined {
    for (const [column, i] of this.#c.header.columns) if (i === index) return column;
    return undefined;
  }

  /** A key, a legend or a note under the table; a row with a recommendation id or an action number is part of the table. */
  #isTrailer(row: TableRow): boolean {
    const numbered = ACTION_NUMBER.test(this.#cell(row, "actionId")) || this.#cell(row, "recommendationId") !== "";
    return !numbered && TRAILER.test(row.cells.find((c) => c.trim() !== "")!);
  }

  /**
   * A section row: text in the first column and nowhere else, or one cell merged across the
   * table, in a table with no heading or recommendation-id column. Where the first column holds action numbers ("Ref", "No."),
   * text that is no number there is a section too ("Theme 2"); a number alone is an action.
   */
  #isSection(row: TableRow, actionId: string, title: string): boolean {
    if (this.#has("heading") || this.#has("recommendationId")) return false;
    const filled = row.cells.flatMap((c, i) => (c.trim() !== "" ? [i] : []));
    const first = filled.length === 1 && filled[0] === this.#c.header.firstColumn && !ACTION_NUMBER.test(actionId);
    // One cell merged across the table is a heading even where its text falls in the action's column.
    return first && (row.across === true || title.trim() === "");
  }

  /**
   * The row's recommendation, where it gives one: the same text as the current one's on each
   * of its actions' rows is the same one. True when the row gives one.
   */
  #recommendation(row: TableRow, ref: string | undefined): boolean {
    const text = this.#raw(row, "recommendation");
    const id = ref ?? this.#cell(row, "recommendationId");
    if (id === "" && text.trim() === "") return false;
    if (id === "" && this.#currentRec?.fields["title"] === text) return true;
    const recId = id !== "" ? id : this.#newRecommendationId();
    this.#currentRec = { id: recId, fields: this.#defineRecommendation(row, recId, text) };
    return true;
  }

  /** `R` and the next number, past any the council's own references already use. */
  #newRecommendationId(): string {
    let n = this.recommendations.length + 1;
    while (this.#recIndex.has(`R${n}`) || this.#c.reservedIds.has(`R${n}`)) n++;
    return `R${n}`;
  }

  /** The section row above, and whether a recommendation has taken its heading. */
  #section: { readonly row: TableRow; used: boolean; readonly actionsBefore: number } | undefined;

  /** A section row with no recommendation under it: its heading is in no part of the plan, so it is said. */
  #sectionUnused(): void {
    const s = this.#section;
    if (s === undefined || s.used) return;
    this.#section = undefined;
    // Actions under it that carry on the recommendation above: the heading changes inside one recommendation.
    const carried = this.actions.slice(s.actionsBefore);
    const rec = carried[0]?.["recommendation"];
    this.#c.issues.push(
      issueOf({
        code: "row-not-read",
        path: ["rows", s.row.line],
        message:
          carried.length > 0 && typeof rec === "string" && rec !== ""
            ? `${placeOf(s.row)}: the section heading ${JSON.stringify(rowText(s.row.cells))} comes inside recommendation ${rec}, whose actions ${carried.map((a) => String(a["id"])).join(", ")} below it carry on; a recommendation has one heading, so it keeps its first and this one is in no part of the plan.`
            : `${placeOf(s.row)}: the section heading ${JSON.stringify(rowText(s.row.cells))} has no recommendation under it, so it is in no part of the plan.`,
        hint: "Nothing to do if it is a note; otherwise put its recommendations under it.",
        value: s.row.cells.filter((c) => c.trim() !== ""),
      }),
    );
    this.#c.places.set(["rows", s.row.line], s.row.line);
  }

  /** At the end of the table: a last section with nothing under it is said. */
  finish(): void {
    this.#sectionUnused();
  }

  #defineRecommendation(row: TableRow, id: string, title: string): Fields {
    let i = this.#recIndex.get(id);
    if (i === undefined) {
      i = this.recommendations.length;
      this.#recIndex.set(id, i);
      this.recommendations.push({ id });
      this.#c.places.set(["recommendations", i], row.line);
    }
    const rec = this.recommendations[i]!;
    if (title.trim() !== "" && rec["title"] === undefined) rec["title"] = title;
    else if (title.trim() !== "" && rec["title"] !== title) {
      // The same reference with other words: the first are the recommendation's; these are said, not dropped.
      this.#c.issues.push(
        issueOf({
          code: "row-not-read",
          path: ["rows", row.line],
          message: `${placeOf(row)}: recommendation ${id} is given again with other words, ${JSON.stringify(title.trim())}; its first words are kept.`,
          hint: "Give each recommendation its own reference, or the same words each time.",
          value: title,
        }),
      );
    }
    const heading = this.#has("heading") ? this.#raw(row, "heading") : this.#heading;
    if (heading !== undefined && heading.trim() !== "" && rec["heading"] === undefined) {
      rec["heading"] = heading;
      if (!this.#has("heading") && this.#section !== undefined) this.#section.used = true;
    }
    if (rec["themes"] !== undefined) return rec;
    const themes = this.#cell(row, "themes");
    if (themes !== "") rec["themes"] = themesOf(themes, this.#c.framework);
    else if (!this.#has("themes") && this.#c.themesFromHeadings && heading !== undefined && heading.trim() !== "") {
      const m = matchTheme(heading, { framework: this.#c.framework });
      if (m.kind === "match") rec["themes"] = [m.theme.id];
    }
    // "Theme: Governance and culture" on a line of the recommendation's own cell (a Word cell of several paragraphs).
    const named = this.#has("themes") || typeof rec["title"] !== "string" ? null : THEME_LINE.exec(rec["title"]);
    if (rec["themes"] === undefined && named !== null) {
      const m = matchTheme(named[1]!, { framework: this.#c.framework });
      if (m.kind === "match") rec["themes"] = [m.theme.id];
    }
    return rec;
  }

  #step(row: TableRow, stepId: string, text: string): void {
    const { places, issues } = this.#c;
    const action = this.#currentAction;
    if (action === undefined) {
      issues.push(
        issueOf({
          code: "orphan-step",
          path: ["rows", row.line],
          message: `${placeOf(row)}: step ${JSON.stringify(stepId)} comes before any action.`,
        }),
      );
      places.set(["rows", row.line], row.line);
      return;
    }
    const steps = (action["steps"] ??= []) as Fields[];
    const step: Fields = { id: stepId, text };
    fill(step, (column) => this.#raw(row, column), ["timescale", "due", "status", "rag"], this.#c.wordings);
    this.#percent(row, step, ["actions", this.actions.length - 1, "steps", steps.length, "percentComplete"]);
    dueColumn(step);
    places.set(["actions", this.actions.length - 1, "steps", steps.length], row.line);
    steps.push(step);
  }

  #action(row: TableRow, written: string, title: string): void {
    const { places } = this.#c;
    // With no recommendation column and no section above, an action answers a recommendation of its own words.
    if (this.#currentRec === undefined && !this.#has("recommendation") && !this.#has("recommendationId")) this.#ownRecommendation(row, title);
    const id = written !== "" ? written : this.#numberFor(row);
    const rec = this.#currentRec?.id;
    this.#numbered.set(rec, (this.#numbered.get(rec) ?? 0) + 1);
    const action: Fields = { id, recommendation: rec ?? "", title };
    const owners = splitOwners(this.#cell(row, "owners"));
    if (owners.length > 0) action["owners"] = owners;
    fill(action, (column) => this.#raw(row, column), ["timescale", "due", "status", "rag", "comments"], this.#c.wordings, this.#statusLeads());
    this.#percent(row, action, ["actions", this.actions.length, "percentComplete"]);
    applyPeriods(action, row.cells, this.#c.periods, this.#c.wordings);
    applyUndatedPeriods(action, row.cells, this.#c.undatedPeriods, this.#c.wordings);
    const dueText = action["due"];
    dueColumn(action);
    revisedTarget(action, this.#cell(row, "revisedTimescale"), dueText);
    if (!this.#has("status")) this.#statusFromRag(row, action);
    if (!this.#has("status")) this.#statusFromUnclearPercent(row, action);
    this.#updates(row, action);
    this.#letteredSteps(row, action, title);
    for (const extra of this.#c.extra) {
      const v = row.cells[extra.index] ?? "";
      if (v.trim() !== "" && !Object.prototype.hasOwnProperty.call(action, extra.name)) define(action, extra.name, v);
    }
    places.set(["actions", this.actions.length], row.line);
    this.actions.push(action);
    this.#currentAction = action;
    if (this.#ownPending) {
      this.#ownPending = false;
      this.#currentRec = undefined;
    }
  }

  /**
   * Lettered actions in one cell ("a. Publish the report b. Report quarterly"), with their
   * dates lettered beside them ("a. July 2025 b. October 2025 onwards"): the action's steps,
   * each with its own target; the action keeps its cells as written. Not where the table
   * has a Step column, whose rows are the steps.
   */
  #letteredSteps(row: TableRow, action: Fields, title: string): void {
    if (this.#has("step")) return;
    const lettered = letteredItems(title.trim());
    // "1. Hold member workshops\n2. Publish the plan", one a line: numbered steps, their targets
    // numbered beside them ("1. June 2025\n2. September 2025") where they are.
    const numbered = lettered.length === 0 ? numberedLines(title) : [];
    const items = numbered.length > 0 ? numbered : lettered;
    const targetCell = this.#cell(row, "timescale");
    const targets = numbered.length > 0 ? new Map(numberedLines(targetCell).map((t) => [t.letters[0]!, t.text])) : letteredTargets(targetCell);
    // One lettered item is a step where its target is lettered too ("a. Autumn 2025").
    if (items.length === 0 || (items.length === 1 && items[0]!.letters.length === 1 && targets.size === 0)) return;
    action["steps"] = items.flatMap((item) =>
      item.letters.map((letter) => {
        const step: Fields = { id: letter, text: item.text };
        const target = targets.get(letter);
        if (target !== undefined && target !== "") step["timescale"] = target;
        return step;
      }),
    );
  }

  /**
   * A number for an action with none: the third action of recommendation 2 is 2.3, and of
   * the actions before any recommendation, 0.3 (reported).
   */
  #numberFor(row: TableRow): string {
    const rec = this.#currentRec?.id;
    const n = (this.#numbered.get(rec) ?? 0) + 1;
    const recNumber = rec === undefined ? 0 : this.#recIndex.get(rec)! + 1;
    const id = `${recNumber}.${n}`;
    if (!this.#has("actionId")) {
      if (!this.#generatedAll) {
        this.#generatedAll = true;
        this.#c.issues.push(
          issueOf({
            code: "generated-id",
            path: ["actions"],
            message: `The table has no column of action numbers, so the actions are numbered by recommendation (${id}, ...).`,
            hint: 'Add an "Action No" column to keep the numbers the plan publishes.',
          }),
        );
      }
    } else {
      this.#c.issues.push(
        issueOf({
          code: "generated-id",
          path: ["actions", this.actions.length, "id"],
          message: `${placeOf(row)}: the action has no number, so it is numbered ${id} (action ${n} of recommendation ${rec ?? "(none)"}).`,
          hint: "Give it the number the plan publishes.",
        }),
      );
    }
    return id;
  }

  /**
   * A RAG-only tracker (no Status column): Blue or "Complete" says the action is complete;
   * a status word in the RAG column is its status (reported). Where there is a Status
   * column, an empty status stays empty.
   */
  #statusFromRag(row: TableRow, action: Fields): void {
    if (action["status"] !== undefined || typeof action["rag"] !== "string") return;
    // As written in the RAG column, or as read from a period's column.
    const ragText = this.#cell(row, "rag") || action["rag"];
    const asRag = normaliseRag(ragText);
    const asStatus = asRag === undefined ? normaliseStatus(ragText) : asRag === "blue" ? "complete" : undefined;
    if (asStatus === undefined) return;
    action["status"] = asStatus;
    if (asRag === undefined) delete action["rag"];
    this.#c.issues.push(
      issueOf({
        code: "status-from-rag",
        path: ["actions", this.actions.length, "status"],
        message: `${placeOf(row)}: the table has no Status column, and the action's RAG ${JSON.stringify(ragText)} says it is ${asStatus}: it is read so.`,
        hint: "Give the status in a Status column if the RAG means something else.",
      }),
    );
  }

  /**
   * A tracker with no Status column whose percentage cell is unclear ("0.75": 0.75 % or 75 %)
   * and no RAG: the action is under way whichever it means, so it is read as in progress,
   * said; the percentage itself stays unread.
   */
  #statusFromUnclearPercent(row: TableRow, action: Fields): void {
    const i = this.#c.header.columns.get("percentComplete");
    if (i === undefined || action["status"] !== undefined || action["rag"] !== undefined || action["percentComplete"] !== undefined) return;
    const cell = (row.cells[i] ?? "").trim();
    if (!underWayEither(cell)) return;
    action["status"] = "in-progress";
    const heading = (this.#c.header.row.cells[i] ?? "").trim();
    this.#c.issues.push(
      issueOf({
        code: "status-from-progress",
        path: ["actions", this.actions.length, "status"],
        message: `${placeOf(row)}: the table has no Status column, and the action's ${heading === "" ? "percentage" : JSON.stringify(heading)} ${JSON.stringify(cell)} is above 0 and under 100 % whichever it means (${cell} % or ${String(Number((Number(cell) * 100).toPrecision(12)))} %): it is read as in progress.`,
        hint: 'Write the percentage with its sign ("75%"), or give the status in a Status column.',
        value: cell,
      }),
    );
  }

  /** An Updates cell: a JSON list of updates, before any read from period columns. */
  #updates(row: TableRow, action: Fields): void {
    const updates = this.#cell(row, "updates");
    if (updates === "") return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(updates);
    } catch {
      this.#c.issues.push(
        issueOf({
          code: "invalid-value",
          path: ["actions", this.actions.length, "updates"],
          message: `${placeOf(row)}: the Updates cell is not a JSON list of updates.`,
          hint: 'Write e.g. [{"date": "2024-06-01", "status": "in-progress"}].',
        }),
      );
      return;
    }
    const fromPeriods = action["updates"];
    action["updates"] = Array.isArray(fromPeriods) && Array.isArray(parsed) ? [...(parsed as unknown[]), ...(fromPeriods as unknown[])] : parsed;
  }
}

/** A themes cell: ids as they are, names matched to the framework's themes, anything else kept as written. */
export function themesOf(cell: string, framework: Framework): string[] {
  return cell
    .split(/[;,\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== "")
    .map((t) => {
      if (themeById(t)) return t;
      const m = matchTheme(t, { framework });
      return m.kind === "match" ? m.theme.id : t;
    });
}

/** A date in a Due column is read day first (01/04/2024 is 1 April); a month or period there is a target. */
export function dueColumn(action: Fields): void {
  const due = action["due"];
  if (typeof due !== "string") return;
  const t = parseTimescale(due);
  if (t.kind === "date" && t.start === t.due) action["due"] = t.due;
  else if (action["timescale"] === undefined) {
    delete action["due"];
    action["timescale"] = due;
  }
}

/**
 * A revised target replaces the original, which is kept in the text ("March 2025
 * (originally June 2025)"): the target as written, in the target or the due column; a due
 * date would override the revised target, so it goes into the text.
 */
export function revisedTarget(action: Fields, revised: string, dueText: unknown): void {
  if (revised === "") return;
  const target = action["timescale"];
  const original = (typeof target === "string" ? target : typeof dueText === "string" ? dueText : "").trim();
  delete action["due"];
  action["timescale"] = original !== "" && original !== revised ? `${revised} (originally ${original})` : revised;
}

/**
 * A cell of a column that leads with the status: the leading words as the status (a wording
 * the reader does not know is kept as written, and reported as an unrecognised status), the
 * rest as the comments. A cell with no leading words of a status keeps all its text as the
 * comments and gives no status, unless the whole cell is a status ("Completed").
 */
function leadOf(text: string, wordings: Wordings | undefined): { status: string; comments: string } {
  if (text.trim() === "") return { status: "", comments: text };
  const split = splitLeading(text);
  if (split !== undefined) return { status: split.wording, comments: split.rest };
  const whole = wordingOf(wordings, text)?.status ?? normaliseStatus(text);
  return whole !== undefined && wordCount(text) <= 5 ? { status: text, comments: "" } : { status: "", comments: text };
}

/** Sets a field named by the table (any heading, "__proto__" included) as a plain own property. */
export function define(object: Fields, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Reads a row's timescale, due, status, RAG and comments. A council's own word may say
 * both ("Behind schedule" is in progress and red): what the other column says itself comes
 * first; a word that means only the other thing ("Purple" in the RAG column meaning on
 * hold) gives that, and nothing here.
 */
export function fill(
  target: Fields,
  cell: (column: Column) => string,
  fields: readonly ("timescale" | "due" | "status" | "rag" | "comments")[],
  wordings: Wordings | undefined,
  statusLeads = false,
): void {
  let ragFromStatus: string | undefined;
  let statusFromRag: string | undefined;
  // One column of "Completed. Meeting held in June": its leading words are the status, the rest the comments.
  const led = statusLeads && fields.includes("status") && fields.includes("comments") ? leadOf(cell("status"), wordings) : undefined;
  for (const field of fields) {
    const v = led === undefined ? cell(field) : field === "status" ? led.status : field === "comments" ? led.comments : cell(field);
    // An empty cell is no value; a cell of spaces is kept for text, not for codes and dates.
    if (v === "" || (v.trim() === "" && (field === "status" || field === "rag" || field === "due"))) continue;
    if (field === "status") {
      const own = wordingOf(wordings, v);
      // A colour written in the status ("Green - on track", "On track (green)") is the council's RAG; a
      // status cell that is only a colour ("Amber") gives the RAG and no status.
      const onlyColour = own === undefined && statusIsColour(v) !== undefined;
      if ((own === undefined || own.status !== undefined) && !onlyColour) target[field] = own?.status ?? normaliseStatus(v) ?? v.trim();
      // "Behind schedule", "Delayed": under way, and late by the council's own word, so never a derived green.
      ragFromStatus = own !== undefined ? own.rag : ragInStatus(v);
    } else if (field === "rag") {
      const own = wordingOf(wordings, v);
      if (own === undefined || own.rag !== undefined) target[field] = own?.rag ?? normaliseRag(v) ?? v.trim();
      statusFromRag = own?.status;
    } else if (field === "due") target[field] = v.trim();
    else target[field] = v;
  }
  if (ragFromStatus !== undefined && target["rag"] === undefined) target["rag"] = ragFromStatus;
  if (statusFromRag !== undefined && target["status"] === undefined) target["status"] = statusFromRag;
}
