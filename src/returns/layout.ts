/**
 * The shape of an owner's return workbook, shared by the writer and the collector: the
 * sheets, the headings and the hidden marker's labels. One place, so the two cannot drift.
 *
 * @internal
 * @module
 */

/** The sheet that says what to do. */
export const GUIDE_SHEET = "What to do";
/** The sheet the owner fills in. */
export const RETURN_SHEET = "Return";
/** The hidden sheet: which plan, owner and date the return is for, what each line showed, and the drop-down lists. */
export const MARKER_SHEET = "cpc-return";

/** The headings of the return sheet, in order: the seven fixed ones, then more. */
export const HEADINGS = {
  key: "Action no.",
  action: "Action",
  target: "Target",
  status: "Status",
  rag: "RAG",
  date: "Date",
  comment: "Comment",
  newTarget: "New target",
  lastUpdate: "Last update",
  daysOverdue: "Days overdue",
  position: "Current position",
} as const;

/** A column of the return sheet. */
export type ReturnColumn = keyof typeof HEADINGS;

/** The columns in order. */
export const COLUMNS = Object.keys(HEADINGS) as readonly ReturnColumn[];

/** The first cell of the marker sheet, which says the workbook is a return. */
export const MARKER_TITLE = "peer-challenge return 1";

/** The marker's rows (column A the label, column B the value), after the title in row 1. */
export const MARKER_ROWS = ["council", "plan", "owner", "asOf"] as const;

/** The row of the marker sheet where the lines begin (a heading row above them). */
export const LINES_FROM = 8;

/** The columns of the marker's lines: key, canonical status, RAG, target, last update. */
export const LINE_FIELDS = ["key", "status", "rag", "target", "lastUpdate"] as const;

/** Names Windows keeps for devices, which no file may take. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name for an owner's workbook, safe on Windows, macOS and Linux: no path
 * separators or characters Windows refuses, no leading dot, no device name, at most 100
 * characters; two owners whose names come out the same get " (2)", " (3)".
 */
export function safeFileName(owner: string, taken: Set<string>): string {
  let base = owner
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+/, "")
    .slice(0, 100);
  // Windows drops dots and spaces at the end of a name.
  let end = base.length;
  while (end > 0 && (base[end - 1] === "." || base[end - 1] === " ")) end--;
  base = base.slice(0, end);
  if (base === "" || /^_+$/.test(base)) base = "Owner";
  if (RESERVED.test(base)) base = `${base}_`;
  let name = `${base}.xlsx`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).xlsx`;
  taken.add(name.toLowerCase());
  return name;
}
