/** `cpc diff <before> <after>`: what moved between two snapshots of a plan. */
import { slipText, snapshotDate } from "../../progress/compare.js";
// Each from its own module, not the progress barrel: the barrel reaches the update history (and immer), which cpc validate need not load.
import { comparePlans, orderSnapshots, type PlanComparison, type SnapshotOrder } from "../../progress/compare.js";
import { progressHeadline } from "../../progress/headline.js";
import type { CalendarDate } from "../../dates.js";
import { choose, councilName, dateOption, Invalid, load, type Context, type Loaded } from "../context.js";
import { mdItem, mdText } from "../../report/markdown-text.js";
import { asClause } from "../../report/words.js";
import { headlineSentence } from "./stats.js";

/** Actions added, removed, completed, slipped and newly overdue, and the headline of each snapshot. */
export async function diffCommand(ctx: Context): Promise<number> {
  const { values, asOf, style } = ctx;
  const format = choose("format", values.format, ["text", "json", "md"] as const, "text");
  if (values.since !== undefined) dateOption("since", values.since);
  const first = await load(ctx, await ctx.read(ctx.positionals[0]!), values.since ?? asOf);
  const second = await load(ctx, await ctx.read(ctx.positionals[1]!), asOf);
  const dates = { ...(values["as-of"] ? { asOf } : {}), ...(values.since ? { since: values.since } : {}) };
  const order = snapshotsInOrder(ctx, first, second, dates);
  const { before, after } = order;
  // Without --as-of and --since each file is read as of its own date, so a file diffed with itself shows nothing.
  const diff = comparePlans(before.plan, after.plan, {
    ...ctx.ragOptions,
    ...(order.asOf ? { asOf: order.asOf } : {}),
    ...(order.since ? { since: order.since } : {}),
  });
  const then = progressHeadline(before.plan, { asOf: diff.since, ...ctx.ragOptions });
  const now = progressHeadline(after.plan, { asOf: diff.asOf, ...ctx.ragOptions });
  const said = orderNotes(order, diff);
  if (format === "json") {
    const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);
    const out = {
      before: before.input.name,
      after: after.input.name,
      asOf: diff.asOf,
      since: diff.since,
      reordered: order.reordered,
      councilDiffers: order.councilDiffers,
      added: ids(diff.added),
      removed: ids(diff.removed),
      completed: ids(diff.completed),
      slipped: diff.slips,
      newlyOverdue: ids(diff.newlyOverdue),
      changed: diff.changed,
      headline: { before: then, after: now },
    };
    ctx.out(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  const line = (a: { id: string; title: string }) => `${a.id} ${a.title.length > 70 ? `${a.title.slice(0, 69)}…` : a.title}`;
  const sections: [string, string[]][] = [
    ["Completed", diff.completed.map(line)],
    ["Slipped", diff.slipped.map((a, i) => `${asClause(line(a))}: ${slipText(diff.slips[i]!)}`)],
    ["Newly overdue", diff.newlyOverdue.map(line)],
    ["Added", diff.added.map(line)],
    ["Removed", diff.removed.map(line)],
  ];
  const changedOther = diff.changed.length;
  if (format === "md") {
    const out = [
      `## ${mdText(councilName(after.plan))}: ${mdText(before.input.name)} (as of ${diff.since}) to ${mdText(after.input.name)} (as of ${diff.asOf})`,
      "",
      ...said.map((n) => `${mdText(n)}\n`),
      `Now: ${headlineSentence(now)} (then: ${headlineSentence(then)}).`,
      "",
    ];
    for (const [title, items] of sections)
      out.push(`### ${title} (${items.length})`, "", ...(items.length ? items.map((i) => `- ${mdItem(i)}`) : ["None."]), "");
    out.push(`${changedOther} action(s) changed in all.`, "");
    ctx.out(out.join("\n"));
    return 0;
  }
  const out = [
    style.bold(`${councilName(after.plan)}: ${before.input.name} (as of ${diff.since}) to ${after.input.name} (as of ${diff.asOf})`),
    ...said.map((n) => style.dim(n)),
    `Now:  ${headlineSentence(now)}.`,
    style.dim(`Then: ${headlineSentence(then)}.`),
    "",
  ];
  for (const [title, items] of sections) {
    out.push(`${title} (${items.length})`);
    for (const i of items) out.push(`  ${i}`);
  }
  out.push(style.dim(`${changedOther} action(s) changed in all.`), "");
  ctx.out(out.join("\n"));
  return 0;
}

/**
 * Two loaded snapshots in date order, for `cpc diff` and `cpc report --compare`: refused (on
 * stderr, exit 1) where their dates cannot tell them apart and they differ.
 */
export function snapshotsInOrder(
  ctx: Context,
  first: Loaded,
  second: Loaded,
  dates: { readonly since?: CalendarDate | undefined; readonly asOf?: CalendarDate | undefined },
): SnapshotOrder<Loaded> {
  const o = orderSnapshots(first.plan, second.plan, dates);
  const own = [dates.since ?? snapshotDate(first.plan.actions, first.plan), dates.asOf ?? snapshotDate(second.plan.actions, second.plan)];
  const undated = [first, second].filter((_, i) => own[i] === undefined).map((l) => l.input.name);
  if ((undated.length > 0 || o.since === o.asOf) && differ(first, second)) {
    const why =
      undated.length > 0
        ? `${undated.join(" and ")} ${undated.length === 2 ? "have" : "has"} no date (no dated update, no publishedOn)`
        : `both are dated ${o.asOf}`;
    ctx.world.stderr(
      `cpc: cannot tell which of ${first.input.name} and ${second.input.name} is the earlier: ${why}\n  hint: give publishedOn: YYYY-MM-DD in each (the date the file shows the plan as of), or --since and --as-of\n`,
    );
    throw new Invalid();
  }
  const [before, after] = o.reordered ? [second, first] : [first, second];
  return { ...o, before, after };
}

/** Whether two snapshots hold different actions: the same file twice needs no order. */
function differ(a: Loaded, b: Loaded): boolean {
  const c = comparePlans(a.plan, b.plan, { asOf: "2000-01-01", since: "2000-01-01" });
  return c.changed.length + c.added.length + c.removed.length > 0;
}

/** The lines that say the files were put in date order, or name different councils. */
export function orderNotes(order: SnapshotOrder<Loaded>, diff: Pick<PlanComparison, "since" | "asOf">): string[] {
  return [
    order.reordered
      ? `${order.after.input.name} (${diff.asOf}) was given first but is the later: compared in date order, ${order.before.input.name} to ${order.after.input.name}.`
      : "",
    order.councilDiffers
      ? `Warning: the two files name different councils (${order.before.plan.council?.name ?? ""}; ${order.after.plan.council?.name ?? ""}): they may not be one plan.`
      : "",
  ].filter((n) => n !== "");
}
