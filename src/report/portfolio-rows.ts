/**
 * The portfolio table's rows, built once for `cpc stats a.yaml b.xlsx ...`, the page's
 * table of several plans and the portfolio report: a line a plan, then the total, each in
 * words. The outputs only choose which of its fields to show and lay them out.
 *
 * @internal
 * @module
 */
import type { PortfolioRow, PortfolioSummary } from "../portfolio/index.js";
import type { PublicationTimeliness } from "../portfolio/timeliness.js";
import type { ProgressHeadline } from "../progress/headline.js";
import { councilNameOf } from "../model/vocabulary.js";

/**
 * How an output says whether a plan was published on time: `"terminal"` in lower case
 * ("within 5 months"); `"page"` capitalised and saying when a plan missed 3 months but
 * made 5 ("Within 5 months (not 3)"); `"report"` as the page, and saying why it is not known.
 */
export type PublishedForm = "terminal" | "page" | "report";

/** Whether a plan was published within 3 or 5 months of its CPC, in words. */
export function publishedText(t: PublicationTimeliness, form: PublishedForm): string {
  const words = (text: string) => (form === "terminal" ? text : `${text[0]!.toUpperCase()}${text.slice(1)}`);
  if (t.within3Months === true) return words("within 3 months");
  if (t.within5Months === true) return words(form !== "terminal" && t.within3Months === false ? "within 5 months (not 3)" : "within 5 months");
  if (t.within5Months === false) return words("after 5 months");
  return form === "report" && t.unknown !== undefined ? `Not known: ${t.unknown}` : words("not known");
}

/** A line of the portfolio table: a plan, or the total of them all. */
export interface PortfolioLine {
  /** The council ("Council not named" where the plan does not say), or "Total (3 plans; 1 file left out)". */
  readonly council: string;
  /** The council, and the file where two plans of one council would read alike; the total's words for the total. */
  readonly label: string;
  /** The plan's file, where given; "" for the total. */
  readonly file: string;
  /** The CPC's first day (or month); "" when not given, and for the total. */
  readonly cpc: string;
  /** Days from the CPC to publication; "" when not known, and for the total. */
  readonly daysToPublish: number | "";
  /** Whether it was published on time; for the total, how many were: "0 within 3 months, 1 within 5". */
  readonly published: string;
  readonly actions: number;
  readonly overdue: number;
  /** The progress-review headline's three parts. */
  readonly headline: Pick<ProgressHeadline, "completed" | "expectedProgress" | "notProgressed">;
  /** Whether this is the total line. */
  readonly total: boolean;
}

/** What the outputs call a plan whose council is not named. */
const COUNCIL_NOT_NAMED = councilNameOf({});

/** What a table calls a plan: the council, and the file where two rows would read alike. */
function labelOf(r: PortfolioRow, all: readonly PortfolioRow[]): string {
  const council = r.council ?? COUNCIL_NOT_NAMED;
  const same = all.filter((o) => (o.council ?? COUNCIL_NOT_NAMED) === council).length > 1;
  return same && r.name !== undefined ? `${council} (${r.name})` : council;
}

/**
 * The portfolio table's lines: a plan each, in the summary's order, then the total.
 *
 * @param p - The portfolio's summary.
 * @param leftOut - How many files were left out of it (the total says so).
 * @param form - How the output says whether a plan was published on time.
 * @returns The lines, the total last.
 */
export function portfolioLines(p: PortfolioSummary, leftOut: number, form: PublishedForm): PortfolioLine[] {
  const t = p.total;
  const plans = p.plans.map((r): PortfolioLine => ({
    council: r.council ?? COUNCIL_NOT_NAMED,
    label: labelOf(r, p.plans),
    file: r.name ?? "",
    cpc: r.cpcStart ?? "",
    daysToPublish: r.daysToPublish ?? "",
    published: publishedText(r.timeliness, form),
    actions: r.actions,
    overdue: r.overdue,
    headline: r.headline,
    total: false,
  }));
  const totalWords = `Total (${t.plans} plan${t.plans === 1 ? "" : "s"}${leftOut > 0 ? `; ${leftOut} file${leftOut === 1 ? "" : "s"} left out` : ""})`;
  return [
    ...plans,
    {
      council: totalWords,
      label: totalWords,
      file: "",
      cpc: "",
      daysToPublish: "",
      published: `${t.timeliness.within3Months} within 3 months, ${t.timeliness.within5Months} within 5`,
      actions: t.actions,
      overdue: t.overdue,
      headline: t.headline,
      total: true,
    },
  ];
}
