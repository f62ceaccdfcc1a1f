/**
 * The columns of a plan spreadsheet, and the headings councils give them. Headings
 * are matched ignoring case, spacing and punctuation: "Target for completion",
 * "TARGET FOR COMPLETION" and "target-for-completion" are the same column.
 */
import { own } from "../own.js";

/**
 * The fields a column of a plan's table can hold.
 *
 * @category Import and export
 * @example
 * ```ts
 * import type { Column } from "peer-challenge/csv";
 * const column: Column = "timescale";
 * ```
 */
export type Column =
  | "recommendationId"
  | "recommendation"
  | "themes"
  | "heading"
  | "actionId"
  | "step"
  | "title"
  | "owners"
  | "timescale"
  | "revisedTimescale"
  | "due"
  | "status"
  | "rag"
  | "comments"
  | "updates";

export { fold } from "../fold.js";
import { fold } from "../fold.js";

const HEADINGS: Readonly<Record<Column, readonly string[]>> = {
  recommendationId: ["recommendation id", "rec id", "recommendation ref", "recommendation number", "recommendation no", "rec no", "rec ref", "rec number"],
  recommendation: [
    "peer review recommendation",
    "recommendation",
    "recommendations",
    "peer recommendation",
    "cpc recommendation",
    "key recommendation",
    "what do we want to achieve",
  ],
  themes: ["theme", "themes", "cpc theme"],
  heading: ["heading", "section"],
  actionId: [
    "activity number",
    "activity no",
    "activity ref",
    "action number",
    "action no",
    "action id",
    "action ref",
    "ref",
    "reference",
    "no",
    "number",
    "id",
  ],
  step: ["step"],
  title: [
    "activity",
    "action",
    "actions",
    "activities",
    "what we will do",
    "how are we going to do it",
    "action description",
    "key actions",
    "key action",
    "agreed action",
    "agreed actions",
  ],
  owners: [
    "leadership owner",
    "owner",
    "owners",
    "owner s",
    "lead",
    "leads",
    "lead s",
    "lead officer",
    "lead officers",
    "lead officer s",
    "responsible officer",
    "responsible officer s",
    "lead owner",
    "accountable officer",
    "responsible",
    "action owner",
    "officer",
  ],
  timescale: [
    "target for completion",
    "timescale",
    "timescales",
    "target",
    "target date",
    "deadline",
    "completion date",
    "by when",
    "when",
    "timeframe",
    "target completion date",
    "target completion",
    "completion target",
  ],
  revisedTimescale: ["revised deadline", "revised target", "revised target date", "revised date", "revised timescale"],
  due: ["due", "due date"],
  status: ["status", "progress status", "current status"],
  rag: ["rag", "rag status", "rag rating", "brag", "rating", "overall rag", "b rag", "rag rating r a g", "rag r a g", "brag rating", "current rag"],
  comments: [
    "comments milestones",
    "comments",
    "comment",
    "milestones",
    "progress update",
    "update",
    "notes",
    "commentary",
    "progress",
    "comments progress",
    "latest update",
    "progress to date",
    "update on progress",
  ],
  updates: ["updates", "update history"],
};

const BY_HEADING = new Map<string, Column>();
for (const [column, names] of Object.entries(HEADINGS) as [Column, readonly string[]][]) {
  for (const name of names) BY_HEADING.set(name, column);
}

/** The column a heading names, if it is one peer-challenge knows. */
export function columnOf(heading: string): Column | undefined {
  return BY_HEADING.get(fold(heading));
}

/** The headings written on export: seed 001's where it has one. */
export const EXPORT_HEADINGS: Readonly<Record<Column, string>> = {
  recommendationId: "Recommendation ID",
  recommendation: "Peer Review Recommendation",
  themes: "Themes",
  heading: "Heading",
  actionId: "Activity number",
  step: "Step",
  title: "Activity",
  owners: "Leadership Owner",
  timescale: "Target for completion",
  revisedTimescale: "Revised target",
  due: "Due",
  status: "Status",
  rag: "RAG",
  comments: "Comments/Milestones",
  updates: "Updates",
};

/** Keys of the rows above the header that describe the plan. */
export type PreambleKey = "council" | "councilCode" | "title" | "framework" | "cpcStart" | "cpcEnd" | "publishedOn" | "ragScheme" | "focusAreas";

const PREAMBLE: Readonly<Record<string, PreambleKey>> = {
  council: "council",
  "council name": "council",
  "council code": "councilCode",
  "ons code": "councilCode",
  title: "title",
  "plan title": "title",
  framework: "framework",
  "cpc start": "cpcStart",
  "peer challenge start": "cpcStart",
  "peer challenge": "cpcStart",
  cpc: "cpcStart",
  "cpc end": "cpcEnd",
  "peer challenge end": "cpcEnd",
  published: "publishedOn",
  "published on": "publishedOn",
  "rag scheme": "ragScheme",
  "focus areas": "focusAreas",
  "focus area": "focusAreas",
};

export function preambleKeyOf(cell: string): PreambleKey | undefined {
  return own(PREAMBLE, fold(cell));
}

export const EXPORT_PREAMBLE: Readonly<Record<PreambleKey, string>> = {
  council: "Council",
  councilCode: "Council code",
  title: "Title",
  framework: "Framework",
  cpcStart: "CPC start",
  cpcEnd: "CPC end",
  publishedOn: "Published",
  ragScheme: "RAG scheme",
  focusAreas: "Focus areas",
};
