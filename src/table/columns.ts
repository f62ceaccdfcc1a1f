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
  | "percentComplete"
  | "comments"
  | "updates";

export { fold } from "../fold.js";
import { fold } from "../fold.js";

// Stryker disable all: top-level tables, run once when the module loads, before Stryker switches a mutant on;
// test/table-heading-tables.test.ts lists every entry by hand instead.
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
  percentComplete: [
    "percent complete",
    "percentage complete",
    "percent completed",
    "percentage completed",
    "percent completion",
    "percentage completion",
    "completion percentage",
    "percent done",
    "percentage done",
    "progress percentage",
    "percentage progress",
    "pct complete",
  ],
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
// Stryker restore all

/**
 * How a heading names a column: `exact` (a heading in the table, ignoring case, spaces and
 * punctuation), `words` (the same words in another order or number: "Action(s)", "Owners
 * Lead", "Date - target"), or `keyword` (a word that names the field in a heading the table
 * does not hold: "Person or team responsible", "Due by", "End date"). A weaker reading is
 * checked against the column's contents before it is used.
 *
 * @category Import and export
 * @example
 * ```ts
 * import type { HeadingStrength } from "peer-challenge/csv";
 * const strength: HeadingStrength = "keyword";
 * ```
 */
export type HeadingStrength = "exact" | "words" | "keyword";

/** A heading's reading: the field it names and how surely. */
export interface HeadingMatch {
  readonly column: Column;
  readonly strength: HeadingStrength;
  /** The words that decided a keyword reading ("responsible"). */
  readonly word?: string | undefined;
}

// Small words that do not change what a heading names.
// Stryker disable next-line all: a top-level table (test/table-heading-tables.test.ts lists it by hand).
const STOP_WORDS = new Set(["the", "of", "a", "an", "for", "to", "and", "or", "our", "we", "will", "is", "are", "be", "in", "on", "s", "e", "g", "eg", "i"]);

/** A word without its plural: "actions" is "action", "activities" "activity"; "status" and "progress" stay. */
function singular(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

/** A heading's words, singular, without small words, in order: the key that words in any order or number share. */
function wordsKey(heading: string): string {
  return fold(heading)
    .split(" ")
    .filter((w) => w !== "" && !STOP_WORDS.has(w))
    .map(singular)
    .sort()
    .join(" ");
}

// Stryker disable all: the look-up maps, built once when the module loads (test/table-heading-tables.test.ts reads every
// heading exact; test/table-headings-mutation.test.ts reads headings by their words).
const BY_HEADING = new Map<string, Column>();
const BY_WORDS = new Map<string, Column>();
for (const [column, names] of Object.entries(HEADINGS) as [Column, readonly string[]][]) {
  for (const name of names) {
    BY_HEADING.set(name, column);
    const key = wordsKey(name);
    if (!BY_WORDS.has(key)) BY_WORDS.set(key, column);
  }
}
// Stryker restore all

// Stryker disable all: a top-level table, read once.
/**
 * Words that name a field in a heading the table does not hold, in the order they are
 * tried: the first rule whose words are all in the heading (and none of its `not` words)
 * decides. "Revised target date" is the revised target before it is a target; "Start date"
 * is no target.
 */
const KEYWORDS: readonly { readonly column: Column; readonly all: readonly string[]; readonly not?: readonly string[] }[] = [
  { column: "revisedTimescale", all: ["revised"], not: ["comment", "update", "note"] },
  { column: "revisedTimescale", all: ["new", "date"] },
  { column: "rag", all: ["rag"] },
  { column: "rag", all: ["brag"] },
  { column: "percentComplete", all: ["percent"] },
  { column: "percentComplete", all: ["percentage"] },
  { column: "recommendationId", all: ["recommendation", "ref"] },
  { column: "recommendationId", all: ["recommendation", "no"] },
  { column: "recommendationId", all: ["recommendation", "number"] },
  { column: "recommendationId", all: ["rec", "ref"] },
  { column: "actionId", all: ["action", "ref"] },
  { column: "actionId", all: ["action", "no"] },
  { column: "actionId", all: ["item", "no"] },
  { column: "actionId", all: ["ref"], not: ["recommendation", "rec", "issue", "finding"] },
  { column: "owners", all: ["responsible"] },
  { column: "owners", all: ["responsibility"] },
  { column: "owners", all: ["owner"] },
  { column: "owners", all: ["lead"], not: ["time", "date"] },
  { column: "owners", all: ["accountable"] },
  { column: "owners", all: ["officer"] },
  { column: "owners", all: ["who"] },
  { column: "owners", all: ["action", "by"], not: ["date", "when"] },
  { column: "owners", all: ["service", "area"] },
  { column: "owners", all: ["person"] },
  { column: "owners", all: ["team"] },
  { column: "timescale", all: ["due"], not: ["diligence"] },
  { column: "timescale", all: ["deadline"] },
  { column: "timescale", all: ["timescale"] },
  { column: "timescale", all: ["timeline"] },
  { column: "timescale", all: ["timetable"] },
  { column: "timescale", all: ["complete", "by"] },
  { column: "timescale", all: ["timeframe"] },
  { column: "timescale", all: ["target", "date"] },
  { column: "timescale", all: ["end", "date"] },
  { column: "timescale", all: ["completion", "date"] },
  { column: "timescale", all: ["implementation", "date"] },
  {
    column: "timescale",
    all: ["date"],
    not: [
      "start",
      "raised",
      "identified",
      "agreed",
      "opened",
      "logged",
      "reported",
      "received",
      "updated",
      "update",
      "last",
      "review",
      "reviewed",
      "meeting",
      "report",
      "commenced",
      "closed",
      "actual",
    ],
  },
  { column: "timescale", all: ["when"] },
  { column: "status", all: ["status"] },
  { column: "comments", all: ["comment"] },
  { column: "comments", all: ["update"] },
  { column: "comments", all: ["commentary"] },
  { column: "comments", all: ["note"] },
  { column: "comments", all: ["progress"] },
  { column: "comments", all: ["evidence"] },
  { column: "comments", all: ["position"] },
  { column: "comments", all: ["review"] },
  { column: "comments", all: ["narrative"] },
  { column: "comments", all: ["remark"] },
  { column: "comments", all: ["milestone"] },
  { column: "recommendation", all: ["recommendation"] },
  { column: "recommendation", all: ["finding"] },
  { column: "recommendation", all: ["issue"] },
  { column: "recommendation", all: ["statement"] },
  { column: "recommendation", all: ["requirement"] },
  { column: "recommendation", all: ["detail"] },
  { column: "recommendation", all: ["objective"] },
  { column: "recommendation", all: ["improvement"] },
  { column: "recommendation", all: ["priority"] },
  { column: "recommendation", all: ["risk"] },
  { column: "recommendation", all: ["weakness"] },
  { column: "recommendation", all: ["area", "focus"] },
  { column: "recommendation", all: ["outcome"] },
  { column: "title", all: ["action"] },
  { column: "title", all: ["activity"] },
  { column: "title", all: ["task"] },
  { column: "title", all: ["measure"] },
  { column: "title", all: ["response"] },
  { column: "title", all: ["required"] },
  { column: "title", all: ["what"] },
  { column: "title", all: ["how"] },
  { column: "title", all: ["deliverable"] },
  { column: "title", all: ["proposal"] },
  { column: "themes", all: ["theme"] },
  { column: "heading", all: ["section"] },
  { column: "heading", all: ["workstream"] },
  { column: "heading", all: ["category"] },
];
// Stryker restore all

/**
 * The field a heading names, and how surely: see {@link HeadingStrength}.
 *
 * @internal
 */
export function matchHeading(heading: string): HeadingMatch | undefined {
  // "% complete", "Progress (%)", "% done": the sign folds away, and with it what the heading says.
  if (isPercentHeading(heading)) return { column: "percentComplete", strength: "exact" };
  const folded = fold(heading);
  if (folded === "") return undefined;
  const exact = BY_HEADING.get(folded);
  if (exact !== undefined) return { column: exact, strength: "exact" };
  const key = wordsKey(heading);
  const byWords = BY_WORDS.get(key);
  if (byWords !== undefined) return { column: byWords, strength: "words" };
  const words = new Set(key.split(" "));
  for (const rule of KEYWORDS) {
    if (rule.all.every((w) => words.has(w)) && !(rule.not ?? []).some((w) => words.has(w)))
      return { column: rule.column, strength: "keyword", word: rule.all.join(" ") };
  }
  return undefined;
}

// Stryker disable Regex: top-level patterns, read once.
/** A percent sign or word in a heading. */
const PERCENT_SIGN = /%|\bper ?cent(?:age)?\b|\bpct\b/i;
/** Words of how far the work has got. */
const DONE_SO_FAR = /\b(?:complete|completed|completion|done|progress|achieved|delivered|implemented)\b/i;
// Stryker restore Regex

/**
 * Whether a heading names how much of the work is done, as a percentage: a percent sign or
 * word and a word of progress ("% complete", "Progress (%)", "Percentage complete", "% done",
 * "Completion %"), or a percent sign alone ("%"). "% of budget spent" is none.
 */
function isPercentHeading(heading: string): boolean {
  if (heading.length > 60 || !PERCENT_SIGN.test(heading)) return false;
  return DONE_SO_FAR.test(heading) || heading.trim() === "%";
}

/**
 * Every field the words of a heading name, in the order the keyword rules try them:
 * "Recommendation / Comment" names the comments, then the recommendation. A reader whose
 * first choice is taken tries the next.
 *
 * @internal
 */
export function keywordColumns(heading: string): { readonly column: Column; readonly word: string }[] {
  const words = new Set(wordsKey(heading).split(" "));
  const out: { column: Column; word: string }[] = [];
  for (const rule of KEYWORDS) {
    if (rule.all.every((w) => words.has(w)) && !(rule.not ?? []).some((w) => words.has(w)) && !out.some((o) => o.column === rule.column))
      out.push({ column: rule.column, word: rule.all.join(" ") });
  }
  return out;
}

/** The column a heading names, if it is one peer-challenge knows: by the table of headings, or the same words in another order or number. */
export function columnOf(heading: string): Column | undefined {
  const m = matchHeading(heading);
  return m !== undefined && m.strength !== "keyword" ? m.column : undefined;
}

// Stryker disable all: the export and preamble tables, run once when the module loads (test/table-heading-tables.test.ts
// lists their entries by hand).
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
  percentComplete: "% complete",
  comments: "Comments/Milestones",
  updates: "Updates",
};

/**
 * Every field a column can hold, in the order a plan's table is written (the keys of
 * {@link EXPORT_HEADINGS}): the one list the CLI's `--columns` and the page's choices offer.
 */
export const TABLE_COLUMNS = Object.keys(EXPORT_HEADINGS) as readonly Column[];

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

// Stryker restore all
export function preambleKeyOf(cell: string): PreambleKey | undefined {
  return own(PREAMBLE, fold(cell));
}
// Stryker disable all: a top-level table (above).

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
// Stryker restore all

// Stryker disable Regex: a top-level pattern, never reloaded for a mutant; unanchored by hand (2026-11-24), it made
// test/table-layout.test.ts fail
/** An action number as plans write them: "1", "1.2", "12.3a", "R1.2", "1.2." */
export const ACTION_NUMBER = /^[A-Za-z]{0,2}\d+(?:\.\d+)*[a-z]?\.?$/;
// Stryker restore Regex
