// The page's bundle leaves out zod's JSON Schema writer (scripts/build-site.mjs,
// withoutJsonSchema: issue 32, the page at most 160 KB gzipped). These tests hold it to what it
// promises: those modules are not in the page, a plan is read by the bundled page code exactly
// as by the source (every plan file in examples/ and test/fixtures/, valid and invalid, so zod's
// slow reader and its messages are reached), and a call to what was left out says so.
import { build } from "esbuild";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMATS, load } from "../site/src/load.js";
import { PAGE_SCRIPT, withoutJsonSchema, withoutZodLocale } from "../scripts/build-site.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const AS_OF = "2025-04-15";

/** Every file under `dir` whose extension the page reads. */
function planFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return planFiles(path);
    return FORMATS.some((ext) => name.toLowerCase().endsWith(ext)) ? [path] : [];
  });
}

type Load = typeof load;
let dir: string;
let bundled: { load: Load; toJsonSchema: () => unknown };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "page-bundle-"));
  // The page's own load() and one of the library's zod schemas, bundled with the page's plugin.
  const result = await build({
    stdin: {
      contents: `export { load } from "./site/src/load.ts";\nimport { actionPlanZod } from "./src/schema/plan.ts";\nexport const toJsonSchema = () => actionPlanZod.toJSONSchema();\n`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
    plugins: [withoutJsonSchema, withoutZodLocale],
  });
  const file = join(dir, "page.mjs");
  writeFileSync(file, result.outputFiles[0]!.text);
  bundled = (await import(pathToFileURL(file).href)) as typeof bundled;
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the page's bundle without zod's JSON Schema writer", () => {
  it("leaves to-json-schema.js and json-schema-processors.js out of the page", async () => {
    const result = await build({ ...PAGE_SCRIPT, metafile: true });
    const inputs = Object.keys(Object.values(result.metafile.outputs)[0]!.inputs);
    // zod itself is in the page (the slow reader), its JSON Schema modules only as our stand-ins.
    expect(inputs.some((i) => i.includes("node_modules/zod/v4/core/schemas.js"))).toBe(true);
    expect(inputs.filter((i) => /node_modules\/zod\/.*json-schema/.test(i) && !i.startsWith("without-json-schema:"))).toEqual([]);
    expect(inputs.filter((i) => i.startsWith("without-json-schema:")).length).toBe(2);
    // Nor zod's English messages, which the page never shows (schema/zod-issues.ts words them).
    expect(inputs.filter((i) => i.includes("node_modules/zod/v4/locales/"))).toEqual([]);
  }, 120_000);

  it("reads every plan file in examples/ and test/fixtures/ as the source does", () => {
    const files = [...planFiles(join(root, "examples")), ...planFiles(join(root, "test/fixtures"))];
    // At least the 90 files of these formats there were when this test was written.
    expect(files.length).toBeGreaterThanOrEqual(90);
    let invalid = 0;
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      const name = file.slice(file.lastIndexOf("/") + 1);
      const outcome = (read: Load) => {
        try {
          return JSON.stringify(read(name, bytes, AS_OF));
        } catch (error) {
          return `threw ${(error as Error).message}`;
        }
      };
      const expected = outcome(load);
      if (expected.includes('"severity":"error"')) invalid += 1;
      expect(outcome(bundled.load), file).toBe(expected);
    }
    // Plans with errors among them, so zod's slow reader and its messages were compared too.
    expect(invalid).toBeGreaterThan(5);
  }, 300_000);

  it("words a number out of range as the source does, without zod's English", () => {
    // A plan whose percentage is 150 and weight 0 (zod's too_big and too_small): the page's message
    // is the library's, which needs no locale.
    const plan = JSON.stringify({
      schemaVersion: 1,
      council: { name: "Example Council" },
      recommendations: [{ id: "R1", title: "Strengthen financial planning" }],
      actions: [{ id: "1.1", recommendation: "R1", title: "Refresh the MTFS", percentComplete: 150, weight: 0 }],
    });
    const bytes = new TextEncoder().encode(plan);
    const page = JSON.stringify(bundled.load("plan.json", bytes, AS_OF));
    expect(page).toBe(JSON.stringify(load("plan.json", bytes, AS_OF)));
    expect(page).toContain('\\"percentComplete\\" is 150, out of its range.');
  });

  it("says so if the page ever asks for a JSON Schema", () => {
    expect(() => bundled.toJsonSchema()).toThrow("The page does not make JSON Schemas");
  });
});
