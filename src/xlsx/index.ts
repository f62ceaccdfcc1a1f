/**
 * peer-challenge/xlsx: action plans from Excel workbooks, as councils keep their trackers.
 * Browser-safe: bytes in, no Node built-ins.
 *
 * @packageDocumentation
 */
export { readPlanXlsx, type ReadPlanXlsxOptions, type XlsxReadResult } from "./read.js";
export { writePlanXlsx, xlsxLosses, type WritePlanXlsxOptions } from "./write.js";
