// Every @example in the source runs, and every `//=>` in it shows what the code returns.
// scripts/check-examples.mjs checks that the examples compile against the built package; this runs them against
// the source: each example becomes a module (esbuild, "peer-challenge" and its subpaths mapped to src/), the
// expression before each `//=>` is recorded, and the record is compared with the value shown. The conventions
// (what `...` means, the names an example may use undeclared, the files it may read) are in docs/contributing.md.
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { examplesOf, mismatch, runnable, sourceFiles, type Example, type Runnable } from "./jsdoc-examples/extract.js";

const root = fileURLToPath(new URL("..", import.meta.url));
// Inside the project, so that the modules find zod and the others in node_modules.
const dir = join(root, "node_modules", ".cache", "jsdoc-examples");
const out = join(dir, "out");
/** The folder an example's relative file names are read from first (then the project's root), and written to. */
const files = join(dir, "files");
const CHECK = "__jsdocExampleCheck";

/**
 * The files examples read that the project does not hold under those names: real documents from test/fixtures.
 * ("Ian Thomas.xlsx" is not here: the example of writeReturnXlsx writes it, and the one of collectReturns reads it.)
 */
const FILES: Record<string, string> = {
  "action-plan.docx": "test/fixtures/docx/action-plan.docx",
  "feedback-report.docx": "test/fixtures/draft/kingston-feedback-report-2019.docx",
  "tracker.xlsx": "test/fixtures/xlsx/tracker.xlsx",
};

/** The names an example may use undeclared (test/jsdoc-examples/fixtures.ts gives their values). */
const FIXTURES = ["kingston", "westNorfolk", "plan", "lastQuarter", "thisQuarter", "text"];
const fixturesFor = (code: string): string[] =>
  FIXTURES.filter((name) => new RegExp(`\\b${name}\\b`).test(code) && !new RegExp(`\\b(?:const|let|var|import)\\b[^;=\\n]*\\b${name}\\b`).test(code));

interface Prepared {
  readonly example: Example;
  readonly name: string;
  readonly run?: Runnable;
  readonly error?: string;
}

const prepared: Prepared[] = sourceFiles(join(root, "src")).flatMap((file) =>
  examplesOf(file, relative(root, file)).map((example, i): Prepared => {
    const name = `${relative(join(root, "src"), file).replace(/[/.]/g, "_")}_${i}`;
    try {
      return { example, name, run: runnable(example, CHECK) };
    } catch (e) {
      return { example, name, error: (e as Error).message };
    }
  }),
);

/** The values each example recorded, by the index of its `//=>`. */
const recorded = new Map<number, unknown>();

/** "peer-challenge" and its subpaths are the source; an example's `node:fs` reads from `files` first; other packages stay outside. */
const resolve: Plugin = {
  name: "peer-challenge-source",
  setup(b) {
    b.onResolve({ filter: /^peer-challenge(?:\/[\w-]+)?$/ }, (a) => {
      const sub = a.path.slice("peer-challenge".length);
      return { path: join(root, "src", sub === "" ? "index.ts" : `${sub.slice(1)}/index.ts`) };
    });
    b.onResolve({ filter: /^node:fs$/ }, (a) => (a.importer.startsWith(join(dir, "src")) ? { path: join(dir, "fs.mjs") } : { external: true }));
    b.onResolve({ filter: /^[^./]/ }, (a) => (a.path.startsWith("/") ? undefined : { external: true }));
  },
};

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src"), { recursive: true });
  mkdirSync(files, { recursive: true });
  for (const [name, path] of Object.entries(FILES)) copyFileSync(join(root, path), join(files, name));
  writeFileSync(
    join(dir, "fs.mjs"),
    [
      'import * as fs from "node:fs";',
      'import { isAbsolute, join } from "node:path";',
      'export * from "node:fs";',
      `const files = ${JSON.stringify(files)};`,
      `const root = ${JSON.stringify(root)};`,
      'const at = (p) => (typeof p !== "string" || isAbsolute(p) ? p : fs.existsSync(join(files, p)) ? join(files, p) : join(root, p));',
      "export const readFileSync = (p, ...rest) => fs.readFileSync(at(p), ...rest);",
      'export const writeFileSync = (p, ...rest) => fs.writeFileSync(typeof p === "string" && !isAbsolute(p) ? join(files, p) : p, ...rest);',
      "export default { ...fs, readFileSync, writeFileSync };",
    ].join("\n"),
  );
  const fixtures = join(root, "test", "jsdoc-examples", "fixtures.ts");
  const entries: string[] = [];
  for (const p of prepared) {
    if (!p.run) continue;
    const names = fixturesFor(p.example.code);
    const prelude = [
      ...(names.length > 0 ? [`import * as __fixtures from ${JSON.stringify(fixtures)};`, ...names.map((n) => `const ${n} = __fixtures.${n};`)] : []),
      `const ${CHECK} = (globalThis as unknown as Record<string, (i: number, v: unknown) => unknown>)[${JSON.stringify(CHECK)}]!;`,
    ];
    const path = join(dir, "src", `${p.name}.ts`);
    writeFileSync(path, `${prelude.join("\n")}\n${p.run.code}\nexport {};\n`);
    entries.push(path);
  }
  (globalThis as unknown as Record<string, unknown>)[CHECK] = (i: number, v: unknown) => {
    recorded.set(i, v);
    return v;
  };
  await build({
    entryPoints: entries,
    outdir: out,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outExtension: { ".js": ".mjs" },
    plugins: [resolve],
    define: { __PROJECT_ROOT__: JSON.stringify(root.replace(/\/$/, "")) },
    logLevel: "silent",
  });
}, 120_000);

describe("every @example runs and shows what the code returns", () => {
  it("finds the examples", () => {
    // A floor, not a count: 232 @example blocks on 2026-12-06, 147 `//=>` lines among them.
    expect(prepared.length).toBeGreaterThan(200);
    expect(prepared.filter((p) => (p.run?.expectations.length ?? 0) > 0).length).toBeGreaterThan(80);
  });

  for (const p of prepared) {
    it(`${p.example.file}:${p.example.line}`, async () => {
      if (p.error !== undefined) expect.fail(p.error);
      recorded.clear();
      const module = join(out, `${p.name}.mjs`);
      expect(existsSync(module)).toBe(true);
      await import(pathToFileURL(module).href);
      for (const [i, e] of p.run!.expectations.entries()) {
        expect(recorded.has(i), `${p.example.file}:${e.line}: the expression before //=> never ran`).toBe(true);
        const d = mismatch(recorded.get(i), e.value);
        expect(d, `${p.example.file}:${e.line}: //=> ${e.text}`).toBeUndefined();
      }
    });
  }
});

describe("how a //=> is read", () => {
  const one = (code: string): Runnable => runnable({ file: "x.ts", line: 1, firstLine: 2, code }, "check");

  it("records the expression before it, or the name a declaration gives", () => {
    const r = one('f(1);\n//=> 2\nconst t = g();\n//=> "a" (a remark)\nif (x) {\n  y.z;\n  //=> [1, ...]\n}');
    expect(r.code).toBe('check(0, (f(1)));\n//=> 2\nconst t = g(); check(1, t);\n//=> "a" (a remark)\nif (x) {\n  check(2, (y.z));\n  //=> [1, ...]\n}');
    expect(r.expectations.map((e) => [e.line, e.text])).toEqual([
      [3, "2"],
      [5, '"a"'],
      [8, "[1, ...]"],
    ]);
  });

  it("reads a value over the next // lines while its brackets are open", () => {
    const r = one('f();\n//=> { a: [1,\n//     2], b: "x, y" }\n// (a remark on a line of its own)');
    expect(r.expectations[0]!.value).toEqual({ a: [1, 2], b: "x, y" });
  });

  it("refuses prose where a value should be, and prose after it", () => {
    expect(() => one("f();\n//=> a plan like the first")).toThrow("x.ts:3: //=> a plan like the first: not a value");
    expect(() => one("f();\n//=> [] when nothing is lost")).toThrow('only a remark in parentheses may follow, not "when nothing is lost"');
    expect(() => one("//=> 1")).toThrow("follows no statement");
  });

  it("matches deeply; ... lets the rest of an object or array be, and ends a string's prefix", () => {
    const value = (text: string): unknown => one(`f();\n//=> ${text}`).expectations[0]!.value;
    expect(mismatch({ a: 1, b: { c: 2 } }, value("{ a: 1, b: { c: 2 } }"))).toBeUndefined();
    expect(mismatch({ a: 1, b: 2 }, value("{ a: 1 }"))).toBe("value: has b: 2, not shown");
    expect(mismatch({ a: 1, b: 2 }, value("{ a: 1, ... }"))).toBeUndefined();
    expect(mismatch({ a: 1, b: { c: 2, d: 3 } }, value("{ b: { c: 2 }, ... }"))).toBe("value.b: has d: 3, not shown");
    expect(mismatch([1, 2, 3], value("[1, 2, ...]"))).toBeUndefined();
    expect(mismatch([1, 2, 3], value("[1, 2]"))).toBe("value: 3 elements, not 2");
    expect(mismatch([1], value("[1, 2, ...]"))).toBe("value: 1 elements, not 2 or more");
    expect(mismatch("it gives no year: add one", value('"it gives no year: ..."'))).toBeUndefined();
    expect(mismatch("it gives no date", value('"it gives no year: ..."'))).toContain("does not start with");
    expect(mismatch(undefined, value("undefined"))).toBeUndefined();
    expect(mismatch(1, value("2"))).toBe("value: 1, not 2");
    expect(mismatch({ a: undefined }, value("{}"))).toBeUndefined();
  });
});
