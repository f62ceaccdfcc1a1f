/** `cpc draft <report>`: a draft action plan, as commented YAML, from a CPC feedback report. */
import { extname } from "node:path";
import { draftPlan, type DraftResult } from "../../draft/index.js";
import type { Issue } from "../../model/issue.js";
import type { ActionPlan } from "../../model/types.js";
import { decodeText } from "../../table/text.js";
import { themesOf } from "../../themes/index.js";
import { choose, type Context } from "../context.js";
import { BadFile, UsageError } from "../errors.js";
import { encodingOf } from "../input.js";
import { collect, readFileBounded } from "../read-bytes.js";

/** The report's text: a PDF's through pdf.js, a Word file's paragraphs, a text file decoded. */
async function reportText(ctx: Context, file: string): Promise<string> {
  const ext = file === "-" ? ".txt" : extname(file).toLowerCase();
  if (![".txt", ".md", ".markdown", ".text", ".docx", ".pdf"].includes(ext)) {
    throw new UsageError(`${file}: cpc draft reads a report as .txt, .md, .docx or .pdf, not ${ext === "" ? "a file with no extension" : ext}`);
  }
  let bytes: Uint8Array;
  if (file === "-") {
    const stdin = ctx.world.stdin();
    if (typeof stdin === "string") return stdin;
    bytes = stdin instanceof Uint8Array ? stdin : await collect(stdin, "stdin", { text: false });
  } else bytes = await readFileBounded(file, { text: ext !== ".docx" && ext !== ".pdf" });
  if (ext === ".pdf") {
    const { pdfPages, textOfPages } = await import("../pdf.js");
    return textOfPages(await pdfPages(bytes, file));
  }
  if (ext === ".docx") {
    const { readDocxText } = await import("../../docx/text.js");
    const r = readDocxText(bytes);
    const error = r.issues[0];
    if (error) throw new BadFile(file, `${error.message}${error.hint !== undefined ? ` ${error.hint}` : ""}`);
    return r.text;
  }
  const decoded = decodeText(bytes, encodingOf(ctx.values.encoding));
  if (decoded.guessed) ctx.world.stderr(`cpc: ${file}: warning: not UTF-8; read as Windows-1252: check its "\u00a3" signs and quotes\n`);
  return decoded.text;
}

/** Drafts the plan and writes it as YAML with comments saying what to fill in; the issues go to stderr. */
export async function draftCommand(ctx: Context): Promise<number> {
  const { values, world } = ctx;
  const file = ctx.positionals[0]!;
  const actions = choose("actions", values.actions, ["placeholder", "none"] as const, "placeholder");
  const framework = values.framework === undefined ? undefined : choose("framework", values.framework, ["current", "previous"] as const, "current");
  const text = await reportText(ctx, file);
  const cpcStart = values["cpc-start"];
  // --cpc-start gives the CPC's start (and so the framework) where the report does not, or
  // is taken over a date it gives, which is said.
  const result = draftPlan(text, {
    actions,
    ...(framework ? { framework } : {}),
    ...(values.council !== undefined ? { council: values.council } : {}),
    ...(cpcStart !== undefined ? { cpcStart } : {}),
  });
  const issues = result.issues;
  // Each kind of hint once: eleven suggested themes need one "check it".
  const hinted = new Set<string>();
  for (const issue of issues) {
    const hint = issue.hint !== undefined && !hinted.has(issue.code) ? `  ${issue.hint}\n` : "";
    hinted.add(issue.code);
    world.stderr(`cpc: ${file}: ${issue.severity}: ${issue.message}\n${hint}`);
  }
  if (result.plan === undefined) return 1;
  const plan = result.plan;
  ctx.out(await draftYaml(plan, result, file === "-" ? "standard input" : file, ctx.asOf));
  const suggested = issues.filter((i) => i.code === "theme-suggested").length;
  world.stderr(
    `cpc: ${file}: drafted ${plan.recommendations.length} recommendations and ${plan.actions.length} placeholder actions; ${suggested} theme${suggested === 1 ? "" : "s"} suggested, to check\n`,
  );
  return 0;
}

/** The draft as YAML, with comments where a person has something to check or write. */
async function draftYaml(plan: ActionPlan, result: DraftResult, source: string, today: string): Promise<string> {
  const { Document, isMap, isScalar, isSeq } = await import("yaml");
  const doc = new Document(plan);
  doc.commentBefore = [
    ` A draft action plan, made by cpc draft from ${source} on ${today}.`,
    " Check what the report said (the comments give its lines), then write each action:",
    ' its title, owners, timescale ("March 2025", "Q3 2025/26") and, as work starts, status and RAG.',
    " cpc validate checks it as you go.",
  ].join("\n");
  const byPath = new Map<string, Issue[]>();
  for (const i of result.issues) {
    const key = i.path.slice(0, 2).join("/");
    byPath.set(key, [...(byPath.get(key) ?? []), i]);
  }
  const keyComment = (map: unknown, key: string, comment: string) => {
    if (!isMap(map)) return;
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair && isScalar(pair.key)) pair.key.commentBefore = comment;
  };
  const framework = plan.framework ?? "current";
  keyComment(
    doc.contents,
    "framework",
    result.frameworkFrom === "guessed"
      ? ` Guessed: ${byPath.get("framework")?.[0]?.message ?? "the report does not settle it."}`
      : result.frameworkFrom === "date"
        ? ` From the CPC's date (${plan.peerChallenge?.start ?? ""}): ${framework === "previous" ? "before 2021, the previous framework" : "2021 onward, the current framework"}: ${themesOf(
            framework,
          )
            .map((t) => t.title)
            .join("; ")}.`
        : result.frameworkFrom === "given"
          ? " As given (--framework)."
          : ` From the themes the report names: ${themesOf(framework)
              .map((t) => t.title)
              .join("; ")}.`,
  );
  if (plan.council === undefined) keyComment(doc.contents, "schemaVersion", " Add the council: council: { name: ... }");
  const recs = doc.get("recommendations", true);
  if (isSeq(recs)) {
    recs.items.forEach((node, i) => {
      const line = result.lines[i];
      if (line !== undefined && isMap(node)) node.commentBefore = ` Line ${line} of the report.`;
      const suggestion = byPath.get(`recommendations/${i}`);
      if (suggestion?.[0]) keyComment(node, "themes", ` Suggested, not the report's: ${suggestion[0].message.replace(/^Line \d+: /, "")} Check it.`);
    });
  }
  const actions = doc.get("actions", true);
  if (isSeq(actions) && actions.items.length > 0) {
    keyComment(doc.contents, "actions", " One placeholder per recommendation: rewrite each, and add more (2.2, 2.3) as the plan needs.");
    for (const node of actions.items) {
      if (isMap(node)) node.comment = ' owners: [...]   timescale: "..."   status: not-started';
    }
  } else if (isSeq(actions)) {
    keyComment(doc.contents, "actions", " No actions yet: add them, each with id (1.1), recommendation (R1) and title.");
  }
  return doc.toString({ lineWidth: 0 });
}
