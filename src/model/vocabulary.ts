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
export const STATUSES = [
  "not-started",
  "in-progress",
  "complete",
  "ongoing",
  "on-hold",
  "cancelled",
] as const;

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
