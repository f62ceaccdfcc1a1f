import { describe, expect, it } from "vitest";
import { readPlanCsv } from "../src/csv/index.js";

// The rows above a table that describe the plan ("Council", "CPC start", ...), and what
// happens when a title or a "Peer challenge:" line says the same thing less certainly.
const table = "Recommendation,Action\nR1 Improve scrutiny,Review scrutiny\n";
const read = (top: string) => {
  const r = readPlanCsv(`${top}\n${table}`);
  const { recommendations: _, actions: __, ...plan } = r.plan;
  return { plan, issues: r.issues.filter((i) => i.code !== "generated-id").map((i) => `${i.code}: ${i.message}`) };
};

describe("the plan's details above the table", () => {
  it("reads every detail row, canonical words folded, and prefers them to a title or a sentence", () => {
    const top = [
      "Example District Council – Action Plan",
      "Council,Testshire District Council",
      "Council code,E07000999",
      "Title,CPC action plan 2024",
      "Framework,Previous",
      "CPC start,2024-03-04,2024-03-07",
      "Published,2024-05",
      "RAG scheme,BRAG",
      "Focus areas,Housing,Climate",
      "Peer challenge: 4-7 March 2024",
    ].join("\n");
    expect(read(top)).toEqual({
      plan: {
        schemaVersion: 1,
        council: { name: "Testshire District Council", code: "E07000999" },
        title: "CPC action plan 2024",
        framework: "previous",
        // A second value on the "CPC start" row is the end.
        peerChallenge: { start: "2024-03-04", end: "2024-03-07" },
        publishedOn: "2024-05",
        ragScheme: "brag",
        focusAreas: ["Housing", "Climate"],
      },
      issues: [
        'row-above-header: Line 1: the title above the header is not read; the council\'s name is taken from the "Council" row.',
        'row-above-header: Line 10: "Peer challenge: 4-7 March 2024" is not read; the CPC\'s dates are taken from the "CPC start" row.',
      ],
    });
  });

  it("takes the council and the title from a title row where no row says, and keeps words it does not know for validation to report", () => {
    const top = [
      "Example District Council – Action Plan",
      "CPC start,2024-03",
      "CPC end,2024-03-08",
      "Framework,newest",
      "RAG scheme,traffic lights",
      "Peer challenge: 4-7 March 2024",
    ].join("\n");
    expect(read(top)).toEqual({
      plan: {
        schemaVersion: 1,
        council: { name: "Example District Council" },
        title: "Example District Council – Action Plan",
        framework: "newest",
        peerChallenge: { start: "2024-03", end: "2024-03-08" },
        ragScheme: "traffic lights",
      },
      issues: [
        'council-from-title: Line 1: the council\'s name is taken from the title: "Example District Council".',
        'row-above-header: Line 6: "Peer challenge: 4-7 March 2024" is not read; the CPC\'s dates are taken from the "CPC start" row.',
      ],
    });
  });
});
