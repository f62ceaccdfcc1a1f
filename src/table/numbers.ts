/**
 * A number written at the start of an action's text ("1.1 Agree a balanced budget"), in a
 * table with no column of action numbers, as Word tables and the PDFs printed from them
 * write it. Browser-safe.
 */
import { columnOf } from "./columns.js";
import type { TableRow } from "./row.js";

/** "1.1 Agree a budget", "2.3) Review": a dotted number, which any one title may start with. */
const DOTTED = /^(\d+(?:\.\d+)+)[.)]?\s+/;
/** "16. Better engagement", "3) Review": a whole number, taken only where every action's title starts with one. */
const WHOLE = /^(\d+)[.)]\s+(?=\S)/;

/**
 * With no column of action numbers, a number at the start of the action's text is its id: taken out into a column of
 * its own. A dotted number ("1.1 ") wherever one is written; a whole one ("16. ") only where every action's title
 * starts with one, as a numbered list does (a title starting "2 new posts" is no number).
 */
export function numbersFromTitles(rows: readonly TableRow[], header: string[]): void {
  const headerIndex = rows.findIndex((r) => r.cells === header);
  if (header.some((c) => columnOf(c) === "actionId")) return;
  const titleAt = header.findIndex((c) => columnOf(c) === "title");
  if (titleAt < 0) return;
  const body = rows.slice(headerIndex + 1).filter((r) => r.cells.length > 1); // not a section heading
  const titles = body.map((r) => (r.cells[titleAt] ?? "").trim()).filter((t) => t !== "");
  const form = titles.some((t) => DOTTED.test(t)) ? DOTTED : titles.length >= 2 && titles.every((t) => WHOLE.test(t)) ? WHOLE : undefined;
  if (form === undefined) return;
  header.push("Action No");
  for (const r of body) {
    const cell = (r.cells[titleAt] ?? "").trimStart();
    const number = form.exec(cell);
    while (r.cells.length < header.length - 1) r.cells.push("");
    if (number) {
      r.cells[titleAt] = cell.slice(number[0].length);
      r.cells.push(number[1]!);
    } else r.cells.push("");
  }
}
