import * as z from "zod";
import { actionPlanZod } from "./plan.js";

/**
 * The JSON Schema (draft 2020-12) of the action-plan file format, generated from
 * the zod schemas so it can never disagree with them. Editors (VS Code, the YAML
 * language server) and other languages' validators can use it; a copy ships in
 * the package as `peer-challenge/action-plan.schema.json`.
 *
 * It describes the canonical format: a status such as "Completed" or a date in
 * the status column fails it, where {@link validatePlan} reads them with a warning.
 *
 * @category Validation
 * @example
 * ```ts
 * import { planJsonSchema } from "peer-challenge/schema";
 * planJsonSchema.required;
 * //=> ["schemaVersion", "recommendations", "actions"]
 * ```
 */
export const planJsonSchema: Readonly<Record<string, unknown>> = Object.freeze({
  $id: "https://unpkg.com/peer-challenge/action-plan.schema.json",
  title: "Corporate Peer Challenge action plan",
  ...z.toJSONSchema(actionPlanZod, { target: "draft-2020-12", io: "input", unrepresentable: "any" }),
});
