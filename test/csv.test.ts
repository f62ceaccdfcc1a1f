import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { csvLosses, readPlanCsv, writePlanCsv } from "../src/csv/index.js";
import { validatePlan } from "../src/schema/index.js";
import type { ActionPlan } from "../src/index.js";
import { examplePath, loadPlan, readExample } from "./helpers.js";

const tsv = readFileSync(examplePath("kingston-2019.tsv"), "utf8");

function roundTrip(plan: ActionPlan, delimiter: "," | "\t" = ","): ActionPlan | undefined {
  const read = readPlanCsv(writePlanCsv(plan, { delimiter }));
  expect(read.issues).toEqual([]);
  return validatePlan(read.plan).plan;
}

describe("the Kingston table as a spreadsheet exports it (examples/kingston-2019.tsv)", () => {
  const read = readPlanCsv(tsv);

  it("reads to the same plan as examples/kingston-2019.json", () => {
    expect(read.issues).toEqual([]);
    expect(read.plan).toEqual(readExample("kingston-2019.json"));
  });

  it("validates the same way, with the same warnings", () => {
    const fromTsv = validatePlan(read.plan, { asOf: "2019-06-30" });
    const fromJson = validatePlan(readExample("kingston-2019.json"), { asOf: "2019-06-30" });
    expect(fromTsv).toEqual(fromJson);
  });

  it("gives themes from the section rows, via matchTheme", () => {
    const recs = read.plan["recommendations"] as { id: string; heading?: string; themes?: string[] }[];
    expect(recs[2]).toMatchObject({ heading: "FINANCIAL CHALLENGE", themes: ["financial-planning-and-viability"] });
    expect(recs[20]).toMatchObject({ heading: "COMMUNITY ENGAGEMENT" });
    expect(recs[20]!.themes).toBeUndefined();
    expect(recs[0]!.heading).toBeUndefined();
  });

  it("knows the line each activity came from", () => {
    const lines = tsv.split("\n");
    expect(lines[read.lineOf(["actions", 0])! - 1]).toMatch(/^Capitalise upon/);
    expect(lines[read.lineOf(["actions", 52, "status"])! - 1]).toMatch(/^\t21\.5\t/);
    expect(read.lineOf(["recommendations", 2])).toBe(read.lineOf(["actions", 9]));
    expect(read.lineOf(["council"])).toBe(1);
  });
});

describe("export then import gives back the same plan", () => {
  for (const name of ["kingston-2019.json", "west-norfolk-2024.json"]) {
    it(`for ${name}, as CSV and as TSV`, () => {
      const plan = loadPlan(name);
      expect(roundTrip(plan, ",")).toEqual(plan);
      expect(roundTrip(plan, "\t")).toEqual(plan);
    });
  }

  it("for steps with their own status, updates, RAG, due dates, extra fields and recommendations without actions", () => {
    const plan = validatePlan({
      schemaVersion: 1,
      council: { name: 'Test, "Quoted" Council', code: "E07000146" },
      title: "Plan",
      framework: "current",
      peerChallenge: { start: "2023-10", end: "2023-10-05" },
      publishedOn: "2024-02",
      focusAreas: ["Housing"],
      recommendations: [
        { id: "R2", title: "Second, listed first", themes: ["governance-and-culture", "capacity-for-improvement"], heading: "Governance" },
        { id: "R1", title: "First" },
        { id: "R3", title: "No actions yet" },
      ],
      actions: [
        {
          id: "1.1",
          recommendation: "R1",
          title: "Line one\nline two",
          owners: ["A / B"].flatMap((o) => o.split(" / ")),
          timescale: " Spring 2024 ",
          due: "2024-05-01",
          status: "on-hold",
          rag: "amber",
          comments: 'Said "no"',
          updates: [{ date: "2024-03-01", status: "on-hold", note: "paused" }],
          steps: [{ id: "a", text: "Step", timescale: "March 2024", status: "complete", rag: "blue" }],
        },
        { id: "2.1", recommendation: "R2", title: "Act", "Lead member": "Cllr Green" },
      ],
    }).plan!;
    expect(roundTrip(plan)).toEqual(plan);
  });
});

describe("reading spreadsheets councils keep", () => {
  it("matches headings whatever their case and punctuation, and splits shared owners", () => {
    const csv =
      "PEER REVIEW RECOMMENDATION,activity no.,ACTIVITY,leadership-owner,Target for Completion,STATUS,comments / milestones\nDo better,1.,Act,Sarah Ireland / Stephen Evans,March 2024,Completed,Done\n";
    const { plan, issues } = readPlanCsv(csv);
    expect(issues).toEqual([]);
    expect((plan["actions"] as unknown[])[0]).toEqual({
      id: "1",
      recommendation: "R1",
      title: "Act",
      owners: ["Sarah Ireland", "Stephen Evans"],
      timescale: "March 2024",
      status: "complete",
      comments: "Done",
    });
  });

  it("keeps a status it cannot map, for validatePlan to judge", () => {
    const { plan } = readPlanCsv("Recommendation,Activity number,Activity,Status\nR,1,Act,Awaiting funding\n");
    expect((plan["actions"] as { status: string }[])[0]!.status).toBe("Awaiting funding");
    expect(validatePlan({ ...plan, council: { name: "x" }, peerChallenge: { start: "2024-01" } }).issues[0]).toMatchObject({
      code: "unrecognised-status",
      severity: "warning",
    });
  });

  it("keeps columns it does not know as fields of each action", () => {
    // "Budget" names no field, and "£15k" is no date, status, rating, number or post.
    const { plan } = readPlanCsv("Recommendation,Activity,Budget\nR,Act,£15k\n");
    expect((plan["actions"] as Record<string, unknown>[])[0]!["Budget"]).toBe("£15k");
  });

  it("reads a heading with an owner's word in it as the owners, over posts and people, and says so", () => {
    // "Lead Member" is no heading in the table, but "lead" names the owner, and "Cllr Green" is a person.
    const r = readPlanCsv("Recommendation,Activity,Lead Member\nR,Act,Cllr Green\n");
    expect((r.plan["actions"] as Record<string, unknown>[])[0]!["owners"]).toEqual(["Cllr Green"]);
    expect(r.issues).toContainEqual(expect.objectContaining({ code: "column-read", message: expect.stringContaining('Read "Lead Member" as the owners') }));
  });

  it("says so when there is no header row, naming the line", () => {
    const r = readPlanCsv("just,some,numbers\n1,2,3\n");
    expect(r.issues[0]).toMatchObject({ severity: "error", code: "no-header", message: expect.stringContaining("No header row") });
    expect(r.lineOf([])).toBe(1);
  });

  it("reports a line above the header it does not understand instead of dropping it", () => {
    const r = readPlanCsv("Our action plan, 2024\nRecommendation,Activity\nR,Act\n");
    expect(r.issues[0]).toMatchObject({ severity: "warning", code: "row-above-header" });
    expect(r.issues[0]?.message).toContain("Line 1");
  });

  it("reports an Updates cell that is not JSON", () => {
    const r = readPlanCsv("Recommendation,Activity,Updates\nR,Act,not json\n");
    expect(r.issues.find((i) => i.severity === "error")).toMatchObject({ code: "invalid-value", path: ["actions", 0, "updates"] });
  });

  it("reads a byte-order mark and Windows line ends", () => {
    const { plan, issues } = readPlanCsv("\uFEFFRecommendation,Activity\r\nR,Act\r\n");
    // No action numbers: the one action is numbered 1.1, with a warning.
    expect(issues.map((i) => i.code)).toEqual(["generated-id"]);
    expect((plan["actions"] as { id: string }[])[0]?.id).toBe("1.1");
    expect((plan["actions"] as unknown[]).length).toBe(1);
  });
});

describe("writing CSV that reads back, and that is safe to open in Excel", () => {
  const plan = validatePlan({
    schemaVersion: 1,
    council: { name: "Carriage\rreturn\tCouncil" },
    peerChallenge: { start: "2024-01" },
    recommendations: [{ id: "R1", title: '=HYPERLINK("http://x")' }],
    actions: [
      { id: "1", recommendation: "R1", title: "+44 1234", owners: ["@admin"], comments: "-5 on target; '=quoted" },
      { id: "1.", recommendation: "R1", title: "'plain apostrophe" },
    ],
  }).plan!;

  it("writes no cell that begins a formula, and reads every cell back as it was", () => {
    const csv = writePlanCsv(plan);
    // Every cell starting =, +, - or @ gets a leading apostrophe (OWASP); an apostrophe
    // before such a character gets one more, so that exactly one comes off when read.
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'+44 1234");
    expect(csv).toContain("'@admin");
    expect(csv).not.toMatch(/(^|,)[=+@-]/m);
    expect(validatePlan(readPlanCsv(csv).plan).plan).toEqual(plan);
  });

  it("keeps ids 1 and 1. apart, and a carriage return or tab inside a value", () => {
    const back = validatePlan(readPlanCsv(writePlanCsv(plan)).plan).plan!;
    expect(back.actions.map((a) => a.id)).toEqual(["1", "1."]);
    expect(back.council?.name).toBe("Carriage\rreturn\tCouncil");
    // Kingston's table writes "1." unquoted for action 1: that is still read as 1.
    expect((readPlanCsv("Recommendation\tActivity number\tActivity\nR\t1.\tAct\n").plan["actions"] as { id: string }[])[0]?.id).toBe("1");
  });

  it("names what it cannot carry: csvLosses", () => {
    const lossy = validatePlan({ ...plan, actions: [{ id: " 2 ", recommendation: "R1", title: "t", owners: ["A / B"], timescale: "", cost: 5 }] }).plan!;
    expect(csvLosses(lossy).map((i) => i.path.join("."))).toEqual(["actions.0.id", "actions.0.timescale", "actions.0.owners", "actions.0.cost"]);
    expect(csvLosses(plan)).toEqual([]);
  });

  it("carries the plan's RAG scheme", () => {
    const brag = validatePlan({ ...plan, ragScheme: "brag" }).plan!;
    expect(writePlanCsv(brag)).toContain("RAG scheme,brag");
    expect(validatePlan(readPlanCsv(writePlanCsv(brag)).plan).plan?.ragScheme).toBe("brag");
  });

  it("writes labels people read, and a byte-order mark for Excel, and reads both back", () => {
    const kingston = validatePlan(loadPlan("kingston-2019.json")).plan!;
    const labelled = writePlanCsv(kingston, { labels: true, bom: true });
    expect(labelled.startsWith("\uFEFF")).toBe(true);
    // 48 of Kingston's actions are in progress: written as people read it.
    expect(labelled).toContain(",In progress,");
    expect(labelled).not.toContain(",in-progress,");
    expect(validatePlan(readPlanCsv(labelled).plan).plan).toEqual(kingston);
    const brag = validatePlan({ ...kingston, actions: kingston.actions.map((a, i) => (i === 0 ? { ...a, status: "complete", rag: "blue" } : a)) }).plan!;
    const text = writePlanCsv(brag, { labels: true });
    expect(text).toContain("Blue (complete)");
    expect(validatePlan(readPlanCsv(text).plan).plan).toEqual(brag);
  });
});

describe("csvLosses and the second version's fields", () => {
  // percentComplete has had a "% complete" column since the percentage column was read (test/pct-column.test.ts).
  it("names weight, which has no column, rather than dropping it silently; percentComplete has its column", () => {
    const plan = {
      schemaVersion: 1 as const,
      recommendations: [{ id: "R1", title: "Improve governance" }],
      actions: [
        {
          id: "1",
          recommendation: "R1",
          title: "Adopt a constitution",
          percentComplete: 40,
          weight: 2,
          steps: [{ id: "a", text: "Draft", percentComplete: 80 }],
          // Updates are carried whole (as JSON in their cell), reschedules included: nothing lost.
          updates: [{ date: "2024-06-01", timescale: "March 2025", previous: { timescale: "December 2024" } }],
        },
      ],
    };
    expect(csvLosses(plan).map((i) => [i.path.join("."), i.message])).toEqual([
      ["actions.0.weight", "actions.0.weight: has no column in CSV and is left out."],
    ]);
  });

  it("names the draft's next CPC date, peer team and points, which have no place, rather than dropping them silently", () => {
    const plan = {
      schemaVersion: 1 as const,
      peerChallenge: { start: "2019-01-07", nextBy: "2024" },
      peerTeam: [{ name: "Andy Donald", role: "Chief Executive", organisation: "London Borough of Redbridge" }],
      recommendations: [{ id: "R1", title: "Improve governance", points: ["Review the constitution"] }],
      actions: [],
    };
    expect(csvLosses(plan).map((i) => [i.path.join("."), i.message])).toEqual([
      ["peerChallenge.nextBy", "peerChallenge.nextBy: has no row in CSV and is left out."],
      ["peerTeam", "peerTeam: has no row in CSV and is left out."],
      ["recommendations.0.points", "recommendations.0.points: has no column in CSV and is left out."],
    ]);
  });
});
