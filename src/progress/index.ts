export { progressHeadline, type ProgressHeadline, type ProgressHeadlineOptions, type Share } from "./headline.js";
export { cpcCalendar, type CpcCalendar } from "./calendar.js";
