/**
 * The text of a report as blocks: headings, list items and paragraphs, each with the line
 * it starts on. Markdown's marks (`#`, `**`, `<sup>`) are taken off; a list item's
 * continuation lines and a sentence broken over a page are joined with a space.
 */

/** The kind of list marker: bullets, numbers, letters, or "Recommendation 3 -". */
export type Family = "bullet" | "number" | "letter" | "recommendation";

/** A heading, list item or paragraph of the report. */
export interface Block {
  readonly kind: "heading" | "item" | "text";
  /** The text without its marks, continuation lines joined. */
  text: string;
  /** The 1-based line the block starts on. */
  readonly line: number;
  /** A Markdown heading's level (1 to 6); 0 for an item or paragraph. */
  readonly depth: number;
  /** An item's indent: 0 for the outermost list. */
  readonly level: number;
  /** An item's kind of marker. */
  readonly family?: Family;
  /** A numbered item's number ("3." or "Recommendation 3"). */
  readonly number?: number;
  /** Whether a blank line follows. */
  blankAfter: boolean;
}

// Bullets as Word, PDFs and Markdown write them; "o" only as Word's second-level bullet.
const BULLET = /^([-*+\u2022\u25cf\u25aa\u25a0\u25e6\u25cb\u2013\u00b7\u27a2\u2023\u2043]|o(?=\s+[A-Z]))\s+/u;
const SECOND_LEVEL = new Set(["\u25e6", "\u25cb", "o", "\u25aa", "\u25a0"]);
const NUMBER = /^(\d{1,2})[.)]\s+/;
const LETTER = /^(?:\(?(?:[a-z]|ii|iii|iv|vi{1,3}|ix)\)|[a-z]\.)\s+/;
const RECOMMENDATION = /^recommendation\s+(\d{1,2})\s*(?:[-\u2013\u2014:.)]\s*)?/i;

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
 * Splits a report's text into blocks. Tabs count as four spaces of indent; two spaces of
 * indent (or a second-level bullet, `o` or `◦`) make a sub-item.
 */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  // Markdown's comments are not the report's text: blanked, keeping the line numbers.
  const shown = text.replace(/^\uFEFF/, "").replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\r\n]/g, ""));
  const lines = shown.split(/\r\n|\r|\n/);
  let last: Block | undefined;
  let blank = false;
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
    if (heading) {
      last = { kind: "heading", text: heading[2]!.trim(), line, depth: heading[1]!.length, level: 0, blankAfter: false };
      blocks.push(last);
      blank = false;
      return;
    }
    const item = itemOf(body, indent);
    if (item) {
      last = { kind: "item", line, depth: 0, blankAfter: false, ...item };
      blocks.push(last);
      blank = false;
      return;
    }
    // A line after an item with no blank between carries the item on when it starts in
    // lower case, or when the item is a long line with no full stop (a wrapped line); a
    // short item ("3. Feedback") followed by a capital is a heading and its paragraph. A
    // sentence broken across a page (blank lines between) is joined too.
    const joins =
      last !== undefined &&
      last.kind !== "heading" &&
      ((!blank && last.kind === "item" && (carriesOn(body) || (!ends(last.text) && !short(last.text)))) || (!ends(last.text) && carriesOn(body)));
    if (joins && last) {
      last.text = `${last.text} ${body}`;
      last.blankAfter = false;
    } else {
      last = { kind: "text", text: body, line, depth: 0, level: 0, blankAfter: false };
      blocks.push(last);
    }
    blank = false;
  });
  return blocks;
}

function itemOf(body: string, indent: number): Pick<Block, "text" | "level" | "family" | "number"> | undefined {
  const level = Math.floor(indent / 2);
  const rec = RECOMMENDATION.exec(body);
  if (rec && body.length > rec[0].length) {
    return { text: body.slice(rec[0].length).trim(), level, family: "recommendation", number: Number(rec[1]) };
  }
  const bullet = BULLET.exec(body);
  if (bullet) {
    const inner = body.slice(bullet[0].length).trim();
    const again = RECOMMENDATION.exec(inner);
    if (again && inner.length > again[0].length) {
      return { text: inner.slice(again[0].length).trim(), level, family: "recommendation", number: Number(again[1]) };
    }
    return { text: inner, level: SECOND_LEVEL.has(bullet[1]!) ? Math.max(level, 1) : level, family: "bullet" };
  }
  const number = NUMBER.exec(body);
  if (number) return { text: body.slice(number[0].length).trim(), level, family: "number", number: Number(number[1]) };
  const letter = LETTER.exec(body);
  if (letter) return { text: body.slice(letter[0].length).trim(), level, family: "letter" };
  return undefined;
}
