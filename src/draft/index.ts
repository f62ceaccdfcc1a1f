/**
 * peer-challenge/draft: a draft action plan from the text of a CPC feedback report or a
 * recommendations document. Browser-safe: text in, no Node built-ins.
 *
 * @packageDocumentation
 */
export { draftPlan, type DraftPlanOptions, type DraftResult } from "./read.js";
