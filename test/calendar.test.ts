import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { planToICalendar } from "../src/calendar/index.js";
import { rescheduleAction, updateAction, type ActionPlan } from "../src/index.js";
import { deepFreeze, loadPlan, runCpc, examplePath } from "./helpers.js";

let kingston: ActionPlan;
let westNorfolk: ActionPlan;
beforeAll(() => {
  kingston = deepFreeze(loadPlan("kingston-2019.json"));
  westNorfolk = deepFreeze(loadPlan("west-norfolk-2024.json"));
});

const stamp = "2019-06-30T09:00:00Z";

/** The events as ical.js (Mozilla's parser, not ours) reads them. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((c) => {
    const start = c.getFirstPropertyValue("dtstart") as ICAL.Time;
    const end = c.getFirstPropertyValue("dtend") as ICAL.Time;
    return {
      uid: c.getFirstPropertyValue("uid") as string,
      start: start.toString(),
      allDay: start.isDate,
      end: end.toString(),
      summary: c.getFirstPropertyValue("summary") as string,
      description: c.getFirstPropertyValue("description") as string,
      sequence: Number(c.getFirstPropertyValue("sequence")),
      status: c.getFirstPropertyValue("status") as string | null,
    };
  });
}

describe("planToICalendar, read back by ical.js", () => {
  it("has one all-day event per dated action of the Kingston plan, ending the next day", () => {
    const list = events(planToICalendar(kingston, { stamp }));
    // Counted from examples/kingston-2019.json: 32 of the 54 actions have a dated target (22
    // are "Ongoing", "Annual" or blank; 20 and 21.5 get theirs back from the status column).
    expect(list).toHaveLength(32);
    expect(new Set(list.map((e) => e.uid)).size).toBe(32);
    expect(list.every((e) => e.allDay)).toBe(true);
    const sixteen = list.find((e) => e.summary.startsWith("16: "))!;
    expect(sixteen).toMatchObject({
      start: "2019-02-28",
      end: "2019-03-01",
      summary: "16: Pilot a new casework management system with councillors which will make it easier to log, manage and track casework.",
      sequence: 0,
      status: null,
    });
    expect(sixteen.description).toBe(
      `Owner: Stephen Evans\nStatus: In progress\nTarget: Feb 2019\nRecommendation R16: ${kingston.recommendations.find((r) => r.id === "R16")!.title}`,
    );
    // Activity 1 is complete: its event says so.
    expect(list.find((e) => e.summary.startsWith("Done: 1: "))?.start).toBe("2019-03-31");
  });

  it("keeps each event's UID when the plan moves on, so re-importing moves the event (a reschedule, a cancellation)", () => {
    const before = events(planToICalendar(kingston, { stamp }));
    let later = rescheduleAction(kingston, "16", { date: "2019-07-15", timescale: "December 2019" });
    later = updateAction(later, "17", { date: "2019-07-15", status: "cancelled" });
    const after = events(planToICalendar(later, { stamp: "2019-07-16T09:00:00Z" }));
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    const moved = after.find((e) => e.summary.startsWith("16: "))!;
    expect(moved).toMatchObject({ uid: before.find((e) => e.summary.startsWith("16: "))!.uid, start: "2019-12-31", sequence: 1 });
    expect(moved.description).toContain("Target: December 2019 (was Feb 2019)");
    expect(after.find((e) => e.summary.startsWith("17: "))).toMatchObject({ status: "CANCELLED", sequence: 1 });
  });

  it("gives steps with their own targets events of their own (West Norfolk 2.1: Spring, Spring, December 2024)", () => {
    const list = events(planToICalendar(westNorfolk, { stamp }));
    const steps = list.filter((e) => /^2\.1[abc]: /.test(e.summary));
    expect(steps.map((e) => [e.summary.slice(0, 5), e.start])).toEqual([
      ["2.1a:", "2024-05-31"],
      ["2.1b:", "2024-05-31"],
      ["2.1c:", "2024-12-31"],
    ]);
    expect(steps[0]!.uid).toMatch(/^[0-9a-f]{8}-2\.1\.a@peer-challenge$/);
  });

  it("escapes and folds text so that any wording comes back exactly, and no line is over 75 octets", () => {
    const title = 'Review "scrutiny"; co-opt members, then report\\publish\nSecond line – café, naïve, 🚀 '.repeat(4);
    const plan: ActionPlan = {
      schemaVersion: 1,
      council: { name: "Testshire; District, Council" },
      recommendations: [{ id: "R1", title: "Strengthen governance" }],
      actions: [{ id: "1", recommendation: "R1", title, owners: ["Chief Executive, Leader"], timescale: "March 2025" }],
    };
    const ics = planToICalendar(plan, { stamp });
    expect(events(ics)[0]!.summary).toBe(`1: ${title}`);
    // As RFC 5545 writes TEXT (3.3.11): \\ \; \, and \n (a parser may forgive a bare comma; the standard does not).
    const unfolded = ics.replaceAll("\r\n ", "");
    expect(unfolded).toContain('SUMMARY:1: Review "scrutiny"\\; co-opt members\\, then report\\\\publish\\nSecond line – café\\, naïve\\, 🚀 Review');
    expect(unfolded).toContain("X-WR-CALNAME:Testshire\\; District\\, Council: CPC action plan\r\n");
    expect(events(ics)[0]!.description).toContain("Owner: Chief Executive, Leader");
    const lines = ics.split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // A line continues with one space: unfolded, the text is whole, no character split.
    expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(ics))).toBe(ics);
  });

  it("shows a control character, which iCalendar cannot carry, as U+FFFD rather than dropping it", () => {
    const plan: ActionPlan = {
      schemaVersion: 1,
      recommendations: [{ id: "R1", title: "r" }],
      actions: [{ id: "1", recommendation: "R1", title: "Bell\u0007here", timescale: "March 2025" }],
    };
    expect(events(planToICalendar(plan, { stamp }))[0]!.summary).toBe("1: Bell\uFFFDhere");
  });

  it("refuses a stamp that is not a date-time", () => {
    expect(() => planToICalendar(kingston, { stamp: "yesterday" })).toThrow('planToICalendar: stamp must be an ISO date-time, not "yesterday"');
  });
});

describe("cpc calendar", () => {
  it("writes the calendar as it is (CRLF lines, for a program), the same as the library", async () => {
    const r = await runCpc(["calendar", examplePath("kingston-2019.json")]);
    expect(r.code).toBe(0);
    // Same events as the library's, whatever the stamp.
    const strip = (ics: string) => ics.replace(/^DTSTAMP:.*$/gm, "");
    expect(strip(r.out)).toBe(strip(planToICalendar(kingston)));
    expect(r.out.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  });
});
