import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";

// Lines above a plan's table that name the council or give the CPC's days. The rules
// (src/table/read.ts): the council is the title's lead (before " - ", ":", ",", "(" or "|")
// when it has words before "Council" or is "Council of ..." and is at most 80 characters;
// the CPC's days come from a line of at most 160 characters naming the peer challenge (or
// CPC), after its first ":", "on", "from", "was" or "took place", when they are days (not
// a month alone) on one line.
const table = "Recommendation,Action,Owner,Timescale,Status\nR1 Improve scrutiny,Review scrutiny,Chief Executive,March 2025,In progress\n";
const read = (top: string) => {
  const r = readPlanCsv(`${top}\n${table}`);
  // The plan as read, before validation: the fields these tests look at.
  const plan = r.plan as { council?: { name?: string }; peerChallenge?: { start: string; end?: string } };
  return { council: plan.council?.name, cpc: plan.peerChallenge, codes: r.issues.map((i) => i.code).filter((c) => c !== "generated-id") };
};

describe("the council and the CPC's days from the lines above a table", () => {
  it("reads a title's lead and a sentence's range of days", () => {
    expect(read("Example District Council - Corporate Peer Challenge Action Plan\nThe peer challenge took place on 7 to 10 January 2019.")).toEqual({
      council: "Example District Council",
      cpc: { start: "2019-01-07", end: "2019-01-10" },
      codes: ["council-from-title", "cpc-date-from-title"],
    });
  });

  it('reads "Council of ..." and a single day, which has no end', () => {
    expect(read("Council of the Isles of Scilly: action plan\nCPC: 4 March 2024")).toEqual({
      council: "Council of the Isles of Scilly",
      cpc: { start: "2024-03-04" },
      codes: ["council-from-title", "cpc-date-from-title"],
    });
  });

  it('reads "was from ... to ..." and a lead cut at "("', () => {
    expect(read("Example Council (CPC 2024)\nPeer challenge was from 4 March 2024 to 7 March 2024")).toEqual({
      council: "Example Council",
      cpc: { start: "2024-03-04", end: "2024-03-07" },
      codes: ["council-from-title", "cpc-date-from-title"],
    });
  });

  it("reads neither from a lead without a council, a month alone, a word that is not Council, or no word before the dates", () => {
    expect(read("Action plan – Example Borough Council\nPeer challenge: March 2024")).toEqual({
      council: undefined,
      cpc: undefined,
      codes: ["row-above-header", "row-above-header"],
    });
    expect(read("Councillor briefing\nPeer challenge dates 4-7 March 2024")).toEqual({
      council: undefined,
      cpc: undefined,
      codes: ["row-above-header", "row-above-header"],
    });
  });

  it("reads no council from a lead over 80 characters, and no days from a line over 160 or broken over two", () => {
    // 90 characters before "Example District Council": the lead is 114.
    const long = `${"A very long title ".repeat(5)}Example District Council`;
    // 29 + 4 x 32 + 49 = 206 characters.
    const wordy = `The corporate peer challenge ${"of the council and its partners ".repeat(4)}took place over four days: 4-7 March 2024 on site`;
    expect(wordy.length).toBeGreaterThan(160);
    expect(read(`${long}\n${wordy}`)).toEqual({ council: undefined, cpc: undefined, codes: ["row-above-header", "row-above-header"] });
    expect(read('Example District Council\n"Peer challenge: 4-7\nMarch 2024"').cpc).toBeUndefined();
  });
});
