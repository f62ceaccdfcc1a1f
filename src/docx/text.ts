/**
 * A Word document's text, paragraph by paragraph, with its headings and lists marked as
 * Markdown marks them: what `draftPlan` reads from a feedback report saved as .docx.
 */
import { strFromU8 } from "fflate";
import { issueOf, type Issue } from "../model/issue.js";
import { openPackage } from "../ooxml/package.js";
import { children, MAX_TABLE_NESTING, paragraphText, tableDepth, WORD } from "./read.js";

/**
 * What {@link readDocxText} read: the text (empty when the file cannot be read) and why not.
 *
 * @category Import and export
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { readDocxText, type DocxText } from "peer-challenge/docx";
 * const r: DocxText = readDocxText(readFileSync("feedback-report.docx"));
 * r.text.split("\n").length;
 * ```
 */
export interface DocxText {
  /** One line per paragraph; headings start "#", list paragraphs "- " (indented two spaces a level). */
  readonly text: string;
  /** An `unreadable-file` error when the file is not a Word document or is damaged. */
  readonly issues: readonly Issue[];
}

/**
 * Reads the text of a Word document, one line per paragraph, for `draftPlan`
 * (peer-challenge/draft): a heading style ("Heading 2", "Title") gives the line Markdown's
 * "#" marks, a list paragraph (numbered or bulleted, by its own numbering or its style's)
 * "- " indented by its level, and a blank line follows each paragraph. Tables' paragraphs
 * are read in order, a line each. It never throws on the file's content.
 *
 * @param bytes - The document's bytes.
 * @returns The text, and an issue when the file cannot be read.
 * @category Import and export
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { readDocxText } from "peer-challenge/docx";
 * import { draftPlan } from "peer-challenge/draft";
 * const { text } = readDocxText(readFileSync("feedback-report.docx"));
 * draftPlan(text).plan?.recommendations.length;
 * ```
 */
export function readDocxText(bytes: Uint8Array | ArrayBuffer): DocxText {
  const opened = openPackage(bytes, WORD, (name) => name === "word/document.xml" || name === "word/styles.xml");
  const unreadable = (message: string, hint?: string): DocxText => ({
    text: "",
    issues: [issueOf({ code: "unreadable-file", path: [], message, ...(hint !== undefined ? { hint } : {}) })],
  });
  if (!("files" in opened)) return unreadable(opened.message, opened.hint);
  const document = opened.files.get("word/document.xml");
  if (document === undefined) return unreadable("The file is a zip, but not a Word document (it has no word/document.xml).");
  const styles = listStyles(opened.files.get("word/styles.xml"));
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(strFromU8(document))?.[1] ?? "";
  if (tableDepth(body) > MAX_TABLE_NESTING)
    return unreadable(
      `The document is too large to read: its tables are nested more than ${MAX_TABLE_NESTING} deep.`,
      "Save the report without its nested tables, or as text.",
    );
  const lines: string[] = [];
  const paragraphs = (xml: string): void => {
    for (const piece of children(xml, ["w:p", "w:tbl"])) {
      if (piece.tag === "w:tbl") {
        for (const tr of children(piece.inner, ["w:tr"])) for (const tc of children(tr.inner, ["w:tc"])) paragraphs(tc.inner);
        continue;
      }
      const text = paragraphText(piece.inner)
        .split("\n")
        .map((l) => l.trim())
        .join(" ")
        .trim();
      if (text === "") continue;
      const props = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(piece.inner)?.[1] ?? "";
      const style = /<w:pStyle\s+w:val="([^"]*)"/.exec(props)?.[1] ?? "";
      const heading = /^(?:heading|berschrift|titre)\s?(\d)$/i.exec(style) ?? (/^title$/i.test(style) ? ["", "1"] : null);
      const level = /<w:numPr>[\s\S]*?<w:ilvl\s+w:val="(\d+)"/.exec(props)?.[1] ?? (props.includes("<w:numPr>") ? "0" : styles.get(style));
      if (heading) lines.push(`${"#".repeat(Math.min(6, Number(heading[1])))} ${text}`);
      else if (level !== undefined) lines.push(`${"  ".repeat(Math.min(8, Number(level)))}- ${text}`);
      else lines.push(text);
      lines.push("");
    }
  };
  paragraphs(body);
  return { text: lines.join("\n"), issues: [] };
}

/** The list styles ("List Bullet 2", or any style with numbering) and the level each gives. */
function listStyles(xml: Uint8Array | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (xml === undefined) return out;
  for (const style of children(strFromU8(xml), ["w:styles"]).flatMap((s) => children(s.inner, ["w:style"]))) {
    const id = /w:styleId="([^"]*)"/.exec(style.open)?.[1];
    if (id === undefined) continue;
    const numbered = /<w:numPr>/.test(style.inner);
    const named = /^list(?:bullet|number)(\d?)$/i.exec(id);
    if (named) out.set(id, String(Math.max(0, Number(named[1] || "1") - 1)));
    else if (numbered) out.set(id, /<w:ilvl\s+w:val="(\d+)"/.exec(style.inner)?.[1] ?? "0");
  }
  return out;
}
