/**
 * The report's small words and choices, worked out once for every renderer (Markdown,
 * HTML, Word), the CLI and the page: which statuses and RAG ratings a table shows, how an
 * action's status reads, "1 day overdue" and "in 2 days", the notes under the headline and
 * the heading over what changed.
 *
 * @internal
 * @module
 */
import { longDate, type CalendarDate } from "../dates.js";
import { RAGS, STATUSES, type Rag, type Status } from "../model/vocabulary.js";
import type { ProgressHeadline } from "../progress/headline.js";
import type { RagSummary } from "../statistics/tally.js";

/** The statuses the status tables and charts show: every status but cancelled (left out of the figures). */
export const SHOWN_STATUSES: readonly Status[] = STATUSES.filter((s) => s !== "cancelled");

/** The RAG ratings a scheme shows: blue only in a BRAG scheme. */
export function shownRags(scheme: "rag" | "brag"): readonly Rag[] {
  return RAGS.filter((x) => x !== "blue" || scheme === "brag");
}

/** A count and its noun, singular for one: "1 day", "2 days", "0 days". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** "1 day overdue", "12 days overdue". */
export function daysOverdueText(days: number): string {
  return `${plural(days, "day")} overdue`;
}

/** When something falls due, counted from today: "today", "tomorrow", "in 12 days". */
export function dueInText(days: number): string {
  return days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`;
}

/**
 * A sentence of the plan's used as a clause, before a comma or a colon of ours: its
 * closing full stop dropped ("… casework." then ", due …" reads "… casework, due …").
 * An ellipsis, a question or an exclamation is kept.
 */
export function asClause(text: string): string {
  const t = text.trimEnd();
  return /[^.]\.$/.test(t) ? t.slice(0, -1) : t;
}

/** An action's status in the report: its label, or that the plan gives none and it counts as not started. */
export function statusWords(row: { readonly status: Status; readonly statusGiven: boolean }, labels: Readonly<Record<Status, string>>): string {
  return row.statusGiven ? labels[row.status] : "No status (not started)";
}

/**
 * The notes under a report's headline: what the figures were computed from and where equal
 * counts show as different percentages (the report model's), then the RAG ratings worked out
 * rather than reported. One list for the HTML, Markdown and Word reports.
 */
export function reportNotes(r: { readonly notes: readonly string[]; readonly rag: RagSummary }): readonly string[] {
  return [...r.notes, ...(r.rag.derived ? [`${r.rag.derived} of ${r.rag.total} RAG ratings are derived from status and target date, not reported.`] : [])];
}

/** The heading over what changed: "Changes since the previous snapshot of 31 March 2019". */
export function changesHeading(since: CalendarDate): string {
  return `Changes since the previous snapshot of ${longDate(since)}`;
}

/** The progress-review headline's three parts: the key a chart uses, the label over a column, the words in a sentence. */
export const HEADLINE_PARTS = [
  { key: "completed", field: "completed", label: "Completed", words: "completed" },
  { key: "expected", field: "expectedProgress", label: "Making expected progress", words: "making expected progress" },
  { key: "not", field: "notProgressed", label: "Not yet progressed", words: "not yet progressed" },
] as const satisfies readonly { key: string; field: keyof ProgressHeadline; label: string; words: string }[];

/** A headline part's key: "completed", "expected", "not". */
export type HeadlinePart = (typeof HEADLINE_PARTS)[number]["key"];

/** The headline's parts' keys, in order, as a chart's bar takes them. */
export const HEADLINE_KEYS: readonly HeadlinePart[] = HEADLINE_PARTS.map((p) => p.key);

/** The headline's counts by part, as a chart's bar takes them. */
export function headlineCounts(h: Pick<ProgressHeadline, "completed" | "expectedProgress" | "notProgressed">): Record<HeadlinePart, number> {
  return { completed: h.completed.count, expected: h.expectedProgress.count, not: h.notProgressed.count };
}

/** The headline's percentages as a list: "20% completed, 50% making expected progress, 30% not yet progressed". */
export function headlinePercents(h: Pick<ProgressHeadline, "completed" | "expectedProgress" | "notProgressed">): string {
  return HEADLINE_PARTS.map((p) => `${h[p.field].percent}% ${p.words}`).join(", ");
}

/** The headline as a clause: "20% of actions completed, 50% making expected progress and 30% not yet progressed". */
export function headlineClause(h: Pick<ProgressHeadline, "completed" | "expectedProgress" | "notProgressed">): string {
  return `${h.completed.percent}% of actions completed, ${h.expectedProgress.percent}% making expected progress and ${h.notProgressed.percent}% not yet progressed`;
}

/** The actions counted, and the cancelled ones left out: "54 actions; 1 cancelled left out". */
export function countedActions(h: { readonly total: number; readonly excluded: number }): string {
  return `${plural(h.total, "action")}${h.excluded ? `; ${h.excluded} cancelled left out` : ""}`;
}

/** The cancelled actions left out, after a count: " (1 cancelled left out)", or "" when none are. */
export function cancelledLeftOut(excluded: number): string {
  return excluded ? ` (${excluded} cancelled left out)` : "";
}

/**
 * The headline in one sentence: "20% of actions completed, 50% making expected progress and
 * 30% not yet progressed (54 actions). 5 actions are overdue."
 */
export function headlineSentence(h: ProgressHeadline, overdue: number): string {
  return `${headlineClause(h)} (${countedActions(h)}). ${overdue} ${overdue === 1 ? "action is" : "actions are"} overdue.`;
}

/**
 * One line of an owner's reminders: "16: Pilot a casework system, due 2019-02-28, 122 days
 * overdue", or "… due 2024-06-01, today" for one falling due.
 */
export function reminderText(item: {
  readonly action: { readonly id: string; readonly title: string };
  readonly step?: { readonly id: string; readonly text: string } | undefined;
  readonly due: CalendarDate;
  readonly daysOverdue?: number;
  readonly daysLeft?: number;
}): string {
  const what = asClause(item.step?.text ?? item.action.title);
  const when = item.daysOverdue !== undefined ? daysOverdueText(item.daysOverdue) : dueInText(item.daysLeft ?? 0);
  return `${item.action.id}${item.step ? ` (${item.step.id})` : ""}: ${what}, due ${item.due}, ${when}`;
}
