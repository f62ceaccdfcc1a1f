import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validatePlan } from "../src/schema/index.js";

const doc = (name: string) => readFileSync(new URL(`../docs/${name}`, import.meta.url), "utf8");

describe("the guides say what the code does", () => {
  it("the annotated example in docs/data-format.md is a valid plan", () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(doc("data-format.md"))![1]!;
    const r = validatePlan(parse(yaml), { asOf: "2024-06-01" });
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.plan?.actions[0]?.due).toBe("2024-10-31");
  });
});
