/**
 * Returns from owners: which open actions and steps each owner must report on, with what
 * is known of them now. The workbook an owner fills in and the collecting of it back are
 * `peer-challenge/xlsx`'s; this part is pure and browser-safe.
 *
 * @module
 */
import { todayInLondon, type CalendarDate } from "../dates.js";
import { hashOf } from "../hash.js";
import type { Action, ActionPlan, Step } from "../model/types.js";
import type { Rag, Status } from "../model/vocabulary.js";
import { dueDate, stepDueDate } from "../timescale/due.js";
import { overdueActions, overdueSteps } from "../statistics/overdue.js";

/**
 * Options for {@link ownerReturns}.
 *
 * @category Returns
 * @example
 * ```ts
 * import type { OwnerReturnsOptions } from "peer-challenge";
 * const options: OwnerReturnsOptions = { asOf: "2019-06-30", owners: ["Ian Thomas"] };
 * ```
 */
export interface OwnerReturnsOptions {
  /** The date the returns are sent out, `YYYY-MM-DD`: days overdue are counted to it. Default today in Europe/London. */
  readonly asOf?: CalendarDate | undefined;
  /** Only these owners, by name as the plan gives it (trimmed). Default every owner. */
  readonly owners?: readonly string[] | undefined;
}

/**
 * One line of an owner's return: an action, or one of its steps, with what is known of it.
 *
 * @category Returns
 * @example
 * ```ts
 * import { ownerReturns, type ReturnItem } from "peer-challenge";
 * const item: ReturnItem | undefined = ownerReturns(kingston, { asOf: "2019-06-30" })[0]?.items[0];
 * item?.key;
 * //=> "1.1"
 * ```
 */
export interface ReturnItem {
  /** The action, or the action the step belongs to. */
  readonly action: Action;
  /** The step, when the line is a step's. */
  readonly step?: Step | undefined;
  /** What the line is called in the workbook: the action's number, or the number and the step's letter ("3.1 a"). */
  readonly key: string;
  /** The target as published (the step's own, else its action's), if any. */
  readonly target?: string | undefined;
  /** The date it is due, where the target gives one. */
  readonly due?: CalendarDate | undefined;
  /** The status recorded now (a step without its own takes its action's), if any. */
  readonly status?: Status | undefined;
  /** The RAG rating recorded now, if any. */
  readonly rag?: Rag | undefined;
  /** The date of the action's last dated update, if it has one. */
  readonly lastUpdate?: CalendarDate | undefined;
  /** What was last said of it: the last update's note, else the comments. */
  readonly position?: string | undefined;
  /** Whole days overdue as of `asOf`; 0 when it is not overdue. */
  readonly daysOverdue: number;
}

/**
 * What one owner must report on.
 *
 * @category Returns
 * @example
 * ```ts
 * import { ownerReturns, type OwnerReturn } from "peer-challenge";
 * const first: OwnerReturn | undefined = ownerReturns(kingston, { asOf: "2019-06-30" })[0];
 * first?.owner;
 * //=> "Stephen Evans"
 * ```
 */
export interface OwnerReturn {
  /** The owner's name as the plan gives it (trimmed), or `""` for actions with no owner. */
  readonly owner: string;
  /** The owner's name, or "No owner". */
  readonly title: string;
  /** The actions and steps, in plan order, each action before its steps. */
  readonly items: readonly ReturnItem[];
}

const CLOSED: ReadonlySet<Status | undefined> = new Set<Status | undefined>(["complete", "cancelled"]);

/** The owners of an action, each trimmed, once each; `[""]` for an action with none. */
export function ownersOf(action: Action): readonly string[] {
  const names = [...new Set((action.owners ?? []).map((o) => o.trim()).filter((o) => o !== ""))];
  return names.length > 0 ? names : [""];
}

/** The key of a line: "3.1", or "3.1 a" for a step. */
export const itemKey = (action: Action, step?: Step): string => (step ? `${action.id} ${step.id}` : action.id);

/** The date of an action's last dated update, if any. */
export const lastUpdateOf = (action: Action): CalendarDate | undefined => action.updates?.at(-1)?.date;

/**
 * For each owner, the actions and steps they must report on: every action that is not
 * complete or cancelled (no status yet counts as open), and each of its steps that is not
 * complete or cancelled itself, with the target, status, RAG rating, last update, what was
 * last said and the days overdue as of `asOf`. An action with several owners is in each
 * one's return; actions with no owner are under `""` ("No owner") so that none is lost.
 * Owners in plan order; an owner with nothing open is left out.
 *
 * @param plan - A validated plan.
 * @param options - `asOf` (default today in Europe/London) and which `owners`.
 * @returns One return per owner with anything open.
 * @throws RangeError for an `asOf` that is not a date, or an owner the plan does not name
 *   (the message lists those it does).
 * @category Returns
 * @example
 * ```ts
 * import { ownerReturns } from "peer-challenge";
 * ownerReturns(kingston, { asOf: "2019-06-30", owners: ["Naz Hussain"] }).map((r) => [r.owner, r.items.map((i) => i.key)]);
 * //=> [["Naz Hussain", ["1.3", "1.4", "1.5"]]]
 * ```
 */
export function ownerReturns(plan: ActionPlan, options: OwnerReturnsOptions = {}): readonly OwnerReturn[] {
  const asOf = options.asOf ?? todayInLondon();
  const overdue = new Map<string, number>();
  for (const o of overdueActions(plan, { asOf })) overdue.set(o.action.id, o.daysOverdue);
  for (const o of overdueSteps(plan, { asOf })) overdue.set(itemKey(o.action, o.step), o.daysOverdue);
  const byOwner = new Map<string, ReturnItem[]>();
  for (const action of plan.actions) for (const owner of ownersOf(action)) if (!byOwner.has(owner)) byOwner.set(owner, []);
  if (options.owners !== undefined) {
    const known = [...byOwner.keys()].filter((o) => o !== "");
    for (const name of options.owners) {
      if (!byOwner.has(name.trim()))
        throw new RangeError(`ownerReturns: the plan has no owner ${JSON.stringify(name)} (it has ${known.map((k) => JSON.stringify(k)).join(", ")})`);
    }
  }
  const wanted = options.owners === undefined ? undefined : new Set(options.owners.map((o) => o.trim()));
  for (const action of plan.actions) {
    if (CLOSED.has(action.status)) continue;
    const lastUpdate = lastUpdateOf(action);
    const position = action.updates?.at(-1)?.note ?? action.comments;
    const lines: ReturnItem[] = [];
    const base = {
      action,
      ...(lastUpdate !== undefined ? { lastUpdate } : {}),
      ...(position !== undefined && position.trim() !== "" ? { position } : {}),
    };
    const due = dueDate(action);
    lines.push({
      ...base,
      key: itemKey(action),
      ...(action.timescale !== undefined ? { target: action.timescale } : {}),
      ...(due !== undefined ? { due } : {}),
      ...(action.status !== undefined ? { status: action.status } : {}),
      ...(action.rag !== undefined ? { rag: action.rag } : {}),
      daysOverdue: overdue.get(action.id) ?? 0,
    });
    for (const step of action.steps ?? []) {
      const status = step.status ?? action.status;
      if (CLOSED.has(status)) continue;
      const key = itemKey(action, step);
      const stepDue = stepDueDate(action, step);
      const target = step.timescale ?? action.timescale;
      lines.push({
        ...base,
        step,
        key,
        ...(target !== undefined ? { target } : {}),
        ...(stepDue !== undefined ? { due: stepDue } : {}),
        ...(status !== undefined ? { status } : {}),
        ...(step.rag !== undefined ? { rag: step.rag } : {}),
        daysOverdue: overdue.get(key) ?? 0,
      });
    }
    for (const owner of ownersOf(action)) if (wanted === undefined || wanted.has(owner)) byOwner.get(owner)!.push(...lines);
  }
  const out: OwnerReturn[] = [];
  for (const [owner, items] of byOwner) {
    if (items.length === 0 || (wanted !== undefined && !wanted.has(owner))) continue;
    out.push({ owner, title: owner === "" ? "No owner" : owner, items });
  }
  return out;
}

/**
 * What says which plan a return belongs to: the number of actions and a hash of their
 * ids, in order ("54-1a2b3c4d"). A return of another plan, or of this plan before actions
 * were added or renumbered, has another key.
 *
 * @param plan - The plan.
 * @returns The key.
 * @category Returns
 * @example
 * ```ts
 * import { returnPlanKey } from "peer-challenge";
 * returnPlanKey({ schemaVersion: 1, recommendations: [], actions: [] });
 * //=> "0-00000000"
 * ```
 */
export function returnPlanKey(plan: ActionPlan): string {
  const hash = hashOf(plan.actions.map((a) => a.id).join("\n")) >>> 0;
  return `${plan.actions.length}-${hash.toString(16).padStart(8, "0")}`;
}
