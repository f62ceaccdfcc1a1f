/**
 * A file the officer picked, read in the browser by the library's one reader
 * (peer-challenge/read): the plan, and every issue with its place in words ("Action Plan,
 * row 6", "Table 1, row 3", "Line 12"), its hint naming the page's own controls.
 */
import type { ActionPlan, Issue, IssueAt } from "../../src/index.js";
import { readPlan, type ReadPlanOptions, type ReadSource } from "../../src/read/index.js";

/** An issue with where it is, in words. */
export interface PlacedIssue extends Issue {
  readonly place: string | undefined;
}

/** A file read: its plan where it is usable, its issues, and what was read. */
export interface Loaded {
  readonly name: string;
  readonly format: string;
  readonly plan: ActionPlan | undefined;
  readonly issues: readonly PlacedIssue[];
  readonly source: ReadSource;
}

/** The formats the page reads, by extension. */
export const FORMATS = [".xlsx", ".docx", ".csv", ".tsv", ".txt", ".json", ".yaml", ".yml"] as const;

/** What the page's reading options give, besides the file. */
export type PageReadOptions = Pick<ReadPlanOptions, "council" | "cpcStart" | "sheet" | "columns" | "wordings">;

/** Reads a file's bytes and validates the plan, as `cpc validate` does. */
export function load(name: string, bytes: Uint8Array, asOf: string, options: PageReadOptions = {}): Loaded {
  const r = readPlan(bytes, { name, asOf, ...options });
  const issues = r.issues.map((i) => ({ ...i, ...(i.hint !== undefined ? { hint: forThePage(i.hint) } : {}), place: placeOf(i.at) }));
  return { name, format: r.source.format, plan: r.ok ? r.plan : undefined, issues, source: r.source };
}

/** A place in words, as the page shows it. */
export function placeOf(at: IssueAt | undefined): string | undefined {
  if (at === undefined) return undefined;
  if (at.sheet !== undefined) return `${at.sheet}, ${at.cell !== undefined ? `cell ${at.cell}` : `row ${at.row ?? "?"}`}`;
  if (at.table !== undefined) return `Table ${at.table}, row ${at.row ?? "?"}`;
  if (at.line !== undefined) return `Line ${at.line}`;
  return undefined;
}

// The command line's options, and the page's controls that give the same.
const FLAGS: readonly (readonly [RegExp, string])[] = [
  [/\(cpc --columns FILE, or the page's column choices\)/g, '(the column choices under "What the file does not say")'],
  [/cpc --columns FILE, or the page's column choices/g, 'the column choices under "What the file does not say"'],
  [/--cpc-start(?: YYYY-MM)?/g, "the CPC start box"],
  [/--council(?: NAME)?/g, "the Council box"],
  [/--sheet(?: NAME)?/g, "the Sheet box"],
  [/--wordings(?: FILE)?/g, "the Your own words box"],
  [/--columns(?: FILE)?/g, "the column choices"],
  [/--encoding/g, "the file's encoding (save it as CSV UTF-8)"],
];

/** A hint with the command line's options put as the page's controls. */
export function forThePage(hint: string): string {
  return FLAGS.reduce((text, [flag, control]) => text.replace(flag, control), hint);
}
