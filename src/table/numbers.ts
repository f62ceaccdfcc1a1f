/**
 * A number written at the start of an action's text ("1.1 Agree a balanced budget"), in a
 * table with no column of action numbers, as Word tables and the PDFs printed from them
 * write it. Browser-safe.
 */
import { columnOf } from "./columns.js";
import type { TableRow } from "./row.js";

/** With no column of action numbers, a number at the start of the action's text is its id: taken out into a column of its own. */
export function numbersFromTitles(rows: readonly TableRow[], header: string[]): void {
  const headerIndex = rows.findIndex((r) => r.cells === header);
  if (!header.some((c) => columnOf(c) === "actionId")) {
    const titleAt = header.findIndex((c) => columnOf(c) === "title");
    if (titleAt >= 0 && rows.slice(headerIndex + 1).some((r) => /^\d+(?:\.\d+)+[.)]?\s/.test(r.cells[titleAt] ?? ""))) {
      header.push("Action No");
      for (const r of rows.slice(headerIndex + 1)) {
        if (r.cells.length <= 1) continue; // a section heading
        const cell = r.cells[titleAt] ?? "";
        const number = /^(\d+(?:\.\d+)+)[.)]?\s+/.exec(cell);
        const m = number ? ([number[0], number[1]!, cell.slice(number[0].length)] as const) : undefined;
        while (r.cells.length < header.length - 1) r.cells.push("");
        if (m) {
          r.cells[titleAt] = m[2]!;
          r.cells.push(m[1]);
        } else r.cells.push("");
      }
    }
  }
}
