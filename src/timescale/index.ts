export { parseTimescale } from "./parse.js";
export { dueDate, stepDueDate, timescaleOptionsOf, type DueDateOptions, type PlanDates } from "./due.js";
export type {
  DateTimescale,
  Frequency,
  Milestone,
  MilestonesTimescale,
  OngoingTimescale,
  ParseTimescaleOptions,
  Precision,
  RecurringTimescale,
  StatusDate,
  StatusTimescale,
  Timescale,
  UnknownCause,
  UnknownTimescale,
} from "./types.js";
