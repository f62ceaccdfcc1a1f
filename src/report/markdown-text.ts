/**
 * Plan text in Markdown, shown as text and never read as markup, in every renderer: the
 * one escaper for the Markdown report and the CLI's Markdown output.
 *
 * @internal
 * @module
 */

/**
 * Plan text as Markdown shows it: HTML escaped (a "<script>" in a title is text, not a
 * script), the characters that make links, images, emphasis, code and strikethrough
 * escaped with a backslash (a "[click](javascript:...)" is text, not a link), as are the
 * ":" of "://", the "." of "www." and "@", which GFM would make links of, and line
 * breaks and control characters made spaces, so that no text starts a heading, list or
 * table row of its own. Where the text starts a list item, use {@link mdItem}.
 */
export function mdText(text: string | number | undefined): string {
  return (
    String(text ?? "")
      .replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ")
      .trim()
      // The backslash first, so that the escapes added below are not escaped again.
      .replace(/[\\`*_[\]|~]/g, "\\$&")
      // GFM's autolinks: "https://...", "www." and e-mail addresses would become links. A
      // backslash before the ":" of "://", the "." of "www." and every "@" stops them,
      // and each still shows as itself.
      .replace(/:(?=\/\/)/g, "\\:")
      .replace(/(www)\./gi, "$1\\.")
      .replace(/@/g, "\\@")
      // "&" only where it would start an entity ("&lt;"): "Finance & Contracts" stays readable.
      .replace(/&(?=#?\w+;)/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
  );
}

/**
 * Plan text that starts a list item: as {@link mdText}, and a "#", "-", "+" or "1." at
 * its start escaped, which would otherwise make a heading or a list inside the item.
 */
export function mdItem(text: string | number | undefined): string {
  return mdText(text)
    .replace(/^([#+-])/, "\\$1")
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}

/** Markdown written by peer-challenge itself (a bold total row), passed through a table as it is. */
export interface RawMarkdown {
  readonly markdown: string;
}

/** A table cell: plan text escaped (pipes included), line breaks kept as `<br>`. */
export function mdCell(text: string | number | undefined | RawMarkdown): string {
  if (typeof text === "object") return text.markdown;
  return String(text ?? "")
    .split(/\r?\n/)
    .map(mdText)
    .join("<br>");
}

/** A GitHub-flavoured Markdown table; `numeric` columns are right-aligned. */
export function mdTable(
  head: readonly string[],
  rows: readonly (readonly (string | number | undefined | RawMarkdown)[])[],
  numeric: readonly number[] = [],
): string {
  const sep = head.map((_, i) => (numeric.includes(i) ? "---:" : "---"));
  return [head.map(mdCell), sep, ...rows.map((r) => r.map(mdCell))].map((r) => `| ${r.join(" | ")} |`).join("\n");
}
