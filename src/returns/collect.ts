/**
 * Merging owners' returns into a plan: each filled line becomes a dated update (through
 * `updateAction` and `rescheduleAction`, so the history and `planAsOf` stay true), lines
 * left as they were add nothing, and anything doubtful (two returns that disagree, a
 * word that is not a status, a date that cannot be) is an issue naming the file and the
 * cell, never settled quietly. The workbook is read by `peer-challenge/xlsx`; this part
 * takes what was read and is pure.
 *
 * @internal
 * @module
 */
import { todayInLondon, type CalendarDate } from "../dates.js";
import type { Action, ActionPlan } from "../model/types.js";
import { ragLabel, statusLabel, type Rag, type Status } from "../model/vocabulary.js";
import { rescheduleAction, updateAction } from "../progress/history.js";
import { normaliseRag, normaliseStatus, wordingOf, type Wordings } from "../status/index.js";
import { parseTimescale } from "../timescale/parse.js";
import { isDated } from "../timescale/due.js";
import { itemKey, lastUpdateOf, ownerReturns, returnPlanKey } from "./index.js";
import { HEADINGS, MARKER_SHEET, RETURN_SHEET, type ReturnColumn } from "./layout.js";

/**
 * Every code of a return's issues, with the severity it always has.
 *
 * @category Returns
 * @example
 * ```ts
 * import { RETURN_ISSUE_CODES } from "peer-challenge/xlsx";
 * RETURN_ISSUE_CODES["conflict"];
 * //=> "error"
 * ```
 */
export const RETURN_ISSUE_CODES = {
  /** The file is not a return workbook peer-challenge wrote (or it cannot be opened). */
  "not-a-return": "error",
  /** The workbook is a return of another plan (another council, or the plan's actions have changed since). */
  "other-plan": "error",
  /** The plan has moved on since the return was written (the action was updated or changed since): its line is not applied. */
  "older-return": "error",
  /** A line for an action or step that was not in this owner's return. */
  "not-in-return": "error",
  /** A Status cell holding a word that is not a status. */
  "unknown-status": "error",
  /** A RAG cell holding a word that is not a RAG rating. */
  "unknown-rag": "error",
  /** A line changed with no Date of the update. */
  "missing-date": "error",
  /** A Date that is not a real day (31/02/2024, "next week") or is in the future. */
  "bad-date": "error",
  /** A Date before the action's last update: the history would go back in time. */
  "date-before-last-update": "error",
  /** Two returns (or two lines) disagree about one action: neither is applied. */
  conflict: "error",
  /** A step's status or RAG changed: recorded in the action's update note, as a step has no history of its own. */
  "step-status": "warning",
  /** A new target that gives no date peer-challenge can read: recorded as written. */
  "undated-target": "warning",
} as const;

/**
 * A return's issue code.
 *
 * @category Returns
 * @example
 * ```ts
 * import type { ReturnIssueCode } from "peer-challenge/xlsx";
 * const code: ReturnIssueCode = "unknown-status";
 * ```
 */
export type ReturnIssueCode = keyof typeof RETURN_ISSUE_CODES;

/**
 * A problem with a return: which file, which cell, what is wrong and what to do.
 *
 * @category Returns
 * @example
 * ```ts
 * import type { ReturnIssue } from "peer-challenge/xlsx";
 * const issue: ReturnIssue = { severity: "error", code: "unknown-status", file: "Ian Thomas.xlsx", cell: "Return!D3", action: "9.1",
 *   message: 'Ian Thomas.xlsx, Return!D3: "Nearly there" is not a status.' };
 * ```
 */
export interface ReturnIssue {
  /** `error`: the line (or the file) is not applied. `warning`: it is, with something to check. */
  readonly severity: "error" | "warning";
  /** A stable code; see {@link RETURN_ISSUE_CODES}. */
  readonly code: ReturnIssueCode;
  /** The file's name, as given. */
  readonly file: string;
  /** The cell, `Sheet!A1`, where there is one. */
  readonly cell?: string | undefined;
  /** The action (or "action step") the issue is about, where there is one. */
  readonly action?: string | undefined;
  /** What is wrong, in words an officer understands, naming the file and the cell. */
  readonly message: string;
  /** What to do about it. */
  readonly hint?: string | undefined;
  /** For a conflict: what each return said, and where. */
  readonly values?: readonly ConflictingLine[] | undefined;
}

/**
 * One side of a conflict: what one return said of an action.
 *
 * @category Returns
 * @example
 * ```ts
 * import type { ConflictingLine } from "peer-challenge/xlsx";
 * const side: ConflictingLine = { file: "Sarah Ireland.xlsx", cell: "Return!A4", owner: "Sarah Ireland", status: "complete", date: "2019-06-20" };
 * ```
 */
export interface ConflictingLine {
  /** The return's file. */
  readonly file: string;
  /** The line's first cell. */
  readonly cell: string;
  /** The owner the return was written for. */
  readonly owner: string;
  /** The status the line gives (as written, where it was left as it was). */
  readonly status?: Status | undefined;
  /** The RAG rating the line gives. */
  readonly rag?: Rag | undefined;
  /** The target the line gives: its new target, else the one it showed. */
  readonly target?: string | undefined;
  /** The line's Date. */
  readonly date?: CalendarDate | undefined;
  /** The line's Comment. */
  readonly comment?: string | undefined;
}

/**
 * One update made from a return.
 *
 * @category Returns
 * @example
 * ```ts
 * import type { ReturnChange } from "peer-challenge/xlsx";
 * const change: ReturnChange = { action: "9.1", key: "9.1", owner: "Ian Thomas", files: ["Ian Thomas.xlsx"], cells: ["Return!A3"],
 *   date: "2019-06-20", status: { from: "in-progress", to: "complete" }, note: "Done [return: Ian Thomas.xlsx]" };
 * ```
 */
export interface ReturnChange {
  /** The action updated. */
  readonly action: string;
  /** The step, when the line was a step's (its news is in the action's update note). */
  readonly step?: string | undefined;
  /** The line's key ("3.1" or "3.1 a"). */
  readonly key: string;
  /** Who returned it (several, joined with " and ", when owners of a shared action agreed). */
  readonly owner: string;
  /** The file or files it came from. */
  readonly files: readonly string[];
  /** The line's first cell in each file. */
  readonly cells: readonly string[];
  /** The update's date. */
  readonly date: CalendarDate;
  /** The new status, and the one it replaced. */
  readonly status?: ValueChange<Status> | undefined;
  /** The new RAG rating, and the one it replaced. */
  readonly rag?: ValueChange<Rag> | undefined;
  /** The new target, and the one it replaced (a step's new target is in the note only). */
  readonly target?: ValueChange<string> | undefined;
  /** The note recorded, naming the file. */
  readonly note: string;
}

/**
 * A value a return changed: what it was (absent where there was none) and what it is.
 *
 * @category Returns
 * @example
 * ```ts
 * import type { ValueChange } from "peer-challenge/xlsx";
 * const c: ValueChange<string> = { from: "Ongoing", to: "March 2020" };
 * ```
 */
export interface ValueChange<T> {
  /** The value before, where there was one. */
  readonly from?: T | undefined;
  /** The value now. */
  readonly to: T;
}

/**
 * One return of the plan that was read.
 *
 * @category Returns
 * @example
 * ```ts
 * import type { ReturnedFile } from "peer-challenge/xlsx";
 * const r: ReturnedFile = { owner: "Ian Thomas", file: "Ian Thomas.xlsx", lines: 4, filled: 2, applied: 2 };
 * ```
 */
export interface ReturnedFile {
  /** The owner it was written for. */
  readonly owner: string;
  /** The file's name, as given. */
  readonly file: string;
  /** How many lines it had. */
  readonly lines: number;
  /** How many of its lines were filled in (changed in any way). */
  readonly filled: number;
  /** How many of them were applied. */
  readonly applied: number;
}

/**
 * Who returned, who did not, and what changed.
 *
 * @category Returns
 * @example
 * ```ts
 * import type { ReturnsSummary } from "peer-challenge/xlsx";
 * const s: ReturnsSummary = { returned: [], notReturned: ["Ian Thomas"], changed: [], conflicts: 0, errors: 0, warnings: 0 };
 * ```
 */
export interface ReturnsSummary {
  /** Each return of this plan read: its owner, file, how many lines it had, how many were filled in and how many were applied. */
  readonly returned: readonly ReturnedFile[];
  /** The owners with open actions who sent no return of this plan, in plan order. */
  readonly notReturned: readonly string[];
  /** The ids of the actions updated, in plan order. */
  readonly changed: readonly string[];
  /** How many actions two returns disagreed about. */
  readonly conflicts: number;
  /** How many issues are errors: lines or files not applied. */
  readonly errors: number;
  /** How many issues are warnings: applied, with something to check. */
  readonly warnings: number;
}

/**
 * What {@link collectReturns} gives: the updated plan, the issues, each change and a summary.
 *
 * @category Returns
 * @example
 * ```ts
 * import { collectReturns, type CollectReturnsResult } from "peer-challenge/xlsx";
 * const r: CollectReturnsResult = collectReturns(plan, []);
 * r.plan === plan;
 * //=> true
 * ```
 */
export interface CollectReturnsResult {
  /** The plan with every applied line as a dated update; the input when nothing applied. */
  readonly plan: ActionPlan;
  /** What was not applied, or applied with something to check, each with its file and cell. */
  readonly issues: readonly ReturnIssue[];
  /** Each update made, in plan order. */
  readonly changes: readonly ReturnChange[];
  /** Who returned, who did not, and what changed. */
  readonly summary: ReturnsSummary;
}

/**
 * Options for {@link collectReturns}.
 *
 * @category Returns
 * @example
 * ```ts
 * import type { CollectReturnsOptions } from "peer-challenge/xlsx";
 * const options: CollectReturnsOptions = { asOf: "2019-07-05", wordings: { "On target": { status: "in-progress" } } };
 * ```
 */
export interface CollectReturnsOptions {
  /** The day the returns are collected, `YYYY-MM-DD`: a Date after it is an issue. Default today in Europe/London. */
  readonly asOf?: CalendarDate | undefined;
  /** The council's own status and RAG words, as the returns were written with. */
  readonly wordings?: Wordings | undefined;
}

// ---------------------------------------------------------------------------
// What the workbook reader gives

/** A cell as read: its place, its text, and its date where it holds one. */
export interface ReadCell {
  /** `Return!D5`. */
  readonly ref: string;
  readonly text: string;
  /** A date cell's day, `YYYY-MM-DD`. */
  readonly date?: CalendarDate | undefined;
  /** A number not formatted as a date. */
  readonly number?: number | undefined;
}

/** One row of the return sheet below the header. */
export interface ReadRow {
  readonly row: number;
  readonly cells: Partial<Record<ReturnColumn, ReadCell>>;
}

/** What the return showed of one line when it was written. */
export interface WrittenLine {
  readonly status?: Status | undefined;
  readonly rag?: Rag | undefined;
  readonly target?: string | undefined;
  readonly lastUpdate?: CalendarDate | undefined;
}

/** A workbook as read, or why it is not a return. */
export type ReadReturn =
  | { readonly name: string; readonly problem: { readonly message: string; readonly hint?: string | undefined; readonly cell?: string | undefined } }
  | {
      readonly name: string;
      readonly marker: { readonly council: string; readonly plan: string; readonly owner: string; readonly asOf: string };
      readonly lines: ReadonlyMap<string, WrittenLine>;
      readonly rows: readonly ReadRow[];
    };

// ---------------------------------------------------------------------------

const MARKER_CELL = { council: `${MARKER_SHEET}!B2`, plan: `${MARKER_SHEET}!B3`, owner: `${MARKER_SHEET}!B4`, asOf: `${MARKER_SHEET}!B5` } as const;

/** A filled line, read and checked. */
interface Candidate {
  readonly file: string;
  readonly owner: string;
  readonly cell: string;
  readonly key: string;
  readonly action: Action;
  readonly step?: string | undefined;
  readonly date: CalendarDate;
  readonly status: Status | undefined;
  readonly rag: Rag | undefined;
  readonly target: string | undefined;
  readonly statusChanged: boolean;
  readonly ragChanged: boolean;
  readonly targetChanged: boolean;
  readonly comment: string;
}

const issueOf = (code: ReturnIssueCode, file: string, message: string, more: Partial<ReturnIssue> = {}): ReturnIssue => ({
  severity: RETURN_ISSUE_CODES[code],
  code,
  file,
  message,
  ...more,
});

/**
 * Text as it comes back from a workbook, for comparing with the plan's: characters XML
 * cannot carry dropped, line ends as line feeds (XML reads CR LF as LF), spaces at the ends
 * trimmed. A key's runs of spaces are one space.
 */
export const asInCell = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\v\f\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/\r\n?/g, "\n")
    .trim();
const asKey = (text: string): string => asInCell(text).replace(/\s+/g, " ");

/** A Date cell as a day: a date cell, or day-first text ("31/03/2024", "2024-03-31", "31 March 2024"). */
function dayOf(cell: ReadCell): { date: CalendarDate } | { problem: string } {
  if (cell.date !== undefined) return { date: cell.date };
  if (cell.number !== undefined) return { problem: `the number ${cell.number} is not formatted as a date` };
  const text = cell.text.trim();
  const t = parseTimescale(text);
  if (t.kind === "date" && t.precision === "day" && t.start === t.due) return { date: t.due };
  if (isDated(t)) return { problem: `"${text}" is not one day` };
  return { problem: `"${text}" is not a date${t.kind === "unknown" && t.reason ? ` (${t.reason})` : ""}` };
}

/** Merges the returns read into the plan. */
export function mergeReturns(plan: ActionPlan, returns: readonly ReadReturn[], options: CollectReturnsOptions = {}): CollectReturnsResult {
  const today = options.asOf ?? todayInLondon();
  const stepOf = new Map<string, { action: Action; step?: string }>();
  for (const a of plan.actions) {
    stepOf.set(asKey(itemKey(a)), { action: a });
    for (const s of a.steps ?? []) stepOf.set(asKey(itemKey(a, s)), { action: a, step: s.id });
  }
  const m: Merging = {
    today,
    wordings: options.wordings,
    planKey: returnPlanKey(plan),
    council: asInCell(plan.council?.name ?? ""),
    stepOf,
    issues: [],
    returned: [],
    candidates: [],
    unreadable: new Map(),
    issueDates: [],
  };
  for (const r of returns) readReturnFile(m, r);
  const { accepted, conflicts } = heldBack(m);
  const { next, changes, applied } = applyLines(plan, accepted);
  const { issues, returned, issueDates } = m;
  for (const e of returned) e.applied = applied.get(e.file) ?? 0;

  const issueDate = issueDates.length > 0 ? issueDates.reduce((a, b) => (a > b ? a : b)) : today;
  const who = new Set(returned.map((r) => r.owner));
  const expected = ownerReturns(plan, { asOf: issueDate }).map((r) => r.owner);
  const changedIds = plan.actions.filter((a) => changes.some((c) => c.action === a.id)).map((a) => a.id);
  const errors = issues.filter((i) => i.severity === "error").length;
  return {
    plan: next,
    issues,
    changes,
    summary: {
      returned,
      notReturned: expected.filter((o) => o !== "" && !who.has(o)),
      changed: changedIds,
      conflicts,
      errors,
      warnings: issues.length - errors,
    },
  };
}

/** What merging keeps while it reads the returns: the plan's lines by key, and what the files gave. */
interface Merging {
  readonly today: CalendarDate;
  readonly wordings: Wordings | undefined;
  readonly planKey: string;
  readonly council: string;
  readonly stepOf: ReadonlyMap<string, { readonly action: Action; readonly step?: string }>;
  readonly issues: ReturnIssue[];
  readonly returned: { owner: string; file: string; lines: number; filled: number; applied: number }[];
  /** The lines filled in, read and checked. */
  readonly candidates: Candidate[];
  /** Lines filled in but not readable: they hold back the other returns' lines for the same key. */
  readonly unreadable: Map<string, string[]>;
  /** The days the returns were written. */
  readonly issueDates: string[];
}

/** A return of this plan being read: its name and owner, the day it was written, what each line showed, its line in the summary. */
interface ReturnFile {
  readonly name: string;
  readonly owner: string;
  readonly asOf: string;
  readonly lines: ReadonlyMap<string, WrittenLine>;
  readonly entry: { filled: number };
}

/** A line of a return that the return wrote and the plan has: where its cells are, what it showed, where it goes. */
interface Line {
  readonly file: ReturnFile;
  readonly ref: (col: ReturnColumn) => string;
  readonly key: string;
  readonly written: WrittenLine;
  readonly target: { readonly action: Action; readonly step?: string };
}

/** Reads one workbook: not a return, or another plan's, is said and left out; else each of its lines is read. */
function readReturnFile(m: Merging, r: ReadReturn): void {
  if ("problem" in r) {
    m.issues.push(
      issueOf("not-a-return", r.name, `${r.name}: ${r.problem.message}`, {
        cell: r.problem.cell,
        hint: r.problem.hint ?? "Collect only the workbooks cpc returns (or the page) wrote for this plan.",
      }),
    );
    return;
  }
  const { name } = r;
  const { council } = m;
  const marker = { ...r.marker, council: asInCell(r.marker.council) };
  const lines = new Map([...r.lines].map(([k, v]) => [asKey(k), v]));
  if (marker.plan !== m.planKey || marker.council !== council) {
    const why =
      marker.council !== council
        ? `it is a return of ${marker.council === "" ? "a plan with no council named" : `${marker.council}'s plan`}, not ${council === "" ? "this plan" : `${council}'s`}`
        : "it was written for another version of the plan (the actions were added, removed or renumbered since)";
    m.issues.push(
      issueOf("other-plan", name, `${name}: ${why}; it is not collected.`, {
        cell: marker.council !== council ? MARKER_CELL.council : MARKER_CELL.plan,
        hint: "Send the owner a new return from the current plan (cpc returns).",
      }),
    );
    return;
  }
  m.issueDates.push(marker.asOf);
  const owner = marker.owner;
  const entry = { owner, file: name, lines: lines.size, filled: 0, applied: 0 };
  m.returned.push(entry);
  const file: ReturnFile = { name, owner, asOf: marker.asOf, lines, entry };
  for (const row of r.rows) readLine(m, file, row);
}

/** Reads one line: a line filled in and sound becomes a candidate; one filled in but not sound holds its key back. */
function readLine(m: Merging, file: ReturnFile, row: ReadRow): void {
  const c = row.cells;
  const text = (col: ReturnColumn) => asInCell(c[col]?.text ?? "");
  const ref = (col: ReturnColumn) => c[col]?.ref ?? `${RETURN_SHEET}!${String.fromCharCode(65 + Object.keys(HEADINGS).indexOf(col))}${row.row}`;
  const key = asKey(text("key"));
  const anything = (["status", "rag", "date", "comment", "newTarget"] as const).some(
    (col) => text(col) !== "" || c[col]?.date !== undefined || c[col]?.number !== undefined,
  );
  const written = file.lines.get(key);
  if (written === undefined) {
    if (key === "" && !anything) return;
    const known = m.stepOf.get(key);
    m.issues.push(
      issueOf(
        "not-in-return",
        file.name,
        key === ""
          ? `${file.name}, ${ref("key")}: a line with no action number; it is not applied.`
          : `${file.name}, ${ref("key")}: action ${key} ${known ? "is not in this owner's return" : "is not in the plan"}; the line is not applied.`,
        {
          cell: ref("key"),
          ...(key !== "" ? { action: key } : {}),
          hint: known
            ? `Ask its owner${(known.action.owners ?? []).length > 0 ? ` (${known.action.owners!.join(", ")})` : ""} for the update.`
            : "Write updates only on the lines the return lists.",
        },
      ),
    );
    return;
  }
  const target = m.stepOf.get(key);
  // A line the plan no longer has: its key is in the marker but the plan changed (the plan key would differ).
  if (!target) return;
  const line: Line = { file, ref, key, written, target };
  const { status, rag, bad } = readChoices(m, line, text);
  const newTarget = text("newTarget");
  const comment = text("comment");
  const statusChanged = status !== written.status;
  const ragChanged = rag !== written.rag;
  const writtenTarget = written.target === undefined ? undefined : asInCell(written.target);
  const targetChanged = newTarget !== "" && newTarget !== writtenTarget;
  const filled = bad || statusChanged || ragChanged || targetChanged || comment !== "";
  if (!filled) return;
  file.entry.filled++;
  const held = () => m.unreadable.set(key, [...(m.unreadable.get(key) ?? []), `${file.name} (${ref("key")})`]);
  if (bad) {
    held();
    return;
  }
  const current = stillCurrent(m, line, writtenTarget);
  const date = current === undefined ? undefined : lineDate(m, line, c.date);
  if (current === undefined || date === undefined) {
    held();
    return;
  }
  lineWarnings(m, line, { status, rag, statusChanged, ragChanged, targetChanged, newTarget });
  m.candidates.push({
    file: file.name,
    owner: file.owner,
    cell: ref("key"),
    key,
    action: target.action,
    ...(target.step !== undefined ? { step: target.step } : {}),
    date,
    status,
    rag,
    target: targetChanged ? newTarget : current.nowTarget,
    statusChanged,
    ragChanged,
    targetChanged,
    comment,
  });
}

/** The line's Status and RAG: blank keeps what was shown; a word that is neither makes the line bad. */
function readChoices(m: Merging, line: Line, text: (col: ReturnColumn) => string): { status: Status | undefined; rag: Rag | undefined; bad: boolean } {
  const { file, ref, key, written } = line;
  let bad = false;
  let status = written.status;
  const statusText = text("status");
  if (statusText !== "") {
    const s = wordingOf(m.wordings, statusText)?.status ?? normaliseStatus(statusText);
    if (s === undefined) {
      bad = true;
      m.issues.push(
        issueOf("unknown-status", file.name, `${file.name}, ${ref("status")}: "${statusText}" is not a status; the line for ${key} is not applied.`, {
          cell: ref("status"),
          action: key,
          hint: "Choose one of the drop-down's words.",
        }),
      );
    } else status = s;
  }
  let rag = written.rag;
  const ragText = text("rag");
  if (ragText !== "") {
    const g = wordingOf(m.wordings, ragText)?.rag ?? normaliseRag(ragText);
    if (g === undefined) {
      bad = true;
      m.issues.push(
        issueOf("unknown-rag", file.name, `${file.name}, ${ref("rag")}: "${ragText}" is not a RAG rating; the line for ${key} is not applied.`, {
          cell: ref("rag"),
          action: key,
          hint: "Choose one of the drop-down's words.",
        }),
      );
    } else rag = g;
  }
  return { status, rag, bad };
}

/** The plan's target for the line, unless the plan has moved on since the return was written (its line answered old news). */
function stillCurrent(m: Merging, line: Line, writtenTarget: string | undefined): { nowTarget: string | undefined } | undefined {
  const now = line.target.action;
  const stepNow = line.target.step !== undefined ? now.steps?.find((s) => s.id === line.target.step) : undefined;
  const nowStatus = stepNow ? (stepNow.status ?? now.status) : now.status;
  const nowRag = stepNow ? stepNow.rag : now.rag;
  const nowTarget = stepNow ? (stepNow.timescale ?? now.timescale) : now.timescale;
  if (
    lastUpdateOf(now) !== line.written.lastUpdate ||
    nowStatus !== line.written.status ||
    nowRag !== line.written.rag ||
    (nowTarget === undefined ? undefined : asInCell(nowTarget)) !== writtenTarget
  ) {
    m.issues.push(
      issueOf(
        "older-return",
        line.file.name,
        `${line.file.name}, ${line.ref("key")}: action ${now.id} has changed since this return was written on ${line.file.asOf}${lastUpdateOf(now) !== line.written.lastUpdate ? ` (updated ${lastUpdateOf(now)})` : ""}; the line is not applied.`,
        { cell: line.ref("key"), action: line.key, hint: "Check the line against the plan as it is now, and record it by hand or send a new return." },
      ),
    );
    return undefined;
  }
  return { nowTarget };
}

/** The line's Date, or undefined (and why) when it has none, or one that is not a day, is in the future or is before the last update. */
function lineDate(m: Merging, line: Line, dateCell: ReadCell | undefined): CalendarDate | undefined {
  if (dateCell === undefined || (dateCell.text.trim() === "" && dateCell.date === undefined && dateCell.number === undefined)) {
    m.issues.push(
      issueOf(
        "missing-date",
        line.file.name,
        `${line.file.name}, ${line.ref("date")}: the line for ${line.key} is filled in with no Date; it is not applied.`,
        {
          cell: line.ref("date"),
          action: line.key,
          hint: "Write the date of the update (dd/mm/yyyy).",
        },
      ),
    );
    return undefined;
  }
  const day = dayOf(dateCell);
  const last = lastUpdateOf(line.target.action);
  let dateProblem: { code: ReturnIssueCode; message: string } | undefined;
  if ("problem" in day) dateProblem = { code: "bad-date", message: day.problem };
  else if (day.date > m.today) dateProblem = { code: "bad-date", message: `${day.date} is in the future (the returns are collected on ${m.today})` };
  else if (last !== undefined && day.date < last)
    dateProblem = { code: "date-before-last-update", message: `${day.date} is before the action's last update, ${last}` };
  if (dateProblem || !("date" in day)) {
    m.issues.push(
      issueOf(
        dateProblem!.code,
        line.file.name,
        `${line.file.name}, ${line.ref("date")}: the Date of ${line.key}: ${dateProblem!.message}; the line is not applied.`,
        {
          cell: line.ref("date"),
          action: line.key,
          hint: dateProblem!.code === "date-before-last-update" ? "Date the update on or after the last one." : "Write the date of the update as dd/mm/yyyy.",
        },
      ),
    );
    return undefined;
  }
  return day.date;
}

/** What is applied but worth saying: a step's status (kept in the note) and a new target with no date. */
function lineWarnings(
  m: Merging,
  line: Line,
  {
    status,
    rag,
    statusChanged,
    ragChanged,
    targetChanged,
    newTarget,
  }: { status: Status | undefined; rag: Rag | undefined; statusChanged: boolean; ragChanged: boolean; targetChanged: boolean; newTarget: string },
): void {
  if (line.target.step !== undefined && (statusChanged || ragChanged)) {
    m.issues.push(
      issueOf(
        "step-status",
        line.file.name,
        `${line.file.name}, ${line.ref(statusChanged ? "status" : "rag")}: step ${line.key} is now ${[statusChanged && status ? statusLabel(status) : "", ragChanged && rag ? ragLabel(rag) : ""].filter(Boolean).join(", ")}; this is recorded in action ${line.target.action.id}'s update note, not as the step's own status.`,
        {
          cell: line.ref(statusChanged ? "status" : "rag"),
          action: line.key,
          hint: "Change the step's status in the plan by hand if it should count in the figures.",
        },
      ),
    );
  }
  if (targetChanged && !isDated(parseTimescale(newTarget))) {
    m.issues.push(
      issueOf(
        "undated-target",
        line.file.name,
        `${line.file.name}, ${line.ref("newTarget")}: the new target "${newTarget}" for ${line.key} gives no date; it is recorded as written.`,
        {
          cell: line.ref("newTarget"),
          action: line.key,
          hint: 'Write a month or a day ("March 2025", "31/03/2025") if it has one.',
        },
      ),
    );
  }
}

/** The candidates by key, in a fixed order; a key two lines disagree about, or one with an unreadable line, is held back with a conflict. */
function heldBack(m: Merging): { accepted: Candidate[][]; conflicts: number } {
  const { candidates, unreadable, issues } = m;
  // Group the filled lines by key; a key two lines disagree about, or one with an unreadable line, is held back.
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  let conflicts = 0;
  const accepted: Candidate[][] = [];
  for (const [key, group] of byKey) {
    const order = [...group].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0));
    const first = order[0]!;
    const disagree = order.some((c) => c.status !== first.status || c.rag !== first.rag || c.target !== first.target);
    const others = unreadable.get(key);
    if (disagree || others !== undefined) {
      conflicts++;
      const values: ConflictingLine[] = order.map((c) => ({
        file: c.file,
        cell: c.cell,
        owner: c.owner,
        ...(c.status !== undefined ? { status: c.status } : {}),
        ...(c.rag !== undefined ? { rag: c.rag } : {}),
        ...(c.target !== undefined ? { target: c.target } : {}),
        date: c.date,
        ...(c.comment !== "" ? { comment: c.comment } : {}),
      }));
      const said = (c: ConflictingLine) =>
        `${c.file} (${c.cell}, ${c.owner}) says ${[c.status ? statusLabel(c.status) : "no status", c.rag ? ragLabel(c.rag) : "no RAG", c.target ? `target "${c.target}"` : "no target"].join(", ")}`;
      const message = disagree
        ? `action ${key}: the returns disagree: ${values.map(said).join("; ")}. Neither is applied.`
        : `action ${key}: ${values.map(said).join("; ")}, but ${others!.join(" and ")} could not be read for the same action; nothing is applied.`;
      for (const c of order)
        issues.push(
          issueOf("conflict", c.file, `${c.file}, ${c.cell}: ${message}`, {
            cell: c.cell,
            action: key,
            values,
            hint: "Agree the update with the owners and record it once.",
          }),
        );
      continue;
    }
    accepted.push(order);
  }
  return { accepted, conflicts };
}

/** Applies the accepted lines in plan order, each action's lines by date, so that the order of the files does not matter. */
function applyLines(plan: ActionPlan, accepted: Candidate[][]): { next: ActionPlan; changes: ReturnChange[]; applied: Map<string, number> } {
  const changes: ReturnChange[] = [];
  let next = plan;
  const applied = new Map<string, number>();
  const rank = new Map(plan.actions.map((a, i) => [a.id, i]));
  const stepRank = (g: Candidate[]) => {
    const s = g[0]!.step;
    return s === undefined ? -1 : (g[0]!.action.steps ?? []).findIndex((x) => x.id === s);
  };
  accepted.sort((a, b) => rank.get(a[0]!.action.id)! - rank.get(b[0]!.action.id)! || maxDate(a).localeCompare(maxDate(b)) || stepRank(a) - stepRank(b));
  for (const group of accepted) {
    const first = group[0]!;
    const id = first.action.id;
    const date = maxDate(group);
    const files = [...new Set(group.map((c) => c.file))];
    const owners = [...new Set(group.map((c) => c.owner))];
    const source = `[return: ${files.join(", ")}]`;
    const said = group.filter((c) => c.comment !== "").map((c) => (group.length > 1 ? `${c.owner}: ${c.comment}` : c.comment));
    const stepNews =
      first.step !== undefined && (first.statusChanged || first.ragChanged)
        ? `now ${[first.statusChanged && first.status ? statusLabel(first.status) : "", first.ragChanged && first.rag ? ragLabel(first.rag) : ""].filter(Boolean).join(", ")}`
        : "";
    const body = [stepNews, ...said].filter(Boolean).join(" / ");
    const note = `${first.step !== undefined ? `Step ${first.step}: ` : ""}${body}${body ? " " : ""}${source}`;
    const before = next.actions.find((a) => a.id === id)!;
    const isAction = first.step === undefined;
    const status = isAction && first.statusChanged ? first.status : undefined;
    const rag = isAction && first.ragChanged ? first.rag : undefined;
    const newTarget = first.targetChanged ? first.target : undefined;
    if (newTarget !== undefined && isAction) {
      next = rescheduleAction(next, id, { date, timescale: newTarget, ...(status === undefined && rag === undefined ? { note } : {}) });
      if (status !== undefined || rag !== undefined) next = updateAction(next, id, { date, status, rag, note });
    } else {
      next = updateAction(next, id, {
        date,
        ...(status !== undefined ? { status } : {}),
        ...(rag !== undefined ? { rag } : {}),
        note: newTarget !== undefined ? `${note} (new target for step ${first.step}: ${newTarget})` : note,
      });
    }
    changes.push({
      action: id,
      ...(first.step !== undefined ? { step: first.step } : {}),
      key: first.key,
      owner: owners.join(" and "),
      files,
      cells: group.map((c) => c.cell),
      date,
      ...(status !== undefined ? { status: { ...(before.status !== undefined ? { from: before.status } : {}), to: status } } : {}),
      ...(rag !== undefined ? { rag: { ...(before.rag !== undefined ? { from: before.rag } : {}), to: rag } } : {}),
      ...(newTarget !== undefined
        ? { target: { ...(first.step === undefined ? (before.timescale !== undefined ? { from: before.timescale } : {}) : {}), to: newTarget } }
        : {}),
      note,
    });
    for (const c of group) applied.set(c.file, (applied.get(c.file) ?? 0) + 1);
  }
  return { next, changes, applied };
}

const maxDate = (group: readonly Candidate[]): CalendarDate => group.map((c) => c.date).reduce((a, b) => (a > b ? a : b));

export { MARKER_CELL };
