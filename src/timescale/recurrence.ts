/**
 * Repeating commitments written as councils write them: "Annually", "Every August",
 * "31 August (annually)", "every 6 months", "6-monthly", "at 6-month intervals",
 * "bi-annually". Read from the folded text (lower case, runs of other characters one space).
 *
 * Conventions (docs/timescales.md): "bi-annual(ly)" and "biannual(ly)" are twice a year, as
 * dictionaries give them and as the reader already read "biannual" ("every two years" is
 * biennial, and no frequency here); "bi-monthly" is every two months, and "bi-weekly" every
 * two weeks (the same "bi-" as the other words); an interval with no frequency of its own
 * ("every 4 months", "every two years") is not read as another one.
 */
import type { Frequency } from "./types.js";

const COUNT = "(\\d{1,2}|one|two|three|four|six|twelve|other)";
const EVERY_COUNT = new RegExp(`\\b(?:every|each) ${COUNT} (month|week|year)s?\\b`);
const COUNT_INTERVALS = new RegExp(`\\b${COUNT} (month|week|year)s? (?:intervals?|cycles?)\\b`);
const COUNT_LY = new RegExp(`\\b${COUNT} (month|week|year)ly\\b`);
const MONTHS = "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december";
const EVERY_MONTH = new RegExp(`\\b(?:every|each) (?:${MONTHS})\\b|\\b(?:${MONTHS}) (?:each|every) year\\b`);

const NUMBERS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, six: 6, twelve: 12, other: 2 };

/** A frequency, or why an interval the text names has none. */
export type Recurrence = { readonly frequency: Frequency } | { readonly reason: string };

const f = (frequency: Frequency): Recurrence => ({ frequency });

/** The frequency of an interval of `n` units, or undefined when it has none. */
function intervalFrequency(n: number, unit: string): Frequency | undefined {
  const months = unit === "year" ? 12 * n : unit === "month" ? n : 0;
  if (unit === "week") return n === 1 ? "weekly" : n === 2 ? "fortnightly" : undefined;
  return months === 1
    ? "monthly"
    : months === 2
      ? "bi-monthly"
      : months === 3
        ? "quarterly"
        : months === 6
          ? "half-yearly"
          : months === 12
            ? "annual"
            : undefined;
}

/**
 * How often a folded text says a commitment repeats: a frequency; a sentence saying why an
 * interval it names has none of ours; or undefined when it names no repetition.
 */
export function recurrenceOf(folded: string): Recurrence | undefined {
  if (/\b(?:bi|semi) ?annual(?:ly)?\b|\bhalf ?year(?:ly)?\b|\btwice (?:a|per|each|every) year\b|\btwice yearly\b/.test(folded)) return f("half-yearly");
  if (/\bbi ?monthly\b|\bevery other month\b/.test(folded)) return f("bi-monthly");
  if (/\bbi ?weekly\b|\bfortnightly\b|\bevery other week\b/.test(folded)) return f("fortnightly");
  if (/\bbiennial(?:ly)?\b/.test(folded))
    return { reason: "it repeats every two years, which is not a frequency this reader has: give the next date it is due" };
  const m = EVERY_COUNT.exec(folded) ?? COUNT_INTERVALS.exec(folded) ?? COUNT_LY.exec(folded);
  if (m !== null) {
    const n = NUMBERS[m[1]!] ?? Number(m[1]);
    const frequency = intervalFrequency(n, m[2]!);
    if (frequency !== undefined) return f(frequency);
    return {
      reason: `it repeats every ${n} ${m[2]}s, which is not a frequency this reader has (annual, half-yearly, quarterly, bi-monthly, monthly, fortnightly, weekly): give the next date it is due`,
    };
  }
  if (/\b(?:annual|annually|yearly|per annum|once a year)\b|\b(?:each|every) year\b/.test(folded) || EVERY_MONTH.test(folded)) return f("annual");
  if (/\bquarterly\b|\b(?:each|every) quarter\b/.test(folded)) return f("quarterly");
  if (/\bmonthly\b|\b(?:each|every) month\b/.test(folded)) return f("monthly");
  if (/\bweekly\b|\b(?:each|every) week\b/.test(folded)) return f("weekly");
  return undefined;
}
