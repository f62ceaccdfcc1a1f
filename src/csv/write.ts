import { stringify } from "csv-stringify/sync";
import type { ActionPlan } from "../model/types.js";
import { EXPORT_HEADINGS, EXPORT_PREAMBLE, type Column, type PreambleKey } from "./columns.js";

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
}

const KNOWN_ACTION_FIELDS = new Set(["id", "recommendation", "title", "steps", "owners", "timescale", "due", "status", "rag", "comments", "updates"]);

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
 * import { readPlanCsv, writePlanCsv } from "peer-challenge/csv";
 * import { validatePlan } from "peer-challenge/schema";
 * const csv = writePlanCsv(plan);
 * validatePlan(readPlanCsv(csv).plan).plan;
 * //=> a plan deep-equal to `plan`
 * ```
 */
export function writePlanCsv(plan: ActionPlan, options: WritePlanCsvOptions = {}): string {
  const preamble: string[][] = [];
  const put = (k: PreambleKey, ...values: (string | undefined)[]) => {
    const vs = values.filter((v): v is string => v !== undefined);
    if (vs.length > 0) preamble.push([EXPORT_PREAMBLE[k], ...vs]);
  };
  put("council", plan.council.name);
  put("councilCode", plan.council.code);
  put("title", plan.title);
  put("framework", plan.framework);
  put("cpcStart", plan.peerChallenge.start);
  put("cpcEnd", plan.peerChallenge.end);
  put("publishedOn", plan.publishedOn);
  if (plan.focusAreas && plan.focusAreas.length > 0) put("focusAreas", ...plan.focusAreas);

  const extras: string[] = [];
  for (const a of plan.actions) {
    for (const k of Object.keys(a)) if (!KNOWN_ACTION_FIELDS.has(k) && !extras.includes(k)) extras.push(k);
  }
  const columns: Column[] = ["recommendationId", "recommendation", "themes", "heading", "actionId", "step", "title", "owners", "timescale", "due", "status", "rag", "comments", "updates"];
  const header = [...columns.map((c) => EXPORT_HEADINGS[c]), ...extras];
  const width = header.length;
  const row = (values: Partial<Record<Column, string>>, extra: Record<string, unknown> = {}): string[] => [
    ...columns.map((c) => values[c] ?? ""),
    ...extras.map((k) => (extra[k] === undefined ? "" : typeof extra[k] === "string" ? (extra[k] as string) : JSON.stringify(extra[k]))),
  ];
  const recCells = (id: string): Partial<Record<Column, string>> => {
    const r = plan.recommendations.find((x) => x.id === id);
    if (!r) return { recommendationId: id };
    return {
      recommendationId: r.id,
      recommendation: r.title,
      ...(r.themes ? { themes: r.themes.join("; ") } : {}),
      ...(r.heading !== undefined ? { heading: r.heading } : {}),
    };
  };

  // Recommendations are written where they first appear when that keeps their order;
  // otherwise each is defined on a row of its own before the actions.
  const firstSeen: string[] = [];
  for (const a of plan.actions) if (!firstSeen.includes(a.recommendation)) firstSeen.push(a.recommendation);
  const inline =
    firstSeen.length === plan.recommendations.length && firstSeen.every((id, i) => plan.recommendations[i]?.id === id);
  const body: string[][] = [];
  const defined = new Set<string>();
  if (!inline) for (const r of plan.recommendations) { body.push(row(recCells(r.id))); defined.add(r.id); }
  for (const a of plan.actions) {
    const rec = defined.has(a.recommendation) ? { recommendationId: a.recommendation } : recCells(a.recommendation);
    defined.add(a.recommendation);
    body.push(
      row(
        {
          ...rec,
          actionId: a.id,
          title: a.title,
          ...(a.owners ? { owners: a.owners.join(" / ") } : {}),
          ...(a.timescale !== undefined ? { timescale: a.timescale } : {}),
          ...(a.due !== undefined ? { due: a.due } : {}),
          ...(a.status !== undefined ? { status: a.status } : {}),
          ...(a.rag !== undefined ? { rag: a.rag } : {}),
          ...(a.comments !== undefined ? { comments: a.comments } : {}),
          ...(a.updates ? { updates: JSON.stringify(a.updates) } : {}),
        },
        a as unknown as Record<string, unknown>,
      ),
    );
    for (const s of a.steps ?? []) {
      body.push(
        row({
          recommendationId: a.recommendation,
          actionId: a.id,
          step: s.id,
          title: s.text,
          ...(s.timescale !== undefined ? { timescale: s.timescale } : {}),
          ...(s.due !== undefined ? { due: s.due } : {}),
          ...(s.status !== undefined ? { status: s.status } : {}),
          ...(s.rag !== undefined ? { rag: s.rag } : {}),
        }),
      );
    }
  }
  const pad = (r: string[]) => [...r, ...new Array<string>(Math.max(0, width - r.length)).fill("")];
  const top = preamble.length > 0 ? [...preamble.map(pad), new Array<string>(width).fill("")] : [];
  return stringify([...top, header, ...body], { delimiter: options.delimiter ?? ",", record_delimiter: "\n" });
}
