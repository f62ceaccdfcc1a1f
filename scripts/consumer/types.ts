// Type-checked under moduleResolution node16 (as ESM and as CommonJS) and bundler.
import { rollupByTheme, statusSummary, type ActionPlan, type RollupGroup, type Timescale, parseTimescale } from "peer-challenge";
import { validatePlan, type ValidationResult } from "peer-challenge/schema";
import { readPlanCsv } from "peer-challenge/csv";
import { renderHtmlReport } from "peer-challenge/report";

const result: ValidationResult = validatePlan({});
const plan: ActionPlan | undefined = result.plan;
if (plan) {
  const groups: readonly RollupGroup[] = rollupByTheme(plan, { asOf: "2024-06-01" });
  const complete: number = statusSummary(plan).counts.complete;
  const html: string = renderHtmlReport(plan);
  console.log(groups.length, complete, html.length);
}
const t: Timescale = parseTimescale("March 2024");
if (t.kind === "date") {
  const due: string = t.due;
  console.log(due);
}
// @ts-expect-error: statuses are canonical
const bad: ActionPlan["actions"][number]["status"] = "Completed";
console.log(bad, readPlanCsv("").issues.length);
