/**
 * The fields of each kind of object in a plan, in the order the file format lists them:
 * the one list, read by the fast reader, the unknown-field check, the table reader and
 * writer and the CSV's list of what it cannot carry. A property test holds it to the zod
 * schema (test/properties/fast-parse.property.test.ts).
 *
 * @internal
 * @module
 */

/** The kinds of object in a plan, as the unknown-field warnings name them. */
export type Kind = "plan" | "council" | "peerChallenge" | "peer" | "recommendation" | "action" | "step" | "update" | "previous";

/** The fields each kind of object has, in the schema's order. */
export const FIELDS: Readonly<Record<Kind, readonly string[]>> = {
  plan: ["schemaVersion", "council", "title", "framework", "peerChallenge", "publishedOn", "ragScheme", "focusAreas", "peerTeam", "recommendations", "actions"],
  council: ["name", "code"],
  peerChallenge: ["start", "end", "nextBy"],
  peer: ["name", "role", "organisation"],
  recommendation: ["id", "title", "themes", "heading", "points"],
  action: [
    "id",
    "recommendation",
    "title",
    "steps",
    "owners",
    "timescale",
    "due",
    "status",
    "statusText",
    "rag",
    "percentComplete",
    "weight",
    "comments",
    "updates",
  ],
  step: ["id", "text", "timescale", "due", "status", "rag", "percentComplete"],
  update: ["date", "status", "rag", "timescale", "due", "owners", "note", "previous"],
  previous: ["status", "rag", "timescale", "due", "owners"],
};
