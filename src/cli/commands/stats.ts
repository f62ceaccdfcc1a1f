/** `cpc stats <file>`: status and RAG percentages and a rollup, or the progress-review headline. */
import { headlineFigures, statsFigures } from "../../report/figures.js";
import { headlineClause } from "../../report/words.js";
import type { ActionPlan } from "../../model/types.js";
import { progressHeadline, type ProgressHeadline } from "../../progress/headline.js";
import { rollup, type RollupBy } from "../../statistics/index.js";
import { choose, councilName, loadOne, type Context } from "../context.js";
import { UsageError } from "../errors.js";
import { csvTable, markdownTable, mdText, textTable } from "../present.js";
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
  const figures = statsFigures(groups, by, plan.actions, asOf);
  const { status: statusTable, rag: ragTable, rollup: rollupTable } = figures;
  if (format === "csv") {
    ctx.out(await csvTable(rollupTable));
    return 0;
  }
  const notes = [...figures.notes, ...(loaded.warnings ? [`Read with ${loaded.warnings} warning(s): run cpc validate for details.`] : [])];
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
        `### ${figures.rollupHeading}`,
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
      style.bold(figures.rollupHeading),
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

/** The progress-review headline as a clause, for `cpc stats --headline` and `cpc diff`. */
export { headlineClause as headlineSentence } from "../../report/words.js";

async function headlineOutput(ctx: Context, plan: ActionPlan, h: ProgressHeadline, format: "text" | "json" | "csv" | "md"): Promise<number> {
  const { asOf, style } = ctx;
  const figures = headlineFigures(h, plan.actions, asOf);
  if (format === "json") ctx.out(`${JSON.stringify({ council: plan.council?.name ?? null, asOf, ...h }, null, 2)}\n`);
  else if (format === "csv") ctx.out(await csvTable(figures.table));
  else if (format === "md")
    ctx.out(`## ${mdText(councilName(plan))}\n\n${headlineClause(h)}.\n\n${markdownTable(figures.table)}\n\n${figures.notes.join(" ")}\n`);
  else
    ctx.out(`${style.bold(councilName(plan))}\n${headlineClause(h)}.\n\n${textTable(figures.table)}\n${figures.notes.map((n) => style.dim(n)).join("\n")}\n`);
  return 0;
}
