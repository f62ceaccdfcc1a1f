/**
 * A theme suggested for a recommendation from its words, with the words that suggested it
 * and how sure the suggestion is. A suggestion, never a fact: the draft says so.
 */
import type { Framework, ThemeId } from "../model/vocabulary.js";
import { themesOf } from "../themes/index.js";

// The words that point at each of the five themes, in the order both frameworks share
// (priorities, leadership of place, governance, finance, capacity), as word beginnings.
const CUES: readonly (readonly string[])[] = [
  ["vision", "priorit", "outcome", "purpose", "ambition", "corporate plan", "corporate strategy", "local context", "evidence", "insight", "needs of"],
  [
    "partner",
    "place leader",
    "leader of place",
    "leadership of place",
    "place-shap",
    "place based",
    "stakeholder",
    "relationship",
    "communit",
    "resident",
    "engag",
    "co-produc",
    "consult",
    "external",
  ],
  [
    "governance",
    "constitution",
    "scrutiny",
    "decision",
    "culture",
    "member",
    "political",
    "collective leadership",
    "meeting",
    "accountab",
    "values",
    "risk",
    "communicat",
  ],
  ["financ", "budget", "saving", "spend", "revenue", "medium term", "mtfs", "funding", "income", "cost", "reserve", "headroom", "commercial"],
  [
    "capacity",
    "workforce",
    "staff",
    "re-structur",
    "restructur",
    "system",
    "process",
    "transformation",
    "performance",
    "data",
    "digital",
    "skills",
    "recruit",
    "manager",
    "programme",
  ],
];

/** A theme suggested from a recommendation's words. */
export interface Suggestion {
  /** The themes suggested: one, or two that tie. */
  readonly themes: readonly ThemeId[];
  /** The words of the recommendation that suggested them. */
  readonly evidence: readonly string[];
  /** `high`: two or more cues and a clear lead; `medium`: a lead; `low`: a tie. */
  readonly confidence: "high" | "medium" | "low";
}

// Each cue at the start of a word, running on to the word's end.
const PATTERNS: readonly (readonly RegExp[])[] = CUES.map((cues) => cues.map((cue) => new RegExp(`(?<![a-z])${cue.replace(/-/g, "\\-")}[a-z-]*`)));

function cuesIn(text: string, patterns: readonly RegExp[]): string[] {
  const found: string[] = [];
  const lower = text.toLowerCase();
  for (const pattern of patterns) {
    // The evidence is the word (or words) as written.
    const at = pattern.exec(lower);
    if (at) found.push(text.slice(at.index, at.index + at[0].length));
  }
  return found;
}

/**
 * The theme a recommendation's words point at, or none when no theme's words appear in it.
 */
export function suggestThemes(text: string, framework: Framework): Suggestion | undefined {
  const themes = themesOf(framework);
  const scored = PATTERNS.map((patterns, i) => ({ theme: themes[i]!.id, evidence: cuesIn(text, patterns) })).filter((s) => s.evidence.length > 0);
  if (scored.length === 0) return undefined;
  scored.sort((a, b) => b.evidence.length - a.evidence.length);
  const [top, second] = scored as [(typeof scored)[number], ...(typeof scored)[number][]];
  const lead = top.evidence.length - (second?.evidence.length ?? 0);
  if (lead === 0) {
    const tied = scored.filter((s) => s.evidence.length === top.evidence.length);
    if (tied.length > 2) return undefined;
    return { themes: tied.map((s) => s.theme), evidence: tied.flatMap((s) => s.evidence), confidence: "low" };
  }
  return { themes: [top.theme], evidence: top.evidence, confidence: top.evidence.length >= 2 && lead >= 2 ? "high" : "medium" };
}
