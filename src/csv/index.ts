/**
 * peer-challenge/csv: action plans to and from CSV and TSV, as spreadsheets hold them.
 *
 * @packageDocumentation
 */
export { readPlanCsv, type CsvReadResult, type ReadPlanCsvOptions } from "./read.js";
export { splitOwners } from "../table/read.js";
export { csvLosses, writePlanCsv, type CsvLayout, type WritePlanCsvOptions } from "./write.js";
export type { Column } from "./columns.js";
export type { ColumnChoices, ColumnReading } from "../table/read.js";
export type { HeadingStrength } from "../table/columns.js";
export { decodeText, type DecodedText, type TextEncodingName } from "../table/text.js";
