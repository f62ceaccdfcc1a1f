// The fourth collection of real documents no one here had seen (test/fixtures/unseen-4/): what cpc reads
// right, held on the real files (figures counted by hand in each expected.md), and the misreads found and
// fixed, each held twice: on the real file and on a table of the same shape made here or by
// test/fixtures/unseen-4/shapes/make.py (python-docx, openpyxl), so that the rule holds beyond the one file.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";
import { draftPlan } from "../src/draft/index.js";
import { readPlanDocx } from "../src/docx/index.js";
import { readPlanXlsx } from "../src/xlsx/index.js";
import { collectedFile, cpcStats, runCpc, type StatsJson } from "./helpers.js";

const TIMEOUT = 30_000;

/** The one file of a unseen-4 folder that its make.py wrote. */
const fixture = (folder: string): string => collectedFile("unseen-4", folder);

const shape = (name: string): Uint8Array => readFileSync(new URL(`./fixtures/unseen-4/shapes/${name}`, import.meta.url));

const stats = cpcStats;

interface Read {
  readonly recommendations: readonly { readonly id: string; readonly title: string }[];
  readonly actions: readonly { readonly recommendation: string; readonly title: string; readonly timescale?: string; readonly [field: string]: unknown }[];
}

describe("01 Spelthorne Corporate Plan progress, Appendix A (Word: 'Priority/Theme' | 'Date completed')", () => {
  const folder = "01-spelthorne-corporate-plan-progress-jan-2025";
  const file = fixture(folder);
  const columns = new URL(`./fixtures/unseen-4/${folder}/columns.yaml`, import.meta.url).pathname;

  it(
    "is refused as it stands, saying it found no header row it knows (no figure comes out)",
    async () => {
      const run = await runCpc(["validate", file]);
      expect(run.code).toBe(1);
      expect(run.out + run.err).toContain("no-header");
      expect((await runCpc(["stats", file, "--as-of", "2025-01-31"])).code).not.toBe(0);
    },
    TIMEOUT,
  );

  it(
    "with the action column named: 7 actions under 3 headings, none overdue on 31 January 2025",
    async () => {
      // expected.md: 7 action rows; headings COMMUNITY (none of its own), Clean and safe Borough (5),
      // Healthier communities (2). "Date completed" is when the work was done: no targets, so 0 overdue.
      // (Read as targets, rows 1-4 and 6, the past months May, June, April, April and October 2024, made 5.)
      const s = await stats([file, "--columns", columns], "2025-01-31");
      expect(s.actions).toBe(7);
      expect(s.overdue).toBe(0);
      const converted = await runCpc(["convert", file, "--columns", columns, "--to", "json"]);
      expect(converted.code).toBe(0);
      const plan = JSON.parse(converted.out) as Read;
      expect(plan.recommendations.map((r) => r.title)).toEqual(["COMMUNITY", "Clean and safe Borough", "Healthier communities"]);
      const under = (i: number) => plan.actions.filter((a) => a.recommendation === plan.recommendations[i]!.id).length;
      expect([under(0), under(1), under(2)]).toEqual([0, 5, 2]);
      expect(plan.actions.some((a) => a.timescale !== undefined)).toBe(false);
      // The column is kept, as written, under its heading.
      expect(plan.actions.map((a) => a["Date completed"])).toEqual([
        "May 2024\nConsultation completed. Implementation ongoing",
        "June 2024",
        "Launched April 2024 - Ongoing",
        "Launched April 2024 - Ongoing",
        "Ongoing",
        "October 2024",
        "October 2024\nJuly 2025",
      ]);
      const checked = await runCpc(["validate", file, "--columns", columns]);
      expect(checked.out + checked.err).toMatch(/"Date completed" says when the work was done, not when it is due/);
    },
    TIMEOUT,
  );
});

describe("a date the work was done is no target, whatever the heading's other words (tables of the same shape)", () => {
  const rows = "Launch the Keep Clean initiative,Head of Environment,June 2024\nOpen the leisure centre,Head of Leisure,October 2024\n";

  it.each(["Date completed", "Date achieved", "Date closed", "Actual completion date", "Completed on", "Date implemented"])(
    "%s: no action takes its target from it, the column is kept and the reading said",
    (heading) => {
      const r = readPlanCsv(`Action,Lead officer,${heading}\n${rows}`);
      const plan = r.plan as unknown as Read;
      // Two rows, two actions, neither with a target (before: June and October 2024, both overdue by 2025).
      expect(plan.actions.length).toBe(2);
      expect(plan.actions.map((a) => a.timescale)).toEqual([undefined, undefined]);
      expect(plan.actions.map((a) => a[heading])).toEqual(["June 2024", "October 2024"]);
      expect(r.issues.some((i) => i.code === "column-read" && i.message.includes(`"${heading}" says when the work was done`))).toBe(true);
    },
  );

  it.each(["Target date", "Completion date", "Target completion date", "Date to be completed by", "Date due"])("%s is still the target", (heading) => {
    const plan = readPlanCsv(`Action,Lead officer,${heading}\n${rows}`).plan as unknown as Read;
    expect(plan.actions.map((a) => a.timescale)).toEqual(["June 2024", "October 2024"]);
  });

  it("beside a target column, the target is read from the target and the done date is kept", () => {
    const csv = "Action,Lead officer,Target date,Date completed,Status\nLaunch the initiative,Head of Environment,May 2024,June 2024,Complete\n";
    const plan = readPlanCsv(csv).plan as unknown as Read;
    expect(plan.actions[0]!.timescale).toBe("May 2024");
    expect(plan.actions[0]!["Date completed"]).toBe("June 2024");
  });

  it("a status heading that names completion ('Status (completed / on track)') is still the status", () => {
    const plan = readPlanCsv("Action,Status (completed / on track),Target date\nLaunch,On track,June 2024\n").plan as unknown as Read;
    expect(plan.actions[0]!["status"]).toBe("in-progress");
    expect(plan.actions[0]!.timescale).toBe("June 2024");
  });
});

describe("a row of one cell merged across the table is a heading, not an action (shapes/make.py)", () => {
  it(
    "Word: 2 merged rows and a paragraph between tables give 3 headings over 4 actions, 2 overdue on 31 January 2025",
    async () => {
      // shapes/make.py: Theme 1 (merged) over 2 actions; "Theme 2: Economy" (a paragraph between the
      // tables) over 1; Theme 3 (merged) over 1. Before the fix the three theme rows were 3 more actions
      // with no target (7 in all). Overdue on 2025-01-31: "Adopt the housing strategy" (December 2024)
      // and "Resurface the high street" (Q3 2024/25, 31 December 2024); March and June 2025 are not due.
      const r = readPlanDocx(shape("merged-section-rows.docx"));
      const plan = r.plan as unknown as Read;
      expect(plan.recommendations.map((x) => x.title)).toEqual(["Theme 1: Homes", "Theme 2: Economy", "Theme 3: Streets"]);
      expect(plan.actions.map((a) => a.title)).toEqual([
        "Deliver 100 affordable homes",
        "Adopt the housing strategy",
        "Open the business hub",
        "Resurface the high street",
      ]);
      const s = await stats([new URL("./fixtures/unseen-4/shapes/merged-section-rows.docx", import.meta.url).pathname], "2025-01-31");
      expect(s.actions).toBe(4);
      expect(s.overdue).toBe(2);
    },
    TIMEOUT,
  );

  it("Excel: 2 themes merged across A:C give 2 headings over 3 actions", () => {
    // shapes/make.py: Theme 1 over 2 actions, Theme 2 over 1 (was 5 actions, the themes among them).
    const plan = readPlanXlsx(shape("merged-section-rows.xlsx")).plan as unknown as Read;
    expect(plan.recommendations.map((x) => x.title)).toEqual(["Theme 1: Homes", "Theme 2: Streets"]);
    expect(plan.actions.map((a) => a.recommendation)).toEqual([plan.recommendations[0]!.id, plan.recommendations[0]!.id, plan.recommendations[1]!.id]);
  });
});

describe("02 Spelthorne committee report checklist (Word: ITEM | Yes / No | Date): no plan", () => {
  it(
    "is refused, and gives no overdue figure from its sign-off dates",
    async () => {
      // expected.md: 0 actions; the dates are when each sign-off happened.
      const file = fixture("02-spelthorne-committee-report-checklist-2026");
      const run = await runCpc(["validate", file]);
      expect(run.code).toBe(1);
      expect(run.out + run.err).toContain("no-header");
      expect((await runCpc(["overdue", file, "--as-of", "2026-03-31"])).code).not.toBe(0);
    },
    TIMEOUT,
  );
});

describe("the reports (cpc draft)", () => {
  const text = (folder: string) => readFileSync(fixture(folder), "utf8");

  it("03 New Forest: the 8 lettered key recommendations, without their letters and the list's ';'", () => {
    // expected.md: a) to h), "8 key recommendations"; h) keeps its full stop.
    const r = draftPlan(text("03-new-forest-cpc-feedback-2017"));
    const titles = r.plan!.recommendations.map((x) => x.title);
    expect(titles.length).toBe(8);
    expect(titles[0]).toBe("Develop the strategic framework with underpinning action plans to deliver the Council\u2019s vision for the broader district area");
    expect(titles[3]).toBe("Invest in the ICT infrastructure to leverage change");
    expect(titles[7]).toBe("Prepare a robust and sound Local Plan, in a realistic but timely way.");
    expect(titles.some((t) => t.endsWith(";") || /^[a-h]\)/.test(t))).toBe(false);
  });

  it.each([
    // Gateshead: counts and praise, the recommendations not listed in the copy.
    "04-gateshead-cpc-progress-review-2025",
    // Braintree: themes (the page never calls them recommendations) each over bullets; not 12 recommendations.
    "05-braintree-annual-plan-2024-25-cpc",
    // Reading: a tracker's counts and its percentage-to-RAG rule.
    "06-reading-audit-recommendations-tracker",
    // Epsom and Ewell: lettered matters a) to c), one titled "Wording of recommendations".
    "07-epsom-ewell-cpc-action-plan-2024",
    // West Oxfordshire: a "Recommendation:" to the committee and an officer's bullets.
    "08-west-oxfordshire-ags-action-plan-2025",
  ])("%s: no recommendations found, said, no draft", (folder) => {
    const r = draftPlan(text(folder));
    expect(r.plan).toBeUndefined();
    expect(r.issues.some((i) => i.message.startsWith("No recommendations found"))).toBe(true);
  });
});

describe("a RAG colour written in the status is the council's RAG (tables made here with real wordings)", () => {
  // The wordings are real: test/fixtures/real-wordings.tsv, from Bromsgrove's improvement plan exception reports
  // ("on target (green)", "one month behind (amber)", "over one month behind (red)") and Reading's audit tracker
  // ("Green but not complete"); "Green - on track" and "Red - off track" are the brief's forms.
  it("a status with its colour gives the status and that colour, where no RAG column gives one", () => {
    const csv = [
      "Action,Target date,Status",
      "A1,March 2026,on target (green)",
      "A2,March 2026,one month behind (amber)",
      "A3,March 2026,over one month behind (red)",
      "A4,March 2026,Green - on track",
      "A5,March 2026,Red - off track",
      "A6,March 2026,Amber - some slippage",
    ].join("\n");
    const plan = readPlanCsv(csv).plan as unknown as Read;
    // Each under way (on target, behind, off track, slippage); each the colour it names. Before: A3's red was
    // the amber a late wording gives, A1 and A4 had no RAG (derived), A5 and A6 were unrecognised statuses.
    expect(plan.actions.map((a) => a["status"])).toEqual(["in-progress", "in-progress", "in-progress", "in-progress", "in-progress", "in-progress"]);
    expect(plan.actions.map((a) => a["rag"])).toEqual(["green", "amber", "red", "green", "red", "amber"]);
  });

  it("a RAG column's own rating comes first", () => {
    const plan = readPlanCsv("Action,Target date,Status,RAG\nA1,March 2026,Green - on track,Amber\n").plan as unknown as Read;
    expect(plan.actions[0]!["status"]).toBe("in-progress");
    expect(plan.actions[0]!["rag"]).toBe("amber");
  });

  it("'Green but not complete' gives green and keeps its words as the status, which no reader knows", () => {
    const r = readPlanCsv("Action,Target date,Status\nA1,March 2026,Complete\nA2,March 2026,Green but not complete\n");
    const a = (r.plan as unknown as Read).actions[1]!;
    expect(a["rag"]).toBe("green");
    expect(a["status"]).toBe("Green but not complete");
    // (validation reports it: "unrecognised-status ... counted apart, as unrecognised, in every figure")
  });

  it(
    "a 'Status' column of colours only is the RAG: 4 actions, 1 red, 1 amber, 2 green, counted in progress by their rating",
    async () => {
      // The scrutiny tracker of test/fixtures/unseen-3/03 defines its Status column as Green / Amber / Red in its key.
      // Before: 4 unrecognised statuses, every action counted apart in every figure.
      const csv = "Action,Target date,Status\nA1,March 2026,Green\nA2,March 2026,Amber\nA3,March 2026,Red\nA4,March 2026,Green\n";
      const r = readPlanCsv(csv);
      const plan = r.plan as unknown as Read;
      expect(plan.actions.map((a) => a["rag"])).toEqual(["green", "amber", "red", "green"]);
      expect(plan.actions.some((a) => a["status"] !== undefined)).toBe(false);
      expect(r.issues.some((i) => i.code === "column-read" && i.message.includes('Read "Status" as the RAG rating'))).toBe(true);
      const run = await runCpc(["stats", "-", "--input-format", "csv", "--as-of", "2026-01-15", "--format", "json"], { stdin: csv });
      expect(run.code).toBe(0);
      const s = JSON.parse(run.out) as StatsJson;
      expect(s.actions).toBe(4);
      expect(s.status.counts["in-progress"]).toBe(4);
      expect(s.rag.counts).toMatchObject({ red: 1, amber: 1, green: 2 });
    },
    TIMEOUT,
  );

  it("a status column with a colour among its statuses stays the status; the colour alone gives the RAG", () => {
    const plan = readPlanCsv("Action,Target date,Status\nA1,March 2026,Complete\nA2,March 2026,On track\nA3,March 2026,Amber\n").plan as unknown as Read;
    expect(plan.actions.map((a) => a["status"])).toEqual(["complete", "in-progress", undefined]);
    expect(plan.actions[2]!["rag"]).toBe("amber");
  });
});
