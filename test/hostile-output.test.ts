// What cpc writes from hostile plan text, and how it ends on hostile dates and files
// (issue 31, items 2, 4 and 6).
import { linkSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { renderMarkdownReport } from "../src/report/index.js";
import { mdCell, mdItem, mdText } from "../src/report/markdown-text.js";
import { validatePlan } from "../src/schema/index.js";
import { runCpc } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "cpc-hostile-out-"));
const write = (name: string, text: string) => {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
};
const kingston = new URL("../examples/kingston-2019.json", import.meta.url).pathname;

describe("Markdown: no link comes from plan text, autolinks included", () => {
  const texts = [
    "See https://example.com/evil for the plan",
    "http://example.com",
    "ftp://example.com/file",
    "Visit www.example.com today",
    "(www.example.com)",
    "WWW.EXAMPLE.COM",
    "Write to officer@example.gov.uk",
    "mailto:officer@example.gov.uk",
    "xmpp:officer@example.gov.uk/home",
    "<https://example.com>",
    "*https://example.com*",
    "_www.example.com_",
  ];
  it.each(texts)("%s: rendered by marked (GFM), no <a>, the text still shown", (text) => {
    for (const md of [mdText(text), mdItem(text), `| ${mdCell(text)} |\n| --- |\n| x |`]) {
      const html = marked.parse(md, { gfm: true, async: false });
      expect(html).not.toContain("<a");
    }
    // What a reader sees is the text as written (marked's own entities undone; emphasis
    // marks around the whole are the only markup).
    const shown = marked
      .parse(mdText(text), { gfm: true, async: false })
      .replace(/<\/?p>\n?/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"');
    expect(shown).toContain(text.replace(/^[*_]|[*_]$/g, ""));
  });

  it("a whole report: plan text with a URL, www. and an address gives no link", () => {
    const plan = validatePlan({
      schemaVersion: 1,
      council: { name: "www.evil.example" },
      peerChallenge: { start: "2024-01" },
      recommendations: [{ id: "R1", title: "See https://evil.example/login" }],
      actions: [
        { id: "1.1", recommendation: "R1", title: "Mail chief@evil.example", owners: ["www.evil.example"], timescale: "March 2025", status: "in-progress" },
      ],
    }).plan!;
    const html = marked.parse(renderMarkdownReport(plan, { asOf: "2024-06-30" }), { gfm: true, async: false });
    expect(html).not.toMatch(/<a\s[^>]*href="[^"#]*(?:evil|mailto)/);
  });
});

describe("terminal output: plan text's controls and bidirectional overrides never reach the screen", () => {
  // Red, conceal (ESC[8m hides what follows), clear screen, and the right-to-left override.
  const title = "Pay \u001b[31mred\u001b[0m \u001b[8mhidden\u001b[28m \u001b[2J cleared \u202etxt.exe\u202c \u0085next";
  const plan = {
    schemaVersion: 1,
    peerChallenge: { start: "2024-01" },
    recommendations: [{ id: "R1", title: "r" }],
    actions: [
      { id: "1.1", recommendation: "R1", title, owners: [`Owner \u001b[8m\u202e`], timescale: "March 2024", status: "in-progress" },
      { id: "1.2", recommendation: "R1", title: "Other", owners: ["B"], timescale: "March 2026", status: "in-progress" },
    ],
  };
  const file = write("controls.json", JSON.stringify(plan));
  const changed = write("controls-after.json", JSON.stringify({ ...plan, actions: [{ ...plan.actions[0], status: "complete" }, plan.actions[1]] }));

  it.each([
    ["overdue", ["overdue", file, "--as-of", "2024-06-30"]],
    ["due --by owner", ["due", file, "--as-of", "2024-01-15", "--by", "owner", "--within", "1000"]],
    ["diff", ["diff", file, changed, "--since", "2024-03-31", "--as-of", "2024-06-30"]],
    ["stats --by owner", ["stats", file, "--as-of", "2024-06-30", "--by", "owner"]],
  ])("%s: on a pipe, with NO_COLOR, and on a colour terminal", async (_, args) => {
    for (const options of [{}, { env: { NO_COLOR: "1" } }, { tty: true }]) {
      const r = await cpcWith(args, options);
      expect(r.code, r.err).toBe(0);
      const all = r.out + r.err;
      expect(all).not.toMatch(/\u001b\[(?:8|0|28|2J)|[\u202e\u202c\u0085]/);
      if (!("tty" in options)) expect(all).not.toContain("\u001b");
    }
  });
});

async function cpcWith(args: readonly string[], options: { env?: Record<string, string>; tty?: boolean }) {
  let out = "";
  let err = "";
  const code = await main(args, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdin: () => "",
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    writeFile: (p, t) => writeFileSync(p, t),
  });
  return { code, out, err };
}

describe("dates past the year 9999: an issue of the dates, never an unexpected failure", () => {
  it.each(["validate", "stats", "overdue", "due", "trend", "report"])("cpc %s --as-of 9999-12-31", async (command) => {
    const r = await runCpc([command, kingston, "--as-of", "9999-12-31"]);
    expect(r.err).not.toContain("unexpected failure");
    expect(r.code).toBe(1);
    expect(r.err).toContain(`cpc: ${kingston}: a date would fall after 31 December 9999`);
  });

  it("cpc calendar on a plan due 9999-12-31", async () => {
    const plan = JSON.parse(readFileSync(kingston, "utf8")) as { actions: { due?: string }[] };
    plan.actions[0]!.due = "9999-12-31";
    const file = write("due-9999.json", JSON.stringify(plan));
    const r = await runCpc(["calendar", file]);
    expect(r).toMatchObject({ code: 1, out: "" });
    expect(r.err).toMatch(new RegExp(`^cpc: ${file}: a date would fall after 31 December 9999`));
  });
});

describe("the CLI's catch-all names the file and says whose fault it is", () => {
  it("a failure in cpc itself (here, standard output throwing)", async () => {
    let err = "";
    const code = await main(["stats", kingston, "--as-of", "2019-06-30"], {
      stdout: () => {
        throw new TypeError("boom");
      },
      stderr: (t) => (err += t),
      stdin: () => "",
      env: {},
    });
    expect(code).toBe(2);
    expect(err).toBe(
      `cpc: unexpected failure on ${kingston}: boom. This is a fault in cpc, not in the file: please report it, with the file if you can share it.\n`,
    );
  });
});

describe("cpc convert --to xlsx names the characters a workbook cannot hold", () => {
  it("a bell and a lone surrogate in a title", async () => {
    const plan = JSON.parse(readFileSync(kingston, "utf8")) as { actions: { title: string }[] };
    plan.actions[0]!.title = "Ring the \u0007bell \ud800";
    const file = write("bell.json", JSON.stringify(plan));
    const r = await runCpc(["convert", file, "--to", "xlsx", "-o", join(tmp, "bell.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`cpc: ${file}: actions.0.title: holds U+0007, U+D800, which a workbook cannot hold and are left out.`);
  });
});

describe("-o never onto an input", () => {
  it("refuses a hard link of the input (same device and inode, another path), before reading", async () => {
    const file = write("plan.json", readFileSync(kingston, "utf8"));
    const hard = join(tmp, "hard-link.json");
    linkSync(file, hard);
    const r = await runCpc(["stats", file, "--as-of", "2019-06-30", "-o", hard]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`-o ${hard} would overwrite the input ${file}`);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(kingston, "utf8"));
  });
});
