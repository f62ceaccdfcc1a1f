// Returns from owners (issue 35), on Kingston's real plan (examples/kingston-2019.json) and its
// owners. test/fixtures/returns/blank/ holds the returns `cpc returns` wrote as of 30 June 2019;
// fill.py (openpyxl, another tool) filled some in as owners would, into filled/. Every figure
// below is counted by hand from the plan and from fill.py, as each comment says.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ownerReturns, planAsOf, returnPlanKey, type ActionPlan } from "../src/index.js";
import { collectReturns, writeReturnXlsx, RETURN_ISSUE_CODES, type ReturnIssue } from "../src/xlsx/index.js";
import { readReturn } from "../src/xlsx/returns.js";
import { deepFreeze, loadPlan } from "./helpers.js";

const kingston = deepFreeze(loadPlan("kingston-2019.json"));
const fixture = (dir: string, name: string) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`./fixtures/returns/${dir}/${name}`, import.meta.url))) });
const filled = readdirSync(new URL("./fixtures/returns/filled/", import.meta.url)).sort();
const byCode = (issues: readonly ReturnIssue[]) => issues.map((i) => [i.code, i.file, i.cell ?? null]);

describe("ownerReturns on Kingston's plan", () => {
  const returns = ownerReturns(kingston, { asOf: "2019-06-30" });

  it("gives each owner with open actions a return, in plan order, shared actions in each", () => {
    // Owners in the order the plan first names them: Stephen Evans (action 1), Ian Thomas (1.2),
    // Naz Hussain (1.3), Sarah Ireland (3), All of the senior leadership team (5.2), Stephen
    // Taylor (7.4), no owner (9, "See action 8.2 above"), Cllr Green (15), All SLT (17).
    expect(returns.map((r) => [r.owner, r.items.length])).toEqual([
      // Stephen Evans owns 25 actions (1, 1.1, 2, 2.1, 2.2, 3, 5.1, 7.1, 7.3, 7.6, 7.7, 8, 8.1, 8.2,
      // 10.2, 16, 16.1, 20, 21, 21.1-21.6); action 1 is complete: 24.
      ["Stephen Evans", 24],
      ["Ian Thomas", 4], // 1.2, 9.1, 10, 19
      ["Naz Hussain", 3], // 1.3, 1.4, 1.5
      // 3, 4, 5, 6, 7, 7.1, 7.2, 10.1, 10.2, 10.3, 11, 12, 13, 14, 18, 18.1, 18.2, 20.1, 20.2
      ["Sarah Ireland", 19],
      ["All of the senior leadership team", 1], // 5.2
      ["Stephen Taylor", 2], // 7.4, 7.5
      ["", 1], // 9
      ["Cllr Green", 1], // 15
      ["All SLT", 1], // 17
    ]);
    // 3, 7.1 and 10.2 are Sarah Ireland's and Stephen Evans's: in both returns.
    const keys = (owner: string) => returns.find((r) => r.owner === owner)!.items.map((i) => i.key);
    for (const id of ["3", "7.1", "10.2"]) {
      expect(keys("Stephen Evans")).toContain(id);
      expect(keys("Sarah Ireland")).toContain(id);
    }
  });

  it("says what is known now: target, status, days overdue, what was last said", () => {
    const sarah = returns.find((r) => r.owner === "Sarah Ireland")!.items;
    const three = sarah.find((i) => i.key === "3")!;
    // Action 3: "April 2019", in progress; due 30 April 2019, 61 days before 30 June (May has 31, June 30).
    expect([three.target, three.due, three.status, three.daysOverdue]).toEqual(["April 2019", "2019-04-30", "in-progress", 61]);
    expect(three.position).toMatch(/^This is being jointly progressed by the Finance team/);
    // Kingston's plan records no dated updates and no RAG ratings.
    expect(sarah.every((i) => i.lastUpdate === undefined && i.rag === undefined)).toBe(true);
  });

  it("gives only the owners asked for, and refuses one the plan does not name", () => {
    expect(ownerReturns(kingston, { asOf: "2019-06-30", owners: [" Cllr Green "] }).map((r) => r.items.map((i) => i.key))).toEqual([["15"]]);
    expect(() => ownerReturns(kingston, { owners: ["Cllr Brown"] })).toThrow(/no owner "Cllr Brown" \(it has "Stephen Evans", "Ian Thomas"/);
  });
});

describe("the blank return workbook", () => {
  it("openpyxl sees the headings, drop-downs, date cell, protection and hidden marker", () => {
    // Written by fill.py with openpyxl from blank/Ian Thomas.xlsx: 4 lines, rows 2 to 5.
    const seen = JSON.parse(readFileSync(new URL("./fixtures/returns/openpyxl-sees.json", import.meta.url), "utf8")) as Record<string, unknown>;
    expect(seen["sheets"]).toEqual([
      ["What to do", "visible"],
      ["Return", "visible"],
      ["cpc-return", "hidden"],
    ]);
    expect((seen["header"] as string[]).slice(0, 7)).toEqual(["Action no.", "Action", "Target", "Status", "RAG", "Date", "Comment"]);
    expect([seen["protected"], seen["password"]]).toEqual([true, null]);
    expect(seen["validations"]).toEqual([
      { type: "list", sqref: "D2:D5", formula1: "'cpc-return'!$H$1:$H$6", formula2: null },
      { type: "list", sqref: "E2:E5", formula1: "'cpc-return'!$I$1:$I$4", formula2: null },
      // 1 January 2000 and 31 December 2099 as Excel serial dates.
      { type: "date", sqref: "F2:F5", formula1: "36526", formula2: "73050" },
    ]);
    // The action's number, text and target and the facts after are locked; Status to New target are not.
    expect(seen["locked"]).toEqual({ A2: true, B2: true, C2: true, D2: false, E2: false, F2: false, G2: false, H2: false, I2: true, K2: true });
    expect(seen["dateFormat"]).toBe("dd/mm/yyyy");
    expect(seen["statusList"]).toEqual(["Not started", "In progress", "Complete", "Ongoing", "On hold", "Cancelled"]);
  });

  it("is what writeReturnXlsx writes now: the same lines and marker", () => {
    const now = readReturn("Ian Thomas.xlsx", writeReturnXlsx(kingston, "Ian Thomas", { asOf: "2019-06-30" }));
    const committed = readReturn("Ian Thomas.xlsx", fixture("blank", "Ian Thomas.xlsx").bytes);
    expect(now).toEqual(committed);
    expect("marker" in now && now.marker).toEqual({
      council: "Royal Borough of Kingston upon Thames",
      plan: returnPlanKey(kingston),
      owner: "Ian Thomas",
      asOf: "2019-06-30",
    });
  });

  it("offers the council's own words in the drop-downs and reads them back", () => {
    const wordings = { "On target": { status: "in-progress" as const }, Achieved: { status: "complete" as const }, Slipping: { rag: "amber" as const } };
    const bytes = writeReturnXlsx(kingston, "Naz Hussain", { asOf: "2019-06-30", wordings });
    const read = readReturn("Naz Hussain.xlsx", bytes);
    if (!("rows" in read)) throw new Error("not read");
    // The three lines show their status, in progress, in the council's word.
    expect(read.rows.map((r) => r.cells.status?.text)).toEqual(["On target", "On target", "On target"]);
    // Unedited, they change nothing.
    expect(collectReturns(kingston, [{ name: "n.xlsx", bytes }], { wordings, asOf: "2019-07-15" }).changes).toEqual([]);
  });
});

describe("collecting Kingston's returns as the owners filled them in", () => {
  const result = collectReturns(
    kingston,
    filled.map((f) => fixture("filled", f)),
    { asOf: "2019-07-15" },
  );

  it("reports every doubt with its file and cell, and applies none of them", () => {
    // fill.py: Stephen Evans wrote "31/02/2019" for 16 (row 16) and no date for 2 (row 3); Stephen
    // Evans (7.1 on row 8) and Sarah Ireland (7.1 on row 7) disagree; Naz Hussain wrote "Nearly
    // there" for 1.3 (row 2) and added 5.2 (row 5); West Norfolk's return is another council's.
    expect(byCode(result.issues).sort()).toEqual(
      [
        ["bad-date", "Stephen Evans.xlsx", "Return!F16"],
        ["missing-date", "Stephen Evans.xlsx", "Return!F3"],
        ["conflict", "Sarah Ireland.xlsx", "Return!A7"],
        ["conflict", "Stephen Evans.xlsx", "Return!A8"],
        ["unknown-status", "Naz Hussain.xlsx", "Return!D2"],
        ["not-in-return", "Naz Hussain.xlsx", "Return!A5"],
        ["other-plan", "west-norfolk No owner.xlsx", "cpc-return!B2"],
      ].sort(),
    );
    const conflict = result.issues.find((i) => i.code === "conflict")!;
    expect(conflict.message).toBe(
      'Sarah Ireland.xlsx, Return!A7: action 7.1: the returns disagree: Sarah Ireland.xlsx (Return!A7, Sarah Ireland) says In progress, Amber, target "April 2020"; Stephen Evans.xlsx (Return!A8, Stephen Evans) says Complete, no RAG, target "April 2020". Neither is applied.',
    );
    expect(conflict.values?.map((v) => [v.file, v.status, v.rag, v.date])).toEqual([
      ["Sarah Ireland.xlsx", "in-progress", "amber", "2019-07-04"],
      ["Stephen Evans.xlsx", "complete", undefined, "2019-07-03"],
    ]);
    expect(result.issues.find((i) => i.code === "unknown-status")!.message).toBe(
      'Naz Hussain.xlsx, Return!D2: "Nearly there" is not a status; the line for 1.3 is not applied.',
    );
    expect(result.issues.find((i) => i.code === "not-in-return")!.hint).toBe("Ask its owner (All of the senior leadership team) for the update.");
    expect(result.issues.every((i) => i.severity === RETURN_ISSUE_CODES[i.code])).toBe(true);
  });

  it("makes one dated update for each sound line, naming its file", () => {
    // In plan order: 1.4 (Naz Hussain), 9.1 and 10 (Ian Thomas), 10.2 (both its owners, agreeing), 12 (Sarah Ireland).
    expect(result.changes.map((c) => [c.key, c.date, c.status ?? null, c.rag ?? null, c.target ?? null, c.note])).toEqual([
      ["1.4", "2019-07-10", { from: "in-progress", to: "on-hold" }, null, null, "Paused until the new Leader is in post [return: Naz Hussain.xlsx]"],
      ["9.1", "2019-07-01", { from: "in-progress", to: "complete" }, null, null, "OD strategy launched at the staff conference [return: Ian Thomas.xlsx]"],
      ["10", "2019-07-02", null, null, { from: "Ongoing", to: "March 2020" }, "Framework delayed by the restructure [return: Ian Thomas.xlsx]"],
      // Both left the status in progress and wrote a comment: they agree; dated the later, 8 July (typed as text).
      [
        "10.2",
        "2019-07-08",
        null,
        null,
        null,
        "Sarah Ireland: Offer published on the intranet / Stephen Evans: Services offer agreed by SLT [return: Sarah Ireland.xlsx, Stephen Evans.xlsx]",
      ],
      ["12", "2019-07-09", null, { to: "red" }, null, "Constitution review slipped [return: Sarah Ireland.xlsx]"],
    ]);
    const a = (id: string) => result.plan.actions.find((x) => x.id === id)!;
    expect([a("9.1").status, a("9.1").updates]).toEqual([
      "complete",
      [
        {
          date: "2019-07-01",
          status: "complete",
          note: "OD strategy launched at the staff conference [return: Ian Thomas.xlsx]",
          previous: { status: "in-progress" },
        },
      ],
    ]);
    expect([a("10").timescale, a("10").updates]).toEqual([
      "March 2020",
      [
        {
          date: "2019-07-02",
          timescale: "March 2020",
          note: "Framework delayed by the restructure [return: Ian Thomas.xlsx]",
          previous: { timescale: "Ongoing" },
        },
      ],
    ]);
    // 7.1 (the clash), 1.3, 2 and 16 (the doubts) are as they were.
    for (const id of ["7.1", "1.3", "2", "16", "5.2"]) expect(a(id)).toBe(kingston.actions.find((x) => x.id === id));
  });

  it("changes nothing else: the plan as of the day the returns went out is the plan as it was", () => {
    expect(planAsOf(result.plan, "2019-06-30")).toEqual(kingston);
    // 54 actions, 5 changed: the other 49 are the very same objects.
    expect(result.plan.actions.filter((x, i) => x === kingston.actions[i]).length).toBe(49);
    const { actions: _a, ...rest } = result.plan;
    const { actions: _b, ...before } = kingston;
    expect(rest).toEqual(before);
  });

  it("says who returned, who did not, and what changed", () => {
    expect(result.summary).toEqual({
      // Files in name order; lines as written (see ownerReturns above); filled as fill.py filled them.
      returned: [
        { owner: "Cllr Green", file: "Cllr Green.xlsx", lines: 1, filled: 0, applied: 0 },
        { owner: "Ian Thomas", file: "Ian Thomas.xlsx", lines: 4, filled: 2, applied: 2 },
        // 1.3 and 1.4 (the 5.2 line is not one of hers to count)
        { owner: "Naz Hussain", file: "Naz Hussain.xlsx", lines: 3, filled: 2, applied: 1 },
        // 7.1, 10.2, 12
        { owner: "Sarah Ireland", file: "Sarah Ireland.xlsx", lines: 19, filled: 3, applied: 2 },
        // 2, 7.1, 10.2, 16
        { owner: "Stephen Evans", file: "Stephen Evans.xlsx", lines: 24, filled: 4, applied: 1 },
      ],
      // The owners with open actions on 30 June 2019 who sent nothing, in plan order.
      notReturned: ["All of the senior leadership team", "Stephen Taylor", "All SLT"],
      changed: ["1.4", "9.1", "10", "10.2", "12"],
      conflicts: 1,
      errors: 7,
      warnings: 0,
    });
  });

  it("refuses the same return collected twice: the plan has moved on since it was written", () => {
    const again = collectReturns(result.plan, [fixture("filled", "Ian Thomas.xlsx")], { asOf: "2019-07-15" });
    expect(again.plan).toBe(result.plan);
    // 9.1 (row 3) and 10 (row 4) were updated on 1 and 2 July, after the return was written on 30 June.
    expect(byCode(again.issues)).toEqual([
      ["older-return", "Ian Thomas.xlsx", "Return!A3"],
      ["older-return", "Ian Thomas.xlsx", "Return!A4"],
    ]);
    expect(again.issues[0]!.message).toBe(
      "Ian Thomas.xlsx, Return!A3: action 9.1 has changed since this return was written on 2019-06-30 (updated 2019-07-01); the line is not applied.",
    );
  });

  it("gives the same plan whatever the order of the files", () => {
    const reversed = collectReturns(
      kingston,
      [...filled].reverse().map((f) => fixture("filled", f)),
      { asOf: "2019-07-15" },
    );
    expect(reversed.plan).toEqual(result.plan);
    expect(reversed.changes).toEqual(result.changes);
  });

  it("reads a return saved again by LibreOffice Calc as the one openpyxl saved", () => {
    // libreoffice/Ian Thomas.xlsx is filled/Ian Thomas.xlsx saved by LibreOffice (resave.sh).
    const lo = collectReturns(kingston, [{ ...fixture("libreoffice", "Ian Thomas.xlsx"), name: "Ian Thomas.xlsx" }], { asOf: "2019-07-15" });
    const py = collectReturns(kingston, [fixture("filled", "Ian Thomas.xlsx")], { asOf: "2019-07-15" });
    expect(lo.issues).toEqual([]);
    expect(lo.changes.map((c) => c.key)).toEqual(["9.1", "10"]);
    expect(lo.plan).toEqual(py.plan);
  });

  it("calls a file that is not a return what it is", () => {
    const tracker = new Uint8Array(readFileSync(new URL("./fixtures/xlsx/tracker.xlsx", import.meta.url)));
    const r = collectReturns(kingston, [
      { name: "tracker.xlsx", bytes: tracker },
      { name: "notes.txt", bytes: new TextEncoder().encode("hello") },
    ]);
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([
      ["not-a-return", 'tracker.xlsx: it is not a return written by peer-challenge (it has no hidden "cpc-return" sheet saying which plan it is for).'],
      ["not-a-return", "notes.txt: the file cannot be read: The file is not an Excel workbook (.xlsx): it is not a zip file."],
    ]);
    // Nobody returned: every owner with open actions today is listed as not returned (8 named owners).
    expect(r.summary.notReturned).toHaveLength(8);
    expect(r.plan).toBe(kingston);
  });
});

describe("dates and steps, on a small plan", () => {
  const plan: ActionPlan = deepFreeze({
    schemaVersion: 1,
    council: { name: "Example Borough Council" },
    recommendations: [{ id: "R1", title: "Engage residents" }],
    actions: [
      {
        id: "1.1",
        recommendation: "R1",
        title: "Engagement strategy",
        owners: ["Head of Policy"],
        timescale: "a. March 2024 b. October 2024",
        status: "in-progress",
        rag: "green",
        steps: [
          { id: "a", text: "Officer working group" },
          { id: "b", text: "Final strategy" },
        ],
        updates: [{ date: "2024-05-01", status: "in-progress", rag: "green", note: "Group formed", previous: {} }],
      },
    ],
  });
  const blank = readReturn("policy.xlsx", writeReturnXlsx(plan, "Head of Policy", { asOf: "2024-06-01" }));
  if (!("rows" in blank)) throw new Error("not read");
  /** The blank return with cells of a line set, as an owner would type them. */
  const typed = (key: string, cells: Record<string, string | { date: string }>) => ({
    ...blank,
    rows: blank.rows.map((r) =>
      r.cells.key?.text !== key
        ? r
        : {
            ...r,
            cells: {
              ...r.cells,
              ...Object.fromEntries(
                Object.entries(cells).map(([col, v]) => [col, { ref: `Return!${col}`, ...(typeof v === "string" ? { text: v } : { text: "", date: v.date }) }]),
              ),
            },
          },
    ),
  });

  it("lists the action and each open step, the step due by its letter's milestone", () => {
    // Steps a and b take their dates from the action's "a. March 2024 b. October 2024"; a is 62 days overdue on 1 June 2024 (31 March to 1 June: 30 + 31 + 1).
    expect(blank.rows.map((r) => [r.cells.key?.text, r.cells.daysOverdue?.number ?? null])).toEqual([
      ["1.1", null],
      ["1.1 a", 62],
      ["1.1 b", null],
    ]);
  });

  it("refuses a date before the action's last update", async () => {
    const { mergeReturns } = await import("../src/returns/collect.js");
    const r = mergeReturns(plan, [typed("1.1", { status: "Complete", date: { date: "2024-04-30" } })], { asOf: "2024-06-10" });
    expect(byCode(r.issues)).toEqual([["date-before-last-update", "policy.xlsx", "Return!date"]]);
    expect(r.plan).toBe(plan);
  });

  it("refuses a date in the future", async () => {
    const { mergeReturns } = await import("../src/returns/collect.js");
    const r = mergeReturns(plan, [typed("1.1", { comment: "Drafted", date: "12/06/2024" })], { asOf: "2024-06-10" });
    expect(r.issues.map((i) => i.message)).toEqual([
      "policy.xlsx, Return!date: the Date of 1.1: 2024-06-12 is in the future (the returns are collected on 2024-06-10); the line is not applied.",
    ]);
  });

  it("records a step's news in its action's note, and says its status is not the step's own", async () => {
    const { mergeReturns } = await import("../src/returns/collect.js");
    const r = mergeReturns(plan, [typed("1.1 a", { status: "Complete", comment: "Group met twice", date: "05/06/2024" })], { asOf: "2024-06-10" });
    expect(r.plan.actions[0]!.updates?.at(-1)).toEqual({ date: "2024-06-05", note: "Step a: now Complete / Group met twice [return: policy.xlsx]" });
    expect(r.plan.actions[0]!.status).toBe("in-progress");
    expect(byCode(r.issues)).toEqual([["step-status", "policy.xlsx", "Return!status"]]);
  });
});
