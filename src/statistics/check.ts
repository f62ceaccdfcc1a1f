/**
 * Options are checked the same way by every function that takes them: a value the
 * function does not know is a `RangeError` naming the function, the option and the
 * values allowed, never silently read as the default.
 */
import { isCalendarDate } from "../dates.js";

type Check = (value: unknown) => string | undefined;

const oneOf =
  (...allowed: readonly string[]): Check =>
  (v) =>
    typeof v === "string" && (allowed as readonly unknown[]).includes(v) ? undefined : `must be ${allowed.map((a) => JSON.stringify(a)).join(" or ")}`;

const date: Check = (v) => (typeof v === "string" && isCalendarDate(v) ? undefined : "must be a date written YYYY-MM-DD");

const wholeNumber =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? undefined : `must be a whole number from ${min} to ${max}`;

const thresholds: Check = (v) => {
  const problem = "must be { onTrack, monitor }, fractions from 0 to 10 with monitor no more than onTrack";
  if (typeof v !== "object" || v === null || Array.isArray(v)) return problem;
  const { onTrack = 0.9, monitor = 0.7 } = v as { onTrack?: unknown; monitor?: unknown };
  const ok = (x: unknown): x is number => typeof x === "number" && x >= 0 && x <= 10;
  return ok(onTrack) && ok(monitor) && monitor <= onTrack ? undefined : problem;
};

// Stryker disable all: built when the module loads, which Stryker's vitest runner does not redo for a mutant; changed by
// hand (2026-11-24: "brag" blanked), test/options-check.test.ts, which asserts every option's message, failed
/** Every option of the statistics, the reports and the comparison, with its check. */
const CHECKS: Readonly<Record<string, Check>> = {
  asOf: date,
  since: date,
  rounding: oneOf("largest-remainder", "nearest"),
  decimals: wholeNumber(0, 6),
  scheme: oneOf("rag", "brag"),
  dueSoonDays: wholeNumber(0, 3660),
  withinDays: wholeNumber(0, 3660),
  quarters: oneOf("calendar", "financial"),
  by: oneOf("theme", "recommendation", "owner", "heading", "status"),
  overdueCountsAs: oneOf("not-progressed", "expected-progress"),
  from: date,
  to: date,
  every: oneOf("month", "quarter"),
  ragRule: oneOf("status", "expected-progress"),
  weighted: (v) => (typeof v === "boolean" ? undefined : "must be true or false"),
  expectedProgress: thresholds,
};
// Stryker restore all

/**
 * Checks the options given to `fn`: each one present (not `undefined`) must be allowed.
 *
 * @throws RangeError naming the option, the value and what is allowed.
 */
export function checkOptions(fn: string, options: object | undefined, required?: readonly string[]): void {
  if (options === undefined) {
    if (required !== undefined && required.length > 0) throw new RangeError(`${fn}: the option ${required[0]} is required`);
    return;
  }
  const given: unknown = options; // a caller in JavaScript may pass anything
  if (typeof given !== "object" || given === null) throw new RangeError(`${fn}: options must be an object, not ${given === null ? "null" : typeof given}`);
  const o = options as Record<string, unknown>;
  for (const name of required ?? []) if (o[name] === undefined) throw new RangeError(`${fn}: the option ${name} is required`);
  for (const name in CHECKS) {
    // Own options only: a list given as options has an `every` method, which is no option.
    if (!Object.hasOwn(o, name)) continue;
    const value = o[name];
    if (value === undefined) continue;
    const problem = CHECKS[name]!(value);
    if (problem !== undefined) throw new RangeError(`${fn}: ${name} ${problem}, not ${shown(value)}`);
  }
}

function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === "object" && value !== null ? (Array.isArray(value) ? "a list" : "an object") : String(value);
}
