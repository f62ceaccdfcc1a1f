/**
 * peer-challenge/xlsx: action plans from Excel workbooks, as councils keep their trackers.
 * Browser-safe: bytes in, no Node built-ins.
 *
 * @packageDocumentation
 */
export { readPlanXlsx, type ReadPlanXlsxOptions, type SheetRow, type XlsxReadResult } from "./read.js";
export { writePlanXlsx, xlsxLosses, type WritePlanXlsxOptions } from "./write.js";
export {
  writeReturnXlsx,
  collectReturns,
  RETURN_ISSUE_CODES,
  type WriteReturnXlsxOptions,
  type CollectReturnsOptions,
  type CollectReturnsResult,
  type ConflictingLine,
  type ReturnChange,
  type ReturnIssue,
  type ReturnIssueCode,
  type ReturnsSummary,
  type ReturnedFile,
  type ValueChange,
} from "./returns.js";
