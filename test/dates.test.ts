import { describe, expect, it } from "vitest";
import { z } from "zod";
import { londonToday } from "../src/cli/today.js";
import { cpcCalendar, isCalendarDate, overdueActions, parseTimescale, todayInLondon, type ActionPlan } from "../src/index.js";
import { DATE } from "../src/schema/patterns.js";

// These run under several time zones in CI (TZ=Pacific/Kiritimati, UTC+14, and
// TZ=America/Los_Angeles): nothing here may depend on the machine's zone.
describe("dates never depend on the machine's time zone", () => {
  it("reads today in Europe/London across the UK clock changes", () => {
    // Clocks went forward at 01:00 GMT on 31 March 2024, back at 01:00 GMT on 27 October 2024.
    expect(todayInLondon(new Date("2024-03-30T23:59:00Z"))).toBe("2024-03-30");
    expect(todayInLondon(new Date("2024-03-31T00:30:00Z"))).toBe("2024-03-31");
    expect(todayInLondon(new Date("2024-06-30T23:30:00Z"))).toBe("2024-07-01"); // 00:30 BST
    expect(todayInLondon(new Date("2024-10-26T23:30:00Z"))).toBe("2024-10-27"); // 00:30 BST
    expect(todayInLondon(new Date("2024-12-31T23:59:59Z"))).toBe("2024-12-31"); // GMT
  });

  it("reads the same London date in cpc, without Intl, and puts the process's zone back", () => {
    const zone = process.env["TZ"];
    // The same instants as above, and every half hour across both clock changes of 2024.
    const instants = ["2024-03-30T23:59:00Z", "2024-03-31T00:30:00Z", "2024-06-30T23:30:00Z", "2024-10-26T23:30:00Z", "2024-12-31T23:59:59Z"].map(
      (t) => new Date(t),
    );
    for (const start of [Date.UTC(2024, 2, 30, 12), Date.UTC(2024, 9, 26, 12)]) for (let h = 0; h < 48; h++) instants.push(new Date(start + h * 1_800_000));
    for (const t of instants) expect([t.toISOString(), londonToday(t)]).toEqual([t.toISOString(), todayInLondon(t)]);
    expect(londonToday(new Date("2024-06-30T23:30:00Z"))).toBe("2024-07-01");
    expect(process.env["TZ"]).toBe(zone);
  });

  const plan = (timescale: string): ActionPlan => ({
    schemaVersion: 1,
    council: { name: "x" },
    peerChallenge: { start: "2024-01" },
    recommendations: [{ id: "R1", title: "r" }],
    actions: [{ id: "1", recommendation: "R1", title: "a", timescale }],
  });
  const days = (timescale: string, asOf: string) => overdueActions(plan(timescale), { asOf })[0]?.daysOverdue;

  it("counts whole days across the clock changes", () => {
    expect(days("29/03/2024", "2024-04-01")).toBe(3); // over the spring-forward night
    expect(days("26/10/2024", "2024-10-28")).toBe(2); // over the fall-back night
  });

  it("checks a date with the same pattern as zod's z.iso.date()", () => {
    expect(DATE.source).toBe(z.regexes.date.source);
    expect(DATE.flags).toBe(z.regexes.date.flags);
  });

  it("handles 29 February and 31 December", () => {
    expect(days("February 2024", "2024-03-01")).toBe(1); // due 29 February
    expect(days("February 2023", "2023-03-01")).toBe(1); // due 28 February
    expect(days("2024", "2025-01-01")).toBe(1); // due 31 December
    expect(days("31/12/2024", "2024-12-31")).toBeUndefined(); // due today: not yet late
    expect(parseTimescale("Winter 2023")).toMatchObject({ due: "2024-02-29" });
    expect(cpcCalendar("2024-02-29")).toMatchObject({ actionPlanDue: "2024-05-29", nextCpcDue: "2029-02-28" });
    expect(cpcCalendar("2023-12-31")).toMatchObject({ actionPlanDue: "2024-03-31", actionPlanLatest: "2024-05-31" });
    expect(isCalendarDate("2100-02-29")).toBe(false);
  });
});
