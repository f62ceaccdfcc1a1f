/** `cpc trend <file...>`: the figures at the end of each quarter or month. */
import type { ActionPlan } from "../../model/types.js";
import { snapshotDate } from "../../progress/compare.js";
import { progressSeries, type ProgressSeriesOptions, type SeriesPoint } from "../../progress/series.js";
import { choose, councilName, dateOption, load, Invalid, type Context, type Loaded } from "../context.js";
import { UsageError } from "../errors.js";
import { csvTable, markdownTable, mdText, textTable, type Table } from "../present.js";

/** The headline, status and RAG counts and overdue count at the end of each period. */
export async function trendCommand(ctx: Context): Promise<number> {
  const { values, asOf } = ctx;
  const format = choose("format", values.format, ["text", "csv", "md", "json"] as const, "text");
  const every = choose("every", values.every, ["quarter", "month"] as const, "quarter");
  const quarters = choose("quarters", values.quarters, ["calendar", "financial"] as const, "calendar");
  const from = values.from;
  if (from !== undefined) dateOption("from", from);
  if (from !== undefined && values["as-of"] !== undefined && from > asOf)
    throw new UsageError(`--from ${from} is after --as-of ${asOf}, where the series ends`);
  const loaded: Loaded[] = [];
  for (const file of ctx.positionals) loaded.push(await load(ctx, await ctx.read(file), asOf));
  const options = { every, quarters, ...ctx.ragOptions, ...(from !== undefined ? { from } : {}) };
  const { points, notes, plan } = seriesOf(ctx, loaded, options);
  return showTrend(ctx, { loaded, points, notes, plan, format, every, quarters });
}

/** The series: of one plan read back from its dated updates, or of several snapshots placed by their dates (with notes on their order and councils). */
function seriesOf(
  ctx: Context,
  loaded: readonly Loaded[],
  options: Omit<ProgressSeriesOptions, "to">,
): { points: readonly SeriesPoint[]; notes: string[]; plan: ActionPlan } {
  const { values, asOf } = ctx;
  const several = loaded.length > 1;
  let points: readonly SeriesPoint[];
  const notes: string[] = [];
  let plan: ActionPlan = loaded[loaded.length - 1]!.plan;
  if (!several) {
    points = series(() => progressSeries(loaded[0]!.plan, { ...options, to: asOf }));
  } else {
    const dated = loaded.map((l) => {
      const date = snapshotDate(l.plan.actions, l.plan);
      if (date === undefined) {
        ctx.world.stderr(
          `cpc: ${l.input.name} cannot be placed in the series: it has no dated update and no publishedOn\n  hint: add publishedOn: YYYY-MM-DD (the date the file shows the plan as of)\n`,
        );
        throw new Invalid();
      }
      return { date, plan: l.plan, name: l.input.name };
    });
    for (let i = 0; i < dated.length; i++)
      for (let j = i + 1; j < dated.length; j++)
        if (dated[i]!.date === dated[j]!.date) {
          ctx.world.stderr(
            `cpc: ${dated[i]!.name} and ${dated[j]!.name} are both dated ${dated[i]!.date}: two snapshots of one day cannot both be in the series\n`,
          );
          throw new Invalid();
        }
    points = series(() => progressSeries(dated, { ...options, ...(values["as-of"] !== undefined ? { to: asOf } : {}) }));
    // The series puts the snapshots in date order; say so when they were given otherwise, and when they are not one council's.
    const sorted = [...dated].sort((x, y) => (x.date < y.date ? -1 : 1));
    plan = sorted[sorted.length - 1]!.plan;
    if (sorted.some((d, i) => d !== dated[i]))
      notes.push(`The files were not given in date order: the series takes them as ${sorted.map((d) => `${d.name} (${d.date})`).join(", ")}.`);
    const councils = new Set(dated.map((d) => d.plan.council?.name.trim().toLowerCase()).filter((n): n is string => n !== undefined && n !== ""));
    if (councils.size > 1) notes.push(`Warning: the files name ${councils.size} different councils: they may not be snapshots of one plan.`);
  }
  return { points, notes, plan };
}

/** The series shown: JSON, CSV, Markdown or text, with what it was counted from. */
async function showTrend(
  ctx: Context,
  {
    loaded,
    points,
    notes,
    plan,
    format,
    every,
    quarters,
  }: {
    loaded: readonly Loaded[];
    points: readonly SeriesPoint[];
    notes: readonly string[];
    plan: ActionPlan;
    format: "text" | "csv" | "md" | "json";
    every: "quarter" | "month";
    quarters: "calendar" | "financial";
  },
): Promise<number> {
  const { asOf, style } = ctx;
  const several = loaded.length > 1;
  const name = (p: SeriesPoint) => loaded[p.source]!.input.name;
  const brag = points.some((p) => p.rag.scheme === "brag");
  if (format === "json") {
    ctx.out(
      `${JSON.stringify(
        {
          council: plan.council?.name ?? null,
          every,
          quarters,
          points: points.map((p) => ({
            period: p.period.label,
            start: p.period.start,
            end: p.period.end,
            asOf: p.asOf,
            ...(several ? { file: name(p) } : {}),
            actions: p.headline.total,
            headline: p.headline,
            status: p.status.counts,
            rag: p.rag.counts,
            overdue: p.overdue,
            noTarget: p.noTarget,
          })),
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const table = trendTable(points, { csv: format === "csv", brag, several, name });
  if (format === "csv") {
    ctx.out(await csvTable(table));
    return 0;
  }
  const history = plan.actions.some((a) => a.updates !== undefined && a.updates.length > 0);
  const what = several
    ? `${loaded.length} snapshots`
    : history
      ? "the plan read back from its dated updates"
      : "the plan as it stands (it has no dated updates: only the date moves)";
  if (format === "md") {
    ctx.out(
      `## ${mdText(councilName(plan))}: progress by ${every}\n\nEach ${every} counted as of its last day (or ${asOf}), from ${what}.\n\n${notes.map((n) => `${mdText(n)}\n\n`).join("")}${points.length ? `${markdownTable(table)}\n` : "No period to show.\n"}`,
    );
    return 0;
  }
  ctx.out(
    `${style.bold(`${councilName(plan)}: progress by ${every}`)}\n${notes.map((n) => `${style.dim(n)}\n`).join("")}${points.length ? textTable(table) : "  No period to show."}\n${style.dim(`Each ${every} counted as of its last day, from ${what}; "completed", "expected progress" and "not progressed" are the progress-review headline.`)}\n`,
  );
  return 0;
}

/** The series as a table: a row per period, with the headline's shares, the overdue count and the RAG counts. */
function trendTable(
  points: readonly SeriesPoint[],
  { csv, brag, several, name }: { csv: boolean; brag: boolean; several: boolean; name: (p: SeriesPoint) => string },
): Table {
  const share = (count: number, percent: number) => (csv ? count : `${count} (${percent}%)`);
  return {
    head: [
      "period",
      "as of",
      "actions",
      "completed",
      "expected progress",
      "not progressed",
      "overdue",
      "red",
      "amber",
      "green",
      ...(brag ? ["blue"] : []),
      ...(several ? ["file"] : []),
    ],
    rows: points.map((p) => [
      p.period.label,
      p.asOf,
      p.headline.total,
      share(p.headline.completed.count, p.headline.completed.percent),
      share(p.headline.expectedProgress.count, p.headline.expectedProgress.percent),
      share(p.headline.notProgressed.count, p.headline.notProgressed.percent),
      p.overdue,
      p.rag.counts.red,
      p.rag.counts.amber,
      p.rag.counts.green,
      ...(brag ? [p.rag.counts.blue] : []),
      ...(several ? [name(p)] : []),
    ]),
    numeric: [2, 6, 7, 8, 9, ...(brag ? [10] : [])],
  };
}

/** The series, with a span that cannot be one (too many periods) said as a usage error. */
function series(make: () => readonly SeriesPoint[]): readonly SeriesPoint[] {
  try {
    return make();
  } catch (e) {
    if (e instanceof RangeError)
      throw new UsageError(e.message.replace(/^progressSeries: /, "").replace(/^to \((.*)\) is before from/, "the series would end on $1, before --from"));
    throw e;
  }
}
