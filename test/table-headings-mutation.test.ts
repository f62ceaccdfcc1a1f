// How a heading names a column (src/table/columns.ts), for its mutation score: not only the
// field but how surely (exact, the same words, a keyword) and the keyword that decided, which the
// table reader weighs against the column's contents; the plural rule the words are compared by;
// the percentage headings; every field a heading's words name, in order, once each; the preamble's
// keys. Each reading is worked out by hand from the tables in columns.ts, in the comments.
import { describe, expect, it } from "vitest";
import { columnOf, keywordColumns, matchHeading, preambleKeyOf } from "../src/table/columns.js";

describe("how surely a heading names its column", () => {
  it.each([
    // In the table of headings, after folding (case, spaces and punctuation): exact.
    ["TARGET-FOR-COMPLETION", { column: "timescale", strength: "exact" }],
    ["Rec. No.", { column: "recommendationId", strength: "exact" }],
    // The same words in another order or number: words. "Actions (key)": "action key", the
    // key of "key actions" ("actions" made singular, the words sorted).
    ["Actions (key)", { column: "title", strength: "words" }],
    // "activities" is "activity" (-ies to -y): the key of "activity".
    ["The activities", { column: "title", strength: "words" }],
    // "Dates target": "date target", the key of "target date".
    ["Dates, target", { column: "timescale", strength: "words" }],
    // "Status" keeps its s (-us), so "Status current" is "current status" in another order.
    ["Status (current)", { column: "status", strength: "words" }],
    // "Progress" keeps its s (-ss): "Update: progress" is "progress update" in another order.
    ["Update: progress", { column: "comments", strength: "words" }],
  ])("%s", (heading, match) => {
    expect(matchHeading(heading)).toEqual(match);
  });

  it.each([
    // A keyword in a heading the tables do not hold: the first rule whose words are all in it.
    ["Due by", { column: "timescale", strength: "keyword", word: "due" }],
    ["Person or team responsible", { column: "owners", strength: "keyword", word: "responsible" }],
    // Both words of a two-word rule: "recommendation ref" before "recommendation" ("pcr" is no
    // word of any heading, so the three words are no heading's either).
    ["Recommendation ref (PCR)", { column: "recommendationId", strength: "keyword", word: "recommendation ref" }],
    // "Revised" but with "comment": the revised rule's "not" word; "comment" names the comments.
    ["Revised plan comments", { column: "comments", strength: "keyword", word: "comment" }],
    // "Issues": "issue" once its s is dropped (the -ss, -us, -is rule looks at the word's end only).
    ["Issues", { column: "recommendation", strength: "keyword", word: "issue" }],
    // "date" with "start" is no target; "start date" names nothing else.
    ["Start date of work", undefined],
    // "Lead" with "time" is no owner; "Lead time" names nothing.
    ["Lead time", undefined],
  ])("%s by a keyword", (heading, match) => {
    expect(matchHeading(heading)).toEqual(match);
  });

  it("a blank heading names nothing", () => {
    expect(matchHeading("")).toBeUndefined();
    expect(matchHeading(" -- ")).toBeUndefined();
  });

  it("columnOf takes exact and word readings, not keywords", () => {
    expect(columnOf("Target date")).toBe("timescale");
    expect(columnOf("Dates, target")).toBe("timescale");
    expect(columnOf("Due by")).toBeUndefined();
    expect(columnOf("Budget")).toBeUndefined();
  });
});

describe("the percentage headings", () => {
  it.each([
    ["% complete", true],
    ["Progress (%)", true],
    ["Percentage complete", true],
    ["Pct done", true],
    // The sign alone, spaces around it.
    [" % ", true],
    // A percentage of something else.
    ["% of budget spent", false],
    // Over 60 characters: not read as a percentage heading, however it starts. 10 + 50 + 1 = 61
    // (the rest of the heading, "complete", is then a word of no rule: no field).
    ["% complete" + " ".repeat(50) + ".", false],
  ])("%s", (heading, percent) => {
    expect(matchHeading(heading)?.column === "percentComplete").toBe(percent);
    if (percent) expect(matchHeading(heading)).toEqual({ column: "percentComplete", strength: "exact" });
  });

  it("a heading of exactly 60 characters is still read", () => {
    // "% complete" (10) and 50 more characters: 60.
    const heading = "% complete" + " ".repeat(49) + ".";
    expect(heading.length).toBe(60);
    expect(matchHeading(heading)).toEqual({ column: "percentComplete", strength: "exact" });
  });
});

describe("every field a heading's words name", () => {
  it("in the order the rules are tried", () => {
    // "comment" (comments) comes before "recommendation" in the rules.
    expect(keywordColumns("Recommendation / Comment")).toEqual([
      { column: "comments", word: "comment" },
      { column: "recommendation", word: "recommendation" },
    ]);
  });

  it("each field once, by its first rule", () => {
    // "lead" and "officer" are both owners' rules: the first, "lead", only.
    expect(keywordColumns("Lead officer")).toEqual([{ column: "owners", word: "lead" }]);
    // "Action ref": actionId by "action ref", then owners by nothing, the title by "action".
    expect(keywordColumns("Action ref")).toEqual([
      { column: "actionId", word: "action ref" },
      { column: "title", word: "action" },
    ]);
  });

  it("a rule's 'not' words keep it out", () => {
    // "Due diligence": the due rule is kept out by "diligence"; nothing else.
    expect(keywordColumns("Due diligence")).toEqual([]);
  });
});

describe("the preamble's keys", () => {
  it.each([
    ["Council name:", "council"],
    ["ONS code", "councilCode"],
    ["Peer challenge", "cpcStart"],
    ["CPC end", "cpcEnd"],
    ["Published on", "publishedOn"],
    ["Focus area", "focusAreas"],
    // Not a key of the preamble, even as a property every object has.
    ["constructor", undefined],
    ["Budget", undefined],
  ])("%s", (cell, key) => {
    expect(preambleKeyOf(cell)).toBe(key);
  });
});
