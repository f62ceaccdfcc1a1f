/**
 * What a column holds, read from its cells below the header: dates and targets, status and
 * RAG words, fills, action numbers and references, posts and people, long text, and text
 * written once over several rows. The table reader uses it where a heading is unknown or
 * weak. Browser-safe.
 */
import { fold } from "../fold.js";
import { normaliseRag, normaliseStatus, splitLeading, wordingOf, type Wordings } from "../status/index.js";
import { parseTimescale } from "../timescale/parse.js";
import { ragOfFill } from "./cells.js";
import { ACTION_NUMBER } from "./columns.js";
import type { TableRow } from "./row.js";

/** The cells of a column looked at (the first this many filled ones): enough to judge, and a 20,000-row file costs no more. */
const SAMPLE = 200;

/** Counts over a column's filled cells (of the first {@link SAMPLE}). */
export interface ColumnContents {
  /** Filled cells looked at. */
  readonly filled: number;
  /** Rows with any filled cell, over the rows looked at. */
  readonly rows: number;
  /** Cells that are a date or a target `parseTimescale` reads (or a spreadsheet date). */
  readonly dates: number;
  /** Cells with a date, a year or a month's name somewhere in them ("11/05/12 Call for Sites"). */
  readonly dated: number;
  readonly statuses: number;
  readonly rags: number;
  /** Action numbers ("1", "2.3", "12.3a"). */
  readonly numbers: number;
  /** References with letters before the number ("R1", "PCR2", "Rec 3"). */
  readonly references: number;
  /** Short cells naming posts or people ("Head of Finance", "Sarah Ireland", "S151 Officer"). */
  readonly people: number;
  /** Cells whose few leading words, before a break, are a status the reader knows: "Completed. Meeting held in June". */
  readonly leads: number;
  /** Cells whose few leading words, before a break, are no status the reader knows but lead another cell too: "Commenced and ongoing." twice. */
  readonly leadRepeats: number;
  /** Cells that are a one-letter code or a priority's word: "H", "M", "L", "High", "Medium", "Low". */
  readonly codes: number;
  /** Cells that are a bare count or percentage: "29", "59%", "4.5". */
  readonly counts: number;
  /** Cells that are a percentage, with its sign: "50%", "75 %" (a workbook's percent-formatted cell reads so). */
  readonly percents: number;
  /** Mean words a filled cell. */
  readonly words: number;
  /** Filled cells the same as the filled cell above them in the column. */
  readonly repeated: number;
  /** Rows where the column is empty under a filled cell while others in the row are filled: text written once over several rows. */
  readonly carried: number;
  /** An example cell of each kind counted, for messages. */
  readonly examples: Readonly<Partial<Record<"dates" | "statuses" | "rags" | "numbers" | "references" | "people" | "percents" | "text", string>>>;
}

// Stryker disable all: top-level patterns, read once.
/** Words of a post, a team or a body: an owner's cell. */
const POST =
  /\b(?:head|director|directorate|manager|management|officer|chief|executive|lead|leader|team|service|services|cllr|councillor|member|members|monitoring|s151|section 151|co-?ordinator|partnership|board|cabinet|portfolio|ceo|cfo|hr|corporate|committee|group|dpo|siro|clerk|secretary|deputy|assistant|senior|principal|strategic|all|council|department|dept|unit|panel|mayor|adviser|advisor|governance|finance|legal|policy|ict|it)\b/i;
/** A person's name: two or three capitalised words ("Sarah Ireland", "Mary-Jo O'Neill"). */
const NAME = /^(?:[A-Z][a-z'’-]+\.? ){1,2}[A-Z][A-Za-z'’-]+$/;
/** A date, a year or a month's name inside a cell. */
const DATED = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
/** A reference with letters before its number: "R1", "PCR 2", "Rec 3", "REC-4.1", "A1" (capitals, or Rec/Ref/Item: "March 2025" is none). */
const REFERENCE = /^(?:[A-Z]{1,4}|Rec|Ref|Item)[\s.-]?\d+(?:\.\d+)*[a-z]?\.?$/;
/** A one-letter code, or a priority's word: "H", "M", "L", "High", "Med", "Low". */
const CODE = /^(?:[a-z]|high|medium|med|low|hi|lo)\.?$/i;
/** A bare count or percentage: "29", "59%", "4.5", "1,204". */
const COUNT = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*%?$|^\d+(?:\.\d+)?\s*%?$/;
/** A percentage with its sign: "50%", "75 %", "12.5%". */
const PERCENT = /^\d+(?:\.\d+)?\s*%$/;
// Stryker restore all

/** Words of a sentence, not of a post's title: "We will improve governance" is no owner. */
const SENTENCE =
  /\b(?:we|our|will|should|must|to|is|are|was|were|be|been|has|have|had|this|that|these|ensure|improve|develop|review|deliver|agree|agreed|complete|completed|not|no)\b/i;

/** Whether a cell names posts or people: short, and a post's words or a name in each part. */
export function looksLikeOwner(cell: string): boolean {
  if (cell.length > 200) return false;
  const parts = cell
    .replace(/ and /g, ";")
    .split(/[/;,&\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0 || wordCount(cell) > 12 || /[.!?] [A-Z]/.test(cell) || SENTENCE.test(cell)) return false;
  return parts.every((p) => POST.test(p) || NAME.test(p) || /^[A-Z]{2,6}$/.test(p));
}

/** The words of a cell: its runs of non-space characters. */
export function wordCount(cell: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < cell.length; i++) {
    const space = cell.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** What each column of the table holds, below the header. */
export function columnContents(rows: readonly TableRow[], width: number, wordings: Wordings | undefined): ColumnContents[] {
  const out: ColumnContents[] = [];
  for (let c = 0; c < width; c++) out.push(contentsOf(rows, c, wordings));
  return out;
}

function contentsOf(rows: readonly TableRow[], c: number, wordings: Wordings | undefined): ColumnContents {
  let filled = 0;
  let rowCount = 0;
  let dates = 0;
  let dated = 0;
  let statuses = 0;
  let rags = 0;
  let numbers = 0;
  let references = 0;
  let people = 0;
  let words = 0;
  const more = new MoreKinds(wordings);
  let repeated = 0;
  let carried = 0;
  let above: string | undefined;
  const examples: Partial<Record<"dates" | "statuses" | "rags" | "numbers" | "references" | "people" | "percents" | "text", string>> = {};
  const example = (kind: keyof typeof examples, cell: string) => {
    examples[kind] ??= cell;
  };
  for (const row of rows) {
    if (filled >= SAMPLE) break;
    if (!row.cells.some((x) => x.trim() !== "")) continue;
    rowCount++;
    const cell = (row.cells[c] ?? "").trim();
    const meta = row.meta?.[c];
    if (cell === "") {
      if (above !== undefined) carried++;
      if (meta?.fill !== undefined && ragOfFill(meta.fill) !== undefined) rags++;
      continue;
    }
    filled++;
    if (cell === above) repeated++;
    above = cell;
    const n = wordCount(cell);
    words += n;
    const own = wordingOf(wordings, cell);
    if (meta?.date !== undefined || isTarget(cell)) {
      dates++;
      dated++;
      example("dates", cell);
    } else if (DATED.test(cell)) dated++;
    if (own?.status !== undefined || normaliseStatus(cell) !== undefined) {
      statuses++;
      example("statuses", cell);
    }
    if (own?.rag !== undefined || normaliseRag(cell) !== undefined) {
      rags++;
      example("rags", cell);
    }
    if (ACTION_NUMBER.test(cell) && !/^[a-z]/i.test(cell)) {
      numbers++;
      example("numbers", cell);
    } else if (REFERENCE.test(cell)) {
      references++;
      example("references", cell);
    }
    if (looksLikeOwner(cell)) {
      people++;
      example("people", cell);
    }
    if (n >= 5) example("text", cell);
    more.add(cell, n, meta?.percent === true);
  }
  return {
    filled,
    rows: rowCount,
    dates,
    dated,
    statuses,
    rags,
    numbers,
    references,
    people,
    ...more.totals(),
    words: filled === 0 ? 0 : words / filled,
    repeated,
    carried,
    examples: { ...examples, ...more.examples() },
  };
}

/** The kinds counted beyond the plain ones: a status leading the cell, a one-letter code, a bare count. */
class MoreKinds {
  #leads = 0;
  #codes = 0;
  #counts = 0;
  #percents = 0;
  #percentExample: string | undefined;
  readonly #unknownLeads = new Map<string, number>();
  readonly #wordings: Wordings | undefined;

  constructor(wordings: Wordings | undefined) {
    this.#wordings = wordings;
  }

  /** Counts one filled cell of `words` words; `percent` when a workbook's format shows it as a percentage. */
  add(cell: string, words: number, percent: boolean): void {
    if (CODE.test(cell)) this.#codes++;
    if (COUNT.test(cell)) this.#counts++;
    // A workbook's percent-formatted number is a percentage as Excel shows it (its text is made "50%" after the columns are read).
    if (PERCENT.test(cell) || (percent && COUNT.test(cell))) {
      this.#percents++;
      this.#percentExample ??= percent ? `${String(Number((Number(cell) * 100).toPrecision(12)))}%` : cell;
    }
    const lead = words > 1 ? splitLeading(cell) : undefined;
    if (lead === undefined || lead.rest === "") return;
    if ((wordingOf(this.#wordings, lead.wording)?.status ?? normaliseStatus(lead.wording)) !== undefined) this.#leads++;
    else {
      const key = fold(lead.wording);
      this.#unknownLeads.set(key, (this.#unknownLeads.get(key) ?? 0) + 1);
    }
  }

  totals(): Pick<ColumnContents, "leads" | "leadRepeats" | "codes" | "counts" | "percents"> {
    const leadRepeats = [...this.#unknownLeads.values()].reduce((sum, count) => sum + (count > 1 ? count : 0), 0);
    return { leads: this.#leads, leadRepeats, codes: this.#codes, counts: this.#counts, percents: this.#percents };
  }

  /** An example of the kinds counted here that messages quote. */
  examples(): Pick<ColumnContents["examples"], "percents"> {
    return this.#percentExample === undefined ? {} : { percents: this.#percentExample };
  }
}

/** A date or a target: a form `parseTimescale` dates, or a recurring or ongoing one. */
function isTarget(cell: string): boolean {
  if (cell.length > 120) return false;
  const t = parseTimescale(cell);
  return t.kind === "date" || t.kind === "milestones" || t.kind === "recurring" || t.kind === "ongoing";
}
