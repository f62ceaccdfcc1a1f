// pdf.js (pdfjs-dist) is an optional peer dependency: `npm install peer-challenge` leaves it
// out, and `cpc draft report.pdf` must then say which package to install and that a text
// or Word file needs nothing more (a PDF the small reader of src/cli/pdf-lite.ts knows is
// read without it). The missing module is simulated by a loader that fails
// as Node's import fails (code ERR_MODULE_NOT_FOUND) and by vitest's module mock, never by
// deleting node_modules.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BadFile } from "../src/cli/errors.js";
import { loadPdfjs, pdfPages, PDFJS_MISSING } from "../src/cli/pdf.js";
import { runCpc } from "./helpers.js";
import { NO_TOUNICODE } from "./pdf-by-hand.js";

const fixture = (name: string) => new URL(`fixtures/draft/${name}`, import.meta.url).pathname;

function notFound(): Error {
  return Object.assign(new Error("Cannot find package 'pdfjs-dist' imported from /x/dist/cli.js"), { code: "ERR_MODULE_NOT_FOUND" });
}

describe("pdf.js missing", () => {
  it("names the package, the command that installs it and the formats that need nothing", async () => {
    const refused = loadPdfjs("report.pdf", () => Promise.reject(notFound()));
    await expect(refused).rejects.toBeInstanceOf(BadFile);
    await expect(refused).rejects.toThrow(PDFJS_MISSING);
    expect(PDFJS_MISSING).toContain("pdfjs-dist");
    expect(PDFJS_MISSING).toContain("npm install pdfjs-dist@5");
    expect(PDFJS_MISSING).toContain("(.txt)");
    expect(PDFJS_MISSING).toContain("(.docx)");
  });

  it("says what went wrong when pdf.js is there but fails to load", async () => {
    await expect(loadPdfjs("report.pdf", () => Promise.reject(new Error("Unexpected token")))).rejects.toThrow(
      "reading this PDF needs pdfjs-dist (pdf.js), which could not be loaded (Unexpected token): reinstall it with npm install pdfjs-dist@5",
    );
  });

  it("refuses another major version by name", async () => {
    const six = { version: "6.5.438" } as unknown as typeof import("pdfjs-dist/legacy/build/pdf.mjs");
    await expect(loadPdfjs("report.pdf", () => Promise.resolve(six))).rejects.toThrow(
      "reading a PDF needs pdfjs-dist version 5, and version 6.5.438 is installed: npm install pdfjs-dist@5",
    );
  });

  it("loads the installed pdf.js 5 when it is there", async () => {
    expect((await loadPdfjs("report.pdf")).version).toMatch(/^5\./);
  });
});

describe("cpc draft on a PDF with pdf.js missing", () => {
  afterEach(() => {
    vi.doUnmock("pdfjs-dist/legacy/build/pdf.mjs");
    vi.resetModules();
  });

  it("exits 1 with the message, and the text of the same report is still drafted", async () => {
    vi.resetModules();
    vi.doMock("pdfjs-dist/legacy/build/pdf.mjs", () => {
      throw notFound();
    });
    // A PDF the small reader declines (a font with no map to Unicode, as Word writes its
    // simple fonts), so only pdf.js could read it.
    const pdf = join(mkdtempSync(join(tmpdir(), "cpc-nopdfjs-")), "report.pdf");
    writeFileSync(pdf, NO_TOUNICODE());
    const run = await runCpc(["draft", pdf]);
    expect(run.code).toBe(1);
    expect(run.out).toBe("");
    expect(run.err).toContain(`cpc: ${pdf}: reading this PDF needs pdfjs-dist (pdf.js), which is not installed: install it with npm install pdfjs-dist@5`);
    const text = await runCpc(["draft", fixture("kingston-feedback-report-2019.md")]);
    expect(text.code).toBe(0);
  });

  it("a PDF the small reader knows is drafted without pdf.js", async () => {
    vi.resetModules();
    vi.doMock("pdfjs-dist/legacy/build/pdf.mjs", () => {
      throw notFound();
    });
    // Tower Hamlets' 2021 web report, as LibreOffice prints it: three recommendations (draft-layouts.test.ts).
    const run = await runCpc(["draft", fixture("layouts/tower-hamlets-2021-feedback.pdf")]);
    expect(run.code).toBe(0);
    expect(run.err).toContain("drafted 3 recommendations");
  });

  it("pdfPages gives the same refusal through its loader", async () => {
    await expect(pdfPages(NO_TOUNICODE(), "x.pdf", { load: () => Promise.reject(notFound()) })).rejects.toThrow(PDFJS_MISSING);
  });
});
