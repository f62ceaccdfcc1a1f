/**
 * peer-challenge: the LGA Corporate Peer Challenge in code.
 *
 * The root entry point is browser-safe and loads no zod at run time; validation
 * lives in `peer-challenge/schema`.
 *
 * @packageDocumentation
 */
export * from "./model/vocabulary.js";
export type {
  ActionPlan,
  Action,
  Council,
  PeerChallengeDates,
  PeerTeamMember,
  Recommendation,
  Step,
  Update,
  UpdatePrevious,
  ProgressReview,
} from "./model/types.js";
export {
  THEMES,
  PREVIOUS_THEMES,
  themeById,
  themesOf,
  matchTheme,
  type Theme,
  type ThemeMatch,
  type ThemeFound,
  type NoThemeMatch,
  type MatchThemeOptions,
} from "./themes/index.js";
export { normaliseStatus, normaliseRag, wordingOf, type WordingMeaning, type Wordings } from "./status/index.js";
export * from "./timescale/index.js";
export { isCalendarDate, todayInLondon, type CalendarDate } from "./dates.js";
export * from "./statistics/index.js";
export { ISSUE_CODES, type Issue, type IssueAt, type IssueCode } from "./model/issue.js";
export { PlanDataError, UPDATE_ERROR_CODES, UpdateError, type UpdateErrorCode } from "./model/errors.js";
export * from "./progress/index.js";
export * from "./portfolio/index.js";
export { ownerReturns, returnPlanKey, type OwnerReturn, type OwnerReturnsOptions, type ReturnItem } from "./returns/index.js";
