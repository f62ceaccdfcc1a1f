/**
 * The rows above a table's header: the plan's details ("Council", "CPC start"), a title
 * naming the council, a line saying when the peer challenge was. Browser-safe.
 */
import { fold, preambleKeyOf, type PreambleKey } from "./columns.js";
import { issueOf, type Issue } from "../model/issue.js";
import { parseTimescale } from "../timescale/parse.js";
import { nonEmpty, placeOf, rowText, type Places, type TableRow } from "./row.js";

/** What the rows above the header say of the plan: the plan's fields, with `council` and `peerChallenge` as objects where given. */
export type Preamble = Record<string, unknown>;

/** The plan's details from the rows above the header; what is not read is reported. */
export function readPreamble(rows: readonly TableRow[], places: Places, issues: Issue[]): Preamble {
  const plan: Preamble = {};
  const council: Record<string, unknown> = {};
  const peerChallenge: Record<string, unknown> = {};
  let titleCouncil: { name: string; line: number; place: string; title: string } | undefined;
  let titleCpc: { start: string; end: string | undefined; text: string; line: number; place: string } | undefined;
  const notRead = (row: { line: number }, message: string, hint?: string): void => {
    issues.push(issueOf({ code: "row-above-header", path: ["preamble", row.line], message, ...(hint === undefined ? {} : { hint }) }));
    places.set(["preamble", row.line], row.line);
  };
  for (const row of rows) {
    if (!nonEmpty(row.cells)) continue;
    const first = (row.cells[0] ?? "").trim();
    // Values as written: a council's name keeps its spaces.
    const values = row.cells.slice(1).filter((v) => v !== "");
    const k = preambleKeyOf(first);
    const value = values[0];
    if (!k || value === undefined) {
      const text = rowText(row.cells);
      // A title row naming the council ("Example Borough Council - CPC action plan"): its
      // name, unless a Council row gives it.
      const named = councilInTitle(text);
      if (named !== undefined && titleCouncil === undefined) {
        titleCouncil = { name: named, line: row.line, place: placeOf(row), title: text.trim() };
        continue;
      }
      // A line saying when the peer challenge was ("Peer challenge: 4-7 March 2024"): its
      // days, unless a "CPC start" row gives them.
      const stated = cpcDatesIn(text);
      if (stated !== undefined && titleCpc === undefined) {
        titleCpc = { ...stated, line: row.line, place: placeOf(row) };
        continue;
      }
      notRead(
        row,
        `${placeOf(row)}: ${JSON.stringify(text)} above the header is not a plan detail peer-challenge knows; it was not read.`,
        'Use "Council", "Title", "Framework", "CPC start", "CPC end", "Published" or "Focus areas", with the value in the next column.',
      );
      continue;
    }
    putDetail({ plan, council, peerChallenge }, k, value, values, (path) => places.set(path, row.line));
  }
  fromTitles({ plan, council, peerChallenge }, titleCouncil, titleCpc, places, issues, notRead);
  if (Object.keys(council).length > 0) plan["council"] = council;
  if (Object.keys(peerChallenge).length > 0) plan["peerChallenge"] = peerChallenge;
  return plan;
}

/** What the rows above the header fill in: the plan's fields, its council, its peer challenge. */
interface Details {
  readonly plan: Preamble;
  readonly council: Record<string, unknown>;
  readonly peerChallenge: Record<string, unknown>;
}

/** A detail row ("CPC start", "2024-03-04"): its value (the first of `values`) in its field; `at` notes the row for the field's path. */
function putDetail(
  { plan, council, peerChallenge }: Details,
  k: PreambleKey,
  value: string,
  values: readonly string[],
  at: (path: (string | number)[]) => void,
): void {
  switch (k) {
    case "council":
      council["name"] = value;
      at(["council"]);
      break;
    case "councilCode":
      council["code"] = value;
      at(["council", "code"]);
      break;
    case "title":
      plan["title"] = value;
      at(["title"]);
      break;
    case "framework":
      plan["framework"] = fold(value) === "previous" || fold(value) === "current" ? fold(value) : value;
      at(["framework"]);
      break;
    case "cpcStart":
      peerChallenge["start"] = value;
      at(["peerChallenge"]);
      if (values[1] !== undefined) peerChallenge["end"] = values[1];
      break;
    case "cpcEnd":
      peerChallenge["end"] = value;
      at(["peerChallenge", "end"]);
      break;
    case "publishedOn":
      plan["publishedOn"] = value;
      at(["publishedOn"]);
      break;
    case "ragScheme":
      plan["ragScheme"] = fold(value) === "rag" || fold(value) === "brag" ? fold(value) : value;
      at(["ragScheme"]);
      break;
    case "focusAreas":
      plan["focusAreas"] = values;
      at(["focusAreas"]);
      break;
  }
}

/** The council and the CPC's dates from a title row or a line that says them, where no detail row gives them; else the row is reported as not read. */
function fromTitles(
  { plan, council, peerChallenge }: Details,
  titleCouncil: { name: string; line: number; place: string; title: string } | undefined,
  titleCpc: { start: string; end: string | undefined; text: string; line: number; place: string } | undefined,
  places: Places,
  issues: Issue[],
  notRead: (row: { line: number }, message: string, hint?: string) => void,
): void {
  if (council["name"] === undefined && titleCouncil !== undefined) {
    council["name"] = titleCouncil.name;
    places.set(["council"], titleCouncil.line);
    // The title row is the plan's title too, where no "Title" row gives one.
    if (plan["title"] === undefined) {
      plan["title"] = titleCouncil.title;
      places.set(["title"], titleCouncil.line);
    }
    issues.push(
      issueOf({
        code: "council-from-title",
        path: ["council", "name"],
        message: `${titleCouncil.place}: the council's name is taken from the title: "${titleCouncil.name}".`,
        hint: 'Add a "Council" row above the table to say it for certain.',
      }),
    );
  } else if (titleCouncil !== undefined) {
    notRead(titleCouncil, `${titleCouncil.place}: the title above the header is not read; the council's name is taken from the "Council" row.`);
  }
  if (titleCpc !== undefined && peerChallenge["start"] === undefined) {
    peerChallenge["start"] = titleCpc.start;
    if (titleCpc.end !== undefined) peerChallenge["end"] = titleCpc.end;
    places.set(["peerChallenge"], titleCpc.line);
    issues.push(
      issueOf({
        code: "cpc-date-from-title",
        path: ["peerChallenge"],
        message: `${titleCpc.place}: the peer challenge's dates are taken from ${JSON.stringify(titleCpc.text)}: ${titleCpc.start}${titleCpc.end !== undefined ? ` to ${titleCpc.end}` : ""}.`,
        hint: 'Add a "CPC start" row above the table to say it for certain.',
      }),
    );
  } else if (titleCpc !== undefined) {
    notRead(titleCpc, `${titleCpc.place}: ${JSON.stringify(titleCpc.text)} is not read; the CPC's dates are taken from the "CPC start" row.`);
  }
}

/**
 * The council a title names: the words before the first " - ", ":" or "," when they name a
 * council ("Example Borough Council - CPC action plan", "Borough Council of King's Lynn and
 * West Norfolk: action plan").
 */
export function councilInTitle(title: string): string | undefined {
  const lead = title.split(/\s[-\u2013\u2014]\s|[:,(|]/)[0]!.trim();
  // A name: words before "Council" ("Example Borough Council"), or after "Council of"; a
  // "Council" row with its value missing ("Council", "Council name") names none.
  const names = /\S\s+council\b|\bcouncil\s+of\s+\S/i.test(lead);
  return lead.length <= 80 && names && !/\b(?:peer challenge|action plan|cpc)\b/i.test(lead) ? lead : undefined;
}

/**
 * The CPC's days a line states: "Peer challenge: 4-7 March 2024", "The peer challenge took
 * place on 7 to 10 January 2019". Only a line that names the peer challenge and gives days
 * (not a month or a year alone) counts.
 */
export function cpcDatesIn(text: string): { start: string; end: string | undefined; text: string } | undefined {
  if (text.length > 160) return undefined;
  // After the name, the first ":", "on", "from", "was" or "took place", then the dates
  // (each step one pass over the text; one expression for all of it could backtrack).
  const name = /\bpeer challenge\b|\bcpc\b/i.exec(text);
  if (name === null) return undefined;
  const rest = text.slice(name.index + name[0].length);
  const word = /:|\b(?:on|from|was|took place)\b/i.exec(rest);
  if (word === null) return undefined;
  const after = rest.slice(word.index + word[0].length).replace(/^\s*(?:(?:on|from)\s+)?/i, "");
  if (after.includes("\n")) return undefined;
  const t = parseTimescale(after.trim().replace(/[.;]$/, ""));
  if (t.kind !== "date" || t.precision !== "day") return undefined;
  return { start: t.start, end: t.due !== t.start ? t.due : undefined, text: text.trim() };
}
