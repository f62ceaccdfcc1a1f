/**
 * Columns per period ("Q1 RAG", "Q2 update", "RAG - June 2024"): one action's history,
 * dated by the headings and read against the plan's own dates. Browser-safe.
 */
import { fold } from "./columns.js";
import { issueOf, type Issue } from "../model/issue.js";
import { normaliseRag, normaliseStatus, wordingOf, type Wordings } from "../status/index.js";
import { parseTimescale } from "../timescale/parse.js";

/** The spaces and punctuation around a period named in a heading ("Q1 - ", "(2024/25)"). */
const PERIOD_SEPARATORS = /[\s\-\u2013\u2014:,()]/;

/**
 * `text` without the characters matching `set` at its end, in one pass from the end:
 * `/[...]+$/` tries every start in a long run and is quadratic on it.
 */
export function trimEnd(text: string, set: RegExp): string {
  let end = text.length;
  while (end > 0 && set.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

type PeriodField = "status" | "rag" | "comments";
/** One period's columns: "Q1 RAG" and "Q1 update" are the period "Q1". */
export interface PeriodColumns {
  readonly label: string;
  readonly date: string;
  readonly at: Partial<Record<PeriodField, number>>;
}

/** The period columns a header has: dated ones, the labels of undated ones, and whether a quarter's year was guessed. */
export interface Periods {
  readonly columns: readonly PeriodColumns[];
  readonly undated: readonly string[];
  /**
   * The undated periods' columns, oldest first: left to right, or right to left where their
   * labels (`undated`, in the table's order) run newest first ("Q4", "Q3", "Q2", "Q1"). Where
   * none is dated, the last filled is the current position.
   */
  readonly undatedColumns: readonly { readonly label: string; readonly at: Partial<Record<PeriodField, number>> }[];
  readonly financialGuess: boolean;
}

// Stryker disable all: a top-level table, never reloaded for a mutant. Changed by hand (2026-11-24), each made
// test/table-parts.test.ts fail: "rag" put before "rag status"; the words' joint "" for "[^a-z0-9]+"; the end
// boundary "($|[^a-z0-9])" left off.
/**
 * The headings of one period's status, RAG or comment, without the period: a phrase comes
 * before any shorter one inside it ("rag status" before "rag" and "status").
 */
const PERIOD_FIELD_WORDS: readonly (readonly [PeriodField, RegExp])[] = (
  [
    ["rag", "rag status"],
    ["rag", "rag rating"],
    ["rag", "b rag"],
    ["rag", "brag"],
    ["rag", "rag"],
    ["status", "progress status"],
    ["status", "status"],
    ["comments", "progress update"],
    ["comments", "updates"],
    ["comments", "update"],
    ["comments", "commentary"],
    ["comments", "comments"],
    ["comments", "comment"],
    ["comments", "progress"],
    ["comments", "notes"],
  ] as const
).map(([field, words]) => [field, new RegExp(`(^|[^a-z0-9])${words.split(" ").join("[^a-z0-9]+")}($|[^a-z0-9])`, "i")] as const);
const NO_PERIODS: Periods = { columns: [], undated: [], undatedColumns: [], financialGuess: false };
// Stryker restore all

/**
 * Whether a heading is one period's status, RAG or comment ("Q1 RAG", "June 2024 update"):
 * a field's words and a period's number or month.
 */
export function isPeriodHeading(name: string): boolean {
  for (const [, words] of PERIOD_FIELD_WORDS) {
    const m = words.exec(name);
    if (!m) continue;
    const period = name.slice(0, m.index) + " " + name.slice(m.index + m[0].length);
    return /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(period);
  }
  return false;
}

/** Headings that are a status, RAG or comment column of one period, grouped by period, left to right. */
export function periodColumns(extra: readonly { index: number; name: string }[], reference: string | undefined): Periods {
  const byPeriod = new Map<string, { label: string; date: string | undefined; at: Partial<Record<PeriodField, number>> }>();
  let financialGuess = false;
  for (const { index, name } of extra) {
    for (const [field, words] of PERIOD_FIELD_WORDS) {
      const m = words.exec(name);
      if (!m) continue;
      const period = trimEnd((name.slice(0, m.index) + " " + name.slice(m.index + m[0].length)).replace(/^[\s\-\u2013\u2014:,()]+/, ""), PERIOD_SEPARATORS);
      // A period has a number ("Q1", "2024/25") or a month's name; "Lead officer comments" has neither.
      if (!/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(period)) break;
      const t = parseTimescale(period, reference !== undefined ? { reference, quarters: "financial" } : {});
      const date = t.kind === "date" ? t.due : undefined;
      if (t.kind === "date" && t.yearFromReference === true) financialGuess = true;
      // "Status as at October 2025" and "RAG Oct 2025" are one period: dated ones are grouped by their date.
      const key = date ?? `~${fold(period)}`;
      const group = byPeriod.get(key) ?? { label: period, date, at: {} };
      if (group.at[field] === undefined) group.at[field] = index;
      byPeriod.set(key, group);
      break;
    }
  }
  // In the order of each period's first column (the headings are read left to right).
  const all = [...byPeriod.values()];
  if (all.length === 0) return NO_PERIODS;
  const columns = all.filter((g) => g.date !== undefined).map((g) => ({ label: g.label, date: g.date!, at: g.at }));
  const undated = all.filter((g) => g.date === undefined).map((g) => g.label);
  const inTable = all.filter((g) => g.date === undefined).map((g) => ({ label: g.label, at: g.at }));
  const undatedColumns = runsNewestFirst(undated) ? [...inTable].reverse() : inTable;
  return { columns, undated, undatedColumns, financialGuess };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * A period label's place in its year, where the label is a quarter or a month alone ("Q3",
 * "Quarter 3", "June"): the order of a tracker's undated columns, compared with each other only.
 */
function periodRank(label: string): number | undefined {
  const q = /^(?:q|qtr|quarter)\s*([1-4])$/i.exec(label.trim());
  if (q) return Number(q[1]);
  const m = /^([a-z]{3,9})$/i.exec(label.trim());
  const month = m ? MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) : -1;
  return month >= 0 ? month + 1 : undefined;
}

/**
 * Whether undated period labels run newest first, left to right ("Q4", "Q3", "Q2", "Q1"):
 * every label a quarter or a month, each earlier than the one before. A year that wraps
 * ("Q3", "Q4", "Q1") is never strictly falling, so it keeps the table's left-to-right order.
 */
function runsNewestFirst(labels: readonly string[]): boolean {
  const ranks = labels.map(periodRank);
  if (ranks.length < 2 || ranks.some((r) => r === undefined)) return false;
  return ranks.every((r, i) => i === 0 || r! < ranks[i - 1]!);
}

/** What the reader says of a header's period columns: how it reads the dated ones, and that the undated ones are kept as fields. */
export function periodIssues(periods: Periods): Issue[] {
  const issues: Issue[] = [];
  const only = periods.columns.length + periods.undated.length === 1 ? (periods.columns[0] ?? periods.undatedColumns[0]) : undefined;
  if (only !== undefined) {
    // One period alone ("Update Oct 2025", "Q2 RAG") is no history: its columns are the current ones.
    const dated = periods.columns[0] !== undefined ? `, dated ${periods.columns[0].date}` : ", with no date here";
    issues.push(
      issueOf({
        code: "period-columns",
        path: ["columns"],
        message: `The ${Object.keys(only.at).length === 1 ? "column" : "columns"} of ${JSON.stringify(only.label)}, the only period the table has${dated}, ${Object.keys(only.at).length === 1 ? "is" : "are"} read as each action's current ${fieldWords(only.at)}, where the table has no column of its own for ${Object.keys(only.at).length === 1 ? "it" : "them"}.`,
        hint: "If the column is not the current position, say which column holds what with the columns option.",
      }),
    );
    return issues;
  }
  if (periods.columns.length > 0) {
    issues.push(
      issueOf({
        code: "period-columns",
        path: ["columns"],
        message: `The columns ${periods.columns.map((p) => JSON.stringify(p.label)).join(", ")} are read as one column per period: the latest filled is each action's current position, and the earlier ones are its updates, dated ${periods.columns.map((p) => p.date).join(", ")}${periods.financialGuess ? " (quarters with no year are read as financial quarters, from the plan's own dates)" : ""}.`,
        hint: 'Check the dates; give each heading its year ("Q1 2024/25 RAG") to make them certain.',
      }),
    );
  }
  if (periods.columns.length === 0 && periods.undatedColumns.length >= 2) {
    const newestFirst = runsNewestFirst(periods.undated);
    const labels = periods.undated.map((p) => JSON.stringify(p)).join(", ");
    const current = newestFirst
      ? `the headings run newest first, so the left-most filled (the latest period) is each action's current status, RAG and comment`
      : `the right-most filled is each action's current status, RAG and comment`;
    issues.push(
      issueOf({
        code: "period-columns",
        path: ["columns"],
        message: `The columns of ${labels} are one set per period, with no date here (no year, and no CPC or publication date to read them against): ${current}, and every period is kept as a field of each action, undated.`,
        hint: "Give the headings their year (\"Q1 2024/25 RAG\"), or give the plan's CPC start (cpc --cpc-start, or the page's CPC start), to make the earlier periods dated updates.",
      }),
    );
  } else {
    for (const label of periods.undated) {
      issues.push(
        issueOf({
          code: "period-columns",
          path: ["columns"],
          message: `The column ${JSON.stringify(label)} looks like one period's figures, but the period has no date here (no year, and no CPC or publication date to read it against), so it is kept as a field of each action.`,
          hint: 'Give the heading its year ("Q1 2024/25 RAG"), or give the plan\'s CPC start.',
        }),
      );
    }
  }
  return issues;
}

/** A period's fields in words, in the table's order: "status, RAG rating and comments". */
function fieldWords(at: Partial<Record<PeriodField, number>>): string {
  const words = { status: "status", rag: "RAG rating", comments: "comments" } as const;
  const names = (Object.entries(at) as [PeriodField, number][]).sort((a, b) => a[1] - b[1]).map(([field]) => words[field]);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)!}`;
}

/**
 * Sets an action's current status, RAG and comment from its latest filled period (by date,
 * so a tracker with the newest quarter on the left is read right), and its updates from
 * the others, oldest first.
 */
export function applyPeriods(
  action: Record<string, unknown>,
  cells: readonly string[],
  periods: readonly PeriodColumns[],
  wordings: Wordings | undefined,
): void {
  const statusOf = (v: string) => wordingOf(wordings, v)?.status ?? normaliseStatus(v) ?? v;
  const ragOf = (v: string) => wordingOf(wordings, v)?.rag ?? normaliseRag(v) ?? v;
  const valueOf = (p: PeriodColumns, field: PeriodField): string => {
    const i = p.at[field];
    return i === undefined ? "" : (cells[i] ?? "").trim();
  };
  const filled = periods.filter((p) => valueOf(p, "status") !== "" || valueOf(p, "rag") !== "" || valueOf(p, "comments") !== "");
  if (filled.length === 0) return;
  const current = filled.reduce((latest, p) => (p.date >= latest.date ? p : latest));
  // Where the table has its own Status, RAG or comment column, that is the current one and every period is history.
  const history = filled.filter((p) => p !== current);
  const setCurrent = (field: PeriodField): boolean => {
    const v = valueOf(current, field);
    if (v === "") return true;
    if (action[field] !== undefined) return false;
    action[field] = field === "status" ? statusOf(v) : field === "rag" ? ragOf(v) : v;
    return true;
  };
  const currentTaken = (["status", "rag", "comments"] as const).map(setCurrent).every(Boolean);
  if (!currentTaken) history.push(current);
  const updates = history.map((p) => {
    const u: Record<string, unknown> = { date: p.date };
    const status = valueOf(p, "status");
    const rag = valueOf(p, "rag");
    const note = valueOf(p, "comments");
    if (status !== "") u["status"] = statusOf(status);
    if (rag !== "") u["rag"] = ragOf(rag);
    if (note !== "") u["note"] = note;
    return u;
  });
  if (updates.length > 0) action["updates"] = updates.sort((a, b) => (a["date"] as string).localeCompare(b["date"] as string));
}

/**
 * Periods with no date (no year, nothing to read them against), oldest first: the last filled
 * one (the right-most in the table, or the left-most where the headings run newest first) gives the action's current status, RAG and comment where the
 * table has no column of its own for them. The periods' columns stay fields of the action,
 * so the history is kept, undated.
 */
export function applyUndatedPeriods(
  action: Record<string, unknown>,
  cells: readonly string[],
  periods: readonly { readonly at: Partial<Record<PeriodField, number>> }[],
  wordings: Wordings | undefined,
): void {
  const valueOf = (p: (typeof periods)[number], field: PeriodField): string => {
    const i = p.at[field];
    return i === undefined ? "" : (cells[i] ?? "").trim();
  };
  const fields = ["status", "rag", "comments"] as const;
  const current = [...periods].reverse().find((p) => fields.some((f) => valueOf(p, f) !== ""));
  if (current === undefined) return;
  for (const field of fields) {
    const v = valueOf(current, field);
    if (v === "" || action[field] !== undefined) continue;
    action[field] =
      field === "status"
        ? (wordingOf(wordings, v)?.status ?? normaliseStatus(v) ?? v)
        : field === "rag"
          ? (wordingOf(wordings, v)?.rag ?? normaliseRag(v) ?? v)
          : v;
  }
}
