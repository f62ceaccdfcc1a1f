/**
 * peer-challenge/docx: action plans from the tables of Word documents, as councils write
 * them. Browser-safe: bytes in, no Node built-ins.
 *
 * @packageDocumentation
 */
export { readPlanDocx, type DocxReadResult, type ReadPlanDocxOptions, type TableRowPlace } from "./read.js";
export { readDocxText, type DocxText } from "./text.js";
