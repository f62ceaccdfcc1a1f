import { stringify } from "csv-stringify/sync";
import type { ActionPlan } from "../model/types.js";
import { issueOf, type Issue } from "../model/issue.js";
import { FIELDS } from "../model/fields.js";
import { KNOWN_ACTION_FIELDS, planTable, safeCell, type CsvLayout } from "../table/write.js";
import { columnOf } from "./columns.js";

export type { CsvLayout } from "../table/write.js";

/**
 * Options for {@link writePlanCsv}.
 *
 * @category Import and export
 * @example
 * ```ts
 * import { writePlanCsv, type WritePlanCsvOptions } from "peer-challenge/csv";
 * const options: WritePlanCsvOptions = { delimiter: "\t" };
 * ```
 */
export interface WritePlanCsvOptions {
  /** The field separator. Default `","`. */
  readonly delimiter?: "," | "\t" | ";" | undefined;
  /**
   * Start with a UTF-8 byte-order mark, so that Excel on Windows opens "£" and curly quotes
   * right (without one it reads the file as Windows-1252). Default `false`.
   */
  readonly bom?: boolean | undefined;
  /**
   * Write statuses and ratings as people read them ("In progress", "Amber", "Blue
   * (complete)") rather than as ids ("in-progress"). `readPlanCsv` reads both. Default `false`.
   */
  readonly labels?: boolean | undefined;
  /**
   * The council's own headings and column order, as {@link readPlanCsv} read them
   * (`layout` of its result): the plan is written back under them, with any other column
   * it needs after them. Default: peer-challenge's headings.
   */
  readonly layout?: CsvLayout | undefined;
}

/**
 * Writes a plan as CSV (or TSV) that {@link readPlanCsv} reads back to the same plan.
 *
 * The plan's details come first, one per row ("Council", "Framework", "CPC start",
 * ...), then a blank row and the table: one row per action, with seed 001's headings
 * where it has one ("Peer Review Recommendation", "Activity number", "Activity",
 * "Leadership Owner", "Target for completion", "Status", "Comments/Milestones") and
 * "Recommendation ID", "Themes", "Heading", "Step", "Due", "RAG" and "Updates" (a JSON
 * list) besides. A recommendation's text is written on its first action's row; steps
 * follow their action, one row each; owners are joined with " / "; fields the format
 * does not know become columns of their own.
 *
 * @param plan - A validated plan.
 * @param options - The delimiter.
 * @returns The text of the file, ending with a line break.
 * @category Import and export
 * @example
 * ```ts
 * import { isDeepStrictEqual } from "node:util";
 * import { readPlanCsv, writePlanCsv } from "peer-challenge/csv";
 * import { validatePlan } from "peer-challenge/schema";
 * const csv = writePlanCsv(westNorfolk);
 * isDeepStrictEqual(validatePlan(readPlanCsv(csv).plan).plan, westNorfolk);
 * //=> true (csvLosses(westNorfolk) is empty: the CSV holds the whole plan)
 * ```
 */
export function writePlanCsv(plan: ActionPlan, options: WritePlanCsvOptions = {}): string {
  const { top, header, body, cols } = planTable(plan, options);
  const idAt = cols.findIndex((c) => c.column === "actionId");
  const rows = [...top, header, ...body].map((r, i) =>
    // An action number ending in "." ("1.") is written "'1.", so that it is not read as
    // Kingston's "1." (action 1); every other cell gets only the formula guard.
    r.map((cell, c) => (i > top.length && c === idAt && cell.endsWith(".") ? `'${cell.replaceAll("\u0000", "")}` : safeCell(cell))),
  );
  // Quoted: line breaks of either kind, tabs and semicolons, so that neither a spreadsheet
  // nor the delimiter sniffer splits on them.
  const text = stringify(rows, { delimiter: options.delimiter ?? ",", record_delimiter: "\n", quoted_match: /[\r\n\t;]/ });
  return options.bom ? `\uFEFF${text}` : text;
}

const KNOWN: Readonly<Record<"plan" | "council" | "peerChallenge" | "recommendation" | "step", ReadonlySet<string>>> = {
  plan: new Set(FIELDS.plan),
  council: new Set(FIELDS.council),
  peerChallenge: new Set(FIELDS.peerChallenge),
  recommendation: new Set(FIELDS.recommendation),
  step: new Set(FIELDS.step),
};

/**
 * What {@link writePlanCsv} cannot carry, so that reading the file back would not give the
 * same plan: each as a `not-in-csv` warning with its path. A plan with none reads back
 * exactly. A spreadsheet cell has no way to tell an empty text or list from none, keeps
 * no NUL, and trims ids and names; fields other than an action's have no column.
 *
 * @param plan - A validated plan.
 * @returns One warning per field that would be lost or changed, in plan order.
 * @category Import and export
 * @example
 * ```ts
 * import { csvLosses } from "peer-challenge/csv";
 * csvLosses(westNorfolk).length;
 * //=> 0 (the CSV holds the whole plan)
 * csvLosses(kingston).map((i) => i.message);
 * //=> ["actions.43.title: is empty, which a cell cannot tell from no value."]
 * ```
 */
export function csvLosses(plan: ActionPlan): readonly Issue[] {
  const out: Issue[] = [];
  const record = lossRecorder(out);
  const { lost, extras, text, id } = record;
  const p = plan as unknown as Record<string, unknown>;
  extras(plan, "plan", []);
  if (plan.council) extras(plan.council, "council", ["council"]);
  if (plan.peerChallenge) extras(plan.peerChallenge, "peerChallenge", ["peerChallenge"]);
  text(plan.council?.name, ["council", "name"]);
  text(plan.council?.code, ["council", "code"]);
  text(p["title"], ["title"]);
  // Fields a draft from the feedback report has, with no row or column yet: left out, and said.
  if (plan.peerChallenge?.nextBy !== undefined) lost(["peerChallenge", "nextBy"], "has no row in CSV and is left out");
  if (plan.peerTeam !== undefined) lost(["peerTeam"], "has no row in CSV and is left out");
  if (plan.focusAreas !== undefined) {
    if (plan.focusAreas.length === 0) lost(["focusAreas"], "is an empty list, which a row cannot tell from none");
    plan.focusAreas.forEach((f, i) => text(f, ["focusAreas", i]));
  }
  plan.recommendations.forEach((r, i) => {
    const path = ["recommendations", i];
    extras(r, "recommendation", path);
    id(r.id, [...path, "id"], ["recommendations"]);
    text(r.title, [...path, "title"]);
    if (r.heading !== undefined && r.heading !== "" && r.heading.trim() === "") lost([...path, "heading"], "is only spaces, which is read as no heading");
    else text(r.heading, [...path, "heading"]);
    if (r.points !== undefined) lost([...path, "points"], "has no column in CSV and is left out");
  });
  plan.actions.forEach((a, i) => {
    actionLosses(record, a, ["actions", i]);
  });
  return out;
}

/** How {@link csvLosses} says what is lost, into `out`: a field lost, fields of no column, a text a cell changes, an id. */
function lossRecorder(out: Issue[]) {
  const lost = (path: (string | number)[], what: string) =>
    out.push(
      issueOf({
        code: "not-in-csv",
        path,
        message: `${path.join(".")}: ${what}.`,
        hint: "Keep the plan as JSON or YAML to keep it whole.",
      }),
    );
  const extras = (o: object, kind: keyof typeof KNOWN, path: (string | number)[]) => {
    for (const k of Object.keys(o)) if (!KNOWN[kind].has(k)) lost([...path, k], "has no place in CSV and is left out");
  };
  const text = (v: unknown, path: (string | number)[]) => {
    if (typeof v !== "string") return;
    if (v === "") lost(path, "is empty, which a cell cannot tell from no value");
    else if (v.includes("\u0000")) lost(path, "holds a NUL character, which is left out");
  };
  /** An id: `list` is the path of the list it is in, which a lost id upsets from there on. */
  const id = (v: string, path: (string | number)[], list: (string | number)[]) => {
    if (v.replaceAll("\u0000", "").trim() === "")
      lost(list, `entry ${Number(path[path.length - 2]) + 1} has an id that is read as none, so it and the rows after it are read differently`);
    else if (v !== v.trim()) lost(path, "has spaces around it, which are trimmed when read");
    else text(v, path);
  };
  return { lost, extras, text, id };
}

/** What the CSV loses of one action: its texts and ids, its owners' cell, its steps, and fields that have no column. */
function actionLosses({ lost, extras, text, id }: ReturnType<typeof lossRecorder>, a: ActionPlan["actions"][number], path: (string | number)[]): void {
  id(a.id, [...path, "id"], ["actions"]);
  text(a.title, [...path, "title"]);
  text(a.timescale, [...path, "timescale"]);
  text(a.comments, [...path, "comments"]);
  if (a.owners !== undefined) {
    if (a.owners.length === 0) lost([...path, "owners"], "is an empty list, which a cell cannot tell from none");
    // Owners share one cell: a name that cannot be carried changes the whole list.
    const bad = a.owners.findIndex((o) => o.trim() === "" || o !== o.trim() || /[/;\n\0]/.test(o));
    if (bad >= 0)
      lost(
        [...path, "owners"],
        `has an owner (entry ${bad + 1}) that is blank, has spaces around it, or holds "/", ";", a line break or a NUL, on which owners are split or trimmed when read`,
      );
  }
  if (a.steps !== undefined && a.steps.length === 0) lost([...path, "steps"], "is an empty list, which rows cannot tell from none");
  // Fields of the file format that have no column yet: left out, and said.
  if (a.weight !== undefined) lost([...path, "weight"], "has no column in CSV and is left out");
  a.steps?.forEach((s, j) => {
    extras(s, "step", [...path, "steps", j]);
    id(s.id, [...path, "steps", j, "id"], [...path, "steps"]);
    text(s.text, [...path, "steps", j, "text"]);
    text(s.timescale, [...path, "steps", j, "timescale"]);
  });
  for (const [k, v] of Object.entries(a)) {
    if (KNOWN_ACTION_FIELDS.has(k)) continue;
    if (k !== k.trim() || k === "" || columnOf(k) !== undefined) lost([...path, k], "has a name that reads back as another column");
    else if (typeof v !== "string") lost([...path, k], "is not text, and is written as text");
    else if (v.replaceAll("\u0000", "").trim() === "") lost([...path, k], "is blank, which a cell cannot tell from no value");
    else text(v, [...path, k]);
  }
}
