/**
 * An action plan read from a PDF's text where it stands on the page (see `rows.ts`): the
 * rows go through the same table reader as a workbook's or a Word document's, and the
 * reading is always said (`pdf-table`), as cells placed by position are the reader's, not
 * the document's. Browser-safe: the positions come from whatever reads the PDF.
 */
import { issueOf, type Issue } from "../model/issue.js";
import { numbersFromTitles } from "../table/numbers.js";
import { pairRows, recordRows, recordsIssue } from "../table/records.js";
import { readPlanTable, unguardedOptions, type TableRead, type TableReadOptions } from "../table/read.js";
import { pdfTableRows, type PdfPageText } from "./rows.js";

/**
 * Reads an action plan from the table on a PDF's pages: the header found by its headings,
 * each run of text put in the column it starts in, rows told apart by where their cells
 * start. A PDF with no such header gives an `unreadable-file` error saying so.
 *
 * @internal
 */
export function readPlanPdfRuns(
  pages: readonly PdfPageText[],
  options: Pick<TableReadOptions, "wordings" | "columns" | "council" | "cpcStart"> = {},
): TableRead {
  const table = pdfTableRows(pages);
  const issues: Issue[] = [];
  if (table.header === undefined) {
    // No table: a plan written as labelled lines ("Action: ...", "Lead officer: ...") is read as records.
    const records = recordRows(table.rows.map((r) => ({ text: r.cells.join(" "), place: r.place ?? "" })));
    if (records !== undefined) return readPlanTable(records.rows, tableOptions(options), [recordsIssue(records)]);
    // Labels and values, a pair a line ("Action    Review the arrangements"): the table reader takes them as records.
    if (pairRows(table.rows) !== undefined) return readPlanTable(table.rows, tableOptions(options), issues);
    issues.push(
      issueOf({
        code: "unreadable-file",
        path: [],
        message: `no table of an action plan was found in the PDF: no line on its ${pages.length === 1 ? "page" : `${pages.length} pages`} names three or more of a plan's columns ("Recommendation", "Action", "Lead officer", "Timescale", "Status").`,
        hint: "If it is a CPC feedback report, draft a plan from it with cpc draft; if it is an action plan, read the Word or Excel file it was made from.",
      }),
    );
    return { plan: { schemaVersion: 1 }, issues, lineOf: () => undefined, layout: { columns: [] }, columns: [] };
  }
  const headings = table.header.map((h) => JSON.stringify(h)).join(", ");
  numbersFromTitles(table.rows, table.header as string[]);
  const [first, last] = table.pages!;
  const unsure =
    table.unsurePageStarts.length === 0
      ? ""
      : ` The ${table.unsurePageStarts.length === 1 ? "row" : "rows"} at the top of page ${table.unsurePageStarts.join(", ")} could be the row before carried over (the table has no column of action numbers to tell): read as new.`;
  const gaps = table.gapParagraphs ?? [];
  const paragraphs =
    gaps.length === 0
      ? ""
      : ` The table draws no borders, so ${gaps.length === 1 ? "a line" : `${gaps.length} lines`} in one column after a gap (page ${[...new Set(gaps)].join(", ")}) ${gaps.length === 1 ? "was" : "were"} read as a new paragraph of the cell above, not as a row with only that cell filled.`;
  const words = table.joinedWords ?? [];
  const joined =
    words.length === 0
      ? ""
      : ` ${words.length} ${words.length === 1 ? "word" : "words"} broken at the edge of ${words.length === 1 ? "its" : "their"} column ${words.length === 1 ? "was" : "were"} joined whole (${[...new Set(words)].slice(0, 3).join(", ")}${new Set(words).size > 3 ? ", ..." : ""}).`;
  issues.push(
    issueOf({
      code: "pdf-table",
      path: [],
      message: `The plan was read from the table on ${first === last ? `page ${first}` : `pages ${first} to ${last}`} of the PDF by where its text stands: the columns from the header (${headings}), each row from where its cells begin.${unsure}${paragraphs}${joined}`,
      hint: "Check the figures against the document; the Word or Excel file the PDF was made from is read cell by cell.",
    }),
  );
  return readPlanTable(table.rows, tableOptions(options), issues);
}

/** The table reader's options: the council's words and choices, and what the PDF does not say. */
function tableOptions(options: Pick<TableReadOptions, "wordings" | "columns" | "council" | "cpcStart">): TableReadOptions {
  return {
    ...unguardedOptions(options),
    ...(options.council !== undefined ? { council: options.council } : {}),
    ...(options.cpcStart !== undefined ? { cpcStart: options.cpcStart } : {}),
  };
}
