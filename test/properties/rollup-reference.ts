// A plain reference for the rollups: every action classified on its own by the facts layer
// (`classify`), its facts counted group by group as the rollup documents. Used by
// rollup-codes.property.test.ts and rollup-codes.test.ts to hold the rollups' counting by code
// to the rules applied one action at a time.
import { readFileSync } from "node:fs";
import { classify, type Facts } from "../../src/facts/action.js";
import { makeContext, schemeOf } from "../../src/facts/context.js";
import {
  RAGS,
  STATUSES,
  type Action,
  type ActionPlan,
  type RagSummary,
  type Rollup,
  type RollupBy,
  type RollupGroup,
  type StatusSummary,
  type SummaryOptions,
} from "../../src/index.js";
import { sharesOf } from "../../src/statistics/percentages.js";
import { themesOf } from "../../src/themes/index.js";

/** The first column of a fixture of real texts (comment lines start with #). */
function firstColumn(name: string): string[] {
  const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t")[0]!)
    .filter((t) => t !== "");
}

/** Real target texts from council documents (the fixtures name each one's source). */
export const realTargets = [...firstColumn("real-timescales.tsv"), ...firstColumn("real-timescales-unseen.tsv")];
/** Real status and RAG wordings from council documents. */
export const realWordings = firstColumn("real-wordings.tsv");

/** One group's figures from the facts of its actions, each counted once. */
function figuresOf<K extends string>(key: K, title: string, facts: readonly Facts[], options: SummaryOptions, scheme: "rag" | "brag"): RollupGroup<K> {
  const sum = (list: readonly Facts[]) => list.reduce((n, f) => n + f.weight, 0);
  const read = facts.filter((f) => !f.unrecognised);
  const live = read.filter((f) => f.status !== "cancelled");
  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, sum(read.filter((f) => f.status === s))])) as Record<(typeof STATUSES)[number], number>;
  const { cancelled, ...counted } = statusCounts;
  const from = (k: Facts["from"]) => sum(live.filter((f) => f.from === k));
  const status: StatusSummary = {
    total: sum(live),
    counts: statusCounts,
    percentages: { ...sharesOf(counted, options), cancelled: 0 },
    excluded: cancelled,
    noStatus: sum(live.filter((f) => f.noStatus)),
    from: { status: from("status"), rag: from("rag"), percent: from("percent"), update: from("update"), none: from("none") },
    unrecognised: sum(facts.filter((f) => f.unrecognised)),
  };
  const ragCounts = Object.fromEntries(RAGS.map((r) => [r, sum(live.filter((f) => f.rag === r))])) as Record<(typeof RAGS)[number], number>;
  const ragFigures: RagSummary = {
    total: sum(live),
    counts: ragCounts,
    percentages: sharesOf(ragCounts, options),
    derived: sum(live.filter((f) => f.ragDerived)),
    excluded: cancelled,
    scheme,
    unrecognised: status.unrecognised,
  };
  return {
    key,
    title,
    actions: sum(live),
    overdue: sum(live.filter((f) => f.overdue)),
    noTarget: sum(live.filter((f) => f.due === undefined)),
    completePercent: status.percentages.complete,
    status,
    rag: ragFigures,
  };
}

/**
 * The reference: every action classified on its own, in the plan's scheme (its own, else
 * BRAG when any action is reported blue), then grouped as the rollup documents.
 */
export function reference(p: ActionPlan, by: Exclude<RollupBy, "owner">, options: SummaryOptions): Rollup {
  const scheme = options.scheme ?? p.ragScheme ?? schemeOf(p.actions);
  const ctx = makeContext(p.actions, options, scheme, p);
  const facts = p.actions.map((a) => classify(a, ctx));
  // The last of equal ids, as a Map built from the list keeps it.
  const recOf = (a: Action) => [...p.recommendations].reverse().find((r) => r.id === a.recommendation);
  const groups: { key: string; title: string; has: (a: Action, f: Facts) => boolean }[] = [];
  if (by === "status") for (const s of STATUSES) groups.push({ key: s, title: s, has: (_, f) => f.status === s });
  if (by === "theme") {
    const ids = themesOf(p.framework).map((t) => t.id as string);
    const themes = (a: Action) => (recOf(a)?.themes ?? []).filter((t) => ids.includes(t));
    for (const t of themesOf(p.framework)) groups.push({ key: t.id, title: t.title, has: (a) => themes(a).includes(t.id) });
    groups.push({ key: "unassigned", title: "Unassigned", has: (a) => themes(a).length === 0 });
  }
  if (by === "recommendation") {
    for (const r of p.recommendations) groups.push({ key: r.id, title: r.title, has: (a) => recOf(a) === r });
    if (p.actions.some((a) => recOf(a) === undefined)) groups.push({ key: "", title: "Unknown recommendation", has: (a) => recOf(a) === undefined });
  }
  if (by === "heading") {
    const headingOf = (a: Action) => {
      const h = recOf(a)?.heading;
      return h !== undefined && h.trim() !== "" ? h : "";
    };
    for (const h of new Set(p.recommendations.map((r) => r.heading).filter((h) => h !== undefined && h.trim() !== ""))) {
      groups.push({ key: h!, title: h!, has: (a) => headingOf(a) === h });
    }
    if (p.actions.some((a) => headingOf(a) === "")) groups.push({ key: "", title: "No heading", has: (a) => headingOf(a) === "" });
  }
  return {
    by,
    groups: groups.map((g) =>
      figuresOf(
        g.key,
        g.title,
        facts.filter((f, i) => g.has(p.actions[i]!, f)),
        options,
        scheme,
      ),
    ),
    total: figuresOf("total", "All actions", facts, options, scheme),
  };
}
