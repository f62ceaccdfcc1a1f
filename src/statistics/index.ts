export { percentages, type PercentagesOptions, type Rounding } from "./percentages.js";
export type { AsOfOptions, RagRuleOptions, SummaryOptions } from "./options.js";
export { statusBasis, type RagSummary, type StatusSummary } from "./tally.js";
export type { StatusSource } from "../facts/action.js";
export { statusSummary, ragSummary } from "./summary.js";
export type { PlanOrActions, PlanPart } from "./input.js";
export {
  overdueActions,
  overdueSteps,
  type OverdueStepOfAction,
  actionsWithoutTarget,
  type OverdueAction,
  type OverdueStep,
  type ActionWithoutTarget,
} from "./overdue.js";
export type { NoTargetReason } from "../facts/target.js";
export { rollup, rollupByTheme, type Rollup, type RollupBy, type RollupGroup, type RollupKey, type RollupOptions } from "./rollup.js";
export { dueSoon, remindersByOwner, type DueSoonItem, type DueSoonOptions, type OverdueItem, type OwnerReminder } from "./due.js";
export { percentCompleteOf } from "../facts/percent.js";
