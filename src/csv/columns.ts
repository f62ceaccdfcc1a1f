/**
 * The columns of a plan spreadsheet: the table reader's vocabulary, kept in
 * `src/table/columns.ts`; re-exported here for the CSV writer and the workbook and
 * document readers.
 */
export * from "../table/columns.js";
