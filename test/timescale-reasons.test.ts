import { describe, expect, it } from "vitest";
import { parseTimescale, type ParseTimescaleOptions, type UnknownCause } from "../src/index.js";

// Every way a text can fail to give a date, with the words its reason must contain: the
// reason is what a council officer reads, so it must be true and say what to write.
const cases: [text: string, options: ParseTimescaleOptions, cause: UnknownCause, says: string[]][] = [
  ["", {}, "empty", ["no timescale is given"]],
  ["TBC", {}, "to-be-confirmed", ["still to be confirmed"]],
  ["TBC - subject to funding", {}, "to-be-confirmed", ["still to be confirmed"]],
  ["N/A", {}, "not-applicable", ["not applicable"]],
  ["Not applicable - merged with 2.1", {}, "not-applicable", ["not applicable"]],
  ["TBC (see 4.2)", {}, "to-be-confirmed", ["still to be confirmed"]],
  ["When funding allows", {}, "unrecognised", ["no date, period or known wording", '"March 2025"', '"Q3 2024/25"', '"31/03/2025"']],
  ["March", {}, "no-year", ["gives no year", "reference date", "plan's own dates"]],
  ["within six months", {}, "needs-anchor", ["counts from a date that is not given", "reference date"]],
  ["within 3 months of the CPC", {}, "needs-anchor", ["counts from the peer challenge", "CPC's start date"]],
  ["within two months of go-live", {}, "unrecognised", ['"within two months of go"', "date is not known here", "give the date it is due"]],
  ["Originally June 2025", {}, "replaced-only", ["only the target that was replaced", "current target"]],
  ["13/13/2024", {}, "impossible", ['"13/13/2024" has no month 13', "day first (31/03/2024)"]],
  ["12/31/2024", {}, "impossible", ['"12/31/2024" has no month 31', "day first", "31/12/2024", '"31 December 2024"']],
  ["2024-13", {}, "impossible", ['"2024-13" has no month 13', "(2024-09)", '"September 2024"']],
  ["2024-13-01", {}, "impossible", ['"2024-13-01" has no month 13', "year-month-day (2024-03-31)"]],
  ["13/2024", {}, "impossible", ['"13/2024" has no month 13']],
  ["31/04/2024", {}, "impossible", ['"31/04/2024" names a day that does not exist']],
  ["32 March 2024", {}, "impossible", ['"32 March 2024" names day 32', "no month has one"]],
  ["March 32 2024", {}, "impossible", ['"March 32 2024" names day 32']],
  ["9-7 October 2025", {}, "impossible", ['"9-7 October 2025" is not a range of days']],
  ["Q5 2024", {}, "impossible", ["there is no quarter 5", "Q1 to Q4"]],
  ["5th quarter 2024/25", {}, "impossible", ["there is no quarter 5", "first to the fourth"]],
  ["third half of 2025", {}, "impossible", ["a year has two halves, not 3"]],
  ["H3 2025", {}, "impossible", ["there is no half H3", "H1 and H2"]],
  ["2024/25 H3", {}, "impossible", ["there is no half H3"]],
  ["Q3 to Q2 2025", {}, "impossible", ['"Q3 to Q2" does not run from an earlier quarter to a later one']],
  ["Monday 4 March 2025", {}, "impossible", ["2025-03-04 is a Tuesday, not a Monday", "check the day"]],
  ["2009-10", {}, "ambiguous", ['"2009-10" could be the financial year 2009/10 or October 2009', 'write "2009/10" or "October 2009"']],
  ["2024-26", {}, "ambiguous", ['"2024-26" could mean the years 2024 to 2026 or financial years', '("March 2026")', '("2025/26")']],
  ["FY25", {}, "ambiguous", ['"FY25" does not say which financial year', '"2024/25"']],
  ["Q3 FY25", {}, "ambiguous", ['"FY25" does not say which financial year']],
  ["early w/c 3 March 2025", {}, "unrecognised", ["is part of a day or week", "no early, middle or late"]],
  ["w/c 2024", {}, "unrecognised", ['"w/c 2024" does not name the day the week starts or ends']],
  ["not before March 2025", {}, "unrecognised", ['"not" changes what the date means', '"due": "YYYY-MM-DD"']],
  ["2024 15", {}, "unrecognised", ["the number 15 is not part of a date here", '("40 homes")']],
  ["March 2025 + 6 weeks", {}, "unrecognised", ['"6 weeks" counts time from something this reader cannot place', "give the date it is due"]],
  ["March 2025 Q 123", {}, "unrecognised", ['"Q 123" is not a date this reader understands', '"March 2025"']],
  ["March 2025 Q 7", {}, "impossible", ["there is no quarter 7"]],
  ["June 2025 H 7", {}, "unrecognised", ["the number 7"]],
  ["H12 2025", {}, "unrecognised", ['"H12" is not a half year', "H1 and H2"]],
  ["Phase 5th: March 2025", {}, "unrecognised", ['"5th" is not part of a date here']],
  ["within 5 March 2025", {}, "unrecognised", ['"within 5" is not a date this reader understands']],
  ["half 2 March 2025", {}, "unrecognised", ['"half 2" is not a date this reader understands']],
  ["6 weeks March 2025", {}, "unrecognised", ['"6 weeks" counts time']],
  ["early early 2024", {}, "unrecognised", ['"early" is followed by a date this reader cannot place within it']],
  ["5 th March 2025", {}, "unrecognised", []],
  ["March", { reference: "2024-02-30" }, "unrecognised", ['the reference date "2024-02-30" is not a date written YYYY-MM-DD']],
  ["within 3 months of the CPC", { cpcStart: "October 2023" }, "unrecognised", ['the CPC start "October 2023" is not a date written YYYY-MM-DD']],
];

describe("why a text gives no date, in words that say what to write", () => {
  it.each(cases)("%s: %s", (text, options, cause, says) => {
    const t = parseTimescale(text, options);
    expect(t).toMatchObject({ kind: "unknown", text, cause });
    for (const words of says.filter((w) => w !== "")) expect(t.kind === "unknown" && t.reason).toContain(words);
  });

  it("a value that is not text is unknown, never a throw", () => {
    expect(parseTimescale(undefined as unknown as string)).toEqual({ kind: "unknown", text: "undefined", reason: "it is not text", cause: "unrecognised" });
  });
});
