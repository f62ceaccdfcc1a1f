// Word action plans. test/fixtures/docx/action-plan.docx is made by python-docx
// (make-plan.py beside it), not by the reader's code. Read by hand from that script:
//   a title naming Example District Council, then "Peer challenge: 4-7 March 2024";
//   table 1: "Set a balanced budget" merged down over 1.1 "Agree the savings plan" (March
//     2025, in progress) and 1.2 "Report savings to Cabinet" with a second paragraph
//     "Quarterly reports" (Q4 2024/25: 31 March 2025, not started); no action-number
//     column, the numbers start the actions' text;
//   the paragraph GOVERNANCE, then table 2, repeating the header, with "Review the
//     constitution": 2.1 "Commission an external review" (December 2024, complete).
//   As of 15 April 2025, 1.1 and 1.2 are each 15 days overdue.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { readPlanDocx } from "../src/docx/index.js";
import { overdueActions } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";

const fixture = (name: string) => new URL(`./fixtures/docx/${name}`, import.meta.url).pathname;

async function cpc(args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await main(args, { stdout: (t) => (out += t), stderr: () => {}, stdin: () => "", env: {}, stdoutIsTTY: false });
  return { code, out };
}

describe("readPlanDocx on a council's action plan", () => {
  const read = readPlanDocx(readFileSync(fixture("action-plan.docx")));
  const result = validatePlan(read.plan, { asOf: "2025-04-15" });

  it("joins the tables, carries the merged recommendation down, and reads the heading between them", () => {
    expect(result.ok).toBe(true);
    const plan = result.plan!;
    expect(plan.council?.name).toBe("Example District Council");
    expect(plan.recommendations.map((r) => [r.id, r.title, r.heading])).toEqual([
      ["R1", "Set a balanced budget", undefined],
      ["R2", "Review the constitution", "GOVERNANCE"],
    ]);
  });

  it("takes the numbers written in the actions' text as their ids, and keeps a cell's paragraphs as lines", () => {
    expect(result.plan!.actions.map((a) => [a.id, a.recommendation, a.title, a.status])).toEqual([
      ["1.1", "R1", "Agree the savings plan", "in-progress"],
      ["1.2", "R1", "Report savings to Cabinet\nQuarterly reports", "not-started"],
      ["2.1", "R2", "Commission an external review", "complete"],
    ]);
  });

  it("says what it did with the text above the table, and gives the figures through the library and cpc", async () => {
    // The title gives the council and the plan's title; the second line the CPC's days, 4 to
    // 7 March 2024.
    expect(read.issues.map((i) => i.code)).toEqual(["council-from-title", "cpc-date-from-title"]);
    expect(read.issues[1]?.message).toBe('Paragraph 2: the peer challenge\'s dates are taken from "Peer challenge: 4-7 March 2024": 2024-03-04 to 2024-03-07.');
    expect([result.plan!.title, result.plan!.peerChallenge]).toEqual([
      "Example District Council \u2013 Corporate Peer Challenge Action Plan",
      { start: "2024-03-04", end: "2024-03-07" },
    ]);
    expect(overdueActions(result.plan!, { asOf: "2025-04-15" }).map((o) => [o.action.id, o.daysOverdue])).toEqual([
      ["1.1", 15],
      ["1.2", 15],
    ]);
    const r = await cpc(["overdue", fixture("action-plan.docx"), "--as-of", "2025-04-15", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).overdue.map((o: { id: string }) => o.id)).toEqual(["1.1", "1.2"]);
  });
});

describe("readPlanDocx on files that are not Word documents", () => {
  it.each([
    ["a text file named .docx", new TextEncoder().encode("Recommendation\tAction\n"), "The file is not a Word document (.docx): it is not a zip file."],
    ["an old .doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), "The document is an old Word file (.doc) or is protected by a password"],
    ["a workbook named .docx", readFileSync(new URL("./fixtures/xlsx/tracker.xlsx", import.meta.url)), "The file is a zip, but not a Word document"],
  ])("%s: one error", (_, data, message) => {
    const r = readPlanDocx(data);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.message.startsWith(message)).toBe(true);
  });
});
