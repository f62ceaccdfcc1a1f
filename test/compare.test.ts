// comparePlans case by case, each figure worked out by hand: the dates each snapshot is
// read as of, the RAG scheme both are read in, and what counts as added, completed,
// slipped, newly overdue and changed.
import { describe, expect, it } from "vitest";
import { slipText } from "../src/progress/compare.js";
import { comparePlans, todayInLondon, type Action, type ActionPlan } from "../src/index.js";

const plan = (actions: Action[], extra: Partial<ActionPlan> = {}): ActionPlan => ({
  schemaVersion: 1,
  council: { name: "Test" },
  peerChallenge: { start: "2024-01" },
  recommendations: [{ id: "R1", title: "r" }],
  actions,
  ...extra,
});
const act = (id: string, fields: Partial<Action> = {}): Action => ({ id, recommendation: "R1", title: `action ${id}`, ...fields });

describe("the date each snapshot is read as of", () => {
  it("is its latest dated update, whatever the order of actions and updates", () => {
    const snapshot = plan([
      act("1", {
        updates: [
          { date: "2024-05-01", note: "a" },
          { date: "2024-03-01", note: "b" },
        ],
      }),
      act("2", { updates: [{ date: "2024-06-10", note: "c" }] }),
      act("3"),
    ]);
    expect(comparePlans(snapshot, snapshot)).toMatchObject({ asOf: "2024-06-10", since: "2024-06-10" });
  });

  it("passes over an update whose date is not a date", () => {
    const snapshot = plan([
      act("1", {
        updates: [
          { date: "2024-05-01", note: "a" },
          { date: "June", note: "b" },
        ],
      }),
    ]);
    expect(comparePlans(snapshot, snapshot).asOf).toBe("2024-05-01");
  });

  it("is the publication date without updates: a day as it is, a month at its last day", () => {
    expect(comparePlans(plan([act("1")], { publishedOn: "2024-02-14" }), plan([act("1")], { publishedOn: "2024-02-14" })).asOf).toBe("2024-02-14");
    // February 2024 had 29 days.
    expect(comparePlans(plan([act("1")]), plan([act("1")], { publishedOn: "2024-02" })).asOf).toBe("2024-02-29");
    // The earlier snapshot's own date, not the later one's.
    expect(comparePlans(plan([act("1")], { publishedOn: "2023-11" }), plan([act("1")], { publishedOn: "2024-02" })).since).toBe("2023-11-30");
  });

  it("is today in London for a snapshot with neither, and `since` follows `asOf`", () => {
    const today = todayInLondon();
    expect(comparePlans([act("1")], [act("1")])).toMatchObject({ asOf: today, since: today });
    expect(comparePlans([act("1")], [act("1")], { asOf: "2024-06-30" })).toMatchObject({ asOf: "2024-06-30", since: "2024-06-30" });
  });
});

describe("what moved", () => {
  const asOf = "2024-06-30";
  const since = "2024-03-31";

  it("lists added and removed actions in their snapshot's order, and an added one that is overdue", () => {
    const before = plan([act("1"), act("2"), act("3")]);
    // 4 is new and was due in April: overdue by 31 + 30 = 61 days on 30 June.
    const after = plan([act("5", { timescale: "December 2024" }), act("2"), act("4", { timescale: "April 2024" })]);
    const c = comparePlans(before, after, { asOf, since });
    expect(c.added.map((a) => a.id)).toEqual(["5", "4"]);
    expect(c.removed.map((a) => a.id)).toEqual(["1", "3"]);
    expect(c.newlyOverdue.map((a) => a.id)).toEqual(["4"]);
    expect(c.overdueDetails).toEqual([{ id: "4", due: "2024-04-30", daysOverdue: 61 }]);
  });

  it("lists as newly overdue only what was not overdue then", () => {
    // 1 was due in February: overdue on both dates. 2 was due in May: overdue only now,
    // by 30 days on 30 June. 3 is complete.
    const both = [act("1", { timescale: "February 2024" }), act("2", { timescale: "May 2024" }), act("3", { timescale: "January 2024", status: "complete" })];
    const c = comparePlans(plan(both), plan(both), { asOf, since });
    expect(c.newlyOverdue.map((a) => a.id)).toEqual(["2"]);
    expect(c.overdueDetails).toEqual([{ id: "2", due: "2024-05-31", daysOverdue: 30 }]);
  });

  it("lists as completed what is complete now and was not then", () => {
    const before = plan([act("1", { status: "in-progress" }), act("2", { status: "complete" }), act("3")]);
    const after = plan([act("1", { status: "complete" }), act("2", { status: "complete" }), act("3", { status: "ongoing" })]);
    expect(comparePlans(before, after, { asOf, since }).completed.map((a) => a.id)).toEqual(["1"]);
  });

  it("calls a worse RAG or a later target a slip, and says which", () => {
    const before = plan([
      act("1", { rag: "green", timescale: "June 2024" }),
      act("2", { rag: "amber", timescale: "June 2024" }),
      act("3", { rag: "amber", timescale: "June 2024" }),
      act("4", { rag: "green" }),
      act("5", { rag: "green", timescale: "June 2024" }),
    ]);
    const after = plan([
      // Worse RAG only.
      act("1", { rag: "red", timescale: "June 2024" }),
      // Later target only, and a better RAG: a slip by its date.
      act("2", { rag: "green", timescale: "September 2024" }),
      // Both.
      act("3", { rag: "red", timescale: "December 2024" }),
      // A target where there was none: not a slip (nothing moved later).
      act("4", { rag: "green", timescale: "March 2025" }),
      // An earlier target, the same RAG: not a slip.
      act("5", { rag: "green", timescale: "May 2024" }),
    ]);
    const c = comparePlans(before, after, { asOf: "2024-05-01", since: "2024-03-31" });
    expect(c.slipped.map((a) => a.id)).toEqual(["1", "2", "3"]);
    expect(c.slips).toEqual([
      { id: "1", rag: ["green", "red"] },
      { id: "2", due: ["2024-06-30", "2024-09-30"] },
      { id: "3", rag: ["amber", "red"], due: ["2024-06-30", "2024-12-31"] },
    ]);
    expect(c.slips.map(slipText)).toEqual(["RAG green to red", "target 2024-06-30 to 2024-09-30", "RAG amber to red, target 2024-06-30 to 2024-12-31"]);
  });

  it("is not a slip when a target goes away", () => {
    const c = comparePlans(plan([act("1", { timescale: "June 2024" })]), plan([act("1", { timescale: "Ongoing" })]), {
      asOf: "2024-05-01",
      since: "2024-03-31",
    });
    expect(c.slipped).toEqual([]);
  });

  it("reads both snapshots in one RAG scheme, so a complete action does not slip from blue to green", () => {
    // Before reports blue (BRAG); after reports nothing and derives its rating: read alone,
    // after would be in the RAG scheme and derive green, ranked worse than blue.
    const before = plan([act("1", { status: "complete", rag: "blue" })]);
    const after = plan([act("1", { status: "complete" })]);
    expect(comparePlans(before, after, { asOf, since }).slipped).toEqual([]);
    // The same when the blue is in the later snapshot only.
    expect(comparePlans(after, before, { asOf, since }).slipped).toEqual([]);
    // Or when the plan says its scheme.
    expect(comparePlans(plan([act("1", { status: "complete" })], { ragScheme: "brag" }), after, { asOf, since }).slipped).toEqual([]);
    expect(comparePlans(after, plan([act("1", { status: "complete" })], { ragScheme: "brag" }), { asOf, since }).slipped).toEqual([]);
    // A scheme given wins: in RAG, blue counts as green, and green to amber is a slip.
    const worse = comparePlans(plan([act("1", { rag: "blue", status: "complete" })]), plan([act("1", { rag: "amber", status: "in-progress" })]), {
      asOf,
      since,
      scheme: "rag",
    });
    expect(worse.slips).toEqual([{ id: "1", rag: ["green", "amber"] }]);
  });

  it("lists every action whose content changed, however deep, and no other", () => {
    const same = act("1", { steps: [{ id: "a", text: "s" }], owners: ["A"] });
    const before = plan([same, act("2", { owners: ["A"] }), act("3", { steps: [{ id: "a", text: "s" }] }), act("4", { comments: "x" }), act("5")]);
    const after = plan([
      structuredClone(same), // equal, but not the same object
      act("2", { owners: ["A", "B"] }), // a list grew
      act("3", { steps: [{ id: "a", text: "t" }] }), // a step's text changed
      act("4"), // a field went
      act("5", { owners: [] }), // a field came, empty
    ]);
    expect(comparePlans(before, after, { asOf, since }).changed.map((c) => c.id)).toEqual(["2", "3", "4", "5"]);
  });

  it("shows each slip in the one scheme, inferred from a blue in either snapshot", () => {
    // 1 is complete before (no rating: derived) and red after. Neither snapshot reports
    // blue: the scheme is RAG and complete derives green.
    const before = plan([act("1", { status: "complete" }), act("2", { status: "in-progress" })]);
    const after = plan([act("1", { status: "in-progress", rag: "red" }), act("2", { status: "in-progress" })]);
    expect(comparePlans(before, after, { asOf, since }).slips).toEqual([{ id: "1", rag: ["green", "red"] }]);
    // A blue reported in the later snapshot (action 2) makes both BRAG: complete derives blue.
    const blueAfter = plan([act("1", { status: "in-progress", rag: "red" }), act("2", { status: "complete", rag: "blue" })]);
    expect(comparePlans(before, blueAfter, { asOf, since }).slips).toEqual([{ id: "1", rag: ["blue", "red"] }]);
    // And one in the earlier snapshot only (2 is complete in both; after, its rating is derived).
    const blueBefore = plan([act("1", { status: "complete" }), act("2", { status: "complete", rag: "blue" })]);
    const derivedAfter = plan([act("1", { status: "in-progress", rag: "red" }), act("2", { status: "complete" })]);
    expect(comparePlans(blueBefore, derivedAfter, { asOf, since }).slips).toEqual([{ id: "1", rag: ["blue", "red"] }]);
  });

  it("tells a text from an object with the same characters as keys, either way round", () => {
    // Object.keys("ab") is ["0", "1"], as for { 0: "a", 1: "b" }: not the same value.
    const text = plan([act("1", { extra: "ab" } as Partial<Action>), act("2", { extra: { 0: "a", 1: "b" } } as Partial<Action>)]);
    const object = plan([act("1", { extra: { 0: "a", 1: "b" } } as Partial<Action>), act("2", { extra: "ab" } as Partial<Action>)]);
    expect(comparePlans(text, object, { asOf, since }).changed.map((c) => c.id)).toEqual(["1", "2"]);
    // An object then null, and null then an object.
    const withObject = plan([act("1", { extra: {} } as Partial<Action>), act("2", { extra: null } as Partial<Action>)]);
    const withNull = plan([act("1", { extra: null } as Partial<Action>), act("2", { extra: {} } as Partial<Action>)]);
    expect(comparePlans(withObject, withNull, { asOf, since }).changed.map((c) => c.id)).toEqual(["1", "2"]);
  });

  it("tells a list from an object with the same keys, and a value from null", () => {
    const before = plan([
      act("1", { extra: ["a"] } as Partial<Action>),
      act("2", { extra: null } as Partial<Action>),
      act("3", { extra: "x" } as Partial<Action>),
    ]);
    const after = plan([
      act("1", { extra: { 0: "a" } } as Partial<Action>),
      act("2", { extra: {} } as Partial<Action>),
      act("3", { extra: "x" } as Partial<Action>),
    ]);
    expect(comparePlans(before, after, { asOf, since }).changed.map((c) => c.id)).toEqual(["1", "2"]);
  });

  it("matches by id, the first of an id given twice in the earlier snapshot", () => {
    const before = plan([act("1", { status: "complete" }), act("1", { status: "not-started" })]);
    const after = plan([act("1", { status: "complete" })]);
    const c = comparePlans(before, after, { asOf, since });
    expect(c.completed).toEqual([]);
    expect(c.changed).toEqual([]);
  });
});
