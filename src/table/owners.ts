/**
 * An owners cell, split into its owners. Browser-safe.
 */

/**
 * Splits an owners cell: line breaks and semicolons always part owners; a "/" parts them
 * where each side is a name or a post of two words or more ("Sarah Ireland / Stephen
 * Evans"), and not where one side is a single word or an abbreviation, as in one post's
 * title ("Head of IG/DPO", "Finance/HR Manager"). Names are trimmed and blanks dropped.
 *
 * @param cell - The cell as written.
 * @returns The owners, in order.
 * @category Import and export
 * @example
 * ```ts
 * import { splitOwners } from "peer-challenge/csv";
 * splitOwners("Sarah Ireland/ Stephen Evans");
 * //=> ["Sarah Ireland", "Stephen Evans"]
 * splitOwners("Head of IG/DPO");
 * //=> ["Head of IG/DPO"]
 * ```
 */
export function splitOwners(cell: string): string[] {
  return cell
    .split(/[;\n]/)
    .flatMap(splitPosts)
    .map((o) => o.trim())
    .filter((o) => o !== "");
}

/** One line of an owners cell, split on "/" only where every side is two words or more. */
function splitPosts(line: string): string[] {
  const parts = line.split("/");
  if (parts.length < 2) return parts;
  return parts.every((p) => p.trim().split(/\s+/).length >= 2) ? parts : [line];
}
