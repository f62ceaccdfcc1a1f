/**
 * An action plan read from a PDF for the commands that read plans: the pages' text where it
 * stands (pdf.ts), its table read as the library reads any table (src/pdf/read.ts). Loaded
 * only for a PDF. Node only.
 */
import type { Issue } from "../model/issue.js";
import { readPlanPdfRuns } from "../pdf/read.js";
import type { ColumnChoices } from "../table/read.js";
import type { Wordings } from "../status/index.js";
import { BadFile } from "./errors.js";
import { pdfRuns } from "./pdf.js";

/** The plan in a PDF's table, and what the reader said; a PDF with no such table is a BadFile saying so. */
export async function readPdfPlan(
  name: string,
  bytes: Uint8Array,
  options: {
    readonly wordings?: Wordings | undefined;
    readonly columns?: ColumnChoices | undefined;
    readonly council?: string | undefined;
    readonly cpcStart?: string | undefined;
  },
): Promise<{ readonly data: unknown; readonly issues: readonly Issue[] }> {
  const read = readPlanPdfRuns(await pdfRuns(bytes, name), options);
  const fatal = read.issues.find((i) => i.code === "unreadable-file");
  if (fatal !== undefined) throw new BadFile(name, `${fatal.message}${fatal.hint ? ` ${fatal.hint}` : ""}`);
  return { data: read.plan, issues: read.issues };
}
