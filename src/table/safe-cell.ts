/**
 * Cells written where a spreadsheet will open them: in a module of its own, so that the
 * terminal's tables take it without loading the table writer.
 */
/**
 * A cell as written: one that a spreadsheet would run as a formula (it begins with `=`,
 * `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, as OWASP advises, and so
 * does one that already begins with `'` and one of those, so that the reader can take
 * exactly one off. NUL characters, which no spreadsheet keeps, are left out (`csvLosses`
 * says so).
 */
export function safeCell(cell: string): string {
  const text = cell.includes("\u0000") ? cell.replaceAll("\u0000", "") : cell;
  return FORMULA_START.test(text) || (text.charCodeAt(0) === 39 && FORMULA_START.test(text.slice(1))) || text.startsWith("''") ? `'${text}` : text;
}

/** What a spreadsheet reads as the start of a formula. */
// Stryker disable next-line Regex: top-level, never reloaded for a mutant; unanchored by hand, it failed the writer's tests
const FORMULA_START = /^[=+\-@\t\r]/;
