/**
 * Lettered actions in one cell ("a. Publish the report b. Report quarterly") and their
 * dates lettered beside them ("a. July 2025 b. October 2025 onwards", "b and c. April
 * 2026"): the steps of one action, each with its own target. Browser-safe.
 */

/** One lettered item of a cell. */
export interface LetteredItem {
  /** Its letters: one ("a"), or several sharing the text ("b and c." gives ["b", "c"]). */
  readonly letters: readonly string[];
  readonly text: string;
}

// Stryker disable Regex: a top-level pattern.
/**
 * A letter that starts an item: at the start of the cell or after a space, "a." "a)" "(a)"
 * or "b and c." / "b & c." / "b, c." before a space; the letters a to l.
 */
const MARK = /(?:^|\s)\(?([a-l])((?:\s*(?:,|and|&)\s*[a-l])*)[.)]\s+/g;
// Stryker restore Regex

/**
 * The lettered items of a cell, when it opens with one and their letters run a, b, c ...
 * in order (so "Plan A. Then" is no list); otherwise none. One item alone ("a. Review the
 * protocols") is given too: the caller decides whether one is a list.
 */
export function letteredItems(cell: string): LetteredItem[] {
  const marks: { at: number; end: number; letters: string[] }[] = [];
  for (const m of cell.matchAll(MARK)) {
    const letters = [m[1]!, ...((m[2] ?? "").match(/\b[a-l]\b/g) ?? [])];
    marks.push({ at: m.index, end: m.index + m[0].length, letters });
  }
  // The letters must run on from "a" with none skipped or repeated.
  const all = marks.flatMap((m) => m.letters);
  if (all.length < 1 || all[0] !== "a" || !all.every((l, i) => l.charCodeAt(0) === 97 + i)) return [];
  // Text before the first mark is no item: a cell that opens with words is not a list.
  if (cell.slice(0, marks[0]!.at).trim() !== "") return [];
  return marks.map((m, i) => ({ letters: m.letters, text: cell.slice(m.end, i + 1 < marks.length ? marks[i + 1]!.at : cell.length).trim() }));
}

/**
 * The target of each letter in a lettered target cell, where it is one ("a. July 2025 b.
 * October 2025"); an empty map where it is not, when each step takes the action's target.
 * A cell lettered with only some of the steps' letters gives those.
 */
export function letteredTargets(cell: string): Map<string, string> {
  const out = new Map<string, string>();
  const marks: { at: number; end: number; letters: string[] }[] = [];
  for (const m of cell.matchAll(MARK)) {
    const letters = [m[1]!, ...((m[2] ?? "").match(/\b[a-l]\b/g) ?? [])];
    marks.push({ at: m.index, end: m.index + m[0].length, letters });
  }
  if (marks.length === 0 || cell.slice(0, marks[0]!.at).trim() !== "") return out;
  marks.forEach((m, i) => {
    const text = cell.slice(m.end, i + 1 < marks.length ? marks[i + 1]!.at : cell.length).trim();
    for (const l of m.letters) out.set(l, text);
  });
  return out;
}

/** A line that opens with a number: "1. Hold member workshops", "2) September 2025". */
const NUMBERED_LINE = /^\s*(\d{1,2})[.)]\s+(\S.*)$/;

/**
 * The numbered lines of a cell ("1. Hold member workshops\n2. Publish the plan"), when every
 * line opens with a number and they run 1, 2, 3 ... in order, two or more of them; otherwise
 * none. Each number's line is one item, as a letter's is: the same steps, numbered. Only whole
 * lines count, so "Phase 2. Then review" or "Report to Cabinet 3. Consult" is no list.
 */
export function numberedLines(cell: string): LetteredItem[] {
  const lines = cell.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length < 2) return [];
  const items: LetteredItem[] = [];
  for (const [i, line] of lines.entries()) {
    const m = NUMBERED_LINE.exec(line);
    if (m === null || Number(m[1]) !== i + 1) return [];
    items.push({ letters: [m[1]!], text: m[2]!.trim() });
  }
  return items;
}
