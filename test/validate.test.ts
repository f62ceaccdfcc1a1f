import { describe, expect, it } from "vitest";
import { validatePlan } from "../src/schema/index.js";
import { deepFreeze, readExample } from "./helpers.js";

const minimal = () => ({
  schemaVersion: 1,
  council: { name: "Test Council" },
  peerChallenge: { start: "2024-01" },
  recommendations: [{ id: "R1", title: "Do better" }],
  actions: [{ id: "1.1", recommendation: "R1", title: "Act" }],
});

describe("validatePlan: the bundled real plans", () => {
  it("reads West Norfolk 2024 with no error", () => {
    const r = validatePlan(readExample("west-norfolk-2024.json"));
    expect(r.ok).toBe(true);
    expect(r.plan?.actions).toHaveLength(24);
  });

  it("reads Kingston 2019, swapping back the status and target of activities 20 and 21.5", () => {
    const r = validatePlan(readExample("kingston-2019.json"));
    expect(r.ok).toBe(true);
    const swapped = r.issues.filter((i) => i.code === "date-in-status");
    expect(swapped.map((i) => i.path)).toEqual([
      ["actions", 44, "status"],
      ["actions", 52, "status"],
    ]);
    expect(swapped[0]?.message).toContain("Action 20");
    const a20 = r.plan?.actions.find((a) => a.id === "20");
    const a215 = r.plan?.actions.find((a) => a.id === "21.5");
    expect([a20?.timescale, a20?.status]).toEqual(["December 2019", "ongoing"]);
    expect([a215?.timescale, a215?.status]).toEqual(["July 2019", "in-progress"]);
  });

  it("does not change its input", () => {
    const input = deepFreeze(readExample("kingston-2019.json"));
    expect(() => validatePlan(input)).not.toThrow();
    expect((input as { actions: { status?: string }[] }).actions[44]?.status).toBe("December 2019");
  });
});

describe("validatePlan: shape", () => {
  it("accepts the minimal plan a council first publishes: no statuses, owners or targets", () => {
    const r = validatePlan(minimal());
    expect(r.ok).toBe(true);
    // usable, with the gaps a progress review would ask about
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([
      ["warning", "action-without-owner"],
      ["warning", "action-without-target"],
    ]);
  });

  it("never throws, whatever it is given", () => {
    for (const input of [undefined, null, 0, "plan", [], {}, { actions: "x" }, { actions: [null, 1, "a"] }]) {
      const r = validatePlan(input);
      expect(r.ok).toBe(false);
      expect(r.issues.length).toBeGreaterThan(0);
    }
  });

  it("names the missing field and where it is", () => {
    const plan = minimal() as Record<string, unknown>;
    delete plan["actions"];
    expect(validatePlan(plan).issues).toContainEqual(expect.objectContaining({ severity: "error", code: "missing-field", path: ["actions"] }));
    const noTitle = minimal();
    delete (noTitle.actions[0] as Partial<(typeof noTitle.actions)[0]>).title;
    expect(validatePlan(noTitle).issues[0]).toMatchObject({ code: "missing-field", path: ["actions", 0, "title"], message: 'Action 1.1: "title" is missing.' });
  });

  it("reports a wrong type with what it got", () => {
    const plan = { ...minimal(), actions: [{ id: "1.1", recommendation: "R1", title: "Act", owners: "Chief Executive" }] };
    expect(validatePlan(plan).issues[0]).toMatchObject({ code: "wrong-type", path: ["actions", 0, "owners"] });
  });

  it("keeps an action's status it cannot read as its status text, with a warning, so the plan still gives figures", () => {
    const plan = { ...minimal(), actions: [{ id: "1.1", recommendation: "R1", title: "Act", status: "Awaiting funding" }] };
    const r = validatePlan(plan);
    expect(r.ok).toBe(true);
    expect(r.plan?.actions[0]).toMatchObject({ statusText: "Awaiting funding" });
    expect(r.plan?.actions[0]?.status).toBeUndefined();
    expect(r.issues[0]).toMatchObject({ code: "unrecognised-status", severity: "warning", path: ["actions", 0, "status"], value: "Awaiting funding" });
    expect(r.issues[0]?.hint).toContain("in-progress");
  });

  it("rejects an update's status it cannot read, with the canonical list as a hint", () => {
    const plan = { ...minimal(), actions: [{ id: "1.1", recommendation: "R1", title: "Act", updates: [{ date: "2024-05-01", status: "Awaiting funding" }] }] };
    const r = validatePlan(plan);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: "unknown-status", path: ["actions", 0, "updates", 0, "status"] });
    expect(r.issues[0]?.hint).toContain("in-progress");
  });

  it("reads council wordings as canonical values, with a warning", () => {
    const plan = { ...minimal(), actions: [{ id: "1.1", recommendation: "R1", title: "Act", status: "Completed", rag: "Amber/Green" }] };
    const r = validatePlan(plan);
    expect(r.ok).toBe(true);
    expect(r.plan?.actions[0]).toMatchObject({ status: "complete", rag: "amber" });
    expect(r.issues.map((i) => i.code).filter((c) => c.startsWith("non-canonical"))).toEqual(["non-canonical-status", "non-canonical-rag"]);
  });

  it("rejects dates that do not exist and accepts a month where only the month is known", () => {
    expect(validatePlan({ ...minimal(), peerChallenge: { start: "October 2023" } }).issues[0]).toMatchObject({
      code: "invalid-date",
      path: ["peerChallenge", "start"],
    });
    expect(validatePlan({ ...minimal(), actions: [{ id: "1", recommendation: "R1", title: "x", due: "2023-02-29" }] }).issues[0]).toMatchObject({
      code: "invalid-date",
    });
    expect(validatePlan({ ...minimal(), peerChallenge: { start: "2023-10" } }).ok).toBe(true);
  });

  it("keeps unknown fields and warns about them, suggesting the field meant", () => {
    const plan = { ...minimal(), actions: [{ id: "1.1", recommendation: "R1", title: "Act", owner: "Chief Executive" }] };
    const r = validatePlan(plan);
    expect(r.ok).toBe(true);
    expect(r.issues[0]).toMatchObject({ severity: "warning", code: "unknown-field", path: ["actions", 0, "owner"], hint: 'Did you mean "owners"?' });
    expect((r.plan?.actions[0] as unknown as Record<string, unknown>)["owner"]).toBe("Chief Executive");
  });

  it("keeps and reports unknown fields at every level, an update's previous values included", () => {
    const plan = {
      ...minimal(),
      actions: [
        {
          id: "1.1",
          recommendation: "R1",
          title: "Act",
          steps: [{ id: "a", text: "x", lead: "HR" }],
          updates: [{ date: "2024-05-01", status: "complete", previous: { status: "in-progress", reason: "finished early" } }],
        },
      ],
    };
    // The same plan once more with a field holding undefined, which the fast reader leaves to zod.
    const viaZod = structuredClone(plan);
    (viaZod.actions[0] as Record<string, unknown>)["comments"] = undefined;
    for (const input of [plan, viaZod]) {
      const r = validatePlan(input);
      expect(r.ok).toBe(true);
      expect(r.issues.filter((i) => i.code === "unknown-field").map((i) => i.path)).toEqual([
        ["actions", 0, "steps", 0, "lead"],
        ["actions", 0, "updates", 0, "previous", "reason"],
      ]);
      expect(r.plan?.actions[0]?.steps?.[0]).toEqual({ id: "a", text: "x", lead: "HR" });
      expect(r.plan?.actions[0]?.updates?.[0]?.previous).toEqual({ status: "in-progress", reason: "finished early" });
    }
  });

  it("returns a plan already in the schema's form as it is, and copies one that is not, never changing the input", () => {
    const canonical = { ...minimal(), actions: [{ id: "1.1", recommendation: "R1", title: "Act", owners: ["CEO"], timescale: "March 2024" }] };
    const before = JSON.stringify(canonical);
    const r = validatePlan(canonical);
    expect(r.plan).toBe(canonical);
    expect(JSON.stringify(canonical)).toBe(before);

    // Fields out of the schema's order, or an unknown one: a copy, in the schema's order.
    const shuffled = {
      ...minimal(),
      actions: [
        { timescale: "March 2024", title: "Act", recommendation: "R1", id: "1.1" },
        { id: "1.2", recommendation: "R1", title: "Act" },
      ],
    };
    const copied = validatePlan(shuffled).plan!;
    expect(copied).not.toBe(shuffled);
    expect(Object.keys(copied.actions[0]!)).toEqual(["id", "recommendation", "title", "timescale"]);
    expect(copied.actions[1]).toBe(shuffled.actions[1]);
    expect(Object.keys(shuffled.actions[0]!)).toEqual(["timescale", "title", "recommendation", "id"]);
  });

  it("warns once about an unknown field that recurs, saying how often", () => {
    const plan = { ...minimal(), actions: ["1", "2", "3"].map((id) => ({ id, recommendation: "R1", title: "Act", "Lead member": "Cllr Green" })) };
    const unknown = validatePlan(plan).issues.filter((i) => i.code === "unknown-field");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.message).toContain("So do 2 more actions.");
  });

  it("reads huge strings and reports deep nesting in the wrong place as a wrong type", () => {
    const huge = "x".repeat(10_000_000);
    expect(validatePlan({ ...minimal(), title: huge }).plan?.title).toHaveLength(10_000_000);
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const r = validatePlan({ ...minimal(), actions: deep });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: "wrong-type", path: ["actions", 0] });
  });

  it("never lets __proto__ reach a prototype", () => {
    const plan = JSON.parse(
      '{"schemaVersion":1,"council":{"name":"x"},"peerChallenge":{"start":"2024-01"},"recommendations":[],"actions":[],"__proto__":{"polluted":true}}',
    );
    const r = validatePlan(plan);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect((r.plan as unknown as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(r.issues[0]).toMatchObject({ code: "unknown-field", path: ["__proto__"] });
  });

  it("ignores a constructor field, with a warning", () => {
    const plan = { ...minimal(), actions: [{ id: "1.1", recommendation: "R1", title: "Act", constructor: { name: "x" } }] };
    const r = validatePlan(plan);
    expect(r.issues[0]).toMatchObject({ code: "unknown-field", path: ["actions", 0, "constructor"] });
    expect(Object.prototype.hasOwnProperty.call(r.plan?.actions[0], "constructor")).toBe(false);
  });
});

describe("validatePlan: repeated step ids", () => {
  const withSteps = (ids: string[]) => ({
    ...minimal(),
    actions: [{ id: "1.1", recommendation: "R1", title: "Act", steps: ids.map((id) => ({ id, text: `Step ${id}` })) }],
  });
  it("reports each repeat of a step's id, in a short list and a long one", () => {
    const short = validatePlan(withSteps(["a", "b", "a", "a"]));
    expect(short.ok).toBe(false);
    expect(short.issues.filter((i) => i.code === "duplicate-id").map((i) => i.path)).toEqual([
      ["actions", 0, "steps", 2, "id"],
      ["actions", 0, "steps", 3, "id"],
    ]);
    const ids = Array.from({ length: 500 }, (_, k) => `s${k}`);
    ids.push("s7");
    const long = validatePlan(withSteps(ids));
    expect(long.issues.filter((i) => i.code === "duplicate-id").map((i) => i.path)).toEqual([["actions", 0, "steps", 500, "id"]]);
    expect(validatePlan(withSteps(["a", "b", "c"])).ok).toBe(true);
  });
});

describe("validatePlan: references", () => {
  it("reports duplicate ids", () => {
    const plan = { ...minimal(), actions: [minimal().actions[0]!, minimal().actions[0]!] };
    expect(validatePlan(plan).issues).toContainEqual(expect.objectContaining({ severity: "error", code: "duplicate-id", path: ["actions", 1, "id"] }));
  });

  it("reports an action pointing at a recommendation the plan does not have", () => {
    const plan = { ...minimal(), actions: [{ id: "1.1", recommendation: "R9", title: "Act" }] };
    const r = validatePlan(plan);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: "unknown-recommendation", path: ["actions", 0, "recommendation"] });
  });

  it("reports a theme of the other framework, naming its counterpart", () => {
    const plan = { ...minimal(), recommendations: [{ id: "R1", title: "x", themes: ["capacity-to-deliver"] }] };
    const r = validatePlan(plan);
    expect(r.issues[0]).toMatchObject({ code: "unknown-theme", path: ["recommendations", 0, "themes", 0] });
    expect(r.issues[0]?.hint).toContain("capacity-for-improvement");
    expect(validatePlan({ ...plan, framework: "previous" }).ok).toBe(true);
  });

  it("rejects a theme id that is no theme at all", () => {
    const plan = { ...minimal(), recommendations: [{ id: "R1", title: "x", themes: ["housing"] }] };
    expect(validatePlan(plan).issues[0]).toMatchObject({ code: "unknown-theme" });
  });
});

describe("validatePlan: every fault in one run", () => {
  // Issue 12: a wrong status used to hide a duplicate id and an unknown recommendation until
  // it was fixed. The plan below has, counted by hand:
  //   shape:     recommendation 3 (R2) has a blank title; action 1 (1.1) is 150 % complete;
  //   fields:    action 2 has "colour";
  //   ids:       R2 twice (entries 2 and 3); action 1.1 twice (entries 1 and 2);
  //   reference: action 2 answers R9, which the plan does not have;
  //   warnings:  action 2 has no owner and no target (action 1 names an owner, so owners are
  //              expected); action 3 has no owner, no status (action 2 has one) and an
  //              unreadable target; R2 has no actions.
  // Action 1 cannot be read, but it still answers R1 and still names an owner.
  const plan = {
    schemaVersion: 1,
    council: { name: "X" },
    peerChallenge: { start: "2024-01" },
    recommendations: [
      { id: "R1", title: "One" },
      { id: "R2", title: "Two" },
      { id: "R2", title: " " },
    ],
    actions: [
      { id: "1.1", recommendation: "R1", title: "A", status: "in-progress", percentComplete: 150, owners: ["Jo"], timescale: "March 2024" },
      { id: "1.1", recommendation: "R9", title: "B", status: "in-progress", colour: "x" },
      { id: "1.3", recommendation: "R1", title: "C", timescale: "soonish" },
    ],
  };

  it("reports the shape errors, the repeated ids, the unknown reference and the warnings together", () => {
    const r = validatePlan(plan, { asOf: "2024-06-01" });
    expect(r.ok).toBe(false);
    expect(r.plan).toBeUndefined();
    expect(r.issues.map((i) => `${i.severity} ${i.code} ${i.path.join(".")}`)).toEqual([
      "error empty-value recommendations.2.title",
      "error invalid-value actions.0.percentComplete",
      "warning unknown-field actions.1.colour",
      "error duplicate-id recommendations.2.id",
      "error duplicate-id actions.1.id",
      "error unknown-recommendation actions.1.recommendation",
      "warning action-without-owner actions.1.owners",
      "warning action-without-target actions.1.timescale",
      "warning action-without-owner actions.2.owners",
      "warning action-without-status actions.2.status",
      "warning unparseable-timescale actions.2.timescale",
      "warning recommendation-without-actions recommendations.1",
    ]);
    expect(r.issues.find((i) => i.code === "duplicate-id" && i.path[0] === "actions")?.message).toBe("Action 1.1 appears twice (entries 1 and 2).");
  });

  it("finds the same ids, references and warnings once the shape is put right", () => {
    // Only the recommendation that could not be read gains a warning when it can be: the
    // second R2 has no actions either.
    const fixed = structuredClone(plan);
    fixed.actions[0]!.percentComplete = 50;
    fixed.recommendations[2]!.title = "Three";
    const before = validatePlan(plan, { asOf: "2024-06-01" }).issues.filter((i) => i.code !== "empty-value" && i.code !== "invalid-value");
    const after = validatePlan(fixed, { asOf: "2024-06-01" }).issues.filter((i) => i.path.join(".") !== "recommendations.2");
    expect(after.map((i) => [i.code, i.path]).sort()).toEqual(before.map((i) => [i.code, i.path]).sort());
  });

  it("still checks the ids when the plan's own fields cannot be read, but makes no rule warnings", () => {
    // A peerChallenge that is not an object: the plan's own fields cannot be read, so the
    // warning rules do not run; the repeated action id is still found.
    const codes = validatePlan({ ...plan, peerChallenge: "January 2024" }).issues.map((i) => i.code);
    expect(codes).toContain("wrong-type");
    expect(codes.filter((c) => c === "duplicate-id")).toHaveLength(2);
    expect(codes).toContain("unknown-recommendation");
    expect(codes).not.toContain("action-without-owner");
  });

  it("reads a plan that does not say its council or CPC date, with a warning for each", () => {
    // A tracker may say neither; the figures need neither.
    const { council: _c, peerChallenge: _p, ...bare } = minimal();
    const r = validatePlan(bare);
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => i.code).slice(0, 2)).toEqual(["no-council", "no-cpc-date"]);
  });

  it("does not call a reference unknown when the recommendation is there but unreadable", () => {
    // The minimal plan's own warnings (no owner, no target) are still made.
    const r = validatePlan({ ...minimal(), recommendations: [{ id: "R1", title: "" }] });
    expect(r.issues.map((i) => i.code)).toEqual(["empty-value", "action-without-owner", "action-without-target"]);
  });
});

describe("validatePlan: names that reach prototypes, inside unknown fields", () => {
  it("keeps an unknown field's value without its __proto__, constructor and prototype keys, at any depth, with a warning", () => {
    // JSON.parse makes "__proto__" an own key; copied on, a later merge could pollute.
    const text =
      '{"schemaVersion":1,"council":{"name":"x"},"peerChallenge":{"start":"2024-01"},"recommendations":[{"id":"R1","title":"r"}],' +
      '"actions":[{"id":"1.1","recommendation":"R1","title":"a","extra":{"keep":1,"list":[{"__proto__":{"polluted":true},"ok":2}],"deep":{"constructor":{"prototype":3}}}}]}';
    const input = JSON.parse(text);
    const r = validatePlan(input);
    const extra = (r.plan?.actions[0] as unknown as Record<string, unknown>)["extra"];
    expect(JSON.stringify(extra)).toBe('{"keep":1,"list":[{"ok":2}],"deep":{}}');
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    const warned = r.issues.filter((i) => i.code === "unknown-field");
    // One warning for "extra" itself and one for the first forbidden key inside it.
    expect(warned.map((i) => i.path.join("."))).toEqual(["actions.0.extra", expect.stringMatching(/^actions\.0\.extra\./)]);
    expect(warned[1]?.message).toMatch(
      /^Action 1\.1: "extra" holds a key "(__proto__|constructor)" \(at extra\..+\), which is not allowed; it and any others like it were left out of the copy kept\.$/,
    );
    // The input is not changed.
    expect(Object.keys(input.actions[0].extra.list[0])).toEqual(["__proto__", "ok"]);
  });

  it("keeps a value with no such key as it is, the same object", () => {
    const extra = { keep: [1, { a: 2 }] };
    const r = validatePlan({ ...minimal(), actions: [{ id: "1.1", recommendation: "R1", title: "Act", extra }] });
    expect((r.plan?.actions[0] as unknown as Record<string, unknown>)["extra"]).toBe(extra);
  });
});

describe("validatePlan: issues carry what a program needs", () => {
  it("gives the value found and the values allowed", () => {
    const r = validatePlan({
      ...minimal(),
      actions: [
        { id: "1.1", recommendation: "R1", title: "Act", status: "Finished-ish" },
        { id: "1.1", recommendation: "R9", title: "Act", rag: "purple", status: "Completed" },
      ],
    });
    const byCode = (code: string) => r.issues.find((i) => i.code === code);
    expect(byCode("unrecognised-status")).toMatchObject({
      value: "Finished-ish",
      allowed: ["not-started", "in-progress", "complete", "ongoing", "on-hold", "cancelled"],
    });
    expect(byCode("unknown-rag")).toMatchObject({ value: "purple", allowed: ["red", "amber", "green", "blue"] });
    expect(byCode("duplicate-id")).toMatchObject({ value: "1.1" });
    expect(byCode("unknown-recommendation")).toMatchObject({ value: "R9", allowed: ["R1"] });
    expect(byCode("non-canonical-status")).toMatchObject({ value: "Completed" });
    // Issues with nothing to add have no such keys.
    expect(Object.keys(byCode("action-without-owner") ?? {})).not.toContain("value");
  });
});
