import { beforeAll, describe, expect, it } from "vitest";
import { dueSoon, remindersByOwner, type ActionPlan } from "../src/index.js";
import { deepFreeze, loadPlan } from "./helpers.js";

let kingston: ActionPlan;
let westNorfolk: ActionPlan;
beforeAll(() => {
  kingston = deepFreeze(loadPlan("kingston-2019.json"));
  westNorfolk = deepFreeze(loadPlan("west-norfolk-2024.json"));
});

const items = (p: ActionPlan, asOf: string, withinDays?: number) =>
  dueSoon(p, { asOf, ...(withinDays !== undefined ? { withinDays } : {}) }).map((d) => [`${d.action.id}${d.step ? d.step.id : ""}`, d.due, d.daysLeft]);

describe("dueSoon", () => {
  it("lists what falls due within the window, soonest first (Kingston, counted from the file)", () => {
    // 15 June to 15 July 2019: only 8.2 (June 2019, in progress) falls due, in 15 days.
    expect(items(kingston, "2019-06-15")).toEqual([["8.2", "2019-06-30", 15]]);
    // To 14 August: also 1.1 and 21.5 (July 2019), 46 days; ties in plan order.
    expect(items(kingston, "2019-06-15", 60)).toEqual([
      ["8.2", "2019-06-30", 15],
      ["1.1", "2019-07-31", 46],
      ["21.5", "2019-07-31", 46],
    ]);
  });

  it("includes both ends of the window: due today is 0 days left", () => {
    expect(items(kingston, "2019-06-30", 0)).toEqual([["8.2", "2019-06-30", 0]]);
    // Due on the window's last day: 8.2 from 31 May with 30 days.
    expect(items(kingston, "2019-05-31", 30).map((i) => i[0])).toEqual(["20.1", "8.2"]);
  });

  it("leaves out work that is done, and a target 'X and ongoing' once it is under way", () => {
    // 1 November to 1 December 2019: 5.1 "Nov 2019 and ongoing" is in progress, so under way
    // (not due); 18.1 "Autumn 19" (30 November), in progress, is due in 29 days.
    expect(items(kingston, "2019-11-01")).toEqual([["18.1", "2019-11-30", 29]]);
    // Activity 1 (March 2019) is complete: nothing is due in March.
    expect(items(kingston, "2019-03-01")).toEqual([]);
  });

  it("lists steps by their own targets, after their action on a tie (West Norfolk)", () => {
    // 15 May to 14 June 2024: 1.5 (May 2024); steps 2.1a and 2.1b (Spring 2024) and 2.4b
    // (Spring 2024); 2.2's milestones ("February 2024 April 2024 May 2024 Ongoing") end in
    // May too. All 31 May: 16 days.
    expect(items(westNorfolk, "2024-05-15")).toEqual([
      ["1.5", "2024-05-31", 16],
      ["2.1a", "2024-05-31", 16],
      ["2.1b", "2024-05-31", 16],
      ["2.2", "2024-05-31", 16],
      ["2.4b", "2024-05-31", 16],
    ]);
  });

  it("refuses a window that is not one", () => {
    expect(() => dueSoon(kingston, { asOf: "2019-06-30", withinDays: -1 })).toThrow("dueSoon: withinDays must be a whole number from 0 to 3660, not -1");
  });
});

describe("dueSoon and steps", () => {
  it("reads a step's own status and its own 'X and ongoing', as the overdue rule does", () => {
    const p: ActionPlan = {
      schemaVersion: 1,
      recommendations: [{ id: "R1", title: "Engage residents" }],
      actions: [
        {
          id: "1",
          recommendation: "R1",
          title: "Engagement strategy",
          status: "in-progress",
          timescale: "December 2024",
          steps: [
            // Under way (the action's status) with "and ongoing": not due.
            { id: "a", text: "Working group", timescale: "July 2024 and ongoing" },
            // Its own status, not started: "and ongoing" is due until it starts.
            { id: "b", text: "Survey", timescale: "July 2024 and ongoing", status: "not-started" },
            // Its own status, complete: not due.
            { id: "c", text: "Charter", timescale: "July 2024", status: "complete" },
            // An explicit due date overrides the timescale's "and ongoing".
            { id: "d", text: "Launch", timescale: "July 2024 and ongoing", due: "2024-07-20" },
          ],
        },
      ],
    };
    // As of 1 July 2024, 30 days to 31 July: b (31 July, 30 days), d (20 July, 19 days).
    expect(dueSoon(p, { asOf: "2024-07-01" }).map((d) => [d.step?.id, d.daysLeft])).toEqual([
      ["d", 19],
      ["b", 30],
    ]);
  });
});

describe("remindersByOwner", () => {
  it("gives each owner their overdue and due-soon work with days, owners in plan order (Kingston, 30 June 2019)", () => {
    // Overdue (from the file): 16 and 16.1 (Feb 2019, 122 days: 31+30+31+30), 3 and 17 (April,
    // 61 days), 20.1 (Spring, ends 31 May: 30 days). Due within 30 days: 8.2 (today, 0).
    // Owners: 3 is Sarah Ireland's and Stephen Evans's; 8.2, 16, 16.1 Stephen Evans's; 17 All
    // SLT's; 20.1 Sarah Ireland's. Stephen Evans is first in the plan, then Sarah Ireland
    // (fourth), then All SLT (eighth); owners with nothing are left out.
    const r = remindersByOwner(kingston, { asOf: "2019-06-30" });
    expect(r.map((o) => [o.owner, o.overdue.map((i) => [i.action.id, i.daysOverdue]), o.dueSoon.map((i) => [i.action.id, i.daysLeft])])).toEqual([
      [
        "Stephen Evans",
        [
          ["16", 122],
          ["16.1", 122],
          ["3", 61],
        ],
        [["8.2", 0]],
      ],
      [
        "Sarah Ireland",
        [
          ["3", 61],
          ["20.1", 30],
        ],
        [],
      ],
      ["All SLT", [["17", 61]], []],
    ]);
  });

  it("puts overdue steps in their action's owners' lists, and work with no owner under No owner", () => {
    const p: ActionPlan = {
      schemaVersion: 1,
      recommendations: [{ id: "R1", title: "Engage residents" }],
      actions: [
        {
          id: "1",
          recommendation: "R1",
          title: "Engagement strategy",
          owners: [" Chief Executive ", "Chief Executive"],
          steps: [{ id: "a", text: "Working group", timescale: "March 2024" }],
          timescale: "October 2024",
        },
        { id: "2", recommendation: "R1", title: "Residents' survey", timescale: "July 2024" },
      ],
    };
    // As of 1 July 2024: step 1a (March: 31 March to 1 July is 30 + 31 + 30 + 1 = 92 days) is
    // overdue; action 2 (July: 31 July) is due in 30 days. The owner given twice is one.
    const r = remindersByOwner(p, { asOf: "2024-07-01" });
    expect(
      r.map((o) => [o.owner, o.title, o.overdue.map((i) => [i.action.id, i.step?.id, i.daysOverdue]), o.dueSoon.map((i) => [i.action.id, i.daysLeft])]),
    ).toEqual([
      ["Chief Executive", "Chief Executive", [["1", "a", 92]], []],
      ["", "No owner", [], [["2", 30]]],
    ]);
  });
});
