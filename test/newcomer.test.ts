/**
 * What a newcomer reads first: the small words of the reports, the page and the CLI, and
 * the README and docs followed as written. Each test here failed before its fix.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ActionPlan } from "../src/index.js";
import { renderHtmlReport, renderMarkdownReport } from "../src/report/index.js";
import { asClause, dueInText, daysOverdueText, reminderText } from "../src/report/words.js";
import { runCpc as cpc } from "./helpers.js";
import { commandHelp } from "../src/cli/spec.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, "utf8");

/** A plan of one action due 31 May 2024: one day overdue on 1 June 2024. */
const oneDayLate: ActionPlan = {
  schemaVersion: 1,
  council: { name: "Anytown Council" },
  peerChallenge: { start: "2023-10" },
  recommendations: [{ id: "R1", title: "Improve casework" }],
  actions: [{ id: "1", recommendation: "R1", title: "Agree the casework.", timescale: "May 2024", status: "in-progress", rag: "green" }],
};

describe("the reports' small words", () => {
  it('say "1 day overdue", not "1 days overdue"', () => {
    const md = renderMarkdownReport(oneDayLate, { asOf: "2024-06-01" });
    const html = renderHtmlReport(oneDayLate, { asOf: "2024-06-01" });
    for (const text of [md, html]) {
      expect(text).toContain("1 day overdue");
      expect(text).not.toContain("1 days overdue");
    }
  });

  it('say a slip without a full stop before the colon: "casework: RAG green to red"', () => {
    const later: ActionPlan = { ...oneDayLate, actions: [{ ...oneDayLate.actions[0]!, rag: "red" }] };
    const md = renderMarkdownReport(later, { asOf: "2024-06-01", compare: oneDayLate });
    expect(md).toContain("1 Agree the casework: RAG green to red");
    expect(md).not.toContain("casework.:");
  });

  it("date the snapshot that changes are counted from", () => {
    const dated: ActionPlan = { ...oneDayLate, publishedOn: "2024-03-31" };
    const md = renderMarkdownReport(oneDayLate, { asOf: "2024-06-01", compare: dated });
    expect(md).toContain("## Changes since the previous snapshot of 31 March 2024");
    expect(renderHtmlReport(oneDayLate, { asOf: "2024-06-01", compare: dated })).toContain("Changes since the previous snapshot of 31 March 2024");
  });

  it("count days as people do, and drop a sentence's full stop before a comma of ours", () => {
    expect([daysOverdueText(1), daysOverdueText(2), dueInText(0), dueInText(1), dueInText(12)]).toEqual([
      "1 day overdue",
      "2 days overdue",
      "today",
      "tomorrow",
      "in 12 days",
    ]);
    expect([asClause("Track casework."), asClause("Wait and see..."), asClause("Why?"), asClause("No stop")]).toEqual([
      "Track casework",
      "Wait and see...",
      "Why?",
      "No stop",
    ]);
  });

  it('give the page\'s reminder lines without "casework., due" or "in 0 days"', () => {
    const action = oneDayLate.actions[0]!;
    expect(reminderText({ action, due: "2024-05-31", daysOverdue: 1 })).toBe("1: Agree the casework, due 2024-05-31, 1 day overdue");
    expect(reminderText({ action, due: "2024-06-01", daysLeft: 0 })).toBe("1: Agree the casework, due 2024-06-01, today");
    expect(reminderText({ action, step: { id: "a", text: "Write it up" }, due: "2024-06-03", daysLeft: 2 })).toBe(
      "1 (a): Write it up, due 2024-06-03, in 2 days",
    );
  });
});

describe("cpc diff's slipped list", () => {
  it('prints "work: RAG green to red", not "work.: RAG green to red"', async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(`${tmpdir()}/cpc-words-`);
    writeFileSync(`${dir}/before.json`, JSON.stringify({ ...oneDayLate, publishedOn: "2024-03-31" }));
    writeFileSync(`${dir}/after.json`, JSON.stringify({ ...oneDayLate, publishedOn: "2024-05-31", actions: [{ ...oneDayLate.actions[0]!, rag: "red" }] }));
    const text = await cpc(["diff", `${dir}/before.json`, `${dir}/after.json`, "--as-of", "2024-06-01"]);
    expect(text.out).toContain("1 Agree the casework: RAG green to red");
    const md = await cpc(["diff", `${dir}/before.json`, `${dir}/after.json`, "--as-of", "2024-06-01", "--format", "md"]);
    expect(md.out).toContain("1 Agree the casework: RAG green to red");
  });
});

describe("the CLI's messages", () => {
  it("cpc help due lists only the --by it accepts", () => {
    const help = commandHelp("due");
    const line = help.split("\n").find((l) => /^\s+--by /.test(l))!;
    expect(line).toContain("owner");
    expect(line).not.toMatch(/theme|recommendation|heading|status/);
    // cpc stats keeps its five.
    expect(commandHelp("stats")).toMatch(/--by .*theme.*recommendation.*owner.*heading.*status/s);
  });

  it("suggests 2019-06-30 for --as-of 30/06/2019", async () => {
    const r = await cpc(["stats", "examples/kingston-2019.json", "--as-of", "30/06/2019"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("did you mean --as-of 2019-06-30?");
  });

  it("suggests owner for --by owners", async () => {
    const r = await cpc(["due", "examples/kingston-2019.json", "--by", "owners"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('did you mean "owner"?');
    const s = await cpc(["stats", "examples/kingston-2019.json", "--by", "themes"]);
    expect(s.err).toContain('did you mean "theme"?');
  });

  it("cpc convert takes the format from -o's name when --to is not given", async () => {
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const out = `${mkdtempSync(`${tmpdir()}/cpc-convert-`)}/kingston.yaml`;
    const r = await cpc(["convert", "examples/kingston-2019.json", "-o", out]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(readFileSync(out, "utf8")).toMatch(/^schemaVersion: 1\n/);
    // A name that says nothing still needs --to.
    expect((await cpc(["convert", "examples/kingston-2019.json", "-o", `${out}.txt`])).code).toBe(2);
  });
});

describe("the README and docs, followed as written", () => {
  it("every examples/*.json is a plan, so cpc validate examples/*.json passes", async () => {
    const files = readdirSync(`${root}examples`)
      .filter((f) => f.endsWith(".json"))
      .map((f) => `examples/${f}`);
    expect(files.length).toBeGreaterThanOrEqual(2);
    const r = await cpc(["validate", ...files]);
    expect(r.code, r.err + r.out).toBe(0);
  });

  it("shows the annotation cpc prints for Kingston's swapped status", async () => {
    const shown = /`(::[a-z]+ file=[^`]*?)\.\.\.`/.exec(read("README.md"))?.[1];
    expect(shown).toBeDefined();
    const file = /file=([^,]+)/.exec(shown!)![1]!;
    const r = await cpc(["validate", file, "--format", "github"]);
    expect(r.out.split("\n").some((l) => l.startsWith(shown!))).toBe(true);
  });

  it("uses files that exist: no plans/*.yaml, march.yaml or june.yaml that is not in the repository", () => {
    const pages = [
      "README.md",
      ...readdirSync(`${root}docs`)
        .filter((f) => f.endsWith(".md"))
        .map((f) => `docs/${f}`),
    ];
    for (const page of pages) {
      const text = read(page);
      expect(text, page).not.toMatch(/(?<![\w/])(?:plans\/\*\.yaml|march\.yaml|june\.yaml|sept\.yaml)/);
      for (const [path] of text.matchAll(/\bexamples\/[\w./-]+\.(?:json|yaml|tsv|csv|xlsx|docx)\b/g))
        expect(existsSync(`${root}${path}`), `${page}: ${path}`).toBe(true);
    }
  });

  it("npm run demo builds quietly, so the demo's figures are what it prints", () => {
    const demo = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts["demo"]!;
    // tsup logs every entry and chunk unless --silent; npm's own --silent does not reach it.
    expect(demo).toMatch(/^tsup --silent && node examples\/demo\.mjs$/);
  });
});
