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
import { colourInStatus, normaliseRag, normaliseStatus, ragInStatus, statusIsColour, wordingOf, type Wordings } from "../status/index.js";
import { readStatus, type ReadStatus } from "../facts/status.js";
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

/** An action being repaired: a copy is made on the first change (`edit`), and its label only when a warning needs it. */
interface ActionRepair {
  readonly raw: Obj;
  action: Obj;
  readonly i: number;
  readonly input: Obj;
  readonly wordings: Wordings | undefined;
  readonly issues: Issue[];
  label?: string;
}

/** The action to change: a copy of the input's, made once. */
const edit = (c: ActionRepair): Obj => (c.action === c.raw ? (c.action = { ...c.raw }) : c.action);
/** The action's label ("Action 2.1"), only worked out when there is something to say. */
const labelOf = (c: ActionRepair): string => (c.label ??= where(["actions", c.i], c.input));

/** Canonicalises status and RAG wordings on a copy; the input is never changed. */
export function repair(input: unknown, wordings: Wordings | undefined): Repair {
  const issues: Issue[] = [];
  if (!isObject(input) || !Array.isArray(input["actions"])) return { issues, input };
  const actions = input["actions"] as unknown[];
  let changedActions: unknown[] | undefined;
  actions.forEach((raw, i) => {
    if (!isObject(raw) || canonical(raw)) return;
    const c: ActionRepair = { raw, action: raw, i, input, wordings, issues };
    repairStatus(c);
    repairRag(c);
    repairChildren(c);
    if (c.action !== raw) (changedActions ??= [...actions])[i] = c.action;
  });
  return { issues, input: changedActions ? { ...input, actions: changedActions } : input };
}

/** The action's status: the council's own wording first, then the readers' (a wording, a blank, a date in the status column). */
function repairStatus(c: ActionRepair): void {
  const status = c.action["status"];
  const own = typeof status === "string" ? wordingOf(c.wordings, status) : undefined;
  const r = readStatus(status, c.action["timescale"]);
  if (own?.status !== undefined) {
    // The council's own word comes first: "Behind schedule" may be in progress and red.
    edit(c)["status"] = own.status;
    if (own.rag !== undefined && c.action["rag"] === undefined) c.action["rag"] = own.rag;
    c.issues.push(
      makeIssue(
        "non-canonical-status",
        ["actions", c.i, "status"],
        `${labelOf(c)}: status ${quote(status)} is read as "${own.status}"${own.rag !== undefined ? ` and RAG "${own.rag}"` : ""}, as the council's wordings say.`,
        `Write "${own.status}" in the file.`,
        { value: status },
      ),
    );
  } else if (r.how === "none" && typeof status === "string") {
    // Blank: a spreadsheet's empty cell. Read as no status, as the statistics read it.
    delete edit(c)["status"];
    c.issues.push(
      makeIssue(
        "non-canonical-status",
        ["actions", c.i, "status"],
        `${labelOf(c)}: the status is blank; it is read as no status, so the action counts as not started.`,
        "Give its status, or leave the field out.",
      ),
    );
  } else if (r.how === "wording") {
    edit(c)["status"] = r.status;
    // A wording that names a colour ("Green - on track") gives the RAG; one that says late
    // ("Behind schedule") is under way but never a derived green.
    const given = typeof status === "string" && noRagGiven(c.action["rag"]) ? ragInStatus(status) : undefined;
    if (given !== undefined) c.action["rag"] = given;
    const why = given === undefined ? "" : colourInStatus(status as string) !== undefined ? `, the colour it names` : `, as it says the action is late`;
    c.issues.push(
      makeIssue(
        "non-canonical-status",
        ["actions", c.i, "status"],
        `${labelOf(c)}: status ${quote(status)} is read as "${r.status}"${given !== undefined ? ` and RAG "${given}"${why}` : ""}.`,
        `Write "${r.status}" in the file.`,
        { value: status },
      ),
    );
  } else if (r.how === "swapped" || r.how === "date-as-target" || r.how === "date-ignored") {
    repairDateInStatus(c, status, r);
  } else if (r.how === "unknown" && typeof status === "string") {
    // A colour where the status goes ("Amber"): the RAG, and no status recorded.
    if (colourAsStatus(c, status)) return;
    // A word no reader knows: kept, and the action counted apart rather than the whole plan refused.
    delete edit(c)["status"];
    c.action["statusText"] = status;
    c.issues.push(
      makeIssue(
        "unrecognised-status",
        ["actions", c.i, "status"],
        `${labelOf(c)}: the status ${quote(status)} is not one peer-challenge reads; it is kept as the status text, and the action is counted apart, as unrecognised, in every figure.`,
        `Write one of: ${STATUSES.join(", ")}, or give the council's word in the wordings (cpc --wordings).`,
        { value: status, allowed: STATUSES },
      ),
    );
  }
}

/** No RAG given: left out, or a blank cell. */
function noRagGiven(rag: unknown): boolean {
  return rag === undefined || (typeof rag === "string" && rag.trim() === "");
}

/**
 * A status that is only a colour ("Amber"), as a tracker's single column gives it: read as
 * the RAG, with no status recorded (the statistics then count the action by its RAG, as the
 * table reader and the facts do), where the action gives no RAG or the same one. A RAG that
 * differs leaves the status unrecognised: which one the council meant is not for us to guess.
 */
function colourAsStatus(c: ActionRepair, status: string): boolean {
  const colour = statusIsColour(status);
  if (colour === undefined) return false;
  const rag = c.action["rag"];
  const noRag = noRagGiven(rag);
  if (!noRag && (typeof rag !== "string" || normaliseRag(rag) !== colour)) return false;
  delete edit(c)["status"];
  if (noRag) c.action["rag"] = colour;
  c.issues.push(
    makeIssue(
      "non-canonical-status",
      ["actions", c.i, "status"],
      `${labelOf(c)}: the status ${quote(status)} is a RAG colour, not a status: it is read as RAG "${colour}"${noRag ? "" : ", as the RAG given says too,"} and no status is recorded.`,
      `Give the colour as the RAG ("rag": "${colour}") and the action's status as the status.`,
      { value: status },
    ),
  );
  return true;
}

/** The action's RAG rating: a council's word that means a status, a blank, or a wording read as a rating. */
function repairRag(c: ActionRepair): void {
  const rag = c.action["rag"];
  const ownRag = typeof rag === "string" ? wordingOf(c.wordings, rag) : undefined;
  if (ownRag !== undefined && ownRag.rag === undefined && ownRag.status !== undefined && typeof rag === "string") {
    // The council's word in the RAG column means a status ("Purple": on hold).
    delete edit(c)["rag"];
    if (c.action["status"] === undefined) c.action["status"] = ownRag.status;
    c.issues.push(
      makeIssue(
        "non-canonical-rag",
        ["actions", c.i, "rag"],
        `${labelOf(c)}: RAG ${quote(rag)} is read as the status "${ownRag.status}", as the council's wordings say.`,
        `Write "status": "${ownRag.status}" in the file.`,
        { value: rag },
      ),
    );
  } else if (typeof rag === "string" && !(RAGS as readonly string[]).includes(rag)) {
    const canonical = ownRag?.rag ?? normaliseRag(rag);
    if (rag.trim() === "") {
      delete edit(c)["rag"];
      c.issues.push(
        makeIssue(
          "non-canonical-rag",
          ["actions", c.i, "rag"],
          `${labelOf(c)}: the RAG rating is blank; it is read as none given, so it is worked out from status and dates.`,
          "Give its rating, or leave the field out.",
        ),
      );
    } else if (canonical) {
      edit(c)["rag"] = canonical;
      c.issues.push(
        makeIssue(
          "non-canonical-rag",
          ["actions", c.i, "rag"],
          `${labelOf(c)}: RAG ${quote(rag)} is read as "${canonical}".`,
          `Write "${canonical}" in the file.`,
          { value: rag },
        ),
      );
    }
  }
}

/** The steps' and updates' status and RAG: wordings only. */
function repairChildren(c: ActionRepair): void {
  for (const sub of ["steps", "updates"] as const) {
    const given = c.action[sub];
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
        const own = wordingOf(c.wordings, v);
        const canonical = (field === "status" ? own?.status : own?.rag) ?? normalise(v);
        if (!canonical) continue;
        if (copy === child) copy = { ...child };
        copy[field] = canonical;
        c.issues.push(
          makeIssue(
            code,
            ["actions", c.i, sub, j, field],
            `${where(["actions", c.i, sub, j], c.input)}: ${field === "rag" ? "RAG" : field} ${quote(v)} is read as "${canonical}".`,
            `Write "${canonical}" in the file.`,
            { value: v },
          ),
        );
      }
      if (copy !== child) (changed ??= [...list])[j] = copy;
    });
    if (changed) edit(c)[sub] = changed;
  }
}

/** A date in the status column: the columns swapped, the target given as the status, or a date beside the target it already has. */
function repairDateInStatus(c: ActionRepair, status: unknown, r: ReadStatus): void {
  if (r.how === "swapped") {
    const timescale = c.action["timescale"];
    edit(c)["status"] = r.status;
    c.action["timescale"] = r.timescale;
    c.issues.push(
      makeIssue(
        "date-in-status",
        ["actions", c.i, "status"],
        `${labelOf(c)}: the status ${quote(status)} is a date and the timescale ${quote(timescale)} is a status: the two columns look swapped.`,
        `They are read as timescale ${quote(status)} and status "${r.status}"; swap them in the file.`,
        { value: status },
      ),
    );
  } else if (r.how === "date-as-target") {
    delete edit(c)["status"];
    c.action["timescale"] = r.timescale;
    c.issues.push(
      makeIssue(
        "date-in-status",
        ["actions", c.i, "status"],
        `${labelOf(c)}: the status ${quote(status)} is a date and there is no timescale: it looks like the target.`,
        `It is read as the timescale; move it to "timescale" and give a status.`,
        { value: status },
      ),
    );
  } else if (r.how === "date-ignored") {
    delete edit(c)["status"];
    c.issues.push(
      makeIssue(
        "date-in-status",
        ["actions", c.i, "status"],
        `${labelOf(c)}: the status ${quote(status)} is a date, not a status; it is ignored and the action counts as not started.`,
        `Give one of: ${STATUSES.join(", ")}.`,
        { value: status, allowed: STATUSES },
      ),
    );
  }
}
