import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdownReport } from "../src/report/index.js";
import { runCpc as cpc } from "./helpers.js";
import type { ActionPlan } from "../src/index.js";

// Two actions under way, due 31 December 2024, in a plan published 1 January 2024. On
// 1 July 2024, 182 of 365 days have passed: 49.9% of the time. 10% done is 0.20 of what is
// expected (red: below 0.7); 50% done is 1.00 (green: 0.9 or more). The default rule rates
// both green: under way and not overdue.
const plan: ActionPlan = {
  schemaVersion: 1,
  council: { name: "Anytown Council" },
  publishedOn: "2024-01-01",
  recommendations: [{ id: "R1", title: "Improve casework" }],
  actions: [
    { id: "1", recommendation: "R1", title: "Buy a system", timescale: "December 2024", status: "in-progress", percentComplete: 10 },
    { id: "2", recommendation: "R1", title: "Train staff", timescale: "December 2024", status: "in-progress", percentComplete: 50 },
  ],
};
const file = join(mkdtempSync(join(tmpdir(), "cpc-rag-")), "anytown.json");
writeFileSync(file, JSON.stringify(plan));

const ragOf = async (...extra: string[]) => {
  const r = await cpc(["stats", file, "--as-of", "2024-07-01", "--format", "json", ...extra]);
  expect(r.code, r.err).toBe(0);
  return (JSON.parse(r.out) as { rag: { counts: Record<string, number> } }).rag.counts;
};

describe("--rag-rule", () => {
  it("rates by status and dates by default, and by progress against time with expected-progress", async () => {
    expect(await ragOf()).toMatchObject({ red: 0, amber: 0, green: 2 });
    expect(await ragOf("--rag-rule", "default")).toMatchObject({ red: 0, amber: 0, green: 2 });
    expect(await ragOf("--rag-rule", "expected-progress")).toMatchObject({ red: 1, amber: 0, green: 1 });
  });

  it("applies to the report, diff and trend too", async () => {
    const md = (await cpc(["report", file, "--as-of", "2024-07-01", "--rag-rule", "expected-progress"])).out;
    expect(md).toBe(renderMarkdownReport(plan, { asOf: "2024-07-01", ragRule: "expected-progress" }));
    expect(md).toMatch(/\| 1 \| Buy a system .*\| Red \(derived\) \|/);
    for (const command of [
      ["diff", file, file],
      ["trend", file],
    ]) {
      const r = await cpc([...command, "--as-of", "2024-07-01", "--rag-rule", "expected-progress"]);
      expect(r.code, r.err).toBe(0);
    }
    const trend = await cpc(["trend", file, "--as-of", "2024-07-01", "--rag-rule", "expected-progress", "--format", "json"]);
    const points = (JSON.parse(trend.out) as { points: { asOf: string; rag: Record<string, number> }[] }).points;
    expect(points.at(-1)).toMatchObject({ asOf: "2024-07-01", rag: { red: 1, amber: 0, green: 1 } });
  });

  it("is refused where no RAG is shown, and with a value it does not know", async () => {
    expect((await cpc(["overdue", file, "--rag-rule", "expected-progress"])).code).toBe(2);
    const r = await cpc(["stats", file, "--rag-rule", "expected"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--rag-rule must be one of default, expected-progress");
  });
});
