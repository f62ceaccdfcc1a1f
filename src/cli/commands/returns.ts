/** `cpc returns <plan> -o DIR`: one workbook per owner, for them to fill in and send back. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ownerReturns } from "../../returns/index.js";
import { isCalendarDate } from "../../dates.js";
import { writeFileOrFail, loadOne, type Context } from "../context.js";
import { inWords, UsageError } from "../errors.js";
import { safeFileName } from "../../returns/layout.js";

/** Writes each owner's return workbook into the -o directory, named by owner, and lists them. */
export async function returnsCommand(ctx: Context): Promise<number> {
  const { values, asOf, world } = ctx;
  const dir = values.output;
  if (dir === undefined || dir === "-" || dir === "") throw new UsageError("cpc returns needs -o DIR, the folder to write the owners' workbooks into");
  const returnBy = values["return-by"];
  if (returnBy !== undefined && !isCalendarDate(returnBy)) throw new UsageError(`--return-by must be a date, YYYY-MM-DD, not ${JSON.stringify(returnBy)}`);
  const { plan, input } = await loadOne(ctx);
  const owners = ownersOption(values.owners);
  let returns;
  try {
    returns = ownerReturns(plan, { asOf, ...(owners ? { owners } : {}) });
  } catch (e) {
    if (e instanceof RangeError) throw new UsageError(`--owners: ${e.message.replace(/^ownerReturns: /, "")}`);
    throw e;
  }
  const { writeReturnXlsx } = await import("../../xlsx/returns.js");
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(`cannot make the folder ${dir}: ${inWords(e, "write")}`);
  }
  const taken = new Set<string>();
  const lines: string[] = [];
  for (const r of returns) {
    const name = safeFileName(r.title, taken);
    const bytes = writeReturnXlsx(plan, r.owner, {
      asOf,
      ...(returnBy !== undefined ? { returnBy } : {}),
      ...(values["send-to"] !== undefined ? { sendTo: values["send-to"] } : {}),
      ...(input.wordings ? { wordings: input.wordings } : {}),
    });
    writeFileOrFail(world, join(dir, name), bytes);
    const overdue = r.items.filter((i) => i.daysOverdue > 0).length;
    lines.push(
      `  ${name}: ${r.items.length} line${r.items.length === 1 ? "" : "s"}${overdue ? `, ${overdue} overdue` : ""}${r.owner === "" ? " (actions with no owner: send them to whoever leads them)" : ""}`,
    );
  }
  world.stdout(`${returns.length} return${returns.length === 1 ? "" : "s"} as of ${asOf} written to ${dir}:\n${lines.join("\n")}${lines.length ? "\n" : ""}`);
  return 0;
}

/** --owners: names separated by semicolons, or by commas where there is no semicolon. */
export function ownersOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value
    .split(value.includes(";") ? ";" : ",")
    .map((n) => n.trim())
    .filter((n) => n !== "");
  if (names.length === 0) throw new UsageError("--owners needs at least one owner's name");
  return names;
}
