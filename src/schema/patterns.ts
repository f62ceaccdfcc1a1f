/**
 * The date patterns of the plan format, in one place and without zod: the schema
 * (plan.ts), the fast reader and the CLI use these.
 *
 * @internal
 * @module
 */

/**
 * A calendar date, YYYY-MM-DD, that exists (29 February only in a leap year): the same
 * pattern as zod's `z.regexes.date`, which `z.iso.date()` uses (a test holds them equal).
 */
export const DATE =
  // eslint-disable-next-line regexp/no-useless-non-capturing-group -- zod's source exactly, "(?:02)" and all: a test compares the two
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

/** A month, YYYY-MM: a CPC or publication date known only to the month. */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A year, YYYY: "the next corporate peer challenge by 2024". */
export const YEAR = /^\d{4}$/;

/** A date or a month. */
export const isMonthOrDate = (v: string): boolean => DATE.test(v) || MONTH.test(v);
