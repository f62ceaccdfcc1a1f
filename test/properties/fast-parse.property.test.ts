// The fast reader of plans (src/schema/fast.ts) must accept exactly what the zod schema
// accepts and return exactly what zod returns, fields in the same order. These tests
// compare the two on generated plans, valid ones and ones broken in every way.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { FIELDS, parsePlanFast, type ExtraFields, type Kind } from "../../src/schema/fast.js";
import { actionPlanZod, actionZod, recommendationZod, stepZod, updateZod } from "../../src/schema/plan.js";
import { validatePlan } from "../../src/schema/index.js";
import { STATUSES } from "../../src/index.js";
import { calendarDate, plan } from "./arbitraries.js";

/**
 * Copies unknown fields after the known ones, as zod's loose objects do (all but
 * "__proto__"); validatePlan's own hook does the same and then drops the other names that
 * reach prototypes.
 */
const keepExtras: ExtraFields = {
  found: () => {},
  copy: (kind, raw, out) => {
    for (const key of Object.keys(raw)) {
      if (FIELDS[kind].includes(key) || key === "__proto__") continue;
      Object.defineProperty(out, key, { value: raw[key], enumerable: true, writable: true, configurable: true });
    }
  },
};

/** Deep equality that also requires the same keys in the same order (zod's output order). */
function expectSame(actual: unknown, expected: unknown, path = "plan"): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    const a = actual as unknown[];
    expect(a.length, path).toBe(expected.length);
    expected.forEach((e, i) => expectSame(a[i], e, `${path}[${i}]`));
  } else if (typeof expected === "object" && expected !== null) {
    expect(typeof actual === "object" && actual !== null && !Array.isArray(actual), path).toBe(true);
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    expect(Object.keys(a), path).toEqual(Object.keys(e));
    for (const k of Object.keys(e)) expectSame(a[k], e[k], `${path}.${k}`);
  } else {
    expect(Object.is(actual, expected), `${path}: ${String(actual)} vs ${String(expected)}`).toBe(true);
  }
}

/** Whether a value holds `undefined` anywhere as a field's value: the fast reader leaves those to zod. */
function holdsUndefined(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(holdsUndefined);
  if (typeof v === "object" && v !== null)
    return Object.keys(v).some((k) => (v as Record<string, unknown>)[k] === undefined || holdsUndefined((v as Record<string, unknown>)[k]));
  return false;
}

/** A valid plan with every optional field the generator leaves out: updates, dates, codes. */
const richPlan = fc
  .tuple(
    plan(),
    fc.record({
      code: fc.option(fc.constant("E07000146"), { nil: undefined }),
      framework: fc.option(fc.constant("current" as const), { nil: undefined }),
      end: fc.option(fc.oneof(calendarDate, fc.constant("2023-10")), { nil: undefined }),
      publishedOn: fc.option(fc.constant("2024-01"), { nil: undefined }),
      focusAreas: fc.option(fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }), { nil: undefined }),
      nextBy: fc.option(fc.constantFrom("2024", "2024-06", "2024-06-30"), { nil: undefined }),
      peerTeam: fc.option(
        fc.array(
          fc.record(
            { name: fc.constantFrom("Andy Donald", "Cllr Gillian Ford"), role: fc.string({ maxLength: 8 }), organisation: fc.string({ maxLength: 8 }) },
            { requiredKeys: ["name"] },
          ),
          { maxLength: 3 },
        ),
        { nil: undefined },
      ),
      points: fc.option(fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), { nil: undefined }),
      percentComplete: fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })), { nil: undefined }),
      weight: fc.option(fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0.001, max: 1e6, noNaN: true })), { nil: undefined }),
      updates: fc.array(
        fc.record(
          {
            date: calendarDate,
            status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
            timescale: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
            due: fc.option(calendarDate, { nil: undefined }),
            owners: fc.option(fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }), { nil: undefined }),
            note: fc.option(fc.string(), { nil: undefined }),
            previous: fc.option(
              fc.record(
                {
                  status: fc.constantFrom(...STATUSES),
                  timescale: fc.string({ maxLength: 12 }),
                  due: calendarDate,
                  owners: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
                },
                { requiredKeys: [] },
              ),
              { nil: undefined },
            ),
          },
          { requiredKeys: ["date"] },
        ),
        { maxLength: 2 },
      ),
    }),
  )
  .map(([p, extra]) => {
    const out = structuredClone(p) as unknown as Record<string, unknown> & {
      council: Record<string, unknown>;
      peerChallenge: Record<string, unknown>;
      actions: Record<string, unknown>[];
    };
    const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
    if (extra.code) out.council["code"] = extra.code;
    if (extra.framework) out["framework"] = extra.framework;
    if (extra.end) out.peerChallenge["end"] = extra.end;
    if (extra.publishedOn) out["publishedOn"] = extra.publishedOn;
    if (extra.focusAreas) out["focusAreas"] = extra.focusAreas;
    // The draft's fields: the next CPC, the peer team, a recommendation's points (on the first).
    if (extra.nextBy) out.peerChallenge["nextBy"] = extra.nextBy;
    if (extra.peerTeam) out["peerTeam"] = extra.peerTeam;
    const first = (out["recommendations"] as Record<string, unknown>[])[0];
    if (extra.points && first) first["points"] = extra.points;
    // The new fields of the second version: on every other action, and on every step.
    out.actions.forEach((a, i) => {
      if (i % 2 === 0 && extra.percentComplete !== undefined) a["percentComplete"] = extra.percentComplete;
      if (i % 2 === 0 && extra.weight !== undefined) a["weight"] = extra.weight;
      if (extra.percentComplete !== undefined)
        for (const st of (a["steps"] as Record<string, unknown>[] | undefined) ?? []) st["percentComplete"] = extra.percentComplete;
    });
    if (extra.updates.length > 0)
      for (const a of out.actions) a["updates"] = extra.updates.map((u) => clean({ ...u, previous: u.previous && clean(u.previous) }));
    return out;
  });

/** Every place in a value where a mutation can land: [container, key]. */
function places(root: unknown): [Record<string | number, unknown>, string | number][] {
  const out: [Record<string | number, unknown>, string | number][] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v))
      v.forEach((x, i) => {
        out.push([v as unknown as Record<number, unknown>, i]);
        walk(x);
      });
    else if (typeof v === "object" && v !== null)
      for (const k of Object.keys(v)) {
        out.push([v as Record<string, unknown>, k]);
        walk((v as Record<string, unknown>)[k]);
      }
  };
  walk(root);
  return out;
}

const oddValue = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom<unknown>(
      undefined,
      null,
      "",
      " ",
      "\t",
      "complete",
      "Completed",
      "2024-02-30",
      "2024-02-29",
      "2023-02-29",
      "2024-13",
      "2024-12",
      "24-12-01",
      "R1",
      "governance-and-culture",
      "leadership-of-place",
      1,
      0,
      2,
      -1,
      0.5,
      100,
      100.5,
      Infinity,
      NaN,
      -0,
      "1",
      [],
      {},
      [""],
      ["x", 1],
      { status: "complete" },
      { extra: 1 },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** A rich plan broken at one to three places: a value replaced, a key removed or an unknown key added. */
const brokenPlan = fc
  .tuple(richPlan, fc.array(fc.tuple(fc.nat(), fc.constantFrom("set", "delete", "add"), oddValue), { minLength: 1, maxLength: 3 }))
  .map(([p, edits]) => {
    for (const [at, how, value] of edits) {
      const all = places(p);
      if (all.length === 0) break;
      const [container, key] = all[at % all.length]!;
      if (how === "set") container[key] = value;
      else if (how === "delete" && !Array.isArray(container)) Reflect.deleteProperty(container, key);
      else if (how === "add") {
        const target = container[key];
        if (typeof target === "object" && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)["unexpected"] = value;
      }
    }
    return p;
  });

describe("the fast reader and zod", () => {
  it("know the same fields for every kind of object, in the same order", () => {
    const shapes: Record<Kind, z.ZodObject> = {
      plan: actionPlanZod,
      council: actionPlanZod.shape.council.unwrap(),
      peerChallenge: actionPlanZod.shape.peerChallenge.unwrap(),
      peer: actionPlanZod.shape.peerTeam.unwrap().element,
      recommendation: recommendationZod,
      action: actionZod,
      step: stepZod,
      update: updateZod,
      previous: updateZod.shape.previous.unwrap(),
    };
    for (const [kind, schema] of Object.entries(shapes)) expect(FIELDS[kind as Kind], kind).toEqual(Object.keys(schema.shape));
  });

  test.prop([richPlan])("read a valid plan to the same value, fields in the same order", (p) => {
    const z = actionPlanZod.safeParse(p);
    expect(z.success).toBe(true);
    const fast = parsePlanFast(p, keepExtras);
    expect(fast).toBeDefined();
    expectSame(fast, z.data);
  });

  it("agree on each edge of the second version's fields: percentages, weights, a reschedule's values", () => {
    // Each value is put in one place of a valid plan; the fast reader must accept exactly what zod accepts.
    const numbers = [0, -0, 0.5, 1, 99.99, 100, 100.5, -1, Infinity, -Infinity, NaN, "50", null, 1e6];
    const lists = [[], ["A. Smith"], ["A. Smith", ""], [1], "A. Smith", {}, null];
    const dates = ["2024-06-30", "2024-02-30", "2024-06", "", 20240630];
    const places: [string, (a: Record<string, unknown>, v: unknown) => void, readonly unknown[]][] = [
      ["action percentComplete", (a, v) => (a["percentComplete"] = v), numbers],
      ["action weight", (a, v) => (a["weight"] = v), numbers],
      ["step percentComplete", (a, v) => (a["steps"] = [{ id: "a", text: "x", percentComplete: v }]), numbers],
      ["update owners", (a, v) => (a["updates"] = [{ date: "2024-06-01", owners: v }]), lists],
      ["update due", (a, v) => (a["updates"] = [{ date: "2024-06-01", due: v }]), dates],
      ["update timescale", (a, v) => (a["updates"] = [{ date: "2024-06-01", timescale: v }]), ["June 2024", "", 2024, null]],
      ["previous owners", (a, v) => (a["updates"] = [{ date: "2024-06-01", owners: ["B"], previous: { owners: v } }]), lists],
      ["previous due", (a, v) => (a["updates"] = [{ date: "2024-06-01", due: "2024-07-31", previous: { due: v } }]), dates],
    ];
    let accepted = 0;
    for (const [where, put, values] of places)
      for (const v of values) {
        const a: Record<string, unknown> = { id: "1", recommendation: "R1", title: "t" };
        put(a, v);
        const p = { schemaVersion: 1, recommendations: [{ id: "R1", title: "r" }], actions: [a] };
        const z = actionPlanZod.safeParse(p);
        const fast = parsePlanFast(p, keepExtras);
        expect(fast !== undefined, `${where} = ${String(v)}`).toBe(z.success);
        if (fast !== undefined) {
          accepted++;
          expectSame(fast, z.data);
        }
      }
    // Accepted, counted from the lists: the numbers from 0 to 100 are 0, -0, 0.5, 1, 99.99, 100: 6
    // for each percentage (x2 = 12); weights above 0 and finite: 0.5, 1, 99.99, 100, 100.5, 1e6 = 6;
    // owners lists of text: [], ["A. Smith"], ["A. Smith", ""] = 3 (x2 = 6); dates: 1 (x2 = 2);
    // timescales: "June 2024" and "" = 2. 12 + 6 + 6 + 2 + 2 = 28.
    expect(accepted).toBe(28);
  });

  it("agree on each edge of the draft's fields: the next CPC's date, the peer team, a recommendation's points", () => {
    const texts = [[], ["Set a vision"], ["", "x"], [1], "Set a vision", null];
    const peers = [
      [],
      [{ name: "Andy Donald" }],
      [{ name: "Andy Donald", role: "Chief Executive", organisation: "Redbridge" }],
      [{ name: " " }],
      [{ role: "Leader" }],
      [{ name: "A", role: 1 }],
      ["Andy Donald"],
      {},
    ];
    const years = ["2024", "2024-06", "2024-06-30", "24", "2024-13", "2024-02-30", "", 2024];
    const places: [string, (p: Record<string, unknown>, v: unknown) => void, readonly unknown[]][] = [
      ["points", (p, v) => ((p["recommendations"] as Record<string, unknown>[])[0]!["points"] = v), texts],
      ["peerTeam", (p, v) => (p["peerTeam"] = v), peers],
      ["nextBy", (p, v) => (p["peerChallenge"] = { start: "2019-01-07", nextBy: v }), years],
    ];
    let accepted = 0;
    for (const [where, put, values] of places)
      for (const v of values) {
        const p: Record<string, unknown> = { schemaVersion: 1, recommendations: [{ id: "R1", title: "r" }], actions: [] };
        put(p, v);
        const z = actionPlanZod.safeParse(p);
        const fast = parsePlanFast(p, keepExtras);
        expect(fast !== undefined, `${where} = ${JSON.stringify(v)}`).toBe(z.success);
        if (fast !== undefined) {
          accepted++;
          expectSame(fast, z.data);
        }
      }
    // Accepted, counted from the lists: points that are lists of text: [], ["Set a vision"],
    // ["", "x"] = 3; peer teams of members with a name of text and text roles: [], the two
    // named = 3; next CPC dates: "2024", "2024-06", "2024-06-30" = 3. 3 + 3 + 3 = 9.
    expect(accepted).toBe(9);
  });

  test.prop([brokenPlan], { numRuns: 1000 })(
    "agree on a broken plan: the fast reader accepts only what zod accepts, as zod reads it",
    (p) => {
      const z = actionPlanZod.safeParse(p);
      const fast = parsePlanFast(p, keepExtras);
      if (fast === undefined) {
        // Left to zod: because zod rejects it, or because a field holds undefined.
        if (z.success) expect(holdsUndefined(p)).toBe(true);
      } else {
        expect(z.success).toBe(true);
        expectSame(fast, z.data);
      }
    },
    60_000,
  );

  test.prop([brokenPlan], { numRuns: 300 })("validatePlan says the same whether the fast reader or zod reads the plan", (p) => {
    // An action field holding undefined sends the plan to zod; it changes nothing else.
    const viaZod = structuredClone(p) as { actions?: unknown };
    const first = Array.isArray(viaZod.actions) ? viaZod.actions[0] : undefined;
    if (typeof first !== "object" || first === null || Array.isArray(first)) return;
    (first as Record<string, unknown>)["comments"] ??= undefined;
    if (!("comments" in first) || (first as Record<string, unknown>)["comments"] !== undefined) return;
    const a = validatePlan(p, { asOf: "2024-06-26" });
    const b = validatePlan(viaZod, { asOf: "2024-06-26" });
    expect(a.ok).toBe(b.ok);
    expect(a.issues).toEqual(b.issues);
    expect(a.plan).toEqual(b.plan);
  });
});
