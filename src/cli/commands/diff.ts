/** `cpc diff <before> <after>`: what moved between two snapshots of a plan. */
import { slipText } from "../../progress/compare.js";
import { isCalendarDate } from "../../dates.js";
// Each from its own module, not the progress barrel: the barrel reaches the update history (and immer), which cpc validate need not load.
import { comparePlans } from "../../progress/compare.js";
import { progressHeadline } from "../../progress/headline.js";
import { choose, councilName, load, type Context } from "../context.js";
import { UsageError } from "../errors.js";
import { mdItem, mdText } from "../../report/markdown-text.js";
import { headlineSentence } from "./stats.js";

/** Actions added, removed, completed, slipped and newly overdue, and the headline of each snapshot. */
export async function diffCommand(ctx: Context): Promise<number> {
  const { values, asOf, style } = ctx;
  const format = choose("format", values.format, ["text", "json", "md"] as const, "text");
  if (values.since !== undefined && !isCalendarDate(values.since))
    throw new UsageError(`--since must be a date, YYYY-MM-DD, not ${JSON.stringify(values.since)}`);
  const before = await load(ctx, await ctx.read(ctx.positionals[0]!), values.since ?? asOf);
  const after = await load(ctx, await ctx.read(ctx.positionals[1]!), asOf);
  // Without --as-of and --since each file is read as of its own date, so a file diffed with itself shows nothing.
  const diff = comparePlans(before.plan, after.plan, { ...(values["as-of"] ? { asOf } : {}), ...(values.since ? { since: values.since } : {}) });
  const then = progressHeadline(before.plan, { asOf: diff.since });
  const now = progressHeadline(after.plan, { asOf: diff.asOf });
  if (format === "json") {
    const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);
    const out = {
      before: before.input.name,
      after: after.input.name,
      asOf,
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
    ["Slipped", diff.slipped.map((a, i) => `${line(a)}: ${slipText(diff.slips[i]!)}`)],
    ["Newly overdue", diff.newlyOverdue.map(line)],
    ["Added", diff.added.map(line)],
    ["Removed", diff.removed.map(line)],
  ];
  const changedOther = diff.changed.length;
  if (format === "md") {
    const out = [
      `## ${mdText(councilName(after.plan))}: ${mdText(before.input.name)} to ${mdText(after.input.name)}, as of ${asOf}`,
      "",
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
    style.bold(`${councilName(after.plan)}: ${before.input.name} to ${after.input.name}, as of ${asOf}`),
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
