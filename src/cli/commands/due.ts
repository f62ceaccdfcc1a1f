/** `cpc due <file>`: what falls due soon, or each owner's overdue and due-soon work. */
import type { Action, Step } from "../../model/types.js";
import { dueSoon, remindersByOwner } from "../../statistics/due.js";
import { choose, councilName, loadOne, type Context } from "../context.js";
import { UsageError } from "../errors.js";
import { csvTable, markdownTable, mdText, textTable, type Table } from "../present.js";

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const label = (action: Action, step: Step | undefined) => (step ? `${action.id} ${step.id}` : action.id);
const what = (action: Action, step: Step | undefined) => (step ? step.text : action.title);

/** The due-soon list, or with --by owner the reminders of each owner. */
export async function dueCommand(ctx: Context): Promise<number> {
  const { values, asOf } = ctx;
  const format = choose("format", values.format, ["text", "csv", "md", "json"] as const, "text");
  // The command line was read against the command table: --by is owner here, if given.
  const by = values.by === undefined ? undefined : "owner";
  const within = values.within === undefined ? 30 : Number(values.within);
  if (!/^\d+$/.test(values.within ?? "30") || within > 3660)
    throw new UsageError(`--within must be a whole number of days from 0 to 3660, not ${JSON.stringify(values.within)}`);
  const { plan } = await loadOne(ctx);
  const options = { asOf, withinDays: within };
  const title = `${councilName(plan)}: due within ${within} days of ${asOf}`;
  const shown = { format, title, asOf, within };
  if (by === undefined) return showDueSoon(ctx, dueSoon(plan, options), shown);
  return showByOwner(ctx, remindersByOwner(plan, options), shown);
}

/** How the lists are shown: the format, the title, the date and the window. */
interface Shown {
  readonly format: "text" | "csv" | "md" | "json";
  readonly title: string;
  readonly asOf: string;
  readonly within: number;
}

/** What falls due soon, one line each. */
async function showDueSoon(ctx: Context, items: ReturnType<typeof dueSoon>, { format, title, asOf, within }: Shown): Promise<number> {
  const { style } = ctx;
  if (format === "json") {
    const out = items.map((i) => ({
      action: i.action.id,
      step: i.step?.id ?? null,
      due: i.due,
      daysLeft: i.daysLeft,
      owners: i.action.owners ?? [],
      title: what(i.action, i.step),
    }));
    ctx.out(`${JSON.stringify({ asOf, withinDays: within, dueSoon: out }, null, 2)}\n`);
    return 0;
  }
  const table: Table = {
    head: ["action", "due", "days left", "owner", "what"],
    rows: items.map((i) => [label(i.action, i.step), i.due, i.daysLeft, (i.action.owners ?? []).join(", "), what(i.action, i.step)]),
    numeric: [2],
  };
  if (format === "csv") ctx.out(await csvTable(table));
  else if (format === "md") ctx.out(`## ${mdText(title)}\n\n${items.length ? `${markdownTable(table)}\n` : "Nothing falls due.\n"}`);
  else {
    const short: Table = { ...table, rows: table.rows.map((r) => [r[0]!, r[1]!, r[2]!, clip(String(r[3]), 28), clip(String(r[4]), 60)]) };
    ctx.out(`${style.bold(`${title}: ${items.length}`)}${items.length ? `\n${textTable(short)}` : ""}\n`);
  }
  return 0;
}

/** Each owner's overdue and due-soon work. */
async function showByOwner(ctx: Context, reminders: ReturnType<typeof remindersByOwner>, { format, title, asOf, within }: Shown): Promise<number> {
  const { style } = ctx;
  if (format === "json") {
    const item = (i: { action: Action; step?: Step | undefined; due: string }) => ({
      action: i.action.id,
      step: i.step?.id ?? null,
      due: i.due,
      title: what(i.action, i.step),
    });
    const out = reminders.map((r) => ({
      owner: r.owner === "" ? null : r.owner,
      overdue: r.overdue.map((i) => ({ ...item(i), daysOverdue: i.daysOverdue })),
      dueSoon: r.dueSoon.map((i) => ({ ...item(i), daysLeft: i.daysLeft })),
    }));
    ctx.out(`${JSON.stringify({ asOf, withinDays: within, owners: out }, null, 2)}\n`);
    return 0;
  }
  // One row per owner and item: overdue first, then due soon; "days" is late or left, as the state says.
  const table: Table = {
    head: ["owner", "action", "due", "days", "state", "what"],
    rows: reminders.flatMap((r) => [
      ...r.overdue.map((i) => [r.title, label(i.action, i.step), i.due, i.daysOverdue, "overdue", what(i.action, i.step)]),
      ...r.dueSoon.map((i) => [r.title, label(i.action, i.step), i.due, i.daysLeft, "due soon", what(i.action, i.step)]),
    ]),
    numeric: [3],
  };
  if (format === "csv") {
    ctx.out(await csvTable(table));
    return 0;
  }
  if (format === "md") {
    const parts = [`## ${mdText(title)}, by owner`, ""];
    for (const r of reminders) {
      parts.push(`### ${mdText(r.title)}: ${r.overdue.length} overdue, ${r.dueSoon.length} due soon`, "");
      const rows: Table = {
        head: ["action", "due", "days", "state", "what"],
        rows: [
          ...r.overdue.map((i) => [label(i.action, i.step), i.due, `${i.daysOverdue} overdue`, "overdue", what(i.action, i.step)]),
          ...r.dueSoon.map((i) => [label(i.action, i.step), i.due, `${i.daysLeft} left`, "due soon", what(i.action, i.step)]),
        ],
      };
      parts.push(markdownTable(rows), "");
    }
    if (reminders.length === 0) parts.push("Nothing is overdue or falls due.", "");
    ctx.out(parts.join("\n"));
    return 0;
  }
  const lines = [style.bold(`${title}, by owner`)];
  for (const r of reminders) {
    lines.push("", style.bold(`${r.title}: ${r.overdue.length} overdue, ${r.dueSoon.length} due soon`));
    for (const i of r.overdue)
      lines.push(
        `  ${style.red("overdue")}   ${label(i.action, i.step).padEnd(7)} ${i.due}  ${String(i.daysOverdue).padStart(4)} days late  ${clip(what(i.action, i.step), 60)}`,
      );
    for (const i of r.dueSoon)
      lines.push(`  due soon  ${label(i.action, i.step).padEnd(7)} ${i.due}  ${String(i.daysLeft).padStart(4)} days left  ${clip(what(i.action, i.step), 60)}`);
  }
  if (reminders.length === 0) lines.push("  Nothing is overdue or falls due.");
  ctx.out(`${lines.join("\n")}\n`);
  return 0;
}
