import { describe, expect, it } from "vitest";
import { parseTimescale, type ParseTimescaleOptions, type Timescale } from "../src/index.js";

// Every word the timescale grammar knows, listed here by hand with what it does, so that
// a word dropped from or misfiled in src/timescale/words.ts fails a test.

const read = (text: string, options?: ParseTimescaleOptions): Timescale => parseTimescale(text, options);
const due = (text: string, options?: ParseTimescaleOptions): string | undefined => {
  const t = read(text, options);
  return t.kind === "date" || t.kind === "milestones" ? t.due : undefined;
};

describe("month names, in full and abbreviated, in any case", () => {
  // 2023 is not a leap year: February has 28 days.
  const months: [string[], string][] = [
    [["January", "Jan"], "2023-01-31"],
    [["February", "Feb"], "2023-02-28"],
    [["March", "Mar"], "2023-03-31"],
    [["April", "Apr"], "2023-04-30"],
    [["May"], "2023-05-31"],
    [["June", "Jun"], "2023-06-30"],
    [["July", "Jul"], "2023-07-31"],
    [["August", "Aug"], "2023-08-31"],
    [["September", "Sept", "Sep"], "2023-09-30"],
    [["October", "Oct"], "2023-10-31"],
    [["November", "Nov"], "2023-11-30"],
    [["December", "Dec"], "2023-12-31"],
  ];
  for (const [names, expected] of months) {
    for (const name of names) {
      it(`"${name} 2023" and "${name.toUpperCase()} 2023" are due ${expected}`, () => {
        expect(read(`${name} 2023`)).toMatchObject({ kind: "date", due: expected, precision: "month" });
        expect(due(`${name.toUpperCase()} 2023`)).toBe(expected);
      });
    }
  }
});

describe("seasons", () => {
  it.each([
    ["Spring", "2023-03-01", "2023-05-31"],
    ["Summer", "2023-06-01", "2023-08-31"],
    ["Autumn", "2023-09-01", "2023-11-30"],
    ["Fall", "2023-09-01", "2023-11-30"],
    ["Winter", "2023-12-01", "2024-02-29"], // winter 2023 ends in the leap February of 2024
  ])("%s 2023 runs %s to %s", (season, start, end) => {
    expect(read(`${season} 2023`)).toMatchObject({ start, due: end, precision: "season" });
  });
});

describe("words for quarters, halves and years", () => {
  it.each([
    ["Q3 2023/24", "2023-12-31"],
    ["Qtr 3 2023/24", "2023-12-31"],
    ["Quarter 3 2023/24", "2023-12-31"],
    ["Qtrs 1 and 2 2023/24", "2023-09-30"],
    ["Quarters 1 and 2 2023/24", "2023-09-30"],
    ["H2 2023", "2023-12-31"],
    ["second half of 2023", "2023-12-31"],
    ["first quarter 2023/24", "2023-06-30"],
    ["second quarter 2023/24", "2023-09-30"],
    ["third quarter 2023/24", "2023-12-31"],
    ["fourth quarter 2023/24", "2024-03-31"],
    ["FY 2023/24", "2024-03-31"],
    ["financial year 2023/24", "2024-03-31"],
    ["fiscal year 2023/24", "2024-03-31"],
    ["calendar year 2023", "2023-12-31"],
  ])("%s is due %s", (text, expected) => expect(due(text)).toBe(expected));
  it('"year end" and "yr end" are the end of the financial year after the reference date', () => {
    expect(due("year end", { reference: "2023-06-01" })).toBe("2024-03-31");
    expect(due("yr end", { reference: "2023-06-01" })).toBe("2024-03-31");
  });
});

describe("parts of a period", () => {
  it.each([
    ["early 2023", "2023-04-30", true],
    ["mid 2023", "2023-08-31", true],
    ["middle of 2023", "2023-08-31", true],
    ["late 2023", "2023-12-31", true],
    ["beginning of 2023", "2023-04-30", true],
    ["start of 2023", "2023-04-30", true],
    ["end of 2023", "2023-12-31", false],
  ])("%s is due %s (approximate: %s)", (text, expected, approximate) => {
    const t = read(text);
    expect(t).toMatchObject({ kind: "date", due: expected });
    expect(t.kind === "date" && t.approximate === true).toBe(approximate);
  });
});

describe("ordinal days", () => {
  it.each(["1st", "2nd", "3rd", "4th"])("%s March 2023 is that day", (ordinal) => {
    expect(due(`${ordinal} March 2023`)).toBe(`2023-03-0${ordinal[0]}`);
  });
});

describe("weekdays are checked against the date", () => {
  // 1 January 2023 was a Sunday, so 5 March 2023 (day 64) was too: (64 - 1) % 7 = 0.
  const spellings: [string[], number][] = [
    [["Sunday", "Sun"], 5],
    [["Monday", "Mon"], 6],
    [["Tuesday", "Tue", "Tues"], 7],
    [["Wednesday", "Wed"], 8],
    [["Thursday", "Thu", "Thur", "Thurs"], 9],
    [["Friday", "Fri"], 10],
    [["Saturday", "Sat"], 11],
  ];
  for (const [names, day] of spellings) {
    for (const name of names) {
      it(`"${name} ${day} March 2023" is that day; "${name} ${day + 1} March 2023" is not`, () => {
        expect(due(`${name} ${day} March 2023`)).toBe(`2023-03-${String(day).padStart(2, "0")}`);
        expect(read(`${name} ${day + 1} March 2023`)).toMatchObject({ kind: "unknown", cause: "impossible" });
      });
    }
  }
});

describe("weeks", () => {
  it.each([
    "week commencing 6 March 2023",
    "wk commencing 6 March 2023",
    "w/c 6 March 2023",
    "wc 6 March 2023",
    "w/b 6 March 2023",
    "week beginning 6 March 2023",
    "week starting 6 March 2023",
    "week of 6 March 2023",
  ])("%s ends on Sunday 12 March 2023", (text) => expect(read(text)).toMatchObject({ start: "2023-03-06", due: "2023-03-12", precision: "week" }));
  it.each(["week ending 12 March 2023", "w/e 12 March 2023", "we 12 March 2023"])("%s runs 6 to 12 March 2023", (text) => {
    expect(read(text)).toMatchObject({ start: "2023-03-06", due: "2023-03-12" });
  });
});

describe("words that join dates", () => {
  it.each(["to", "until", "till", "through", "thru", "-", "–"])('"April %s June 2023" is a range to 30 June', (word) => {
    expect(read(`April ${word} June 2023`)).toMatchObject({ start: "2023-04-01", due: "2023-06-30" });
  });
  it.each(["or", "and", "/", "&"])('"May %s June 2023" takes the later month', (word) => {
    expect(read(`May ${word} June 2023`)).toMatchObject({ start: "2023-05-01", due: "2023-06-30" });
  });
});

describe("words that say the work continues", () => {
  it.each(["onwards", "onward", "thereafter", "continuing", "beyond", "and ongoing"])('"June 2023 %s" continues', (word) => {
    expect(read(`June 2023 ${word}`)).toMatchObject({ due: "2023-06-30", continuing: true });
  });
  it.each(["From", "Starting", "Ongoing from"])('"%s June 2023" continues', (word) => {
    expect(read(`${word} June 2023`)).toMatchObject({ due: "2023-06-30", continuing: true });
  });
});

describe("words that may be ignored beside a date, but do not explain a number", () => {
  const words = [
    "by",
    "of",
    "the",
    "in",
    "on",
    "for",
    "at",
    "latest",
    "no",
    "later",
    "than",
    "expected",
    "due",
    "target",
    "targeted",
    "deadline",
    "completion",
    "planned",
    "scheduled",
    "anticipated",
    "between",
    "date",
    "next",
    "this",
    "peer",
    "commencing",
    "ending",
  ];
  it.each(words)('"%s March 2025" is March 2025', (word) => expect(due(`${word} March 2025`)).toBe("2025-03-31"));
  it.each(words.filter((w) => w !== "of"))('"15 %s March 2025" is unknown: the 15 is neither a day nor a count', (word) => {
    expect(read(`15 ${word} March 2025`).kind).toBe("unknown");
  });
  it('"15 of March 2025" is the day, as "1st of April" is', () => expect(due("15 of March 2025")).toBe("2025-03-15"));
});

describe("words that mark a date as approximate", () => {
  it.each(["approx", "approximately", "circa", "around", "about", "estimated", "est", "tbc", "provisional", "provisionally", "tentative", "indicative"])(
    '"%s March 2025" is March 2025, approximately',
    (word) => expect(read(`${word} March 2025`)).toMatchObject({ due: "2025-03-31", approximate: true }),
  );
});

describe("words that mark a date as replaced, or as replacing another", () => {
  it.each(["originally", "original", "orig", "was", "previously", "formerly", "prev"])('"March 2025 (%s June 2025)" is due in March', (word) => {
    expect(read(`March 2025 (${word} June 2025)`)).toMatchObject({ due: "2025-03-31", originalDue: "2025-06-30" });
  });
  it.each(["revised", "now", "new", "extended", "moved", "delayed", "deferred", "postponed", "rescheduled", "reprogrammed", "amended", "slipped", "rev"])(
    '"June 2025 %s March 2026" is due in March 2026',
    (word) => expect(read(`June 2025 ${word} March 2026`)).toMatchObject({ due: "2026-03-31", originalDue: "2025-06-30" }),
  );
});

describe("targets counted from a date", () => {
  const reference = "2023-01-15";
  it.each([
    ["within one month", "2023-02-15"],
    ["within two months", "2023-03-15"],
    ["within three months", "2023-04-15"],
    ["within four months", "2023-05-15"],
    ["within five months", "2023-06-15"],
    ["within six months", "2023-07-15"],
    ["within seven months", "2023-08-15"],
    ["within eight months", "2023-09-15"],
    ["within nine months", "2023-10-15"],
    ["within ten months", "2023-11-15"],
    ["within eleven months", "2023-12-15"],
    ["within twelve months", "2024-01-15"],
    ["within a year", "2024-01-15"],
    ["within 1 year", "2024-01-15"],
    ["within 2 years", "2025-01-15"],
    ["within 2 weeks", "2023-01-29"],
    ["within 1 week", "2023-01-22"],
    ["within 10 days", "2023-01-25"],
    ["within 1 day", "2023-01-16"],
    ["within 1 month", "2023-02-15"],
    ["in six months' time", "2023-07-15"],
  ])("%s of 15 January 2023 is due %s", (text, expected) => expect(due(text, { reference })).toBe(expected));
  it.each(["within 3 months of the CPC", "within 3 months of the peer challenge", "3 months from the CPC", "three months after the CPC"])(
    "%s counts from the CPC's start",
    (text) => expect(read(text, { cpcStart: "2023-10-16" })).toMatchObject({ due: "2024-01-16", relativeTo: "cpc" }),
  );
});

describe("words that change what a date means", () => {
  it.each(["not", "after", "not before", "not prior to", "except", "unless", "earliest", "post", "pre"])('"%s March 2025" is unknown', (word) => {
    expect(read(`${word} March 2025`)).toMatchObject({ kind: "unknown", cause: "unrecognised" });
  });
  it.each(["before", "prior to"])('"%s March 2025" is due the day before March: 28 February 2025', (word) => {
    expect(read(`${word} March 2025`)).toMatchObject({ kind: "date", due: "2025-02-28", precision: "day" });
  });
});

describe("words before a number that make it a label, not part of a date", () => {
  it.each([
    "Phase",
    "Stage",
    "Step",
    "Part",
    "Tranche",
    "Option",
    "Item",
    "Number",
    "Wave",
    "Round",
    "Version",
    "v",
    "Level",
    "Priority",
    "Cohort",
    "Lot",
    "Block",
    "Site",
    "Action",
    "Recommendation",
    "Rec",
    "Section",
    "Appendix",
    "Page",
    "Para",
    "Paragraph",
    "Tier",
    "Workstream",
    "Sprint",
    "Module",
    "Release",
    "Milestone",
    "Objective",
    "Project",
  ])('"%s 2: March 2025" is March 2025', (noun) => expect(due(`${noun} 2: March 2025`)).toBe("2025-03-31"));
  it('without a label word, "2: March 2025" is unknown', () => expect(read("2: March 2025").kind).toBe("unknown"));
});

describe("whole-text wordings", () => {
  it.each([
    "Ongoing",
    "On going",
    "Continuous",
    "Continuing",
    "Business as usual",
    "BAU",
    "Rolling",
    "Continuous ongoing",
    "Continual",
    "As business as usual",
    "Permanent",
    "Embedded",
  ])("%s is ongoing", (text) => expect(read(text).kind).toBe("ongoing"));
  it.each([
    ["Annual", "annual"],
    ["Yearly", "annual"],
    ["Annual review", "annual"],
    ["Ongoing annual", "annual"],
    ["Annually", "annual"],
    ["Half yearly", "half-yearly"],
    ["Six monthly", "half-yearly"],
    ["Biannual", "half-yearly"],
    ["Biannually", "half-yearly"],
    ["Twice a year", "half-yearly"],
    ["Twice yearly", "half-yearly"],
    ["Every six months", "half-yearly"],
    ["Quarterly", "quarterly"],
    ["Every quarter", "quarterly"],
    ["Ongoing quarterly", "quarterly"],
    ["Bi-monthly", "bi-monthly"],
    ["Bimonthly", "bi-monthly"],
    ["Every two months", "bi-monthly"],
    ["Monthly", "monthly"],
    ["Each month", "monthly"],
    ["Ongoing monthly", "monthly"],
    ["Fortnightly", "fortnightly"],
    ["Every two weeks", "fortnightly"],
    ["Weekly", "weekly"],
    ["Every week", "weekly"],
  ])("%s is recurring, %s", (text, frequency) => expect(read(text)).toMatchObject({ kind: "recurring", frequency }));
  it.each([
    "TBC",
    "TBA",
    "TBD",
    "To be confirmed",
    "To be agreed",
    "To be determined",
    "To be decided",
    "To be set",
    "Date to be confirmed",
    "Date TBC",
    "Timescale TBC",
    "Timescale to be confirmed",
    "Target TBC",
    "TBC/TBA",
    "To be scheduled",
    "To be arranged",
  ])("%s is to be confirmed", (text) => expect(read(text)).toMatchObject({ kind: "unknown", cause: "to-be-confirmed" }));
  it.each(["N/A", "NA", "Not applicable", "None", "No target", "No deadline", "Nil"])("%s is not applicable", (text) => {
    expect(read(text)).toMatchObject({ kind: "unknown", cause: "not-applicable" });
  });
});
