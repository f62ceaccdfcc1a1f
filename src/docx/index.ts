/**
 * peer-challenge/docx: action plans from the tables of Word documents, as councils write
 * them, and the report as a Word document for the committee paper. Browser-safe: bytes in
 * and out, no Node built-ins.
 *
 * @packageDocumentation
 */
export { readPlanDocx, type DocxReadResult, type ReadPlanDocxOptions, type TableRowPlace } from "./read.js";
export { readDocxText, type DocxText } from "./text.js";
export { writeReportDocx, type WriteReportDocxOptions } from "./report.js";
