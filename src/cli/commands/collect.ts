/** `cpc collect <plan> <return.xlsx...> -o plan.yaml`: the owners' returns merged into the plan. */
import { ragLabel, statusLabel } from "../../model/vocabulary.js";
import { load, type Context } from "../context.js";
import { UsageError } from "../errors.js";
import { readFileBounded } from "../read-bytes.js";

/**
 * Reads the plan and the returns, applies every filled line that is sound, writes the
 * updated plan (YAML, or JSON or an xlsx tracker by -o's name), and says on stderr who
 * returned, who did not, what changed and each issue with its file and cell. Exit 1 when
 * any line or file was not applied.
 */
export async function collectCommand(ctx: Context): Promise<number> {
  const { values, world, asOf } = ctx;
  const output = values.output;
  const [planFile, ...files] = ctx.positionals as [string, ...string[]];
  const toXlsx = output !== undefined && /\.xlsx$/i.test(output);
  const toJson = output !== undefined && /\.json$/i.test(output);
  const input = await ctx.read(planFile);
  const { plan } = await load(ctx, input, asOf);
  const returns: { name: string; bytes: Uint8Array }[] = [];
  for (const f of files) {
    if (f === "-") throw new UsageError("cpc collect reads returns from files, not standard input");
    returns.push({ name: f, bytes: await readFileBounded(f, { text: false }) });
  }
  const { collectReturns, writePlanXlsx } = await import("../../xlsx/index.js");
  const result = collectReturns(plan, returns, { asOf, ...(input.wordings ? { wordings: input.wordings } : {}) });
  const { summary } = result;
  const say: string[] = [];
  say.push(
    `cpc: ${summary.returned.length} return${summary.returned.length === 1 ? "" : "s"} of this plan read; ${result.changes.length} update${result.changes.length === 1 ? "" : "s"} made to ${summary.changed.length} action${summary.changed.length === 1 ? "" : "s"}`,
  );
  for (const r of summary.returned)
    say.push(`  ${r.owner}: ${r.file}: ${r.lines} line${r.lines === 1 ? "" : "s"}, ${r.filled} filled in, ${r.applied} applied`);
  say.push(summary.notReturned.length ? `  not returned: ${summary.notReturned.join(", ")}` : "  every owner returned");
  for (const c of result.changes) {
    const what = [
      c.status ? `status ${c.status.from ? statusLabel(c.status.from) : "none"} -> ${statusLabel(c.status.to)}` : "",
      c.rag ? `RAG ${c.rag.from ? ragLabel(c.rag.from) : "none"} -> ${ragLabel(c.rag.to)}` : "",
      c.target ? `target ${c.target.from !== undefined ? JSON.stringify(c.target.from) : "none"} -> ${JSON.stringify(c.target.to)}` : "",
    ].filter(Boolean);
    say.push(`  ${c.key} (${c.date}, ${c.files.join(", ")}): ${what.length ? what.join("; ") : "a note"}`);
  }
  for (const i of result.issues)
    say.push(
      `${i.file}${i.cell ? `:${i.cell}` : ""}: ${i.severity === "error" ? ctx.errStyle.red("error") : ctx.errStyle.yellow("warning")} ${i.code}: ${i.message}${i.hint ? `\n    hint: ${i.hint}` : ""}`,
    );
  world.stderr(`${say.join("\n")}\n`);
  if (toXlsx) ctx.outBytes(writePlanXlsx(result.plan, input.layout ? { layout: input.layout } : {}));
  else if (toJson) ctx.out(`${JSON.stringify(result.plan, null, 2)}\n`);
  else ctx.out((await import("yaml")).stringify(result.plan, { lineWidth: 0 }));
  return summary.errors > 0 ? 1 : 0;
}
