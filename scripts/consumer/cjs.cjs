const { rollupByTheme, parseTimescale } = require("peer-challenge");
const { validatePlan } = require("peer-challenge/schema");
const { writePlanCsv } = require("peer-challenge/csv");
const { renderMarkdownReport } = require("peer-challenge/report");
const schema = require("peer-challenge/action-plan.schema.json");

if (parseTimescale("Q3 2024/25").due !== "2024-12-31") throw new Error("CJS: parseTimescale");
const { plan } = validatePlan({
  schemaVersion: 1,
  council: { name: "x" },
  peerChallenge: { start: "2024-01" },
  recommendations: [{ id: "R1", title: "r" }],
  actions: [],
});
if (rollupByTheme(plan, { asOf: "2024-06-01" }).length !== 6) throw new Error("CJS: rollupByTheme");
if (!writePlanCsv(plan).includes("Council,x") || !renderMarkdownReport(plan, { asOf: "2024-06-01" }).startsWith("# x")) throw new Error("CJS: subpaths");
if (!schema.required.includes("actions")) throw new Error("CJS: JSON Schema");
console.log("CommonJS require: ok");
