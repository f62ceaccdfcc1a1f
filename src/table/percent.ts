/**
 * A percentage-complete cell read as a number from 0 to 100: "50%", "50 %", "50", "100%"
 * (a workbook's percent-formatted cell arrives as Excel shows it, "50%"), or parts done of a
 * whole, "3/4" (75 %). Never a silent
 * wrong figure: a bare fraction where it could be either ("0.5": 0.5 % or 50 %?), a value
 * below 0 or over 100, or words ("half way") are not read, and say so. Browser-safe.
 */
import { issueOf, type Issue } from "../model/issue.js";
import { placeOf, type PlanPath, type TableRow } from "./row.js";
import { letters } from "./roles.js";

// Stryker disable Regex: top-level patterns, read once.
/** A number with its percent sign: "50%", "75 %", "-5%". */
const SIGNED = /^([+-]?\d+(?:\.\d+)?)\s*%$/;
/** A bare number: "50", "0.5". */
const BARE = /^[+-]?\d+(?:\.\d+)?$/;
/** Parts done of a whole: "3/4", "2 / 5" (three of four steps). */
const PARTS = /^(\d{1,2})\s*\/\s*(\d{1,2})$/;
// Stryker restore Regex

/** What a cell gave: its percentage, or why it gave none. */
export type PercentRead = { readonly value: number } | { readonly problem: Issue };

/**
 * Whether a percentage column's bare numbers (written with no % sign) are all from 0 to 1,
 * some not 0: then each may be a fraction (0.5 for 50 %) or a percentage under 1, and none
 * is read. A column with a bare number over 1 holds percentages written without their sign.
 */
export function fractionColumn(rows: readonly TableRow[], index: number | undefined): boolean {
  if (index === undefined) return false;
  let nonZero = 0;
  for (const row of rows) {
    const cell = (row.cells[index] ?? "").trim();
    if (!BARE.test(cell)) continue;
    const n = Number(cell);
    if (n > 1) return false;
    if (n !== 0) nonZero++;
  }
  return nonZero > 0;
}

/**
 * Reads one cell of the percentage column: undefined for a blank one. `fractions` is
 * {@link fractionColumn}'s answer for its column; `heading` the column's heading as written,
 * `path` the place in the plan the value would have.
 */
export function readPercent(row: TableRow, index: number, heading: string, fractions: boolean, path: PlanPath): PercentRead | undefined {
  const cell = (row.cells[index] ?? "").trim();
  if (cell === "") return undefined;
  const ref = row.meta?.[index]?.ref ?? `column ${letters(index)}`;
  const at = `${placeOf(row)} (${ref})`;
  const name = heading === "" ? "percentage" : JSON.stringify(heading);
  const problem = (why: string, hint: string): PercentRead => ({
    problem: issueOf({
      code: "unclear-percent",
      path,
      message: `${at}: the ${name} cell ${JSON.stringify(cell)} ${why}, so it is not read as the percentage complete; it is kept as text under ${name}.`,
      hint,
      value: cell,
    }),
  });
  const parts = PARTS.exec(cell);
  if (parts !== null) {
    const [done, whole] = [Number(parts[1]), Number(parts[2])];
    // "3/4" is three parts of four; "5/4" or "3/0" is none (and "12/10" may be a date).
    if (whole === 0 || done > whole) return problem("is no share of a whole", 'Write how far the work has got as a percentage from 0 to 100, e.g. "75%".');
    return { value: Number(((done * 100) / whole).toPrecision(12)) };
  }
  const signed = SIGNED.exec(cell);
  const n = signed !== null ? Number(signed[1]) : BARE.test(cell) ? Number(cell) : undefined;
  if (n === undefined) return problem("is no percentage", 'Write how far the work has got as a percentage from 0 to 100, e.g. "50%".');
  if (n < 0 || n > 100) return problem(`is ${n < 0 ? "below 0" : "over 100"} %`, "Write a percentage from 0 to 100.");
  if (signed === null && n !== 0 && (fractions || n < 1))
    return problem(
      fractions
        ? `could be ${cell} % or ${String(Number((n * 100).toPrecision(12)))} % (the column's numbers are all 1 or under, with no % sign)`
        : `could be ${cell} % or ${String(Number((n * 100).toPrecision(12)))} % (a fraction under 1, with no % sign)`,
      `Write it with its sign, e.g. "${String(Number((n * 100).toPrecision(12)))}%" or "${cell}%" (in Excel, give the column a percentage format).`,
    );
  return { value: n };
}

/**
 * Whether a cell that {@link readPercent} would not read is above 0 and under 100 % whichever
 * way it is read: a bare fraction such as "0.75" (0.75 % or 75 %). Such an action is under way
 * either way, though its percentage is unclear.
 */
export function underWayEither(cell: string): boolean {
  const t = cell.trim();
  if (!BARE.test(t)) return false;
  const n = Number(t);
  return n > 0 && n < 1;
}
