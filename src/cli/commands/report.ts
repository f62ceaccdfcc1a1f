/** `cpc report <file>`: a report for committees and screens, Markdown or HTML. */
import { choose, load, loadOne, type Context } from "../context.js";

/** The Markdown or self-contained HTML report, with what changed since --compare's snapshot. */
export async function reportCommand(ctx: Context): Promise<number> {
  const format = choose("format", ctx.values.format, ["md", "html"] as const, "md");
  const { plan } = await loadOne(ctx);
  const compare = ctx.values.compare !== undefined ? (await load(ctx, await ctx.read(ctx.values.compare), ctx.asOf)).plan : undefined;
  const { renderHtmlReport, renderMarkdownReport } = await import("../../report/index.js");
  const render = format === "html" ? renderHtmlReport : renderMarkdownReport;
  ctx.out(render(plan, { asOf: ctx.asOf, ...(compare ? { compare } : {}) }));
  return 0;
}
