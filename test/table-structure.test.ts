import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";

// How rows become recommendations, actions and steps: a Themes column (ids or names), a
// section row as a heading (and a theme where it names one), the same recommendation
// repeated on each action's row, actions with no number numbered under their
// recommendation, steps under the action above them, and a step with no action above.
const read = (text: string) => {
  const r = readPlanCsv(text);
  const plan = r.plan as { recommendations: unknown[]; actions: unknown[] };
  return { recs: plan.recommendations, actions: plan.actions, issues: r.issues.map((i) => `${i.code}: ${i.message}`) };
};

describe("the structure of a plan's table", () => {
  it("reads a Themes column of ids and names, keeping a name it cannot match, and steps under their action", () => {
    const text = `Ref,Recommendation,Themes,Action,Step,Target
1,R1 Improve scrutiny,"governance-and-culture; Financial planning and management",Review scrutiny,,March 2025
,,,Draft terms of reference,a,January 2025
,,,Consult members,b,
2,R2 Engage residents,Something else,Survey,,June 2025
`;
    expect(read(text)).toEqual({
      recs: [
        // An id as it is, a theme's name matched to its id (current framework).
        { id: "R1", title: "R1 Improve scrutiny", themes: ["governance-and-culture", "financial-planning-and-management"] },
        // Not a theme: kept as written, for validation to report.
        { id: "R2", title: "R2 Engage residents", themes: ["Something else"] },
      ],
      actions: [
        {
          id: "1",
          recommendation: "R1",
          title: "Review scrutiny",
          steps: [
            { id: "a", text: "Draft terms of reference", timescale: "January 2025" },
            { id: "b", text: "Consult members" },
          ],
          timescale: "March 2025",
        },
        { id: "2", recommendation: "R2", title: "Survey", timescale: "June 2025" },
      ],
      issues: [],
    });
  });

  it("reads section rows as headings (and as themes where they name one), a repeated recommendation once, and numbers actions without one", () => {
    const text = `Ref,Recommendation,Action,Step
GOVERNANCE AND CULTURE,,,
1,Improve scrutiny,Review scrutiny,
,Improve scrutiny,Train members,
,,Adopt code,a
Community engagement,,,
,Engage residents,Survey,
`;
    expect(read(text)).toEqual({
      recs: [
        { id: "R1", title: "Improve scrutiny", themes: ["governance-and-culture"], heading: "GOVERNANCE AND CULTURE" },
        // "Community engagement" is no theme: a heading only.
        { id: "R2", title: "Engage residents", heading: "Community engagement" },
      ],
      actions: [
        { id: "1", recommendation: "R1", title: "Review scrutiny" },
        // The second action of R1 and the first of R2, numbered so, each said.
        { id: "1.2", recommendation: "R1", title: "Train members", steps: [{ id: "a", text: "Adopt code" }] },
        { id: "2.1", recommendation: "R2", title: "Survey" },
      ],
      issues: [
        "generated-id: Line 4: the action has no number, so it is numbered 1.2 (action 2 of recommendation R1).",
        "generated-id: Line 7: the action has no number, so it is numbered 2.1 (action 1 of recommendation R2).",
      ],
    });
  });

  it("reports a step with no action above it, and keeps recommendations with no actions", () => {
    const text = `Ref,Recommendation,Action,Step
,Improve scrutiny,,a
,Engage residents,,
`;
    expect(read(text)).toEqual({
      recs: [
        { id: "R1", title: "Improve scrutiny" },
        { id: "R2", title: "Engage residents" },
      ],
      actions: [],
      issues: ['orphan-step: Line 2: step "a" comes before any action.'],
    });
  });
});
