/**
 * Which column of a table holds which field: by the user's word (the `columns` option),
 * by heading, and where the heading is unknown or weak, by what the column holds. The
 * mapping is settled once for the whole table, and each column's reading is said, with
 * why. Where two readings are close, an issue lists them: never a silent guess.
 * Browser-safe.
 */
import { fold } from "../fold.js";
import { issueOf, type Issue } from "../model/issue.js";
import type { Wordings } from "../status/index.js";
import { EXPORT_HEADINGS, keywordColumns, matchHeading, type Column, type HeadingStrength } from "./columns.js";
import { columnContents, type ColumnContents } from "./contents.js";
import { isPeriodHeading } from "./periods.js";
import { placeOf, type TableRow } from "./row.js";

/**
 * How one column of a table was understood: the field it was read as, how that was
 * decided, and why. `period` is one period's status, RAG or update ("Q2 RAG"); `field` a
 * column kept under its heading as a field of each action; `none` an empty column with no
 * heading.
 *
 * @category Import and export
 * @example
 * ```ts
 * import type { ColumnReading } from "peer-challenge/csv";
 * const reading: ColumnReading = {
 *   index: 0,
 *   heading: "Statement",
 *   as: "recommendation",
 *   by: "contents",
 *   why: "long text, written once over several rows",
 * };
 * ```
 */
export interface ColumnReading {
  /** The column's place, from 0 (column A). */
  readonly index: number;
  /** Its heading as written ("" for none). */
  readonly heading: string;
  /** The field it was read as. */
  readonly as: Column | "period" | "field" | "none";
  /**
   * How: `option` (the `columns` option said so), `heading` (a heading peer-challenge
   * knows), `words` (the same words in another order or number), `keyword` (a word in the
   * heading, checked against the contents), `contents` (what the cells hold), `position`
   * (a blank heading holding the action numbers).
   */
  readonly by: "option" | HeadingStrength | "heading" | "contents" | "position";
  /** Why, in words: "long text, written once over several rows". */
  readonly why: string;
}

/**
 * The user's word on what columns hold, by heading (matched ignoring case, spaces and
 * punctuation): a field, `"field"` to keep a column as it is, or `"ignore"` to leave it out.
 *
 * @category Import and export
 * @example
 * ```ts
 * import type { ColumnChoices } from "peer-challenge/csv";
 * const columns: ColumnChoices = { "Due by": "timescale", Statement: "recommendation", Notes: "ignore" };
 * ```
 */
export type ColumnChoices = Readonly<Record<string, Column | "field" | "ignore">>;

/** The columns' fields, settled. */
export interface ColumnMap {
  readonly columns: ReadonlyMap<Column, number>;
  /** Columns kept as fields of each action, under their heading. */
  readonly extra: readonly { readonly index: number; readonly name: string }[];
  readonly readings: ColumnReading[];
  /** Columns the user said to leave out. */
  readonly ignored: ReadonlySet<number>;
}

/** A reading of a column by its contents, with how sure (0 to 1) and why. */
interface Candidate {
  readonly column: Column;
  readonly score: number;
  readonly why: string;
}

/** What a fraction of the cells is, in words: "9 of 10 cells". */
function share(n: number, k: ColumnContents): string {
  return `${Math.min(n, k.filled)} of ${k.filled} cells`;
}

function quote(example: string | undefined): string {
  if (example === undefined) return "";
  const one = example.replace(/\s+/g, " ");
  return `, e.g. ${JSON.stringify(one.length > 40 ? `${one.slice(0, 37)}...` : one)}`;
}

/** The fields a column's cells could be, surest first. Text columns are judged by place as well, later. */
export function candidatesOf(k: ColumnContents): Candidate[] {
  if (k.filled === 0) return [];
  const f = (n: number) => Math.min(1, n / k.filled);
  const out: Candidate[] = [];
  if (f(k.dates) >= 0.5) out.push({ column: "timescale", score: f(k.dates), why: `dates and targets (${share(k.dates, k)}${quote(k.examples.dates)})` });
  if (f(k.statuses) >= 0.5 && k.words <= 6)
    out.push({ column: "status", score: f(k.statuses), why: `status words (${share(k.statuses, k)}${quote(k.examples.statuses)})` });
  if (f(k.rags) >= 0.5 && k.words <= 4) out.push({ column: "rag", score: f(k.rags), why: `RAG ratings (${share(k.rags, k)}${quote(k.examples.rags)})` });
  if (f(k.numbers) >= 0.7 && k.words <= 1.5)
    out.push({ column: "actionId", score: f(k.numbers), why: `action numbers (${share(k.numbers, k)}${quote(k.examples.numbers)})` });
  if (f(k.references) >= 0.7 && k.words <= 2) {
    // "R1" written once over its actions' rows is the recommendation's; one on every row an action's.
    const once = k.carried / Math.max(1, k.rows) >= 0.25;
    out.push({
      column: once ? "recommendationId" : "actionId",
      score: f(k.references),
      why: `references (${share(k.references, k)}${quote(k.examples.references)})${once ? ", written once over several rows" : ""}`,
    });
  }
  if (f(k.percents) >= 0.7 && k.words <= 2)
    out.push({ column: "percentComplete", score: f(k.percents), why: `percentages (${share(k.percents, k)}${quote(k.examples.percents)})` });
  if (f(k.people) >= 0.6 && k.words <= 8)
    out.push({ column: "owners", score: f(k.people) * 0.95, why: `posts and people (${share(k.people, k)}${quote(k.examples.people)})` });
  return out.sort((a, b) => b.score - a.score);
}

/** Whether a column holds prose: several words a cell. */
function isText(k: ColumnContents): boolean {
  return k.filled > 0 && k.words >= 3.5;
}

/** Text written once over several rows (merged down, or the same on each row): a recommendation's look. */
function carriedDown(k: ColumnContents): boolean {
  return k.rows > 1 && (k.carried + k.repeated) / k.rows >= 0.25;
}

function textWhy(k: ColumnContents): string {
  const kind =
    k.repeated > k.carried ? "long text, repeated down the rows" : carriedDown(k) ? "long text, written once over several rows" : "long text, one a row";
  return `${kind}${quote(k.examples.text)}`;
}

/**
 * Settles which column holds which field. `header` is the header row's cells, `rows` the
 * rows below it; `choices` the user's word, which wins.
 */
export function readColumns(
  header: readonly string[],
  rows: readonly TableRow[],
  options: { readonly choices?: ColumnChoices | undefined; readonly wordings?: Wordings | undefined },
  issues: Issue[],
): ColumnMap {
  return settleColumns(header, columnContents(rows, header.length, options.wordings), rows, options.choices, issues);
}

/**
 * {@link readColumns}, given what each column holds: the reading rules alone, which
 * test/table-roles-rules.test.ts holds case by case. `rows` only places a message.
 */
export function settleColumns(
  header: readonly string[],
  contents: readonly ColumnContents[],
  rows: readonly TableRow[],
  choices: ColumnChoices | undefined,
  issues: Issue[],
): ColumnMap {
  const columns = new Map<Column, number>();
  const readings = new Map<number, ColumnReading>();
  const ignored = new Set<number>();
  const take = (i: number, as: Column, by: ColumnReading["by"], why: string) => {
    columns.set(as, i);
    readings.set(i, { index: i, heading: header[i]!.trim(), as, by, why });
  };
  const keep = (i: number, by: ColumnReading["by"], why: string) => readings.set(i, { index: i, heading: header[i]!.trim(), as: "field", by, why });
  const open = (i: number) => !readings.has(i) && !ignored.has(i);
  const reading: Reading = { header, contents, matches: header.map((cell) => matchHeading(cell)), columns, readings, ignored, issues, take, keep, open };

  byChoice(reading, choices);
  // One period's columns ("Q1 RAG", "Q2 update") are the periods' to read, as a group.
  header.forEach((cell, i) => {
    if (!readings.has(i) && isPeriodHeading(cell)) keep(i, "heading", "a period's status, RAG or update");
  });
  byHeading(reading);
  doneDates(reading);
  byKeyword(reading);
  byCounts(reading, rows);
  const unknown = header.map((_, i) => i).filter(open);
  const unclear = byContents(reading, unknown);
  byProse(reading, unknown, unclear);
  byLeadingStatus(reading);
  doneDatesIssue(reading);
  for (const i of unknown) {
    if (!open(i)) continue;
    if (header[i]!.trim() === "") {
      if (contents[i]!.filled > 0) keep(i, "heading", "a blank heading over cells of no kind the reader knows: kept as a field");
      else readings.set(i, { index: i, heading: "", as: "none", by: "heading", why: "no heading and no cells" });
    } else keep(i, "heading", unclear.has(i) ? "its readings are too close to choose between (see the issue)" : "a heading peer-challenge does not know");
  }
  const extra = [...readings.values()].filter((r) => r.as === "field" && r.heading !== "").map((r) => ({ index: r.index, name: r.heading }));
  // Blank headings over cells are kept too, under a name that says where they were.
  for (const r of readings.values()) if (r.as === "field" && r.heading === "") extra.push({ index: r.index, name: `Column ${letters(r.index)}` });
  extra.sort((a, b) => a.index - b.index);
  return { columns, extra, readings: [...readings.values()].sort((a, b) => a.index - b.index), ignored };
}

/** The state of {@link readColumns}: the table's headings and what its columns hold, and what has been decided so far. */
interface Reading {
  readonly header: readonly string[];
  readonly contents: readonly ColumnContents[];
  readonly matches: readonly ReturnType<typeof matchHeading>[];
  readonly columns: Map<Column, number>;
  readonly readings: Map<number, ColumnReading>;
  readonly ignored: Set<number>;
  readonly issues: Issue[];
  /** Reads column `i` as a field. */
  readonly take: (i: number, as: Column, by: ColumnReading["by"], why: string) => void;
  /** Keeps column `i` as a field of its own. */
  readonly keep: (i: number, by: ColumnReading["by"], why: string) => void;
  /** Whether column `i` is still to be read. */
  readonly open: (i: number) => boolean;
}

/** 1. The user's word (the columns option); a heading it names that the table does not have is said. */
function byChoice(r: Reading, choices: ColumnChoices | undefined): void {
  const chosen = new Map<string, Column | "field" | "ignore">();
  for (const [heading, as] of Object.entries(choices ?? {})) chosen.set(fold(heading), as);
  const used = new Set<string>();
  r.header.forEach((cell, i) => {
    const key = fold(cell);
    const as = chosen.get(key);
    if (as === undefined || key === "") return;
    used.add(key);
    if (as === "ignore") {
      r.ignored.add(i);
      r.readings.set(i, { index: i, heading: cell.trim(), as: "none", by: "option", why: "left out, as the columns option says" });
    } else if (as === "field") r.keep(i, "option", "kept as a field, as the columns option says");
    else if (r.columns.has(as)) r.keep(i, "option", `a second column for the ${label(as)}: kept as a field`);
    else r.take(i, as, "option", "as the columns option says");
  });
  for (const key of chosen.keys()) {
    if (!used.has(key)) {
      r.issues.push(
        issueOf({
          code: "column-unclear",
          path: ["columns"],
          message: `The columns option names a heading ${JSON.stringify(key)} that the table does not have; its headings are ${r.header
            .filter((h) => h.trim() !== "")
            .map((h) => JSON.stringify(h.trim()))
            .join(", ")}.`,
          hint: "Name a heading as the table writes it.",
          value: key,
        }),
      );
    }
  }
}

/**
 * 2. Headings in the table, or its words in another order: as named, unless the cells say plainly that a heading of
 * two meanings means the other one ("Theme" over long sentences is the recommendation).
 */
function byHeading(r: Reading): void {
  r.header.forEach((cell, i) => {
    const m = r.matches[i];
    if (!r.open(i) || m === undefined || m.strength === "keyword") return;
    const k = r.contents[i]!;
    const by = m.strength === "exact" ? "heading" : "words";
    let as = m.column;
    let why = m.strength === "exact" ? "its heading" : `its heading's words (${EXPORT_HEADINGS[m.column]})`;
    if ((as === "themes" || as === "heading") && isText(k) && k.words >= 6 && !headingNames(r.matches, "recommendation")) {
      as = "recommendation";
      why = `${textWhy(k)}, under a heading that can mean the theme or the recommendation`;
    } else if ((as === "status" || as === "comments") && k.filled > 0 && k.percents / k.filled >= 0.8 && !headingNames(r.matches, "percentComplete")) {
      // "Progress" or "Status" over "25%", "50%": how far the work has got, not words about it.
      as = "percentComplete";
      why = `percentages (${share(k.percents, k)}${quote(k.examples.percents)}) under the heading ${JSON.stringify(cell.trim())}`;
    } else if (as === "status" && k.words >= 8 && k.statuses / k.filled < 0.3 && !headingNames(r.matches, "comments")) {
      // "Current status" over paragraphs of progress: the comments; the status is then not recorded.
      as = "comments";
      why = `long text with few status words (${share(k.statuses, k)}), under a status heading: read as the comments`;
    } else if (as === "status" && !headingNames(r.matches, "rag") && k.filled > 0 && k.rags / k.filled >= 0.8 && k.statuses / k.filled <= 0.2) {
      // "Status" over "Green", "Amber", "Red": the RAG rating, under the heading a council gave it.
      as = "rag";
      why = `RAG ratings (${share(k.rags, k)}${quote(k.examples.rags)}) under the heading ${JSON.stringify(cell.trim())}`;
    } else if (as === "comments" && !headingNames(r.matches, "status") && k.filled > 0 && k.statuses / k.filled >= 0.6 && k.words <= 4) {
      as = "status";
      why = `status words (${share(k.statuses, k)}${quote(k.examples.statuses)}) under the heading ${JSON.stringify(cell.trim())}`;
    }
    const how = as === m.column ? by : "contents";
    if (r.columns.has(as)) r.keep(i, how, `a second column for the ${label(as)}: kept as a field`);
    else r.take(i, as, how, why);
  });
}

/** 3. A word in the heading, unless the cells plainly hold something else. */
function byKeyword(r: Reading): void {
  twoDates(r);
  r.header.forEach((cell, i) => {
    const m = r.matches[i];
    if (!r.open(i) || m === undefined || m.strength !== "keyword") return;
    const k = r.contents[i]!;
    const best = candidatesOf(k).find((c) => !r.columns.has(c.column));
    const fits = fitsKeyword(m.column, k);
    if (best !== undefined && best.column !== m.column && best.score >= 0.6 && !(m.column === "owners" && best.column === "timescale" && !fits)) {
      if (!fits || best.score >= 0.8) {
        r.take(i, best.column, "contents", `${best.why}, under the heading ${JSON.stringify(cell.trim())}`);
        return;
      }
    }
    if (!fits) return;
    if (r.columns.has(m.column)) {
      // "Recommendation / Comment" beside a comments column: the heading's next word names the recommendation.
      const next = keywordColumns(cell).find((c) => c.column !== m.column && !r.columns.has(c.column) && fitsKeyword(c.column, k));
      if (next !== undefined) r.take(i, next.column, "keyword", `the word "${next.word}" in its heading (the ${label(m.column)} has a column of its own)`);
      else r.keep(i, "keyword", `a second column for the ${label(m.column)}: kept as a field`);
    } else r.take(i, m.column, "keyword", `the word "${m.word ?? ""}" in its heading`);
  });
}

// Stryker disable all: three top-level tables, run once when the module loads, before Stryker switches a mutant on;
// test/table-heading-tables.test.ts reads every word of each by hand.
/** Words of a heading that say its date is when the work was done ("Date completed", "Actual completion date"). */
const DONE_WORDS = new Set(["completed", "achieved", "closed", "delivered", "implemented", "done", "actioned", "finished", "resolved", "actual"]);
/** Words that say a date is still to come ("Date to be completed by", "Target date completed"): then it may be the target. */
const DUE_WORDS = new Set([
  "target",
  "due",
  "deadline",
  "planned",
  "expected",
  "estimated",
  "forecast",
  "revised",
  "new",
  "original",
  "proposed",
  "by",
  "to",
  "for",
]);
/** Words that make a heading about a date; "on" only last, after a done word ("Completed on"). */
const WHEN_WORDS = new Set(["date", "when", "month"]);
// Stryker restore all

/**
 * 2a. A heading that says its date is when the work was done ("Date completed", "Date achieved", "Date closed",
 * "Actual completion date"), not when it is due: it is no target, however its cells look (a completed action
 * would be counted overdue from the day it was finished). Kept as a field; {@link doneDatesIssue} says so.
 */
function doneDates(r: Reading): void {
  r.header.forEach((cell, i) => {
    if (r.open(i) && isDoneDate(cell)) r.keep(i, "heading", "the date the work was done, not its target: kept as a field");
  });
}

/** Whether a heading names the date work was done ("Date completed"), and not one still to come. */
function isDoneDate(heading: string): boolean {
  const words = fold(heading).split(" ");
  const when = words.some((w, i) => WHEN_WORDS.has(w) || (w === "on" && i === words.length - 1 && DONE_WORDS.has(words[i - 1] ?? "")));
  return when && words.some((w) => DONE_WORDS.has(w)) && !words.some((w) => DUE_WORDS.has(w));
}

/** A done-date column kept while no column holds the target: said, so that no target is not a mystery. */
function doneDatesIssue(r: Reading): void {
  if (r.columns.has("timescale")) return;
  const done = [...r.readings.values()].filter((x) => x.as === "field" && isDoneDate(x.heading));
  if (done.length === 0) return;
  const names = done.map((x) => JSON.stringify(x.heading));
  r.issues.push(
    issueOf({
      code: "column-read",
      path: ["columns"],
      message: `${names.join(", ")} says when the work was done, not when it is due, so it was not read as the target and no action's target comes from it (it is kept as a field).`,
      hint: `If it is the deadline after all, say so with the columns option (cpc --columns FILE, or the page's column choices), e.g. ${names[0]}: timescale.`,
    }),
  );
}

/**
 * 3a. Two or more columns that the word "date" alone would make the target ("Date", "Exec Date"), and no
 * column named the target outright: a date is as likely the day a committee agreed the item as its
 * deadline, so none is read as the target, and the issue says so.
 */
function twoDates(r: Reading): void {
  if (r.columns.has("timescale")) return;
  const dates = r.header
    .map((_, i) => i)
    .filter((i) => {
      const m = r.matches[i];
      return (
        r.open(i) && m !== undefined && m.strength === "keyword" && m.column === "timescale" && m.word === "date" && fitsKeyword("timescale", r.contents[i]!)
      );
    });
  if (dates.length < 2) return;
  const names = dates.map((i) => JSON.stringify(r.header[i]!.trim()));
  for (const i of dates) r.keep(i, "keyword", "one of several columns of dates, none said to be the target: kept as a field");
  r.issues.push(
    issueOf({
      code: "column-unclear",
      path: ["columns"],
      message: `The columns ${names.join(", ")} each hold dates, and no heading says which, if any, is the target (a date may be the day a committee agreed the item), so none was read as the target.`,
      hint: `If one is the deadline, say so with the columns option (cpc --columns FILE, or the page's column choices), e.g. ${names[0]}: timescale.`,
      allowed: dates.map((i) => r.header[i]!.trim()),
    }),
  );
}

/**
 * 4. Unknown headings and blank ones, by what they hold: the plain kinds first (dates, statuses, RAG, numbers,
 * people); then a blank heading over action numbers. Returns the columns whose readings are too close to choose.
 */
function byContents(r: Reading, unknown: readonly number[]): Set<number> {
  const candidates = unknown.flatMap((i) => candidatesOf(r.contents[i]!).map((c) => ({ i, ...c })));
  candidates.sort((a, b) => b.score - a.score || a.i - b.i);
  const unclear = new Set<number>();
  for (const c of candidates) {
    if (!r.open(c.i) || unclear.has(c.i) || r.columns.has(c.column)) continue;
    // Two r.readings of one column as close as this, or two r.columns as close for one field: say so, decide nothing.
    const rival = candidates.find(
      (o) => o !== c && r.open(o.i) && !r.columns.has(o.column) && c.score - o.score < 0.1 && (o.i === c.i) !== (o.column === c.column),
    );
    if (rival !== undefined) {
      unclear.add(c.i);
      if (rival.i !== c.i) unclear.add(rival.i);
      r.issues.push(unclearIssue(r.header, c, rival));
      continue;
    }
    r.take(c.i, c.column, contentsBy(r.header[c.i]!), c.why);
  }
  // A blank heading over action numbers, as Kingston's table writes them.
  if (!r.columns.has("actionId")) {
    // An empty column under a blank heading, in a table with rows, is a spacer; in a header with no rows yet, its place says.
    const rowless = r.contents.every((k) => k.filled === 0);
    const blank = unknown.find(
      (i) =>
        r.open(i) &&
        r.header[i]!.trim() === "" &&
        i > 0 &&
        (r.contents[i]!.filled > 0 || rowless) &&
        r.contents[i]!.numbers + r.contents[i]!.references >= r.contents[i]!.filled / 2,
    );
    if (blank !== undefined) r.take(blank, "actionId", "position", "a blank heading over action numbers");
  }
  return unclear;
}

/**
 * 5. Prose in unknown columns, left to right: the recommendation (written once over its actions, or left of the
 * action text), the action, then the comments; with no recommendation column, a column of sections or themes.
 */
function byProse(r: Reading, unknown: readonly number[], unclear: ReadonlySet<number>): void {
  for (const i of unknown) {
    const k = r.contents[i]!;
    if (!r.open(i) || unclear.has(i) || !isText(k)) continue;
    const titleRight = r.columns.has("title") ? r.columns.get("title")! > i : unknown.some((j) => j > i && r.open(j) && isText(r.contents[j]!));
    const as: Column | undefined =
      !r.columns.has("recommendation") && (carriedDown(k) || titleRight)
        ? "recommendation"
        : !r.columns.has("title")
          ? "title"
          : !r.columns.has("comments")
            ? "comments"
            : undefined;
    if (as === undefined) continue;
    r.take(i, as, contentsBy(r.header[i]!), textWhy(k));
  }
  // No recommendation column: a column of sections or themes names what the actions answer ("Section", "Theme").
  if (!r.columns.has("recommendation") && !r.columns.has("recommendationId") && r.columns.has("title")) {
    const grouping = (["heading", "themes"] as const).map((c) => r.columns.get(c)).find((i) => i !== undefined);
    if (grouping !== undefined) {
      const was = r.readings.get(grouping)!;
      r.columns.delete(was.as as Column);
      r.take(
        grouping,
        "recommendation",
        "contents",
        `the table has no recommendation column, and ${JSON.stringify(was.heading)} groups the actions (${was.why})`,
      );
    }
  }
}

/** Whether every filled cell is a one-letter code or a priority's word ("H", "M", "Low"): a priority or a rating, never text. */
function isCodes(k: ColumnContents): boolean {
  return k.filled > 0 && k.codes === k.filled && k.rags < k.filled;
}

/**
 * 6. After the rest: a comments column whose cells mostly begin with a status ("Completed. Meeting held in June", "Commenced and
 * ongoing."): where no column holds the status, its leading words are the status and the rest the comments. A
 * leading wording the status reader does not know is counted here only where it leads several cells, and is then
 * kept as written and reported as an unrecognised status: never guessed.
 */
function byLeadingStatus(r: Reading): void {
  const i = r.columns.get("comments");
  if (i === undefined || r.columns.has("status")) return;
  const was = r.readings.get(i)!;
  const k = r.contents[i]!;
  if (was.by === "option" || k.filled < 2 || k.leads === 0 || (k.leads + k.leadRepeats) / k.filled < 0.6) return;
  r.columns.set("status", i);
  const unknown = k.leadRepeats > 0 ? `; ${k.leadRepeats} begin with a wording the status reader does not know, kept as written and reported` : "";
  r.readings.set(i, {
    ...was,
    as: "status",
    by: "contents",
    why: `its cells begin with a status (${share(k.leads, k)}${quote(k.examples.statuses)}): the leading words read as the status, the rest as the comments${unknown}`,
  });
}

/**
 * 3b. An action column whose every cell is a bare count or percentage ("29", "14", "59%") holds no actions: the
 * table is a summary of counts, not a plan. Said, with the rows, and the column kept as a field.
 */
function byCounts(r: Reading, rows: readonly TableRow[]): void {
  const i = r.columns.get("title");
  if (i === undefined) return;
  const was = r.readings.get(i)!;
  const k = r.contents[i]!;
  if (was.by === "option" || k.filled === 0 || k.counts < k.filled) return;
  r.columns.delete("title");
  r.keep(i, "contents", "every cell a bare number or percentage: counts, not actions");
  const filled = rows.filter((row) => (row.cells[i] ?? "").trim() !== "");
  const places = filled.slice(0, 6).map((row) => `${placeOf(row)} (${JSON.stringify((row.cells[i] ?? "").trim())})`);
  r.issues.push(
    issueOf({
      code: "column-unclear",
      path: ["columns", i],
      message: `Every cell of the column ${JSON.stringify(was.heading)}, read as the action by its heading, is a bare number or percentage: ${places.join(", ")}${filled.length > 6 ? `, and ${filled.length - 6} more` : ""}. It was not read as the actions.`,
      hint: "This looks like a summary of counts, not a plan: read the plan itself, or say which column holds the actions with the columns option.",
      value: was.heading,
    }),
  );
}

/** Whether any heading names the field outright (in the table, or its words). */
function headingNames(matches: readonly (ReturnType<typeof matchHeading> | undefined)[], column: Column): boolean {
  return matches.some((m) => m !== undefined && m.strength !== "keyword" && m.column === column);
}

/** Whether a column's cells bear out a keyword reading of its heading (an empty column does). */
function fitsKeyword(column: Column, k: ColumnContents): boolean {
  if (k.filled === 0) return true;
  const f = (n: number) => n / k.filled;
  switch (column) {
    case "timescale":
    case "revisedTimescale":
    case "due":
      return f(k.dated) >= 0.3;
    case "rag":
      return f(k.rags) >= 0.3;
    case "percentComplete":
      return f(k.percents + k.counts) >= 0.5;
    case "status":
      return f(k.statuses) >= 0.3 || isText(k);
    case "actionId":
    case "recommendationId":
      return f(k.numbers + k.references) >= 0.5;
    case "owners":
      return f(k.dates) < 0.6 && (f(k.people) >= 0.3 || k.words <= 6);
    case "recommendation":
    case "title":
    case "comments":
    case "heading":
    case "themes":
      // Every cell a one-letter code or a priority's word ("H", "M", "L"): a priority, no text of any kind.
      return f(k.numbers + k.references) < 0.7 && f(k.dates) < 0.6 && !isCodes(k);
    default:
      return true;
  }
}

function contentsBy(heading: string): ColumnReading["by"] {
  return heading.trim() === "" ? "position" : "contents";
}

function unclearIssue(header: readonly string[], a: { i: number } & Candidate, b: { i: number } & Candidate): Issue {
  const name = (i: number) => (header[i]!.trim() === "" ? `column ${letters(i)}` : JSON.stringify(header[i]!.trim()));
  const message =
    a.i === b.i
      ? `The column ${name(a.i)} could be the ${label(a.column)} (${a.why}) or the ${label(b.column)} (${b.why}), so it was read as neither and kept as a field.`
      : `The columns ${name(a.i)} (${a.why}) and ${name(b.i)} (${b.why}) could each be the ${label(a.column)}, so neither was read as it; both are kept as fields.`;
  return issueOf({
    code: "column-unclear",
    path: ["columns"],
    message,
    hint: `Say which with the columns option (cpc --columns FILE, or the page's column choices), e.g. ${JSON.stringify(header[a.i]!.trim() || "Column")}: ${a.column}.`,
    allowed: a.i === b.i ? [a.column, b.column] : [header[a.i]!.trim(), header[b.i]!.trim()],
  });
}

/** A field in words, as messages name it. */
export function label(column: Column): string {
  return COLUMN_LABELS[column];
}

// Stryker disable all: a top-level table (test/table-heading-tables.test.ts reads each label by hand).
const COLUMN_LABELS: Readonly<Record<Column, string>> = {
  recommendationId: "recommendation reference",
  recommendation: "recommendation",
  themes: "themes",
  heading: "heading",
  actionId: "action number",
  step: "step letter",
  title: "action",
  owners: "owners",
  timescale: "target",
  revisedTimescale: "revised target",
  due: "due date",
  status: "status",
  rag: "RAG rating",
  percentComplete: "percentage complete",
  comments: "comments",
  updates: "updates",
};
// Stryker restore all

/** A column's letters, as a spreadsheet names it: 0 is A, 26 is AA. */
export function letters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
