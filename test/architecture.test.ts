// The layers of docs/architecture.md, held: no import circles in src/ (a type-only import
// counts, as does a lazy import()), and each layer importing only from below it.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../src");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

// `import ... from "x"`, `export ... from "x"`, `import "x"` and `import("x")`, relative ones only.
const IMPORT = /\b(?:from|import)\s*(?:\(\s*)?"(\.{1,2}\/[^"]+)"/g;

/** Each file of src/ (relative to it) and the files of src/ it imports. */
function graph(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files(SRC)) {
    // Comments are left out: an example in a JSDoc block imports nothing.
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^[ \t]*\/\/.*$/gm, "");
    const deps: string[] = [];
    for (const m of code.matchAll(IMPORT)) {
      const target = resolve(dirname(file), m[1]!.replace(/\.js$/, ".ts"));
      deps.push(relative(SRC, target));
    }
    out.set(relative(SRC, file), deps);
  }
  return out;
}

/** The strongly connected components of more than one file, or of one file importing itself (Tarjan). */
function circles(g: Map<string, string[]>): string[][] {
  let index = 0;
  const at = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    at.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!g.has(w)) continue;
      if (!at.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, at.get(w)!));
    }
    if (low.get(v) === at.get(v)) {
      const part: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1 || (g.get(v) ?? []).includes(v)) found.push(part.sort());
    }
  };
  for (const v of g.keys()) if (!at.has(v)) visit(v);
  return found;
}

const folder = (file: string): string => (file.includes("/") ? file.slice(0, file.indexOf("/")) : file.replace(/\.ts$/, ""));

/** The folders (or top-level files) a folder's files import, other than itself. */
function importsOf(g: Map<string, string[]>, from: string): Set<string> {
  const out = new Set<string>();
  for (const [file, deps] of g) if (folder(file) === from) for (const d of deps) if (folder(d) !== from) out.add(folder(d));
  return out;
}

describe("the layers", () => {
  const g = graph();

  it("reads the import graph (a check that the scanner sees imports at all)", () => {
    // facts/action.ts imports facts/context.ts and timescale/due.ts, among others.
    expect(g.get("facts/action.ts")).toEqual(expect.arrayContaining(["facts/context.ts", "timescale/due.ts"]));
    expect(g.size).toBeGreaterThan(100);
  });

  it("has no import circle", () => {
    expect(circles(g)).toEqual([]);
  });

  it("the circle finder finds one when there is one", () => {
    const made = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts"]],
    ]);
    expect(circles(made)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });

  it("the base imports nothing above it", () => {
    for (const base of ["model", "dates", "fold", "hash", "own", "ooxml"]) {
      expect(
        [...importsOf(g, base)].filter((f) => !["model", "dates", "fold", "hash", "own"].includes(f)),
        base,
      ).toEqual([]);
    }
  });

  it("the facts layer imports only the model, the words and the dates", () => {
    expect([...importsOf(g, "facts")].sort()).toEqual(["dates", "model", "status", "timescale"]);
  });

  it("the words import only the base (and each other)", () => {
    for (const words of ["timescale", "status", "themes"]) {
      expect(
        [...importsOf(g, words)].filter((f) => !["model", "dates", "fold", "hash", "own", "timescale", "status", "themes"].includes(f)),
        words,
      ).toEqual([]);
    }
  });

  it("no two folders import each other (status/ reads no timescale, table/ no csv/)", () => {
    // The folders as one graph: a folder imports another when one of its files does.
    const folders = new Map<string, string[]>();
    for (const file of g.keys()) folders.set(folder(file), [...importsOf(g, folder(file))]);
    expect(circles(folders)).toEqual([]);
    // status/ holds the wordings alone; reading a status beside its timescale is a fact (facts/status.ts).
    expect(importsOf(g, "status").has("timescale")).toBe(false);
  });

  it("validation never imports the statistics, progress or reports; the statistics never import validation", () => {
    expect([...importsOf(g, "schema")].filter((f) => ["statistics", "progress", "report", "portfolio", "calendar"].includes(f))).toEqual([]);
    expect([...importsOf(g, "statistics")].filter((f) => ["schema", "progress", "report", "portfolio", "calendar"].includes(f))).toEqual([]);
  });
});
