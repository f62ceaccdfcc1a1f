/**
 * The fixed vocabulary of an action plan: canonical statuses and RAG ratings.
 *
 * These constants are plain data (no zod) so that the root entry point stays
 * small; the zod schemas in `peer-challenge/schema` are built from them.
 *
 * @module
 */

/**
 * The canonical action statuses, in the order reports list them.
 *
 * - `not-started`: no work yet (an action with no status counts as this).
 * - `in-progress`: under way.
 * - `complete`: done.
 * - `ongoing`: continuing, business as usual; never overdue.
 * - `on-hold`: deferred, suspended or rescheduled.
 * - `cancelled`: deleted or withdrawn; left out of statistics and counted apart.
 *
 * @category Status & RAG
 * @example
 * ```ts
 * import { STATUSES } from "peer-challenge";
 * STATUSES.includes("complete");
 * //=> true
 * ```
 */
export const STATUSES = ["not-started", "in-progress", "complete", "ongoing", "on-hold", "cancelled"] as const;

/**
 * A canonical action status. See {@link STATUSES} for what each means.
 *
 * @category Status & RAG
 * @example
 * ```ts
 * import type { Status } from "peer-challenge";
 * const status: Status = "in-progress";
 * ```
 */
export type Status = (typeof STATUSES)[number];

/**
 * The canonical RAG ratings. `blue` means complete, for plans that use a BRAG scheme.
 *
 * @category Status & RAG
 * @example
 * ```ts
 * import { RAGS } from "peer-challenge";
 * RAGS;
 * //=> ["red", "amber", "green", "blue"]
 * ```
 */
export const RAGS = ["red", "amber", "green", "blue"] as const;

/**
 * A RAG rating: red, amber, green, or blue (complete, in BRAG schemes).
 *
 * @category Status & RAG
 * @example
 * ```ts
 * import type { Rag } from "peer-challenge";
 * const rag: Rag = "amber";
 * ```
 */
export type Rag = (typeof RAGS)[number];

/**
 * Which set of five themes a plan's recommendations use: `current` (since 2021)
 * or `previous` (the 2017-2020 "core components").
 *
 * @category Themes
 * @example
 * ```ts
 * import { FRAMEWORKS } from "peer-challenge";
 * FRAMEWORKS;
 * //=> ["current", "previous"]
 * ```
 */
export const FRAMEWORKS = ["current", "previous"] as const;

/**
 * A theme framework: `"current"` or `"previous"`. See {@link FRAMEWORKS}.
 *
 * @category Themes
 * @example
 * ```ts
 * import type { Framework } from "peer-challenge";
 * const framework: Framework = "previous";
 * ```
 */
export type Framework = (typeof FRAMEWORKS)[number];

/**
 * The ids of the five themes of the current framework, in framework order.
 *
 * @category Themes
 * @example
 * ```ts
 * import { CURRENT_THEME_IDS } from "peer-challenge";
 * CURRENT_THEME_IDS[3];
 * //=> "financial-planning-and-management"
 * ```
 */
export const CURRENT_THEME_IDS = [
  "local-priorities-and-outcomes",
  "organisational-and-place-leadership",
  "governance-and-culture",
  "financial-planning-and-management",
  "capacity-for-improvement",
] as const;

/**
 * The ids of the five core components of the previous (2017-2020) framework, in order.
 *
 * @category Themes
 * @example
 * ```ts
 * import { PREVIOUS_THEME_IDS } from "peer-challenge";
 * PREVIOUS_THEME_IDS[1];
 * //=> "leadership-of-place"
 * ```
 */
export const PREVIOUS_THEME_IDS = [
  "local-place-and-priority-setting",
  "leadership-of-place",
  "organisational-leadership-and-governance",
  "financial-planning-and-viability",
  "capacity-to-deliver",
] as const;

/**
 * The id of a theme in either framework.
 *
 * @category Themes
 * @example
 * ```ts
 * import type { ThemeId } from "peer-challenge";
 * const theme: ThemeId = "governance-and-culture";
 * ```
 */
export type ThemeId = CurrentThemeId | PreviousThemeId;

/**
 * The id of a theme of the current framework.
 *
 * @category Themes
 * @example
 * ```ts
 * import type { CurrentThemeId } from "peer-challenge";
 * const theme: CurrentThemeId = "capacity-for-improvement";
 * ```
 */
export type CurrentThemeId = (typeof CURRENT_THEME_IDS)[number];

/**
 * The id of a core component of the previous (2017-2020) framework.
 *
 * @category Themes
 * @example
 * ```ts
 * import type { PreviousThemeId } from "peer-challenge";
 * const theme: PreviousThemeId = "capacity-to-deliver";
 * ```
 */
export type PreviousThemeId = (typeof PREVIOUS_THEME_IDS)[number];

/**
 * How each previous-framework theme carries over to the current framework.
 * Organisational leadership and governance split in 2021: its leadership half went
 * to "Organisational and place leadership", its governance half to "Governance and culture".
 *
 * @category Themes
 * @example
 * ```ts
 * import { PREVIOUS_TO_CURRENT } from "peer-challenge";
 * PREVIOUS_TO_CURRENT["organisational-leadership-and-governance"];
 * //=> ["organisational-and-place-leadership", "governance-and-culture"]
 * ```
 */
export const PREVIOUS_TO_CURRENT: Readonly<Record<PreviousThemeId, readonly CurrentThemeId[]>> = {
  "local-place-and-priority-setting": ["local-priorities-and-outcomes"],
  "leadership-of-place": ["organisational-and-place-leadership"],
  "organisational-leadership-and-governance": ["organisational-and-place-leadership", "governance-and-culture"],
  "financial-planning-and-viability": ["financial-planning-and-management"],
  "capacity-to-deliver": ["capacity-for-improvement"],
};

const STATUS_SET: ReadonlySet<unknown> = new Set(STATUSES);
const RAG_SET: ReadonlySet<unknown> = new Set(RAGS);
const THEME_SET: ReadonlySet<unknown> = new Set([...CURRENT_THEME_IDS, ...PREVIOUS_THEME_IDS]);

/**
 * Whether a value is a canonical {@link Status}. Council wordings ("Completed") are not:
 * map them with `normaliseStatus`.
 *
 * @category Status & RAG
 * @example
 * ```ts
 * import { isStatus, type Status } from "peer-challenge";
 * const raw: unknown = "on-hold";
 * const status: Status | undefined = isStatus(raw) ? raw : undefined;
 * isStatus("Completed");
 * //=> false
 * ```
 */
export function isStatus(value: unknown): value is Status {
  return STATUS_SET.has(value);
}

/**
 * Whether a value is a canonical {@link Rag}. Council wordings ("Amber") are not: map
 * them with `normaliseRag`.
 *
 * @category Status & RAG
 * @example
 * ```ts
 * import { isRag, type Rag } from "peer-challenge";
 * const raw: unknown = "amber";
 * const rag: Rag | undefined = isRag(raw) ? raw : undefined;
 * isRag("Amber");
 * //=> false
 * ```
 */
export function isRag(value: unknown): value is Rag {
  return RAG_SET.has(value);
}

/**
 * Whether a value is the id of a theme of either framework.
 *
 * @category Themes
 * @example
 * ```ts
 * import { isThemeId, type ThemeId } from "peer-challenge";
 * const raw: unknown = "governance-and-culture";
 * const theme: ThemeId | undefined = isThemeId(raw) ? raw : undefined;
 * isThemeId("Governance and culture");
 * //=> false
 * ```
 */
export function isThemeId(value: unknown): value is ThemeId {
  return THEME_SET.has(value);
}

const STATUS_LABELS: Readonly<Record<Status, string>> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  complete: "Complete",
  ongoing: "Ongoing",
  "on-hold": "On hold",
  cancelled: "Cancelled",
};

const RAG_LABELS: Readonly<Record<Rag, string>> = { red: "Red", amber: "Amber", green: "Green", blue: "Blue (complete)" };

/**
 * The words people read for a status, as the reports print them.
 *
 * @category Status & RAG
 * @example
 * ```ts
 * import { statusLabel } from "peer-challenge";
 * statusLabel("in-progress");
 * //=> "In progress"
 * ```
 */
export function statusLabel(status: Status): string {
  return STATUS_LABELS[status];
}

/**
 * The words people read for a RAG rating, as the reports print them beside the colour
 * (colour alone fails people who cannot tell the colours apart). Blue says what it
 * means: "Blue (complete)".
 *
 * @category Status & RAG
 * @example
 * ```ts
 * import { ragLabel } from "peer-challenge";
 * ragLabel("amber");
 * //=> "Amber"
 * ```
 */
export function ragLabel(rag: Rag): string {
  return RAG_LABELS[rag];
}

/**
 * What the outputs call a plan's council: its name, or "Council not named" where the plan
 * does not say (a tracker read without a council line).
 *
 * @category Model
 * @example
 * ```ts
 * import { councilNameOf } from "peer-challenge";
 * councilNameOf({ council: { name: "Royal Borough of Kingston upon Thames" } });
 * //=> "Royal Borough of Kingston upon Thames"
 * councilNameOf({});
 * //=> "Council not named"
 * ```
 */
export function councilNameOf(plan: { readonly council?: { readonly name: string } | undefined }): string {
  return plan.council?.name ?? "Council not named";
}
