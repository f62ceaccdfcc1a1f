// `cpc draft`: a report in (text, Markdown, a python-docx-made Word file), a commented YAML
// draft out, checked against the Kingston report's recommendations copied by hand.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { readDocxText } from "../src/docx/index.js";
import { draftPlan } from "../src/draft/index.js";
import type { ActionPlan } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";
import { KINGSTON_PEERS, KINGSTON_RECOMMENDATIONS } from "./draft-expected.js";
import { runCpc } from "./helpers.js";

const fixture = (name: string) => new URL(`fixtures/draft/${name}`, import.meta.url).pathname;

describe("cpc draft", () => {
  it("writes the Kingston report's draft as YAML that validates, with comments on what to check", async () => {
    const run = await runCpc(["draft", fixture("kingston-feedback-report-2019.md")]);
    expect(run.code).toBe(0);
    const plan = parse(run.out) as ActionPlan;
    expect(plan.recommendations.map((r) => r.title)).toEqual(KINGSTON_RECOMMENDATIONS);
    expect(plan.peerTeam).toEqual(KINGSTON_PEERS);
    expect(plan.peerChallenge).toEqual({ start: "2019-01-07", end: "2019-01-10", nextBy: "2024" });
    expect(validatePlan(plan).ok).toBe(true);
    // The comments: where the draft came from, and each recommendation's line in the report.
    expect(run.out.startsWith(`# A draft action plan, made by cpc draft from ${fixture("kingston-feedback-report-2019.md")} on `)).toBe(true);
    expect(/^# .* on (\d{4}-\d{2}-\d{2})\.$/m.exec(run.out)?.[1]).toMatch(/^20\d\d-/);
    const doc = parseDocument(run.out);
    expect(doc.errors).toEqual([]);
    expect(run.out).toContain("  # Line 33 of the report.\n  - id: R1\n");
    expect(run.out).toContain("# Suggested, not the report's:");
    // stderr: the eleven suggestions, each with its line, and a summary.
    expect(run.err.match(/warning: Line \d+: recommendation R\d+'s theme is suggested/g)).toHaveLength(11);
    expect(run.err).toContain("drafted 11 recommendations and 11 placeholder actions; 11 themes suggested, to check");
  });

  it("reads the same recommendations from a Word document made by python-docx from the report", async () => {
    const file = fixture("kingston-feedback-report-2019.docx");
    const text = readDocxText(readFileSync(file));
    expect(text.issues).toEqual([]);
    const r = draftPlan(text.text);
    expect(r.plan?.recommendations.map((x) => x.title)).toEqual(KINGSTON_RECOMMENDATIONS);
    expect(r.plan?.peerTeam).toEqual(KINGSTON_PEERS);
    // The heading "Corporate Peer Challenge Royal Borough of Kingston upon Thames" and the
    // superscript "th"s of "7th to 10th January 2019" (make-report.py).
    expect(r.plan?.council?.name).toBe("Royal Borough of Kingston upon Thames");
    expect(r.plan?.peerChallenge).toEqual({ start: "2019-01-07", end: "2019-01-10", nextBy: "2024" });
    expect(r.plan?.framework).toBe("previous");
    const run = await runCpc(["draft", file]);
    expect(run.code).toBe(0);
    expect((parse(run.out) as ActionPlan).recommendations.map((x) => x.title)).toEqual(KINGSTON_RECOMMENDATIONS);
  });

  it("writes to -o, and with --actions none drafts no actions", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cpc-draft-")), "plan.yaml");
    const run = await runCpc(["draft", fixture("west-norfolk-recommendations.md"), "--actions", "none", "-o", out]);
    expect(run.code).toBe(0);
    expect(run.out).toBe("");
    const written = readFileSync(out, "utf8");
    const plan = parse(written) as ActionPlan;
    expect(plan.actions).toEqual([]);
    expect(plan.recommendations).toHaveLength(8);
    expect(written).toContain("# No actions yet: add them");
    expect(run.err).toContain("drafted 8 recommendations and 0 placeholder actions");
  });

  it("fills the CPC's start from --cpc-start where the report gives none, and the council from --council", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cpc-draft-"));
    const file = join(dir, "recs.txt");
    writeFileSync(file, "Key recommendations\n\n- Agree a medium term financial strategy\n");
    const run = await runCpc(["draft", file, "--cpc-start", "2024-03-04", "--council", "Example Borough Council"]);
    expect(run.code).toBe(0);
    const plan = parse(run.out) as ActionPlan;
    expect(plan.peerChallenge).toEqual({ start: "2024-03-04" });
    expect(plan.council).toEqual({ name: "Example Borough Council" });
    expect(run.err).not.toContain("no-cpc-date");
    expect(run.err).not.toContain("dates were not found");
  });

  it("takes the framework from --cpc-start: a CPC in October 2017 is in the previous framework (New Forest's minutes)", async () => {
    const file = new URL("fixtures/draft/layouts/new-forest-2017-minutes.txt", import.meta.url).pathname;
    const run = await runCpc(["draft", file, "--cpc-start", "2017-10"]);
    expect(run.code).toBe(0);
    const plan = parse(run.out) as ActionPlan;
    expect(plan.framework).toBe("previous");
    expect(plan.peerChallenge).toEqual({ start: "2017-10" });
    // a) to h): eight.
    expect(plan.recommendations).toHaveLength(8);
    expect(run.err).not.toContain("framework-guessed");
    expect(run.err).not.toContain("Guessed");
    expect(run.out).toContain("# From the CPC's date (2017-10): before 2021, the previous framework:");
  });

  it("a report that says when the next peer challenge is due but not when this one was: a draft cpc validate accepts, the year said", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cpc-draft-"));
    const file = join(dir, "recs.txt");
    writeFileSync(file, "Key recommendations\n\n- Agree a medium term financial strategy\n\nThe council should commission its next peer challenge by 2026.\n");
    const run = await runCpc(["draft", file, "-o", join(dir, "plan.yaml")]);
    expect(run.code).toBe(0);
    const plan = parse(readFileSync(join(dir, "plan.yaml"), "utf8")) as ActionPlan;
    expect(plan.peerChallenge).toBeUndefined();
    expect(run.err).toContain("the next peer challenge is due by 2026");
    const validate = await runCpc(["validate", join(dir, "plan.yaml")]);
    expect(validate.code).toBe(0);
  });

  it("reads a report from standard input as text", async () => {
    const run = await runCpc(["draft", "-"], { stdin: "Recommendations:\n- Review the constitution\n" });
    expect(run.code).toBe(0);
    expect((parse(run.out) as ActionPlan).recommendations).toEqual([{ id: "R1", title: "Review the constitution", themes: ["governance-and-culture"] }]);
  });

  it("exits 1 with the reason, and writes nothing, when the report has no recommendations", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cpc-draft-"));
    const file = join(dir, "minutes.md");
    writeFileSync(file, "# Minutes\n\nThe minutes were agreed.\n");
    const run = await runCpc(["draft", file]);
    expect(run.code).toBe(1);
    expect(run.out).toBe("");
    expect(run.err).toContain(`cpc: ${file}: error: No recommendations found`);
  });

  it("refuses a file it cannot read as a report (exit 2), and a Word file that is not one (exit 1)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cpc-draft-"));
    const csv = join(dir, "plan.csv");
    writeFileSync(csv, "a,b\n");
    const wrong = await runCpc(["draft", csv]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("cpc draft reads a report as .txt, .md, .docx or .pdf, not .csv");
    const docx = join(dir, "report.docx");
    writeFileSync(docx, "not a zip");
    const bad = await runCpc(["draft", docx]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("not a zip file");
    const pdf = join(dir, "report.pdf");
    writeFileSync(pdf, "not a pdf");
    const badPdf = await runCpc(["draft", pdf]);
    expect(badPdf.code).toBe(1);
    expect(badPdf.err).toContain(`cpc: ${pdf}: the PDF cannot be read`);
  });

  it("refuses an unknown --actions or --framework", async () => {
    const run = await runCpc(["draft", fixture("west-norfolk-recommendations.md"), "--actions", "some"]);
    expect(run.code).toBe(2);
    const fw = await runCpc(["draft", fixture("west-norfolk-recommendations.md"), "--framework", "2019"]);
    expect(fw.code).toBe(2);
  });
});
