/**
 * Plan-wide checks that give warnings: the plan can be used, but something in it
 * looks wrong to a reader of the published document. Each rule is a small function
 * over the typed plan; `where` names the action or recommendation for people.
 */
import { monthStart, todayInLondon, type CalendarDate } from "../dates.js";
import { makeIssue, type Issue } from "../model/issue.js";
import type { Action, ActionPlan, Step } from "../model/types.js";
import { classifyInto, daysOverdueOf, newFacts, statusFromEvidence, type MutableFacts } from "../facts/action.js";
import { makeContext, timescaleOf, type Context } from "../facts/context.js";
import { givesTarget, isBlank } from "../facts/target.js";
import { isDated, timescaleOptionsOf } from "../timescale/due.js";
import type { DateTimescale, MilestonesTimescale, UnknownCause } from "../timescale/types.js";

type Path = (string | number)[];

// "See action 8.2 above", "As above", "See 4.1", "Covered by action 3"
const CROSS_REFERENCE = /^\s*(?:see|refer to|covered (?:by|in|under)|as (?:per|in))\b.{1,40}?(?:\d+(?:\.\d+)*|above|below)\s*(?:\.\s*)?$|^\s*as above\.?\s*$/i;

/** Whether an action's text points elsewhere instead of saying what will be done. */
export function isCrossReference(title: string): boolean {
  return title.length <= 80 && CROSS_REFERENCE.test(title);
}

interface RuleContext {
  readonly plan: ActionPlan;
  /** The first day of the CPC's month, when the plan gives the CPC's date. */
  readonly cpcStart: CalendarDate | undefined;
  readonly stats: Context;
  readonly issues: Issue[];
}

/** Checks the target of action i (j < 0) or of its step j. */
function timescaleRules(rc: RuleContext, item: Action | Step, action: Action, i: number, j: number): void {
  const text = item.timescale;
  const t = text !== undefined && !isBlank(text) ? timescaleOf(rc.stats, text) : undefined;
  const given = item.due;
  const due = given ?? (isDated(t) ? t.due : undefined);
  const late = due !== undefined && rc.cpcStart !== undefined && due < rc.cpcStart;
  const placed = given === undefined && isDated(t) && (t.yearFromReference === true || (t.kind === "date" && t.relativeTo !== undefined));
  if (t?.kind !== "status" && t?.kind !== "unknown" && !late && !placed) return;
  const path: Path = j < 0 ? ["actions", i] : ["actions", i, "steps", j];
  const label = j < 0 ? `Action ${action.id}` : `Action ${action.id}, step ${item.id}`;
  const at = [...path, "timescale"];
  if (placed) {
    rc.issues.push(
      makeIssue(
        "timescale-from-plan-date",
        at,
        `${label}: the timescale ${JSON.stringify(text)} ${fromPlanDate(rc, t)}.`,
        t.kind === "date" && t.relativeTo !== undefined
          ? 'If it is due on another date, add "due": "YYYY-MM-DD".'
          : `Write the year in the timescale ("${text} ${due!.slice(0, 4)}" if that is meant), or add "due": "YYYY-MM-DD".`,
        { value: text },
      ),
    );
  }
  if (t?.kind === "status") {
    rc.issues.push(
      makeIssue(
        "status-in-timescale",
        at,
        `${label}: the timescale ${JSON.stringify(text)} is a status ("${t.status}"), not a target.`,
        `Set "status": "${t.status}" and give the target date, if there is one, as the timescale.`,
        { value: text },
      ),
    );
  } else if (t?.kind === "unknown") {
    rc.issues.push(
      makeIssue("unparseable-timescale", at, `${label}: the timescale ${JSON.stringify(text)} gives no date: ${t.reason}.`, unreadableHint(t.cause), {
        value: text,
      }),
    );
  }
  if (late) {
    rc.issues.push(
      makeIssue(
        "target-before-cpc",
        given !== undefined ? [...path, "due"] : at,
        `${label}: the target ${JSON.stringify(given ?? text)} (${due}) is before the peer challenge began (${rc.plan.peerChallenge?.start ?? ""}).`,
        "Check the year: a plan answering the CPC cannot have been due before it.",
        { value: given ?? text },
      ),
    );
  }
}

/** What the plan's own dates did for a target that did not give its own year, or counts from another date. */
function fromPlanDate(rc: RuleContext, t: DateTimescale | MilestonesTimescale): string {
  const published = rc.plan.publishedOn !== undefined;
  const dates = timescaleOptionsOf(rc.plan);
  if (t.kind === "date" && t.relativeTo === "cpc")
    return `counts from the peer challenge, so it is read as due ${t.due}, counted from its start (${dates.cpcStart})`;
  if (t.kind === "date" && t.relativeTo === "reference") {
    return `counts from a date it does not give, so it is read as due ${t.due}, counted from when the ${published ? "plan was published" : "peer challenge began"} (${dates.reference})`;
  }
  return `gives no year, so it is read as due ${t.due}, the first such date after the ${published ? "plan was published" : "peer challenge began"} (${dates.reference})`;
}

/** A hint for a target that gives no date, by why it gives none. */
function unreadableHint(cause: UnknownCause): string {
  if (cause === "to-be-confirmed" || cause === "not-applicable") return 'Give the target once it is set, or add "due": "YYYY-MM-DD".';
  if (cause === "no-year" || cause === "needs-anchor") return 'Write the year, or give the plan its "publishedOn" date to read the target against.';
  return 'Write a month and year ("March 2024"), a season, a quarter or a financial year ("Q3 2024/25"), or add "due": "YYYY-MM-DD".';
}

/**
 * What the whole input says, where the rules see only the readable part of a plan whose
 * other actions could not be read: so that an unreadable action still answers its
 * recommendation and still counts as naming an owner or giving a status.
 */
export interface WholePlan {
  /** The recommendation ids the input's actions answer, readable or not. */
  readonly answered: ReadonlySet<string>;
  /** Whether any action of the input names an owner. */
  readonly anyOwner: boolean;
  /** Whether any action of the input gives a status. */
  readonly anyStatus: boolean;
  /** How many actions the input has, readable or not. */
  readonly actions: number;
}

/**
 * The warning rules. `asOf` matters only for the consistency of reported RAG with due
 * dates. `eachAction` is called for every action first, in the same pass, for checks
 * made elsewhere. `whole` is given when `plan` is the readable part of a larger input.
 */
export function checkRules(
  plan: ActionPlan,
  options: { readonly asOf?: string | undefined },
  eachAction?: (action: Action, i: number) => void,
  whole?: WholePlan,
): Issue[] {
  const issues: Issue[] = [];
  // The rules use due dates and lateness, never the RAG scheme: no need to look for blue.
  const stats = makeContext(plan.actions, { asOf: options.asOf ?? todayInLondon() }, "rag", plan);
  const rc: RuleContext = {
    plan,
    cpcStart: plan.peerChallenge === undefined ? undefined : monthStart(plan.peerChallenge.start),
    stats,
    issues,
  };
  planRules(plan, issues);
  const anyOwner = whole?.anyOwner ?? plan.actions.some((a) => (a.owners?.length ?? 0) > 0);
  const anyStatus = whole?.anyStatus ?? plan.actions.some((a) => a.status !== undefined || a.statusText !== undefined || tracked(a));
  const actionCount = whole?.actions ?? plan.actions.length;
  if (!anyOwner && actionCount > 0) {
    issues.push(
      makeIssue(
        "action-without-owner",
        ["actions"],
        `No action names an owner (${actionCount} actions).`,
        'A progress review asks who leads each action: add "owners".',
      ),
    );
  }
  if (actionCount === 0 && plan.recommendations.length === 0)
    issues.push(
      makeIssue(
        "empty-plan",
        ["actions"],
        "The plan has no recommendations and no actions: every figure from it is zero.",
        "Check that the file holds the plan's recommendations and actions: a template whose table is empty, or a record of a peer challenge's dates alone, has none.",
      ),
    );
  const answered = new Set<string>(whole?.answered);
  const facts = newFacts();
  let lastRecommendation: string | undefined;
  plan.actions.forEach((action, i) => {
    eachAction?.(action, i);
    const rec = action.recommendation;
    if (rec !== lastRecommendation) answered.add((lastRecommendation = rec));
    actionRules(rc, action, i, anyOwner, anyStatus, facts);
  });
  plan.recommendations.forEach((r, i) => {
    if (!answered.has(r.id)) {
      issues.push(
        makeIssue(
          "recommendation-without-actions",
          ["recommendations", i],
          `Recommendation ${r.id} has no actions.`,
          "Every recommendation needs at least one action in the plan.",
        ),
      );
    }
  });
  return issues;
}

/** What a tracker may not say: figures need neither, but a report names the council, and targets are checked against the CPC's date. */
function planRules(plan: ActionPlan, issues: Issue[]): void {
  if (plan.council === undefined) {
    issues.push(
      makeIssue(
        "no-council",
        ["council"],
        "The plan does not name its council.",
        'Add "council": { "name": ... } (a "Council" row above a table, or --council).',
      ),
    );
  }
  if (plan.peerChallenge === undefined) {
    issues.push(
      makeIssue(
        "no-cpc-date",
        ["peerChallenge"],
        `The plan does not say when the peer challenge was, so no target can be checked against it${plan.publishedOn === undefined ? ", and a target with no year cannot be read" : ""}.`,
        'Add "peerChallenge": { "start": "YYYY-MM" } (a "CPC start" row above a table, or --cpc-start).',
      ),
    );
  }
}

/** The rules for one action: its text, owner, target, status, timescales and RAG. Paths and labels are made only for an issue: most actions have none. */
function actionRules(rc: RuleContext, action: Action, i: number, anyOwner: boolean, anyStatus: boolean, facts: MutableFacts): void {
  const issues = rc.issues;
  if (isBlank(action.title)) {
    issues.push(
      makeIssue(
        "action-without-title",
        ["actions", i, "title"],
        `${labelOf(action)} has no text: it does not say what will be done.`,
        "Give the action's wording as published, or remove the row.",
      ),
    );
  } else if (isCrossReference(action.title)) {
    // A pointer to another action is not an action: the other checks would only repeat that.
    issues.push(
      makeIssue(
        "cross-reference",
        ["actions", i, "title"],
        `${labelOf(action)} is a cross-reference (${JSON.stringify(action.title)}), not an action.`,
        "Give the action's own wording, or list the recommendation under the action it points to.",
      ),
    );
    return;
  }
  if (anyOwner && !named(action.owners)) {
    issues.push(makeIssue("action-without-owner", ["actions", i, "owners"], `${labelOf(action)} has no owner.`, "Name who leads it."));
  }
  if (!givesTarget(action)) {
    issues.push(
      makeIssue(
        "action-without-target",
        ["actions", i, "timescale"],
        `${labelOf(action)} has no target.`,
        'Give a timescale ("March 2024", "Ongoing") so that progress can be judged.',
      ),
    );
  }
  if (action.status === undefined && action.statusText === undefined) statusRules(issues, action, i, anyStatus);
  timescaleRules(rc, action, action, i, -1);
  action.steps?.forEach((step, j) => timescaleRules(rc, step, action, i, j));
  ragRules(rc, action, i, facts);
  percentRules(issues, action, ["actions", i], labelOf(action));
  action.steps?.forEach((step, j) => percentRules(issues, step, ["actions", i, "steps", j], `${labelOf(action)} step ${step.id}`));
}

/** A percentage complete that says otherwise than the status: "complete" at 40 %, "not-started" at 60 %. */
function percentRules(issues: Issue[], item: Action | Step, path: readonly (string | number)[], label: string): void {
  const percent = item.percentComplete;
  const status = item.status;
  if (percent === undefined || (status !== "complete" && status !== "not-started")) return;
  if (status === "complete" ? percent >= 100 : percent <= 0) return;
  issues.push(
    makeIssue(
      "percent-inconsistent",
      [...path, "percentComplete"],
      `${label}'s status is "${status}" but it is ${percent} % complete; the figures count it as ${status === "complete" ? "complete" : "not started"}, by its status.`,
      status === "complete" ? "Give 100 % when it is done, or the status it has." : 'Give its status ("in-progress" once work has started), or 0 %.',
      { value: percent },
    ),
  );
}

const labelOf = (action: Action): string => `Action ${action.id}`;

/** Whether a tracker says anything of an action's progress that gives a status: a RAG, a percentage, a dated update. */
function tracked(action: Action): boolean {
  return statusFromEvidence(action, action.rag).from !== "none";
}

const UNDER_WAY: Readonly<Record<string, string>> = { complete: "complete", "in-progress": "under way", "not-started": "not started" };

/**
 * An action with no status: its status as the statistics take it from what is there
 * (statusFromEvidence), named with its source; or, when nothing says and other actions
 * are rated, not started.
 */
function statusRules(issues: Issue[], action: Action, i: number, anyStatus: boolean): void {
  const { status, from } = statusFromEvidence(action, action.rag);
  const counted = status === undefined ? "not started" : (UNDER_WAY[status] ?? status);
  const as = `it counts as ${status === undefined ? "not started" : `"${status}"`}`;
  if (from === "rag") {
    issues.push(
      makeIssue(
        "status-from-rag",
        ["actions", i, "rag"],
        `${labelOf(action)} has no status; its RAG "${action.rag}" says it is ${counted}, so ${as}.`,
        "Give its status if it is something else.",
        { value: action.rag },
      ),
    );
  } else if (from === "percent") {
    issues.push(
      makeIssue(
        "status-from-progress",
        ["actions", i, "percentComplete"],
        `${labelOf(action)} has no status; its ${action.percentComplete} % complete says it is ${counted}, so ${as}.`,
        "Give its status if it is something else.",
        { value: action.percentComplete },
      ),
    );
  } else if (from === "update") {
    issues.push(
      makeIssue(
        "status-from-progress",
        ["actions", i, "updates"],
        `${labelOf(action)} has no status; its latest update says it is ${counted}, so ${as}.`,
        "Give its status if it is something else.",
      ),
    );
  } else if (anyStatus) {
    issues.push(
      makeIssue(
        "action-without-status",
        ["actions", i, "status"],
        `${labelOf(action)} has no status, RAG rating, percentage or dated update, while other actions are rated; it counts as not started.${commentsOf(action)}`,
        "Give its status.",
      ),
    );
  }
}

/** " Its comments: ..." where an action with no status has comments, which no figure reads; "" where it has none. */
function commentsOf(action: Action): string {
  if (typeof action.comments !== "string" || isBlank(action.comments)) return "";
  const last = action.comments.trim().split("\n").pop()!.trim();
  return ` Its comments, which no figure reads, end ${JSON.stringify(last.length > 60 ? `${last.slice(0, 60)}…` : last)}.`;
}

/** Whether any owner is named (an entry with more than spaces). */
function named(owners: readonly string[] | undefined): boolean {
  if (owners === undefined) return false;
  for (const o of owners) if (!isBlank(o)) return true;
  return false;
}

function ragRules(rc: RuleContext, action: Action, i: number, facts: MutableFacts): void {
  const rag = action.rag;
  if (rag === undefined) return;
  const f = classifyInto(action, rc.stats, facts);
  const status = action.status ?? "not-started";
  // The path and label are made only for an issue.
  if (rag === "green" && f.overdue) {
    rc.issues.push(
      makeIssue(
        "rag-inconsistent",
        ["actions", i, "rag"],
        `${labelOf(action)} is reported green but was due ${f.due} and is ${daysOverdueOf(f, rc.stats)} days overdue as of ${rc.stats.asOf}.`,
        "Re-rate it, or move its target with an update.",
        { asOf: rc.stats.asOf },
      ),
    );
  } else if (rag === "blue" && action.status !== undefined && status !== "complete") {
    // With no status recorded, a blue RAG is what says the action is complete: nothing disagrees.
    rc.issues.push(
      makeIssue(
        "rag-inconsistent",
        ["actions", i, "rag"],
        `${labelOf(action)} is reported blue (complete) but its status is "${status}".`,
        'Set "status": "complete", or re-rate it.',
      ),
    );
  } else if (status === "complete" && (rag === "red" || rag === "amber")) {
    rc.issues.push(
      makeIssue(
        "rag-inconsistent",
        ["actions", i, "rag"],
        `${labelOf(action)} is complete but reported ${rag}.`,
        "Rate a complete action blue (or green where the scheme has no blue).",
      ),
    );
  }
}
