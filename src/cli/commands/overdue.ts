/** `cpc overdue <file>`: the overdue actions, most overdue first. */
import { actionsWithoutTarget, overdueActions } from "../../statistics/index.js";
import { choose, loadOne, type Context } from "../context.js";
import { csvTable, markdownTable, textTable, type Table } from "../present.js";

/** The actions overdue as of a date, most overdue first, and how many have no dated target. */
export async function overdueCommand(ctx: Context): Promise<number> {
  const { values, asOf, style } = ctx;
  const format = choose("format", values.format, ["text", "json", "csv", "md"] as const, "text");
  const { plan } = await loadOne(ctx);
  const overdue = overdueActions(plan, { asOf });
  const noTarget = actionsWithoutTarget(plan);
  if (format === "json") {
    ctx.out(
      `${JSON.stringify(
        {
          asOf,
          overdue: overdue.map((o) => ({
            id: o.action.id,
            title: o.action.title,
            owners: o.action.owners ?? [],
            timescale: o.action.timescale,
            due: o.due,
            daysOverdue: o.daysOverdue,
            continuing: o.continuing,
            overdueSteps: o.overdueSteps.map((s) => ({ id: s.step.id, due: s.due, daysOverdue: s.daysOverdue })),
          })),
          noTarget: noTarget.map((n) => ({ id: n.action.id, reason: n.reason })),
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const table: Table = {
    head: ["action", "due", "days overdue", "target", "owner", "title"],
    rows: overdue.map((o) => [o.action.id, o.due, o.daysOverdue, o.action.timescale ?? "", (o.action.owners ?? []).join(", "), o.action.title]),
    numeric: [2],
  };
  if (format === "csv") {
    ctx.out(await csvTable(table));
    return 0;
  }
  if (format === "md") {
    ctx.out(`${overdue.length} overdue as of ${asOf}.\n\n${overdue.length ? `${markdownTable(table)}\n` : ""}`);
    return 0;
  }
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const short: Table = { ...table, rows: table.rows.map((r) => [r[0]!, r[1]!, r[2]!, clip(String(r[3]), 24), clip(String(r[4]), 28), clip(String(r[5]), 60)]) };
  ctx.out(
    `${style.bold(`${overdue.length} overdue as of ${asOf}`)}${overdue.length ? `\n${textTable(short)}` : ""}\n${style.dim(`${noTarget.length} action(s) have no dated target and are never overdue.`)}\n`,
  );
  return 0;
}
