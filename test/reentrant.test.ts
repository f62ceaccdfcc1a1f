// No state kept between calls (issue 32): the timescale reader and the fast plan reader
// must give the same answer when they are called again from inside a call, through a hook
// or an option the caller gives them. Before, each kept its working state at module level
// (one shared scanner; four variables and the hook), so the inner call overwrote the
// outer one's tokens and fields.
import { describe, expect, it } from "vitest";
import { parseTimescale, type ParseTimescaleOptions } from "../src/index.js";
import { FIELDS, parsePlanFast, type ExtraFields, type Kind } from "../src/schema/fast.js";

/** Records the hook's calls, and copies unknown fields after the known ones as zod's loose objects do. */
function recorder(name: string, log: string[], onFound?: () => void): ExtraFields {
  return {
    found: (kind) => {
      log.push(`${name} found ${kind}`);
      onFound?.();
    },
    copy: (kind: Kind, raw, out) => {
      log.push(`${name} copy ${kind}`);
      for (const key of Object.keys(raw)) if (!FIELDS[kind].includes(key)) out[key] = raw[key];
    },
  };
}

describe("parsePlanFast called again from its own hook", () => {
  // The outer plan has an unknown field on the plan ("owner") and on its one action
  // ("lead"); the inner plan, read from the hook when the plan's field is found, has an
  // unknown field on its recommendation ("rank") only.
  const outer = {
    schemaVersion: 1,
    owner: "Chief Executive",
    recommendations: [{ id: "R1", title: "Develop a medium-term financial strategy" }],
    actions: [{ id: "1.1", recommendation: "R1", title: "Publish the MTFS", lead: "S151 officer", timescale: "March 2025" }],
  };
  const inner = {
    schemaVersion: 1,
    recommendations: [{ id: "R9", title: "Refresh the council plan", rank: 2 }],
    actions: [],
  };

  it("reads both plans whole, and each hook hears only of its own plan", () => {
    const log: string[] = [];
    let innerResult: unknown;
    const outerHook = recorder("outer", log, () => {
      if (innerResult === undefined) innerResult = parsePlanFast(inner, recorder("inner", log)) ?? null;
    });
    const result = parsePlanFast(outer, outerHook);
    // Counted from the plans above: the outer plan's field is found (and the inner plan read,
    // its recommendation's field found and copied), then the outer action's field is found;
    // the copies follow each object's own fields, the action's before the plan's.
    expect(log).toEqual([
      "outer found plan",
      "inner found recommendation",
      "inner copy recommendation",
      "outer found action",
      "outer copy action",
      "outer copy plan",
    ]);
    expect(innerResult).toEqual(inner);
    // Fields in the schema's order, then the unknown ones.
    expect(result).toEqual(outer);
    expect(Object.keys(result as object)).toEqual(["schemaVersion", "recommendations", "actions", "owner"]);
    expect(Object.keys((result as typeof outer).actions[0]!)).toEqual(["id", "recommendation", "title", "timescale", "lead"]);
  });

  it("still leaves a plan it cannot read to zod after reading another from its hook", () => {
    // The outer plan's action has no title: not the common case, whatever the inner call did.
    const broken = { ...outer, actions: [{ id: "1.1", recommendation: "R1", lead: "S151 officer" }] };
    let inside: unknown;
    const hook = recorder("outer", [], () => {
      inside ??= parsePlanFast(inner, recorder("inner", []));
    });
    expect(parsePlanFast(broken, hook)).toBeUndefined();
    expect(inside).toEqual(inner);
  });
});

describe("parseTimescale called again while it reads an option", () => {
  /** Options whose reference date, when first read, reads another text. */
  function reentrant(other: string, seen: unknown[]): ParseTimescaleOptions {
    return {
      get reference() {
        seen.push(parseTimescale(other));
        return "2024-01-01";
      },
    };
  }

  it("reads its own text, not the one read inside it", () => {
    const seen: unknown[] = [];
    // "March" has no year: placed by the reference date 2024-01-01, the first March ending
    // on or after it is March 2024 (2024-03-01 to 2024-03-31).
    expect(parseTimescale("March", reentrant("7-9 October 2030", seen))).toEqual({
      kind: "date",
      text: "March",
      start: "2024-03-01",
      due: "2024-03-31",
      precision: "month",
      yearFromReference: true,
    });
    // The inner text read whole: 7 to 9 October 2030.
    expect(seen).toEqual([{ kind: "date", text: "7-9 October 2030", start: "2030-10-07", due: "2030-10-09", precision: "day" }]);
  });

  it("keeps its own milestones when the inner text has a problem", () => {
    const seen: unknown[] = [];
    const read = parseTimescale("Draft by June 2024, final by Sept 2025", reentrant("31/02/2024", seen));
    // Two milestones, each labelled by the words before it: June 2024 and September 2025.
    expect(read).toEqual({
      kind: "milestones",
      text: "Draft by June 2024, final by Sept 2025",
      start: "2024-06-01",
      due: "2025-09-30",
      milestones: [
        { label: "Draft by", text: "June 2024", start: "2024-06-01", due: "2024-06-30", precision: "month" },
        { label: "final by", text: "Sept 2025", start: "2025-09-01", due: "2025-09-30", precision: "month" },
      ],
    });
    // 31 February does not exist.
    expect(seen).toEqual([expect.objectContaining({ kind: "unknown", text: "31/02/2024", cause: "impossible" })]);
  });

  it("reads each text the same inside another reading as alone, and the outer one too", () => {
    // Texts with a number, so that every one reads its reference date (a text with no number is first tried whole).
    const texts = [
      "Q3 2024/25",
      "April-Sept 2024",
      "March 2025 (originally June 2025)",
      "13/13/2024",
      "within 6 months",
      "Completed March 2024",
      "a. July 2025 b. October 2025",
    ];
    const alone = texts.map((t) => parseTimescale(t, { reference: "2024-01-01" }));
    texts.forEach((t, k) => {
      // Each text read while the next one (cyclically) is being read.
      const other = texts[(k + 1) % texts.length]!;
      const seen: unknown[] = [];
      const outer = parseTimescale(other, {
        get reference() {
          seen.push(parseTimescale(t, { reference: "2024-01-01" }));
          return "2024-01-01";
        },
      });
      expect(seen, t).toEqual([alone[k]]);
      expect(outer, other).toEqual(alone[(k + 1) % texts.length]);
    });
  });
});

describe("a council's wordings are read as they are at each call", () => {
  it("a wording added to the same object after a first call is known at the next", async () => {
    const { wordingOf } = await import("../src/status/index.js");
    const wordings: Record<string, { status?: "in-progress"; rag?: "red" }> = { "Behind schedule": { status: "in-progress", rag: "red" } };
    expect(wordingOf(wordings, "behind schedule")).toEqual({ status: "in-progress", rag: "red" });
    expect(wordingOf(wordings, "Slipping")).toBeUndefined();
    // The object kept by the caller gains a word: a cache keyed by the object would miss it.
    wordings["Slipping"] = { rag: "red" };
    expect(wordingOf(wordings, "SLIPPING")).toEqual({ rag: "red" });
  });
});
