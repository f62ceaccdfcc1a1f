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
