/**
 * Plan-wide checks that give warnings: the plan can be used, but something in it
 * looks wrong to a reader of the published document. Each rule is a small function
 * over the typed plan; `where` names the action or recommendation for people.
 */
import { monthStart, todayInLondon, type CalendarDate } from "../dates.js";
import type { Issue, IssueCode } from "../model/issue.js";
import type { Action, ActionPlan, Step } from "../model/types.js";
import { classify, daysOverdueOf, makeContext, type Context } from "../statistics/classify.js";
import { parseTimescale } from "../timescale/parse.js";
import type { Timescale } from "../timescale/types.js";

type Path = (string | number)[];

function warning(code: IssueCode, path: Path, message: string, hint?: string): Issue {
  return { severity: "warning", code, path, message, ...(hint ? { hint } : {}) };
}

// "See action 8.2 above", "As above", "See 4.1", "Covered by action 3"
const CROSS_REFERENCE = /^\s*(?:see|refer to|covered (?:by|in|under)|as (?:per|in))\b.{0,40}?(?:\d+(?:\.\d+)*|above|below)\s*\.?\s*$|^\s*as above\.?\s*$/i;

/** Whether an action's text points elsewhere instead of saying what will be done. */
export function isCrossReference(title: string): boolean {
  return title.length <= 80 && CROSS_REFERENCE.test(title);
}

interface RuleContext {
  readonly plan: ActionPlan;
  readonly cpcStart: CalendarDate;
  readonly read: (text: string) => Timescale;
  readonly stats: Context;
  readonly issues: Issue[];
}

function timescaleRules(
  rc: RuleContext,
  item: Action | Step,
  path: Path,
  label: string,
): void {
  const text = item.timescale;
  const t = text !== undefined && text.trim() !== "" ? rc.read(text) : undefined;
  const at = [...path, "timescale"];
  if (t?.kind === "status") {
    rc.issues.push(warning("status-in-timescale", at, `${label}: the timescale ${JSON.stringify(text)} is a status ("${t.status}"), not a target.`, `Set "status": "${t.status}" and give the target date, if there is one, as the timescale.`));
  } else if (t?.kind === "unknown") {
    rc.issues.push(warning("unparseable-timescale", at, `${label}: the timescale ${JSON.stringify(text)} gives no date: ${t.reason}.`, "Write a month and year (\"March 2024\"), a season, a quarter or a financial year, or add \"due\": \"YYYY-MM-DD\"."));
  }
  const due = item.due ?? (t?.kind === "date" || t?.kind === "milestones" ? t.due : undefined);
  if (due !== undefined && due < rc.cpcStart) {
    rc.issues.push(warning("target-before-cpc", item.due !== undefined ? [...path, "due"] : at, `${label}: the target ${JSON.stringify(item.due ?? text)} (${due}) is before the peer challenge began (${rc.plan.peerChallenge.start}).`, "Check the year: a plan answering the CPC cannot have been due before it."));
  }
}

/**
 * The warning rules. `asOf` matters only for the consistency of reported RAG
 * with due dates.
 */
export function checkRules(plan: ActionPlan, options: { readonly asOf?: string }): Issue[] {
  const issues: Issue[] = [];
  const cache = new Map<string, Timescale>();
  const read = (text: string): Timescale => {
    let t = cache.get(text);
    if (!t) cache.set(text, (t = parseTimescale(text)));
    return t;
  };
  const rc: RuleContext = {
    plan,
    cpcStart: monthStart(plan.peerChallenge.start),
    read,
    stats: makeContext(plan.actions, { asOf: options.asOf ?? todayInLondon() }),
    issues,
  };
  const anyOwner = plan.actions.some((a) => (a.owners?.length ?? 0) > 0);
  const anyStatus = plan.actions.some((a) => a.status !== undefined);
  if (!anyOwner && plan.actions.length > 0) {
    issues.push(warning("action-without-owner", ["actions"], `No action names an owner (${plan.actions.length} actions).`, "A progress review asks who leads each action: add \"owners\"."));
  }

  const answered = new Set<string>();
  plan.actions.forEach((action, i) => {
    answered.add(action.recommendation);
    const path: Path = ["actions", i];
    const label = `Action ${action.id}`;
    if (action.title.trim() === "") {
      issues.push(warning("action-without-title", [...path, "title"], `${label} has no text: it does not say what will be done.`, "Give the action's wording as published, or remove the row."));
    } else if (isCrossReference(action.title)) {
      // A pointer to another action is not an action: the other checks would only repeat that.
      issues.push(warning("cross-reference", [...path, "title"], `${label} is a cross-reference (${JSON.stringify(action.title)}), not an action.`, "Give the action's own wording, or list the recommendation under the action it points to."));
      return;
    }
    if (anyOwner && (action.owners ?? []).every((o) => o.trim() === "")) {
      issues.push(warning("action-without-owner", [...path, "owners"], `${label} has no owner.`, "Name who leads it."));
    }
    const hasSteps = (action.steps ?? []).some((s) => s.timescale !== undefined || s.due !== undefined);
    if ((action.timescale === undefined || action.timescale.trim() === "") && action.due === undefined && !hasSteps) {
      issues.push(warning("action-without-target", [...path, "timescale"], `${label} has no target.`, "Give a timescale (\"March 2024\", \"Ongoing\") so that progress can be judged."));
    }
    if (anyStatus && action.status === undefined) {
      issues.push(warning("action-without-status", [...path, "status"], `${label} has no status, while other actions do; it counts as not started.`, "Give its status."));
    }
    timescaleRules(rc, action, path, label);
    action.steps?.forEach((step, j) => timescaleRules(rc, step, [...path, "steps", j], `${label}, step ${step.id}`));
    ragRules(rc, action, path, label);
  });

  plan.recommendations.forEach((r, i) => {
    if (!answered.has(r.id)) {
      issues.push(warning("recommendation-without-actions", ["recommendations", i], `Recommendation ${r.id} has no actions.`, "Every recommendation needs at least one action in the plan."));
    }
  });
  return issues;
}

function ragRules(rc: RuleContext, action: Action, path: Path, label: string): void {
  if (action.rag === undefined) return;
  const f = classify(action, rc.stats);
  const at = [...path, "rag"];
  const status = action.status ?? "not-started";
  if (action.rag === "green" && f.overdue) {
    rc.issues.push(warning("rag-inconsistent", at, `${label} is reported green but was due ${f.due} and is ${daysOverdueOf(f, rc.stats)} days overdue as of ${rc.stats.asOf}.`, "Re-rate it, or move its target with an update."));
  } else if (action.rag === "blue" && status !== "complete") {
    rc.issues.push(warning("rag-inconsistent", at, `${label} is reported blue (complete) but its status is "${status}".`, 'Set "status": "complete", or re-rate it.'));
  } else if (status === "complete" && (action.rag === "red" || action.rag === "amber")) {
    rc.issues.push(warning("rag-inconsistent", at, `${label} is complete but reported ${action.rag}.`, "Rate a complete action blue (or green where the scheme has no blue)."));
  }
}
