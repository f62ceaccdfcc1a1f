/**
 * What `cpc stats` says about one plan, in words: its tables (status, RAG, the rollup, or
 * the progress-review headline) and the notes under them, worked out once. The command
 * only lays them out, as aligned text, Markdown or CSV; the tables' statuses, RAG columns
 * and notes are the reports' (`words.ts`, `model.ts`), so the terminal and the reports agree.
 *
 * @internal
 * @module
 */
import type { Action } from "../model/types.js";
import type { ProgressHeadline } from "../progress/headline.js";
import { equalCountsNote } from "../statistics/percentages.js";
import type { Rollup, RollupBy } from "../statistics/rollup.js";
import { figureNotes, rollupFigures, tableNotes } from "./model.js";
import { cancelledLeftOut, HEADLINE_PARTS, SHOWN_STATUSES, shownRags } from "./words.js";

/** A table for the terminal, Markdown or CSV: plain cells, and the columns to right-align. */
export interface FigureTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  readonly numeric: readonly number[];
}

/** `cpc stats`'s view of a plan: the notes, then the status, RAG and rollup tables. */
export interface StatsFigures {
  /** What the figures are and what they leave out, a sentence each. */
  readonly notes: readonly string[];
  /** Statuses by their keys ("not-started"), every one but cancelled. */
  readonly status: FigureTable;
  /** RAG ratings by their keys, blue only in a BRAG scheme. */
  readonly rag: FigureTable;
  /** The rollup: a row a group and the total. */
  readonly rollup: FigureTable;
  /** The rollup's heading: "By theme". */
  readonly rollupHeading: string;
}

/**
 * The figures `cpc stats` prints for one plan.
 *
 * @param rollup - The plan's rollup (its total is the plan's status and RAG summary).
 * @param by - What it is grouped by.
 * @param actions - The plan's actions, for the notes that name them.
 * @param asOf - The date the figures are as of.
 * @returns The notes and tables.
 */
export function statsFigures(rollup: Rollup, by: RollupBy, actions: readonly Action[], asOf: string): StatsFigures {
  const { status, rag, overdue } = rollup.total;
  const groups = [...rollup.groups, rollup.total];
  const figures = rollupFigures(groups, rag.scheme);
  return {
    notes: [
      `${status.total} actions${cancelledLeftOut(status.excluded)}, ${overdue} overdue, as of ${asOf}.`,
      ...figureNotes(status, actions),
      ...tableNotes(status, rag),
      ...(rag.derived ? [`${rag.derived} of ${rag.total} RAG ratings were derived from status and target date.`] : []),
    ],
    status: { head: ["status", "actions", "%"], rows: SHOWN_STATUSES.map((s) => [s, status.counts[s], status.percentages[s]]), numeric: [1, 2] },
    rag: { head: ["RAG", "actions", "%"], rows: shownRags(rag.scheme).map((x) => [x, rag.counts[x], rag.percentages[x]]), numeric: [1, 2] },
    rollup: {
      head: [by, ...figures.head.map((h) => h.toLowerCase())],
      rows: groups.map((g, i) => [g.title, ...figures.rows[i]!]),
      numeric: figures.head.map((_, i) => i + 1),
    },
    rollupHeading: `By ${by}`,
  };
}

/** `cpc stats --headline`'s view of a plan: the headline as a table, and the notes under it. */
export interface HeadlineFigures {
  readonly table: FigureTable;
  readonly notes: readonly string[];
}

/**
 * The progress-review headline as `cpc stats --headline` prints it.
 *
 * @param h - The plan's headline.
 * @param actions - The plan's actions, for the notes that name them.
 * @param asOf - The date the figures are as of.
 * @returns The table and notes.
 */
export function headlineFigures(h: ProgressHeadline, actions: readonly Action[], asOf: string): HeadlineFigures {
  const counts = Object.fromEntries(HEADLINE_PARTS.map((p) => [p.key, h[p.field].count]));
  const percents = Object.fromEntries(HEADLINE_PARTS.map((p) => [p.key, h[p.field].percent]));
  const words = Object.fromEntries(HEADLINE_PARTS.map((p) => [p.key, p.words]));
  return {
    table: { head: ["", "actions", "%"], rows: HEADLINE_PARTS.map((p) => [p.words, h[p.field].count, h[p.field].percent]), numeric: [1, 2] },
    notes: [
      `${h.total} actions as of ${asOf}${cancelledLeftOut(h.excluded)}.`,
      ...figureNotes({ ...h, noStatus: h.from.none }, actions),
      ...(h.overdueInProgress ? [`${h.overdueInProgress} under way but overdue count as not yet progressed.`] : []),
      ...[equalCountsNote(counts, percents, (k) => words[k]!)].filter((n): n is string => n !== undefined),
    ],
  };
}
