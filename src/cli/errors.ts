/**
 * The two ways a run of `cpc` fails, and file-system errors in words. Light: `bin.ts`
 * loads this before anything else, so `cpc --help` stays quick.
 */

/** A problem that stops a file being read at all (exit 1: the data is bad). */
export class BadFile extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly position?: { readonly line: number; readonly column?: number },
  ) {
    super(message);
  }
}

/** A problem with how cpc was called or with the file system (exit 2). */
export class UsageError extends Error {}

/** The most cpc reads of one input: a plan of 100,000 actions is 37 MB. */
export const MAX_BYTES = 256 * 1024 * 1024;

/**
 * A file-system error in words a user can act on, for reading (`"no such file"`) or
 * writing (`"no such folder"`: the file is made, its folder must exist).
 */
export function inWords(e: unknown, doing: "read" | "write"): string {
  const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : "";
  switch (code) {
    case "ENOENT":
      return doing === "read" ? "no such file" : "no such folder";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    case "EISDIR":
      return "it is a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOSPC":
      return "the disk is full";
    case "EDQUOT":
      return "the disk quota is used up";
    case "EROFS":
      return "the file system is read-only";
    case "EFBIG":
      return "the file is too large for the file system";
    case "ENAMETOOLONG":
      return "the name is too long";
    case "ELOOP":
      return "the path has too many symbolic links (a loop?)";
    case "EMFILE":
    case "ENFILE":
      return "too many files are open";
    case "EIO":
      return "the device reported an input/output error";
    case "EAGAIN":
      return "the input is not ready to be read (a non-blocking stream)";
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/** The edit distance between two words (Levenshtein), for "did you mean". */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}

/** The nearest of the candidates, if it is near enough to be what was meant. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  // One edit in a short word, two in a longer one, three at most: "valdate", "--fromat", "--asof".
  return best !== undefined && bestDistance <= Math.min(3, Math.max(1, Math.floor(word.length / 3))) ? best : undefined;
}
