/**
 * `peer-challenge/calendar`: a plan's deadlines as an iCalendar file (RFC 5545), for the
 * calendars people already use (Outlook, Google, Apple). Browser-safe.
 *
 * Written here rather than with a library: the events are all-day, with no times or
 * zones, so what is left is escaping and line folding, about a hundred lines; the
 * libraries (ical-generator, ics) bring date libraries or a validation library for that.
 * The tests read the output back with ical.js, Mozilla's parser.
 *
 * @module
 */
import { addCalendarDays, type CalendarDate } from "../dates.js";
import { hashOf } from "../hash.js";
import type { ActionPlan } from "../model/types.js";
import { councilNameOf, statusLabel, type Status } from "../model/vocabulary.js";
import { wasText } from "../progress/past.js";
import { checkOptions } from "../statistics/check.js";
import { actionTarget, statusFacts } from "../facts/action.js";
import { readingContext } from "../facts/context.js";
import { stepFacts } from "../facts/step.js";
import { inputOf } from "../statistics/input.js";
import { timescaleOptionsOf } from "../timescale/due.js";

/**
 * Options for {@link planToICalendar}.
 *
 * @category Calendar
 * @example
 * ```ts
 * import type { ICalendarOptions } from "peer-challenge/calendar";
 * const options: ICalendarOptions = { stamp: "2024-06-26T09:00:00Z", quarters: "financial" };
 * ```
 */
export interface ICalendarOptions {
  /**
   * When the file is made (each event's DTSTAMP), as an ISO date-time in UTC. Default now.
   * Give it to make the same file from the same plan.
   */
  readonly stamp?: string | undefined;
  /** How "Q1 2024" targets are read: calendar (default) or financial quarters. */
  readonly quarters?: "calendar" | "financial" | undefined;
  /** The calendar's name, shown by the program that imports it. Default: "<council>: CPC action plan". */
  readonly name?: string | undefined;
}

/** Escapes a TEXT value (RFC 5545 3.3.11); control characters, which it cannot carry, are shown as U+FFFD. */
function text(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "\uFFFD");
}

/** A character's length in UTF-8, in octets. */
function octetsOf(ch: string): number {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a character. */
function fold(line: string): string {
  // Fewer than 26 characters are at most 75 octets (3 each, or 4 for a pair of UTF-16 units).
  if (line.length <= 25) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  // The first line may hold 75 octets; each continuation 74 after its leading space.
  let limit = 75;
  for (const ch of line) {
    const size = octetsOf(ch);
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compact = (date: CalendarDate) => date.replaceAll("-", "");

/** A date-time in UTC, `YYYYMMDDTHHMMSSZ`, from an ISO text. */
function utcStamp(stamp: string): string {
  const d = new Date(stamp);
  if (!Number.isFinite(d.getTime())) throw new RangeError(`planToICalendar: stamp must be an ISO date-time, not ${JSON.stringify(stamp)}`);
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** The part of each UID that names the plan: its council and peer challenge, which do not change between its files. */
function planKey(plan: ActionPlan): string {
  const key = `${plan.council?.name ?? ""}\u0000${plan.peerChallenge?.start ?? ""}`;
  return (hashOf(key) >>> 0).toString(16).padStart(8, "0");
}

interface Event {
  readonly uid: string;
  readonly due: CalendarDate;
  readonly summary: string;
  readonly description: string;
  readonly cancelled: boolean;
  readonly sequence: number;
}

/**
 * A plan's deadlines as an iCalendar (RFC 5545) text: one all-day event on the due date of
 * each action, and of each step with a dated target of its own, titled with the action's
 * number and text, and described with its owners, status, target and recommendation.
 *
 * Each event's UID is made from the plan's council and peer-challenge date and the
 * action's (and step's) number, so importing the file again after the plan changes moves
 * or updates the events rather than adding new ones; its SEQUENCE is the action's number
 * of updates, so a calendar takes the newer event. A cancelled action's event is marked
 * cancelled, so that re-importing removes it; a complete one is titled "Done:". Actions
 * with no dated target have no event (`actionsWithoutTarget` lists them).
 *
 * @param plan - The plan.
 * @param options - The stamp, how quarter targets are read, the calendar's name.
 * @returns The calendar, lines ending CRLF and folded at 75 octets.
 * @throws RangeError for an option that is not one.
 * @throws PlanDataError for input that is not a plan, or a status it cannot read.
 * @category Calendar
 * @example
 * ```ts
 * import { planToICalendar } from "peer-challenge/calendar";
 * const ics = planToICalendar(kingston, { stamp: "2019-06-30T09:00:00Z" });
 * ics.split("\r\n").filter((l) => l.startsWith("DTSTART")).length;
 * //=> 32 (of the 54 actions, 22 have no dated target: "Ongoing", "Annual" or none)
 * ```
 */
export function planToICalendar(plan: ActionPlan, options: ICalendarOptions = {}): string {
  checkOptions("planToICalendar", options);
  const { actions } = inputOf(plan);
  const stamp = utcStamp(options.stamp ?? new Date().toISOString());
  // Status and due dates do not depend on the day: no date is needed.
  const ctx = readingContext(actions, plan, options.quarters);
  const dueOptions = { ...timescaleOptionsOf(plan), ...(options.quarters ? { quarters: options.quarters } : {}) };
  const recommendations = new Map(plan.recommendations.map((r) => [r.id, r]));
  const key = planKey(plan);
  const events: Event[] = [];
  for (const action of actions) {
    const f = statusFacts(action, ctx);
    const due = actionTarget(action, f, ctx).due;
    const recommendation = recommendations.get(action.recommendation);
    const event = (id: string, due: CalendarDate, title: string, status: Status, target: string | undefined, was: string | undefined): Event => ({
      uid: `${key}-${id}@peer-challenge`,
      due,
      summary: `${status === "complete" ? "Done: " : ""}${title}`,
      description: [
        `Owner: ${action.owners?.length ? action.owners.join(", ") : "none named"}`,
        `Status: ${statusLabel(status)}${f.noStatus && status === f.status ? " (none given)" : ""}`,
        ...(target !== undefined ? [`Target: ${target}${was !== undefined ? ` (${was})` : ""}`] : []),
        `Recommendation ${action.recommendation}: ${recommendation?.title ?? "(not in the plan)"}`,
      ].join("\n"),
      cancelled: status === "cancelled",
      sequence: action.updates?.length ?? 0,
    });
    const id = encodeURIComponent(action.id);
    if (due !== undefined) events.push(event(id, due, `${action.id}: ${action.title || "(no text)"}`, f.status, action.timescale, wasText(action, dueOptions)));
    for (const step of action.steps ?? []) {
      // Steps with a date of their own (or their letter's milestone); a step takes its action's status unless it has
      // its own, and is cancelled with it.
      const { due, status } = stepFacts(action, step, f.status, ctx);
      if (due === undefined) continue;
      events.push(event(`${id}.${encodeURIComponent(step.id)}`, due, `${action.id}${step.id}: ${step.text || "(no text)"}`, status, step.timescale, undefined));
    }
  }
  const name = options.name ?? `${councilNameOf(plan)}: CPC action plan`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//peer-challenge//CPC action plan//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${text(name)}`,
  ];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${text(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(e.due)}`,
      `DTEND;VALUE=DATE:${compact(addCalendarDays(e.due, 1))}`,
      `SUMMARY:${text(e.summary)}`,
      `DESCRIPTION:${text(e.description)}`,
      `SEQUENCE:${e.sequence}`,
      "TRANSP:TRANSPARENT",
      ...(e.cancelled ? ["STATUS:CANCELLED"] : []),
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
