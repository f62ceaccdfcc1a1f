/**
 * What a report says, in words: each table's columns and rows, each label, heading and
 * sentence, worked out once from the report model ({@link Report}). The HTML, Markdown and
 * Word renderers only escape and lay it out, so a new output is a renderer of this and
 * nothing else: it never chooses a column, a label or a wording of its own.
 *
 * Text comes in {@link Span}s that say what a piece of text is (a date, plan prose with
 * its own line breaks, a muted aside, a warning); each renderer decides how that looks.
 *
 * @internal
 * @module
 */
import { longDate, type CalendarDate } from "../dates.js";
import type { Action } from "../model/types.js";
import type { Rag, Status } from "../model/vocabulary.js";
import { slipText } from "../progress/compare.js";
import type { SeriesPoint } from "../progress/series.js";
import type { RollupGroup } from "../statistics/rollup.js";
import { RAG_LABEL, rollupFigures, STATUS_LABEL, wasLookup, type ActionRow, type Report } from "./model.js";
import {
  asClause,
  changesHeading,
  countedActions,
  daysOverdueText,
  HEADLINE_PARTS,
  headlineSentence,
  reportNotes,
  SHOWN_STATUSES,
  shownRags,
  statusWords,
  type HeadlinePart,
} from "./words.js";

/** A piece of a cell's text, and what it is: each renderer decides how that looks. */
export interface Span {
  readonly text: string;
  /** Plan prose (a title, a comment): its line breaks are the author's, kept where a renderer can. */
  readonly prose?: true;
  /** An aside (a due date under a target, a target before a reschedule): set quieter. */
  readonly muted?: true;
  /** A date: kept on one line. */
  readonly date?: true;
  /** About an overdue action: `"figure"` a count of days, `"words"` "12 days overdue" beside its status. */
  readonly overdue?: "figure" | "words";
  /** Our words standing for text the plan does not give ("(no text)"). */
  readonly placeholder?: true;
  /** The label of this RAG rating, shown in its colour. */
  readonly rag?: Rag;
  /** Set apart (the date the figures are as of). */
  readonly strong?: true;
}

/** A line of text: spans set one after another. */
export type Line = readonly Span[];

/** A table cell: lines, and under them a list (an action's steps). */
export interface Cell {
  readonly lines: readonly Line[];
  /** A list under the lines: an action's steps. */
  readonly items?: readonly Line[];
  /**
   * The lines are clauses of one phrase ("In progress" and "12 days overdue"): a renderer
   * that keeps a cell on one line joins them with a comma rather than a line break.
   */
  readonly clauses?: true;
  /** The rating a renderer may colour the whole cell with. */
  readonly rag?: Rag;
}

/** A column: its heading, and what its cells hold, which says how a renderer aligns them. */
export interface Column {
  readonly head: string;
  /** `count`: a number (right-aligned); `share`: "3 (20%)" (right-aligned where figures line up); `text` otherwise. */
  readonly kind: "text" | "count" | "share";
}

/** A table of the report: its caption, columns and rows of cells; the first cell of a row names it. */
export interface TableContent {
  readonly caption: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** Whether the last row is the total of the others. */
  readonly total: boolean;
}

/** One part of the progress-review headline with its figures. */
export interface HeadlineShare {
  readonly key: HeadlinePart;
  readonly label: string;
  readonly words: string;
  readonly count: number;
  readonly percent: number;
}

/** A list of actions under a heading, in what changed since the earlier snapshot. */
export interface ChangeList {
  readonly title: string;
  readonly items: readonly string[];
}

/** A recommendation's part of the report. */
export interface RecommendationContent {
  readonly id: string;
  readonly title: string;
  /** Its local heading and themes: "Heading: X. Theme: a; b" (no closing full stop), each part escaped by `escape`; `undefined` when it has neither. */
  readonly meta: ((escape: (text: string) => string) => string) | undefined;
  /** Its actions, or `undefined` when it has none. */
  readonly table: TableContent | undefined;
}

/** Everything a report says, in words, for the renderers to lay out. */
export interface ReportContent {
  /** The figures the words come from, for charts. */
  readonly report: Report;
  readonly council: string;
  readonly title: string;
  readonly asOf: CalendarDate;
  /** The date the figures are as of, in words: "30 June 2019". */
  readonly asOfText: string;
  /** "Figures as of **30 June 2019**. Corporate Peer Challenge: 7 January 2019 to 10 January 2019." */
  readonly asOfLine: Line;
  /** The document's title: "Council: Plan, as of 30 June 2019". */
  readonly documentTitle: string;
  readonly headline: {
    /** "20% of actions completed, ... (54 actions). 5 actions are overdue." */
    readonly sentence: string;
    /** "54 actions; 1 cancelled left out". */
    readonly counted: string;
    readonly shares: readonly HeadlineShare[];
    readonly overdue: number;
  };
  /** The status chart: its title and its figures in words. */
  readonly statusChart: { readonly title: string; readonly desc: string };
  readonly status: TableContent;
  readonly rag: TableContent;
  /** The RAG ratings the plan's scheme shows, in order. */
  readonly rags: readonly Rag[];
  /** The notes under the headline: what the figures come from and leave out. */
  readonly notes: readonly string[];
  readonly trend:
    | {
        readonly points: readonly SeriesPoint[];
        /** The chart's title: "Progress at the end of each quarter". */
        readonly chartTitle: string;
        /** What the figures are: "The progress-review headline at the end of each quarter, each counted ...". */
        readonly about: string;
        /** The same, shorter, as a table's lead: "The headline at the end of each quarter, each counted ...". */
        readonly lead: string;
        readonly table: TableContent;
      }
    | undefined;
  readonly themes: {
    /** The chart's caption. */
    readonly chartCaption: string;
    /** The note under the table, where it has no caption. */
    readonly note: string;
    readonly table: TableContent;
  };
  readonly overdue: {
    readonly heading: string;
    /** "No action is overdue as of 30 June 2019.", when none is. */
    readonly none: string | undefined;
    readonly table: TableContent;
  };
  readonly changes: { readonly heading: string; readonly lists: readonly ChangeList[] } | undefined;
  readonly recommendationsHeading: string;
  readonly recommendations: readonly RecommendationContent[];
  /** "Generated by peer-challenge from the council's action plan, as of 30 June 2019." */
  readonly footer: string;
}

const cell = (...lines: Line[]): Cell => ({ lines: lines.filter((l) => l.length > 0) });
const plain = (text: string | number | undefined): Cell => cell(text === undefined || text === "" ? [] : [{ text: String(text) }]);
const prose = (text: string | undefined): Cell => cell(text === undefined || text === "" ? [] : [{ text, prose: true }]);
const date = (text: string): Cell => cell([{ text, date: true }]);
const column = (head: string, kind: Column["kind"] = "text"): Column => ({ head, kind });
const share = (s: { readonly count: number; readonly percent: number }): Cell => plain(`${s.count} (${s.percent}%)`);

/** An action's owners, as the tables list them. */
const ownersOf = (action: Action): Cell => plain((action.owners ?? []).join(", "));

/** A target and what became of it: the plan's words, then the due date (where given), then the target before a reschedule. */
function targetCell(timescale: string | undefined, due: string | undefined, was: string | undefined): Cell {
  return cell(timescale ? [{ text: timescale }] : [], due ? [{ text: `due ${due}`, muted: true, date: true }] : [], was ? [{ text: was, muted: true }] : []);
}

/** What will be done: the action's words (or that it has none), its steps as a list under them. */
function actionCell(action: Action): Cell {
  const steps = (action.steps ?? []).map((s): Line => [
    { text: `${s.id}. ` },
    { text: s.text, prose: true },
    ...(s.timescale ? [{ text: " " }, { text: `(${s.timescale})`, muted: true as const }] : []),
  ]);
  return {
    lines: [action.title ? [{ text: action.title, prose: true }] : [{ text: "(no text)", placeholder: true }]],
    ...(steps.length ? { items: steps } : {}),
  };
}

/** An action's status as counted and, when overdue, by how long: two clauses of one phrase. */
function statusCell(row: ActionRow): Cell {
  return {
    lines: [[{ text: statusWords(row, STATUS_LABEL) }], ...(row.daysOverdue ? [[{ text: daysOverdueText(row.daysOverdue), overdue: "words" as const }]] : [])],
    clauses: true,
  };
}

/** A RAG rating, and whether it was worked out rather than reported. */
function ragCell(rag: Rag, derived: boolean): Cell {
  return { lines: [[{ text: RAG_LABEL[rag], rag }, ...(derived ? [{ text: " " }, { text: "(derived)", muted: true as const }] : [])]], rag };
}

const ACTION_COLUMNS = ["Action", "What will be done", "Owner", "Target", "Status", "RAG", "Latest comment"].map((h) => column(h));

/** A recommendation's actions as a table. */
function actionsTable(id: string, rows: readonly ActionRow[]): TableContent {
  return {
    caption: `Actions for ${id}`,
    columns: ACTION_COLUMNS,
    rows: rows.map((row) => [
      plain(row.action.id),
      actionCell(row.action),
      ownersOf(row.action),
      targetCell(row.action.timescale, row.due, row.was),
      statusCell(row),
      ragCell(row.rag, row.ragDerived),
      prose(row.latestComment),
    ]),
    total: false,
  };
}

/** A status or RAG breakdown as a table: a row for each status or rating shown. */
function tallyTable<K extends string>(
  caption: string,
  first: string,
  keys: readonly K[],
  labels: Readonly<Record<K, string>>,
  t: { readonly counts: Readonly<Record<K, number>>; readonly percentages: Readonly<Partial<Record<K, number>>> },
): TableContent {
  return {
    caption,
    columns: [column(first), column("Actions", "count"), column("%", "count")],
    rows: keys.map((k) => [plain(labels[k]), plain(t.counts[k]), plain(t.percentages[k])]),
    total: false,
  };
}

/** The headline at the end of each quarter, a row a quarter. */
function trendTable(points: readonly SeriesPoint[]): TableContent {
  return {
    caption: "The headline at the end of each quarter",
    columns: [
      column("Quarter"),
      column("As of"),
      column("Actions", "count"),
      ...HEADLINE_PARTS.map((p) => column(p.label, "share")),
      column("Overdue", "count"),
    ],
    rows: points.map((p) => [
      plain(p.period.label),
      date(p.asOf),
      plain(p.headline.total),
      ...HEADLINE_PARTS.map((part) => share(p.headline[part.field])),
      plain(p.overdue),
    ]),
    total: false,
  };
}

/** The rollup by theme and the total, a row each. */
function themeTable(groups: readonly RollupGroup[], scheme: "rag" | "brag"): TableContent {
  const figures = rollupFigures(groups, scheme);
  return {
    caption: "Actions by theme (an action counts under every theme of its recommendation and once in the total)",
    columns: [column("Theme"), ...figures.head.map((h) => column(h, "count"))],
    rows: groups.map((g, i) => [plain(g.title), ...figures.rows[i]!.map((n) => plain(n))]),
    total: true,
  };
}

/** The overdue actions, most overdue first. */
function overdueTable(r: Report): TableContent {
  const wasOf = wasLookup(r);
  return {
    caption: `Overdue as of ${longDate(r.asOf)}, most overdue first`,
    columns: [column("Action"), column("Title"), column("Owner"), column("Target"), column("Due"), column("Days overdue", "count")],
    rows: r.overdue.map((o) => [
      plain(o.action.id),
      prose(o.action.title),
      ownersOf(o.action),
      targetCell(o.action.timescale, undefined, wasOf(o.action)),
      date(o.due),
      cell([{ text: String(o.daysOverdue), overdue: "figure" }]),
    ]),
    total: false,
  };
}

/** What changed since the earlier snapshot, list by list. */
function changeLists(c: NonNullable<Report["comparison"]>): ChangeList[] {
  const named = (a: { readonly id: string; readonly title: string }) => `${a.id} ${a.title}`;
  return [
    { title: "Completed", items: c.completed.map(named) },
    { title: "Slipped", items: c.slipped.map((a, i) => `${asClause(named(a))}: ${slipText(c.slips[i]!)}`) },
    { title: "Newly overdue", items: c.newlyOverdue.map(named) },
    { title: "Added", items: c.added.map(named) },
    { title: "Removed", items: c.removed.map(named) },
  ];
}

/** A recommendation's local heading and themes, each escaped for the renderer. */
function metaOf(heading: string | undefined, themes: readonly string[]): RecommendationContent["meta"] {
  if (!heading && themes.length === 0) return undefined;
  return (escape) => [heading ? `Heading: ${escape(heading)}` : "", themes.length ? `Theme: ${escape(themes.join("; "))}` : ""].filter((x) => x).join(". ");
}

const COUNTED_FROM = "each counted as of that day from the plan's dated updates";

/**
 * The report's content in words, from its figures: what every renderer lays out.
 *
 * @param r - The report model, from `reportOf`.
 * @returns Its tables, labels, headings and sentences.
 */
export function reportContent(r: Report): ReportContent {
  const h = r.headline;
  const asOfText = longDate(r.asOf);
  const rags = shownRags(r.rag.scheme);
  const statusDesc = SHOWN_STATUSES.map((s) => `${STATUS_LABEL[s]} ${r.status.counts[s]} (${r.status.percentages[s]}%)`).join(", ");
  return {
    report: r,
    council: r.council,
    title: r.title,
    asOf: r.asOf,
    asOfText,
    asOfLine: [{ text: "Figures as of " }, { text: asOfText, strong: true }, { text: `. Corporate Peer Challenge: ${r.cpc}.` }],
    documentTitle: `${r.council}: ${r.title}, as of ${asOfText}`,
    headline: {
      sentence: headlineSentence(h, r.overdue.length),
      counted: countedActions(h),
      shares: HEADLINE_PARTS.map((p) => ({ key: p.key, label: p.label, words: p.words, count: h[p.field].count, percent: h[p.field].percent })),
      overdue: r.overdue.length,
    },
    statusChart: { title: `Status of all ${r.status.total} actions`, desc: statusDesc },
    status: tallyTable<Status>("Actions by status", "Status", SHOWN_STATUSES, STATUS_LABEL, r.status),
    rag: tallyTable<Rag>("Actions by RAG rating", "RAG", rags, RAG_LABEL, r.rag),
    rags,
    notes: reportNotes(r),
    trend:
      r.trend && r.trend.length > 0
        ? {
            points: r.trend,
            chartTitle: "Progress at the end of each quarter",
            about: `The progress-review headline at the end of each quarter, ${COUNTED_FROM}.`,
            lead: `The headline at the end of each quarter, ${COUNTED_FROM}.`,
            table: trendTable(r.trend),
          }
        : undefined,
    themes: {
      chartCaption: "RAG rating of actions by theme (reported where the council gave one, derived otherwise)",
      note: "An action counts under every theme of its recommendation and once in the total.",
      table: themeTable([...r.themes, r.total], r.rag.scheme),
    },
    overdue: {
      heading: `Overdue actions (${r.overdue.length})`,
      none: r.overdue.length === 0 ? `No action is overdue as of ${asOfText}.` : undefined,
      table: overdueTable(r),
    },
    changes: r.comparison ? { heading: changesHeading(r.comparison.since), lists: changeLists(r.comparison) } : undefined,
    recommendationsHeading: "Recommendations and actions",
    recommendations: r.recommendations.map((rec) => ({
      id: rec.id,
      title: rec.title,
      meta: metaOf(rec.heading, rec.themes),
      table: rec.actions.length ? actionsTable(rec.id, rec.actions) : undefined,
    })),
    footer: `Generated by peer-challenge from the council's action plan, as of ${asOfText}.`,
  };
}
