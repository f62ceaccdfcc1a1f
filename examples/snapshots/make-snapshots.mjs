// Writes the two snapshots of West Norfolk's plan that the docs' diff and trend examples
// read: the plan as published (February 2024), and the same plan with three updates dated
// 20 June 2024. The updates are illustrative, made up for the examples: the council's own
// progress is in its progress review (../progress-reviews/west-norfolk-2024.json).
// Run after `npm run build`: node examples/snapshots/make-snapshots.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { updateAction } from "peer-challenge";
import { validatePlan } from "peer-challenge/schema";
import { stringify } from "yaml";

const here = (name) => new URL(name, import.meta.url);
const plan = validatePlan(JSON.parse(readFileSync(here("../west-norfolk-2024.json"), "utf8"))).plan;
let june = updateAction(plan, "1.5", { date: "2024-06-20", status: "complete", note: "Community events held" });
june = updateAction(june, "1.3", { date: "2024-06-20", status: "in-progress", rag: "red", note: "Review delayed by vacancies" });
june = updateAction(june, "2.1", { date: "2024-06-20", status: "in-progress", rag: "green" });
const head = (what) => `# ${what}\n# Written by make-snapshots.mjs from ../west-norfolk-2024.json.\n`;
writeFileSync(here("west-norfolk-2024-02.yaml"), head("West Norfolk's action plan as published, February 2024.") + stringify(plan, { lineWidth: 0 }));
writeFileSync(
  here("west-norfolk-2024-06.yaml"),
  head("The same plan in June 2024, with three illustrative updates (1.5 complete, 1.3 red, 2.1 green): not the council's figures.") +
    stringify(june, { lineWidth: 0 }),
);
