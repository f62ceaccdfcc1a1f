/**
 * Which format a file is in: as the caller says, else from its name, else from its bytes (a
 * zip holding a workbook or a document, JSON, YAML, a table). Files of formats that hold no
 * plan peer-challenge reads (Excel 97-2003, a PDF) are refused with what to do instead.
 * Browser-safe.
 */
import type { PlanFormat } from "./parsed.js";

/** A format settled, or "text" to be told from the text; or a refusal saying what to do. */
export type Detected = DetectedFormat | { readonly refused: string; readonly hint?: string };

/** A format settled, or "text" to be told from the text. */
export interface DetectedFormat {
  readonly format: PlanFormat | "text";
}

const BY_EXTENSION: Readonly<Record<string, PlanFormat | "text">> = {
  json: "json",
  yaml: "yaml",
  yml: "yaml",
  csv: "csv",
  tsv: "tsv",
  tab: "tsv",
  txt: "text",
  xlsx: "xlsx",
  xlsm: "xlsx",
  docx: "docx",
};

const REFUSED: Readonly<Record<string, { readonly what: string; readonly hint: string }>> = {
  xls: {
    what: "an Excel 97-2003 workbook (.xls), which peer-challenge does not read",
    hint: 'Open it in Excel and save it as "Excel Workbook (.xlsx)", then read the .xlsx.',
  },
  ods: {
    what: "an OpenDocument spreadsheet (.ods), which peer-challenge does not read",
    hint: 'Save it as "Excel 2007-365 (.xlsx)" in LibreOffice, then read the .xlsx.',
  },
  doc: {
    what: "a Word 97-2003 document (.doc), which peer-challenge does not read",
    hint: 'Open it in Word and save it as "Word Document (.docx)", then read the .docx.',
  },
  odt: {
    what: "an OpenDocument text (.odt), which peer-challenge does not read",
    hint: 'Save it as "Word 2007-365 (.docx)" in LibreOffice, then read the .docx.',
  },
  pdf: {
    what: "a PDF, which is read only by cpc (it needs pdf.js, a Node module)",
    hint: "cpc reads an action plan's table from a PDF (cpc validate plan.pdf), and drafts a plan from a CPC feedback report (cpc draft report.pdf); here, read the Word or Excel file the PDF was made from.",
  },
};

/** The format of a file: given, from its name, or from its bytes. */
export function detectFormat(input: Uint8Array | string, name: string | undefined, format: PlanFormat | undefined): Detected {
  if (format !== undefined) return { format };
  const ext = /\.([a-z0-9]+)$/i.exec(name ?? "")?.[1]?.toLowerCase();
  if (ext !== undefined) {
    const known = Object.hasOwn(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
    if (known !== undefined) return { format: known };
    const refused = Object.hasOwn(REFUSED, ext) ? REFUSED[ext] : undefined;
    if (refused !== undefined) return { refused: `${name ?? "The file"} is ${refused.what}.`, hint: refused.hint };
  }
  return typeof input === "string" ? { format: "text" } : fromBytes(input, name);
}

/** The format from the bytes: a zip's parts name a workbook or a document; Office 97-2003 and PDF are refused. */
function fromBytes(bytes: Uint8Array, name: string | undefined): Detected {
  const who = name ?? "The file";
  const starts = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    // A zip's local headers name its parts: look in the first 64 KB for the workbook's or the document's.
    const head = latin1(bytes.subarray(0, 65536));
    if (head.includes("xl/")) return { format: "xlsx" };
    if (head.includes("word/")) return { format: "docx" };
    return { refused: `${who} is a zip file that holds no Excel workbook or Word document.`, hint: "Read the .xlsx or .docx itself." };
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
    return {
      refused: `${who} is an Excel 97-2003 workbook or Word 97-2003 document, which peer-challenge does not read.`,
      hint: "Save it as .xlsx or .docx, then read that.",
    };
  }
  if (starts(0x25, 0x50, 0x44, 0x46)) return { refused: `${who} is ${REFUSED["pdf"]!.what}.`, hint: REFUSED["pdf"]!.hint };
  return { format: "text" };
}

/** Bytes as Latin-1 text, a byte a character: enough to find a zip's part names. */
function latin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}
