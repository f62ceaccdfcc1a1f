/**
 * The first step of validation: council wordings ("Completed", "Amber") read as the
 * canonical values, and swapped status and target columns put back, each with a
 * warning, on a copy; the input is never changed.
 *
 * @internal
 * @module
 */
import { makeIssue, type Issue } from "../model/issue.js";
import { isRag, isStatus, RAGS, STATUSES } from "../model/vocabulary.js";
import { normaliseRag, normaliseStatus, wordingOf, type Wordings } from "../status/index.js";
import { readStatus } from "../status/read.js";
import { isObject, quote, where, type Obj } from "./where.js";

/** The input with its wordings put right, and what was put right. */
export interface Repair {
  readonly issues: readonly Issue[];
  readonly input: unknown;
}

/** Whether the status and RAG of an action, its steps and updates need no repair: the common case. */
function canonical(action: Obj): boolean {
  const status = action["status"];
  const rag = action["rag"];
  if ((typeof status === "string" && !isStatus(status)) || (typeof rag === "string" && !isRag(rag))) return false;
  return childrenCanonical(action["steps"]) && childrenCanonical(action["updates"]);
}

function childrenCanonical(list: unknown): boolean {
  if (!Array.isArray(list)) return true;
  for (const child of list) {
    if (!isObject(child)) continue;
    const s = child["status"];
    const r = child["rag"];
    if ((typeof s === "string" && !isStatus(s)) || (typeof r === "string" && !isRag(r))) return false;
  }
  return true;
}

/** Canonicalises status and RAG wordings on a copy; the input is never changed. */
export function repair(input: unknown, wordings: Wordings | undefined): Repair {
  const issues: Issue[] = [];
  if (!isObject(input) || !Array.isArray(input["actions"])) return { issues, input };
  const actions = input["actions"] as unknown[];
  let changedActions: unknown[] | undefined;
  actions.forEach((raw, i) => {
    if (!isObject(raw) || canonical(raw)) return;
    let action: Obj = raw;
    const edit = (): Obj => (action === raw ? (action = { ...raw }) : action);
    // Only worked out when there is something to say.
    let known: string | undefined;
    const labelOf = () => (known ??= where(["actions", i], input));

    // status
    const status = action["status"];
    const own = typeof status === "string" ? wordingOf(wordings, status) : undefined;
    const r = readStatus(status, action["timescale"]);
    if (own?.status !== undefined) {
      // The council's own word comes first: "Behind schedule" may be in progress and red.
      edit()["status"] = own.status;
      if (own.rag !== undefined && action["rag"] === undefined) action["rag"] = own.rag;
      issues.push(
        makeIssue(
          "non-canonical-status",
          ["actions", i, "status"],
          `${labelOf()}: status ${quote(status)} is read as "${own.status}"${own.rag !== undefined ? ` and RAG "${own.rag}"` : ""}, as the council's wordings say.`,
          `Write "${own.status}" in the file.`,
          { value: status },
        ),
      );
    } else if (r.how === "none" && typeof status === "string") {
      // Blank: a spreadsheet's empty cell. Read as no status, as the statistics read it.
      delete edit()["status"];
      issues.push(
        makeIssue(
          "non-canonical-status",
          ["actions", i, "status"],
          `${labelOf()}: the status is blank; it is read as no status, so the action counts as not started.`,
          "Give its status, or leave the field out.",
        ),
      );
    } else if (r.how === "wording") {
      edit()["status"] = r.status;
      issues.push(
        makeIssue(
          "non-canonical-status",
          ["actions", i, "status"],
          `${labelOf()}: status ${quote(status)} is read as "${r.status}".`,
          `Write "${r.status}" in the file.`,
          { value: status },
        ),
      );
    } else if (r.how === "swapped") {
      const timescale = action["timescale"];
      edit()["status"] = r.status;
      action["timescale"] = r.timescale;
      issues.push(
        makeIssue(
          "date-in-status",
          ["actions", i, "status"],
          `${labelOf()}: the status ${quote(status)} is a date and the timescale ${quote(timescale)} is a status: the two columns look swapped.`,
          `They are read as timescale ${quote(status)} and status "${r.status}"; swap them in the file.`,
          { value: status },
        ),
      );
    } else if (r.how === "date-as-target") {
      delete edit()["status"];
      action["timescale"] = r.timescale;
      issues.push(
        makeIssue(
          "date-in-status",
          ["actions", i, "status"],
          `${labelOf()}: the status ${quote(status)} is a date and there is no timescale: it looks like the target.`,
          `It is read as the timescale; move it to "timescale" and give a status.`,
          { value: status },
        ),
      );
    } else if (r.how === "date-ignored") {
      delete edit()["status"];
      issues.push(
        makeIssue(
          "date-in-status",
          ["actions", i, "status"],
          `${labelOf()}: the status ${quote(status)} is a date, not a status; it is ignored and the action counts as not started.`,
          `Give one of: ${STATUSES.join(", ")}.`,
          { value: status, allowed: STATUSES },
        ),
      );
    } else if (r.how === "unknown" && typeof status === "string") {
      // A word no reader knows: kept, and the action counted apart rather than the whole plan refused.
      delete edit()["status"];
      action["statusText"] = status;
      issues.push(
        makeIssue(
          "unrecognised-status",
          ["actions", i, "status"],
          `${labelOf()}: the status ${quote(status)} is not one peer-challenge reads; it is kept as the status text, and the action is counted apart, as unrecognised, in every figure.`,
          `Write one of: ${STATUSES.join(", ")}, or give the council's word in the wordings (cpc --wordings).`,
          { value: status, allowed: STATUSES },
        ),
      );
    }
    // rag
    const rag = action["rag"];
    const ownRag = typeof rag === "string" ? wordingOf(wordings, rag) : undefined;
    if (ownRag !== undefined && ownRag.rag === undefined && ownRag.status !== undefined && typeof rag === "string") {
      // The council's word in the RAG column means a status ("Purple": on hold).
      delete edit()["rag"];
      if (action["status"] === undefined) action["status"] = ownRag.status;
      issues.push(
        makeIssue(
          "non-canonical-rag",
          ["actions", i, "rag"],
          `${labelOf()}: RAG ${quote(rag)} is read as the status "${ownRag.status}", as the council's wordings say.`,
          `Write "status": "${ownRag.status}" in the file.`,
          { value: rag },
        ),
      );
    } else if (typeof rag === "string" && !(RAGS as readonly string[]).includes(rag)) {
      const canonical = ownRag?.rag ?? normaliseRag(rag);
      if (rag.trim() === "") {
        delete edit()["rag"];
        issues.push(
          makeIssue(
            "non-canonical-rag",
            ["actions", i, "rag"],
            `${labelOf()}: the RAG rating is blank; it is read as none given, so it is worked out from status and dates.`,
            "Give its rating, or leave the field out.",
          ),
        );
      } else if (canonical) {
        edit()["rag"] = canonical;
        issues.push(
          makeIssue(
            "non-canonical-rag",
            ["actions", i, "rag"],
            `${labelOf()}: RAG ${quote(rag)} is read as "${canonical}".`,
            `Write "${canonical}" in the file.`,
            { value: rag },
          ),
        );
      }
    }
    // steps and updates: wordings only
    for (const sub of ["steps", "updates"] as const) {
      const given = action[sub];
      if (!Array.isArray(given)) continue;
      const list = given as unknown[];
      let changed: unknown[] | undefined;
      list.forEach((child: unknown, j) => {
        if (!isObject(child)) return;
        let copy: Obj = child;
        for (const [field, known, normalise, code] of [
          ["status", STATUSES, normaliseStatus, "non-canonical-status"],
          ["rag", RAGS, normaliseRag, "non-canonical-rag"],
        ] as const) {
          const v = copy[field];
          if (typeof v !== "string" || (known as readonly string[]).includes(v)) continue;
          const own = wordingOf(wordings, v);
          const canonical = (field === "status" ? own?.status : own?.rag) ?? normalise(v);
          if (!canonical) continue;
          if (copy === child) copy = { ...child };
          copy[field] = canonical;
          issues.push(
            makeIssue(
              code,
              ["actions", i, sub, j, field],
              `${where(["actions", i, sub, j], input)}: ${field === "rag" ? "RAG" : field} ${quote(v)} is read as "${canonical}".`,
              `Write "${canonical}" in the file.`,
              { value: v },
            ),
          );
        }
        if (copy !== child) (changed ??= [...list])[j] = copy;
      });
      if (changed) edit()[sub] = changed;
    }
    if (action !== raw) (changedActions ??= [...actions])[i] = action;
  });
  return { issues, input: changedActions ? { ...input, actions: changedActions } : input };
}
