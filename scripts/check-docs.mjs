// Every export has a doc comment with an @example: typedoc (run with warnings as errors)
// checks the comments; this checks the examples. Reads typedoc's JSON output.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const out = join(mkdtempSync(join(tmpdir(), "typedoc-")), "api.json");
execFileSync(process.execPath, ["node_modules/typedoc/bin/typedoc", "--json", out, "--out", join(out, "..", "html")], { stdio: "inherit" });
const project = JSON.parse(readFileSync(out, "utf8"));

const hasExample = (comment) => (comment?.blockTags ?? []).some((t) => t.tag === "@example");
const missing = [];
for (const module of project.children ?? []) {
  for (const decl of module.children ?? []) {
    // Re-exports point at a declaration documented where it is defined.
    if (decl.variant === "reference" || decl.kind === 4194304) continue;
    const comments = [decl.comment, ...(decl.signatures ?? []).map((s) => s.comment)];
    if (!comments.some(hasExample)) missing.push(`${module.name}: ${decl.name}`);
  }
}
const total = (project.children ?? []).reduce((n, m) => n + (m.children?.length ?? 0), 0);
if (missing.length > 0) {
  console.error(`${missing.length} of ${total} exports have no @example:\n  ${missing.join("\n  ")}`);
  process.exit(1);
}
console.log(`all ${total} exports are documented with an example`);
