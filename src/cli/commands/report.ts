/** `cpc report <file>`: a report for committees and screens, Markdown, HTML or Word. */
import { choose, load, loadOne, type Context } from "../context.js";
import { UsageError } from "../errors.js";
import { orderNotes, snapshotsInOrder } from "./diff.js";

/**
 * The Markdown, self-contained HTML or Word report, with what changed since --compare's
 * snapshot. With --compare the two are put in date order, as `cpc diff` puts them, and
 * without --as-of the report is as of the later snapshot's date, as `cpc diff` reads it:
 * the two agree.
 */
export async function reportCommand(ctx: Context): Promise<number> {
  const format = choose("format", ctx.values.format, ["md", "html", "docx"] as const, "md");
  // A Word document is bytes: to a file, never to a terminal.
  if (format === "docx" && (ctx.values.output === undefined || ctx.values.output === "-"))
    throw new UsageError("cpc report --format docx writes a Word document: give -o FILE.docx");
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
  const options = { asOf, ...ctx.ragOptions, ...(compare ? { compare } : {}) };
  if (format === "docx") {
    const { writeReportDocx } = await import("../../docx/report.js");
    ctx.outBytes(writeReportDocx(plan, options));
    return 0;
  }
  const { renderHtmlReport, renderMarkdownReport } = await import("../../report/index.js");
  const render = format === "html" ? renderHtmlReport : renderMarkdownReport;
  ctx.out(render(plan, options));
  return 0;
}
