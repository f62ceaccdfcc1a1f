// The names an @example may use without declaring them (the same names scripts/check-examples.mjs declares for
// the compiler), given real values here: the bundled plans, read and validated as a user would.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { ActionPlan } from "../../src/index.js";
import { validatePlan } from "../../src/schema/index.js";

/** The project's folder, given by the test's build (the module runs bundled, away from here). */
declare const __PROJECT_ROOT__: string;
const read = (path: string): string => readFileSync(`${__PROJECT_ROOT__}/${path}`, "utf8");
const valid = (data: unknown, path: string): ActionPlan => {
  const r = validatePlan(data);
  if (!r.ok) throw new Error(`${path} is not a valid plan: ${r.issues[0]?.message ?? ""}`);
  return r.plan;
};

/** examples/kingston-2019.json, validated: Kingston's 2019 plan (54 actions, no reported RAG). */
export const kingston = valid(JSON.parse(read("examples/kingston-2019.json")), "kingston-2019.json");
/** examples/west-norfolk-2024.json, validated: West Norfolk's 2024 plan with its June progress review. */
export const westNorfolk = valid(JSON.parse(read("examples/west-norfolk-2024.json")), "west-norfolk-2024.json");
/** "Any validated plan": West Norfolk's. An example whose figures depend on the plan names the plan instead. */
export const plan = westNorfolk;
/** An earlier snapshot: West Norfolk's plan as published in February 2024 (examples/snapshots). */
export const lastQuarter = valid(parse(read("examples/snapshots/west-norfolk-2024-02.yaml")), "west-norfolk-2024-02.yaml");
/** A later snapshot: West Norfolk's plan in June 2024 (examples/snapshots). */
export const thisQuarter = valid(parse(read("examples/snapshots/west-norfolk-2024-06.yaml")), "west-norfolk-2024-06.yaml");
/** A plan's text, as read from a file: examples/west-norfolk-2024.json. */
export const text = read("examples/west-norfolk-2024.json");
