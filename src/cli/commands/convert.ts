/** `cpc convert <in> --to <format>`: the plan in another format, content unchanged. */
import type { ActionPlan } from "../../model/types.js";
import { choose, load, type Context } from "../context.js";
import { BadFile, UsageError } from "../errors.js";

const FORMATS = ["json", "yaml", "csv", "tsv", "xlsx"] as const;

/** The format an output file's name gives: its extension (.yml is YAML), or none. */
function formatOfName(output: string | undefined): (typeof FORMATS)[number] | undefined {
  const ext = /\.([a-z]+)$/i.exec(output ?? "")?.[1]?.toLowerCase();
  const format = ext === "yml" ? "yaml" : ext;
  return FORMATS.find((f) => f === format);
}

/** Writes the plan as JSON, YAML, CSV, TSV or an xlsx workbook; an invalid plan is reported and not converted. */
export async function convertCommand(ctx: Context): Promise<number> {
  const { values, world } = ctx;
  // Without --to, -o's name says the format: "-o plan.yaml" is YAML.
  const named = values.to === undefined ? formatOfName(values.output) : undefined;
  if (values.to === undefined && named === undefined)
    throw new UsageError(
      `cpc convert needs --to json, yaml, csv, tsv or xlsx${values.output !== undefined && values.output !== "-" ? ` (the name ${values.output} does not say which)` : ""}`,
    );
  const to = named ?? choose("to", values.to, FORMATS, "json");
  // A workbook is bytes: to a file, never to a terminal.
  if (to === "xlsx" && (values.output === undefined || values.output === "-")) throw new UsageError("cpc convert --to xlsx needs -o FILE.xlsx");
  if (to !== "csv" && to !== "tsv" && (values.bom || values.labels))
    throw new UsageError(`${values.bom ? "--bom" : "--labels"} is for CSV and TSV; it means nothing --to ${to}`);
  const input = await ctx.read(ctx.positionals[0]!);
  const loaded = await load(ctx, input, ctx.asOf);
  if (to === "xlsx") {
    const { writePlanXlsx, xlsxLosses } = await import("../../xlsx/index.js");
    const { csvLosses } = await import("../../csv/index.js");
    // What the table cannot carry, as in CSV, and the characters a workbook cannot hold.
    const lost = csvLosses(loaded.plan);
    for (const i of [...lost, ...xlsxLosses(loaded.plan, lost)]) world.stderr(`cpc: ${input.name}: ${i.message.replace(/\bCSV\b/g, "a workbook")}\n`);
    ctx.outBytes(writePlanXlsx(loaded.plan, input.layout ? { layout: input.layout } : {}));
    return 0;
  }
  // Convert changes the format, not the content: write what the file says, as read.
  const data = input.data as ActionPlan;
  let text: string;
  try {
    if (to === "json") text = `${JSON.stringify(data, null, 2)}\n`;
    else if (to === "yaml") text = (await import("yaml")).stringify(data, { lineWidth: 0 });
    else {
      // Say what a CSV cannot carry: reading it back would not give the same plan.
      const { csvLosses, writePlanCsv } = await import("../../csv/index.js");
      for (const i of csvLosses(loaded.plan)) world.stderr(`cpc: ${input.name}: ${i.message}\n`);
      // A table read from a spreadsheet is written back under its own headings, in its order.
      text = writePlanCsv(data, {
        delimiter: to === "tsv" ? "\t" : ",",
        ...(values.bom ? { bom: true } : {}),
        ...(values.labels ? { labels: true } : {}),
        ...(input.layout ? { layout: input.layout } : {}),
      });
    }
  } catch (e) {
    if (e instanceof RangeError) throw new BadFile(input.name, `the plan is nested too deeply to write as ${to.toUpperCase()}`);
    throw e;
  }
  ctx.out(text);
  return 0;
}
