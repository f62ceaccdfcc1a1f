import { describe, expect, it } from "vitest";
import { STATUSES } from "../src/index.js";
import { planJsonSchema } from "../src/schema/index.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a JSON Schema read as it is, walked by key
const schema = planJsonSchema as Json;

describe("planJsonSchema", () => {
  it("is a draft 2020-12 schema requiring exactly the fields the format requires", () => {
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    // The council and the CPC's dates may be left out where the source does not say them (a
    // tracker); validatePlan warns (SPEC section 4).
    expect(schema["required"]).toEqual(["schemaVersion", "recommendations", "actions"]);
    expect(schema["properties"].actions.items.required).toEqual(["id", "recommendation", "title"]);
  });

  it("lists the canonical statuses, from the same constants the library uses", () => {
    expect(schema["properties"].actions.items.properties.status.enum).toEqual([...STATUSES]);
  });

  it("carries the field descriptions for editors", () => {
    expect(schema["properties"].actions.items.properties.timescale.description).toContain("as published");
  });

  it("describes every field of the format, and every array's items", () => {
    // Walked over properties and items; counted by hand from plan.ts's zod schemas: the plan 1;
    // its 11 fields; council 2, peerChallenge 3, focusAreas' items 1; peerTeam's items 1 + 3;
    // recommendations' items 1 + 5 (id, title, themes, heading, points) + 2 (themes' and
    // points' items); actions' items 1 + 14 fields + owners' items 1; steps' items 1 + 7;
    // updates' items 1 + 8 + owners' items 1; previous 5 + its owners' items 1. 70 in all.
    const missing: string[] = [];
    let described = 0;
    const walk = (node: Json, path: string): void => {
      if (typeof node["description"] === "string" && node["description"] !== "") described++;
      else missing.push(path);
      for (const [key, child] of Object.entries((node["properties"] ?? {}) as Record<string, Json>)) walk(child, path === "" ? key : `${path}.${key}`);
      if (node["items"] !== undefined) walk(node["items"] as Json, `${path}[]`);
    };
    walk(schema, "");
    expect(missing).toEqual([]);
    expect(described).toBe(70);
  });

  it("does not forbid extra fields, which validatePlan keeps with a warning", () => {
    expect(JSON.stringify(schema)).not.toContain('"additionalProperties":false');
  });

  it("accepts a month for the CPC start, as the format does", () => {
    const start = schema["properties"].peerChallenge.properties.start;
    const patterns = start.anyOf.map((s: Json) => new RegExp(s.pattern));
    expect(patterns.some((p: RegExp) => p.test("2023-10"))).toBe(true);
    expect(patterns.some((p: RegExp) => p.test("October 2023"))).toBe(false);
  });
});
