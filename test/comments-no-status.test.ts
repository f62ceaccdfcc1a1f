// An action with no status whose comments may say how it is going (SPEC, "What a tracker does
// not say": a comment saying what has been done is progress the figures must not throw away).
// The figures do not read prose, so the action still counts as not started; but where it did
// so before without a word about its comments, the figures' note and validation now name it.
import { describe, expect, it } from "vitest";
import { validatePlan } from "../src/schema/index.js";
import { collectedFile, cpcIssues, loadPlan, runCpc } from "./helpers.js";

describe("Kingston's 21.4 (seed 000): no status, and a comment of what has been done", () => {
  // By hand, from examples/kingston-2019.json: 54 actions; two with no status, 9 (a cross-reference,
  // "See action 8.2 above", which gets that warning alone) and 21.4, whose comment begins "Main
  // consultation page has been updated".
  it("the figures' note names it", async () => {
    const run = await runCpc(["stats", "examples/kingston-2019.json", "--as-of", "2019-12-31"]);
    expect(run.out).toContain(
      "2 of 54 actions have no status, RAG, percentage or dated update, and count as not started; 21.4 has comments, which no figure reads: if they say how it is going, give its status.",
    );
  });
  it("validation's warning quotes the end of its comments", () => {
    const issues = validatePlan(loadPlan("kingston-2019.json")).issues.filter((i) => i.code === "action-without-status");
    // 21.4 alone: 9 is said to be a cross-reference instead.
    expect(issues).toHaveLength(1);
    // The end quoted to 60 characters (60 characters: "Main " 5, "consultation " 18, "page " 23, "has " 27, "been " 32, "updated " 40, "with " 45, "a " 47, "link " 52, "to " 55, "our " 59, "c" 60).
    const of214 = issues.find((i) => i.message.startsWith("Action 21.4 "));
    expect(of214?.message).toBe(
      'Action 21.4 has no status, RAG rating, percentage or dated update, while other actions are rated; it counts as not started. Its comments, which no figure reads, end "Main consultation page has been updated with a link to our c…".',
    );
  });
});

describe("unseen-6/14: a Word plan whose every action has progress comments and none a status", () => {
  it("the note says each has comments; a plan as first published with one comment is not told so", async () => {
    // By hand (expected.md): 5 actions, no status, RAG or percentage; each has a "Progress update" paragraph.
    const run = await runCpc(["stats", collectedFile("unseen-6", "14-word-merged-paragraphs"), "--as-of", "2025-12-01"]);
    expect(run.out).toContain(
      "5 of 5 actions have no status, RAG, percentage or dated update, and count as not started; each has comments, which no figure reads: if they say how they are going, give their statuses.",
    );
    // West Norfolk's plan as published: 24 actions, none rated, one (6.2) with a comment that is no progress.
    const wn = await runCpc(["stats", "examples/west-norfolk-2024.json", "--as-of", "2024-06-26"]);
    expect(wn.out).toContain("24 of 24 actions have no status, RAG, percentage or dated update, and count as not started.\n");
    expect(await cpcIssues(["examples/west-norfolk-2024.json"])).not.toContainEqual(expect.objectContaining({ code: "action-without-status" }));
  });
});
