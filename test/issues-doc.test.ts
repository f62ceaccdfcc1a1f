// docs/issues.md explains every issue code with an example that makes it. This runs each
// example, so the page cannot promise an issue the code no longer reports, and checks that
// every code in ISSUE_CODES has a section and each section names the right severity.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { readPlanXlsx } from "../src/xlsx/index.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPlanPdfRuns } from "../src/pdf/read.js";
import type { PdfPageText } from "../src/pdf/rows.js";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { csvLosses, readPlanCsv } from "../src/csv/index.js";
import { readPlanTable, type TableRow } from "../src/table/read.js";
import { ISSUE_CODES, type Issue, type IssueCode } from "../src/index.js";
import { validatePlan } from "../src/schema/index.js";
import { draftPlan } from "../src/draft/index.js";

const page = readFileSync(new URL("../docs/issues.md", import.meta.url), "utf8");
const base = JSON.parse(/```json\n([\s\S]*?)```/.exec(page)![1]!) as Record<string, unknown>;

interface Section {
  readonly code: string;
  readonly severity: string | undefined;
  readonly kind: string | undefined;
  readonly example: string | undefined;
}

const sections: Section[] = page
  .split(/^## `/m)
  .slice(1)
  .map((chunk) => {
    const code = chunk.slice(0, chunk.indexOf("`"));
    // "```json example" (a fragment of a plan), "```text csv example", "```json file example",
    // "```text draft example" (a report's text for draftPlan), "```json pdf example" (a PDF's pages: runs of text where they stand).
    const example = /```(?:json|text) (?:(csv|file|windows-1252|csv-out|table|xlsx|draft|pdf) )?example\n([\s\S]*?)```/.exec(chunk);
    return {
      code,
      severity: /^\*\*(Error|Warning)\.\*\*/m.exec(chunk)?.[1]?.toLowerCase(),
      kind: example ? (example[1] ?? "json") : undefined,
      example: example?.[2],
    };
  });

/** The small plan with the example's fields in place of its own; a field set to null is left out. */
function merged(example: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base, ...(JSON.parse(example) as object) };
  for (const [k, v] of Object.entries(out)) if (v === null) Reflect.deleteProperty(out, k);
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), "issues-doc-"));

async function issuesOf(s: Section): Promise<readonly Pick<Issue, "code" | "severity">[]> {
  if (s.kind === "json") return validatePlan(merged(s.example!), { asOf: "2024-06-30" }).issues;
  if (s.kind === "csv") return readPlanCsv(s.example!).issues;
  // Rows as a spreadsheet reader hands them over (null for a cell it knows nothing more of).
  if (s.kind === "table") {
    const rows = (JSON.parse(s.example!) as { line: number; cells: string[]; meta?: (object | null)[] }[]).map((r) => ({
      ...r,
      ...(r.meta ? { meta: r.meta.map((m) => m ?? undefined) } : {}),
    }));
    return readPlanTable(rows as TableRow[]).issues;
  }
  // A PDF's pages as its reader hands them over: each run of text and where it stands.
  if (s.kind === "pdf") return readPlanPdfRuns(JSON.parse(s.example!) as PdfPageText[]).issues;
  // The text of a feedback report, drafted into a plan.
  if (s.kind === "draft") return draftPlan(s.example!).issues;
  // A workbook in the repository.
  if (s.kind === "xlsx") return readPlanXlsx(readFileSync(new URL(`../${s.example!.trim()}`, import.meta.url))).issues;
  // What writing a plan as CSV would lose.
  if (s.kind === "csv-out") return csvLosses(validatePlan(merged(s.example!)).plan!);
  // Saved as Windows-1252: its characters below 256 are Latin-1's bytes.
  if (s.kind === "windows-1252") return readPlanCsv(Buffer.from(s.example!, "latin1")).issues;
  // A file: what `cpc validate --format json` reports for it.
  const file = join(tmp, `${s.code}.json`);
  writeFileSync(file, s.example!);
  let out = "";
  await main(["validate", file, "--format", "json", "--as-of", "2024-06-30"], {
    stdout: (t) => (out += t),
    stderr: () => {},
    stdin: () => "",
    env: {},
    stdoutIsTTY: false,
    writeFile: () => {},
  });
  return (JSON.parse(out) as { files: { issues: Issue[] }[] }).files[0]!.issues;
}

describe("docs/issues.md", () => {
  it("has one section for every issue code, and no other", () => {
    expect(sections.map((s) => s.code).sort()).toEqual(Object.keys(ISSUE_CODES).sort());
  });

  it.each(sections.map((s) => [s.code, s] as const))("%s: its severity is the code's, and its example makes it", async (code, s) => {
    expect(s.severity).toBe(ISSUE_CODES[code as IssueCode]);
    expect(s.example, "an example").toBeDefined();
    const found = (await issuesOf(s)).filter((i) => i.code === code);
    expect(found.length, `the example makes ${code}`).toBeGreaterThan(0);
    for (const i of found) expect(i.severity).toBe(ISSUE_CODES[code as IssueCode]);
  });
});
