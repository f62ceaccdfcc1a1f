/** `cpc stats <file>`: status and RAG percentages and a rollup, or the progress-review headline. */
import { RAGS, STATUSES } from "../../model/vocabulary.js";
import { figureNotes, rollupFigures, tableNotes } from "../../report/model.js";
import { equalCountsNote } from "../../statistics/percentages.js";
import type { ActionPlan } from "../../model/types.js";
import { progressHeadline, type ProgressHeadline } from "../../progress/headline.js";
import { rollup, type RollupBy } from "../../statistics/index.js";
import { choose, councilName, loadOne, type Context } from "../context.js";
import { UsageError } from "../errors.js";
import { csvTable, markdownTable, mdText, textTable, type Table } from "../present.js";
import { statSync } from "node:fs";

/** Status and RAG counts and percentages, and the plan rolled up by theme (or --by). */
export async function statsCommand(ctx: Context): Promise<number> {
  // Several files, or a folder: a row per plan and the totals (loaded only then: it brings immer).
  if (ctx.positionals.length > 1 || isFolder(ctx.positionals[0]!)) return (await import("./stats-many.js")).statsManyCommand(ctx);
  const { values, asOf, style } = ctx;
  if (values.format === "html") throw new UsageError("--format html is the page of several plans; for one plan's page, run cpc report --format html");
  const format = choose("format", values.format, ["text", "json", "csv", "md"] as const, "text");
  // The command line was read against the command table, which lists the groups --by takes.
  const by = (values.by ?? "theme") as RollupBy;
  if (values.headline && values.by !== undefined) throw new UsageError("--headline and --by are different views: give one");
  const loaded = await loadOne(ctx);
  const { plan } = loaded;
  if (values.headline) return headlineOutput(ctx, plan, progressHeadline(plan, { asOf, ...ctx.ragOptions }), format);
  // One pass: the rollup's total is the plan's status and RAG summary.
  const groups = rollup(plan, { by, asOf, ...ctx.ragOptions });
  const { status, rag, overdue } = groups.total;
  if (format === "json") {
    ctx.out(
      `${JSON.stringify({ council: plan.council?.name ?? null, title: plan.title, asOf, actions: status.total, overdue, status, rag, rollup: groups }, null, 2)}\n`,
    );
    return 0;
  }
  const statusTable: Table = {
    head: ["status", "actions", "%"],
    rows: STATUSES.filter((s) => s !== "cancelled").map((s) => [s, status.counts[s], status.percentages[s]]),
    numeric: [1, 2],
  };
  const ragTable: Table = {
    head: ["RAG", "actions", "%"],
    rows: RAGS.filter((r) => r !== "blue" || rag.scheme === "brag").map((r) => [r, rag.counts[r], rag.percentages[r]]),
    numeric: [1, 2],
  };
  const figures = rollupFigures([...groups.groups, groups.total], rag.scheme);
  const rollupTable: Table = {
    head: [by, ...figures.head.map((h) => h.toLowerCase())],
    rows: [...groups.groups, groups.total].map((g, i) => [g.title, ...figures.rows[i]!]),
    numeric: [1, 2, 3, 4, 5, 6, 7, 8],
  };
  if (format === "csv") {
    ctx.out(await csvTable(rollupTable));
    return 0;
  }
  const notes = [
    `${status.total} actions${status.excluded ? ` (${status.excluded} cancelled left out)` : ""}, ${overdue} overdue, as of ${asOf}.`,
    ...figureNotes(status, plan.actions),
    ...tableNotes(status, rag),
    rag.derived ? `${rag.derived} of ${rag.total} RAG ratings were derived from status and target date.` : "",
    loaded.warnings ? `Read with ${loaded.warnings} warning(s): run cpc validate for details.` : "",
  ].filter((n) => n !== "");
  const title = `${councilName(plan)}${plan.title ? `: ${plan.title}` : ""}`;
  if (format === "md") {
    ctx.out(
      [
        `## ${mdText(title)}`,
        "",
        notes.join(" "),
        "",
        "### Status",
        "",
        markdownTable(statusTable),
        "",
        "### RAG",
        "",
        markdownTable(ragTable),
        "",
        `### By ${by}`,
        "",
        markdownTable(rollupTable),
        "",
      ].join("\n"),
    );
    return 0;
  }
  ctx.out(
    [
      style.bold(title),
      ...notes.map((n) => style.dim(n)),
      "",
      textTable(statusTable),
      "",
      textTable(ragTable),
      "",
      style.bold(`By ${by}`),
      textTable(rollupTable),
      "",
    ].join("\n"),
  );
  return 0;
}

function isFolder(path: string): boolean {
  try {
    return path !== "-" && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The progress-review headline as a sentence. */
export function headlineSentence(h: ProgressHeadline): string {
  return `${h.completed.percent}% of actions completed, ${h.expectedProgress.percent}% making expected progress and ${h.notProgressed.percent}% not yet progressed`;
}

function headlineTable(h: ProgressHeadline): Table {
  return {
    head: ["", "actions", "%"],
    rows: [
      ["completed", h.completed.count, h.completed.percent],
      ["making expected progress", h.expectedProgress.count, h.expectedProgress.percent],
      ["not yet progressed", h.notProgressed.count, h.notProgressed.percent],
    ],
    numeric: [1, 2],
  };
}

async function headlineOutput(ctx: Context, plan: ActionPlan, h: ProgressHeadline, format: "text" | "json" | "csv" | "md"): Promise<number> {
  const { asOf, style } = ctx;
  if (format === "json") ctx.out(`${JSON.stringify({ council: plan.council?.name ?? null, asOf, ...h }, null, 2)}\n`);
  else if (format === "csv") ctx.out(await csvTable(headlineTable(h)));
  else {
    const notes = [
      `${h.total} actions as of ${asOf}${h.excluded ? ` (${h.excluded} cancelled left out)` : ""}.`,
      ...figureNotes({ ...h, noStatus: h.from.none }, plan.actions),
      h.overdueInProgress ? `${h.overdueInProgress} under way but overdue count as not yet progressed.` : "",
      equalCountsNote(
        { completed: h.completed.count, expected: h.expectedProgress.count, not: h.notProgressed.count },
        { completed: h.completed.percent, expected: h.expectedProgress.percent, not: h.notProgressed.percent },
        (k) => ({ completed: "completed", expected: "making expected progress", not: "not yet progressed" })[k],
      ) ?? "",
    ].filter((n) => n !== "");
    if (format === "md") ctx.out(`## ${mdText(councilName(plan))}\n\n${headlineSentence(h)}.\n\n${markdownTable(headlineTable(h))}\n\n${notes.join(" ")}\n`);
    else ctx.out(`${style.bold(councilName(plan))}\n${headlineSentence(h)}.\n\n${textTable(headlineTable(h))}\n${notes.map((n) => style.dim(n)).join("\n")}\n`);
  }
  return 0;
}
