// draftPlan on real reports and pages of other layouts (test/fixtures/draft/layouts/, sources
// in its README), each read from its text, from a Word file python-docx made of it and from a
// PDF LibreOffice made of that: the same recommendations, council and dates from each. The
// expected values are read off the text files by hand; the counting is in the comments.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pdfPages, textOfPages } from "../src/cli/pdf.js";
import { readDocxText } from "../src/docx/index.js";
import { draftPlan, type DraftPlanOptions, type DraftResult } from "../src/draft/index.js";
import { headingOf } from "../src/draft/read.js";
import { LAYOUTS } from "../src/draft/layouts.js";
import { MARKERS, markerOf, NOT_ITEMS } from "../src/draft/markers.js";
import { validatePlan } from "../src/schema/index.js";

const path = (name: string) => new URL(`fixtures/draft/layouts/${name}`, import.meta.url);
const FORMATS = ["txt", "docx", "pdf"] as const;
type Format = (typeof FORMATS)[number];

async function textOf(base: string, format: Format): Promise<string> {
  if (format === "txt") return readFileSync(path(`${base}.txt`), "utf8");
  if (format === "docx") {
    const r = readDocxText(readFileSync(path(`${base}.docx`)));
    expect(r.issues).toEqual([]);
    return r.text;
  }
  return textOfPages(await pdfPages(readFileSync(path(`${base}.pdf`)), `${base}.pdf`));
}

async function draft(base: string, format: Format, options?: DraftPlanOptions): Promise<DraftResult> {
  return draftPlan(await textOf(base, format), options);
}

const codes = (r: DraftResult) => r.issues.map((i) => i.code);
const titles = (r: DraftResult) => r.plan?.recommendations.map((x) => x.title);

describe("the markers that start a list item", () => {
  for (const marker of MARKERS) {
    it.each(marker.examples.map(([line, gives]) => [line, gives] as const))(`${marker.name}: %j`, (line, gives) => {
      expect(markerOf(line)).toEqual(gives);
    });
  }
  it.each(NOT_ITEMS.map((l) => [l]))("%j starts no item", (line) => {
    expect(markerOf(line)).toBeUndefined();
  });
});

describe("the layouts, each by its example", () => {
  it.each(LAYOUTS.map((l) => [l.name, l] as const))("%s", (_, layout) => {
    const r = draftPlan(layout.example);
    const got = r.plan?.recommendations.map((x) => ({
      title: x.title,
      ...(x.points !== undefined ? { points: x.points } : {}),
      ...(x.heading !== undefined ? { heading: x.heading } : {}),
    }));
    expect(got).toEqual(layout.gives);
    expect(validatePlan(r.plan).ok).toBe(true);
  });
});

describe("group headings", () => {
  it.each([
    ["1: Recommendations structural and constitutional governance", "Structural and constitutional governance"],
    ["2: Recommendations for financial planning and management", "Financial planning and management"],
    ["3.1 Finance", "Finance"],
    ["B. Governance", "Governance"],
    ["A new approach to partnerships", "A new approach to partnerships"],
    ["Key recommendations", undefined],
    ["The six recommendations", undefined],
    ["Recommendations:", undefined],
  ])("%j gives the heading %j", (text, heading) => {
    expect(headingOf(text)).toBe(heading);
  });
});

describe.each(FORMATS)("real layouts, from the %s", (format) => {
  it('the LGA web report (Tower Hamlets, 2021): "Recommendation N" on its own line, its text in the paragraph below', async () => {
    const r = await draft("tower-hamlets-2021-feedback", format);
    // Lines 17, 21 and 25 of the text: "Recommendation 1" to "Recommendation 3", each text two lines down.
    expect(titles(r)).toEqual([
      "A clear understanding of the Mayor\u2019s priorities for all and a continued focus on delivery within clear timescales.",
      "It is imperative to continue the work currently underway to close previous years\u2019 accounts as a matter of urgency, and to have procedures in place to prevent a recurrence of the late or delayed sign off.",
      "Continue to improve and embed the council\u2019s governance, including decision-making and scrutiny arrangements, the TOWER values and compliance with the Constitution.",
    ]);
    expect(r.plan?.recommendations.map((x) => x.id)).toEqual(["R1", "R2", "R3"]);
    if (format === "txt") expect(r.lines).toEqual([17, 21, 25]);
    // Line 1: "Corporate peer challenge: London Borough of Tower Hamlets"; line 3: "Feedback report: 28–29 September 2021".
    expect(r.plan?.council).toEqual({ name: "London Borough of Tower Hamlets" });
    expect(r.plan?.peerChallenge).toEqual({ start: "2021-09-28", end: "2021-09-29" });
    // 2021: the current framework, from the date.
    expect(r.plan?.framework).toBe("current");
    expect(r.frameworkFrom).toBe("date");
    expect(codes(r)).not.toContain("no-council");
    expect(codes(r)).not.toContain("no-cpc-date");
    expect(codes(r)).not.toContain("framework-guessed");
    expect(validatePlan(r.plan).ok).toBe(true);
  });

  it('a council page of bullet headings, each with its explanation below (RBKC, "The six recommendations")', async () => {
    const r = await draft("rbkc-six-recommendations", format);
    // Six bullets (lines 3, 5, 7, 9, 11, 13), each with the paragraph under it.
    expect(titles(r)).toEqual([
      "Develop a long-term future vision for the borough",
      "Consider an integrated approach to place-stewardship and neighbourhood working",
      "Use the review of the Charter for Public Participation to continue building relationships and trust",
      "Focus on a single set of values and behaviours with an implementation programme and a way to measure consistent application",
      "Articulate and deliver a more strategic and corporate approach to transformation",
      "Given the organisation's progress, consider how key council processes can support innovation and timely delivery of priorities",
    ]);
    const points = r.plan?.recommendations.map((x) => x.points) ?? [];
    expect(points.map((p) => p?.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(points[0]).toEqual([
      "The council doesn't currently have a clearly articulated vision for the borough setting out ambitions for economic growth, investment, and renewal. There's an opportunity to define what we want and ensure investment aligns with local priorities.",
    ]);
    expect(points[5]).toEqual(["Good governance and robust processes have supported improvement."]);
    // The page names no council and no date: both left out, and said; never the first bullet's words.
    expect(r.plan?.council).toBeUndefined();
    expect(r.plan?.peerChallenge).toBeUndefined();
    expect(codes(r)).toEqual(expect.arrayContaining(["no-council", "no-cpc-date", "framework-guessed"]));
    // "six" said, six read.
    expect(codes(r)).not.toContain("recommendation-count");
    expect(validatePlan(r.plan).ok).toBe(true);
  });

  for (const copy of ["numbered", "bulleted"]) {
    it(`a council page's "18 core recommendations covering" and a ${copy} list of topics (Tower Hamlets, 2023)`, async () => {
      const r = await draft(`tower-hamlets-2023-topics-${copy}`, format);
      // The 18 topics, 1. to 18. (lines 7-24 of the numbered copy, 4-21 of the bulleted one).
      expect(titles(r)).toEqual([
        "Strategic vision",
        "Medium-Term Financial Strategy (MTFS)",
        "Performance management",
        "Workforce strategy",
        "Mayor\u2019s Office",
        "Internal governance",
        "Working with partners",
        "Grant allocation",
        "Transfer of property to third parties",
        "Cabinet Member responsibilities",
        "Membership of committees",
        "Member development",
        "Diversity",
        "Annual Governance Statement",
        "Outstanding accounts",
        "Organisational capacity",
        "Responsiveness",
        "\u2018People First'",
      ]);
      // "Our peer review took place in September 2023": the month, said to come from a sentence.
      expect(r.plan?.peerChallenge).toEqual({ start: "2023-09" });
      expect(codes(r)).toContain("cpc-date-from-title");
      expect(r.plan?.framework).toBe("current");
      // Topics, not the recommendations' words: said. Eighteen said, eighteen read.
      expect(codes(r)).toContain("recommendation-topics");
      expect(codes(r)).not.toContain("recommendation-count");
      // The page never names the council ("other council's" is no name).
      expect(r.plan?.council).toBeUndefined();
      expect(codes(r)).toContain("no-council");
      expect(validatePlan(r.plan).ok).toBe(true);
    });
  }

  it("committee minutes with lettered items a) to h) (New Forest, 2017), and the framework from --cpc-start", async () => {
    const r = await draft("new-forest-2017-minutes", format);
    // "The Group had made 8 key recommendations:" and a) to h) (lines 19-33, odd lines); the
    // list's own ";" is not the recommendation's.
    expect(titles(r)).toEqual([
      "Develop the strategic framework with underpinning action plans to deliver the Council\u2019s vision for the broader district area",
      "Align the Medium Term Financial Plan and investment strategies within that strategic framework",
      "Consider alternative models for delivery through options appraisals and the use of external expertise to most effectively achieve the Council\u2019s objectives",
      "Invest in the ICT infrastructure to leverage change",
      "Engage with staff and managers in developing the future direction of travel for the Council",
      "Review levels of decision making to empower managers and staff to deliver",
      "Review the requirements for more formal engagement arrangements with the National Park Authority including, to be fully effective, a review of current appointments to the National Park",
      "Prepare a robust and sound Local Plan, in a realistic but timely way.",
    ]);
    expect(codes(r)).not.toContain("recommendation-count");
    // "visited the Council in October": no year, so no date; the meeting's 06/12/2017 is not the CPC's.
    expect(r.plan?.peerChallenge).toBeUndefined();
    expect(codes(r)).toContain("no-cpc-date");
    expect(r.plan?.council).toBeUndefined();
    expect(r.plan?.framework).toBe("current");
    expect(r.frameworkFrom).toBe("guessed");
    // With the CPC's month given (October 2017): the previous framework, no guess.
    const dated = await draft("new-forest-2017-minutes", format, { cpcStart: "2017-10" });
    expect(dated.plan?.peerChallenge).toEqual({ start: "2017-10" });
    expect(dated.plan?.framework).toBe("previous");
    expect(dated.frameworkFrom).toBe("date");
    expect(codes(dated)).not.toContain("framework-guessed");
    expect(codes(dated)).not.toContain("no-cpc-date");
    // R2's finance words, in the previous framework's theme.
    expect(dated.plan?.recommendations[1]?.themes).toEqual(["financial-planning-and-viability"]);
    expect(validatePlan(dated.plan).ok).toBe(true);
  });

  it('bullets "• Recommendation N: ..." after a numbered list that is not of recommendations (NERC, 2008)', async () => {
    const r = await draft("nerc-peer-review-college-2008", format);
    // Lines 14-18; the four objectives above (lines 5-8) are not recommendations.
    expect(r.plan?.recommendations.map((x) => [x.id, x.title])).toEqual([
      ["R1", "The quality and balance of College membership should be improved."],
      ["R2", "NERC should implement changes to optimise the effectiveness of moderating panel meetings."],
      ["R3", "NERC needs to take steps to increase the level of confidence in its peer review process."],
      ["R4", "Dialogue between NERC and College members, and between NERC and the research community, should be improved."],
      ["R5", "Some changes should be made to the contractual agreement with College members."],
    ]);
    // "NERC Council" is a research council's board, not a council's name; "November 2008" is not a CPC's date.
    expect(r.plan?.council).toBeUndefined();
    expect(r.plan?.peerChallenge).toBeUndefined();
    expect(codes(r)).toEqual(expect.arrayContaining(["no-council", "no-cpc-date", "framework-guessed"]));
  });

  it("headed groups, sub-bullets one space in, and a lead-in over sub-points (written after issue 30's 2017 document)", async () => {
    const r = await draft("headed-groups-2017-style", format, { cpcStart: "2017-10" });
    const recs = r.plan?.recommendations ?? [];
    // The five top-level bullets (lines 6, 9, 15, 17, 20); the " o" lines are their points.
    expect(recs.map((x) => x.title)).toEqual([
      "Review the scheme of delegation so that decisions are taken at the right level",
      "Strengthen the role of scrutiny in setting the forward plan",
      "Agree a medium term financial strategy that closes the gap in 2019/20",
      "Build the council's reserves back to their agreed minimum",
      "Agree a communications strategy with residents and partners",
    ]);
    expect(recs.map((x) => x.heading)).toEqual([
      "Structural and constitutional governance",
      "Structural and constitutional governance",
      "Financial planning and management",
      "Financial planning and management",
      "Communication and engagement",
    ]);
    expect(recs[0]?.points).toEqual(["Publish the revised scheme before the annual meeting", "Train members and officers in its use"]);
    expect(recs[1]?.points).toEqual([
      "What your measures of success will be:",
      "Scrutiny chairs report to full council twice a year",
      "Every key decision appears on the forward plan 28 days ahead",
    ]);
    // A CPC in 2017: the previous framework. "governance" is in one of its theme titles only.
    expect(r.plan?.framework).toBe("previous");
    expect(recs[0]?.themes).toEqual(["organisational-leadership-and-governance"]);
    expect(recs[1]?.themes).toEqual(["organisational-leadership-and-governance"]);
    const fromHeading = r.issues.filter((i) => i.code === "theme-suggested" && i.message.includes("taken from its heading"));
    expect(fromHeading.map((i) => i.path[1])).toEqual([0, 1]);
    expect(validatePlan(r.plan).ok).toBe(true);
  });

  it.each(["darlington-2022-page", "rushcliffe-2023-decision"])(
    "%s: no recommendations listed, so no draft (never the themes or the resolutions)",
    async (base) => {
      const r = await draft(base, format);
      expect(r.plan).toBeUndefined();
      expect(codes(r)).toEqual(["no-recommendations"]);
    },
  );
});
