/**
 * How a status someone wrote is read, in one place for validatePlan and the statistics:
 * the same action gives the same status and target through either door.
 */
import { STATUSES, type Status } from "../model/vocabulary.js";
import { parseTimescale } from "../timescale/parse.js";
import { normaliseStatus } from "../status/index.js";

/**
 * What a status (and the timescale beside it) are read as.
 * - `canonical`, `none`: as written, or no status;
 * - `wording`: a wording `normaliseStatus` knows ("Completed");
 * - `swapped`: the status is a date and the timescale a status: the columns were swapped;
 * - `date-as-target`: the status is a date and there is no timescale: it is the target;
 * - `date-ignored`: the status is a date beside a timescale: no status;
 * - `unknown`: none of these; the statistics refuse it, validatePlan reports it.
 */
export type StatusReading = "canonical" | "none" | "wording" | "swapped" | "date-as-target" | "date-ignored" | "unknown";

/** A status and timescale as read: `timescale` is the text the target is read from. */
export interface ReadStatus {
  readonly status: Status | undefined;
  readonly timescale: unknown;
  readonly how: StatusReading;
}

/** Reads an action's status, and its timescale where the two columns were swapped. */
export function readStatus(status: unknown, timescale: unknown): ReadStatus {
  if (status === undefined) return { status: undefined, timescale, how: "none" };
  if (typeof status !== "string") return { status: undefined, timescale, how: "unknown" };
  if ((STATUSES as readonly string[]).includes(status)) return { status: status as Status, timescale, how: "canonical" };
  if (status.trim() === "") return { status: undefined, timescale, how: "none" };
  const canonical = normaliseStatus(status);
  if (canonical) return { status: canonical, timescale, how: "wording" };
  const asDate = parseTimescale(status);
  if (asDate.kind !== "date" && asDate.kind !== "milestones") return { status: undefined, timescale, how: "unknown" };
  const t = typeof timescale === "string" ? parseTimescale(timescale) : undefined;
  if (t?.kind === "status" || t?.kind === "ongoing") return { status: t.kind === "status" ? t.status : "ongoing", timescale: status, how: "swapped" };
  if (t === undefined || timescale === "") return { status: undefined, timescale: status, how: "date-as-target" };
  return { status: undefined, timescale, how: "date-ignored" };
}
