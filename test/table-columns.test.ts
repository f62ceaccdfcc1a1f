// Issue 27: a tracker no one here has seen. Columns understood by their headings' words and by
// what they hold; every row accounted for; bytes as programs write them.
import { readFileSync } from "node:fs";
import { fc, test as property } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";
import { validatePlan } from "../src/schema/index.js";
import { matchHeading } from "../src/table/columns.js";
import { readPlanTable, type TableRow } from "../src/table/read.js";

type Fields = Record<string, unknown>;
const actions = (plan: Fields) => plan["actions"] as Fields[];

describe("headings by their words", () => {
  it.each([
    // The headings councils write (FIELD-NOTES), each to the field it names.
    ["Statement", "recommendation"],
    ["Issue", "recommendation"],
    ["Details", "recommendation"],
    ["Action(s)", "title"],
    ["Action Required", "title"],
    ["Actions", "title"],
    ["Due by", "timescale"],
    ["End date", "timescale"],
    ["Target implementation date", "timescale"],
    ["Person or team responsible", "owners"],
    ["Action by", "owners"],
    ["Input / service area(s)", "owners"],
    ["Current status", "status"],
    ["Progress", "comments"],
    ["Owner(s)", "owners"],
    ["Lead Officers", "owners"],
    ["Date - target", "timescale"],
  ])("reads %s as the %s", (heading, column) => {
    expect(matchHeading(heading)?.column).toBe(column);
  });

  it.each(["Start date", "Date raised", "Date of last update", "Budget", "Cost centre"])("reads %s as no target and no field it knows", (heading) => {
    expect(matchHeading(heading)?.column).not.toBe("timescale");
  });
});

describe("columns by what they hold", () => {
  it("reads a tracker whose headings it has never seen, and says how it read each column", () => {
    // Four headings in no table: the cells decide. Column A: long text written once over two rows;
    // B: one long text a row; C: dates; D: posts; E: status words.
    const text = `Area,What happens,When,Who,Where we are
Improve how we engage residents,Run a residents' survey,March 2025,Head of Communications,Complete
,Publish what we heard,June 2025,Head of Communications,In progress
Strengthen scrutiny,Train the chairs of committees,September 2025,Democratic Services Manager,Not started
`;
    const r = readPlanCsv(text);
    expect(r.columns.map((c) => [c.heading, c.as, c.by])).toEqual([
      ["Area", "recommendation", "contents"],
      ["What happens", "title", "keyword"],
      ["When", "timescale", "heading"],
      ["Who", "owners", "keyword"],
      ["Where we are", "status", "contents"],
    ]);
    // 3 actions under 2 recommendations, statuses complete / in progress / not started.
    expect(actions(r.plan).map((a) => [a["recommendation"], a["status"]])).toEqual([
      ["R1", "complete"],
      ["R1", "in-progress"],
      ["R2", "not-started"],
    ]);
    expect(r.issues.find((i) => i.code === "column-read" && i.value === "Area")?.message).toBe(
      'Read "Area" as the recommendation: long text, written once over several rows, e.g. "Improve how we engage residents".',
    );
    expect(validatePlan(r.plan).ok).toBe(true);
  });

  it("lists the choices where two columns could be the target, and reads neither as it", () => {
    const r = readPlanCsv("Recommendation,Action,Start,Finish\nImprove scrutiny,Train chairs,March 2025,June 2025\n");
    const unclear = r.issues.find((i) => i.code === "column-unclear")!;
    expect(unclear.allowed).toEqual(["Start", "Finish"]);
    expect(actions(r.plan)[0]).toMatchObject({ Start: "March 2025", Finish: "June 2025" });
    expect(actions(r.plan)[0]!["timescale"]).toBeUndefined();
  });

  it("takes the user's word over the headings and the contents, and says when a heading named is not there", () => {
    const r = readPlanCsv("Recommendation,Action,Start,Finish\nImprove scrutiny,Train chairs,March 2025,June 2025\n", {
      columns: { finish: "timescale", Start: "ignore", Nowhere: "owners" },
    });
    expect(actions(r.plan)[0]).toEqual({ id: "1.1", recommendation: "R1", title: "Train chairs", timescale: "June 2025" });
    expect(r.columns.find((c) => c.heading === "Start")).toMatchObject({ as: "none", by: "option" });
    expect(r.issues.some((i) => i.code === "column-unclear" && i.value === "nowhere")).toBe(true);
  });
});

describe("every row accounted for", () => {
  it("reads a recommendation's row, then its action rows with empty reference and recommendation cells", () => {
    const text = `Ref,Recommendation,Action,Target date
R1,Improve scrutiny,,
,,Train chairs,March 2025
,,Publish a programme,June 2025
PCR1,Review the planning committee,,
,,Revise the protocol,
`;
    const r = readPlanCsv(text);
    // R1 with two actions, PCR1 with one: three actions, none lost; the council's references kept.
    expect(actions(r.plan).map((a) => [a["recommendation"], a["title"]])).toEqual([
      ["R1", "Train chairs"],
      ["R1", "Publish a programme"],
      ["PCR1", "Revise the protocol"],
    ]);
    expect(validatePlan(r.plan).ok).toBe(true);
  });

  it("adds a row holding only a date to the action above it, and says so", () => {
    const r = readPlanCsv("Ref,Recommendation,Action,Target date,Comments\n1.1,Improve scrutiny,Train chairs,,Trainer booked\n,,,July 2025,\n");
    expect(actions(r.plan)).toHaveLength(1);
    expect(actions(r.plan)[0]!["timescale"]).toBe("July 2025");
    expect(r.issues.find((i) => i.code === "continued-row")?.message).toBe(
      'Line 3 has no action number or text, so its cells were added to action 1.1 above it: timescale "July 2025".',
    );
  });

  it("keeps a comment cut by an unquoted comma whole, and says so", () => {
    const r = readPlanCsv("Ref,Recommendation,Action,Comments\n1.1,Improve scrutiny,Train chairs,Agreed, with £15k budget.\n");
    expect(actions(r.plan)[0]!["comments"]).toBe("Agreed, with £15k budget.");
    expect(r.issues.map((i) => i.code)).toEqual(["extra-cells"]);
  });

  it("says when a section heading comes inside one recommendation, naming the actions that carry on under it", () => {
    // R1 is written on every row; GOVERNANCE and then FINANCE both fall inside it.
    const r = readPlanCsv("Ref,Recommendation,Action\nGOVERNANCE\n1.1,Improve scrutiny,Train chairs\nFINANCE\n1.2,Improve scrutiny,Set the budget\n");
    expect((r.plan["recommendations"] as Fields[])[0]!["heading"]).toBe("GOVERNANCE");
    expect(r.issues.find((i) => i.code === "row-not-read")?.message).toBe(
      'Line 4: the section heading "FINANCE" comes inside recommendation R1, whose actions 1.2 below it carry on; a recommendation has one heading, so it keeps its first and this one is in no part of the plan.',
    );
  });

  it("reports a row it cannot place with every cell", () => {
    const r = readPlanCsv("Ref,Recommendation,Action,Budget\n,,,£15k\n1.1,Improve scrutiny,Train chairs,\n");
    expect(r.issues.find((i) => i.code === "row-not-read")).toMatchObject({ path: ["rows", 2], value: ["£15k"] });
  });

  // Any table of a header and rows of text, blanks, section rows, notes and one-cell rows: every filled
  // cell's text is in the plan or in an issue (its message or its value). Sized by runs.
  property.prop(
    [
      fc.array(
        fc.oneof(
          fc.tuple(
            fc.constantFrom("", "1.1", "2", "R3"),
            fc.constantFrom("", "Improve scrutiny", "Set a budget"),
            fc.string({ maxLength: 12 }),
            fc.constantFrom("", "March 2025", "Q3 2024/25", "soon"),
            fc.constantFrom("", "Complete", "Update to follow", "Amber"),
            fc.string({ maxLength: 8 }),
          ),
          fc.tuple(fc.string({ minLength: 1, maxLength: 10 })).map(([s]) => [s, "", "", "", "", ""]),
          fc.constant(["", "", "", "", "", ""]),
          fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })).map(([a, b]) => ["", "", "", "", "", a, b]),
        ),
        { maxLength: 12 },
      ),
    ],
    { numRuns: 300 },
  )("no filled cell of a table is missing from the plan and the issues together", (body) => {
    const rows: TableRow[] = [
      { cells: ["Ref", "Recommendation", "Action", "Due by", "Status", "Notes"], line: 1 },
      ...body.map((cells, i) => ({ cells: [...cells], line: i + 2 })),
    ];
    const r = readPlanTable(rows, { delimiter: "," });
    // Statuses and ratings are kept as their canonical words ("Complete" as "complete"): compared without case.
    const everything = (JSON.stringify(r.plan) + JSON.stringify(r.issues)).toLowerCase();
    for (const cells of body)
      for (const c of cells) {
        if (c.trim() === "") continue;
        expect(everything.includes(JSON.stringify(c.trim()).slice(1, -1).toLowerCase()), `${JSON.stringify(c)} is in the plan or an issue`).toBe(true);
      }
  });
});

describe("bytes and cells as programs write them", () => {
  it("reads a CSV whose first line ends CRLF and the rest LF", () => {
    const r = readPlanCsv("Ref,Recommendation,Action,Target date\r\n1.1,Improve,Train chairs,March 2025\n1.2,Improve,Publish,June 2025\n");
    expect(actions(r.plan).map((a) => a["id"])).toEqual(["1.1", "1.2"]);
  });

  it("reads all 54 of Kingston's actions from its TSV with two rows appended by another program (LF after CRLF)", () => {
    // examples/kingston-2019.tsv has 54 activities; its lines made CRLF, then its last two rows' endings LF.
    const lines = readFileSync(new URL("../examples/kingston-2019.tsv", import.meta.url), "utf8")
      .replace(/\r?\n$/, "")
      .split(/\r?\n/);
    const text = lines.slice(0, -2).join("\r\n") + "\r\n" + lines.slice(-2).join("\n") + "\n";
    expect(actions(readPlanCsv(text).plan)).toHaveLength(54);
  });

  it("splits owners at a slash between two people, not inside one post's title", () => {
    const r = readPlanCsv("Recommendation,Action,Owner\nR,A,Head of IG/DPO\nR,B,Sarah Ireland/ Stephen Evans\nR,C,Planning / legal\n");
    expect(actions(r.plan).map((a) => a["owners"])).toEqual([["Head of IG/DPO"], ["Sarah Ireland", "Stephen Evans"], ["Planning", "legal"]]);
  });
});

describe("quarter columns with no year", () => {
  const text = `Ref,Recommendation,Action,Q1 RAG,Q1 Update,Q2 RAG,Q2 Update
1.1,Improve scrutiny,Train chairs,Amber,Trainer booked,Green,Two sessions held
1.2,Improve scrutiny,Publish a programme,Red,Delayed,,
`;

  it("takes the right-most filled quarter as the current RAG and comment, keeping every quarter undated", () => {
    const r = readPlanCsv(text);
    // 1.1: Q2 is filled (Green, "Two sessions held"); 1.2: only Q1 (Red, "Delayed").
    expect(actions(r.plan).map((a) => [a["rag"], a["comments"], a["Q1 RAG"]])).toEqual([
      ["green", "Two sessions held", "Amber"],
      ["red", "Delayed", "Red"],
    ]);
  });

  it("dates the earlier quarters as updates when the CPC start is given", () => {
    // CPC in January 2024: financial quarters of 2024/25, Q1 to 30 June 2024.
    const r = readPlanCsv(text, { cpcStart: "2024-01" });
    expect(actions(r.plan)[0]!["updates"]).toEqual([{ date: "2024-06-30", rag: "amber", note: "Trainer booked" }]);
    expect((r.plan["peerChallenge"] as Fields)["start"]).toBe("2024-01");
  });
});
