// Putting a PDF's lines back into paragraphs, items and headings (src/cli/pdf.ts), on lines
// laid out here by hand as pdf.js reports them: x and y in points, y from the page's foot.
import { describe, expect, it } from "vitest";
import { join, linesOf, markLines, shapesOf, textOfPages, type PdfLine } from "../src/cli/pdf.js";

/** A line of body text (11 pt) starting at the left margin (60), reaching `end`. */
const body = (text: string, y: number, end = 540, x = 60): PdfLine => ({ text, x, end, y, size: 11 });

describe("textOfPages", () => {
  it("joins a paragraph's wrapped lines and drops the running header, the footer and page numbers", () => {
    const page = (n: number, lines: PdfLine[]): PdfLine[] => [
      { text: "Kingston: Corporate Peer Challenge", x: 200, end: 400, y: 820, size: 8 },
      ...lines,
      { text: `Page ${n} of 2`, x: 280, end: 320, y: 30, size: 8 },
    ];
    const text = textOfPages([
      page(1, [body("The council has much to call upon to drive things forward, including a committed", 700), body("and talented workforce.", 688, 180)]),
      page(2, [body("Central to this is establishing a clear vision.", 700, 300)]),
    ]);
    expect(text).toBe(
      "The council has much to call upon to drive things forward, including a committed and talented workforce.\n\nCentral to this is establishing a clear vision.\n",
    );
  });

  it("carries a sentence over a page break, and starts a new paragraph after a gap", () => {
    const text = textOfPages([
      [body("First paragraph, which ends here.", 700, 250), body("The prospect of harnessing all of", 670)],
      [body("this and uniting it behind the potential.", 760, 300)],
    ]);
    // 700 to 670 is 30 points: more than 1.6 lines of 11 points, so a new paragraph.
    expect(text).toBe("First paragraph, which ends here.\n\nThe prospect of harnessing all of this and uniting it behind the potential.\n");
  });

  it("starts a new item at a drawn bullet, or where the next word would have fitted on the line before", () => {
    const text = textOfPages([
      [
        body("The following are the peer team's key recommendations to the council:", 700, 420),
        // A drawn bullet (Chromium): each item's first line is marked.
        { ...body("Conclude the organisational re-structure in as timely a fashion as possible", 680, 530, 80), marked: true },
        { ...body("Prioritise/sequence the corporate system and process changes that the council", 668, 530, 80), marked: true },
        body("recognises are needed", 656, 200, 80),
        // No mark: the line before ended at 200 of 540, room for "Continue" (8 letters).
        body("Continue the review of the council's Constitution", 644, 400, 80),
        // The body of the page, at the margin (most lines are: that is how the margin is known).
        body("3. Summary of the approach", 610, 300),
        body("Peer challenges are delivered by experienced elected member and officer peers, who", 590),
        body("were selected on the basis of their experience.", 578, 300),
      ],
    ]);
    expect(text.split("\n\n")).toEqual([
      "The following are the peer team's key recommendations to the council:",
      "- Conclude the organisational re-structure in as timely a fashion as possible",
      "- Prioritise/sequence the corporate system and process changes that the council recognises are needed",
      "- Continue the review of the council's Constitution",
      "3. Summary of the approach",
      "Peer challenges are delivered by experienced elected member and officer peers, who were selected on the basis of their experience.\n",
    ]);
  });

  it("reads bullets written as characters, nesting by indent, and headings by their larger type", () => {
    const text = textOfPages([
      [
        { text: "Key recommendations", x: 60, end: 250, y: 760, size: 16 },
        { text: "Communication", x: 60, end: 200, y: 730, size: 13 },
        body("\u2022 Engage, consult and co-produce with residents", 710, 400, 70),
        body("\u25e6 Develop a customer engagement strategy", 698, 400, 90),
        body("Body text at the margin.", 670, 200),
      ],
    ]);
    expect(text).toBe(
      "# Key recommendations\n\n## Communication\n\n- Engage, consult and co-produce with residents\n\n  - Develop a customer engagement strategy\n\nBody text at the margin.\n",
    );
  });

  it("is empty for a PDF with no text", () => {
    expect(textOfPages([[], []])).toBe("");
  });
});

describe("join", () => {
  const words = new Set(["organisation", "re-build", "decision-making"]);
  it("mends a word hyphenated at a line's end only where the report writes it whole", () => {
    expect(join("the organ-", "isation as a whole", words)).toBe("the organisation as a whole");
    // "re-build" is how the report writes it: the hyphen is the word's.
    expect(join("and re-", "build relationships", words)).toBe("and re-build relationships");
    // Neither form elsewhere: the hyphen is kept, never a letter lost.
    expect(join("a well-", "run council", words)).toBe("a well-run council");
    // A dash between words, or a capital after, is not hyphenation.
    expect(join("the plan \u2013", "which", words)).toBe("the plan \u2013 which");
    expect(join("North-", "West", words)).toBe("North- West");
  });
});

describe("linesOf", () => {
  it("puts a superscript on its line, in order, with spaces where the gaps are", () => {
    const item = (str: string, x: number, y: number, size: number, width: number) => ({ str, transform: [size, 0, 0, size, x, y], width, height: size });
    const lines = linesOf([
      item("th", 68, 684.6, 9.2, 8),
      item("th", 99, 684.6, 9.2, 8),
      item("7", 62, 680.2, 11, 6),
      item("to 10", 80, 680.2, 11, 19),
      item("January 2019", 111, 680.2, 11, 60),
      item("Feedback Report", 62, 656.9, 11, 80),
    ]);
    expect(lines.map((l) => l.text)).toEqual(["7th to 10th January 2019", "Feedback Report"]);
    expect(lines[0]).toMatchObject({ x: 62, end: 171, size: 11 });
  });
});

describe("drawn bullets", () => {
  const OPS = { save: 10, restore: 11, transform: 12, constructPath: 91 };
  it("finds small square shapes through the transforms, and marks the line they stand before", () => {
    // Chromium: page scale 0.24 flipped, then a 3.125 scale; a disc 12 units wide at (37, 1485).
    const shapes = shapesOf(
      [OPS.transform, OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath],
      [[0.24, 0, 0, -0.24, 0, 842.88], null, [3.125, 0, 0, 3.125, 234.375, -2640.625], [22, [], [25, 1479, 37, 1491]], null, [22, [], [0, 0, 2000, 3000]]],
      OPS,
    );
    // (25..37) * 3.125 + 234.375 = 312.5..350, * 0.24 = 75..84; y likewise: a 9-point disc? No:
    // 12 * 3.125 * 0.24 = 9 points across, over the limit of 8; the page-sized path is not a bullet either.
    expect(shapes).toEqual([]);
    const small = shapesOf(
      [OPS.transform, OPS.constructPath],
      [
        [0.24, 0, 0, -0.24, 0, 842.88],
        [22, [], [100, 100, 120, 120]],
      ],
      OPS,
    );
    // 20 units * 0.24 = 4.8 points square, centred at (26.4, 842.88 - 26.4).
    expect(small).toHaveLength(1);
    expect(small[0]!.w).toBeCloseTo(4.8);
    expect(small[0]!.x).toBeCloseTo(26.4);
    expect(small[0]!.y).toBeCloseTo(816.48);
    const [marked, unmarked] = markLines([body("Item", 814, 100, 40), body("Other", 700, 100, 40)], small);
    expect(marked?.marked).toBe(true);
    expect(unmarked?.marked).toBeUndefined();
  });
});
