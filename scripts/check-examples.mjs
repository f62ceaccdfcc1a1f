// Every @example in the source, and every TypeScript block of the README and docs/,
// compiles against the built package, as a user would write it: `import ... from "peer-challenge"` resolved through package.json's exports, under
// strict TypeScript with exactOptionalPropertyTypes and noUncheckedIndexedAccess. Run after
// `npm run build`. Examples may use the plans named in FIXTURES without declaring them.
// test/jsdoc-examples.test.ts runs the same @example blocks and checks every `//=>` result; it gives these names
// real values (test/jsdoc-examples/fixtures.ts): keep the two lists the same.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
// Inside the package, so that "peer-challenge" resolves to the package itself (dist/).
const scratch = join(root, ".examples-check");

/** Names examples may use as given (unless they declare them): the bundled real plans, read as users read them. */
const FIXTURES = {
  kingston: '/** examples/kingston-2019.json, validated. */ declare const kingston: import("peer-challenge").ActionPlan;',
  westNorfolk: '/** examples/west-norfolk-2024.json, validated. */ declare const westNorfolk: import("peer-challenge").ActionPlan;',
  plan: '/** Any validated plan (West Norfolk when run). */ declare const plan: import("peer-challenge").ActionPlan;',
  lastQuarter: '/** An earlier snapshot of a plan. */ declare const lastQuarter: import("peer-challenge").ActionPlan;',
  thisQuarter: '/** A later snapshot of a plan. */ declare const thisQuarter: import("peer-challenge").ActionPlan;',
  text: "/** A plan's text, as read from a file. */ declare const text: string;",
};
/** The fixtures an example uses and does not declare itself: one line each, before it. */
const fixturesFor = (code) =>
  Object.entries(FIXTURES)
    .filter(([name]) => new RegExp(`\\b${name}\\b`).test(code) && !new RegExp(`\\b(?:const|let|var|import)\\b[^;=\\n]*\\b${name}\\b`).test(code))
    .map(([, line]) => line);

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** The ```ts blocks after each @example tag of each doc comment. */
function examples(file) {
  const found = [];
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```ts\s*$/.test(lines[j])) {
      if (/^\s*\*\//.test(lines[j]) || /^\s*\*\s*@\w/.test(lines[j])) break;
      j++;
    }
    if (!/```ts/.test(lines[j] ?? "")) continue;
    const body = [];
    for (j++; j < lines.length && !/^\s*\*\s*```\s*$/.test(lines[j]); j++) body.push(lines[j].replace(/^\s*\* ?/, ""));
    found.push({ line: i + 1, code: body.join("\n") });
  }
  return found;
}

/** The ```ts blocks of a Markdown page (README, docs/): what users copy first. */
function pageExamples(file) {
  const found = [];
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const lang = /^```(ts|typescript|js|javascript)\s*$/.exec(lines[i])?.[1];
    if (!lang) continue;
    const start = i + 1;
    const body = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    found.push({ line: start, code: body.join("\n"), js: lang.startsWith("j") });
  }
  return found;
}

rmSync(scratch, { recursive: true, force: true });
mkdirSync(join(scratch, "js"), { recursive: true });
const index = [];
const pages = [
  join(root, "README.md"),
  ...readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => join(root, "docs", f)),
];
const all = [...sources(join(root, "src")).map((f) => [f, examples(f)]), ...pages.map((f) => [f, pageExamples(f)])];
for (const [file, found] of all) {
  for (const ex of found) {
    // JavaScript is checked as JavaScript (checkJs): types from the package, no annotations.
    const name = ex.js ? `js/ex${index.length}.mjs` : `ex${index.length}.ts`;
    // Each example is its own module; the fixtures come first, the example as written.
    const fixtures = ex.js ? [] : fixturesFor(ex.code);
    index.push({ name, at: `${relative(root, file)}:${ex.line}`, offset: fixtures.length });
    writeFileSync(join(scratch, name), `${[...fixtures, ex.code].join("\n")}\nexport {};\n`);
  }
}
writeFileSync(
  join(scratch, "tsconfig.json"),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      module: "nodenext",
      moduleResolution: "nodenext",
      target: "es2022",
      lib: ["es2022", "dom"],
      types: ["node"],
      noEmit: true,
      skipLibCheck: false,
      noUnusedLocals: false,
      allowJs: true,
      checkJs: true,
    },
    include: ["*.ts"],
  }),
);
// JavaScript as JavaScript: checked, with the package's types, but no annotations to write.
writeFileSync(
  join(scratch, "js", "tsconfig.json"),
  JSON.stringify({ extends: "../tsconfig.json", compilerOptions: { noImplicitAny: false }, include: ["*.mjs"] }),
);
let out = "";
for (const project of [scratch, join(scratch, "js")]) {
  try {
    execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", project], { encoding: "utf8", stdio: "pipe" });
  } catch (e) {
    out += String(e.stdout);
  }
}
rmSync(scratch, { recursive: true, force: true });
if (out !== "") {
  const failing = new Map();
  for (const m of out.matchAll(/((?:js\/)?ex\d+\.m?[jt]s)\((\d+),\d+\): error (TS\d+: .*)$/gm)) {
    const { at, offset } = index.find((x) => x.name === m[1]);
    if (!failing.has(at)) failing.set(at, `${m[3]} (line ${Number(m[2]) - offset} of the example)`);
  }
  console.error(`${failing.size} of ${index.length} examples do not compile:`);
  for (const [at, err] of failing) console.error(`  ${at}: ${err}`);
  if (failing.size === 0) console.error(out);
  process.exit(1);
}
console.log(`all ${index.length} examples compile against the built package`);
