export { parseTimescale } from "./parse.js";
export { dueDate, type DueDateOptions } from "./due.js";
export type {
  DateTimescale,
  Frequency,
  Milestone,
  MilestonesTimescale,
  OngoingTimescale,
  ParseTimescaleOptions,
  Precision,
  RecurringTimescale,
  StatusTimescale,
  Timescale,
  UnknownTimescale,
} from "./types.js";
