// The timescale reader's parse.ts, against the survivors of its mutation run of 2026-12-07
// (docs/quality.md): a month or season misspelt just before a year ("Smarch 2025") had no
// test at all, so the check (misspeltBesideYear) and its edit distance could be dropped
// unseen. Each reason below is the one the reader gives, written out by hand from the rule:
// a word of 4 to 11 letters, unknown to the grammar, just before a year, within one edit of
// a month or season name (two edits for a word of 7 letters or more), two letters swapped side
// by side counting as one edit. (Words cut short or of 3 letters: timescale-word-before-year.test.ts.)
import { describe, expect, it } from "vitest";
import { parseTimescale } from "../src/index.js";

const misspelt = (word: string, proper: string, year = "2025") =>
  `"${word}" is not a month or season, so the date cannot be read: if it means ${proper}, write "${proper} ${year}"`;
const read = (text: string) => parseTimescale(text);

describe("a month or season misspelt before a year is refused, naming what it may mean", () => {
  it.each([
    // one letter too many (6 letters: one edit allowed)
    ["Smarch 2025", "Smarch", "March"],
    // one letter changed, 5 letters: the shortest word checked
    ["Marcg 2025", "Marcg", "March"],
    // two letters swapped: two edits, allowed from 7 letters
    ["Ocotber 2025", "Ocotber", "October"],
    ["Setpember 2025", "Setpember", "September"],
    // two letters too many, 11 letters: the longest word checked
    ["Septemberrr 2025", "Septemberrr", "September"],
    // capitals as written, the name as it should be
    ["SMARCH 2025", "SMARCH", "March"],
    // a season, a letter dropped
    ["Wintr 2025", "Wintr", "Winter"],
    // two letters swapped side by side: one edit, so refused under 7 letters too
    ["Wintre 2025", "Wintre", "Winter"],
    ["Mrach 2025", "Mrach", "March"],
    // 4 letters, the shortest word checked: "Mach" is "March" with a letter dropped
    ["Mach 2025", "Mach", "March"],
    // a name late in the list: "Decembr"
    ["Decembr 2025", "Decembr", "December"],
  ])("%s", (text, word, proper) => {
    expect(read(text)).toEqual({ kind: "unknown", text, reason: misspelt(word, proper), cause: "unrecognised" });
  });

  it("after other words", () => {
    // "Due Smarch 2025": the word just before the year is checked, wherever it starts.
    expect(read("Due Smarch 2025")).toMatchObject({ kind: "unknown", reason: misspelt("Smarch", "March") });
  });

  it("only before a year alone: before a quarter the quarter is read", () => {
    // Q1 2025, calendar quarters: 1 January to 31 March 2025.
    expect(read("Smarch Q1 2025")).toEqual({ kind: "date", text: "Smarch Q1 2025", start: "2025-01-01", due: "2025-03-31", precision: "quarter" });
  });

  it("the year as written", () => {
    expect(read("Smarch 2026")).toMatchObject({ kind: "unknown", reason: misspelt("Smarch", "March", "2026") });
  });
});

describe("words the check leaves alone", () => {
  it.each([
    // 4 letters, no name within one edit ("main" is three from "march", "term" four from "winter")
    ["Main 2025"],
    ["Term 2025"],
    // 12 letters: too long to be checked (and three edits from "September")
    ["Septemberrrr 2025"],
    // no name within two edits
    ["Budget 2025"],
  ])("%s", (text) => {
    const t = read(text);
    expect(t.kind === "unknown" ? t.reason : "").not.toContain("is not a month or season");
  });
});

describe("a status written beside the date", () => {
  // March 2024: 1 to 31 March. The status word before the date, whatever space or mark
  // stands between them (each character trimmed from the status's edges), or "completed" or
  // "cancelled" after it.
  const march = { text: "March 2024", start: "2024-03-01", due: "2024-03-31", precision: "month" };
  it.each([
    ["Completed March 2024", "complete"],
    ["Completed - March 2024", "complete"],
    ["Completed \u2010 March 2024", "complete"], // hyphen, the first of the dashes
    ["Completed \u2013 March 2024", "complete"], // en dash
    ["Completed \u2015 March 2024", "complete"], // horizontal bar, the last of the dashes
    ["Completed\nMarch 2024", "complete"],
    ["Completed\r\nMarch 2024", "complete"],
    ["Completed\tMarch 2024", "complete"],
    ["Completed\u00a0March 2024", "complete"], // a no-break space
    ["Completed: March 2024", "complete"],
    ["Completed; March 2024", "complete"],
    ["Completed, March 2024", "complete"],
    ["Completed. March 2024", "complete"],
    ["March 2024 - completed", "complete"],
    ["March 2024 (cancelled)", "cancelled"],
  ])("%j", (text, status) => {
    expect(read(text)).toEqual({ kind: "status", text, status, date: march });
  });

  it('"Ongoing from" continues the date; it is not the status "ongoing"', () => {
    // From April 2024 on: 1 to 30 April 2024, continuing.
    const text = "Ongoing from April 2024";
    expect(read(text)).toEqual({ kind: "date", text, start: "2024-04-01", due: "2024-04-30", precision: "month", continuing: true });
  });
});
