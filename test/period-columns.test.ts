import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";

// Trackers with a column per period ("Q1 RAG", "Q1 update", "RAG - June 2024"): the
// latest filled period (by date) is each action's current position and the earlier ones its
// updates, dated by the heading; where the table has its own Status/RAG/comment column,
// that is current and every period is history. The expected plans are derived below, row
// by row, from those rules.
const actions = (text: string) => (readPlanCsv(text).plan as { actions: unknown[] }).actions;
const codes = (text: string) => readPlanCsv(text).issues.map((i) => i.code);

describe("period columns", () => {
  it("reads a tracker with the newest month first: the latest filled month is current, wherever its column", () => {
    // Columns December, September, June 2024, newest on the left. Row 1: December is blank,
    // so September (30 Sep) is current, green; June an update, red. Read by position (the
    // right-most filled, June) it would be red: the wrong current rating.
    const newestFirst = `Recommendation,Action,RAG - December 2024,RAG - September 2024,RAG - June 2024
R1 Improve scrutiny,Review scrutiny,,Green,Red
`;
    expect(actions(newestFirst)).toEqual([
      { id: "1.1", recommendation: "R1", title: "Review scrutiny", rag: "green", updates: [{ date: "2024-06-30", rag: "red" }] },
    ]);
  });

  const quarters = `Published,2024-04
Recommendation,Action,Owner,Q1 RAG,Q1 update,Q2 RAG,Q2 update,Q3 Status
R1 Improve scrutiny,Review scrutiny,Chief Executive,Amber,Started,Green,Halfway,
R1 Improve scrutiny,Train members,Leader,Red,,,,In progress
R1 Improve scrutiny,Refresh plan,Leader,,,,,
`;

  it("takes the latest filled period as current and the earlier ones as dated updates", () => {
    // Quarters with no year, read against the plan's publication (April 2024) as financial
    // quarters: Q1 ends 30 June 2024, Q2 30 September, Q3 31 December.
    // Row 1: Q2 is the last filled: RAG green, comment "Halfway"; Q1 an update (amber, "Started").
    // Row 2: Q3 is the last filled: status in progress (Q3 has no RAG column, so no RAG);
    //        Q1 an update (red). Row 3: nothing filled: nothing set, no updates.
    expect(actions(quarters)).toEqual([
      {
        id: "1.1",
        recommendation: "R1",
        title: "Review scrutiny",
        owners: ["Chief Executive"],
        rag: "green",
        comments: "Halfway",
        updates: [{ date: "2024-06-30", rag: "amber", note: "Started" }],
      },
      { id: "1.2", recommendation: "R1", title: "Train members", owners: ["Leader"], status: "in-progress", updates: [{ date: "2024-06-30", rag: "red" }] },
      { id: "1.3", recommendation: "R1", title: "Refresh plan", owners: ["Leader"] },
    ]);
    expect(readPlanCsv(quarters).issues[0]?.message).toBe(
      'The columns "Q1", "Q2", "Q3" are read as one column per period: the latest filled is each action\'s current position, and the earlier ones are its updates, dated 2024-06-30, 2024-09-30, 2024-12-31 (quarters with no year are read as financial quarters, from the plan\'s own dates).',
    );
  });

  it("keeps the table's own RAG as current, and every period as history, when both say", () => {
    const own = `Recommendation,Action,Status,RAG,RAG - June 2024,RAG - September 2024
R1 Improve scrutiny,Review scrutiny,Complete,,Amber,Green
R1 Improve scrutiny,Train members,In progress,Red,Amber,Green
`;
    // Row 1: its own RAG is empty, so September's green is current; June an update.
    // Row 2: its own RAG (red) is current; June and September are both updates.
    expect(actions(own)).toEqual([
      { id: "1.1", recommendation: "R1", title: "Review scrutiny", status: "complete", rag: "green", updates: [{ date: "2024-06-30", rag: "amber" }] },
      {
        id: "1.2",
        recommendation: "R1",
        title: "Train members",
        status: "in-progress",
        rag: "red",
        updates: [
          { date: "2024-06-30", rag: "amber" },
          { date: "2024-09-30", rag: "green" },
        ],
      },
    ]);
  });

  it("keeps a period it cannot date as a field, and says so; one period alone is the current position", () => {
    const phases = `Recommendation,Action,Phase 1 RAG,Phase 2 RAG,Q1 2025 RAG
R1 Improve scrutiny,Review scrutiny,Amber,Green,Red
`;
    // "Phase 1" and "Phase 2" have a number but no date: kept as they are, each reported.
    // "Q1 2025" (31 March 2025) is the one dated period: current, RAG red.
    expect(actions(phases)).toEqual([
      { id: "1.1", recommendation: "R1", title: "Review scrutiny", rag: "red", "Phase 1 RAG": "Amber", "Phase 2 RAG": "Green" },
    ]);
    expect(codes(phases)).toEqual(["period-columns", "period-columns", "period-columns", "generated-id"]);
    const one = `Recommendation,Action,Q1 RAG
R1 Improve scrutiny,Review scrutiny,Amber
`;
    // "Q1" alone, with no date: no history, so its RAG is the action's RAG, amber (before, it was
    // only kept as a field, and the action counted as having no rating), and the column is kept,
    // as every undated period's is; the reading is said.
    expect(actions(one)).toEqual([{ id: "1.1", recommendation: "R1", title: "Review scrutiny", rag: "amber", "Q1 RAG": "Amber" }]);
    expect(codes(one)).toEqual(["period-columns", "generated-id"]);
  });
});

describe("one period's columns, with the period written two ways", () => {
  // "Status as at October 2025", "RAG Oct 2025" and "Update Oct 2025": one period (October 2025,
  // due 31 October), the only one. Before, "as at October 2025" and "Oct 2025" were two periods
  // of the same date: the later column's was current and the status went into the updates, and a
  // single "Update Oct 2025" was kept as a field, not the comments.
  const csv = `Ref,Action,Lead Officer,Target date,Status as at October 2025,RAG Oct 2025,Update Oct 2025
1,Review scrutiny,Head of Democratic Services,March 2025,Complete,Blue,Done in March
2,Train members,Head of Democratic Services,July 2026,In progress,Amber,Sessions booked
`;

  it("reads each action's status, RAG and comments from them", () => {
    const read = actions(csv) as Record<string, unknown>[];
    expect(read.map((a) => [a["id"], a["status"], a["rag"], a["comments"], a["updates"]])).toEqual([
      ["1", "complete", "blue", "Done in March", undefined],
      ["2", "in-progress", "amber", "Sessions booked", undefined],
    ]);
    // None of the three is kept as a field of its own.
    expect(read.every((a) => Object.keys(a).every((k) => !/2025/.test(k)))).toBe(true);
  });

  it("says how, once", () => {
    const said = readPlanCsv(csv).issues.filter((i) => i.code === "period-columns");
    expect(said.map((i) => i.message)).toEqual([
      'The columns of "as at October 2025", the only period the table has, dated 2025-10-31, are read as each action\'s current status, RAG rating and comments, where the table has no column of its own for them.',
    ]);
  });

  it("beside a Status column of the table's own, the period is an update", () => {
    // Status is the table's; the period (October 2025) gives the RAG (the table has none) and
    // the comments, and its status goes into an update dated 31 October 2025.
    const own = `Ref,Action,Target date,Status,Status Oct 2025,RAG Oct 2025
1,Review scrutiny,March 2025,Complete,In progress,Amber
`;
    const [a] = actions(own) as Record<string, unknown>[];
    expect([a!["status"], a!["rag"], a!["updates"]]).toEqual(["complete", "amber", [{ date: "2025-10-31", status: "in-progress", rag: "amber" }]]);
  });
});
