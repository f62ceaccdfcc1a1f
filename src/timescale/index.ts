export { parseTimescale } from "./parse.js";
export { dueDate, type DueDateOptions } from "./due.js";
export type { Frequency, Milestone, ParseTimescaleOptions, Precision, Timescale } from "./types.js";
