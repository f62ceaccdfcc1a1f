// No function in src/ over 80 lines unless it says why: a comment `// Long because: ...` just above it (with its doc
// comment) or in its first lines. A long function is usually several jobs; when it is one job best read in one
// place (a table, a grammar, a walk that keeps its state in locals), the comment says so. Run by `npm run lint`.
// `node scripts/check-length.mjs --all` lists every function over the limit, said why or not.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const root = new URL("..", import.meta.url).pathname;
/** Lines, from the line the function starts on to the line it ends on. */
const LIMIT = 80;
/** The marker; what follows it is the reason, and must not be empty. */
const MARKER = /\/\/ Long because: \S/;
/** Where the marker may be inside the function: its first lines. */
const TOP = 5;
/**
 * Long functions left for now, reported on every run but not failing, so that the check could land before them:
 * those in files their owners are changing for issue 32. Remove a line when its function is split or says why; the
 * check says when a line is no longer needed.
 */
const PENDING = new Map([]);

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [join(dir, e.name)] : [],
  );
}

/** A function's name as a reader finds it: its own, or the variable, property or method it is given to. */
function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (ts.isConstructorDeclaration(node)) return "constructor";
  const p = node.parent;
  if ((ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && ts.isIdentifier(p.name)) return p.name.text;
  return "(anonymous)";
}

/** The node whose leading comments belong to the function: the statement or property it is written in. */
function holderOf(node) {
  let n = node;
  while (
    n.parent &&
    (ts.isVariableDeclaration(n.parent) ||
      ts.isVariableDeclarationList(n.parent) ||
      ts.isVariableStatement(n.parent) ||
      ts.isPropertyAssignment(n.parent) ||
      ts.isPropertyDeclaration(n.parent) ||
      ts.isExportAssignment(n.parent))
  )
    n = n.parent;
  return n;
}

const found = [];
for (const file of sources(join(root, "src"))) {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lineOf = (pos) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = lineOf(node.getStart());
      const end = lineOf(node.end);
      if (end - start + 1 > LIMIT) {
        const holder = holderOf(node);
        const above = text.slice(holder.getFullStart(), holder.getStart());
        const top = text
          .split("\n")
          .slice(start - 1, start - 1 + TOP)
          .join("\n");
        found.push({
          at: `${relative(root, file)}:${start}`,
          key: `${relative(root, file)} ${nameOf(node)}`,
          lines: end - start + 1,
          why: MARKER.test(above) || MARKER.test(top),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

const all = process.argv.includes("--all");
const failing = found.filter((f) => !f.why && !PENDING.has(f.key));
for (const f of found) {
  const pending = !f.why ? PENDING.get(f.key) : undefined;
  if (all || (!f.why && pending === undefined))
    console.log(`${f.at} ${f.key.split(" ")[1]}: ${f.lines} lines${f.why ? " (says why)" : pending !== undefined ? ` (${pending})` : ""}`);
}
for (const key of PENDING.keys())
  if (!found.some((f) => f.key === key && !f.why)) console.log(`note: ${key} is no longer a long function without a reason: remove it from PENDING`);
if (failing.length > 0) {
  console.error(`${failing.length} function${failing.length === 1 ? "" : "s"} over ${LIMIT} lines with no "// Long because: ..." comment: split, or say why`);
  process.exit(1);
}
const left = found.filter((f) => !f.why).length;
console.log(`functions over ${LIMIT} lines: ${found.length - left} say why, ${left} pending (node scripts/check-length.mjs --all lists them)`);
