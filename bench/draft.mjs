// `cpc draft` on a 100-page report (issue 30): the Kingston feedback report's text (seed 000)
// with its findings repeated to 100 pages of about 3,000 characters, the whole process, and
// draftPlan alone in this process; then a hostile 100 pages (every line a bullet at a random
// indent, Title Case words that look like a council's name, labels with no text); then the
// same report as a PDF of about 100 pages, made as the tests make theirs (python-docx's Word
// file, printed by LibreOffice), drafted whole-process, beside pdf.js reading its pages.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { draftPlan } from "peer-challenge/draft";
import { fmt, median, time } from "./lib.mjs";

const PAGES = 100;
const PAGE = 3_000;
const kingston = readFileSync(new URL("../test/fixtures/draft/kingston-feedback-report-2019.md", import.meta.url), "utf8");
const lines = kingston.split("\n");
// The report as written, then its findings (from "## 4." on) again and again.
const findings = lines.slice(lines.findIndex((l) => l.startsWith("## 4"))).join("\n");
let report = kingston;
while (report.length < PAGES * PAGE) report += `\n\n${findings}`;

let seed = 7;
const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
const words = [
  "Review",
  "The",
  "Borough",
  "Council",
  "of",
  "Tower",
  "Hamlets",
  "Recommendations",
  "for",
  "Finance",
  "and",
  "Governance",
  "Key",
  "recommendations:",
];
const hostile = [];
for (let size = 0; size < PAGES * PAGE;) {
  const kind = rand(5);
  const text = Array.from({ length: 3 + rand(40) }, () => words[rand(words.length)]).join(" ");
  const line = kind === 0 ? `Recommendation ${rand(30)}` : kind === 1 ? text : `${" ".repeat(rand(12))}${["-", "o", "1.", "a)", "\u2022"][rand(5)]} ${text}`;
  hostile.push(line);
  size += line.length + 1;
}
const hostileText = hostile.join("\n");

const dir = mkdtempSync(join(tmpdir(), "cpc-bench-"));
const file = join(dir, "report-100-pages.md");
const hostileFile = join(dir, "hostile-100-pages.txt");
writeFileSync(file, report);
writeFileSync(hostileFile, hostileText);
const cli = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));

function wall(args) {
  const t0 = performance.now();
  execFileSync(process.execPath, args, { stdio: "ignore" });
  return performance.now() - t0;
}

const whole = [];
const floor = [];
for (let i = 0; i < 5; i++) {
  floor.push(wall(["-e", `require("fs").readFileSync(${JSON.stringify(file)}, "utf8")`]));
  whole.push(wall([cli, "draft", file, "-o", join(dir, "plan.yaml")]));
}
const recs = draftPlan(report).plan?.recommendations.length ?? 0;
console.log(
  `cpc draft on a ${PAGES}-page report (${fmt(report.length)} characters, ${recs} recommendations): ${fmt(median(whole))} ms, whole process, median of 5   (target: under 1,000 ms)`,
);
console.log(`  node reading the same file: ${fmt(median(floor))} ms`);
console.log(
  `  draftPlan alone: ${fmt(
    time(() => draftPlan(report)),
    1,
  )} ms, median of 7`,
);
console.log(
  `  draftPlan on a hostile ${PAGES} pages (${fmt(hostileText.length)} characters): ${fmt(
    time(() => draftPlan(hostileText)),
    1,
  )} ms, median of 7`,
);

// The PDF: the report cut to about 2,600 characters a page (LibreOffice's A4 page of the
// Word file holds that), as a Word file by test/fixtures/draft/make-report.py, then a PDF.
const pdfDir = mkdtempSync(join(tmpdir(), "cpc-bench-pdf-"));
const PYTHON = "/usr/bin/python3";
if (!existsSync(PYTHON) || !existsSync("/usr/bin/soffice")) {
  console.log("cpc draft on a 100-page PDF: skipped (needs Debian's python3-docx and LibreOffice's soffice)");
} else {
  let cut = report.slice(0, PAGES * 2_600);
  cut = cut.slice(0, cut.lastIndexOf("\n"));
  writeFileSync(join(pdfDir, "kingston-feedback-report-2019.md"), cut);
  execFileSync(PYTHON, [fileURLToPath(new URL("../test/fixtures/draft/make-report.py", import.meta.url))], { cwd: pdfDir });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(pdfDir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      pdfDir,
      join(pdfDir, "kingston-feedback-report-2019.docx"),
    ],
    {
      stdio: "ignore",
    },
  );
  const pdf = join(pdfDir, "report.pdf");
  copyFileSync(join(pdfDir, "kingston-feedback-report-2019.pdf"), pdf);
  const bytes = readFileSync(pdf);
  const pages = bytes.toString("latin1").match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  const runs = [];
  for (let i = 0; i < 7; i++) runs.push(wall([cli, "draft", pdf, "-o", join(pdfDir, "plan.yaml")]));
  const drafted = readFileSync(join(pdfDir, "plan.yaml"), "utf8").match(/^ {2}- id: R\d+$/gm)?.length ?? 0;
  console.log(
    `cpc draft on a ${pages}-page PDF (${fmt(bytes.length)} bytes, LibreOffice, ${drafted} recommendations): ${fmt(median(runs))} ms, whole process, median of 7   (target: under 1,000 ms; load average ${loadavg()[0].toFixed(1)})`,
  );
  // What the CLI did before the small reader: pdf.js's text and drawing of every page.
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs").catch(() => undefined);
  if (pdfjs) {
    const t0 = performance.now();
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      maxImageSize: 1,
    }).promise;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      await page.getTextContent();
      await page.getOperatorList();
    }
    await doc.destroy();
    console.log(`  pdf.js reading the same pages (text and drawing), in this process: ${fmt(performance.now() - t0)} ms`);
  }
}
