/**
 * The five CPC themes of each framework, the mapping between them, and the
 * recognition of free-text headings as themes.
 *
 * @module
 */
import { PREVIOUS_TO_CURRENT, type Framework, type PreviousThemeId, type ThemeId } from "../model/vocabulary.js";
import { own } from "../own.js";

/**
 * One of the five themes every CPC looks at.
 *
 * @category Themes
 * @example
 * ```ts
 * import { themeById } from "peer-challenge";
 * const theme = themeById("governance-and-culture");
 * theme?.question;
 * //=> "Are there clear and robust governance arrangements? Is there a culture of respect, challenge and scrutiny?"
 * ```
 */
export interface Theme {
  /** Stable kebab-case id, e.g. `"governance-and-culture"`. */
  readonly id: ThemeId;
  /** The theme's title as the LGA writes it. */
  readonly title: string;
  /** The key question the peers ask under this theme. */
  readonly question: string;
  /** Which framework the theme belongs to. */
  readonly framework: Framework;
  /** Position in its framework, 1 to 5. */
  readonly order: 1 | 2 | 3 | 4 | 5;
}

/**
 * The five themes of the current framework (used since 2021), in order, with their key questions.
 *
 * @category Themes
 * @example
 * ```ts
 * import { THEMES } from "peer-challenge";
 * THEMES.map((t) => t.title);
 * //=> ["Local priorities and outcomes", "Organisational and place leadership", "Governance and culture",
 * //    "Financial planning and management", "Capacity for improvement"]
 * ```
 */
export const THEMES: readonly [Theme, Theme, Theme, Theme, Theme] = [
  {
    id: "local-priorities-and-outcomes",
    title: "Local priorities and outcomes",
    question:
      "Are the council's priorities clear and informed by the local context? Is it delivering effectively on them and achieving improved outcomes for all its communities?",
    framework: "current",
    order: 1,
  },
  {
    id: "organisational-and-place-leadership",
    title: "Organisational and place leadership",
    question: "Does the council provide effective local leadership? Are there good relationships with partner organisations and local communities?",
    framework: "current",
    order: 2,
  },
  {
    id: "governance-and-culture",
    title: "Governance and culture",
    question: "Are there clear and robust governance arrangements? Is there a culture of respect, challenge and scrutiny?",
    framework: "current",
    order: 3,
  },
  {
    id: "financial-planning-and-management",
    title: "Financial planning and management",
    question: "Does the council understand its current financial position? Does it have a strategy and a clear plan to address its financial challenges?",
    framework: "current",
    order: 4,
  },
  {
    id: "capacity-for-improvement",
    title: "Capacity for improvement",
    question: "Is the organisation able to support delivery of local priorities? Does it have the capacity to improve?",
    framework: "current",
    order: 5,
  },
];

/**
 * The five "core components" of the previous framework (seen 2017-2020), in order,
 * with their questions as the Kingston 2019 feedback report words them.
 *
 * @category Themes
 * @example
 * ```ts
 * import { PREVIOUS_THEMES } from "peer-challenge";
 * PREVIOUS_THEMES[4].title;
 * //=> "Capacity to deliver"
 * ```
 */
export const PREVIOUS_THEMES: readonly [Theme, Theme, Theme, Theme, Theme] = [
  {
    id: "local-place-and-priority-setting",
    title: "Understanding of the local place and priority setting",
    question: "Does the council understand its local context and place and use that to inform a clear vision and set of priorities?",
    framework: "previous",
    order: 1,
  },
  {
    id: "leadership-of-place",
    title: "Leadership of place",
    question:
      "Does the council provide effective leadership of place through its elected members, officers and constructive relationships and partnerships with external stakeholders?",
    framework: "previous",
    order: 2,
  },
  {
    id: "organisational-leadership-and-governance",
    title: "Organisational leadership and governance",
    question:
      "Is there effective political and managerial leadership supported by good governance and decision-making arrangements that respond to key challenges and enable change and transformation to be implemented?",
    framework: "previous",
    order: 3,
  },
  {
    id: "financial-planning-and-viability",
    title: "Financial planning and viability",
    question: "Does the council have a financial plan in place to ensure long term viability and is there evidence that it is being implemented successfully?",
    framework: "previous",
    order: 4,
  },
  {
    id: "capacity-to-deliver",
    title: "Capacity to deliver",
    question:
      "Is organisational capacity aligned with priorities and does the council influence, enable and leverage external capacity to focus on agreed outcomes?",
    framework: "previous",
    order: 5,
  },
];

const ALL_THEMES: readonly Theme[] = [...THEMES, ...PREVIOUS_THEMES];
const BY_ID = new Map<string, Theme>(ALL_THEMES.map((t) => [t.id, t]));

/**
 * Looks a theme up by id, in either framework.
 *
 * @param id - A theme id such as `"leadership-of-place"`.
 * @returns The theme, or `undefined` for an unknown id.
 * @category Themes
 * @example
 * ```ts
 * import { themeById } from "peer-challenge";
 * themeById("leadership-of-place")?.framework;
 * //=> "previous"
 * themeById("housing");
 * //=> undefined
 * ```
 */
export function themeById(id: string): Theme | undefined {
  return BY_ID.get(id);
}

/**
 * The five themes of a framework, in order.
 *
 * @param framework - `"current"` (default) or `"previous"`.
 * @category Themes
 * @example
 * ```ts
 * import { themesOf } from "peer-challenge";
 * themesOf("previous")[0]?.id;
 * //=> "local-place-and-priority-setting"
 * ```
 */
export function themesOf(framework: Framework = "current"): readonly Theme[] {
  return framework === "previous" ? PREVIOUS_THEMES : THEMES;
}

/**
 * The result of {@link matchTheme}: the recognised theme, or a "no match" with the reason.
 *
 * @category Themes
 * @example
 * ```ts
 * import { matchTheme, type ThemeMatch } from "peer-challenge";
 * const m: ThemeMatch = matchTheme("Community engagement");
 * m.kind;
 * //=> "no-match"
 * ```
 */
export type ThemeMatch = ThemeFound | NoThemeMatch;

/**
 * A heading recognised as a theme.
 *
 * @category Themes
 * @example
 * ```ts
 * import { matchTheme, type ThemeFound } from "peer-challenge";
 * const m = matchTheme("Leadership of Place");
 * if (m.kind === "match") {
 *   const found: ThemeFound = m; // narrowed on kind: no cast
 *   found.theme.id;
 *   //=> "leadership-of-place"
 * }
 * ```
 */
export interface ThemeFound {
  /** A theme was recognised. */
  readonly kind: "match";
  /** The recognised theme. */
  readonly theme: Theme;
  /** The heading words that matched the theme's title, as stems. */
  readonly matched: readonly string[];
}

/**
 * A heading that names no theme, or several equally.
 *
 * @category Themes
 * @example
 * ```ts
 * import { matchTheme, type NoThemeMatch } from "peer-challenge";
 * const m = matchTheme("Communication and engagement");
 * if (m.kind !== "match") {
 *   const none: NoThemeMatch = m; // narrowed on kind: no cast
 *   none.reason;
 *   //=> "no theme shares a word with the heading"
 * }
 * ```
 */
export interface NoThemeMatch {
  /** No theme was chosen. */
  readonly kind: "no-match";
  /** Why nothing was chosen: no theme words, or a tie between themes. */
  readonly reason: string;
  /** Themes that tied, where the heading was ambiguous. */
  readonly candidates: readonly Theme[];
}

/**
 * Options for {@link matchTheme}.
 *
 * @category Themes
 * @example
 * ```ts
 * import { matchTheme, type MatchThemeOptions } from "peer-challenge";
 * const options: MatchThemeOptions = { framework: "previous" };
 * matchTheme("FINANCIAL CHALLENGE", options).kind;
 * //=> "match"
 * ```
 */
export interface MatchThemeOptions {
  /** Only consider themes of this framework. Default: both, preferring the current one on a tie. */
  readonly framework?: Framework | undefined;
}

// Words in headings that say nothing about which theme is meant.
const STOP = new Set([
  "a",
  "an",
  "and",
  "the",
  "of",
  "for",
  "to",
  "in",
  "on",
  "our",
  "its",
  "with",
  "recommendation",
  "recommendations",
  "theme",
  "themes",
  "core",
  "component",
  "components",
  "area",
  "key",
  "council",
  "councils",
  "section",
  "part",
]);

// A four-letter prefix is enough to tell the few words of the ten theme titles
// apart while folding their inflections together (financial/finance, priority/priorities,
// organisational/organisation/organizational, deliver/delivery, improve/improvement).
function stems(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (STOP.has(word)) continue;
    const stem = word.slice(0, 4);
    if (!out.includes(stem)) out.push(stem);
  }
  return out;
}

const SYNONYMS: Readonly<Record<string, string>> = {
  budg: "fina", // budget -> financial
  mone: "fina", // money -> financial
  scru: "gove", // scrutiny -> governance
};

const THEME_STEMS = new Map<ThemeId, readonly string[]>(ALL_THEMES.map((t) => [t.id, stems(t.title.replace(/^Understanding of the /, ""))]));

/**
 * Recognises a free-text heading as one of the CPC themes, where it reasonably can.
 *
 * The heading's words are compared with each theme's title (ignoring case, word
 * endings and filler such as "Recommendations for"). The theme sharing most words
 * wins; between equals, the one whose title is covered more fully. A heading whose
 * theme words are fewer than half its words ("Strategic leadership and management"),
 * or that ties between unrelated themes, is a no-match rather than a guess. A tie
 * between a previous theme and its current counterpart goes to the current one
 * unless `framework` says otherwise.
 *
 * @param heading - Free text, e.g. a section row of a plan.
 * @param options - Restrict to one framework.
 * @returns A match with the theme, or a no-match with the reason.
 * @category Themes
 * @example
 * ```ts
 * import { matchTheme } from "peer-challenge";
 * matchTheme("Recommendations for Leadership of Place");
 * //=> { kind: "match", theme: { id: "leadership-of-place", ... }, matched: ["lead", "plac"] }
 * matchTheme("FINANCIAL CHALLENGE", { framework: "previous" }).kind === "match";
 * //=> true (financial-planning-and-viability)
 * matchTheme("Community engagement").kind;
 * //=> "no-match"
 * ```
 */
export function matchTheme(heading: string, options: MatchThemeOptions = {}): ThemeMatch {
  const words = stems(heading).map((s) => own(SYNONYMS, s) ?? s);
  if (words.length === 0) return { kind: "no-match", reason: "the heading has no theme words", candidates: [] };
  const pool = options.framework ? themesOf(options.framework) : ALL_THEMES;
  let best: { theme: Theme; matched: string[]; coverage: number }[] = [];
  for (const theme of pool) {
    const own = THEME_STEMS.get(theme.id) ?? [];
    const matched = words.filter((w) => own.includes(w));
    if (matched.length === 0) continue;
    const candidate = { theme, matched, coverage: matched.length / own.length };
    const top = best[0];
    const cmp = top ? matched.length - top.matched.length || candidate.coverage - top.coverage : 1;
    if (cmp > 0) best = [candidate];
    else if (cmp === 0) best.push(candidate);
  }
  const top = best[0];
  if (!top) return { kind: "no-match", reason: "no theme shares a word with the heading", candidates: [] };
  if (top.matched.length * 2 < words.length) {
    return {
      kind: "no-match",
      reason: "too few of the heading's words name a theme",
      candidates: best.map((b) => b.theme),
    };
  }
  if (best.length > 1) {
    // Equals across frameworks are fine when they are counterparts: prefer the current theme.
    const current = best.filter((b) => b.theme.framework === "current");
    const previous = best.filter((b) => b.theme.framework === "previous");
    const counterparts =
      current.length === 1 && previous.every((p) => (PREVIOUS_TO_CURRENT[p.theme.id as PreviousThemeId] as readonly string[]).includes(current[0]!.theme.id));
    if (!counterparts) {
      return { kind: "no-match", reason: "the heading fits several themes equally", candidates: best.map((b) => b.theme) };
    }
    const chosen = current[0]!;
    return { kind: "match", theme: chosen.theme, matched: chosen.matched };
  }
  return { kind: "match", theme: top.theme, matched: top.matched };
}
