/**
 * Text folded for matching words: lower case, and every run of characters other than
 * letters and digits made one space, trimmed. "Target for completion", "TARGET FOR
 * COMPLETION" and "target-for-completion" fold alike. The one definition, used by the
 * status wordings, the timescale reader and the spreadsheet headings.
 *
 * @internal
 * @module
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
