export { progressHeadline, type ProgressHeadline, type ProgressHeadlineOptions, type Share } from "./headline.js";
export { cpcCalendar, type CpcCalendar } from "./calendar.js";
export { updateAction, rescheduleAction, planAsOf, type ActionUpdate, type Reschedule } from "./history.js";
export { originalDue } from "./past.js";
export {
  comparePlans,
  orderSnapshots,
  type ChangedAction,
  type ComparePlansOptions,
  type OverdueSince,
  type PlanComparison,
  type SnapshotOrder,
  type Slip,
} from "./compare.js";
export {
  progressSeries,
  quarterOf,
  periodsBetween,
  type Period,
  type PeriodOptions,
  type PlanSnapshot,
  type ProgressSeriesOptions,
  type SeriesPoint,
} from "./series.js";
