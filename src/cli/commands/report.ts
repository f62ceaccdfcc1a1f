/** `cpc report <file>`: a report for committees and screens, Markdown, HTML or Word. */
import { choose, load, loadOne, type Context } from "../context.js";
import { UsageError } from "../errors.js";

/** The Markdown, self-contained HTML or Word report, with what changed since --compare's snapshot. */
export async function reportCommand(ctx: Context): Promise<number> {
  const format = choose("format", ctx.values.format, ["md", "html", "docx"] as const, "md");
  // A Word document is bytes: to a file, never to a terminal.
  if (format === "docx" && (ctx.values.output === undefined || ctx.values.output === "-"))
    throw new UsageError("cpc report --format docx writes a Word document: give -o FILE.docx");
  const { plan } = await loadOne(ctx);
  const compare = ctx.values.compare !== undefined ? (await load(ctx, await ctx.read(ctx.values.compare), ctx.asOf)).plan : undefined;
  const options = { asOf: ctx.asOf, ...ctx.ragOptions, ...(compare ? { compare } : {}) };
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
