/** `cpc schema`: the JSON Schema of the plan format. */
import { planJsonSchema } from "../../schema/json-schema.js";
import type { Context } from "../context.js";

/** Prints the JSON Schema (draft 2020-12). */
export function schemaCommand(ctx: Context): number {
  ctx.out(`${JSON.stringify(planJsonSchema, null, 2)}\n`);
  return 0;
}
