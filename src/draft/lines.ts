/**
 * The text of a report as blocks: headings, list items and paragraphs, each with the line
 * it starts on. Markdown's marks (`#`, `**`, `<sup>`) are taken off; a list item's
 * continuation lines and a sentence broken over a page are joined with a space.
 */

import { markerOf, type Family } from "./markers.js";

export type { Family } from "./markers.js";

/** A heading, list item or paragraph of the report. */
export interface Block {
  readonly kind: "heading" | "item" | "text";
  /** The text without its marks, continuation lines joined. */
  text: string;
  /** The 1-based line the block starts on. */
  readonly line: number;
  /** A Markdown heading's level (1 to 6); 0 for an item or paragraph. */
  readonly depth: number;
  /**
   * An item's nesting: twice its indent in columns, one more for a second-level glyph
   * ("o", "◦"). Only comparisons mean anything: an item further in than the list's first
   * is a sub-item, whether by one space or eight.
   */
  readonly level: number;
  /** A line's indent in columns (tabs as four). */
  readonly indent: number;
  /** An item's kind of marker. */
  readonly family?: Family;
  /** A numbered item's number ("3." or "Recommendation 3"). */
  readonly number?: number;
  /** A label on a line of its own ("Recommendation 1") still waiting for its text. */
  bare?: boolean;
  /** Whether a blank line follows. */
  blankAfter: boolean;
}

/** A line's text without Markdown's marks and the HTML a converter leaves. */
export function plain(line: string): string {
  return line
    .replace(/<\/?(?:su[bp]|[biu]|em|strong|span)\b[^<>]{0,200}>/gi, "")
    .replace(/<br\s?\/?>/gi, " ")
    .replace(/\*\*|__/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1")
    .replace(/[\u00a0\u2007\u202f]/g, " ");
}

/** Whether a paragraph's text reads as the end of a sentence. */
export const ends = (text: string): boolean => /[.!?:;]["'\u2019\u201d)]?$/.test(text);

/** Whether text starts with a lower-case letter (a sentence carrying on). */
export const carriesOn = (text: string): boolean => /^[a-z]/.test(text);

/** A short line that could be a heading: a few words, no full stop, not carrying on. */
export function short(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words <= 10 && text.length <= 90 && !ends(text) && !carriesOn(text) && !text.endsWith(",");
}

/**
 * Splits a report's text into blocks. Tabs count as four spaces of indent; an item further
 * in than the one before it (by any number of spaces) or with a second-level bullet (`o`,
 * `◦`) is a sub-item. A label on a line of its own ("Recommendation 1", "R1:") takes the
 * paragraph below it as its text.
 */
// Long because: one pass over the lines with the open block, list level and label as its state; apart, each part would pass all three back.
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  // Markdown's comments are not the report's text: blanked, keeping the line numbers.
  const shown = text.replace(/^\uFEFF/, "").replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\r\n]/g, ""));
  const lines = shown.split(/\r\n|\r|\n/);
  let last: Block | undefined;
  let blank = false;
  // A label left without text takes its own words ("Recommendation 3"): no recommendation is ever empty.
  const closeLabel = () => {
    if (last?.bare !== true) return;
    last.text = plain(lines[last.line - 1]!)
      .trim()
      .replace(/^#+\s*/, "");
    last.bare = false;
  };
  lines.forEach((raw, i) => {
    const line = i + 1;
    const expanded = plain(raw.replace(/\t/g, "    "));
    const body = expanded.trim();
    if (body === "" || /^[-*_]{3,}$/.test(body)) {
      if (last) last.blankAfter = true;
      blank = true;
      return;
    }
    const indent = expanded.length - expanded.trimStart().length;
    const heading = /^(#{1,6})\s(.*)$/.exec(body);
    // A heading that is only a label ("### Recommendation 1", as a Word heading) is one too.
    const marked = markerOf(heading ? heading[2]!.trim() : body);
    if (heading && marked?.bare !== true) {
      closeLabel();
      last = { kind: "heading", text: heading[2]!.trim(), line, depth: heading[1]!.length, level: 0, indent: 0, blankAfter: false };
      blocks.push(last);
      blank = false;
      return;
    }
    if (last?.bare === true && marked === undefined) {
      // The label's text: the paragraph below it.
      last.text = body;
      last.bare = false;
      blank = false;
      return;
    }
    if (marked) {
      closeLabel();
      last = {
        kind: "item",
        line,
        depth: 0,
        blankAfter: false,
        text: marked.text,
        level: indent * 2 + (marked.inner === true ? 1 : 0),
        indent,
        family: marked.family,
        ...(marked.number !== undefined ? { number: marked.number } : {}),
        ...(marked.bare === true ? { bare: true } : {}),
      };
      blocks.push(last);
      blank = false;
      return;
    }
    // A line after an item with no blank between carries the item on when it starts in
    // lower case, or when the item is a long line with no full stop and the line is
    // indented under the item's text (a line wrapped by hand); a line at the item's own
    // indent starting with a capital is a paragraph of its own (an explanation under it).
    // A sentence broken across a page (blank lines between) is joined too.
    const joins =
      last !== undefined &&
      last.kind !== "heading" &&
      ((!blank && last.kind === "item" && (carriesOn(body) || (!ends(last.text) && !short(last.text) && indent > last.indent))) ||
        (!ends(last.text) && carriesOn(body)));
    if (joins && last) {
      last.text = `${last.text} ${body}`;
      last.blankAfter = false;
    } else {
      last = { kind: "text", text: body, line, depth: 0, level: 0, indent, blankAfter: false };
      blocks.push(last);
    }
    blank = false;
  });
  closeLabel();
  return blocks;
}
