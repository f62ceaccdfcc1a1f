import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ActionPlan } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";

export function examplePath(name: string): string {
  return fileURLToPath(new URL(`../examples/${name}`, import.meta.url));
}

export function readExample(name: string): unknown {
  return JSON.parse(readFileSync(examplePath(name), "utf8"));
}

/** Loads a bundled example through validation, as a user would. */
export function loadPlan(name: string): ActionPlan {
  const result = validatePlan(readExample(name));
  if (!result.plan) throw new Error(`${name}: ${JSON.stringify(result.issues, null, 2)}`);
  return result.plan;
}

/** Freezes a value and everything in it, so a mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
