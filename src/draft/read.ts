/**
 * A draft action plan from the text of a CPC feedback report: the council, the CPC's dates,
 * the framework, the recommendations with their themes, the peer team and the focus areas.
 * Browser-safe: text in, no Node built-ins.
 */
import { fold } from "../fold.js";
import type { Issue } from "../model/issue.js";
import type { ActionPlan, PeerTeamMember, Recommendation } from "../model/types.js";
import type { Framework, ThemeId } from "../model/vocabulary.js";
import { matchTheme, themesOf } from "../themes/index.js";
import { parseTimescale } from "../timescale/index.js";
import { blocksOf, short, type Block, type Family } from "./lines.js";
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
}

const PLACEHOLDER = "To be written: what the council will do in answer to this recommendation";

/**
 * Drafts an action plan from the text of a CPC feedback report or a recommendations
 * document (plain text or Markdown, as `cpc draft` extracts from a Word file or a PDF).
 *
 * - The recommendations: the list after a heading or lead-in that names them ("Key
 *   recommendations", "The following are the peer team's key recommendations:"), or a
 *   run of "Recommendation 1 - ..." items; bulleted or numbered, under headings or not.
 *   Each gets an id (`R1`…, or its own number), its text exactly, its sub-points as
 *   `points` and its group heading as `heading`.
 * - Themes: from the group heading (`matchTheme`); where there is none or it names no
 *   theme, suggested from the recommendation's words, with a `theme-suggested` warning
 *   giving the words and a confidence.
 * - The council and the CPC's dates from the title lines ("7th to 10th January 2019",
 *   "w/c 4 March 2024"); the framework from the themes the report names (or the date,
 *   with a `framework-guessed` warning); "next peer challenge by 2024"; the peer team
 *   ("Name, Role, Organisation") and the focus areas the council asked for.
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
  const found = recommendationsIn(blocks);
  if (found === undefined) {
    issues.push({
      severity: "error",
      code: "no-recommendations",
      path: ["recommendations"],
      message:
        'No recommendations found: looked for a list after a heading or sentence naming them ("Key recommendations", "The following are the peer team\'s recommendations:") and for items "Recommendation 1 - ...".',
      hint: "Give the report's text (or the recommendations section) with the recommendations as a list, one per line or bullet.",
    });
    return { issues, lines: [] };
  }
  const head = titleBlock(blocks);
  const review = isProgressReview(blocks, head);
  const council = options.council ?? councilOf(head, blocks);
  const cpc = cpcDatesOf(head, blocks, issues);
  const framework = options.framework ?? frameworkOf(text, cpc?.start, issues);
  const recommendations = found.map((r, i) => recommendationOf(r, i, found, framework, issues));
  const plan: Record<string, unknown> = { schemaVersion: 1 };
  if (council !== undefined) plan["council"] = { name: council };
  else {
    issues.push({
      severity: "warning",
      code: "no-council",
      path: ["council"],
      message: "The council's name was not found in the report's title lines.",
      hint: "Add it to the draft (council: name:), or give it: cpc draft --council NAME.",
    });
  }
  plan["framework"] = framework;
  const nextBy = nextByOf(blocks);
  if (cpc !== undefined || nextBy !== undefined) {
    plan["peerChallenge"] = {
      ...(cpc ? { start: cpc.start } : {}),
      ...(cpc?.end !== undefined ? { end: cpc.end } : {}),
      ...(nextBy !== undefined ? { nextBy } : {}),
    };
  }
  if (cpc === undefined) {
    issues.push({
      severity: "warning",
      code: "no-cpc-date",
      path: ["peerChallenge", "start"],
      message: review
        ? "This is a progress review's report: its date is the review's, not the CPC's, and the CPC's month was not found."
        : "The peer challenge's dates were not found in the report's title lines.",
      hint: "Add them to the draft (peerChallenge: start:), or give them: cpc draft --cpc-start YYYY-MM-DD.",
    });
  }
  const focus = listAfter(blocks, /\basked the peer(?:s| team)\b[^:]{0,80}:$|\bfocus areas?\b[^:]{0,80}:$|\badditional (?:areas|focus)\b[^:]{0,80}:$/i);
  if (focus.length > 0) plan["focusAreas"] = focus.map((b) => b.text);
  const peers = peerTeamOf(blocks, issues);
  if (peers.length > 0) plan["peerTeam"] = peers;
  plan["recommendations"] = recommendations;
  plan["actions"] = options.actions === "none" ? [] : recommendations.map((r) => ({ id: `${r.id.slice(1)}.1`, recommendation: r.id, title: PLACEHOLDER }));
  return { plan: plan as unknown as ActionPlan, issues, lines: found.map((r) => r.item.line) };
}

interface Found {
  readonly item: Block;
  readonly points: string[];
  readonly heading: string | undefined;
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

const NOT_NAME = /\b(?:lga|local government association|corporate peer challenge|peer challenge|feedback report|progress review|action plan|report|cpc)\b/gi;
const COUNCIL_WORD = /\b(?:council|borough|county|city|district|authority)\b/i;

/** The council a title line names, or that the opening paragraphs name ("Borough Council of X (BCKLWN)"). */
function councilOf(head: readonly Block[], blocks: readonly Block[]): string | undefined {
  for (const b of head) {
    // "Council name – Corporate Peer Challenge, October 2023", or the name after the title.
    for (const part of b.text.split(/\s[-\u2013\u2014|]\s|[:,(]/)) {
      const name = part.replace(NOT_NAME, " ").replace(/\s+/g, " ").trim();
      if (name.length > 0 && name.length <= 80 && COUNCIL_WORD.test(name) && !/\d/.test(name)) return name;
    }
  }
  for (const b of blocks.slice(0, head.length + 6)) {
    const m =
      /\b((?:Royal |London )?(?:Borough|County|City|District) Council of|(?:Royal |London )?Borough of)\s+(\p{Lu}[\p{L}'\u2019]*(?:\s+(?:and|upon|on|the|\p{Lu}[\p{L}'\u2019-]*))*)/u.exec(
        b.text,
      );
    if (m) return `${m[1]} ${m[2]!.replace(/ (?:and|upon|on|the)$/, "")}`;
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

function cpcDatesOf(head: readonly Block[], blocks: readonly Block[], issues: Issue[]): CpcDates | undefined {
  let title: CpcDates | undefined;
  for (const b of head) {
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
  // text ("The council undertook an LGA Corporate Peer Challenge (CPC) in October 2023").
  for (const b of blocks.slice(0, 12)) {
    const m = /\b(?:corporate peer challenge|cpc)\b[^.]{0,40}?\sin\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4})/i.exec(b.text);
    const t = m ? parseTimescale(m[1]!) : undefined;
    if (!m || t?.kind !== "date" || (title !== undefined && title.start <= t.due)) continue;
    issues.push({
      severity: "warning",
      code: "cpc-date-from-title",
      path: ["peerChallenge", "start"],
      message: `Line ${b.line}: the CPC's month is taken from "${m[0]}": ${t.start.slice(0, 7)}${title !== undefined ? `; the date at the top (${title.start}), later, is the report's own` : ""}.`,
      hint: "Give the CPC's first day on site (peerChallenge: start:) if you know it.",
    });
    return { start: t.start.slice(0, 7) };
  }
  return title;
}

function frameworkOf(text: string, start: string | undefined, issues: Issue[]): Framework {
  // Whole words: "priority-setting" and "priority setting" alike.
  const folded = ` ${fold(text)} `;
  const count = (f: Framework): number => themesOf(f).filter((t) => folded.includes(` ${fold(t.title.replace(/^Understanding of the /, ""))} `)).length;
  const current = count("current");
  const previous = count("previous");
  if (current !== previous && Math.max(current, previous) >= 2) return current > previous ? "current" : "previous";
  const framework: Framework = start !== undefined && start < "2021" ? "previous" : "current";
  issues.push({
    severity: "warning",
    code: "framework-guessed",
    path: ["framework"],
    message:
      `The report names ${current} of the current themes and ${previous} of the previous ones: ` +
      (start !== undefined ? `the framework is taken from the CPC's date (${start}): ${framework}.` : `the framework is taken to be the ${framework} one.`),
    hint: 'Check it (framework: "current" or "previous"), or give it: cpc draft --framework previous.',
  });
  return framework;
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

/** Whether a block anchors the recommendations: a heading or a lead-in naming them. */
function anchors(b: Block): boolean {
  if (b.kind === "item") return false;
  if (!/\brecommendations?\b/i.test(b.text)) return false;
  return b.kind === "heading" || (b.text.endsWith(":") && b.text.length <= 400) || (short(b.text) && !/^recommendation\s+\d/i.test(b.text));
}

/** Whether the next block is an item: the block is a group heading over it. */
const headsItems = (blocks: readonly Block[], i: number): boolean => blocks[i + 1]?.kind === "item";

function recommendationsIn(blocks: readonly Block[]): Found[] | undefined {
  for (let a = 0; a < blocks.length; a++) {
    if (!anchors(blocks[a]!)) continue;
    const list = listFrom(blocks, a);
    if (list.length > 0) return list;
  }
  // No heading or lead-in: the first run of "Recommendation 1 - ..." items.
  const first = blocks.findIndex((b) => b.family === "recommendation");
  if (first >= 0) {
    const list = listFrom(blocks, first - 1);
    if (list.length > 0) return list;
  }
  return undefined;
}

/** The recommendations listed after the anchor at `a` (-1: from the start). */
function listFrom(blocks: readonly Block[], a: number): Found[] {
  const anchor = blocks[a];
  const out: { item: Block; points: string[]; heading: string | undefined }[] = [];
  let heading: string | undefined;
  let family: Family | undefined;
  let level = 0;
  for (let i = a + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "item") {
      if (family === undefined) {
        family = b.family;
        level = b.level;
      }
      if (b.family === family && b.level === level) out.push({ item: b, points: [], heading });
      else if (b.level < level) break;
      else if (out.length > 0) out[out.length - 1]!.points.push(b.text);
      else break;
      continue;
    }
    const sectionEnd = b.kind === "heading" && anchor?.kind === "heading" && b.depth <= anchor.depth;
    if (!sectionEnd && (b.kind === "heading" || short(b.text)) && headsItems(blocks, i)) {
      heading = b.text.replace(/^\d+(?:\.\d+)*\.?\s+/, "");
      continue;
    }
    // Prose before the list (the section's lead-in, under a heading) is passed over; after
    // it, the list has ended.
    if (out.length > 0 || sectionEnd || anchor === undefined || !(anchor.kind === "heading" || short(anchor.text))) break;
  }
  return out;
}

function recommendationOf(r: Found, i: number, all: readonly Found[], framework: Framework, issues: Issue[]): Recommendation {
  const numbers = all.map((f) => f.item.number);
  const numbered = numbers.every((n) => n !== undefined) && new Set(numbers).size === numbers.length;
  const id = `R${numbered ? r.item.number! : i + 1}`;
  const rec: { id: string; title: string; themes?: ThemeId[]; heading?: string; points?: string[] } = { id, title: r.item.text };
  let themes: ThemeId[] | undefined;
  if (r.heading !== undefined) {
    rec.heading = r.heading;
    const m = matchTheme(r.heading, { framework });
    if (m.kind === "match") themes = [m.theme.id];
  }
  if (themes === undefined) {
    const s = suggestThemes([r.item.text, ...r.points].join(" "), framework);
    const path = ["recommendations", i, "themes"];
    if (s) {
      themes = [...s.themes];
      const names = s.themes.map((t) => themesOf(framework).find((x) => x.id === t)?.title ?? t).join('" and "');
      issues.push({
        severity: "warning",
        code: "theme-suggested",
        path,
        message: `Line ${r.item.line}: recommendation ${id}'s theme is suggested from its words (${s.evidence.map((w) => `"${w}"`).join(", ")}): "${names}", ${s.confidence} confidence.`,
        hint: "A suggestion, not the report's: check it against the report's sections and change it if the peers put it elsewhere.",
        value: { themes: s.themes, evidence: s.evidence, confidence: s.confidence },
      });
    } else {
      issues.push({
        severity: "warning",
        code: "theme-suggested",
        path,
        message: `Line ${r.item.line}: recommendation ${id}'s words point at no theme: none is suggested.`,
        hint: "Give it the theme of the report's section it comes from (themes: [...]).",
        value: { themes: [], evidence: [], confidence: "none" },
      });
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
const ORGANISATION = /\b(?:council|borough|county|association|authority|government|lga|nhs|university|police|trust|ltd|limited|partnership|district)\b/i;
const ROLE_WORD = /\b(?:leader|chief|executive|director|cex|manager|chair|chairman|former|head|officer)\b/i;

/** A part of a peer's line that is a person's name: "Cllr Gillian Ford", "Andy Donald". */
function isPerson(part: string): boolean {
  if (PERSON_TITLE.test(part)) return part.split(/\s+/).length <= 5;
  return /^\p{Lu}[\p{Ll}'\u2019-]+(?:\s\p{Lu}[\p{L}'\u2019-]+){1,3}$/u.test(part) && !NOT_PERSON.test(part);
}

function peerTeamOf(blocks: readonly Block[], issues: Issue[]): PeerTeamMember[] {
  const items = listAfter(
    blocks,
    /\b(?:peers who|peer team (?:was|were|comprised)|members of the (?:original )?(?:cpc |peer )?team|peer team members?)\b[^:]{0,120}:$/i,
  );
  return items.map((b, i) => {
    const parts = b.text
      .replace(/\s+/g, " ")
      .split(/ [-\u2013\u2014] /)
      .flatMap((p) => p.split(", "));
    const k = parts.findIndex(isPerson);
    const unclear = (member: PeerTeamMember, why: string): PeerTeamMember => {
      issues.push({
        severity: "warning",
        code: "peer-unclear",
        path: ["peerTeam", i],
        message: `Line ${b.line}: "${b.text}": ${why}`,
        hint: "Check the peer's name, role and organisation in the draft.",
        value: b.text,
      });
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
