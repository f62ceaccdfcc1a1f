/**
 * Owners' returns as Excel workbooks: one an owner fills in (their open actions and steps,
 * drop-downs for status and RAG, a date and a comment cell each, the rest locked, a first
 * sheet saying what to do), and the collecting of them back into the plan. Browser-safe:
 * bytes in and out, no Node built-ins.
 */
import { strFromU8, strToU8, zipSync } from "fflate";
import { addCalendarDays, longDate, todayInLondon, type CalendarDate } from "../dates.js";
import type { ActionPlan } from "../model/types.js";
import { RAGS, STATUSES, ragLabel, statusLabel, type Rag, type Status } from "../model/vocabulary.js";
import { openPackage, unescapeXml, type OfficeKind } from "../ooxml/package.js";
import { columnLetters, dateOfSerial, escapeXml, EXCEL_WORKBOOK, serialOf } from "./cells.js";
import { ownerReturns, returnPlanKey, type OwnerReturn } from "../returns/index.js";
import {
  mergeReturns,
  type CollectReturnsOptions,
  type CollectReturnsResult,
  type ReadCell,
  type ReadReturn,
  type ReadRow,
  type WrittenLine,
} from "../returns/collect.js";
import {
  COLUMNS,
  GUIDE_SHEET,
  HEADINGS,
  LINES_FROM,
  LINE_FIELDS,
  MARKER_ROWS,
  MARKER_SHEET,
  MARKER_TITLE,
  RETURN_SHEET,
  type ReturnColumn,
} from "../returns/layout.js";
import type { Wordings } from "../status/index.js";
import { fold } from "../fold.js";

export {
  RETURN_ISSUE_CODES,
  type CollectReturnsOptions,
  type CollectReturnsResult,
  type ConflictingLine,
  type ReturnChange,
  type ReturnIssue,
  type ReturnIssueCode,
  type ReturnsSummary,
  type ReturnedFile,
  type ValueChange,
} from "../returns/collect.js";

/**
 * Options for {@link writeReturnXlsx}.
 *
 * @category Returns
 * @example
 * ```ts
 * import type { WriteReturnXlsxOptions } from "peer-challenge/xlsx";
 * const options: WriteReturnXlsxOptions = { asOf: "2019-06-30", returnBy: "2019-07-12", sendTo: "Policy and Performance, performance@kingston.gov.uk" };
 * ```
 */
export interface WriteReturnXlsxOptions {
  /** The day the return is sent out, `YYYY-MM-DD`: days overdue are counted to it. Default today in Europe/London. */
  readonly asOf?: CalendarDate | undefined;
  /** By when the owner should send it back. Default two weeks after `asOf`. */
  readonly returnBy?: CalendarDate | undefined;
  /** Who to send it back to (a name, a team, an address). Default "the officer who sent it to you". */
  readonly sendTo?: string | undefined;
  /** The council's own status and RAG words: the drop-downs offer them. */
  readonly wordings?: Wordings | undefined;
}

// ---------------------------------------------------------------------------
// Writing

/** Cell styles of the return workbook. */
const S = { text: 7, header: 1, date: 2, fill: 3, fillDate: 4, title: 5, bold: 6 } as const;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="Arial"/></font><font><b/><sz val="11"/><name val="Arial"/></font><font><b/><sz val="14"/><name val="Arial"/></font></fonts>
<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="8">\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>\
<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>\
<xf numFmtId="164" fontId="0" fillId="3" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1" applyAlignment="1" applyProtection="1"><alignment vertical="top"/><protection locked="0"/></xf>\
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** A cell: text (inline), a date (serial), a number, or an empty styled cell (so that it is unlocked). */
type Cell = { text: string; style?: number } | { date: CalendarDate; style?: number } | { number: number; style?: number } | { style: number };

function cellXml(ref: string, cell: Cell): string {
  const s = ` s="${cell.style ?? S.text}"`;
  if ("text" in cell)
    return cell.text === ""
      ? cell.style !== undefined
        ? `<c r="${ref}"${s}/>`
        : ""
      : `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${escapeXml(cell.text)}</t></is></c>`;
  if ("date" in cell) return `<c r="${ref}"${s}><v>${serialOf(cell.date)}</v></c>`;
  if ("number" in cell) return `<c r="${ref}"${s}><v>${cell.number}</v></c>`;
  return `<c r="${ref}"${s}/>`;
}

/**
 * The rows, each as tall as its longest wrapped text needs in its column (at most ten
 * lines): spreadsheet programs do not all fit row heights to wrapped text when they open a file.
 */
function sheetData(rows: readonly (readonly Cell[])[], widths?: readonly number[]): string {
  return rows
    .map((cells, i) => {
      let lines = 1;
      if (widths)
        cells.forEach((c, j) => {
          if (!("text" in c) || c.text === "") return;
          const per = Math.max(1, Math.floor((widths[j] ?? 10) * 1.1));
          const n = c.text.split("\n").reduce((sum, l) => sum + Math.max(1, Math.ceil(l.length / per)), 0);
          lines = Math.max(lines, Math.min(10, n));
        });
      const height = lines > 1 ? ` ht="${lines * 13 + 2}" customHeight="1"` : "";
      return `<row r="${i + 1}"${height}>${cells.map((c, j) => cellXml(`${columnLetters(j)}${i + 1}`, c)).join("")}</row>`;
    })
    .join("");
}

const cols = (widths: readonly number[]) =>
  `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;

const WORKSHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`;

/** Printed landscape, as wide as one page. */
const PRINT = `<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`;

/** The words the drop-downs offer: the council's own for each value where it has one, else the standard label. */
function choices(wordings: Wordings | undefined, scheme: ActionPlan["ragScheme"]): { status: Map<Status, string>; rag: Map<Rag, string> } {
  const status = new Map<Status, string>();
  const rag = new Map<Rag, string>();
  for (const [word, meaning] of Object.entries(wordings ?? {})) {
    // A word that says a status goes in the status list; one that says only a rating, in the RAG list.
    if (meaning.status !== undefined && !status.has(meaning.status)) status.set(meaning.status, word);
    else if (meaning.status === undefined && meaning.rag !== undefined && !rag.has(meaning.rag)) rag.set(meaning.rag, word);
  }
  const s = new Map<Status, string>(STATUSES.map((k) => [k, status.get(k) ?? statusLabel(k)]));
  const r = new Map<Rag, string>(RAGS.filter((k) => k !== "blue" || scheme !== "rag").map((k) => [k, rag.get(k) ?? ragLabel(k)]));
  return { status: s, rag: r };
}

/**
 * Writes the workbook an owner fills in to report on their open actions: a first sheet
 * saying what to do, by when and who to send it to; a sheet "Return" with one line per
 * open action and step of theirs under the headings "Action no.", "Action", "Target",
 * "Status", "RAG", "Date", "Comment" (then "New target", "Last update", "Days overdue" and
 * "Current position"), Status and RAG chosen from drop-downs in the council's own words
 * where `wordings` gives them, the Date a date cell; the sheet is protected with no
 * password, only the cells to fill in unlocked (so the action's text and target cannot be
 * changed by mistake); and a hidden sheet saying which plan, owner and date the return is
 * for and what each line showed, so that {@link collectReturns} can tell another plan's or
 * an older return.
 *
 * @param plan - A validated plan.
 * @param owner - The owner's name as the plan gives it (`""` for the actions with no owner).
 * @param options - `asOf`, `returnBy`, `sendTo`, `wordings`.
 * @returns The workbook's bytes (.xlsx).
 * @throws RangeError for an owner the plan does not name, or an `asOf` or `returnBy` that is not a date.
 * @category Returns
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { writeReturnXlsx } from "peer-challenge/xlsx";
 * writeFileSync("Ian Thomas.xlsx", writeReturnXlsx(kingston, "Ian Thomas", { asOf: "2019-06-30", returnBy: "2019-07-12" }));
 * ```
 */
export function writeReturnXlsx(plan: ActionPlan, owner: string, options: WriteReturnXlsxOptions = {}): Uint8Array {
  const asOf = options.asOf ?? todayInLondon();
  const returnBy = options.returnBy ?? addCalendarDays(asOf, 14);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(returnBy))
    throw new RangeError(`writeReturnXlsx: returnBy must be a date written YYYY-MM-DD, not ${JSON.stringify(returnBy)}`);
  const found = ownerReturns(plan, { asOf, owners: [owner] })[0];
  const ret: OwnerReturn = found ?? { owner: owner.trim(), title: owner.trim() === "" ? "No owner" : owner.trim(), items: [] };
  const { status: statusWords, rag: ragWords } = choices(options.wordings, plan.ragScheme);
  const sendTo = options.sendTo?.trim() || "the officer who sent it to you";
  const council = plan.council?.name ?? "";

  return workbook([
    `${WORKSHEET}\n${cols([14, 90])}<sheetData>${sheetData(guideRows(plan, ret, { asOf, returnBy, sendTo, council }))}</sheetData>\n${PRINT}\n</worksheet>`,
    returnSheet(ret, statusWords, ragWords),
    `${WORKSHEET}\n<sheetData>${sheetData(markerRows(plan, ret, { asOf, council }, statusWords, ragWords))}</sheetData>\n</worksheet>`,
  ]);
}

/** What the guide says: who and what the return is for, by when and to whom, and what to do. */
function guideRows(
  plan: ActionPlan,
  ret: OwnerReturn,
  { asOf, returnBy, sendTo, council }: { asOf: CalendarDate; returnBy: CalendarDate; sendTo: string; council: string },
): Cell[][] {
  return [
    [{ text: `Progress return: ${ret.title}`, style: S.title }],
    [],
    [{ text: "Council", style: S.bold }, { text: council || "(not named in the plan)" }],
    [{ text: "Plan", style: S.bold }, { text: plan.title ?? "Corporate Peer Challenge action plan" }],
    [{ text: "Your lines", style: S.bold }, { text: `${ret.items.length} open action${ret.items.length === 1 ? "" : "s"} and steps, as of ${longDate(asOf)}` }],
    [{ text: "Return by", style: S.bold }, { text: longDate(returnBy) }],
    [{ text: "Send it to", style: S.bold }, { text: sendTo }],
    [],
    [{ text: "What to do", style: S.bold }],
    [{ text: "1." }, { text: `On the sheet "${RETURN_SHEET}", for each line with news, choose the Status and RAG from the drop-downs.` }],
    [{ text: "2." }, { text: "Write the Date of your update (dd/mm/yyyy) and a Comment saying what has been done and what is next." }],
    [{ text: "3." }, { text: 'If the target has changed, write the new target in "New target" (e.g. "March 2025") and say why in the Comment.' }],
    [{ text: "4." }, { text: 'For a step ("3.1 a"), say how it stands in the Comment: its status is its action\'s to change.' }],
    [{ text: "5." }, { text: "Leave a line as it is if there is nothing new. Do not add lines or change the action numbers." }],
    [{ text: "6." }, { text: `Save the workbook under the same name and send it to ${sendTo} by ${longDate(returnBy)}.` }],
  ];
}

/** The sheet "Return": one line per open action and step, the cells to fill in unlocked, the drop-downs and the date check. */
function returnSheet(ret: OwnerReturn, statusWords: ReadonlyMap<Status, string>, ragWords: ReadonlyMap<Rag, string>): string {
  const statusList = [...statusWords.values()];
  const ragList = [...ragWords.values()];
  const header: Cell[] = COLUMNS.map((c) => ({ text: HEADINGS[c], style: S.header }));
  const body: Cell[][] = ret.items.map((item) => {
    const isStep = item.step !== undefined;
    const value: Record<ReturnColumn, Cell> = {
      key: { text: item.key },
      action: { text: item.step !== undefined ? item.step.text : item.action.title },
      target: { text: item.target ?? "" },
      status: { text: item.status !== undefined ? statusWords.get(item.status)! : "", style: isStep ? S.text : S.fill },
      rag: { text: item.rag !== undefined ? (ragWords.get(item.rag) ?? ragLabel(item.rag)) : "", style: isStep ? S.text : S.fill },
      date: { style: S.fillDate },
      comment: { style: S.fill },
      newTarget: { style: S.fill },
      lastUpdate: item.lastUpdate !== undefined ? { date: item.lastUpdate, style: S.date } : { text: "" },
      daysOverdue: item.daysOverdue > 0 ? { number: item.daysOverdue } : { text: "" },
      position: { text: item.position ?? "" },
    };
    return COLUMNS.map((c) => value[c]);
  });
  const last = Math.max(2, body.length + 1);
  const at = (c: ReturnColumn) => columnLetters(COLUMNS.indexOf(c));
  const listRef = (column: string, n: number) => `'${MARKER_SHEET}'!$${column}$1:$${column}$${Math.max(1, n)}`;
  const validations = [
    `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Status" error="Choose a status from the list." promptTitle="Status" prompt="Choose from the list." sqref="${at("status")}2:${at("status")}${last}"><formula1>${escapeXml(listRef("H", statusList.length))}</formula1></dataValidation>`,
    `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="RAG" error="Choose a RAG rating from the list." promptTitle="RAG" prompt="Choose from the list." sqref="${at("rag")}2:${at("rag")}${last}"><formula1>${escapeXml(listRef("I", ragList.length))}</formula1></dataValidation>`,
    `<dataValidation type="date" operator="between" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Date" error="Write the date of the update as dd/mm/yyyy." promptTitle="Date" prompt="The date of this update, dd/mm/yyyy." sqref="${at("date")}2:${at("date")}${last}"><formula1>${serialOf("2000-01-01")}</formula1><formula2>${serialOf("2099-12-31")}</formula2></dataValidation>`,
  ];
  const widths: Record<ReturnColumn, number> = {
    key: 10,
    action: 50,
    target: 18,
    status: 16,
    rag: 10,
    date: 12,
    comment: 45,
    newTarget: 18,
    lastUpdate: 12,
    daysOverdue: 9,
    position: 50,
  };
  return `${WORKSHEET}
<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
${cols(COLUMNS.map((c) => widths[c]))}
<sheetData>${sheetData(
    [header, ...body],
    COLUMNS.map((c) => widths[c]),
  )}</sheetData>
<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>
<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>
${PRINT}
</worksheet>`;
}

/** The hidden marker: which plan, owner and date; what each line showed; the drop-downs' lists. */
function markerRows(
  plan: ActionPlan,
  ret: OwnerReturn,
  { asOf, council }: { asOf: CalendarDate; council: string },
  statusWords: ReadonlyMap<Status, string>,
  ragWords: ReadonlyMap<Rag, string>,
): Cell[][] {
  const statusList = [...statusWords.values()];
  const ragList = [...ragWords.values()];
  const markerValues: Record<(typeof MARKER_ROWS)[number], string> = { council, plan: returnPlanKey(plan), owner: ret.owner, asOf };
  const marker: Cell[][] = [[{ text: MARKER_TITLE }], ...MARKER_ROWS.map((k) => [{ text: k }, { text: markerValues[k] }])];
  while (marker.length < LINES_FROM - 2) marker.push([]);
  marker.push(LINE_FIELDS.map((f) => ({ text: f })));
  for (const item of ret.items) {
    const line: Record<(typeof LINE_FIELDS)[number], string> = {
      key: item.key,
      status: item.status ?? "",
      rag: item.rag ?? "",
      target: item.target ?? "",
      lastUpdate: item.lastUpdate ?? "",
    };
    marker.push(LINE_FIELDS.map((f) => ({ text: line[f] })));
  }
  const lists = Math.max(statusList.length, ragList.length, marker.length);
  for (let i = 0; i < lists; i++) {
    const row = (marker[i] ??= []);
    while (row.length < 7) row.push({ text: "" });
    row.push({ text: statusList[i] ?? "" }, { text: ragList[i] ?? "" });
  }
  return marker;
}

/** The workbook's package: the three sheets (the last hidden), their relations and the styles. */
function workbook(sheetParts: readonly string[]): Uint8Array {
  const sheetNames = [GUIDE_SHEET, RETURN_SHEET, MARKER_SHEET];
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetParts.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`),
    "_rels/.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetNames.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}"${n === MARKER_SHEET ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetParts.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${sheetParts.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`),
    "xl/styles.xml": strToU8(STYLES),
  };
  sheetParts.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml)));
  return zipSync(files, { level: 6 });
}

// ---------------------------------------------------------------------------
// Reading a return back

const EXCEL: OfficeKind = EXCEL_WORKBOOK;

/** The attributes of a start tag's text. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(?<![\w:])([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** Each element named `name` (with or without a prefix): its attributes and inner XML. */
function* elements(xml: string, name: string): Generator<{ readonly attrs: Record<string, string>; readonly inner: string }, void, undefined> {
  const open = new RegExp(`<(?:\\w+:)?${name}(?=[\\s/>])([^>]*?)(/?)>`, "g");
  for (let m = open.exec(xml); m !== null; m = open.exec(xml)) {
    const attrs = attributes(m[1]!);
    if (m[2] === "/") {
      yield { attrs, inner: "" };
      continue;
    }
    const close = new RegExp(`</(?:\\w+:)?${name}>`, "g");
    close.lastIndex = open.lastIndex;
    const c = close.exec(xml);
    yield { attrs, inner: xml.slice(open.lastIndex, c === null ? xml.length : c.index) };
    open.lastIndex = c === null ? xml.length : close.lastIndex;
  }
}

const textOf = (inner: string): string => [...elements(inner, "t")].map((t) => unescapeXml(t.inner)).join("");

/** Whether a number format shows a date: Excel's built-in date formats, or a code with days or years. */
function isDateFormat(id: number, code: string | undefined): boolean {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return true;
  if (code === undefined) return false;
  const bare = code.replace(/"[^"]*"|\\.|\[[^\][]*\]/g, "").toLowerCase();
  return /[dy]/.test(bare);
}

/** Each sheet's cells by reference ("D5"), as text, dates or numbers. */
function readSheets(bytes: Uint8Array): { sheets: Map<string, Map<string, Omit<ReadCell, "ref">>> } | { problem: string; hint?: string } {
  const opened = openPackage(bytes, EXCEL, (name) => name.startsWith("xl/"));
  if (!("files" in opened)) return { problem: opened.message, ...(opened.hint ? { hint: opened.hint } : {}) };
  const part = (name: string) => {
    const bytes = opened.files.get(name);
    return bytes ? strFromU8(bytes) : undefined;
  };
  const workbook = part("xl/workbook.xml");
  if (workbook === undefined) return { problem: "it is a zip, but not an Excel workbook" };
  const relations = new Map<string, string>();
  for (const r of elements(part("xl/_rels/workbook.xml.rels") ?? "", "Relationship")) {
    const target = r.attrs["Target"] ?? "";
    relations.set(r.attrs["Id"] ?? "", target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const shared = [...elements(part("xl/sharedStrings.xml") ?? "", "si")].map((si) => textOf(si.inner));
  const styles = part("xl/styles.xml") ?? "";
  const formats = new Map<number, string>();
  for (const f of elements(styles, "numFmt")) formats.set(Number(f.attrs["numFmtId"]), f.attrs["formatCode"] ?? "");
  const dateStyle = [...elements(elements(styles, "cellXfs").next().value?.inner ?? "", "xf")].map((xf) => {
    const id = Number(xf.attrs["numFmtId"] ?? 0);
    return isDateFormat(id, formats.get(id));
  });
  const sheets = new Map<string, Map<string, Omit<ReadCell, "ref">>>();
  for (const s of elements(workbook, "sheet")) {
    const xml = part(relations.get(s.attrs["r:id"] ?? "") ?? "") ?? "";
    const cells = new Map<string, Omit<ReadCell, "ref">>();
    for (const c of elements(xml, "c")) {
      const ref = c.attrs["r"] ?? "";
      const type = c.attrs["t"] ?? "n";
      const value = elements(c.inner, "v").next().value?.inner;
      if (type === "s") cells.set(ref, { text: shared[Number(value)] ?? "" });
      else if (type === "inlineStr") cells.set(ref, { text: textOf(elements(c.inner, "is").next().value?.inner ?? "") });
      else if (type === "str") cells.set(ref, { text: unescapeXml(value ?? "") });
      else if (type === "n" && value !== undefined && value.trim() !== "") {
        const n = Number(value);
        const day = dateStyle[Number(c.attrs["s"] ?? 0)] ? dateOfSerial(n) : undefined;
        cells.set(ref, day !== undefined ? { text: "", date: day } : { text: "", number: n });
      } else if (type === "d" && value !== undefined) cells.set(ref, { text: "", date: value.slice(0, 10) });
    }
    sheets.set(s.attrs["name"] ?? "", cells);
  }
  return { sheets };
}

/** "AB12" as a zero-based column and a one-based row. */
function place(ref: string): { column: number; row: number } | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column: column - 1, row: Number(m[2]) };
}

/** A return workbook as the merge takes it, or why it is not one. */
/** @internal */
export function readReturn(name: string, bytes: Uint8Array): ReadReturn {
  const read = readSheets(bytes);
  if ("problem" in read) return { name, problem: { message: `the file cannot be read: ${read.problem}`, hint: read.hint } };
  const markerCells = read.sheets.get(MARKER_SHEET);
  const sheet = read.sheets.get(RETURN_SHEET);
  const notOurs = {
    name,
    problem: { message: `it is not a return written by peer-challenge (it has no hidden "${MARKER_SHEET}" sheet saying which plan it is for).` },
  };
  if (markerCells === undefined || sheet === undefined || markerCells.get("A1")?.text !== MARKER_TITLE) return notOurs;
  const get = (ref: string) => markerCells.get(ref)?.text ?? "";
  const marker = { council: get("B2"), plan: get("B3"), owner: get("B4"), asOf: get("B5") };
  const lines = new Map<string, WrittenLine>();
  for (let row = LINES_FROM; ; row++) {
    const key = get(`A${row}`);
    if (key === "") break;
    const [status, rag, target, lastUpdate] = ["B", "C", "D", "E"].map((c) => get(`${c}${row}`));
    lines.set(key, {
      ...(status ? { status: status as Status } : {}),
      ...(rag ? { rag: rag as Rag } : {}),
      ...(target ? { target } : {}),
      ...(lastUpdate ? { lastUpdate } : {}),
    });
  }
  // The header: the row (of the first five) with "Action no."; columns found by their headings.
  let headerRow = 0;
  const columns = new Map<ReturnColumn, number>();
  const byHeading = new Map(COLUMNS.map((c) => [fold(HEADINGS[c]), c]));
  for (const [ref, cell] of sheet) {
    const p = place(ref);
    if (!p || p.row > 5) continue;
    const c = byHeading.get(fold(cell.text));
    if (c === undefined) continue;
    if (c === "key" && (headerRow === 0 || p.row < headerRow)) headerRow = p.row;
  }
  if (headerRow === 0)
    return { name, problem: { message: `its "${RETURN_SHEET}" sheet has no "${HEADINGS.key}" heading in its first rows.`, cell: `${RETURN_SHEET}!A1` } };
  const rowsByNumber = new Map<number, Map<ReturnColumn, ReadCell>>();
  for (const [ref, cell] of sheet) {
    const p = place(ref);
    if (!p) continue;
    if (p.row === headerRow) {
      const c = byHeading.get(fold(cell.text));
      if (c !== undefined && !columns.has(c)) columns.set(c, p.column);
    }
  }
  const columnOf = new Map([...columns].map(([c, n]) => [n, c]));
  for (const [ref, cell] of sheet) {
    const p = place(ref);
    if (!p || p.row <= headerRow) continue;
    const c = columnOf.get(p.column);
    if (c === undefined) continue;
    const row = rowsByNumber.get(p.row) ?? new Map<ReturnColumn, ReadCell>();
    row.set(c, { ref: `${RETURN_SHEET}!${ref}`, ...cell });
    rowsByNumber.set(p.row, row);
  }
  const rows: ReadRow[] = [...rowsByNumber]
    .sort((a, b) => a[0] - b[0])
    .map(([row, cells]) => {
      const out: Partial<Record<ReturnColumn, ReadCell>> = {};
      for (const c of COLUMNS) {
        const cell = cells.get(c);
        if (cell) out[c] = cell;
        else if (columns.has(c)) out[c] = { ref: `${RETURN_SHEET}!${columnLetters(columns.get(c)!)}${row}`, text: "" };
      }
      return { row, cells: out };
    });
  return { name, marker, lines, rows };
}

/**
 * Collects owners' returns into the plan. Each filled line of a return of this plan
 * becomes a dated update through `updateAction` and `rescheduleAction` (so `planAsOf`
 * and the history stay true), its note naming the file it came from; a line left as it
 * was adds nothing. Nothing is settled quietly: two returns that disagree about one
 * action (a shared action) are a conflict reported with both values and files, and
 * neither is applied; a line for an action not in that owner's return, a word that is not
 * a status or RAG rating, a missing or impossible Date, a Date before the action's last
 * update, a line the plan has moved on from since the return was written, and a workbook
 * that is not a return of this plan are each an issue naming the file and the cell.
 * Nothing else in the plan changes. The summary says who returned, who did not and what
 * changed. The result does not depend on the order of the files.
 *
 * @param plan - The validated plan the returns were written from.
 * @param returns - Each workbook: its name (for the messages and the notes) and its bytes.
 * @param options - `asOf` (the day of collecting; a Date after it is an issue) and `wordings`.
 * @returns The updated plan, the issues, each change, and a summary.
 * @category Returns
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { collectReturns } from "peer-challenge/xlsx";
 * const { plan: updated, issues, summary } = collectReturns(kingston, [{ name: "Ian Thomas.xlsx", bytes: readFileSync("Ian Thomas.xlsx") }]);
 * summary.notReturned;
 * ```
 */
export function collectReturns(
  plan: ActionPlan,
  returns: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  options: CollectReturnsOptions = {},
): CollectReturnsResult {
  return mergeReturns(
    plan,
    returns.map((r) => readReturn(r.name, r.bytes)),
    options,
  );
}
