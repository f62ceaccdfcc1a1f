/**
 * What a spreadsheet knows of its cells beyond their text (dates, error values, fill
 * colours), turned into the text the table reader reads. Browser-safe.
 */
import { MONTH_NAMES } from "../dates.js";
import { issueOf, type Issue } from "../model/issue.js";
import type { Rag } from "../model/vocabulary.js";
import { placeOf, type TableRow } from "./row.js";

/**
 * The RAG rating a fill colour shows, by its hue: red (under 15° or from 345°), amber
 * (15° to 65°: orange to yellow), green (75° to 170°) or blue (185° to 250°), for a colour
 * strong enough to be one (saturation at least 40 %, lightness 20 % to 85 %). None for
 * white, greys, black, purples and the hues between, rather than a guess.
 */
export function ragOfFill(fill: string): Rag | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  if (!m) return undefined;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  // A grey's saturation is 0 (white's and black's, 0/0, are outside the lightness band).
  const saturation = chroma / (1 - Math.abs(2 * lightness - 1));
  if (saturation < 0.4 || lightness < 0.2 || lightness > 0.85) return undefined;
  const hue = max === r ? (60 * ((g - b) / chroma) + 360) % 360 : max === g ? 60 * ((b - r) / chroma) + 120 : 60 * ((r - g) / chroma) + 240;
  if (hue < 15 || hue >= 345) return "red";
  if (hue < 65) return "amber";
  if (hue >= 75 && hue < 170) return "green";
  if (hue >= 185 && hue < 250) return "blue";
  return undefined;
}

/**
 * Turns what a spreadsheet knows of its cells into the text the reader reads: a date cell
 * into its date at the precision it shows ("Dec-24" is December 2024), an error value into
 * nothing (reported), and a RAG cell below the header with no text but a fill into the
 * rating the colour shows (reported, naming the colour: colour alone is not read silently);
 * in a column of targets (`targetColumns`), a date's serial number stored as text ("45838")
 * into its date (reported).
 */
export function applyCellMeta(
  rows: readonly TableRow[],
  headerIndex: number,
  ragColumn: number | undefined,
  issues: Issue[],
  targetColumns: readonly number[] = [],
  downColumns: readonly number[] = [],
): void {
  const spread = new Set<number>();
  const headerLine = rows[headerIndex]?.line ?? 0;
  rows.forEach((row, r) => {
    row.meta?.forEach((m, i) => {
      if (m === undefined) return;
      const at = `${placeOf(row)}${m.ref !== undefined ? ` (${m.ref})` : ""}`;
      // A status, rating, owner or target merged down over several actions' rows is each one's.
      if (r > headerIndex && m.covered !== undefined && m.covered.line > headerLine && downColumns.includes(i) && (row.cells[i] ?? "").trim() === "") {
        while (row.cells.length <= i) row.cells.push("");
        row.cells[i] = m.covered.text;
        spread.add(i);
      }
      if (r > headerIndex && m.serialText !== undefined && targetColumns.includes(i)) {
        const text = (row.cells[i] ?? "").trim();
        row.cells[i] = m.serialText;
        issues.push(
          issueOf({
            code: "column-read",
            path: ["rows", row.line],
            message: `${at}: the target ${JSON.stringify(text)} is a number stored as text; as an Excel date's serial number it is ${m.serialText}, and it is read so.`,
            hint: "Give the column a date format in Excel and type the dates again, so that they show as dates.",
            value: text,
          }),
        );
        return;
      }
      if (m.error !== undefined) {
        row.cells[i] = "";
        issues.push(
          issueOf({
            code: "cell-error",
            path: ["rows", row.line],
            message: `${at}: the cell holds the error ${m.error}, so it is read as empty.`,
            hint: "Put right the formula, or type the value.",
            value: m.error,
          }),
        );
      } else if (m.date !== undefined) {
        const [y, mo, d] = m.date.value.split("-");
        row.cells[i] = m.date.precision === "day" ? `${y}-${mo}-${d}` : `${MONTH_NAMES[Number(mo) - 1]} ${y}`;
      } else if (m.percent === true && /^-?\d+(?:\.\d+)?(?:e-?\d+)?$/i.test((row.cells[i] ?? "").trim())) {
        // A percent-formatted number, as Excel shows it: 0.5 is "50%".
        row.cells[i] = `${String(Number((Number(row.cells[i]) * 100).toPrecision(12)))}%`;
      }
      if (r > headerIndex && i === ragColumn && (row.cells[i] ?? "").trim() === "" && m.fill !== undefined && !isWhite(m.fill)) {
        issues.push(fillIssue(at, row.line, m.fill));
        const rag = ragOfFill(m.fill);
        if (rag !== undefined) row.cells[i] = rag;
      }
    });
  });
  const header = rows[headerIndex];
  if (spread.size > 0 && header !== undefined)
    issues.push(
      issueOf({
        code: "column-read",
        path: ["columns"],
        message: `Cells merged down over several rows in ${[...spread].map((i) => JSON.stringify((header.cells[i] ?? "").trim() || `column ${i + 1}`)).join(", ")} give each of those rows their value.`,
        hint: "If a merged cell is one action's only, unmerge it and leave the others' cells empty.",
      }),
    );
}

/** White is no fill: "#FFFFFF" or "ffffff". */
function isWhite(fill: string): boolean {
  return (fill.startsWith("#") ? fill.slice(1) : fill).toUpperCase() === "FFFFFF";
}

/** What the reader says of a RAG cell read from its fill alone. */
function fillIssue(at: string, line: number, fill: string): Issue {
  const rag = ragOfFill(fill);
  const [message, hint] =
    rag !== undefined
      ? [
          `${at}: the RAG cell has no text; its fill ${fill.toUpperCase()} is nearest ${rag}, so it is read as ${rag}.`,
          `Type "${rag[0]!.toUpperCase()}${rag.slice(1)}" in the cell: a colour alone is lost to anyone who cannot see it.`,
        ]
      : [`${at}: the RAG cell has no text and its fill ${fill.toUpperCase()} is no RAG colour, so it has no rating.`, "Type the rating in the cell."];
  return issueOf({ code: "rag-from-fill", path: ["rows", line], message, hint, value: fill });
}
