import { describe, expect, it } from "vitest";
import { writePlanCsv, type CsvLayout } from "../src/csv/index.js";
import type { ActionPlan } from "../src/index.js";

// A plan with a council and a CPC month but no code, end, title or focus areas (an empty
// list), an action with a field of the council's own ("Lead Officer"), and a step with a
// due date of its own.
const plan = {
  schemaVersion: 1,
  council: { name: "Testshire" },
  peerChallenge: { start: "2024-03" },
  focusAreas: [],
  recommendations: [{ id: "R1", title: "Improve governance" }],
  actions: [
    {
      id: "1",
      recommendation: "R1",
      title: "Adopt",
      timescale: "March 2025",
      "Lead Officer": "J. Smith",
      steps: [{ id: "a", text: "Draft", due: "2025-01-31" }],
    },
  ],
} as unknown as ActionPlan;

describe("writePlanCsv, line by line", () => {
  it("writes the plan's details above the header, each row as wide as the table, and only the details it has", () => {
    // 14 default columns and the council's own "Lead Officer": 15 cells, so 14 commas.
    // Details: the council and the CPC month; no code, end, title, or focus areas (an empty
    // list writes no row); then an empty row; then the header.
    expect(writePlanCsv(plan).split("\n")).toEqual([
      "Council,Testshire,,,,,,,,,,,,,",
      "CPC start,2024-03,,,,,,,,,,,,,",
      ",,,,,,,,,,,,,,",
      "Recommendation ID,Peer Review Recommendation,Themes,Heading,Activity number,Step,Activity,Leadership Owner,Target for completion,Due,Status,RAG,Comments/Milestones,Updates,Lead Officer",
      "R1,Improve governance,,,1,,Adopt,,March 2025,,,,,,J. Smith",
      "R1,,,,1,a,Draft,,,2025-01-31,,,,,",
      "",
    ]);
  });

  it("in a council's layout: its columns in its order, its own columns where it had them, then only the columns that hold something", () => {
    const layout: CsvLayout = {
      columns: [
        { heading: "Ref", field: "actionId" },
        { heading: "What we will do", field: "title" },
        { heading: "Revised deadline", field: undefined }, // nothing in the plan for it: left out
        { heading: "Lead Officer", field: undefined }, // the action's own field
        { heading: "Ref again", field: "actionId" }, // a field already placed: once only
      ],
    };
    // Then the default columns that hold a value: recommendation id and text, the step, the
    // target and the step's due date (none has themes, heading, owners, status, RAG,
    // comments or updates). 8 columns.
    expect(writePlanCsv(plan, { layout }).split("\n")).toEqual([
      "Council,Testshire,,,,,,",
      "CPC start,2024-03,,,,,,",
      ",,,,,,,",
      "Ref,What we will do,Lead Officer,Recommendation ID,Peer Review Recommendation,Step,Target for completion,Due",
      "1,Adopt,J. Smith,R1,Improve governance,,March 2025,",
      "1,Draft,,R1,,a,,2025-01-31",
      "",
    ]);
  });

  it("starts with the header when the plan gives no details, guards formulas only at a cell's start, and leaves NULs out", () => {
    const bare: ActionPlan = {
      schemaVersion: 1,
      recommendations: [{ id: "R1", title: "r" }],
      actions: [{ id: "1", recommendation: "R1", title: "=SUM(A1)", comments: "a=b\u0000c" }],
    };
    expect(writePlanCsv(bare).split("\n")).toEqual([
      "Recommendation ID,Peer Review Recommendation,Themes,Heading,Activity number,Step,Activity,Leadership Owner,Target for completion,Due,Status,RAG,Comments/Milestones,Updates",
      "R1,r,,,1,,'=SUM(A1),,,,,,a=bc,",
      "",
    ]);
  });
});
