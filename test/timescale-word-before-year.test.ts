// A word the timescale grammar does not know, written just before a year. Before this change
// only a misspelling of four letters or more was caught ("Smarch 2025"); every other word was
// passed over and the text read as the whole year, due 31 December, without a word:
// "Aut 2025" (autumn), "Febr 2025", "Apl 2025", "Mrch 2025", "Jly 2025", "Whitsun 2025".
// Each is now refused with what it may mean, so the action is said to have no readable
// target instead of being counted on time until the year's end. Each reason below is written
// out by hand from the rule in parse.ts (misspeltBesideYear), in this order:
//   1. cut short: the word begins a month or season name ("Aut" begins "autumn");
//   2. misspelt: from 4 letters, within one edit of a name (two from 7 letters), a swap of
//      two letters side by side counting as one;
//   3. a short form slipped: 3 or 4 letters, the first kept, one edit from "jan" ... "dec" or "sept";
//   4. letters in order: the first letter kept, the rest found in order in a longer name.
// Words of plain English that would match ("Set", "Now", "Sum", "Win") and every other word
// ("Review", "Target") are still read as the year.
import { describe, expect, it } from "vitest";
import { parseTimescale } from "../src/index.js";
import { cpcIssues, runCpc } from "./helpers.js";

const notAMonth = (word: string, names: readonly string[], years: readonly string[] = ["2025"]) =>
  `"${word}" is not a month or season, so the date cannot be read: if it means ${names.join(" or ")}, write ${names
    .flatMap((n) => years.map((y) => `"${n} ${y}"`))
    .join(" or ")}`;

const refused = (text: string, reason: string) => ({ kind: "unknown", text, reason, cause: "unrecognised" });

describe("a month or season cut short or misspelt before a year is refused, naming what it may mean", () => {
  it.each([
    // 1. cut short: "aut" begins "autumn" only (August begins "aug"), "spr" begins "spring"
    ["Aut 2025", "Aut", ["Autumn"]],
    ["Spr 2025", "Spr", ["Spring"]],
    ["Febr 2025", "Febr", ["February"]],
    ["Octo 2025", "Octo", ["October"]],
    ["Augu 2025", "Augu", ["August"]],
    // 2. misspelt: "juen" is "june" with two letters swapped (1 edit); "jule" is one letter from
    // both "june" and "july"; "marhc" one swap from "march"
    ["Juen 2025", "Juen", ["June"]],
    ["Jule 2025", "Jule", ["June", "July"]],
    ["Marhc 2025", "Marhc", ["March"]],
    // 3. a short form slipped: "apl" is "apr" with r changed to l; "nvo" is "nov" with o and v
    // swapped; "setp" is "sept" with t and p swapped; "man" is one letter from "mar" and from "may"
    ["Apl 2025", "Apl", ["April"]],
    ["Nvo 2025", "Nvo", ["November"]],
    ["Setp 2025", "Setp", ["September"]],
    ["Man 2025", "Man", ["March", "May"]],
    // 4. letters in order: m-r-c-h in m(a)rch; w-n-t-r in w(i)nt(e)r; j-l-y in j(u)ly
    ["Mrch 2025", "Mrch", ["March"]],
    ["Wntr 2025", "Wntr", ["Winter"]],
    ["Jly 2025", "Jly", ["July"]],
  ])("%j", (text, word, names) => {
    expect(parseTimescale(text)).toEqual(refused(text, notAMonth(word, names)));
  });

  it("before a financial year, the hint gives both calendar years it spans", () => {
    // 2024/25 runs from April 2024 to March 2025: spring of either year is in it.
    expect(parseTimescale("Spr 2024/25")).toEqual(refused("Spr 2024/25", notAMonth("Spr", ["Spring"], ["2024", "2025"])));
    // "2024-2025" is read as the financial year 2024/25 as well.
    expect(parseTimescale("Mach 2024-2025")).toEqual(refused("Mach 2024-2025", notAMonth("Mach", ["March"], ["2024", "2025"])));
  });

  it("a feast or season the reader does not place is said, not read as the year", () => {
    const reason = (word: string, year: string) =>
      `"${word}" names a time of year that this reader does not place, so the date cannot be read: write the month it means and its year ("Month ${year}"), or the day`;
    expect(parseTimescale("Whitsun 2025")).toEqual(refused("Whitsun 2025", reason("Whitsun", "2025")));
    expect(parseTimescale("Michaelmas 2026")).toEqual(refused("Michaelmas 2026", reason("Michaelmas", "2026")));
    // 2025/26 ends in 2026: the hint's year is the last the text spans.
    expect(parseTimescale("Whitsun 2025/26")).toEqual(refused("Whitsun 2025/26", reason("Whitsun", "2026")));
  });
});

describe("other words before a year are still read as the year", () => {
  // 2025 as a year: 1 January to 31 December 2025.
  const year2025 = (text: string) => ({ kind: "date", text, start: "2025-01-01", due: "2025-12-31", precision: "year" });
  it.each([
    // plain English of three letters that a month's letters would match: s-e-t in s(e)p(t)...,
    // "now" one letter from "nov", "sum" begins "summer", "win" is w-i-n in w(i)n(ter)
    ["Set 2025"],
    ["Now 2025"],
    ["Sum 2025"],
    ["Win 2025"],
    // labels: none begins, nears or spells in order a month or season with its first letter
    ["Review 2025"],
    ["Target 2025"],
    ["Plan 2025"],
    ["Main 2025"],
    ["Budget 2025"],
    ["Implementation 2025"],
  ])("%j", (text) => {
    expect(parseTimescale(text)).toEqual(year2025(text));
  });
  it("a word of two letters is not checked", () => {
    expect(parseTimescale("Ju 2025")).toEqual(year2025("Ju 2025"));
  });
});

describe("a status in brackets or after a mark, before the date, is the status", () => {
  // March 2024: 1 to 31 March 2024. Before: "[Completed] March 2024" read as a date with no
  // status, so a tracker's status column holding it counted the action as not started or unknown.
  const march = { text: "March 2024", start: "2024-03-01", due: "2024-03-31", precision: "month" };
  it.each([
    ["[Completed] March 2024", "complete"],
    ["(Completed) March 2024", "complete"],
    ["- Done March 2024", "complete"],
    ["• Completed March 2024", "complete"],
  ])("%j", (text, status) => {
    expect(parseTimescale(text)).toEqual({ kind: "status", text, status, date: march });
  });
});

describe("in a tracker, through cpc", () => {
  it("the refused target is an issue at its row, and the action is not counted as due at the year's end", async () => {
    // By hand: three actions; 1.1 "Aut 2025" (refused), 1.2 "March 2025", 2.1 "Whitsun 2025" (refused).
    // On 1 July 2025 only 1.2 (due 31 March 2025, in progress) is overdue. Before: 1.1 and 2.1 were
    // due 31 December 2025, not overdue and said to have a target, with no word.
    const csv = [
      "Ref,Recommendation,Action,Timescale,Status",
      "1.1,Strengthen financial planning,Refresh the MTFS,Aut 2025,In progress",
      "1.2,Strengthen financial planning,Close the budget gap,March 2025,In progress",
      "2.1,Improve member development,Run a member induction,Whitsun 2025,Not started",
      "",
    ].join("\n");
    const issues = await cpcIssues(["-", "--as-of", "2025-07-01"], csv);
    const targets = issues.filter((i) => i.code === "unparseable-timescale");
    // Lines 2 and 4 of the file (the header is line 1).
    expect(targets.map((i) => [i.line, i.value])).toEqual([
      [2, "Aut 2025"],
      [4, "Whitsun 2025"],
    ]);
    expect(targets[0]!.message).toContain('if it means Autumn, write "Autumn 2025"');
    const overdue = await runCpc(["overdue", "-", "--as-of", "2025-07-01", "--format", "json"], { stdin: csv });
    const report = JSON.parse(overdue.out) as { overdue: { id: string; due: string }[]; noTarget: { id: string }[] };
    expect(report.overdue.map((a) => [a.id, a.due])).toEqual([["1.2", "2025-03-31"]]);
    expect(report.noTarget.map((a) => a.id)).toEqual(["1.1", "2.1"]);
  }, 30_000);
});

describe("a month and two digits far from the plan's date may be a day: said, not read as the year", () => {
  // Real trackers write a month and a two-digit year ("Jan 26": January 2026, Huntingdonshire;
  // "March 24": March 2024, West Oxfordshire), so that stays the reading. But "March 31" in a
  // plan of 2024 would be March 2031, seven years on: more likely 31 March written the American
  // way. Where the year is more than 4 years from the plan's date and the digits are a day of
  // that month, the reader says so.
  const reference = "2024-03-01";
  const ambiguous = (text: string, day: number, month: string, year: number, away: number) => ({
    kind: "unknown",
    text,
    reason: `"${text}" may be ${day} ${month} or ${month} ${year}, ${away} years from the plan's date (2024): write "${day} ${month} 2024" or "${month} ${year}"`,
    cause: "ambiguous",
  });
  it.each([
    // 2031 - 2024 = 7; 2030 - 2024 = 6; 2029 - 2024 = 5 (the first year past the reach of 4)
    ["March 31", 31, "March", 2031, 7],
    ["Dec 30", 30, "December", 2030, 6],
    ["Sept 29", 29, "September", 2029, 5],
    // 2015: 9 years before
    ["June 15", 15, "June", 2015, 9],
  ])("%j", (text, day, month, year, away) => {
    expect(parseTimescale(text, { reference })).toEqual(ambiguous(text, day, month, year, away));
  });

  it.each([
    // within 4 years of 2024: the month and its year
    ["Jan 26", "2026-01-31"],
    ["March 24", "2024-03-31"],
    ["March 28", "2028-03-31"],
    ["June 20", "2020-06-30"],
    // no day 30 in February, no day 31 in June: only a year is meant
    ["Feb 30", "2030-02-28"],
    ["June 31", "2031-06-30"],
    // the year marked as one: touching a hyphen (Excel's "Mar-31") or after an apostrophe
    ["Mar-31", "2031-03-31"],
    ["Mar '31", "2031-03-31"],
  ])("%j is read as the month of that year", (text, due) => {
    expect(parseTimescale(text, { reference })).toMatchObject({ kind: "date", due, precision: "month" });
  });

  it("with no plan date to go by, the month and year is read as before", () => {
    expect(parseTimescale("March 31")).toMatchObject({ kind: "date", due: "2031-03-31" });
  });

  it("in a tracker with its CPC date, the target is an issue at its row", async () => {
    // CPC in March 2024. Row 5 (the 4th line of the table, header at line 3): "March 31". Before: due
    // 31 March 2031, so on 1 July 2025 it was neither overdue nor flagged.
    const csv = [
      "CPC start,2024-03-04",
      "",
      "Ref,Recommendation,Action,Timescale,Status",
      "1.1,Strengthen financial planning,Refresh the MTFS,Mar-25,In progress",
      "1.2,Strengthen financial planning,Close the budget gap,March 31,In progress",
      "",
    ].join("\n");
    const issues = await cpcIssues(["-"], csv);
    const targets = issues.filter((i) => i.code === "unparseable-timescale");
    expect(targets.map((i) => [i.line, i.value])).toEqual([[5, "March 31"]]);
    expect(targets[0]!.message).toContain('"March 31" may be 31 March or March 2031');
  }, 30_000);
});

describe('"following" or "subsequent to" just before a date puts the work after it, as "after" does', () => {
  // Before: "Following May 2025" was due 31 May 2025, the month it says the work comes after.
  const changes = (text: string, word: string) => ({
    kind: "unknown",
    text,
    reason: `"${word}" changes what the date means, so it is not the date the work is due: give that date (or add "due": "YYYY-MM-DD")`,
    cause: "unrecognised",
  });
  it.each([
    ["Following May 2025", "Following"],
    ["Following the May 2025 elections", "Following"],
    ["Subsequent to May 2025", "Subsequent"],
  ])("%j", (text, word) => {
    expect(parseTimescale(text)).toEqual(changes(text, word));
  });
  it.each([
    // "following" elsewhere is prose: the date is when the work is due
    ["Report following consultation - March 2025"],
    ["March 2025 following Cabinet"],
    // "the following March": that March
    ["the following March 2025"],
  ])("%j is due 31 March 2025", (text) => {
    expect(parseTimescale(text)).toMatchObject({ kind: "date", due: "2025-03-31" });
  });
});

describe("a year in brackets after a date without one is that date's year", () => {
  // Before: the bracketed year was taken as the date itself ("restating" the one before it),
  // so "31 March (2025)" and "April (2025)" were due 31 December 2025, and "Q3 (2025/26)" at the
  // end of the whole financial year, 31 March 2026, without a word.
  it.each([
    // April 2025: 1 to 30 April
    ["April (2025)", "2025-04-01", "2025-04-30", "month"],
    ["April ( 2025 )", "2025-04-01", "2025-04-30", "month"],
    // 31 March 2025, one day
    ["31 March (2025)", "2025-03-31", "2025-03-31", "day"],
    // spring 2025, meteorological: March to May
    ["Spring (2025)", "2025-03-01", "2025-05-31", "season"],
    // Q3 of 2025/26: October to December 2025; Q4 of 2024-25: January to March 2025
    ["Q3 (2025/26)", "2025-10-01", "2025-12-31", "quarter"],
    ["Q4 (2024-25)", "2025-01-01", "2025-03-31", "quarter"],
  ])("%j", (text, start, due, precision) => {
    expect(parseTimescale(text)).toEqual({ kind: "date", text, start, due, precision });
  });

  it("where the words before it are no date, the bracket is read as before", () => {
    // "Year 1 (2025/26)": the financial year 2025/26, 1 April 2025 to 31 March 2026
    expect(parseTimescale("Year 1 (2025/26)")).toEqual({
      kind: "date",
      text: "Year 1 (2025/26)",
      start: "2025-04-01",
      due: "2026-03-31",
      precision: "financial-year",
    });
    // a bracketed date that is more than a year still restates the one before it
    expect(parseTimescale("end of quarter 4 (January to March 2025)")).toMatchObject({ kind: "date", start: "2025-01-01", due: "2025-03-31" });
  });
});
