/**
 * zod's issues, for a plan of the wrong shape, in words a council officer understands,
 * with the codes of {@link ISSUE_CODES}.
 *
 * @internal
 * @module
 */
import type * as z from "zod";
import { makeIssue, type Issue } from "../model/issue.js";
import { RAGS, STATUSES } from "../model/vocabulary.js";
import { describeType, quote, where, type Path } from "./where.js";

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = Object.prototype.hasOwnProperty.call(v, key) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return v;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: "text",
  array: "a list",
  object: "an object",
  number: "a number",
};

/** One zod issue as a peer-challenge issue. */
export function fromZod(zi: z.core.$ZodIssue, input: unknown): Issue {
  const path: Path = zi.path.map((k) => (typeof k === "symbol" ? String(k) : k));
  const field = String(path[path.length - 1] ?? "plan");
  const label = where(path, input);
  const value = valueAt(input, zi.path);
  switch (zi.code) {
    case "invalid_type":
      if (value === undefined) {
        return makeIssue("missing-field", path, `${label}: "${field}" is missing.`, `Give ${EXPECTED[zi.expected] ?? zi.expected}.`);
      }
      return makeIssue("wrong-type", path, `${label}: "${field}" should be ${EXPECTED[zi.expected] ?? zi.expected}, not ${describeType(value)}.`, undefined, {
        value,
      });
    case "invalid_value": {
      if (field === "status" || (path.includes("updates") && field === "status")) {
        return makeIssue("unknown-status", path, `${label}: ${quote(value)} is not a known status.`, `Use one of: ${STATUSES.join(", ")}.`, {
          value,
          allowed: STATUSES,
        });
      }
      if (field === "rag") {
        return makeIssue("unknown-rag", path, `${label}: ${quote(value)} is not a RAG rating.`, `Use one of: ${RAGS.join(", ")}.`, { value, allowed: RAGS });
      }
      if (path.includes("themes")) {
        return makeIssue(
          "unknown-theme",
          path,
          `${label}: ${quote(value)} is not a CPC theme.`,
          'Use a theme id such as "governance-and-culture"; matchTheme() recognises headings.',
          { value, allowed: zi.values.map(String) },
        );
      }
      if (field === "schemaVersion") {
        return makeIssue("invalid-value", path, `"schemaVersion" is ${quote(value)}; this version of peer-challenge reads schemaVersion 1.`, undefined, {
          value,
          allowed: ["1"],
        });
      }
      return makeIssue("invalid-value", path, `${label}: "${field}" cannot be ${quote(value)}.`, `Use one of: ${zi.values.map(String).join(", ")}.`, {
        value,
        allowed: zi.values.map(String),
      });
    }
    case "invalid_format":
      if (zi.format === "regex" && field !== "start" && field !== "end" && field !== "publishedOn") {
        return makeIssue("empty-value", path, `${label}: "${field}" is blank.`, "Give its text as published.", { value });
      }
      return invalidDate(path, label, field, value);
    case "invalid_union":
      return invalidDate(path, label, field, value);
    case "too_small":
    case "too_big":
      // A number out of its range: "percentComplete" -5 or 150, "weight" 0.
      if (typeof value === "number") return outOfRange(path, label, field, value);
      return makeIssue(
        "empty-value",
        path,
        `${label}: "${field}" is empty.`,
        field === "themes" ? "Give at least one theme, or leave the field out." : undefined,
      );
    default:
      return makeIssue("invalid-value", path, `${label}: "${field}": ${zi.message}.`, undefined, { value });
  }
}

/** A number outside what its field allows: a percentage from 0 to 100, a weight above 0. */
function outOfRange(path: Path, label: string, field: string, value: number): Issue {
  const allowed = field === "weight" ? "a number above 0 (1 is an action's usual weight)" : "a number from 0 to 100";
  return makeIssue("invalid-value", path, `${label}: "${field}" is ${value}, out of its range.`, `Give ${allowed}.`, { value });
}

function invalidDate(path: Path, label: string, field: string, value: unknown): Issue {
  return makeIssue(
    "invalid-date",
    path,
    `${label}: "${field}" is ${quote(value)}, not a date.`,
    field === "start" || field === "end" || field === "publishedOn" ? "Write YYYY-MM-DD, or YYYY-MM when only the month is known." : "Write YYYY-MM-DD.",
    { value },
  );
}
