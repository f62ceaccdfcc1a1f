import * as z from "zod";
import { actionPlanZod } from "./plan.js";

/** A part of a JSON Schema, as z.toJSONSchema writes it. */
interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/**
 * The JSON Schema with what each part of the format means. The descriptions live here, not
 * on the zod schemas (issue 32): there they were 3 KB of every app that validates a plan
 * (840 bytes gzipped of a 60 KB budget), and only the JSON Schema shows them. A path names
 * a property ("council.name") or, with "[]", the items of an array ("actions[].id"); one
 * that names no part of the schema throws, so a renamed field cannot lose its description
 * quietly.
 */
function described(schema: Record<string, unknown>): Record<string, unknown> {
  for (const [path, description] of Object.entries(DESCRIPTIONS)) {
    let node: SchemaNode | undefined = schema;
    for (const step of path === "" ? [] : path.split(".")) {
      const items = step.endsWith("[]");
      node = node?.properties?.[items ? step.slice(0, -2) : step];
      if (items) node = node?.items;
    }
    if (node === undefined) throw new Error(`the JSON Schema has no ${JSON.stringify(path)} to describe`);
    node.description = description;
  }
  return schema;
}

const DATE = "A calendar date, YYYY-MM-DD, with no time or zone.";
const DATE_OR_MONTH = "A calendar date, YYYY-MM-DD, or a month, YYYY-MM, where the source gives only the month.";
const PERCENT = "How far the work has got, 0 to 100.";
const STATUS = "Canonical status: not-started, in-progress, complete, ongoing, on-hold or cancelled.";
const OWNER = "An owner: a person, a post or a team, as published.";
const RAG = "RAG rating: red, amber, green, or blue (complete) in BRAG schemes.";

// What each part of the format means, by its path in the schema (see described).
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  "": "A council's Corporate Peer Challenge action plan.",
  schemaVersion: "The version of this file format. Always 1.",
  council: "The council whose plan this is. Left out only where the source does not say (a tracker); validatePlan warns.",
  "council.name": "The council's name.",
  "council.code": "The council's ONS/GSS code, e.g. E07000146.",
  title: "The plan's title, as published.",
  framework: "Theme framework: current (default) or previous.",
  peerChallenge: "When the peer team was on site. Left out only where the source does not say; validatePlan warns.",
  "peerChallenge.start": DATE_OR_MONTH,
  "peerChallenge.end": DATE_OR_MONTH,
  "peerChallenge.nextBy": "By when the next corporate peer challenge is expected: YYYY, YYYY-MM or YYYY-MM-DD.",
  publishedOn: DATE_OR_MONTH,
  ragScheme: "The council's RAG scheme: rag, or brag (blue for complete).",
  focusAreas: "Local focus areas added to the five themes.",
  "focusAreas[]": "A focus area, as the council named it.",
  peerTeam: "The peer team, as the report names it.",
  "peerTeam[]": "A member of the peer team.",
  "peerTeam[].name": "The peer's name, as the report gives it.",
  "peerTeam[].role": "The peer's role.",
  "peerTeam[].organisation": "The peer's council or organisation.",
  recommendations: "The recommendations, in published order.",
  "recommendations[]": "A recommendation of the peer team.",
  "recommendations[].id": 'The recommendation\'s id, e.g. "R1". Unique in the plan.',
  "recommendations[].title": "The recommendation's wording, as published.",
  "recommendations[].themes": "Theme ids of the plan's framework.",
  "recommendations[].themes[]": "A theme id of the plan's framework.",
  "recommendations[].heading": "A local grouping heading, as published.",
  "recommendations[].points": "The recommendation's sub-points, as published.",
  "recommendations[].points[]": "A sub-point, as published.",
  actions: "The actions, in published order.",
  "actions[]": "An action of the plan.",
  "actions[].id": 'The action\'s number as published, e.g. "1.1". Unique in the plan.',
  "actions[].recommendation": "The id of the recommendation this action answers.",
  "actions[].title": "What the action is, as published.",
  "actions[].steps": "The lettered steps, in order.",
  "actions[].steps[]": "A lettered step of an action.",
  "actions[].steps[].id": 'The step\'s letter or number within its action, e.g. "a".',
  "actions[].steps[].text": "What the step does, as published.",
  "actions[].steps[].timescale": "The step's target, free text as published.",
  "actions[].steps[].due": DATE,
  "actions[].steps[].status": STATUS,
  "actions[].steps[].rag": RAG,
  "actions[].steps[].percentComplete": PERCENT,
  "actions[].owners": "Who leads the action, one entry each.",
  "actions[].owners[]": OWNER,
  "actions[].timescale": "The target, free text exactly as published.",
  "actions[].due": DATE,
  "actions[].status": STATUS,
  "actions[].statusText": 'The status as the council wrote it, where it is no status peer-challenge reads ("Update to follow"): the action is counted apart.',
  "actions[].rag": RAG,
  "actions[].percentComplete": PERCENT,
  "actions[].weight": "The action's weight in weighted figures; 1 when left out.",
  "actions[].comments": "Comments or milestones, as published.",
  "actions[].updates": "Dated progress updates, oldest first.",
  "actions[].updates[]": "A dated progress update.",
  "actions[].updates[].date": DATE,
  "actions[].updates[].status": STATUS,
  "actions[].updates[].rag": RAG,
  "actions[].updates[].timescale": "The target from this date on, free text.",
  "actions[].updates[].due": DATE,
  "actions[].updates[].owners": "The owners from this date on.",
  "actions[].updates[].owners[]": OWNER,
  "actions[].updates[].note": "What was said about progress.",
  "actions[].updates[].previous": "The values this update replaced; a key left out means there was none.",
  "actions[].updates[].previous.status": STATUS,
  "actions[].updates[].previous.rag": RAG,
  "actions[].updates[].previous.due": DATE,
  "actions[].updates[].previous.timescale": "The target before this update, free text.",
  "actions[].updates[].previous.owners": "The owners before this update.",
  "actions[].updates[].previous.owners[]": OWNER,
};

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
  ...described(z.toJSONSchema(actionPlanZod, { target: "draft-2020-12", io: "input", unrepresentable: "any" })),
});
