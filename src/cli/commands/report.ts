/** `cpc report <file>`: a report for committees and screens, Markdown or HTML. */
import { choose, load, loadOne, type Context } from "../context.js";
import { orderNotes, snapshotsInOrder } from "./diff.js";

/**
 * The Markdown or self-contained HTML report, with what changed since --compare's snapshot.
 * With --compare the two are put in date order, as `cpc diff` puts them, and without --as-of
 * the report is as of the later snapshot's date, as `cpc diff` reads it: the two agree.
 */
export async function reportCommand(ctx: Context): Promise<number> {
  const format = choose("format", ctx.values.format, ["md", "html"] as const, "md");
  const main = await loadOne(ctx);
  let plan = main.plan;
  let asOf = ctx.asOf;
  let compare;
  if (ctx.values.compare !== undefined) {
    const earlier = await load(ctx, await ctx.read(ctx.values.compare), ctx.asOf);
    const explicit = ctx.values["as-of"] !== undefined;
    const order = snapshotsInOrder(ctx, earlier, main, explicit ? { asOf } : {});
    plan = order.after.plan;
    compare = order.before.plan;
    if (!explicit && order.asOf !== undefined) asOf = order.asOf;
    for (const n of orderNotes(order, { since: order.since ?? asOf, asOf })) ctx.world.stderr(`cpc: ${n}\n`);
  }
  const { renderHtmlReport, renderMarkdownReport } = await import("../../report/index.js");
  const render = format === "html" ? renderHtmlReport : renderMarkdownReport;
  ctx.out(render(plan, { asOf, ...(compare ? { compare } : {}) }));
  return 0;
}
