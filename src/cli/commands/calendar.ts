/** `cpc calendar <file>`: the plan's deadlines as an iCalendar file. */
import { planToICalendar } from "../../calendar/index.js";
import { choose, loadOne, type Context } from "../context.js";

/** One all-day event per due date, written as it is (it is for a program, not a terminal). */
export async function calendarCommand(ctx: Context): Promise<number> {
  const quarters = ctx.values.quarters === undefined ? undefined : choose("quarters", ctx.values.quarters, ["calendar", "financial"] as const, "calendar");
  const { plan } = await loadOne(ctx);
  ctx.out(planToICalendar(plan, quarters ? { quarters } : {}));
  return 0;
}
