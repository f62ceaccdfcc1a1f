import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS, commandHelp, OPTIONS, optionsOf, parseCommandLine, type CommandName, type OptionName } from "../src/cli/spec.js";
import { validatePlan } from "../src/schema/index.js";
import { examplePath, runCpc as cpc } from "./helpers.js";

const kingston = examplePath("kingston-2019.json");
const westNorfolk = examplePath("west-norfolk-2024.json");
const tmp = mkdtempSync(join(tmpdir(), "cpc-options-"));
const write = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

describe("each command takes its own options, and says so", () => {
  it("refuses an option of another command, naming whose it is and listing its own", async () => {
    const r = await cpc(["overdue", kingston, "--by", "owner"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("cpc overdue has no option --by (it is an option of cpc stats, cpc due)");
    expect(r.err).toContain("Options of cpc overdue: --format, --as-of,");
    const s = await cpc(["schema", "--format", "json"]);
    expect(s.code).toBe(2);
    expect(s.err).toContain(
      "cpc schema has no option --format (it is an option of cpc validate, cpc stats, cpc overdue, cpc diff, cpc report, cpc due, cpc trend)",
    );
    expect(s.out).toBe("");
    // --bom means something only for a CSV.
    expect((await cpc(["convert", kingston, "--to", "yaml", "--bom"])).err).toContain("--bom is for CSV and TSV");
  });

  it("refuses an option given twice, a value given to a flag, and a value missing", async () => {
    const twice = await cpc(["stats", kingston, "--format", "json", "--format", "csv"]);
    expect(twice).toMatchObject({ code: 2, out: "" });
    expect(twice.err).toContain('--format is given twice ("json" and "csv"); give it once');
    expect((await cpc(["stats", kingston, "--as-of=2019-06-30", "--as-of", "2019-07-01"])).err).toContain("--as-of is given twice");
    expect(await cpc(["validate", kingston, "--strict=yes"])).toMatchObject({ code: 2, err: expect.stringContaining('--strict takes no value, not "yes"') });
    expect(await cpc(["stats", kingston, "--format"])).toMatchObject({
      code: 2,
      err: expect.stringContaining("--format needs a value (text, json, csv, md, html)"),
    });
    // "--format --strict": the value was forgotten, not "--strict".
    expect((await cpc(["validate", kingston, "--format", "--strict"])).err).toContain("--format needs a value (text, json, github)");
  });

  it("suggests the command or option that was meant", async () => {
    expect(await cpc(["valdate", kingston])).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "valdate"; did you mean cpc validate?') });
    expect((await cpc(["stats", kingston, "--fromat", "json"])).err).toContain("unknown option --fromat; did you mean --format?");
    expect((await cpc(["overdue", kingston, "--asof", "2019-06-30"])).err).toContain("did you mean --as-of?");
    // Nothing near: no guess.
    const far = await cpc(["frobnicate"]);
    expect(far.code).toBe(2);
    expect(far.err).not.toContain("did you mean");
  });

  it("prints a command's help for cpc help <command>, and refuses an unknown one", async () => {
    const r = await cpc(["help", "validate"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: cpc validate <file...> [options]");
    expect(r.out).toContain("--check-dates");
    expect(r.out).not.toContain("Commands:");
    expect((await cpc(["validate", "--help"])).out).toBe(r.out);
    expect(await cpc(["help", "valdate"])).toMatchObject({ code: 2, err: expect.stringContaining("did you mean cpc validate?") });
    // No command at all: the general help, on stderr, exit 2.
    const none = await cpc([]);
    expect(none).toMatchObject({ code: 2, out: "" });
    expect(none.err).toContain("Commands:");
  });

  it("accepts exactly the options each command's help lists", () => {
    for (const command of Object.keys(COMMANDS) as CommandName[]) {
      const help = commandHelp(command);
      for (const option of Object.keys(OPTIONS) as OptionName[]) {
        const listed = new RegExp(`--${option}\\b(?!-)`).test(help);
        // --by's values are checked as the line is read: give one the command takes.
        const value = option === "by" ? ((COMMANDS[command] as { by?: readonly string[] }).by?.[0] ?? "x") : "x";
        const args = OPTIONS[option].type === "boolean" ? [`--${option}`] : [`--${option}`, value];
        let accepted = true;
        try {
          parseCommandLine(command, args);
        } catch {
          accepted = false;
        }
        expect({ command, option, accepted }).toEqual({ command, option, accepted: listed });
        expect(optionsOf(command).includes(option)).toBe(listed);
      }
    }
  });
});

describe("-o on every command that prints", () => {
  it("writes to the file exactly what the command prints", async () => {
    const runs: string[][] = [
      ["validate", kingston, "--as-of", "2019-06-30"],
      ["stats", kingston, "--as-of", "2019-06-30"],
      ["overdue", kingston, "--as-of", "2019-06-30", "--format", "csv"],
      ["diff", kingston, kingston, "--as-of", "2019-06-30"],
      ["report", westNorfolk, "--as-of", "2024-06-30"],
      ["schema"],
    ];
    for (const [i, args] of runs.entries()) {
      const printed = await cpc(args);
      const file = join(tmp, `out-${i}.txt`);
      const written = await cpc([...args, "-o", file]);
      expect(written).toMatchObject({ code: printed.code, out: "" });
      expect(readFileSync(file, "utf8")).toBe(printed.out);
    }
  });

  it("says in words why a file cannot be written, exit 2", async () => {
    const noFolder = await cpc(["stats", kingston, "-o", join(tmp, "no-such-folder", "out.txt")]);
    expect(noFolder).toMatchObject({ code: 2, out: "" });
    expect(noFolder.err).toMatch(/^cpc: cannot write .*out\.txt: no such folder\n$/);
    expect((await cpc(["stats", kingston, "-o", tmp])).err).toContain(": it is a folder");
    expect(await cpc(["schema", "-o", "/dev/full"])).toMatchObject({ code: 2, err: "cpc: cannot write /dev/full: the disk is full\n" });
  });

  it("refuses to write onto an input, also through a link, before reading anything", async () => {
    const file = write("self.json", readFileSync(westNorfolk, "utf8"));
    const link = join(tmp, "self-link.json");
    symlinkSync(file, link);
    for (const args of [
      ["stats", file],
      ["validate", westNorfolk, file],
      ["diff", westNorfolk, file],
      ["report", westNorfolk, "--compare", file],
    ]) {
      const r = await cpc([...args, "-o", link]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`-o ${link} would overwrite the input ${file}`);
    }
    expect(readFileSync(file, "utf8")).toBe(readFileSync(westNorfolk, "utf8"));
  });
});

describe("cpc validate on several files", () => {
  it("ends with one line: files, how many invalid, errors and warnings", async () => {
    const broken = write("broken.json", '{ "schemaVersion": 1,');
    const r = await cpc(["validate", kingston, broken, "--as-of", "2019-06-30"]);
    expect(r.code).toBe(1);
    // Kingston as of 30 June 2019 has 6 warnings and no error (test/cli.test.ts, the first
    // test, lists them); the broken file is 1 error; so 2 files, 1 invalid.
    expect(r.out.trim().split("\n").at(-1)).toBe("cpc: 2 files, 1 invalid, 1 error, 6 warnings");
    // One file: its verdict is the last line, no summary.
    expect((await cpc(["validate", kingston, "--as-of", "2019-06-30"])).out.trim().split("\n").at(-1)).toBe(`${kingston}: valid (0 errors, 6 warnings)`);
  });
});

describe("--strict fails on what the file says, not on the date it is run", () => {
  // One action due March 2024, reported green, still in progress: overdue from April 2024.
  const plan = {
    schemaVersion: 1,
    council: { name: "Test Borough Council" },
    peerChallenge: { start: "2023-10" },
    recommendations: [{ id: "R1", title: "Review the constitution", themes: ["governance-and-culture"] }],
    actions: [
      {
        id: "1.1",
        recommendation: "R1",
        title: "Review the constitution",
        owners: ["Monitoring Officer"],
        timescale: "March 2024",
        status: "in-progress",
        rag: "green",
      },
    ],
  };
  const file = write("green-overdue.json", JSON.stringify(plan, null, 2));

  it("marks the issue that depends on the date with the date, and only that one", () => {
    const before = validatePlan(plan, { asOf: "2024-03-15" });
    expect(before.issues).toEqual([]);
    const after = validatePlan(plan, { asOf: "2024-06-30" });
    expect(after.issues.map((i) => [i.code, i.asOf])).toEqual([["rag-inconsistent", "2024-06-30"]]);
    // A warning about the content alone has no date.
    const complete = validatePlan({ ...plan, actions: [{ ...plan.actions[0], status: "complete", rag: "red" }] }, { asOf: "2024-06-30" });
    expect(complete.issues.map((i) => [i.code, i.asOf])).toEqual([["rag-inconsistent", undefined]]);
  });

  it("passes --strict on an unchanged file whatever the date, and fails with --check-dates once it is overdue", async () => {
    const strict = await cpc(["validate", file, "--strict", "--as-of", "2024-06-30"]);
    expect(strict.code).toBe(0);
    expect(strict.out).toContain("warning rag-inconsistent: Action 1.1 is reported green but was due 2024-03-31");
    expect(strict.out).toContain("valid (0 errors, 1 warning; 1 of them as of 2024-06-30, which --strict does not count without --check-dates)");
    expect((await cpc(["validate", file, "--strict", "--check-dates", "--as-of", "2024-06-30"])).code).toBe(1);
    expect((await cpc(["validate", file, "--strict", "--check-dates", "--as-of", "2024-03-15"])).code).toBe(0);
    const json = JSON.parse((await cpc(["validate", file, "--format", "json", "--as-of", "2024-06-30"])).out) as { files: { issues: { asOf?: string }[] }[] };
    expect(json.files[0]!.issues[0]!.asOf).toBe("2024-06-30");
    // A warning about the content fails --strict as before.
    const noOwner = write("no-owner.json", JSON.stringify({ ...plan, actions: [{ ...plan.actions[0], owners: undefined, rag: undefined }] }));
    expect((await cpc(["validate", noOwner, "--strict", "--as-of", "2024-06-30"])).code).toBe(1);
  });
});

describe("every input is read within the size limit, whatever it is", () => {
  it("refuses /dev/zero and /dev/urandom at their first chunk, also through a link", async () => {
    const link = join(tmp, "zero.json");
    symlinkSync("/dev/zero", link);
    for (const args of [
      ["validate", "/dev/zero", "--input-format", "json"],
      ["validate", link],
      ["stats", "/dev/urandom", "--input-format", "yaml"],
    ]) {
      const r = await cpc(args);
      expect(r.code).toBe(1);
      // validate lists an unreadable file among its results; stats stops with it on stderr.
      expect(args[0] === "validate" ? r.out : r.err).toContain("the file is binary, not a JSON, YAML, CSV or TSV plan");
    }
  });

  it("stops a device read as UTF-16 (whose zero bytes are text) at 256 MB", async () => {
    const r = await cpc(["validate", "/dev/zero", "--input-format", "json", "--encoding", "utf-16le"]);
    expect(r).toMatchObject({ code: 1, out: expect.stringContaining("the input is more than 256 MB; cpc reads plans of up to 256 MB") });
  });

  it("stops a stream on stdin at 256 MB", async () => {
    // 257 chunks of 1 MB of spaces (the same buffer each time): over the limit, no NUL.
    const chunk = new Uint8Array(1 << 20).fill(0x20);
    const chunks = {
      *[Symbol.iterator]() {
        for (let i = 0; i < 257; i++) yield chunk;
      },
    };
    const r = await cpc(["stats", "-", "--input-format", "json"], { stdin: chunks });
    expect(r).toMatchObject({ code: 1, err: "cpc: stdin: the input is more than 256 MB; cpc reads plans of up to 256 MB\n" });
    // Within the limit, a stream is read whole.
    const text = new TextEncoder().encode(readFileSync(westNorfolk, "utf8"));
    const whole = await cpc(["validate", "-"], { stdin: [text.subarray(0, 1000), text.subarray(1000)] });
    expect(whole.out).toContain("stdin: valid");
  });
});

describe("a YAML mapping of 100,000 keys", () => {
  it("is read in one pass: every unknown key and the repeated one reported at its line", async () => {
    // Lines 1-5 are the plan's own fields; key0 to key99999 are lines 6 to 100005; line
    // 100006 gives key0 again.
    const lines = ["schemaVersion: 1", "council: {name: Test}", "peerChallenge: {start: 2024-01}", "recommendations: []", "actions: []"];
    for (let i = 0; i < 100_000; i++) lines.push(`key${i}: ${i}`);
    lines.push("key0: again");
    const file = write("keys.yaml", `${lines.join("\n")}\n`);
    const r = await cpc(["validate", file, "--format", "json"]);
    expect(r.code).toBe(1);
    const issues = (JSON.parse(r.out) as { files: { issues: { code: string; line?: number; message: string }[] }[] }).files[0]!.issues;
    expect(issues.filter((i) => i.code === "duplicate-key").map((i) => [i.line, i.message])).toEqual([
      [100006, 'The plan: "key0" is given twice in one place (lines 6 and 100006); only the last is read.'],
    ]);
    const unknown = issues.filter((i) => i.code === "unknown-field");
    expect(unknown).toHaveLength(100_000);
    expect(unknown.at(-1)!.line).toBe(100005);
  }, 300_000);
});
