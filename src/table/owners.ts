/**
 * An owners cell, split into its owners. Browser-safe.
 */

/**
 * Splits an owners cell: line breaks and semicolons always part owners; a "/" parts them
 * where it is spaced ("Planning / legal") or each side is a name or a post of two words or
 * more ("Sarah Ireland/Stephen Evans"), and not where a tight slash joins single words or
 * an abbreviation inside one post's title ("Head of IG/DPO"), unless every side is a person's
 * initials of two or three capitals ("DM/PL/KL" is three officers). Names are trimmed, a
 * full stop ending a sentence-like cell ("Alan Hunter.") is dropped, and blanks are dropped.
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
 * splitOwners("DM/PL/KL");
 * //=> ["DM", "PL", "KL"]
 * ```
 */
export function splitOwners(cell: string): string[] {
  return cell
    .split(/[;\n]/)
    .flatMap(splitPosts)
    .map((o) => o.trim().replace(/(?<=[a-z]{2})\.$/, ""))
    .filter((o) => o !== "");
}

/**
 * One line of an owners cell, split on "/" where the slash is spaced ("Planning / legal")
 * or every side is two words or more ("Sarah Ireland/Stephen Evans"); a tight slash
 * between single words is inside one post's title ("Head of IG/DPO", "Finance/HR").
 */
function splitPosts(line: string): string[] {
  const parts = line.split("/");
  if (parts.length < 2) return parts;
  const spaced = /\s\/|\/\s/.test(line);
  // "DM/PL/KL": officers' initials, each two or three capitals.
  const initials = parts.every((p) => /^[A-Z]{2,3}$/.test(p.trim()));
  return spaced || initials || parts.every((p) => p.trim().split(/\s+/).length >= 2) ? parts : [line];
}
