/**
 * How a line of a report starts a list item: one small recogniser per kind of marker, each
 * beside the lines it reads, as the timescale forms are. A recogniser looks at a line's
 * text (its indent already taken off) and, when the line starts with its marker, gives the
 * item's text, its family and its number; otherwise `undefined`.
 *
 * To add a marker: write its recogniser and add it to {@link MARKERS} with its examples
 * (test/draft-layouts.test.ts checks that every example is read as given, and that every
 * line of {@link NOT_ITEMS} is read as no item at all).
 */

/** The kind of list marker: bullets, numbers, letters, or "Recommendation 3 -". */
export type Family = "bullet" | "number" | "letter" | "recommendation";

/** What a marker gives: the item's text (empty for a label on a line of its own), family and number. */
export interface Marked {
  readonly text: string;
  readonly family: Family;
  readonly number?: number;
  /** A second-level glyph (Word's "o", "◦"): one level in from a bullet at the same indent. */
  readonly inner?: boolean;
  /** A label with no text after it ("Recommendation 1"): its text is the paragraph below. */
  readonly bare?: boolean;
}

/** One kind of marker, with the lines it reads and what each gives. */
export interface Marker {
  /** The marker's name, as the docs table names it. */
  readonly name: string;
  /** Lines the marker reads, and what each gives. */
  readonly examples: ReadonlyArray<readonly [line: string, gives: Marked]>;
  /** Reads the marker at the start of a line's text. */
  readonly read: (body: string) => Marked | undefined;
}

// Bullets as Word, PDFs and Markdown write them; "o" only as Word's second-level bullet.
const BULLET = /^([-*+\u2022\u25cf\u25aa\u25a0\u25e6\u25cb\u2013\u00b7\u27a2\u2023\u2043\uf0b7\uf0a7]|o(?=\s+[A-Z]))\s+/u;
const SECOND_LEVEL = new Set(["\u25e6", "\u25cb", "o", "\u25aa", "\u25a0", "\uf0a7"]);
// "10.Cabinet": a PDF's tab after the number read as no space at all.
const NUMBER = /^(\d{1,2})[.)](?:\s+|(?=[\p{Lu}"'\u2018\u201c(]))/u;
const LETTER = /^(?:\(?(?:[a-z]|ii|iii|iv|vi{1,3}|ix)\)|[a-z]\.)\s+/;
// "Recommendation 3 - text", "Recommendation 3: text"; "R3: text" (a capital R, a colon or stop).
const LABEL = /^recommendation\s+(\d{1,2})(?:\s*[-\u2013\u2014:.)]\s*|\s+)/i;
const SHORT_LABEL = /^R(\d{1,2})\s*[:.)\u2013\u2014-]\s*/;
// A label on a line of its own: "Recommendation 1", "Recommendation 1:", "R1:", "1.".
const BARE = /^(?:recommendation\s+(\d{1,2})|R(\d{1,2}))\s*[:.\u2013\u2014-]?$|^(\d{1,2})[.)]$/i;

function label(body: string): Marked | undefined {
  const bare = BARE.exec(body);
  if (bare) {
    const n = Number(bare[1] ?? bare[2] ?? bare[3]);
    return { text: "", family: bare[3] !== undefined ? "number" : "recommendation", number: n, bare: true };
  }
  const m = LABEL.exec(body) ?? SHORT_LABEL.exec(body);
  if (!m || body.length <= m[0].length) return undefined;
  // With no stop or dash after the number, the text must start a sentence: "Recommendation 1
  // was agreed" is a sentence about it, not the recommendation.
  if (/^\S+\s+\d+\s+$/.test(m[0]) && !/^[\p{Lu}\d"'\u2018\u201c]/u.test(body.slice(m[0].length))) return undefined;
  return { text: body.slice(m[0].length).trim(), family: "recommendation", number: Number(m[1]) };
}

/** The markers, tried in this order; a bullet's text is tried again for a label or a letter. */
export const MARKERS: readonly Marker[] = [
  {
    name: "a recommendation's label, with its text after it or on the lines below",
    examples: [
      ["Recommendation 3 - Agree the budget", { text: "Agree the budget", family: "recommendation", number: 3 }],
      ["Recommendation 5: Review the constitution", { text: "Review the constitution", family: "recommendation", number: 5 }],
      ["R2: Refresh the council plan", { text: "Refresh the council plan", family: "recommendation", number: 2 }],
      ["Recommendation 1", { text: "", family: "recommendation", number: 1, bare: true }],
      ["R4:", { text: "", family: "recommendation", number: 4, bare: true }],
      ["7.", { text: "", family: "number", number: 7, bare: true }],
    ],
    read: label,
  },
  {
    name: "a bullet (-, *, •, ●, ▪, –; o and ◦ one level in)",
    examples: [
      ["- Agree the budget", { text: "Agree the budget", family: "bullet" }],
      ["\u2022 Agree the budget", { text: "Agree the budget", family: "bullet" }],
      ["o Provide the right information", { text: "Provide the right information", family: "bullet", inner: true }],
      [
        "\u2022 Recommendation 1: The quality of membership should be improved.",
        { text: "The quality of membership should be improved.", family: "recommendation", number: 1 },
      ],
    ],
    read: (body) => {
      const bullet = BULLET.exec(body);
      if (!bullet) return undefined;
      const inner = body.slice(bullet[0].length).trim();
      // A bullet Word or a PDF put before a label or a letter: the label is the marker.
      const again = label(inner) ?? letter(inner);
      if (again && !again.bare) return again;
      return { text: inner, family: "bullet", ...(SECOND_LEVEL.has(bullet[1]!) ? { inner: true } : {}) };
    },
  },
  {
    name: "a number (1. or 1))",
    examples: [
      ["1. Agree the budget", { text: "Agree the budget", family: "number", number: 1 }],
      ["12) Membership of committees", { text: "Membership of committees", family: "number", number: 12 }],
      ["10.Cabinet Member responsibilities", { text: "Cabinet Member responsibilities", family: "number", number: 10 }],
    ],
    read: (body) => {
      const m = NUMBER.exec(body);
      return m ? { text: body.slice(m[0].length).trim(), family: "number", number: Number(m[1]) } : undefined;
    },
  },
  {
    name: "a letter or small roman numeral (a), (b), c., iv))",
    examples: [
      ["a)       Develop the strategic framework;", { text: "Develop the strategic framework;", family: "letter" }],
      ["(iv) Review the constitution", { text: "Review the constitution", family: "letter" }],
      ["c. Invest in ICT", { text: "Invest in ICT", family: "letter" }],
    ],
    read: letter,
  },
];

function letter(body: string): Marked | undefined {
  const m = LETTER.exec(body);
  return m ? { text: body.slice(m[0].length).trim(), family: "letter" } : undefined;
}

/** Lines that start with none of the markers: paragraphs and headings. */
export const NOT_ITEMS: readonly string[] = [
  "Recommendations",
  "Recommendation 1 was agreed by Cabinet in March.",
  "2024 was a year of change.",
  "Options appraisal and the use of external expertise",
  "RAG ratings are reported quarterly.",
];

/** The marker a line starts with, or `undefined` for a paragraph. */
export function markerOf(body: string): Marked | undefined {
  for (const marker of MARKERS) {
    const m = marker.read(body);
    if (m) return m;
  }
  return undefined;
}
