// A percentage complete that disagrees with the status. Before this change a tracker row
// "Complete" at 40 % was counted complete with no word, and "Not started" at 60 % not started:
// the status wins in every figure (it still does), so the disagreement is now said at the cell.
import { describe, expect, it } from "vitest";
import { validatePlan } from "../src/schema/index.js";
import { cpcIssues, cpcStats, scratchFile } from "./helpers.js";

const plan = (actions: object[]) => ({
  schemaVersion: 1,
  council: { name: "Example Council" },
  peerChallenge: { start: "2024-03-04" },
  recommendations: [{ id: "R1", title: "Strengthen financial planning" }],
  actions,
});
const action = (id: string, status: string, percentComplete: number, steps?: object[]) => ({
  id,
  recommendation: "R1",
  title: `Action ${id}`,
  owners: ["S151 Officer"],
  timescale: "March 2026",
  status,
  percentComplete,
  ...(steps ? { steps } : {}),
});
const flagged = (p: object) =>
  validatePlan(p, { asOf: "2025-07-01" })
    .issues.filter((i) => i.code === "percent-inconsistent")
    .map((i) => i.path.join("/"));

describe("a percentage complete that says otherwise than the status", () => {
  it("complete under 100 % and not started above 0 % are said; the agreeing ones are not", () => {
    const p = plan([
      action("1.1", "complete", 40), // said
      action("1.2", "not-started", 60), // said
      action("1.3", "complete", 100), // agrees
      action("1.4", "not-started", 0), // agrees
      action("1.5", "in-progress", 100), // in progress at 100 %: may await sign-off, not said
      action("1.6", "on-hold", 50), // not said
    ]);
    expect(flagged(p)).toEqual(["actions/0/percentComplete", "actions/1/percentComplete"]);
  });

  it("a step's own status and percentage are checked too", () => {
    const p = plan([
      action("1.1", "in-progress", 50, [
        { id: "a", text: "Draft", status: "complete", percentComplete: 90 },
        { id: "b", text: "Adopt", status: "not-started", percentComplete: 0 },
      ]),
    ]);
    expect(flagged(p)).toEqual(["actions/0/steps/0/percentComplete"]);
  });

  it("the message says how the figures count it", () => {
    const [issue] = validatePlan(plan([action("1.1", "complete", 40)])).issues.filter((i) => i.code === "percent-inconsistent");
    expect(issue).toMatchObject({
      severity: "warning",
      message: 'Action 1.1\'s status is "complete" but it is 40 % complete; the figures count it as complete, by its status.',
      value: 40,
    });
  });
});

describe("in a tracker, through cpc", () => {
  it("the rows are named, and the figures still count each by its status", async () => {
    // By hand: 1.1 Complete at 40 % (said, line 2), 1.2 Not started at 60 % (said, line 3), 1.3 In
    // progress at 100 % (not said). Counted by status: complete 1, not started 1, in progress 1.
    const file = scratchFile(
      "tracker.csv",
      [
        "Ref,Recommendation,Action,Timescale,Status,% complete",
        "1.1,Strengthen financial planning,Refresh the MTFS,March 2026,Complete,40%",
        "1.2,Strengthen financial planning,Close the budget gap,March 2026,Not started,60%",
        "1.3,Strengthen financial planning,Review reserves,March 2026,In progress,100%",
        "",
      ].join("\n"),
    );
    const issues = await cpcIssues([file]);
    expect(issues.filter((i) => i.code === "percent-inconsistent").map((i) => i.line)).toEqual([2, 3]);
    const s = await cpcStats([file], "2025-07-01");
    expect(s.status.counts).toMatchObject({ complete: 1, "not-started": 1, "in-progress": 1 });
  }, 30_000);
});
