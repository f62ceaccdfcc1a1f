/**
 * The small helpers the workbook writer, the reader and the owners' returns share: XML
 * text as a cell holds it, a column's letters, and Excel's serial dates both ways. One
 * copy each, so that the plan's workbook and a return write and read cells alike.
 *
 * @internal
 * @module
 */
import type { OfficeKind } from "../ooxml/package.js";

/**
 * The characters XML 1.0, and so a workbook, cannot hold: control characters but tab,
 * line feed and carriage return, U+FFFE and U+FFFF, and a surrogate without its pair.
 */
export const NOT_IN_XML = /[\u0000-\u0008\v\f\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML holds it in an element or a double-quoted attribute. */
export const escapeXml = (text: string): string =>
  text
    .replace(/[&<>"\r]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" })[c]!)
    // What XML cannot hold is left out (xlsxLosses names it); a carriage return is written
    // as a reference, which XML keeps (a literal one is read as a line feed).
    .replace(NOT_IN_XML, "");

/** "A", "B", ..., "Z", "AA": the letters of a zero-based column. */
export function columnLetters(column: number): string {
  let s = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Days from 1899-12-30 to a YYYY-MM-DD date: Excel's serial date. */
export function serialOf(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86400000) + 25569;
}

/**
 * A spreadsheet serial date as YYYY-MM-DD, the time of day dropped: days since 1899-12-30
 * in Excel's 1900 system, since 1904-01-01 in the 1904 system (`date1904`, Excel for Mac's
 * old default). Undefined outside Excel's dates (1900-01-01 to 9999-12-31).
 */
export function dateOfSerial(serial: number, date1904 = false): string | undefined {
  const days = date1904 ? serial + 1462 : serial;
  if (!Number.isFinite(days) || days < 1 || days > 2958465) return undefined;
  const ms = Math.round((Math.floor(days) - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/** What an Excel workbook is called in the messages about one that cannot be opened. */
export const EXCEL_WORKBOOK: OfficeKind = {
  noun: "workbook",
  app: "Excel",
  format: "an Excel workbook (.xlsx)",
  old: "an old Excel file (.xls)",
  saveAs: "an Excel Workbook (.xlsx)",
};
