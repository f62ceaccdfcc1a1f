// Every entry of src/table/columns.ts's top-level tables, listed here by hand: the headings read
// as each column, the small words a heading's words are compared without, the preamble's labels,
// and the headings and labels written on export. These tables run once when the module loads,
// so Stryker cannot switch a mutant on in them (its vitest runner does so after the import);
// they carry `// Stryker disable all`, and this list is what would notice a heading dropped,
// mistyped or moved to another column.
import { describe, expect, it } from "vitest";
import { readPlanCsv, writePlanCsv } from "../src/csv/index.js";
import type { ActionPlan } from "../src/index.js";
import { matchHeading, preambleKeyOf } from "../src/table/columns.js";
import { label } from "../src/table/roles.js";
import type { RawPlan } from "./helpers.js";

// Each heading as a council might write it (capitals, punctuation), with the column it names.
// Folded (case, spaces and punctuation), each is an entry of HEADINGS, so each is exact.
const HEADINGS: readonly (readonly [string, string])[] = [
  ["Recommendation ID", "recommendationId"],
  ["Rec ID", "recommendationId"],
  ["Recommendation ref", "recommendationId"],
  ["Recommendation number", "recommendationId"],
  ["Recommendation No.", "recommendationId"],
  ["Rec No", "recommendationId"],
  ["Rec ref", "recommendationId"],
  ["Rec number", "recommendationId"],
  ["Peer Review Recommendation", "recommendation"],
  ["Recommendation", "recommendation"],
  ["Recommendations", "recommendation"],
  ["Peer recommendation", "recommendation"],
  ["CPC recommendation", "recommendation"],
  ["Key recommendation", "recommendation"],
  ["What do we want to achieve?", "recommendation"],
  ["Theme", "themes"],
  ["Themes", "themes"],
  ["CPC theme", "themes"],
  ["Heading", "heading"],
  ["Section", "heading"],
  ["Activity number", "actionId"],
  ["Activity no.", "actionId"],
  ["Activity ref", "actionId"],
  ["Action number", "actionId"],
  ["Action no", "actionId"],
  ["Action ID", "actionId"],
  ["Action ref", "actionId"],
  ["Ref", "actionId"],
  ["Reference", "actionId"],
  ["No.", "actionId"],
  ["Number", "actionId"],
  ["ID", "actionId"],
  ["Step", "step"],
  ["Activity", "title"],
  ["Action", "title"],
  ["Actions", "title"],
  ["Activities", "title"],
  ["What we will do", "title"],
  ["How are we going to do it?", "title"],
  ["Action description", "title"],
  ["Key actions", "title"],
  ["Key action", "title"],
  ["Agreed action", "title"],
  ["Agreed actions", "title"],
  ["Leadership Owner", "owners"],
  ["Owner", "owners"],
  ["Owners", "owners"],
  ["Owner(s)", "owners"],
  ["Lead", "owners"],
  ["Leads", "owners"],
  ["Lead(s)", "owners"],
  ["Lead officer", "owners"],
  ["Lead officers", "owners"],
  ["Lead officer(s)", "owners"],
  ["Responsible officer", "owners"],
  ["Responsible officer(s)", "owners"],
  ["Lead owner", "owners"],
  ["Accountable officer", "owners"],
  ["Responsible", "owners"],
  ["Action owner", "owners"],
  ["Officer", "owners"],
  ["Target for completion", "timescale"],
  ["Timescale", "timescale"],
  ["Timescales", "timescale"],
  ["Target", "timescale"],
  ["Target date", "timescale"],
  ["Deadline", "timescale"],
  ["Completion date", "timescale"],
  ["By when?", "timescale"],
  ["When", "timescale"],
  ["Timeframe", "timescale"],
  ["Target completion date", "timescale"],
  ["Target completion", "timescale"],
  ["Completion target", "timescale"],
  ["Revised deadline", "revisedTimescale"],
  ["Revised target", "revisedTimescale"],
  ["Revised target date", "revisedTimescale"],
  ["Revised date", "revisedTimescale"],
  ["Revised timescale", "revisedTimescale"],
  ["Due", "due"],
  ["Due date", "due"],
  ["Status", "status"],
  ["Progress status", "status"],
  ["Current status", "status"],
  ["RAG", "rag"],
  ["RAG status", "rag"],
  ["RAG rating", "rag"],
  ["BRAG", "rag"],
  ["Rating", "rag"],
  ["Overall RAG", "rag"],
  ["B-RAG", "rag"],
  ["RAG rating (R/A/G)", "rag"],
  ["RAG (R/A/G)", "rag"],
  ["BRAG rating", "rag"],
  ["Current RAG", "rag"],
  ["Percent complete", "percentComplete"],
  ["Percentage complete", "percentComplete"],
  ["Percent completed", "percentComplete"],
  ["Percentage completed", "percentComplete"],
  ["Percent completion", "percentComplete"],
  ["Percentage completion", "percentComplete"],
  ["Completion percentage", "percentComplete"],
  ["Percent done", "percentComplete"],
  ["Percentage done", "percentComplete"],
  ["Progress percentage", "percentComplete"],
  ["Percentage progress", "percentComplete"],
  ["Pct complete", "percentComplete"],
  ["Comments/Milestones", "comments"],
  ["Comments", "comments"],
  ["Comment", "comments"],
  ["Milestones", "comments"],
  ["Progress update", "comments"],
  ["Update", "comments"],
  ["Notes", "comments"],
  ["Commentary", "comments"],
  ["Progress", "comments"],
  ["Comments / progress", "comments"],
  ["Latest update", "comments"],
  ["Progress to date", "comments"],
  ["Update on progress", "comments"],
  ["Updates", "updates"],
  ["Update history", "updates"],
];

describe("every heading in the table of headings", () => {
  it.each(HEADINGS)("%s names %s, exactly", (heading, column) => {
    expect(matchHeading(heading)).toEqual({ column, strength: "exact" });
  });
});

describe("the small words a heading's words are compared without", () => {
  // "Target <word> date" folds to no heading of the table; without the small word its words are
  // "date target", those of "Target date": the timescale, by its words. The 21 small words:
  // the of a an for to and or our we will is are be in on s e g eg i.
  it.each(["the", "of", "a", "an", "for", "to", "and", "or", "our", "we", "will", "is", "are", "be", "in", "on", "s", "e", "g", "eg", "i"])(
    "Target %s date",
    (word) => {
      expect(matchHeading(`Target ${word} date`)).toEqual({ column: "timescale", strength: "words" });
    },
  );

  it("two headings of the same words: the first in the table decides", () => {
    // "update" (the comments) and "updates" (the updates) have the same words once "updates" is
    // made singular; "The update" is neither exactly, and its words are the comments', which come
    // first in the table.
    expect(matchHeading("The update")).toEqual({ column: "comments", strength: "words" });
  });

  it("a word that is not one of them keeps the heading from its words", () => {
    // "Target new date": "date new target", no heading's words; "new" and "date" are the
    // revised target's keyword rule.
    expect(matchHeading("Target new date")).toEqual({ column: "revisedTimescale", strength: "keyword", word: "new date" });
  });
});

describe("the preamble's labels", () => {
  it.each([
    ["Council", "council"],
    ["Council name", "council"],
    ["Council code", "councilCode"],
    ["ONS code", "councilCode"],
    ["Title", "title"],
    ["Plan title", "title"],
    ["Framework", "framework"],
    ["CPC start", "cpcStart"],
    ["Peer challenge start", "cpcStart"],
    ["Peer challenge", "cpcStart"],
    ["CPC", "cpcStart"],
    ["CPC end", "cpcEnd"],
    ["Peer challenge end", "cpcEnd"],
    ["Published", "publishedOn"],
    ["Published on", "publishedOn"],
    ["RAG scheme", "ragScheme"],
    ["Focus areas", "focusAreas"],
    ["Focus area", "focusAreas"],
  ])("%s is %s", (label, key) => {
    expect(preambleKeyOf(label)).toBe(key);
  });
});

describe("the headings and labels written on export", () => {
  // Every field filled, so every column and every preamble row is written.
  const plan = {
    schemaVersion: 1,
    council: { name: "Testshire", code: "E07000001" },
    title: "CPC action plan",
    framework: "2023",
    peerChallenge: { start: "2024-03", end: "2024-03" },
    publishedOn: "2024-06-01",
    ragScheme: "RAG",
    focusAreas: ["Housing"],
    recommendations: [{ id: "R1", title: "Improve governance", themes: ["governance-and-culture"], heading: "Scrutiny" }],
    actions: [
      {
        id: "1",
        recommendation: "R1",
        title: "Adopt",
        owners: ["J. Smith"],
        timescale: "March 2025",
        due: "2025-06-30",
        status: "in-progress",
        rag: "amber",
        percentComplete: 50,
        comments: "Drafted",
        updates: [{ date: "2025-01-31", text: "Started" }],
        steps: [{ id: "a", text: "Draft" }],
      },
    ],
  } as unknown as ActionPlan;

  it("writes seed 001's headings, and a label for each detail of the plan", () => {
    const lines = writePlanCsv(plan).split("\n");
    const labels = lines.slice(0, lines.indexOf(lines.find((l) => l.startsWith("Recommendation ID")) ?? "")).map((l) => l.split(",")[0]);
    // Nine details, then the empty row: the labels of EXPORT_PREAMBLE, in its order.
    expect(labels).toEqual(["Council", "Council code", "Title", "Framework", "CPC start", "CPC end", "Published", "RAG scheme", "Focus areas", ""]);
    const header = lines.find((l) => l.startsWith("Recommendation ID"));
    // The 16 columns of EXPORT_HEADINGS, in its order, but the revised target: a revision is
    // read into the target's text ("June 2025 (originally March 2025)"), which is written.
    expect(header?.split(",")).toEqual([
      "Recommendation ID",
      "Peer Review Recommendation",
      "Themes",
      "Heading",
      "Activity number",
      "Step",
      "Activity",
      "Leadership Owner",
      "Target for completion",
      "Due",
      "Status",
      "RAG",
      "% complete",
      "Comments/Milestones",
      "Updates",
    ]);
  });
});

describe("the words of a heading that say its dates are when the work was done (src/table/roles.ts)", () => {
  // Two actions with a month each, under a heading of a when word and a done word: the column is
  // kept as a field, no action takes its target from it, and the reading is said.
  const rows = "Launch the Keep Clean initiative,Head of Environment,June 2024\nOpen the leisure centre,Head of Leisure,October 2024\n";
  const read = (heading: string) => {
    const r = readPlanCsv(`Action,Lead officer,${heading}\n${rows}`);
    const plan = r.plan as unknown as RawPlan;
    return {
      targets: plan.actions.map((a) => a["timescale"]),
      done: r.issues.some((i) => i.code === "column-read" && i.message.includes(`"${heading}" says when the work was done`)),
    };
  };

  // The ten done words, each after "Date".
  it.each(["completed", "achieved", "closed", "delivered", "implemented", "done", "actioned", "finished", "resolved", "actual"])("Date %s", (word) => {
    expect(read(`Date ${word}`)).toEqual({ targets: [undefined, undefined], done: true });
  });

  // The three when words, each before "completed".
  it.each(["Date", "When", "Month"])("%s completed", (word) => {
    expect(read(`${word} completed`)).toEqual({ targets: [undefined, undefined], done: true });
  });

  // Each of the 14 words of a date still to come, between "Date" and "completed": no done date, so
  // the heading's "date" (or "new date", the revised target) makes the column the target.
  it.each(["target", "due", "deadline", "planned", "expected", "estimated", "forecast", "revised", "new", "original", "proposed", "by", "to", "for"])(
    "Date %s completed",
    (word) => {
      expect(read(`Date ${word} completed`)).toEqual({ targets: ["June 2024", "October 2024"], done: false });
    },
  );
});

describe("each field in words, as messages name it", () => {
  it.each([
    ["recommendationId", "recommendation reference"],
    ["recommendation", "recommendation"],
    ["themes", "themes"],
    ["heading", "heading"],
    ["actionId", "action number"],
    ["step", "step letter"],
    ["title", "action"],
    ["owners", "owners"],
    ["timescale", "target"],
    ["revisedTimescale", "revised target"],
    ["due", "due date"],
    ["status", "status"],
    ["rag", "RAG rating"],
    ["percentComplete", "percentage complete"],
    ["comments", "comments"],
    ["updates", "updates"],
  ] as const)("%s is the %s", (column, words) => {
    expect(label(column)).toBe(words);
  });
});
