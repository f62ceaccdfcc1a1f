// draftPlan on real reports: the Kingston feedback report (seed 000), West Norfolk's
// progress review (seed 002) and a recommendations document of another shape written from
// it. Expected values are read off the reports by hand; the line numbers are the files'.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { draftPlan, type DraftResult } from "../src/draft/index.js";
import { blocksOf } from "../src/draft/lines.js";
import { suggestThemes } from "../src/draft/suggest.js";
import { validatePlan } from "../src/schema/index.js";
import { KINGSTON_PEERS, KINGSTON_RECOMMENDATIONS } from "./draft-expected.js";

const fixture = (name: string) => readFileSync(new URL(`fixtures/draft/${name}`, import.meta.url), "utf8");
const codes = (r: DraftResult) => r.issues.map((i) => i.code);

describe("draftPlan: the Kingston feedback report (seed 000)", () => {
  const read = () => draftPlan(fixture("kingston-feedback-report-2019.md"));

  it("reads the council from the title and the CPC's days from the line under it", () => {
    const { plan } = read();
    // Line 3: "# Corporate Peer Challenge **Royal Borough of Kingston upon Thames**".
    expect(plan?.council).toEqual({ name: "Royal Borough of Kingston upon Thames" });
    // Line 5: "7<sup>th</sup> to 10<sup>th</sup> January 2019"; line 231: "... its next peer challenge by 2024."
    expect(plan?.peerChallenge).toEqual({ start: "2019-01-07", end: "2019-01-10", nextBy: "2024" });
  });

  it("takes the previous framework from the five core components the report lists, without a guess", () => {
    const r = read();
    // Lines 64-69 name all five previous components; no current theme's title appears.
    expect(r.plan?.framework).toBe("previous");
    expect(codes(r)).not.toContain("framework-guessed");
  });

  it("has the eleven key recommendations in order, their text exact, R1 to R11, with the lines they start on", () => {
    const r = read();
    expect(r.plan?.recommendations.map((x) => x.title)).toEqual(KINGSTON_RECOMMENDATIONS);
    expect(r.plan?.recommendations.map((x) => x.id)).toEqual(["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11"]);
    // Lines 33-38, a blank line, then 40-44.
    expect(r.lines).toEqual([33, 34, 35, 36, 37, 38, 40, 41, 42, 43, 44]);
    // A bulleted list with no sub-bullets and no headings over it.
    for (const rec of r.plan?.recommendations ?? []) {
      expect(rec.points).toBeUndefined();
      expect(rec.heading).toBeUndefined();
    }
  });

  it("has the peer team (name, role, organisation) and the two focus areas", () => {
    const r = read();
    expect(r.plan?.peerTeam).toEqual(KINGSTON_PEERS);
    expect(codes(r)).not.toContain("peer-unclear");
    // Lines 73-74, after "the council asked the peer team to:" (line 71).
    expect(r.plan?.focusAreas).toEqual([
      "Consider their ambitions and plans around community engagement",
      "Look at the 'financial planning and viability' element in greater depth",
    ]);
  });

  it("suggests each recommendation's theme from its words, as a warning with the words and a confidence", () => {
    const r = read();
    const suggested = r.issues.filter((i) => i.code === "theme-suggested");
    // No headings over the list: all eleven are suggestions.
    expect(suggested).toHaveLength(11);
    expect(suggested.every((i) => i.severity === "warning")).toBe(true);
    // R4 (line 36): "savings", "budget" and "spend" are all finance words, and nothing else is.
    expect(suggested[3]?.path).toEqual(["recommendations", 3, "themes"]);
    expect(suggested[3]?.value).toEqual({ themes: ["financial-planning-and-viability"], evidence: ["budget", "savings", "spend"], confidence: "high" });
    expect(suggested[3]?.message).toMatch(/^Line 36: /);
    // R9 (line 42): "Constitution" and "governance".
    expect(r.plan?.recommendations[8]?.themes).toEqual(["organisational-leadership-and-governance"]);
    // R10 (line 43): "re-structure" is the one capacity word.
    expect(suggested[9]?.value).toEqual({ themes: ["capacity-to-deliver"], evidence: ["re-structure"], confidence: "medium" });
  });

  it("gives each recommendation one placeholder action, and a plan that validates with only the expected warnings", () => {
    const { plan } = read();
    expect(plan?.actions.map((a) => [a.id, a.recommendation])).toEqual(KINGSTON_RECOMMENDATIONS.map((_, i) => [`${i + 1}.1`, `R${i + 1}`]));
    const v = validatePlan(plan);
    expect(v.ok).toBe(true);
    // Eleven actions, none with a target (eleven warnings), none with an owner (one warning for the plan).
    const warnings = v.issues.map((i) => i.code).sort();
    expect(warnings).toEqual(["action-without-owner", ...Array<string>(11).fill("action-without-target")]);
  });

  it('with actions: "none", has no actions, and the plan says each recommendation has none', () => {
    const { plan } = draftPlan(fixture("kingston-feedback-report-2019.md"), { actions: "none" });
    expect(plan?.actions).toEqual([]);
    const v = validatePlan(plan);
    expect(v.ok).toBe(true);
    expect(v.issues.filter((i) => i.code === "recommendation-without-actions")).toHaveLength(11);
  });

  it("takes the council and framework the caller gives over what the report says", () => {
    const r = draftPlan(fixture("kingston-feedback-report-2019.md"), { council: "Kingston Council", framework: "current" });
    expect(r.plan?.council?.name).toBe("Kingston Council");
    expect(r.plan?.framework).toBe("current");
    expect(r.plan?.recommendations[3]?.themes).toEqual(["financial-planning-and-management"]);
  });
});

describe("draftPlan: West Norfolk's progress review (seed 002)", () => {
  const read = () => draftPlan(fixture("west-norfolk-progress-review-2024.txt"));

  it('reads the eight "Recommendation N - " items once, under their five headings', () => {
    const r = read();
    const recs = r.plan?.recommendations ?? [];
    // Lines 14-25: the list under "theme headings:"; the same items repeat from line 33, not read twice.
    expect(recs.map((x) => x.id)).toEqual(["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"]);
    expect(recs[0]?.title).toBe("Engage, consult and co-produce with residents and communities \u2013 Develop a customer engagement strategy/charter.");
    expect(recs[7]?.title).toBe("Undertake a governance review to focus meetings on adding value to decision-making and scrutiny.");
    expect(recs.map((x) => x.heading)).toEqual([
      "Communication and engagement",
      "Communication and engagement",
      "Strategic leadership and management",
      "Strategic leadership and management",
      "Finance",
      "Transformation and performance measurement",
      "Transformation and performance measurement",
      "Governance",
    ]);
    expect(r.lines).toEqual([14, 15, 17, 18, 20, 22, 23, 25]);
  });

  it('takes a theme from a heading that names one ("Finance", "Governance"), and suggests the rest', () => {
    const r = read();
    const recs = r.plan?.recommendations ?? [];
    expect(recs[4]?.themes).toEqual(["financial-planning-and-management"]);
    expect(recs[7]?.themes).toEqual(["governance-and-culture"]);
    const suggestedFor = r.issues.filter((i) => i.code === "theme-suggested").map((i) => i.path[1]);
    // "Communication and engagement", "Strategic leadership and management" and
    // "Transformation and performance measurement" name no theme: R1-R4, R6, R7.
    expect(suggestedFor).toEqual([0, 1, 2, 3, 5, 6]);
  });

  it("does not take the review's own date (26-27 June 2024) for the CPC's, but the month its text gives", () => {
    const r = read();
    // Line 4: "The council undertook an LGA Corporate Peer Challenge (CPC) in October 2023 ...".
    expect(r.plan?.peerChallenge).toEqual({ start: "2023-10" });
    const said = r.issues.find((i) => i.code === "cpc-date-from-title");
    expect(said?.message).toContain("2024-06-26");
    expect(r.plan?.council?.name).toBe("Borough Council of King\u2019s Lynn and West Norfolk");
    // Line 9, a sentence: the title lines name no council, so it is said where it came from.
    expect(r.issues.find((i) => i.code === "council-from-text")?.message).toMatch(/^Line 9: /);
  });

  it("reads the four peers, and says which two lines it could not split cleanly", () => {
    const r = read();
    expect(r.plan?.peerTeam).toEqual([
      { name: "Cllr Gillian Ford", role: "Member Peer \u2013 Independent", organisation: "London Borough of Havering" },
      { name: "Peter Fleming", role: "Member Peer \u2013 Conservative", organisation: "Former leader Sevenoaks District Council" },
      { name: "Rose Rouse", role: "Chief Executive Peer", organisation: "CEX Pendle Borough Council" },
      { name: "Kirsty Human", role: "LGA Peer Challenge Manager" },
    ]);
    // Lines 28 and 29: a role's words ("Former leader", "CEX") in the organisation.
    expect(r.issues.filter((i) => i.code === "peer-unclear").map((i) => i.path)).toEqual([
      ["peerTeam", 1],
      ["peerTeam", 2],
    ]);
  });
});

describe("draftPlan: a recommendations document of another shape (headed groups, no numbers, sub-bullets)", () => {
  for (const file of ["west-norfolk-recommendations.md", "west-norfolk-recommendations.txt"]) {
    it(`${file}: eight recommendations under five headings, sub-bullets kept as points`, () => {
      const r = draftPlan(fixture(file));
      const recs = r.plan?.recommendations ?? [];
      expect(recs.map((x) => x.title)).toEqual([
        "Engage, consult and co-produce with residents and communities",
        "Talk and listen to staff",
        "The political and managerial leadership needs to take stock and think about how to make the council fit for the future.",
        "Re-focus SLT on strategic issues and empower managers to manage and deliver.",
        "Use headroom to deliver ongoing annual revenue savings to address the underlying budget gap in 2026/27.",
        "Put in place a transformation programme that designs everything around residents and communities.",
        "Performance measures and data need to focus on priorities and outcomes",
        "Undertake a governance review to focus meetings on adding value to decision-making and scrutiny.",
      ]);
      // Three sub-bullets, under R1, R2 and R7.
      expect(recs.map((x) => x.points ?? [])).toEqual([
        ["Develop a customer engagement strategy/charter."],
        ["Create new regular channels of ongoing staff engagement."],
        [],
        [],
        [],
        [],
        ["Provide the right information for members to make decisions."],
        [],
      ]);
      expect(new Set(recs.map((x) => x.heading)).size).toBe(5);
      expect(r.plan?.peerChallenge?.start).toBe("2023-10");
      expect(r.plan?.council?.name).toMatch(/^Borough Council of King.s Lynn and West Norfolk$/);
      // No theme titles in the text; the title's "October 2023" settles it: the current
      // framework (2021 onward), no guess to warn of.
      expect(r.plan?.framework).toBe("current");
      expect(codes(r)).not.toContain("framework-guessed");
      expect(validatePlan(r.plan).ok).toBe(true);
    });
  }

  it("stops the list at the next section: the closing paragraph is not a recommendation", () => {
    const r = draftPlan(fixture("west-norfolk-recommendations.md"));
    expect(r.plan?.recommendations.some((x) => x.title.includes("happy to meet"))).toBe(false);
  });
});

describe("draftPlan: lists of other kinds", () => {
  it("numbers from a numbered list, lettered sub-points, and a line wrapped by hand joined to its item", () => {
    const text = [
      "Example District Council: Corporate Peer Challenge",
      "w/c 4 March 2024",
      "",
      "## Recommendations",
      "",
      "1. Agree a medium term financial strategy",
      "   a) that closes the budget gap",
      "   b) with savings plans owned by directors",
      "2. Review the constitution, the scheme of delegation and the",
      "   terms of reference of the scrutiny committees",
      "",
      "## Our findings",
    ].join("\n");
    const r = draftPlan(text);
    expect(r.plan?.recommendations).toEqual([
      {
        id: "R1",
        title: "Agree a medium term financial strategy",
        themes: ["financial-planning-and-management"],
        points: ["that closes the budget gap", "with savings plans owned by directors"],
      },
      {
        id: "R2",
        title: "Review the constitution, the scheme of delegation and the terms of reference of the scrutiny committees",
        themes: ["governance-and-culture"],
      },
    ]);
    // "w/c 4 March 2024": the week it began, so its first day and no end.
    expect(r.plan?.peerChallenge).toEqual({ start: "2024-03-04" });
    expect(r.plan?.council?.name).toBe("Example District Council");
  });

  it("ends a numbered list at a number out of sequence (the next section, as a PDF's text gives it), and passes a contents page by", () => {
    const text = [
      "Contents",
      "1. Executive summary 3",
      "2. Key recommendations 4",
      "Key recommendations ........ 4",
      "",
      "The following are the peer team's key recommendations to the council:",
      "",
      "1. Agree a medium term financial strategy",
      "2. Review the constitution",
      "3. Refresh the council plan",
      "",
      "3. Summary of the approach",
      "4. Feedback",
    ].join("\n");
    // Lines 8-10: 1., 2., 3.; line 12 starts again at 3, line 4 is a contents line (page 4).
    expect(draftPlan(text).plan?.recommendations.map((x) => x.title)).toEqual([
      "Agree a medium term financial strategy",
      "Review the constitution",
      "Refresh the council plan",
    ]);
  });

  it("keeps numbered recommendations' explanations as their points, and never a lead-in to another list", () => {
    const numbered =
      "Key recommendations\n\n1. Develop a clear vision.\n\nThe council should set out its ambitions.\n\n2. Review the constitution.\n\nIt is out of date.\n";
    expect(draftPlan(numbered).plan?.recommendations.map((x) => [x.title, x.points])).toEqual([
      ["Develop a clear vision.", ["The council should set out its ambitions."]],
      ["Review the constitution.", ["It is out of date."]],
    ]);
    // One recommendation, then the peer team's list: not a second recommendation.
    const peers = "Key recommendations\n\n- Agree a budget\n\nThe peer team were:\n\n- Cllr Ann Smith, Leader, Example Council\n";
    const r = draftPlan(peers);
    expect(r.plan?.recommendations.map((x) => x.title)).toEqual(["Agree a budget"]);
    expect(r.plan?.peerTeam).toEqual([{ name: "Cllr Ann Smith", role: "Leader", organisation: "Example Council" }]);
  });

  it("takes no date or council from a recommendation near the top", () => {
    const r = draftPlan("Recommendations\n\n- Agree the budget with Example District Council by March 2025\n- Review the constitution\n");
    // Line 3 is a recommendation, not a title line: no CPC date, no council.
    expect(r.plan?.peerChallenge).toBeUndefined();
    expect(r.plan?.council).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["no-cpc-date", "no-council"]));
  });

  it('reads "Recommendation N" as a Word heading of its own, the text below it, and a label left with no text as its own words', () => {
    const r = draftPlan(
      "## Key recommendations\n\n### Recommendation 1\n\nClose the accounts.\n\n### Recommendation 2\n\n### Recommendation 3\n\nReview the constitution.\n",
    );
    // Recommendation 2 has no paragraph before the next label: its title is the label itself, never empty.
    expect(r.plan?.recommendations.map((x) => [x.id, x.title])).toEqual([
      ["R1", "Close the accounts."],
      ["R2", "Recommendation 2"],
      ["R3", "Review the constitution."],
    ]);
  });

  it("gives ids by position when the numbers repeat", () => {
    const r = draftPlan("Key recommendations:\n1. Agree the budget\n1. Review the constitution\n");
    expect(r.plan?.recommendations.map((x) => x.id)).toEqual(["R1", "R2"]);
  });

  it('reads "Recommendation 3 -" items with no heading at all by their own numbers', () => {
    const r = draftPlan("Recommendation 3 - Agree the budget\nRecommendation 5: Review the constitution\n");
    expect(r.plan?.recommendations.map((x) => [x.id, x.title])).toEqual([
      ["R3", "Agree the budget"],
      ["R5", "Review the constitution"],
    ]);
    expect(r.plan?.actions.map((a) => a.id)).toEqual(["3.1", "5.1"]);
  });
});

describe("draftPlan: a document with no recommendations", () => {
  it.each([
    ["minutes", "Minutes of the Cabinet meeting\n\nPresent: the Leader.\n- Apologies were received.\n"],
    ["empty", ""],
    ["a heading with nothing under it", "## Key recommendations\n\nThese follow in the next section.\n\n## Findings\n"],
  ])("%s: no plan, and an error saying what was looked for", (_, text) => {
    const r = draftPlan(text);
    expect(r.plan).toBeUndefined();
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: "error", code: "no-recommendations", path: ["recommendations"] });
    expect(r.issues[0]?.message).toContain("Key recommendations");
    expect(r.lines).toEqual([]);
  });
});

describe("the report's text as blocks", () => {
  it("joins a sentence broken over a page, and keeps a line's number", () => {
    // Seed 000, lines 100-102: "... compared to before. The prospect of harnessing all of", a
    // blank line, "this and uniting it ..." (the page broke there).
    const blocks = blocksOf(fixture("kingston-feedback-report-2019.md"));
    const b = blocks.find((x) => x.text.includes("compared to before. The prospect of harnessing all of this and uniting it"));
    expect(b?.line).toBe(100);
  });

  it("takes Markdown's marks and comments off, and reads Word's plain-text bullets", () => {
    const blocks = blocksOf("<!-- a note\nover lines -->\n# **Title** 7<sup>th</sup>\n\u2022\tFirst\no\tSecond level\n");
    expect(blocks.map((b) => [b.kind, b.text, b.line, b.level])).toEqual([
      ["heading", "Title 7th", 3, 0],
      ["item", "First", 4, 0],
      ["item", "Second level", 5, 1],
    ]);
  });
});

describe("theme suggestions", () => {
  it("ties give both themes with low confidence; three or more give none", () => {
    // "staff" (capacity) and "engagement" (place): one each.
    expect(suggestThemes("Talk to staff about engagement", "current")).toEqual({
      themes: ["organisational-and-place-leadership", "capacity-for-improvement"],
      evidence: ["engagement", "staff"],
      confidence: "low",
    });
    // "priorities" (local priorities), "performance" (capacity), "members" (governance).
    expect(suggestThemes("priorities, performance and members", "current")).toBeUndefined();
    expect(suggestThemes("Make the most of the town's heritage", "current")).toBeUndefined();
  });
});
