export { percentages, type PercentagesOptions, type Rounding } from "./percentages.js";
export type { AsOfOptions, RagRuleOptions, SummaryOptions } from "./options.js";
export { statusBasis, type RagSummary, type StatusSummary } from "./tally.js";
export type { StatusSource } from "./classify.js";
export { statusSummary, ragSummary } from "./summary.js";
export type { PlanOrActions, PlanPart } from "./classify.js";
export {
  overdueActions,
  overdueSteps,
  type OverdueStepOfAction,
  actionsWithoutTarget,
  type OverdueAction,
  type OverdueStep,
  type ActionWithoutTarget,
  type NoTargetReason,
} from "./overdue.js";
export { rollup, rollupByTheme, type Rollup, type RollupBy, type RollupGroup, type RollupKey, type RollupOptions } from "./rollup.js";
export { dueSoon, remindersByOwner, type DueSoonItem, type DueSoonOptions, type OverdueItem, type OwnerReminder } from "./due.js";
export { percentCompleteOf } from "./complete.js";
