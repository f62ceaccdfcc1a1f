/**
 * peer-challenge/schema: the zod schemas of the file format, validation and the
 * JSON Schema. Kept apart from the root entry so that an app computing statistics
 * does not bundle zod.
 *
 * @packageDocumentation
 */
export { actionPlanSchema, actionSchema, recommendationSchema, stepSchema, updateSchema, statusSchema, ragSchema, themeIdSchema } from "./plan.js";
export { validatePlan, type InvalidPlan, type ValidatePlanOptions, type ValidationResult, type ValidPlan } from "./validate.js";
export type { Issue, IssueCode } from "../model/issue.js";
export { planJsonSchema } from "./json-schema.js";
export { progressReviewSchema } from "./progress-review.js";
