// Writes the JSON Schema generated from the zod schemas into the package, so that
// editors and other languages' tools can use it. Run by `npm run build`.
import { writeFileSync } from "node:fs";
import { planJsonSchema } from "../dist/schema.js";

// At the package root, so that every module resolution (node10 included) finds it.
const out = new URL("../action-plan.schema.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(planJsonSchema, null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
