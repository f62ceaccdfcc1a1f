/**
 * `cpc stats a.yaml b.xlsx c.docx ...`: several plans at once, a row each and the totals
 * (portfolioSummary), or recommendations by theme across them (--by theme). Each file is
 * read and validated on its own: a file that cannot be read, or is not a valid plan, is
 * reported under its name and left out, and the totals say so.
 */
import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { Issue } from "../../model/issue.js";
import type { ActionPlan } from "../../model/types.js";
import { portfolioSummary, type PortfolioSummary } from "../../portfolio/index.js";
import { portfolioLines } from "../../report/portfolio-rows.js";
import { cancelledLeftOut } from "../../report/words.js";
import { choose, formatIssue, validate, type Context } from "../context.js";
import { BadFile, UsageError } from "../errors.js";
import type { Input } from "../input.js";
import { csvTable, markdownTable, mdText, textTable, type Table } from "../present.js";

/** The extensions a folder's plan files have: what `cpc` reads. */
const PLAN_FILES = new Set([".json", ".yaml", ".yml", ".csv", ".tsv", ".xlsx", ".docx"]);
/** Issues shown per file before "and N more". */
const SHOWN = 5;

/** A file left out of the figures, and why. */
export interface LeftOut {
  readonly file: string;
  readonly reason: string;
}

/** A file read into the portfolio. */
interface Read {
  readonly file: string;
  readonly plan: ActionPlan;
  readonly issues: readonly Issue[];
}

/** The files named, a folder given as the plan files in it (by name). */
export function expandFolders(positionals: readonly string[]): string[] {
  return positionals.flatMap((p) => {
    if (p === "-") return [p];
    let isFolder: boolean;
    try {
      isFolder = statSync(p).isDirectory();
    } catch {
      return [p]; // reading it says what is wrong
    }
    if (!isFolder) return [p];
    const files = readdirSync(p)
      .filter((f) => PLAN_FILES.has(extname(f).toLowerCase()) && !f.startsWith("."))
      .sort()
      .map((f) => join(p, f));
    if (files.length === 0) throw new UsageError(`${p} is a folder with no plan files (${[...PLAN_FILES].join(", ")}) in it`);
    return files;
  });
}

/** Reads and validates each file; reports each file's issues under its name on stderr. */
async function readAll(ctx: Context, files: readonly string[]): Promise<{ read: Read[]; leftOut: LeftOut[]; code: number }> {
  const read: Read[] = [];
  const leftOut: LeftOut[] = [];
  let code = 0;
  const err = (line: string) => ctx.world.stderr(`${line}\n`);
  for (const file of files) {
    let input: Input;
    try {
      input = await ctx.read(file);
    } catch (e) {
      if (!(e instanceof UsageError) && !(e instanceof BadFile)) throw e;
      const pos = e instanceof BadFile ? e.position : undefined;
      err(`${file}${pos ? `:${pos.line}${pos.column ? `:${pos.column}` : ""}` : ""}: ${ctx.errStyle.red("error")} cannot be read: ${e.message}`);
      leftOut.push({ file, reason: `cannot be read: ${e.message}` });
      code = Math.max(code, e instanceof UsageError ? 2 : 1);
      continue;
    }
    const result = await validate(input.data, { asOf: ctx.asOf, wordings: input.wordings });
    const issues = [...input.readIssues, ...result.issues];
    const errors = issues.filter((i) => i.severity === "error");
    // Errors first: they are why a file is left out.
    const shown = [...errors, ...issues.filter((i) => i.severity !== "error")].slice(0, SHOWN);
    const locate = input.locator(shown.map((i) => i.path));
    for (const issue of shown) err(formatIssue(input, locate, issue, ctx.errStyle));
    if (issues.length > shown.length)
      err(ctx.errStyle.dim(`${input.name}: and ${issues.length - shown.length} more; run cpc validate ${input.name} for all of them`));
    if (errors.length > 0 || !result.plan) {
      leftOut.push({ file: input.name, reason: `not a valid plan: ${errors.length} error(s)` });
      code = Math.max(code, 1);
      continue;
    }
    read.push({ file: input.name, plan: result.plan, issues });
  }
  return { read, leftOut, code };
}

const pct = (n: number) => `${n}%`;

function planTable(p: PortfolioSummary, leftOut: readonly LeftOut[]): Table {
  return {
    head: ["council", "file", "CPC", "days to publish", "published", "actions", "overdue", "completed", "expected progress", "not progressed"],
    rows: portfolioLines(p, leftOut.length, "terminal").map((l) => [
      l.council,
      l.file,
      l.cpc,
      l.daysToPublish,
      l.published,
      l.actions,
      l.overdue,
      pct(l.headline.completed.percent),
      pct(l.headline.expectedProgress.percent),
      pct(l.headline.notProgressed.percent),
    ]),
    numeric: [3, 5, 6, 7, 8, 9],
  };
}

function themeTable(p: PortfolioSummary): Table {
  return {
    head: ["theme", "plans", "recommendations", "actions", "overdue", "complete"],
    rows: p.themes.map((t) => [t.title, t.plans, t.recommendations, t.actions, t.overdue, pct(t.status.percentages.complete)]),
    numeric: [1, 2, 3, 4, 5],
  };
}

/** The sentences under the table: what the figures are, and what they leave out. */
function notes(p: PortfolioSummary, leftOut: readonly LeftOut[]): string[] {
  const t = p.total;
  return [
    `${t.plans} plan${t.plans === 1 ? "" : "s"}, ${t.actions} actions${cancelledLeftOut(t.status.excluded)}, ${t.overdue} overdue, as of ${p.asOf}; each plan's figures by its own dates, the totals' percentages from the summed counts.`,
    t.status.noStatus ? `${t.status.noStatus} actions had no status and count as not started.` : "",
    t.rag.scheme === "mixed" ? "Some plans use BRAG (complete is blue) and others RAG (complete is green): the RAG totals mix the two." : "",
    t.timeliness.notKnown
      ? `${t.timeliness.notKnown} plan(s) could not be checked against the 5-month limit (no CPC or publication date, or only a month).`
      : "",
    leftOut.length > 0 ? `The totals leave out ${leftOut.length} file(s): ${leftOut.map((l) => `${l.file} (${l.reason})`).join("; ")}.` : "",
  ].filter((n) => n !== "");
}

/** JSON keeps what is not known as null, so a reader sees the field. */
function orNull<T>(v: T | undefined): T | null {
  return v === undefined ? null : v;
}

/** `cpc stats` with several files, or a folder. */
export async function statsManyCommand(ctx: Context): Promise<number> {
  const { values, style } = ctx;
  const files = expandFolders(ctx.positionals);
  const format = choose("format", values.format, ["text", "json", "csv", "md", "html"] as const, "text");
  if (values.by !== undefined && values.by !== "theme")
    throw new UsageError(`--by ${values.by} groups one plan's actions; across several plans --by theme is the grouping (or give one file)`);
  if (values.headline) throw new UsageError("--headline is one plan's view; with several files the table gives each plan's headline (or give one file)");
  if ((values.council !== undefined || values["cpc-start"] !== undefined) && files.length > 1)
    ctx.world.stderr(`cpc: --council and --cpc-start fill in every file that does not give its own\n`);
  const { read, leftOut, code } = await readAll(ctx, files);
  const summary = portfolioSummary(
    read.map((r) => ({ plan: r.plan, name: r.file })),
    { asOf: ctx.asOf },
  );
  if (format === "html") {
    const { portfolioPage } = await import("../../report/portfolio.js");
    ctx.out(
      portfolioPage(
        summary,
        "Action plans together",
        leftOut.map((l) => ({ name: l.file, reason: l.reason })),
      ),
    );
    return code;
  }
  const byTheme = values.by === "theme";
  if (format === "json") {
    const plans = summary.plans.map((r, i) => ({
      file: r.name,
      council: orNull(r.council),
      title: orNull(r.title),
      cpcStart: orNull(r.cpcStart),
      daysToPublish: orNull(r.daysToPublish),
      actions: r.actions,
      overdue: r.overdue,
      headline: r.headline,
      status: r.status,
      rag: r.rag,
      timeliness: {
        ...r.timeliness,
        within3Months: orNull(r.timeliness.within3Months),
        within5Months: orNull(r.timeliness.within5Months),
      },
      warnings: read[i]!.issues.length,
    }));
    ctx.out(`${JSON.stringify({ asOf: summary.asOf, plans, total: summary.total, themes: summary.themes, leftOut }, null, 2)}\n`);
    return code;
  }
  const table = byTheme ? themeTable(summary) : planTable(summary, leftOut);
  if (format === "csv") {
    ctx.out(await csvTable(table));
    return code;
  }
  const said = notes(summary, leftOut);
  const title = byTheme ? `Recommendations by theme across ${summary.total.plans} plans` : `${summary.total.plans} plans`;
  if (format === "md") {
    ctx.out([`## ${mdText(title)}`, "", said.map((n) => mdText(n)).join(" "), "", markdownTable(table), ""].join("\n"));
    return code;
  }
  ctx.out([style.bold(title), ...said.map((n) => style.dim(n)), "", textTable(table), ""].join("\n"));
  return code;
}
