import { rollupByTheme, parseTimescale } from "peer-challenge";
import { validatePlan } from "peer-challenge/schema";
import { readPlanCsv } from "peer-challenge/csv";
import { renderHtmlReport } from "peer-challenge/report";
import { draftPlan } from "peer-challenge/draft";
import { readPlan } from "peer-challenge/read";
import schema from "peer-challenge/action-plan.schema.json" with { type: "json" };

const due = parseTimescale("Autumn 19");
if (due.kind !== "date" || due.due !== "2019-11-30") throw new Error("ESM: parseTimescale");
const { plan } = validatePlan({
  schemaVersion: 1,
  council: { name: "x" },
  peerChallenge: { start: "2024-01" },
  recommendations: [{ id: "R1", title: "r" }],
  actions: [],
});
if (rollupByTheme(plan, { asOf: "2024-06-01" }).length !== 6) throw new Error("ESM: rollupByTheme");
if (typeof readPlanCsv !== "function" || !renderHtmlReport(plan, { asOf: "2024-06-01" }).startsWith("<!doctype html>")) throw new Error("ESM: subpaths");
if (draftPlan("Key recommendations\n- Agree the budget\n").plan?.recommendations[0]?.id !== "R1") throw new Error("ESM: draftPlan");
const read = readPlan("Due by,Issue,Action(s)\nMarch 2025,Training is not up to date,Roll out training\n", { name: "t.csv" });
if (!read.ok || read.source.columns[0]?.as !== "timescale") throw new Error("ESM: readPlan");
if (schema.title !== "Corporate Peer Challenge action plan") throw new Error("ESM: JSON Schema");
console.log("ESM import: ok");
