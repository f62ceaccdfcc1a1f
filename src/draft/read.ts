/**
 * A draft action plan from the text of a CPC feedback report: the council, the CPC's dates,
 * the framework, the recommendations with their themes, the peer team and the focus areas.
 * Browser-safe: text in, no Node built-ins.
 */
import { fold } from "../fold.js";
import { issueOf, type Issue } from "../model/issue.js";
import type { ActionPlan, PeerTeamMember, Recommendation } from "../model/types.js";
import type { Framework, ThemeId } from "../model/vocabulary.js";
import { matchTheme, themesOf } from "../themes/index.js";
import { parseTimescale } from "../timescale/index.js";
import { blocksOf, ends, short, type Block, type Family } from "./lines.js";
import { suggestThemes } from "./suggest.js";

/**
 * Options for {@link draftPlan}.
 *
 * @category Draft
 * @example
 * ```ts
 * import type { DraftPlanOptions } from "peer-challenge/draft";
 * const options: DraftPlanOptions = { actions: "none", council: "Example Borough Council" };
 * ```
 */
export interface DraftPlanOptions {
  /** One placeholder action per recommendation (the default), or none. */
  readonly actions?: "placeholder" | "none" | undefined;
  /** The framework, where the report's themes and date do not settle it. */
  readonly framework?: Framework | undefined;
  /** The council's name, where the report does not give it (or gives it differently). */
  readonly council?: string | undefined;
  /**
   * The CPC's first day on site (`YYYY-MM-DD`) or month (`YYYY-MM`), where the report does
   * not give it (or gives it differently): it also settles the framework (before 2021: the
   * previous one).
   */
  readonly cpcStart?: string | undefined;
}

/**
 * What {@link draftPlan} found: the draft plan, absent when the text has no recommendations
 * it can read, the issues (each naming the report's line), and the lines each
 * recommendation came from.
 *
 * @category Draft
 * @example
 * ```ts
 * import { draftPlan, type DraftResult } from "peer-challenge/draft";
 * const r: DraftResult = draftPlan("Key recommendations\n\n- Agree a balanced budget\n");
 * r.plan?.recommendations.length;
 * //=> 1
 * ```
 */
export interface DraftResult {
  /** The draft plan; absent when no recommendations were found. */
  readonly plan?: ActionPlan;
  /** What to check: suggested themes, a guessed framework, details not found. */
  readonly issues: readonly Issue[];
  /** The line of the report each recommendation starts on, in the plan's order. */
  readonly lines: readonly number[];
  /**
   * Where the draft's framework came from: the themes the report names, the CPC's date
   * (before 2021: previous), the caller, or a guess (`framework-guessed`). Absent with no plan.
   */
  readonly frameworkFrom?: "themes" | "date" | "given" | "guessed";
}

const PLACEHOLDER = "To be written: what the council will do in answer to this recommendation";

/**
 * Drafts an action plan from the text of a CPC feedback report or a recommendations
 * document (plain text or Markdown, as `cpc draft` extracts from a Word file or a PDF).
 *
 * - The recommendations: the list after a heading or lead-in that names them ("Key
 *   recommendations", "The following are the peer team's key recommendations:", "18 core
 *   recommendations covering"), bulleted, numbered or lettered, at any indent (an item further
 *   in is a sub-point); "Recommendation 1" or "R1:" labels, with the text after them or in the
 *   paragraph below; bullets or headings each followed by an explanation paragraph. Each gets
 *   an id (`R1`…, or its own number), its text exactly, its sub-points and explanation as
 *   `points` and its group heading (without "1: Recommendations for") as `heading`.
 * - Themes: from the group heading (`matchTheme`, or a word of one theme's title); where
 *   there is none, suggested from the recommendation's words, with a `theme-suggested`
 *   warning giving the words and a confidence.
 * - The council from a title line, or else a sentence naming one (`council-from-text`), never
 *   a list item; the CPC's dates from the title lines ("Feedback report: 28–29 September
 *   2021", "w/c 4 March 2024") or a sentence ("Our peer review took place in September
 *   2023"), or `cpcStart`; the framework from the themes the report names, or the CPC's date
 *   (before 2021: previous), or else a guess (`framework-guessed`); "next peer challenge by
 *   2024"; the peer team ("Name, Role, Organisation") and the focus areas the council asked for.
 * - One placeholder action per recommendation, or none (`actions: "none"`).
 *
 * No recommendations found gives no plan and a `no-recommendations` error saying what
 * was looked for. It never throws.
 *
 * @param text - The report's text.
 * @param options - Placeholder actions or none; the framework or council where the text does not say.
 * @returns The draft plan (to be finished and checked with `validatePlan`) and what to check.
 * @category Draft
 * @example
 * ```ts
 * import { draftPlan } from "peer-challenge/draft";
 * const report = [
 *   "Corporate Peer Challenge: Example Borough Council",
 *   "4-7 March 2024",
 *   "",
 *   "Key recommendations",
 *   "",
 *   "- Agree a medium term financial strategy that closes the budget gap",
 *   "- Review the constitution and scrutiny arrangements",
 * ].join("\n");
 * const { plan } = draftPlan(report);
 * plan?.council?.name;
 * //=> "Example Borough Council"
 * plan?.recommendations.map((r) => r.themes);
 * //=> [["financial-planning-and-management"], ["governance-and-culture"]]
 * ```
 */
export function draftPlan(text: string, options: DraftPlanOptions = {}): DraftResult {
  const blocks = blocksOf(text);
  const issues: Issue[] = [];
  const list = recommendationsIn(blocks);
  if (list === undefined) {
    issues.push(noRecommendations(blocks));
    return { issues, lines: [] };
  }
  const found = list.found;
  checkCount(list, issues);
  const head = titleBlock(blocks);
  const review = isProgressReview(blocks, head);
  const council = options.council ?? councilOf(head, blocks, issues);
  const read = cpcDatesOf(head, blocks, issues);
  const given = options.cpcStart !== undefined && MONTH_OR_DATE.test(options.cpcStart) ? options.cpcStart : undefined;
  if (given !== undefined && read !== undefined && read.start !== given) {
    issues.push(
      issueOf({
        code: "cpc-date-from-title",
        path: ["peerChallenge", "start"],
        message: `The CPC's start given (${given}) is used; the report's text gives ${read.start}${read.end !== undefined ? ` to ${read.end}` : ""}.`,
        hint: "Check which is right: the first day the peer team was on site.",
      }),
    );
  }
  const cpc: CpcDates | undefined =
    given !== undefined ? { start: given, ...(read?.end !== undefined && read.start === given ? { end: read.end } : {}) } : read;
  const [framework, frameworkFrom] = options.framework !== undefined ? [options.framework, "given" as const] : frameworkOf(text, cpc?.start, issues);
  const recommendations = found.map((r, i) => recommendationOf(r, i, found, framework, issues));
  const plan: Record<string, unknown> = { schemaVersion: 1 };
  if (council !== undefined) plan["council"] = { name: council };
  else {
    issues.push(
      issueOf({
        code: "no-council",
        path: ["council"],
        message: "The council's name was not found in the report's title lines or in a sentence that names a council.",
        hint: "Add it to the draft (council: name:), or give it: cpc draft --council NAME.",
      }),
    );
  }
  plan["framework"] = framework;
  const nextBy = nextByOf(blocks);
  // A plan's peer challenge needs its start: "next by" alone is said, not written.
  if (cpc !== undefined)
    plan["peerChallenge"] = { start: cpc.start, ...(cpc.end !== undefined ? { end: cpc.end } : {}), ...(nextBy !== undefined ? { nextBy } : {}) };
  else {
    issues.push(
      issueOf({
        code: "no-cpc-date",
        path: ["peerChallenge", "start"],
        message:
          (review
            ? "This is a progress review's report: its date is the review's, not the CPC's, and the CPC's month was not found."
            : "The peer challenge's dates were not found in the report's title lines or in a sentence about the peer challenge.") +
          (nextBy !== undefined ? ` The report says the next peer challenge is due by ${nextBy}: add it as peerChallenge: nextBy: with the start.` : ""),
        hint: "Add them to the draft (peerChallenge: start:), or give them: cpc draft --cpc-start YYYY-MM-DD.",
      }),
    );
  }
  const focus = listAfter(blocks, FOCUS_LEAD);
  if (focus.length > 0) plan["focusAreas"] = focus.map((b) => b.text);
  const peers = peerTeamOf(blocks, issues);
  if (peers.length > 0) plan["peerTeam"] = peers;
  plan["recommendations"] = recommendations;
  plan["actions"] = options.actions === "none" ? [] : recommendations.map((r) => ({ id: `${r.id.slice(1)}.1`, recommendation: r.id, title: PLACEHOLDER }));
  return { plan: plan as unknown as ActionPlan, issues, lines: found.map((r) => r.item.line), frameworkFrom };
}

const MONTH_OR_DATE = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;

interface Found {
  readonly item: Block;
  readonly points: string[];
  readonly heading: string | undefined;
}

/** The recommendations found, and the sentence or heading that announced them. */
interface Listed {
  readonly found: Found[];
  readonly anchor: Block | undefined;
}

const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];

/**
 * The refusal of a text with no list of recommendations: what was looked for and, where the
 * page lists the themes of its CPC action plan instead, what was seen.
 */
function noRecommendations(blocks: readonly Block[]): Issue {
  const themes = planThemesIn(blocks);
  const seen =
    themes === undefined
      ? ""
      : ` Line ${themes.lead.line} announces "the following themes" of the CPC's action plan, and ${themes.found.length} paragraphs follow, each over bullets ("${themes.found[0]!.item.text.slice(0, 50)}..."): the page never calls them recommendations, so they were not read as them. If they are, give them as that list (a bullet each, their points under them), or draft from the CPC's feedback report, which gives their words.`;
  return issueOf({
    code: "no-recommendations",
    path: ["recommendations"],
    message:
      'No recommendations found: looked for a list after a heading or sentence naming them ("Key recommendations", "The following are the peer team\'s recommendations:", "18 core recommendations covering"), for "Recommendation 1" labels, and for bullets each followed by its explanation.',
    hint: `Give the report's text (or the recommendations section) with the recommendations as a list, one per line or bullet.${seen}`,
  });
}

/** "The Group had made 8 key recommendations:", "The six recommendations": the count said, and whether the list is of topics. */
function checkCount(list: Listed, issues: Issue[]): void {
  const anchor = list.anchor;
  if (anchor === undefined) return;
  const said = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORDS.join("|")})\\s+(?:[a-z-]+\\s+){0,2}recommendations\\b`, "i").exec(anchor.text);
  if (said) {
    const word = said[1]!.toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word);
    if (n !== list.found.length) {
      issues.push(
        issueOf({
          code: "recommendation-count",
          path: ["recommendations"],
          message: `Line ${anchor.line}: the report says "${said[0]}", but ${list.found.length} ${list.found.length === 1 ? "was" : "were"} read from the list below it.`,
          hint: "Check the draft's recommendations against the report: one may be split over two items, or two run together.",
        }),
      );
    }
  }
  if (/\brecommendations?\s+(?:covering|on|about|around|under|in the areas? of)\s*:?$/i.test(anchor.text)) {
    issues.push(
      issueOf({
        code: "recommendation-topics",
        path: ["recommendations"],
        message: `Line ${anchor.line}: the list after "${anchor.text.slice(-60)}" names what the recommendations cover, not their words: each title is a topic ("${list.found[0]!.item.text}").`,
        hint: "Copy each recommendation's words from the full report into its title.",
      }),
    );
  }
}

/** The blocks up to the first long paragraph: the report's title, date and kind. */
function titleBlock(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks.slice(0, 12)) {
    if (b.text.length > 120) break;
    out.push(b);
  }
  return out;
}

function isProgressReview(blocks: readonly Block[], head: readonly Block[]): boolean {
  return blocks.slice(0, head.length + 3).some((b) => /\bprogress review\b/i.test(b.text));
}

// A council's name: "London Borough of Tower Hamlets", "Borough Council of King's Lynn and
// West Norfolk", "Example District Council", "Tower Hamlets Council". Capitalised words
// only ("the Council" is none), and not an acronym ("NERC Council").
const NAME_WORD = "\\p{Lu}[\\p{Ll}'\u2019.-]+(?:-\\p{Lu}[\\p{Ll}'\u2019.-]+)*";
const NAME_WORDS = `${NAME_WORD}(?:\\s+(?:and|upon|on|in|under|le|next|the|of|${NAME_WORD}))*`;
const COUNCIL_NAME = new RegExp(
  `(?:(?:Royal|London)\\s+)?(?:(?:Borough|County|City|District)\\s+Council\\s+of|Borough\\s+of|Council\\s+of\\s+the|City\\s+of)\\s+${NAME_WORDS}(?=$|[\\s,.;:()\u2013\u2014-])(?!\\s+(?:Borough|County|City|District|Metropolitan|Council)\\b)|${NAME_WORDS}\\s+(?:(?:Metropolitan\\s+)?(?:Borough|County|City|District|Town)\\s+)?Council\\b`,
  "u",
);
// Words a name does not start with: "The Council", "This Borough Council", "Full Council".
const NOT_FIRST =
  /^(?:The|This|That|Our|Their|Its|A|An|Full|Each|Every|Cabinet|Local|Corporate|Peer|Feedback|Report|Progress|Review|Challenge|Borough|County|City|District|Town|Metropolitan|Council|Royal|London|Association|Government|In|On|At|By|For|From|With|And|Of)\b\s*/;

/** The council's name in a line, or `undefined`. */
function nameIn(text: string): string | undefined {
  const pattern = new RegExp(COUNCIL_NAME.source, "gu");
  for (const m of text.matchAll(pattern)) {
    let name = m[0].replace(/\s+/g, " ").replace(/ (?:and|upon|on|in|under|the|of)$/, "");
    // "Local Government Association Tower Hamlets Council": from the first word that can start a name.
    if (!/^(?:(?:Royal|London) )?(?:(?:Borough|County|City|District) Council of|Borough of|Council of the|City of) /.test(name)) {
      while (NOT_FIRST.test(name) && !/^(?:(?:Royal|London) )?Borough of /.test(name)) name = name.replace(NOT_FIRST, "");
      const first = name.split(" ")[0] ?? "";
      if (/^(?:Borough|County|City|District|Town|Metropolitan)?\s*Council$/.test(name) || /^\p{Lu}{2,}$/u.test(first)) continue;
    }
    if (name.length >= 6 && name.length <= 80) return name;
  }
  return undefined;
}

/**
 * The council a title line names; else one that a sentence of the report names, said as a
 * warning. Never a list item's words: an item is a recommendation or a peer's council.
 */
function councilOf(head: readonly Block[], blocks: readonly Block[], issues: Issue[]): string | undefined {
  for (const b of head) {
    // A title line: a heading, or a line that is not a sentence.
    if (b.kind === "item" || (b.kind === "text" && ends(b.text))) continue;
    const name = nameIn(b.text);
    if (name !== undefined) return name;
  }
  for (const b of blocks) {
    if (b.kind !== "text") continue;
    const name = nameIn(b.text);
    if (name === undefined) continue;
    issues.push(
      issueOf({
        code: "council-from-text",
        path: ["council", "name"],
        message: `Line ${b.line}: the council is taken from a sentence, not the title: "${name}".`,
        hint: "Check it is the council the report is about, or give it: cpc draft --council NAME.",
        value: name,
      }),
    );
    return name;
  }
  return undefined;
}

interface CpcDates {
  readonly start: string;
  readonly end?: string | undefined;
}

const ORDINAL = /(\d)(?:st|nd|rd|th)\b/g;
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
// "7 to 10 January 2019", "4-7 March 2024", "w/c 4 March 2024", "October 2023", in a title.
const DATES = new RegExp(`(?:(?:w/c|week commencing)\\s+)?(?:\\d{1,2}(?:\\s*(?:-|\u2013|to|and)\\s*\\d{1,2})?\\s+)?\\b${MONTH}\\s+\\d{4}\\b`, "i");

// "Corporate Peer Challenge (CPC) in October 2023", "Our peer review took place in September
// 2023", "The peer challenge took place from 16 to 19 October 2023": never a previous or
// next one ("since the last peer challenge in 2018").
const SENTENCE_DATE = new RegExp(
  `(?<!\\b(?:previous|last|next|earlier|prior|future)\\s(?:\\S+\\s)?)\\b(?:corporate peer challenge|peer challenge|peer review|cpc)\\b[^.]{0,60}?\\s(?:in|on|from|between|during)\\s+((?:\\d{1,2}(?:\\s*(?:-|\u2013|to|and)\\s*\\d{1,2})?\\s+)?${MONTH}\\s+\\d{4})\\b`,
  "i",
);

function cpcDatesOf(head: readonly Block[], blocks: readonly Block[], issues: Issue[]): CpcDates | undefined {
  let title: CpcDates | undefined;
  for (const b of head) {
    // A title line: never a list item ("- Agree the budget by March 2025") or a sentence.
    if (b.kind === "item" || (b.kind === "text" && ends(b.text))) continue;
    const phrase = DATES.exec(b.text.replace(ORDINAL, "$1"));
    const t = phrase ? parseTimescale(phrase[0]) : undefined;
    if (t?.kind !== "date") continue;
    // Days ("7 to 10 January 2019"); the week it began ("w/c 4 March 2024"): its first day; a month alone: the month.
    if (t.precision === "day") title = { start: t.start, end: t.due !== t.start ? t.due : undefined };
    else if (t.precision === "week") title = { start: t.start };
    else if (t.precision === "month") title = { start: t.start.slice(0, 7) };
    if (title) break;
  }
  // A progress review's report gives its own dates at the top, and the CPC's month in its
  // text ("The council undertook an LGA Corporate Peer Challenge (CPC) in October 2023");
  // a council's page gives it in a sentence ("Our peer review took place in September 2023").
  for (const b of blocks.slice(0, 16)) {
    if (b.kind === "item") continue;
    const m = SENTENCE_DATE.exec(b.text.replace(ORDINAL, "$1"));
    const t = m ? parseTimescale(m[1]!) : undefined;
    if (!m || t?.kind !== "date" || (title !== undefined && title.start <= t.due)) continue;
    const dates: CpcDates = t.precision === "day" ? { start: t.start, end: t.due !== t.start ? t.due : undefined } : { start: t.start.slice(0, 7) };
    issues.push(
      issueOf({
        code: "cpc-date-from-title",
        path: ["peerChallenge", "start"],
        message: `Line ${b.line}: the CPC's ${t.precision === "day" ? "days are" : "month is"} taken from "${m[0]}": ${dates.start}${dates.end !== undefined ? ` to ${dates.end}` : ""}${title !== undefined ? `; the date at the top (${title.start}), later, is the report's own` : ""}.`,
        hint: "Give the CPC's first day on site (peerChallenge: start:) if you know it.",
      }),
    );
    return dates;
  }
  return title;
}

function frameworkOf(text: string, start: string | undefined, issues: Issue[]): [Framework, "themes" | "date" | "guessed"] {
  // Whole words: "priority-setting" and "priority setting" alike.
  const folded = ` ${fold(text)} `;
  const count = (f: Framework): number => themesOf(f).filter((t) => folded.includes(` ${fold(t.title.replace(/^Understanding of the /, ""))} `)).length;
  const current = count("current");
  const previous = count("previous");
  if (current !== previous && Math.max(current, previous) >= 2) return [current > previous ? "current" : "previous", "themes"];
  // The current framework from 2021 onward (SPEC): a CPC's date settles it.
  if (start !== undefined) return [start < "2021" ? "previous" : "current", "date"];
  issues.push(
    issueOf({
      code: "framework-guessed",
      path: ["framework"],
      message: `The report names ${current} of the current themes and ${previous} of the previous ones, and no CPC date: the framework is taken to be the current one.`,
      hint: 'Check it (framework: "current" or "previous"), or give it: cpc draft --framework previous, or the CPC\'s date: --cpc-start YYYY-MM.',
    }),
  );
  return ["current", "guessed"];
}

function nextByOf(blocks: readonly Block[]): string | undefined {
  for (const b of blocks) {
    const m = /\bnext (?:corporate )?peer challenge\b[^.]{0,80}?\sby\s+((?:[a-z]+\s+)?\d{4})\b/i.exec(b.text);
    if (!m) continue;
    if (/^\d{4}$/.test(m[1]!)) return m[1];
    const t = parseTimescale(m[1]!);
    if (t.kind === "date" && t.precision === "month") return t.start.slice(0, 7);
  }
  return undefined;
}

/** A lead-in to the focus areas the council asked for ("We asked the peer team to look at:"). */
const FOCUS_LEAD = /\basked the peer(?:s| team)\b[^:]{0,80}:$|\bfocus areas?\b[^:]{0,80}:$|\badditional (?:areas|focus)\b[^:]{0,80}:$/i;
/** A lead-in to the peer team's list ("The peers who delivered the peer challenge were:"). */
const PEER_LEAD = /\b(?:peers who|peer team (?:was|were|comprised)|members of the (?:original )?(?:cpc |peer )?team|peer team members?)\b[^:]{0,120}:$/i;

/**
 * Whether a lead-in's last sentence introduces another list than the recommendations: "The
 * Progress Review focussed on each of the recommendations from the CPC. The following members
 * of the original CPC peer team were involved:" lists the peers (Warwick DC's progress review,
 * test/fixtures/unseen-5/02), whatever the sentence before it named.
 */
function leadsToOtherList(text: string): boolean {
  const last = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).pop() ?? text;
  return !/\brecommendations?\b/i.test(last) && (PEER_LEAD.test(last) || FOCUS_LEAD.test(last));
}

/**
 * Whether a block anchors the recommendations: a heading or a lead-in naming them ("Key
 * recommendations", "The following are the peer team's key recommendations:", "Our peer
 * review took place in September 2023 with 18 core recommendations covering").
 */
function anchors(b: Block): boolean {
  // A contents page's line ("Key recommendations ........ 4") names the section, not the list.
  if (b.kind === "item" || /(?:\.{3}|\s)\d{1,3}$/.test(b.text)) return false;
  if (!/\brecommendations?\b/i.test(b.text)) return false;
  if (b.text.endsWith(":") && leadsToOtherList(b.text)) return false;
  return (
    b.kind === "heading" ||
    (b.text.endsWith(":") && b.text.length <= 400) ||
    (short(b.text) && !/^recommendation\s+\d/i.test(b.text)) ||
    // A sentence that ends a few words after "recommendations", with no full stop: the list is its end.
    (b.text.length <= 400 && /\brecommendations\b[^.!?;]{0,30}$/i.test(b.text))
  );
}

/** A group heading's words without its numbering and a "Recommendations for" in front. */
export function headingOf(text: string): string | undefined {
  const words = text
    .replace(/^(?:\d{1,2}(?:\.\d{1,2})*[.:)]?|[A-Z][.:)]|[ivx]{1,4}[.:)])\s+/, "")
    .replace(/^(?:key\s+|main\s+|our\s+)?recommendations?(?:\s+(?:for|on|about|around|regarding|relating to|in|to))?\s*[:\u2013\u2014-]?\s*/i, "")
    .replace(/:$/, "")
    .trim();
  // "Key recommendations", "The six recommendations": a title over the list, not a group.
  if (words === "" || /\brecommendations?\b/i.test(words)) return undefined;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Whether the next block is an item: the block is a group heading over it. */
const headsItems = (blocks: readonly Block[], i: number): boolean => blocks[i + 1]?.kind === "item";

function recommendationsIn(blocks: readonly Block[]): Listed | undefined {
  for (let a = 0; a < blocks.length; a++) {
    if (!anchors(blocks[a]!)) continue;
    const list = listFrom(blocks, a);
    if (list.length > 0) return { found: list, anchor: blocks[a] };
    const headed = headedFrom(blocks, a);
    if (headed.length > 0) return { found: headed, anchor: blocks[a] };
  }
  // No heading or lead-in: the first run of "Recommendation 1" items.
  const first = blocks.findIndex((b) => b.family === "recommendation");
  if (first >= 0) {
    const list = listFrom(blocks, first - 1);
    if (list.length > 0) return { found: list, anchor: undefined };
  }
  return undefined;
}

/**
 * The themes of a CPC's action plan, each a paragraph over its bullets, after a lead-in that
 * names them and never the recommendations (Braintree DC's Annual Plan 2024/25,
 * test/fixtures/unseen-4/05): not read as the recommendations, which are the feedback
 * report's words, but named in the refusal so that the user knows what was seen.
 */
function planThemesIn(blocks: readonly Block[]): { readonly lead: Block; readonly found: Found[] } | undefined {
  for (let a = 0; a < blocks.length; a++) {
    if (!leadsToPlanThemes(blocks[a]!)) continue;
    const found = paragraphsOverBullets(blocks, a);
    if (found.length > 0) return { lead: blocks[a]!, found };
  }
  return undefined;
}

/**
 * A paragraph that names the CPC or its action plan and ends by announcing its themes: "Following
 * on from the Corporate Peer Challenge ..., an action plan was agreed at Cabinet in March 2024.
 * The following themes will be addressed throughout 2024/25 ..." (Braintree DC's Annual Plan
 * 2024/25, test/fixtures/unseen-4/05).
 */
function leadsToPlanThemes(b: Block): boolean {
  if (b.kind !== "text" || b.text.length > 600 || !/\b(?:peer challenge|action plan)\b/i.test(b.text)) return false;
  const last = b.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).pop() ?? b.text;
  return /^the following (?:[a-z]+ ){0,2}(?:themes|priorities|areas)\b[^:]*[.:]$/i.test(last);
}

/**
 * After the lead-in at `a`: two or more paragraphs, each a sentence of six words or more (the
 * CPC's own theme names, "Local priorities and outcomes.", are shorter) with bullets under it,
 * which are its points.
 */
function paragraphsOverBullets(blocks: readonly Block[], a: number): Found[] {
  const out: Found[] = [];
  for (let i = a + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "heading") break;
    if (b.kind === "item") {
      const current = out[out.length - 1];
      if (current === undefined) break;
      current.points.push(b.text);
      continue;
    }
    if (blocks[i + 1]?.kind !== "item" || b.text.split(/\s+/).length < 6) break;
    out.push({ item: b, points: [], heading: undefined });
  }
  return out.length >= 2 ? out : [];
}

/**
 * Recommendations written as headings, each with its explanation under it: under the
 * anchor, two or more headings deeper than it (any heading, under a lead-in line), each
 * followed by paragraphs, which are kept as its points.
 */
function headedFrom(blocks: readonly Block[], a: number): Found[] {
  const anchor = blocks[a]!;
  const out: Found[] = [];
  for (let i = a + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "item") break;
    if (b.kind === "heading") {
      if (anchor.kind === "heading" && b.depth <= anchor.depth) break;
      // A recommendation says what to do: a heading of a word or three ("Finance") is a section's.
      if (blocks[i + 1]?.kind !== "text" || b.text.split(/\s+/).length < 4) break;
      out.push({ item: b, points: [], heading: undefined });
      continue;
    }
    const current = out[out.length - 1];
    if (current) current.points.push(b.text);
    // Prose before the first heading (the section's lead-in) is passed over.
    else if (i - a > 3) break;
  }
  return out.length >= 2 ? out : [];
}

/**
 * The recommendations listed after the anchor at `a` (-1: from the start): the items of
 * the first list's family at its first item's level, their deeper items as points; group
 * headings over them; and, where every item so far has one, the paragraph(s) under each
 * item as its explanation (kept as points).
 */
function listFrom(blocks: readonly Block[], a: number): Found[] {
  const anchor = blocks[a];
  const out: Found[] = [];
  let heading = anchor !== undefined && headsItems(blocks, a) ? headingOf(anchor.text) : undefined;
  let family: Family | undefined;
  let level = 0;
  // Items with an explanation paragraph under them, and the most paragraphs one had.
  let explained = 0;
  let most = 0;
  // Whether a group heading has just been passed (numbering may start again under it).
  let restarted = false;
  const inList = (b: Block | undefined): boolean => b?.kind === "item" && (b.level > level || (b.level === level && b.family === family));
  for (let i = a + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "item") {
      if (family === undefined) {
        family = b.family;
        level = b.level;
      }
      if (b.family === family && b.level === level) {
        // "1." to "11.", then "3. Summary of the approach": a number out of sequence is the
        // next section's, not a recommendation ("1." again and again is Markdown's way, and a
        // group heading may start the count again).
        const before = out[out.length - 1]?.item.number;
        const repeated = b.number === before && out.every((f) => f.item.number === before);
        if (family === "number" && before !== undefined && b.number !== undefined && b.number !== before + 1 && !repeated && !(b.number === 1 && restarted))
          break;
        out.push({ item: b, points: [], heading });
        restarted = false;
      } else if (b.level < level) break;
      else if (out.length > 0) out[out.length - 1]!.points.push(b.text);
      else break;
      continue;
    }
    const sectionEnd = b.kind === "heading" && anchor?.kind === "heading" && b.depth <= anchor.depth;
    if (!sectionEnd && (b.kind === "heading" || short(b.text)) && headsItems(blocks, i)) {
      heading = headingOf(b.text) ?? heading;
      restarted = true;
      continue;
    }
    const current = out[out.length - 1];
    if (current !== undefined && b.kind === "text") {
      // A lead-in to the item's own sub-points ("What your measures of success will be:").
      const next = blocks[i + 1];
      if (b.text.endsWith(":") && next?.kind === "item" && next.level > level) {
        current.points.push(b.text);
        continue;
      }
      // An explanation: paragraphs under each item, the list going on after them.
      let j = i;
      while (blocks[j]?.kind === "text" && j - i < 4) j++;
      const goesOn = inList(blocks[j]);
      // After the last item, no more paragraphs than an explanation has had: the rest is the report's.
      const paragraphs = blocks.slice(i, goesOn ? j : Math.min(j, i + most)).map((p) => p.text);
      // The next item's number follows this one's: the paragraphs are this item's, whatever its end.
      const after = blocks[j];
      const numbered = current.item.number !== undefined && after?.number === current.item.number + 1 && after.family === family;
      // The first explanation needs a sign: the next number, or a bullet heading with no full
      // stop and a paragraph saying more than it does. Explanations are prose, never a lead-in
      // to another list ("The peer team were:").
      const consistent =
        paragraphs.length > 0 &&
        paragraphs.every((p) => /[.!?]["'\u2019\u201d)]?$/.test(p) && !anchors({ ...b, text: p })) &&
        explained === out.length - 1 &&
        current.points.length === 0 &&
        (explained > 0 || numbered || (!/[.;]$/.test(current.item.text) && paragraphs[0]!.length > current.item.text.length));
      if (consistent && (goesOn || explained > 0)) {
        current.points.push(...paragraphs);
        explained++;
        most = Math.max(most, paragraphs.length);
        i += paragraphs.length - 1;
        continue;
      }
    }
    // Prose before the list (the section's lead-in, under a heading) is passed over; after
    // it, the list has ended.
    if (out.length > 0 || sectionEnd || anchor === undefined || !(anchor.kind === "heading" || short(anchor.text))) break;
  }
  return out;
}

const NOT_THEME_WORDS = new Set(["and", "for", "of", "the", "to", "in", "local", "understanding", "context", "setting"]);

/** The theme whose title has a word of the heading that no other theme's title has. */
function themeNamedIn(heading: string, framework: Framework): { theme: ThemeId; word: string } | undefined {
  const stem = (w: string) => w.toLowerCase().replace(/(?:ies|s)$/, (e) => (e === "ies" ? "y" : ""));
  const titles = themesOf(framework).map((t) => ({
    id: t.id,
    words: new Set(
      t.title
        .split(/[^a-z]+/i)
        .filter((w) => w.length > 2 && !NOT_THEME_WORDS.has(w.toLowerCase()))
        .map(stem),
    ),
  }));
  const hits = new Map<ThemeId, string>();
  for (const word of heading.split(/[^a-z]+/i)) {
    if (NOT_THEME_WORDS.has(word.toLowerCase())) continue;
    const owners = titles.filter((t) => t.words.has(stem(word)));
    if (owners.length === 1 && !hits.has(owners[0]!.id)) hits.set(owners[0]!.id, word);
  }
  if (hits.size !== 1) return undefined;
  const [theme, word] = [...hits][0]!;
  return { theme, word };
}

function recommendationOf(r: Found, i: number, all: readonly Found[], framework: Framework, issues: Issue[]): Recommendation {
  const numbers = all.map((f) => f.item.number);
  const numbered = numbers.every((n) => n !== undefined) && new Set(numbers).size === numbers.length;
  const id = `R${numbered ? r.item.number! : i + 1}`;
  // A list's own punctuation is not the recommendation's: "...district area;", "...; and".
  const title = r.item.text.replace(/[;,](?:\s*(?:and|or))?$/, "").trimEnd();
  const rec: { id: string; title: string; themes?: ThemeId[]; heading?: string; points?: string[] } = { id, title };
  let themes: ThemeId[] | undefined;
  if (r.heading !== undefined) {
    rec.heading = r.heading;
    const m = matchTheme(r.heading, { framework });
    if (m.kind === "match") themes = [m.theme.id];
    else {
      // "Structural and constitutional governance": a word of one theme's title, and of no other's.
      const named = themeNamedIn(r.heading, framework);
      if (named !== undefined) {
        themes = [named.theme];
        issues.push(
          issueOf({
            code: "theme-suggested",
            path: ["recommendations", i, "themes"],
            message: `Line ${r.item.line}: recommendation ${id}'s theme is taken from its heading "${r.heading}", whose word "${named.word}" is in the title of "${themesOf(framework).find((t) => t.id === named.theme)?.title ?? named.theme}" only.`,
            hint: "A suggestion, not the report's: check it against the report's sections and change it if the peers put it elsewhere.",
            value: { themes: [named.theme], evidence: [named.word], confidence: "high" },
          }),
        );
      }
    }
  }
  if (themes === undefined) {
    const s = suggestThemes([r.item.text, ...r.points].join(" "), framework);
    const path = ["recommendations", i, "themes"];
    if (s) {
      themes = [...s.themes];
      const names = s.themes.map((t) => themesOf(framework).find((x) => x.id === t)?.title ?? t).join('" and "');
      issues.push(
        issueOf({
          code: "theme-suggested",
          path,
          message: `Line ${r.item.line}: recommendation ${id}'s theme is suggested from its words (${s.evidence.map((w) => `"${w}"`).join(", ")}): "${names}", ${s.confidence} confidence.`,
          hint: "A suggestion, not the report's: check it against the report's sections and change it if the peers put it elsewhere.",
          value: { themes: s.themes, evidence: s.evidence, confidence: s.confidence },
        }),
      );
    } else {
      issues.push(
        issueOf({
          code: "theme-suggested",
          path,
          message: `Line ${r.item.line}: recommendation ${id}'s words point at no theme: none is suggested.`,
          hint: "Give it the theme of the report's section it comes from (themes: [...]).",
          value: { themes: [], evidence: [], confidence: "none" },
        }),
      );
    }
  }
  if (themes !== undefined) rec.themes = themes;
  if (r.points.length > 0) rec.points = r.points;
  return rec;
}

/** The items listed after the first paragraph matching `lead` (a lead-in ending with ":"). */
function listAfter(blocks: readonly Block[], lead: RegExp): Block[] {
  const at = blocks.findIndex((b) => b.kind === "text" && lead.test(b.text));
  if (at < 0) return [];
  const out: Block[] = [];
  for (const b of blocks.slice(at + 1)) {
    const first = out[0];
    if (b.kind !== "item" || (first !== undefined && (b.family !== first.family || b.level < first.level))) break;
    if (b.level === (first?.level ?? b.level)) out.push(b);
  }
  return out;
}

const PERSON_TITLE = /^(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Professor|Prof|Lord|Baroness)\.?\s+\S/;
const NOT_PERSON =
  /\b(?:peer|manager|council|borough|county|city|district|chief|executive|leader|director|adviser|advisor|independent|conservative|labour|liberal|democrat|green|former|member|officer|association|government|lga|cex|chair|chairman|head|programme|challenge|london|royal|authority|nhs|university)\b/i;
// "Lewes DC", "Rossendale BC": a council's initials count as its name's last word.
const ORGANISATION =
  /\b(?:council|borough|county|association|authority|government|lga|nhs|university|police|trust|ltd|limited|partnership|district|dc|bc|cc|mbc)\b/i;
const ROLE_WORD = /\b(?:leader|chief|executive|director|cex|manager|chair|chairman|former|head|officer)\b/i;

/** A part of a peer's line that is a person's name: "Cllr Gillian Ford", "Andy Donald". */
function isPerson(part: string): boolean {
  if (PERSON_TITLE.test(part)) return part.split(/\s+/).length <= 5;
  // "Edd de Coverly": a lower-case particle between names.
  return /^\p{Lu}[\p{Ll}'\u2019-]+(?:\s(?:(?:de|van|von|der|da|di|du|le|la)\s)?\p{Lu}[\p{L}'\u2019-]+){1,3}$/u.test(part) && !NOT_PERSON.test(part);
}

/**
 * "Cllr Zoe Nicholson (Leader, Lewes DC)": a name with the role and organisation in brackets,
 * as the LGA's progress reviews list their peers; words after the bracket ("joined remotely")
 * are returned apart, to be said, since the draft has no place for them.
 */
function bracketed(text: string): { member: PeerTeamMember; rest: string } | undefined {
  const open = text.indexOf("(");
  const close = text.indexOf(")", open);
  if (open < 0 || close < 0 || text.indexOf("(", open + 1) >= 0 || text.indexOf(")", close + 1) >= 0) return undefined;
  const name = text.slice(0, open).trim();
  const inside = text.slice(open + 1, close).trim();
  if (inside === "" || !isPerson(name)) return undefined;
  const parts = inside.split(",").map((p) => p.trim());
  const last = parts[parts.length - 1]!;
  const member: PeerTeamMember =
    parts.length === 1
      ? ORGANISATION.test(last)
        ? { name, organisation: last }
        : { name, role: last }
      : { name, role: parts.slice(0, -1).join(", "), organisation: last };
  return {
    member,
    rest: text
      .slice(close + 1)
      .trim()
      .replace(/[.;]$/, ""),
  };
}

function peerTeamOf(blocks: readonly Block[], issues: Issue[]): PeerTeamMember[] {
  const items = listAfter(blocks, PEER_LEAD);
  return items.map((b, i) => {
    const inBrackets = bracketed(b.text.replace(/\s+/g, " "));
    if (inBrackets !== undefined && inBrackets.rest !== "") {
      issues.push(
        issueOf({
          code: "peer-unclear",
          path: ["peerTeam", i],
          message: `Line ${b.line}: "${b.text}": "${inBrackets.rest}", after the peer's role and organisation, is not kept in the draft.`,
          hint: "Check the peer's name, role and organisation in the draft.",
          value: b.text,
        }),
      );
    }
    if (inBrackets !== undefined) return inBrackets.member;
    const parts = b.text
      .replace(/\s+/g, " ")
      .split(/ [-\u2013\u2014] /)
      .flatMap((p) => p.split(", "));
    const k = parts.findIndex(isPerson);
    const unclear = (member: PeerTeamMember, why: string): PeerTeamMember => {
      issues.push(
        issueOf({
          code: "peer-unclear",
          path: ["peerTeam", i],
          message: `Line ${b.line}: "${b.text}": ${why}`,
          hint: "Check the peer's name, role and organisation in the draft.",
          value: b.text,
        }),
      );
      return member;
    };
    if (k < 0) {
      return unclear({ name: b.text }, "no part of it reads as a person's name; the whole line is kept as the name.");
    }
    const name = parts[k]!;
    const before = parts.slice(0, k);
    const after = parts.slice(k + 1);
    if (k === 0) {
      // "Name, Role, Organisation": the role may itself hold commas.
      const last = after[after.length - 1];
      if (last === undefined) return { name };
      if (after.length === 1) return ORGANISATION.test(last) ? { name, organisation: last } : { name, role: last };
      const member = { name, role: after.slice(0, -1).join(", "), organisation: last };
      return ORGANISATION.test(last) ? member : unclear(member, `the last part, "${last}", is taken as the organisation but does not read as one.`);
    }
    // "Role – Name – Organisation", as a progress review lists its peers.
    const organisation = after.join(", ");
    const member = { name, role: before.join(" \u2013 "), ...(organisation !== "" ? { organisation } : {}) };
    return organisation !== "" && ROLE_WORD.test(organisation)
      ? unclear(member, `"${organisation}" is taken as the organisation but holds a role's words too.`)
      : member;
  });
}
