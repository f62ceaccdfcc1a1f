/**
 * Where a text JSON.parse refuses goes wrong: jsonc-parser's scanner stops at the first
 * error. Its own module, so that a good JSON file is read without loading it. Browser-safe.
 */
import { visit } from "jsonc-parser";

/** The offset of the first error in a JSON text, or undefined. */
export function firstJsonError(text: string): number | undefined {
  let offset: number | undefined;
  try {
    visit(
      text,
      {
        onError: (_error, errorOffset) => {
          offset = errorOffset;
          throw new Error("stop");
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch {
    // stopped at the first error, or nested too deeply to scan
  }
  return offset;
}
