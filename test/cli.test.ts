import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, type World } from "../src/cli/main.js";
import { stringify as toYaml } from "yaml";
import { updateAction } from "../src/index.js";
import { planJsonSchema } from "../src/schema/index.js";
import { examplePath, loadPlan, readExample } from "./helpers.js";

interface Run {
  code: number;
  out: string;
  err: string;
}

async function cpc(args: string[], options: { stdin?: string; env?: Record<string, string>; tty?: boolean } = {}): Promise<Run> {
  let out = "";
  let err = "";
  const files = new Map<string, string | Uint8Array>();
  const world: World = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdin: () => options.stdin ?? "",
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    writeFile: (p, t) => {
      files.set(p, t);
      writeFileSync(p, t);
    },
  };
  const code = await main(args, world);
  return { code, out, err };
}

const kingston = examplePath("kingston-2019.json");
const kingstonTsv = examplePath("kingston-2019.tsv");
const westNorfolk = examplePath("west-norfolk-2024.json");
const tmp = mkdtempSync(join(tmpdir(), "cpc-"));
const write = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};
const lineOf = (file: string, needle: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .findIndex((l) => l.includes(needle)) + 1;

describe("cpc validate", () => {
  it("lists the Kingston faults at their lines and exits 0: they are warnings", async () => {
    const r = await cpc(["validate", kingston, "--as-of", "2019-06-30"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${kingston}:${lineOf(kingston, '"status": "December 2019"')}:7: warning date-in-status: Action 20`);
    expect(r.out).toContain(`${kingston}:${lineOf(kingston, '"title": "See action 8.2 above"')}:7: warning cross-reference: Action 9`);
    expect(r.out).toContain(`${kingston}: valid (0 errors, 6 warnings)`);
  });

  it("fails with --strict, and annotates for GitHub with file, line and title", async () => {
    const r = await cpc(["validate", kingston, westNorfolk, "--format", "github", "--strict", "--as-of", "2019-06-30"]);
    expect(r.code).toBe(1);
    const line = lineOf(kingston, '"status": "July 2019"');
    expect(r.out).toContain(`::warning file=${kingston},line=${line},col=7,title=date-in-status::Action 21.5: the status "July 2019" is a date`);
    expect(r.out).toContain(`::warning file=${westNorfolk},line=${lineOf(westNorfolk, '"timescale": "Completed"')},col=7,title=status-in-timescale::`);
    expect(r.out.trim().split("\n").at(-1)).toBe("cpc: 2 files, 0 invalid, 0 errors, 9 warnings (strict)");
  });

  it("names the row of a TSV file", async () => {
    const r = await cpc(["validate", kingstonTsv, "--format", "github", "--as-of", "2019-06-30"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`::warning file=${kingstonTsv},line=${lineOf(kingstonTsv, "\t21.5\t")},title=date-in-status::`);
  });

  it("maps YAML paths back to YAML lines", async () => {
    const yaml = write("kingston.yaml", (await cpc(["convert", kingston, "--to", "yaml"])).out);
    const r = await cpc(["validate", yaml, "--as-of", "2019-06-30"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${yaml}:${lineOf(yaml, "status: December 2019")}:`);
  });

  it("reports errors with exit 1, at their lines", async () => {
    const plan = readExample("west-norfolk-2024.json") as { actions: { recommendation: string }[] };
    plan.actions[3]!.recommendation = "R99";
    const file = write("bad.json", JSON.stringify(plan, null, 2));
    const r = await cpc(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`bad\\.json:${lineOf(file, '"recommendation": "R99"')}:7: error unknown-recommendation: Action 1\\.4`));
    expect(r.out).toContain("invalid (1 error");
  });

  it("reports a key given twice in JSON and in YAML, with both lines, as an error", async () => {
    // West Norfolk action 1.1 (the first action) with its "timescale" written twice: JSON.parse
    // and the YAML parser both keep the second and drop the first without a word.
    const text = JSON.stringify(readExample("west-norfolk-2024.json"), null, 2);
    const lineEnd = text.indexOf("\n", text.indexOf('"timescale": '));
    expect(text[lineEnd - 1]).toBe('"'); // the last member of the action: no comma after it
    const json = write("twice.json", `${text.slice(0, lineEnd)},\n      "timescale": "March 2030"${text.slice(lineEnd)}`);
    const first = lineOf(json, '"timescale": ');
    const r = await cpc(["validate", json, "--as-of", "2024-06-26"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `${json}:${first + 1}:7: error duplicate-key: Action 1.1: "timescale" is given twice in one place (lines ${first} and ${first + 1}); only the last is read.`,
    );
    expect(r.out).toContain("invalid (1 error");

    const yaml = write("twice.yaml", "schemaVersion: 1\ncouncil:\n  name: A\n  name: B\npeerChallenge: { start: 2024-01 }\nrecommendations: []\nactions: []\n");
    const y = await cpc(["validate", yaml, "--format", "json"]);
    expect(y.code).toBe(1);
    expect(JSON.parse(y.out).files[0].issues[0]).toMatchObject({
      code: "duplicate-key",
      path: ["council", "name"],
      line: 4,
      message: 'The plan: "name" is given twice in one place (lines 3 and 4); only the last is read.',
    });
  });

  it("gives a one-line message naming the file and position for broken JSON, never a stack trace", async () => {
    const file = write("broken.json", '{\n  "schemaVersion": 1,\n  "council": {\n}');
    const r = await cpc(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/broken\.json:4:2: error unreadable-file: not valid JSON/);
    expect(r.out + r.err).not.toMatch(/\n {2,}at /);
  });

  it("writes JSON for programs", async () => {
    const r = await cpc(["validate", westNorfolk, "--format", "json", "--as-of", "2024-06-26"]);
    const report = JSON.parse(r.out);
    expect(report.ok).toBe(true);
    expect(report.files[0]).toMatchObject({ ok: true, errors: 0, warnings: 3 });
    expect(report.files[0].issues[1]).toMatchObject({ code: "target-before-cpc", line: lineOf(westNorfolk, '"timescale": "March 2023"') });
  });

  it("reads stdin, telling JSON, YAML and TSV apart", async () => {
    const text = readFileSync(kingston, "utf8");
    expect((await cpc(["validate", "-"], { stdin: text })).out).toContain("stdin: valid");
    expect((await cpc(["validate", "-"], { stdin: readFileSync(kingstonTsv, "utf8") })).out).toContain("stdin: valid");
    expect((await cpc(["validate", "-"], { stdin: (await cpc(["convert", kingston, "--to", "yaml"])).out })).out).toContain("stdin: valid");
  });

  it("exits 2 for a missing file, a bad option or an unknown command", async () => {
    expect(await cpc(["validate", join(tmp, "nope.json")])).toMatchObject({ code: 2, err: expect.stringContaining("no such file") });
    expect(await cpc(["validate", kingston, "--colour"])).toMatchObject({ code: 2, err: expect.stringContaining("cpc:") });
    expect(await cpc(["validate", kingston, "--as-of", "30/06/2019"])).toMatchObject({ code: 2, err: expect.stringContaining("--as-of") });
    expect((await cpc(["validate", kingston, "--format", "xml"])).code).toBe(2);
    expect((await cpc(["frobnicate"])).code).toBe(2);
    for (const name of ["constructor", "toString", "__proto__"]) {
      expect(await cpc([name])).toMatchObject({ code: 2, err: expect.stringContaining(`unknown command "${name}"`) });
      expect(await cpc([name, "--help"])).toMatchObject({ code: 2, out: "" });
    }
    expect((await cpc(["validate"])).code).toBe(2);
    expect((await cpc(["validate", write("plan.dat", "{}")])).err).toContain("cannot tell the format");
  });
});

describe("hostile files: exit 1 or 2 with a message naming the file, never a stack trace", () => {
  const deep = 100_000;
  const valid = JSON.stringify(readExample("west-norfolk-2024.json"));
  const cases: [string, string | Buffer, string[], number, RegExp][] = [
    ["empty", "", ["validate"], 1, /empty\.json: error unreadable-file: the file is empty/],
    ["truncated", valid.slice(0, 500), ["validate"], 1, /truncated\.json:1:\d+: error unreadable-file: not valid JSON/],
    ["binary", Buffer.from([0x7b, 0, 0xff, 0xfe, 1]), ["validate"], 1, /binary\.json: error unreadable-file: the file is binary/],
    ["nested", "[".repeat(deep) + "]".repeat(deep), ["validate"], 1, /nested\.json:1:1: error wrong-type/],
    [
      "nested-extra",
      valid.replace('"schemaVersion":1', `"schemaVersion":1,"x":${"[".repeat(deep)}${"]".repeat(deep)}`),
      ["convert", "--to", "json"],
      1,
      /nested-extra\.json: the plan is nested too deeply to write as JSON/,
    ],
    [
      "polluting",
      valid.replace("{", '{"__proto__":{"polluted":true},'),
      ["validate"],
      0,
      /polluting\.json:1:2: warning unknown-field: The plan: the field "__proto__" is not allowed/,
    ],
    [
      "50-megabyte",
      `{"schemaVersion":1,"title":"${"x".repeat(50 * 1024 * 1024)}"}`,
      ["validate"],
      1,
      /50-megabyte\.json:1:1: error missing-field: The plan: "recommendations" is missing/,
    ],
  ];
  for (const [name, content, command, code, message] of cases) {
    it(`${name} file`, async () => {
      const file = join(tmp, `${name}.json`);
      writeFileSync(file, content);
      const [verb, ...options] = command;
      const r = await cpc([verb!, file, ...options]);
      expect(r.code).toBe(code);
      expect(r.out + r.err).toMatch(message);
      expect(r.out + r.err).not.toMatch(/\n {2,}at /);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    });
  }
});

describe("cpc stats and cpc overdue", () => {
  it("prints the status figures counted from the Kingston file", async () => {
    // Statuses in the file: 47 in-progress, 2 not-started, 2 with none, 1 complete, and
    // two dates in the status column, which validation swaps back with the timescale: 20
    // ("December 2019" beside "Ongoing") is ongoing, 21.5 ("July 2019" beside "In
    // progress") in progress. So not started 2 + 2 = 4, in progress 48, complete 1,
    // ongoing 1. Largest remainder on 54: 7.41, 88.89, 1.85, 1.85 give 7, 88, 1, 1 (97),
    // and the three spare units go to the largest remainders (.89, .85, .85): 7, 89, 2, 2.
    // Overdue as of 30 June 2019: 3, 16, 16.1, 17 and 20.1, 5.
    const r = await cpc(["stats", kingston, "--as-of", "2019-06-30", "--format", "json"]);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.out);
    expect(stats.status.counts).toMatchObject({ "not-started": 4, "in-progress": 48, complete: 1, ongoing: 1, "on-hold": 0 });
    expect(stats.status.percentages).toMatchObject({ "not-started": 7, "in-progress": 89, complete: 2, ongoing: 2, "on-hold": 0 });
    expect(stats.status.noStatus).toBe(2);
    expect(stats.overdue).toBe(5);
    expect(stats.rollup.groups.map((g: { key: string }) => g.key)).toContain("capacity-to-deliver");
  });

  it("prints readable text, Markdown and CSV", async () => {
    const text = (await cpc(["stats", kingston, "--as-of", "2019-06-30"])).out;
    expect(text).toMatch(/in-progress\s+48\s+89/);
    expect(text).toContain("Read with 6 warning(s)");
    const md = (await cpc(["stats", kingston, "--as-of", "2019-06-30", "--format", "md", "--by", "owner"])).out;
    expect(md).toContain("| Stephen Evans | 25 | 3 |");
    const csv = (await cpc(["stats", kingston, "--as-of", "2019-06-30", "--format", "csv", "--by", "heading"])).out;
    expect(csv.split("\n")[1]).toBe("FINANCIAL CHALLENGE,17,1,7,0,1,0,16");
  });

  it("lists overdue actions, most overdue first", async () => {
    const r = await cpc(["overdue", kingston, "--as-of", "2019-06-30", "--format", "json"]);
    const out = JSON.parse(r.out);
    // 16 and 16.1 were due February 2019 (28th): 31 + 30 + 31 + 30 = 122 days to 30 June;
    // 3 and 17 April 2019: 31 + 30 = 61; 20.1 spring 2019 (to 31 May): 30.
    expect(out.overdue.map((o: { id: string; daysOverdue: number }) => [o.id, o.daysOverdue])).toEqual([
      ["16", 122],
      ["16.1", 122],
      ["3", 61],
      ["17", 61],
      ["20.1", 30],
    ]);
    expect((await cpc(["overdue", kingston, "--as-of", "2019-06-30"])).out).toMatch(/16\s+2019-02-28\s+122\s+Feb 2019\s+Stephen Evans/);
  });

  it("refuses to compute on an invalid plan, exiting 1 with the errors", async () => {
    const r = await cpc(["stats", write("empty-council.json", JSON.stringify({ ...(readExample("west-norfolk-2024.json") as object), council: {} }))]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('"name" is missing');
  });

  it("uses colour only on a terminal, and never with NO_COLOR", async () => {
    expect((await cpc(["stats", kingston, "--as-of", "2019-06-30"], { tty: true })).out).toContain("\u001b[");
    expect((await cpc(["stats", kingston, "--as-of", "2019-06-30"], { tty: true, env: { NO_COLOR: "1" } })).out).not.toContain("\u001b[");
    expect((await cpc(["stats", kingston, "--as-of", "2019-06-30"])).out).not.toContain("\u001b[");
  });
});

describe("no silent loss", () => {
  const withExtras = () => ({ ...(readExample("west-norfolk-2024.json") as Record<string, unknown>), leadMember: "Cllr Smith" });

  it("keeps unknown fields through JSON and YAML, with a warning", async () => {
    const file = write("extras.json", JSON.stringify(withExtras()));
    expect((await cpc(["validate", file])).out).toContain('warning unknown-field: The plan: "leadMember" is not a field of a plan; it is kept but not used.');
    const yaml = write("extras.yaml", (await cpc(["convert", file, "--to", "yaml"])).out);
    expect(JSON.parse((await cpc(["convert", yaml, "--to", "json"])).out)).toEqual(withExtras());
  });

  it("says which fields a CSV cannot carry", async () => {
    const file = write("extras2.json", JSON.stringify(withExtras()));
    const r = await cpc(["convert", file, "--to", "csv"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("leadMember: has no place in CSV and is left out.");
  });
});

describe("cpc convert and cpc schema", () => {
  it("converts the Kingston TSV to exactly examples/kingston-2019.json", async () => {
    const r = await cpc(["convert", kingstonTsv, "--to", "json"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(kingston, "utf8"));
  });

  it("round-trips through YAML and CSV without loss", async () => {
    for (const to of ["yaml", "csv", "tsv"]) {
      const file = write(`west-norfolk.${to}`, (await cpc(["convert", westNorfolk, "--to", to])).out);
      expect(JSON.parse((await cpc(["convert", file, "--to", "json"])).out)).toEqual(readExample("west-norfolk-2024.json"));
    }
  });

  it("writes to a file with -o", async () => {
    const out = join(tmp, "out.json");
    expect((await cpc(["convert", kingstonTsv, "--to", "json", "-o", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(kingston, "utf8"));
  });

  it("needs --to", async () => expect((await cpc(["convert", kingston])).code).toBe(2));

  it("prints the JSON Schema", async () => {
    expect(JSON.parse((await cpc(["schema"])).out)).toEqual(planJsonSchema);
  });
});

describe("cpc diff and cpc stats --headline", () => {
  // Last quarter's file and this quarter's, as a council would keep them.
  const march = loadPlan("west-norfolk-2024.json");
  let june = updateAction(march, "1.5", { date: "2024-06-20", status: "complete", note: "Community events held" });
  june = updateAction(june, "1.3", { date: "2024-06-20", status: "in-progress", rag: "red" });
  june = updateAction(june, "2.1", { date: "2024-06-20", status: "in-progress", rag: "green" });
  const before = write("wn-march.json", JSON.stringify(march, null, 2));
  const after = write("wn-june.yaml", toYaml(june));

  it("prints in one command what moved, what slipped and the headline a review would quote", async () => {
    const r = await cpc(["diff", before, after, "--since", "2024-03-31", "--as-of", "2024-06-30"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Now:  4% of actions completed, 8% making expected progress and 88% not yet progressed.");
    expect(r.out).toMatch(/Completed \(1\)\n {2}1\.5 Devise methods of consultation/);
    expect(r.out).toContain("1.3 Review the capacity and skills within the council's Communications te…: RAG green to red");
    expect(r.out).toMatch(/Newly overdue \(3\)\n {2}2\.2 .*\n {2}4\.3 .*\n {2}5\.2 /);
    expect(r.out).toContain("3 action(s) changed in all.");
  });

  it("writes the comparison as JSON and Markdown", async () => {
    const json = JSON.parse((await cpc(["diff", before, after, "--as-of", "2024-06-30", "--format", "json"])).out);
    expect(json).toMatchObject({ completed: ["1.5"], headline: { after: { completed: { count: 1 } } } });
    const md = (await cpc(["diff", before, after, "--as-of", "2024-06-30", "--format", "md"])).out;
    expect(md).toContain("### Completed (1)\n\n- 1.5 Devise");
  });

  it("prints the progress-review headline of a plan", async () => {
    const r = await cpc(["stats", after, "--headline", "--as-of", "2024-06-30", "--format", "json"]);
    expect(JSON.parse(r.out)).toMatchObject({
      total: 24,
      completed: { count: 1, percent: 4 },
      expectedProgress: { count: 2, percent: 8 },
      notProgressed: { count: 21, percent: 88 },
    });
    expect((await cpc(["stats", after, "--headline", "--as-of", "2024-06-30"])).out).toContain(
      "4% of actions completed, 8% making expected progress and 88% not yet progressed.",
    );
  });

  it("needs two files", async () => {
    expect((await cpc(["diff", before])).code).toBe(2);
  });

  it("lists nothing for a file diffed with itself, though it has updates", async () => {
    // June's file was last updated on 2024-06-20: both sides are read as of that date.
    const r = await cpc(["diff", after, after, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ added: [], removed: [], completed: [], slipped: [], newlyOverdue: [] });
  });
});

describe("cpc report", () => {
  it("writes the HTML report to a file with -o", async () => {
    const out = join(tmp, "k.html");
    const r = await cpc(["report", kingston, "--format", "html", "--as-of", "2019-06-30", "-o", out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<h1>Royal Borough of Kingston upon Thames</h1>");
    expect(html).toContain("Figures as of <strong>30 June 2019</strong>");
  });

  it("prints Markdown, with what changed since an earlier snapshot", async () => {
    const june = updateAction(loadPlan("west-norfolk-2024.json"), "1.5", { date: "2024-06-20", status: "complete" });
    const after = write("wn-june-report.json", JSON.stringify(june));
    const r = await cpc(["report", after, "--format", "md", "--as-of", "2024-06-26", "--compare", westNorfolk]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("## Changes since the previous snapshot");
    expect(r.out).toContain("**Completed (1)**");
  });

  it("refuses a format it does not write", async () => {
    expect((await cpc(["report", kingston, "--format", "pdf"])).code).toBe(2);
  });
});

describe("help and version", () => {
  it("has --help for every command and --version", async () => {
    for (const command of ["validate", "stats", "overdue", "diff", "report", "convert", "schema"]) {
      const r = await cpc([command, "--help"]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`cpc ${command}`);
    }
    expect((await cpc(["--help"])).out).toContain("Commands:");
    expect((await cpc(["--version"])).out).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("CSV output is safe to open in Excel", () => {
  it("puts OWASP's apostrophe before any text cell of overdue and stats CSV that would start a formula", async () => {
    // An action whose title and owner begin like formulas, overdue as of 1 June 2024.
    const plan = {
      schemaVersion: 1,
      council: { name: "=cmd|' /C calc'!A0" },
      peerChallenge: { start: "2024-01" },
      recommendations: [{ id: "R1", title: "r" }],
      actions: [
        {
          id: "1.1",
          recommendation: "R1",
          title: '=HYPERLINK("http://x","click")',
          owners: ["@admin", "+44 1234"],
          timescale: "March 2024",
          status: "in-progress",
        },
      ],
    };
    const file = write("formulas.json", JSON.stringify(plan));
    const overdue = await cpc(["overdue", file, "--as-of", "2024-06-01", "--format", "csv"]);
    expect(overdue.code).toBe(0);
    expect(overdue.out).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(overdue.out).not.toMatch(/(^|,)"?[=+@]/m);
    const stats = await cpc(["stats", file, "--as-of", "2024-06-01", "--format", "csv", "--by", "owner"]);
    expect(stats.out).toContain("'@admin");
    expect(stats.out).toContain("'+44 1234");
    expect(stats.out).not.toMatch(/(^|,)"?[=+@]/m);
  });
});

describe("Markdown output never carries markup from plan text", () => {
  it("escapes HTML and flattens line breaks in stats Markdown", async () => {
    const plan = {
      schemaVersion: 1,
      council: { name: "Evil\n# Injected" },
      title: "<script>alert(1)</script>",
      peerChallenge: { start: "2024-01" },
      recommendations: [{ id: "R1", title: "r" }],
      actions: [{ id: "1.1", recommendation: "R1", title: "a", owners: ["<img src=x onerror=alert(1)>"], status: "in-progress" }],
    };
    const file = write("markup.json", JSON.stringify(plan));
    const md = (await cpc(["stats", file, "--format", "md", "--by", "owner", "--as-of", "2024-06-30"])).out;
    expect(md).not.toMatch(/<script|<img/);
    expect(md).not.toMatch(/^# Injected/m);
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("terminal output is safe to print", () => {
  it("passes no control sequence from plan text to the terminal", async () => {
    // A title that would set the window title (OSC ... BEL), clear the screen (CSI 2J) and
    // return to the start of the line to forge one; overdue as of 30 June 2024, so printed.
    const plan = {
      schemaVersion: 1,
      peerChallenge: { start: "2024-01" },
      recommendations: [{ id: "R1", title: "r" }],
      actions: [{ id: "1.1", recommendation: "R1", title: "\u001b]0;pwned\u0007\u001b[2J\rforged", timescale: "March 2024", status: "in-progress" }],
    };
    const file = write("escapes.json", JSON.stringify(plan));
    const r = await cpc(["overdue", file, "--as-of", "2024-06-30"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("forged");
    expect(r.out + r.err).not.toMatch(/\u001b\]|\u0007|\u001b\[2J|\r/);
    // JSON output is data: written exactly (JSON escapes the control characters itself).
    const json = await cpc(["overdue", file, "--as-of", "2024-06-30", "--format", "json"]);
    expect(JSON.parse(json.out).overdue[0].title).toBe(plan.actions[0]!.title);
  });

  it("cuts a 100,000-character id in a message to its start and length", async () => {
    const longId = "9".repeat(100_000);
    const plan = { schemaVersion: 1, recommendations: [{ id: "R1", title: "r" }], actions: [{ id: longId, recommendation: "R9", title: "a" }] };
    const file = write("long-id.json", JSON.stringify(plan));
    const r = await cpc(["validate", file]);
    expect(Math.max(...r.out.split("\n").map((l) => l.length))).toBeLessThan(1000);
    expect(r.out).toContain(`${"9".repeat(60)}… (100000 characters)`);
    const json = await cpc(["validate", file, "--format", "json"]);
    expect(JSON.parse(json.out).files[0].issues.some((i: { message: string }) => i.message.includes(longId))).toBe(true);
  });
});

describe("-o is safe", () => {
  it("refuses to write onto the input, directly or through a link, and where it means nothing", async () => {
    const file = write("self.json", readFileSync(westNorfolk, "utf8"));
    const before = readFileSync(file, "utf8");
    const onto = await cpc(["convert", file, "--to", "yaml", "-o", file]);
    expect(onto.code).toBe(2);
    expect(onto.err).toContain(`-o ${file} would overwrite the input ${file}`);
    const link = join(tmp, "self-link.json");
    symlinkSync(file, link);
    expect((await cpc(["report", file, "--format", "md", "-o", link])).code).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(before);
    expect((await cpc(["convert", file, "--to", "yaml", "-o", ""])).code).toBe(2);
    // "-o -" is standard output.
    const dash = await cpc(["convert", file, "--to", "json", "-o", "-"]);
    expect(dash.code).toBe(0);
    expect(JSON.parse(dash.out).council.name).toBe("Borough Council of King's Lynn and West Norfolk");
  });
});
