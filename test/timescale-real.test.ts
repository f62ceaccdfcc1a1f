import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTimescale, type ParseTimescaleOptions, type Timescale } from "../src/index.js";

// Real target texts from public council documents, with the reading a council officer
// gives each (test/fixtures/real-timescales.tsv says where each comes from).
interface Row {
  readonly text: string;
  readonly reading: string;
  readonly options: ParseTimescaleOptions;
  readonly source: string;
}

const rows: Row[] = readFileSync(new URL("./fixtures/real-timescales.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("text\t"))
  .map((line) => {
    const [text = "", reading = "", options = "", source = ""] = line.split("\t");
    const o: Record<string, string> = {};
    if (options !== "-") for (const pair of options.split(" ")) o[pair.split("=")[0]!] = pair.split("=")[1]!;
    return { text, reading, options: o, source };
  });

/** Whether the reading the program gives is the officer's reading. */
function readsAs(t: Timescale, reading: string): boolean {
  const [kind, first, ...flags] = reading.split(" ");
  if (kind === "unknown") return t.kind === "unknown" && (first === "any" || t.cause === first);
  if (kind === "recurring") return t.kind === "recurring" && t.frequency === first;
  if (kind === "ongoing") return t.kind === "ongoing";
  if (kind === "status") return t.kind === "status" && t.status === first && (flags[0] === undefined || t.date?.due === flags[0]);
  if (kind !== "date" || t.kind !== "date" || t.due !== first) return false;
  const want = new Set(flags);
  return (
    (t.approximate === true) === want.has("approximate") &&
    (t.continuing === true) === want.has("continuing") &&
    (t.relativeTo === undefined ? !flags.some((f) => f.startsWith("relative=")) : want.has(`relative=${t.relativeTo}`)) &&
    (t.originalDue === undefined ? !flags.some((f) => f.startsWith("original=")) : want.has(`original=${t.originalDue}`))
  );
}

/** A date given where the officer reads another, or reads none: the one thing a miss must never be. */
function isConfidentWrongDate(t: Timescale, reading: string): boolean {
  return (t.kind === "date" || t.kind === "milestones") && !readsAs(t, reading);
}

describe("real target texts from public council documents (test/fixtures/real-timescales.tsv)", () => {
  it("holds at least 150 distinct texts from at least 50 sources, none from the seeds", () => {
    expect(new Set(rows.map((r) => r.text)).size).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map((r) => r.source)).size).toBeGreaterThanOrEqual(50);
    expect(rows.every((r) => /^https?:\/\//.test(r.source))).toBe(true);
  });

  it("reads at least 98% of them as a council officer does", () => {
    const misses = rows.filter((r) => !readsAs(parseTimescale(r.text, r.options), r.reading));
    const right = rows.length - misses.length;
    expect(right / rows.length, misses.map((r) => `${r.text} -> ${JSON.stringify(parseTimescale(r.text, r.options))}`).join("\n")).toBeGreaterThanOrEqual(0.98);
  });

  it("gives no confident wrong date: every text it misses is unknown, with a reason", () => {
    const wrong = rows.filter((r) => isConfidentWrongDate(parseTimescale(r.text, r.options), r.reading));
    expect(wrong.map((r) => `${r.text} -> ${JSON.stringify(parseTimescale(r.text, r.options))}`)).toEqual([]);
  });
});
