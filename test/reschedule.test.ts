import { fc, test } from "@fast-check/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import {
  dueDate,
  originalDue,
  overdueActions,
  planAsOf,
  rescheduleAction,
  updateAction,
  type Action,
  type ActionPlan,
  type ActionUpdate,
  type Reschedule,
} from "../src/index.js";
import { renderHtmlReport, renderMarkdownReport } from "../src/report/index.js";
import { validatePlan } from "../src/schema/index.js";
import { deepFreeze, loadPlan } from "./helpers.js";
import { calendarDate, plan as planArbitrary } from "./properties/arbitraries.js";

let kingston: ActionPlan;
beforeAll(() => {
  kingston = deepFreeze(loadPlan("kingston-2019.json"));
});

const find = (p: ActionPlan, id: string): Action => p.actions.find((a) => a.id === id)!;
const ids = (p: ActionPlan, asOf: string) => overdueActions(p, { asOf }).map((o) => o.action.id);

describe("rescheduleAction on the Kingston plan (activity 16, Feb 2019, in progress)", () => {
  // Overdue in the file as of 2019-06-30, counted from examples/kingston-2019.json: targets
  // before 30 June that are not complete or ongoing: 3 (April 2019), 16 and 16.1 (Feb 2019),
  // 17 (April 2019), 20.1 (Spring 2019, ends 31 May). Activity 1 (March 2019) is complete;
  // 8.2 (June 2019) is due on the day itself. 5 actions.
  // As of 2019-07-31 add 8.2 (due 30 June): 6. 1.1 and 21.5 (July 2019) fall due that day.
  const JUNE = ["3", "16", "16.1", "17", "20.1"];
  const JULY = ["3", "8.2", "16", "16.1", "17", "20.1"];
  let moved: ActionPlan;
  beforeAll(() => {
    moved = rescheduleAction(kingston, "16", { date: "2019-07-15", timescale: "December 2019", note: "Pilot extended to all councillors" });
  });

  it("counts the file's overdue actions by hand as the library does (the baseline)", () => {
    expect(ids(kingston, "2019-06-30").sort()).toEqual([...JUNE].sort());
    expect(ids(kingston, "2019-07-31").sort()).toEqual([...JULY].sort());
  });

  it("moves the target, records what it replaced, and keeps the first target", () => {
    const a = find(moved, "16");
    expect(a.timescale).toBe("December 2019");
    expect(dueDate(a)).toBe("2019-12-31");
    expect(a.updates).toEqual([
      { date: "2019-07-15", timescale: "December 2019", note: "Pilot extended to all councillors", previous: { timescale: "Feb 2019" } },
    ]);
    expect(originalDue(a)).toBe("2019-02-28");
    // An action never rescheduled: its original due date is its due date.
    expect(originalDue(find(moved, "17"))).toBe("2019-04-30");
  });

  it("gives, as of a date before the reschedule, the overdue actions of the original file", () => {
    expect(ids(planAsOf(moved, "2019-06-30"), "2019-06-30").sort()).toEqual([...JUNE].sort());
    expect(find(planAsOf(moved, "2019-06-30"), "16")).toEqual(find(kingston, "16"));
  });

  it("gives, after it, the original file's overdue actions less activity 16", () => {
    expect(ids(moved, "2019-07-31").sort()).toEqual(JULY.filter((id) => id !== "16").sort());
    expect(ids(planAsOf(moved, "2019-07-31"), "2019-07-31").sort()).toEqual(JULY.filter((id) => id !== "16").sort());
  });

  it("leaves the frozen input untouched, shares every other action, and stays a valid plan", () => {
    expect(find(kingston, "16").timescale).toBe("Feb 2019");
    moved.actions.forEach((a, i) => (a.id === "16" ? expect(a).not.toBe(kingston.actions[i]) : expect(a).toBe(kingston.actions[i])));
    const checked = validatePlan(moved, { asOf: "2019-07-31" });
    expect(checked.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(checked.plan).toEqual(moved);
  });

  it("changes owners, and undoes that too", () => {
    const handed = rescheduleAction(moved, "16", { date: "2019-09-01", owners: ["Ian Thomas"] });
    expect(find(handed, "16").owners).toEqual(["Ian Thomas"]);
    expect(find(handed, "16").updates?.at(-1)).toEqual({ date: "2019-09-01", owners: ["Ian Thomas"], previous: { owners: ["Stephen Evans"] } });
    expect(find(planAsOf(handed, "2019-08-31"), "16").owners).toEqual(["Stephen Evans"]);
    expect(find(planAsOf(handed, "2019-08-31"), "16").timescale).toBe("December 2019");
    expect(find(planAsOf(handed, "2019-07-14"), "16")).toEqual(find(kingston, "16"));
  });
});

describe("the reports keep a moved target's first value in sight", () => {
  // 16 (Feb 2019) moved to December 2019; 17 (April 2019) given a due date of 30 June 2019
  // with its text unchanged, so it is still overdue as of 31 July: by 31 days (1 to 31 July).
  let moved: ActionPlan;
  beforeAll(() => {
    moved = rescheduleAction(rescheduleAction(kingston, "16", { date: "2019-07-15", timescale: "December 2019" }), "17", {
      date: "2019-05-01",
      due: "2019-06-30",
    });
  });

  it("in Markdown: the action rows, and the overdue table", () => {
    const md = renderMarkdownReport(moved, { asOf: "2019-07-31" }).split("\n");
    expect(md).toContain(
      "| 16 | Pilot a new casework management system with councillors which will make it easier to log, manage and track casework. | Stephen Evans | December 2019<br>due 2019-12-31<br>was Feb 2019 | In progress | Green (derived) | Casework Management System launched and pilot underway |",
    );
    expect(md).toContain("| 17 | Review all teams below Corporate Heads of Service | All SLT | April 2019<br>was due 30 April 2019 | 2019-06-30 | 31 |");
    // Never moved: no "was".
    expect(md.filter((l) => l.startsWith("| 3 |")).every((l) => !l.includes("was"))).toBe(true);
  });

  it("in HTML, muted beside the target", () => {
    const html = renderHtmlReport(moved, { asOf: "2019-07-31" });
    expect(html).toContain('<td>December 2019<br><span class="muted date">due 2019-12-31</span><br><span class="muted">was Feb 2019</span></td>');
    expect(html).toContain('<td>April 2019<br><span class="muted">was due 30 April 2019</span></td><td><span class="date">2019-06-30</span></td>');
  });
});

describe("what the reports say a moved target was", () => {
  const base: ActionPlan = {
    schemaVersion: 1,
    recommendations: [{ id: "R1", title: "Improve scrutiny" }],
    actions: [
      { id: "1", recommendation: "R1", title: "Review scrutiny", timescale: "Ongoing", due: "2024-10-31", owners: ["Leader"] },
      { id: "2", recommendation: "R1", title: "Train members" },
      { id: "3", recommendation: "R1", title: "Refresh the plan", timescale: "March 2025", owners: ["Leader"] },
    ],
  };
  const was = (p: ActionPlan, id: string) =>
    renderMarkdownReport(p, { asOf: "2024-09-30" })
      .split("\n")
      .find((l) => l.startsWith(`| ${id} |`));

  it("names the first due date where one decided, 'had no target' where there was none, and nothing when only owners changed", () => {
    let p = rescheduleAction(base, "1", { date: "2024-09-01", timescale: "March 2025" });
    p = rescheduleAction(p, "2", { date: "2024-09-01", timescale: "June 2025" });
    p = rescheduleAction(p, "3", { date: "2024-09-01", owners: ["Chief Executive"] });
    // 1 had "Ongoing" with an explicit due of 31 October 2024, which decided: "was due".
    expect(was(p, "1")).toContain("March 2025<br>due 2025-03-31<br>was due 31 October 2024");
    // 2 had none.
    expect(was(p, "2")).toContain("June 2025<br>due 2025-06-30<br>had no target");
    // 3's target never moved: no "was".
    expect(was(p, "3")).not.toContain("was");
    expect(was(p, "3")).toContain("| Chief Executive |");
  });

  it("reads an update written by hand, with no record of what it replaced, from the updates before it", () => {
    const p: ActionPlan = {
      ...base,
      actions: [
        {
          id: "1",
          recommendation: "R1",
          title: "Review scrutiny",
          timescale: "June 2025",
          updates: [
            { date: "2024-06-30", timescale: "March 2025" },
            { date: "2024-09-01", timescale: "June 2025" },
          ],
        },
      ],
    };
    // As of the day of the first update, its timescale holds.
    expect(planAsOf(p, "2024-06-30").actions[0]?.timescale).toBe("March 2025");
    // Before it, nothing says what there was.
    expect(planAsOf(p, "2024-06-29").actions[0]).not.toHaveProperty("timescale");
  });
});

describe("rescheduleAction: what it records and what it refuses", () => {
  const base: ActionPlan = {
    schemaVersion: 1,
    recommendations: [{ id: "R1", title: "Improve scrutiny" }],
    actions: [{ id: "1", recommendation: "R1", title: "Review scrutiny", timescale: "Ongoing", due: "2024-10-31", status: "in-progress" }],
  };

  it("removes an explicit due date that a new timescale replaces, and puts it back as of before", () => {
    const moved = rescheduleAction(base, "1", { date: "2024-09-01", timescale: "March 2025" });
    const a = moved.actions[0]!;
    expect(a).not.toHaveProperty("due");
    // Without the removal the old due (31 October) would still decide when it is due.
    expect(dueDate(a)).toBe("2025-03-31");
    expect(a.updates?.[0]?.previous).toEqual({ timescale: "Ongoing", due: "2024-10-31" });
    expect(planAsOf(moved, "2024-08-31").actions[0]).toEqual(base.actions[0]);
    expect(originalDue(a)).toBe("2024-10-31");
  });

  it("keeps the timescale when only the due date moves", () => {
    const moved = rescheduleAction(base, "1", { date: "2024-09-01", due: "2024-12-31" });
    expect(moved.actions[0]).toMatchObject({ timescale: "Ongoing", due: "2024-12-31" });
    expect(moved.actions[0]!.updates?.[0]?.previous).toEqual({ due: "2024-10-31" });
  });

  it("records a first target given to an action that had none as replacing nothing", () => {
    const none: ActionPlan = { ...base, actions: [{ id: "1", recommendation: "R1", title: "Review scrutiny" }] };
    const moved = rescheduleAction(none, "1", { date: "2024-09-01", timescale: "March 2025" });
    expect(moved.actions[0]!.updates?.[0]).toEqual({ date: "2024-09-01", timescale: "March 2025", previous: {} });
    expect(planAsOf(moved, "2024-08-31").actions[0]).toEqual(none.actions[0]);
    expect(originalDue(moved.actions[0]!)).toBeUndefined();
  });

  it("refuses what it cannot record, naming the function that can", () => {
    expect(() => rescheduleAction(base, "1", { date: "2024-09-01" })).toThrow(/give a new timescale, due date or owners for action 1/);
    expect(() => rescheduleAction(base, "1", { date: "2024-09-01", timescale: "  " })).toThrow(/timescale must be text/);
    expect(() => rescheduleAction(base, "1", { date: "2024-09-01", due: "31/12/2024" })).toThrow(/due date "31\/12\/2024" is not YYYY-MM-DD/);
    expect(() => rescheduleAction(base, "1", { date: "2024-09-01", owners: ["A", " "] })).toThrow(/owners must be a list of names, none blank/);
    expect(() => rescheduleAction(base, "2", { date: "2024-09-01", due: "2024-12-31" })).toThrow(/rescheduleAction: the plan has no action "2" \(it has 1\)/);
    const status = { date: "2024-09-01", due: "2024-12-31", status: "complete" } as Reschedule;
    expect(() => rescheduleAction(base, "1", status)).toThrow(
      /rescheduleAction: it records date, timescale, due, owners, note, not "status", which would be lost; updateAction records it/,
    );
    const once = rescheduleAction(base, "1", { date: "2024-09-01", due: "2024-12-31" });
    expect(() => rescheduleAction(once, "1", { date: "2024-08-01", due: "2025-01-31" })).toThrow(/last updated on 2024-09-01/);
  });

  it("is matched by updateAction, which records a new target with a status in one update, and refuses a field it does not record", () => {
    const both = updateAction(base, "1", { date: "2024-09-01", status: "in-progress", due: "2024-12-31" });
    expect(both.actions[0]?.updates?.at(-1)).toMatchObject({ date: "2024-09-01", status: "in-progress", due: "2024-12-31" });
    const other = { date: "2024-09-01", comments: "x" } as ActionUpdate;
    expect(() => updateAction(base, "1", other)).toThrow(/not "comments", which would be lost$/);
    expect(() => rescheduleAction(base, "1", { date: "2024-09-01", timescale: "May 2025", status: "complete" } as Reschedule)).toThrow(
      /rescheduleAction: it records date, timescale, due, owners, note, not "status", which would be lost; updateAction records it/,
    );
    // A key holding undefined is no key.
    expect(() => updateAction(base, "1", { date: "2024-09-01", status: "complete", ...({ comments: undefined } as object) })).not.toThrow();
  });
});

// One step of a plan's history: an update or a reschedule of one action, a number of days on.
type Op =
  | { readonly kind: "update"; readonly at: number; readonly days: number; readonly change: Omit<ActionUpdate, "date"> }
  | { readonly kind: "reschedule"; readonly at: number; readonly days: number; readonly change: Omit<Reschedule, "date"> };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("update" as const),
    at: fc.nat(),
    days: fc.integer({ min: 0, max: 60 }),
    change: fc.record(
      {
        status: fc.constantFrom("not-started", "in-progress", "complete", "on-hold" as const),
        rag: fc.constantFrom("red", "amber", "green" as const),
        note: fc.string({ maxLength: 5 }),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    kind: fc.constant("reschedule" as const),
    at: fc.nat(),
    days: fc.integer({ min: 0, max: 60 }),
    change: fc
      .record(
        {
          timescale: fc.constantFrom("June 2024", "Q3 2024/25", "Ongoing", "Spring 2025"),
          due: calendarDate,
          owners: fc.array(fc.constantFrom("Chief Executive", "Leader", "S151 Officer"), { minLength: 1, maxLength: 2 }),
        },
        { requiredKeys: [] },
      )
      .filter((c) => Object.keys(c).length > 0),
  }),
);

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe("planAsOf after updates and reschedules", () => {
  test.prop([planArbitrary().filter((p) => p.actions.length > 0), fc.array(op, { maxLength: 8 }), fc.integer({ min: -5, max: 500 })])(
    "equals the plan built by applying only the changes dated on or before the date",
    (p, ops, offset) => {
      // Dates never go backwards (both functions refuse that), from 1 January 2024.
      let date = "2024-01-01";
      const dated = ops.map((o) => {
        date = addDays(date, o.days);
        return { ...o, date, id: p.actions[o.at % p.actions.length]!.id };
      });
      const apply = (plan: ActionPlan, list: typeof dated) =>
        list.reduce(
          (acc, o) =>
            o.kind === "update" ? updateAction(acc, o.id, { ...o.change, date: o.date }) : rescheduleAction(acc, o.id, { ...o.change, date: o.date }),
          plan,
        );
      const all = apply(p, dated);
      const d = addDays("2024-01-01", offset);
      expect(planAsOf(all, d)).toEqual(
        apply(
          p,
          dated.filter((o) => o.date <= d),
        ),
      );
    },
  );
});
