/**
 * Writing an action plan as an Excel tracker a council would use: the same table as the
 * CSV form (so the reader reads both back the same way), with a bold, filled, frozen
 * header, column widths, an autofilter, drop-down lists for status and RAG, RAG cells
 * filled in their colour and labelled with the word, and due dates as real dates.
 * Browser-safe: returns bytes.
 */
import { zipSync, strToU8 } from "fflate";
import { issueOf, type Issue } from "../model/issue.js";
import type { ActionPlan } from "../model/types.js";
import { RAGS, STATUSES, ragLabel, statusLabel, type Rag } from "../model/vocabulary.js";
import { normaliseRag } from "../status/index.js";
import { planTable, type CsvLayout } from "../table/write.js";
import { columnLetters, escapeXml, NOT_IN_XML, serialOf } from "./cells.js";

/**
 * Options for {@link writePlanXlsx}.
 *
 * @category Import and export
 * @example
 * ```ts
 * import type { WritePlanXlsxOptions } from "peer-challenge/xlsx";
 * const options: WritePlanXlsxOptions = { sheet: "CPC tracker" };
 * ```
 */
export interface WritePlanXlsxOptions {
  /** The sheet's name. Default "Action Plan". */
  readonly sheet?: string | undefined;
  /** The council's own headings and column order, as `readPlanXlsx` or `readPlanCsv` read them. */
  readonly layout?: CsvLayout | undefined;
}

/** "U+0007" */
const codePoint = (c: string): string => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * The characters {@link writePlanXlsx} cannot carry, so that reading the workbook back
 * would not give the same plan: each a workbook cannot hold (a control character, U+FFFE
 * or U+FFFF, a lone surrogate), named by code point, as a `not-in-csv` warning with the
 * path it changes. A workbook holds the table a CSV does, so what `csvLosses`
 * (peer-challenge/csv) names is lost too; a plan with neither reads back exactly. (Apart,
 * so that peer-challenge/xlsx loads no CSV writer in a browser.)
 *
 * @param plan - A validated plan.
 * @param csvLost - The paths `csvLosses` gave, where the caller has them: a NUL there is not named twice.
 * @returns One warning per field that would be changed, in plan order.
 * @category Import and export
 * @example
 * ```ts
 * import { xlsxLosses } from "peer-challenge/xlsx";
 * xlsxLosses(westNorfolk).map((i) => i.message);
 * //=> [] (the workbook can hold every character of West Norfolk's plan)
 * ```
 */
export function xlsxLosses(plan: ActionPlan, csvLost: readonly Issue[] = []): readonly Issue[] {
  const out: Issue[] = [];
  const seen = new Set(csvLost.map((i) => i.path.join("\u0000")));
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (typeof v === "string") {
      // Owners share one cell, focus areas one row: a character left out of one changes the list.
      // An id left blank is read as none: the entry and those after it are read differently.
      const at =
        path[path.length - 1] === "id" && v.replace(NOT_IN_XML, "").trim() === ""
          ? path.slice(0, -2)
          : path[path.length - 2] === "owners" || (path[0] === "focusAreas" && path.length === 2)
            ? path.slice(0, -1)
            : path;
      const bad = [...new Set(v.match(NOT_IN_XML) ?? [])].filter((c) => c !== "\u0000" || !seen.has(at.join("\u0000")));
      if (bad.length > 0)
        out.push(
          issueOf({
            code: "not-in-csv",
            path: at,
            message: `${path.join(".")}: holds ${bad.map(codePoint).join(", ")}, which a workbook cannot hold and ${bad.length === 1 ? "is" : "are"} left out.`,
            hint: "Keep the plan as JSON or YAML to keep it whole.",
          }),
        );
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (typeof v === "object" && v !== null) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(plan, []);
  return out;
}

/** The fills of the RAG colours: Excel's standard red, amber (orange-gold), green and light blue. */
const RAG_FILL: Readonly<Record<Rag, string>> = { red: "FFFF0000", amber: "FFFFC000", green: "FF00B050", blue: "FF00B0F0" };
/** Cell styles: 0 default (wrapped text), 1 header, 2 date, 3-6 red, amber, green, blue. */
const RAG_STYLE: Readonly<Record<Rag, number>> = { red: 3, amber: 4, green: 5, blue: 6 };

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Arial"/></font><font><b/><sz val="11"/><name val="Arial"/></font></fonts>
<fills count="7"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>${RAGS.map((r) => `<fill><patternFill patternType="solid"><fgColor rgb="${RAG_FILL[r]}"/><bgColor indexed="64"/></patternFill></fill>`).join("")}</fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>${RAGS.map((_, i) => `<xf numFmtId="0" fontId="0" fillId="${3 + i}" borderId="0" xfId="0" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf>`).join("")}</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/**
 * Writes a plan as an Excel workbook a council would keep as its tracker, which
 * `readPlanXlsx` reads back to the same plan.
 *
 * One sheet holds the plan as the CSV form does (the plan's details above the table, one
 * row per action and per lettered step, updates as a JSON list in their column), under a
 * bold, filled header frozen in place, with an autofilter and column widths. Statuses and
 * RAG ratings are written as people read them ("In progress", "Amber") and chosen from
 * drop-down lists; a RAG cell is filled in its colour and labelled with the word (colour
 * alone fails accessibility); due dates are real dates shown dd/mm/yyyy.
 *
 * @param plan - A validated plan.
 * @param options - The sheet's name; the council's own headings.
 * @returns The workbook's bytes (.xlsx).
 * @category Import and export
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { writePlanXlsx } from "peer-challenge/xlsx";
 * writeFileSync("tracker.xlsx", writePlanXlsx(plan));
 * ```
 */
export function writePlanXlsx(plan: ActionPlan, options: WritePlanXlsxOptions = {}): Uint8Array {
  const { top, header, body, cols } = planTable(plan, { labels: true, ...(options.layout ? { layout: options.layout } : {}) });
  const sheetName = (options.sheet ?? "Action Plan").replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || "Action Plan";
  const at = (column: string) => cols.findIndex((c) => c.column === column);
  const [statusAt, ragAt, dueAt, idAt] = [at("status"), at("rag"), at("due"), at("actionId")];
  const headerRow = top.length + 1;
  const lastRow = headerRow + body.length;
  const cell = (ref: string, text: string, style = 0) =>
    text === "" ? "" : `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ""}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
  const rowsXml: string[] = [];
  top.forEach((r, i) => rowsXml.push(`<row r="${i + 1}">${r.map((v, c) => cell(`${columnLetters(c)}${i + 1}`, v)).join("")}</row>`));
  rowsXml.push(
    `<row r="${headerRow}">${header.map((h, c) => `<c r="${columnLetters(c)}${headerRow}" t="inlineStr" s="1"><is><t xml:space="preserve">${escapeXml(h)}</t></is></c>`).join("")}</row>`,
  );
  body.forEach((r, i) => {
    const n = headerRow + 1 + i;
    const cells = r.map((v, c) => {
      const ref = `${columnLetters(c)}${n}`;
      if (c === dueAt && /^\d{4}-\d{2}-\d{2}$/.test(v)) return `<c r="${ref}" s="2"><v>${serialOf(v)}</v></c>`;
      if (c === ragAt && v !== "") {
        const rag = normaliseRag(v);
        return cell(ref, v, rag ? RAG_STYLE[rag] : 0);
      }
      // An action number ending in "." is marked as in CSV, so that it is not read as "1" (Kingston's "1.").
      if (c === idAt && v.endsWith(".")) return cell(ref, `'${v}`);
      return cell(ref, v);
    });
    rowsXml.push(`<row r="${n}">${cells.join("")}</row>`);
  });
  const width = (c: number) => {
    const longest = Math.max(
      header[c]?.length ?? 0,
      ...body.map((r) =>
        Math.min(
          60,
          (r[c] ?? "").split("\n").reduce((m, l) => Math.max(m, l.length), 0),
        ),
      ),
    );
    return Math.max(8, Math.min(60, longest + 2));
  };
  const list = (values: readonly string[]) => `"${values.join(",")}"`;
  const validations: string[] = [];
  if (statusAt >= 0 && body.length > 0)
    validations.push(
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${columnLetters(statusAt)}${headerRow + 1}:${columnLetters(statusAt)}${lastRow}"><formula1>${escapeXml(list(STATUSES.map(statusLabel)))}</formula1></dataValidation>`,
    );
  if (ragAt >= 0 && body.length > 0)
    validations.push(
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${columnLetters(ragAt)}${headerRow + 1}:${columnLetters(ragAt)}${lastRow}"><formula1>${escapeXml(list(RAGS.map(ragLabel)))}</formula1></dataValidation>`,
    );
  const lastColumn = columnLetters(Math.max(0, header.length - 1));
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
<cols>${header.map((_, c) => `<col min="${c + 1}" max="${c + 1}" width="${width(c)}" customWidth="1"/>`).join("")}</cols>
<sheetData>${rowsXml.join("")}</sheetData>
<autoFilter ref="A${headerRow}:${lastColumn}${Math.max(lastRow, headerRow)}"/>
${validations.length > 0 ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>` : ""}
</worksheet>`;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`),
    "_rels/.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${escapeXml(sheetName.replace(/'/g, "''"))}'!$A$${headerRow}:$${lastColumn}$${Math.max(lastRow, headerRow)}</definedName></definedNames></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`),
    "xl/styles.xml": strToU8(STYLES),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
  };
  return zipSync(files, { level: 6 });
}
