// Where a refused JSON text goes wrong (src/read/json-error.ts, issue 32) is found as
// jsonc-parser found it before (kept as a devDependency for this): the offset of the first
// error, on texts built from JSON's tokens, broken ones and stray characters, and on real
// plans broken at a random place.
import { fc, test } from "@fast-check/vitest";
import { visit } from "jsonc-parser";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { firstJsonError } from "../../src/read/json-error.js";
import { examplePath } from "../helpers.js";

/** jsonc-parser's first error, as the reader asked for it before issue 32. */
function reference(text: string): number | undefined {
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
    // stopped at the first error
  }
  return offset;
}

const piece = fc.constantFrom(
  ...["{", "}", "[", "]", ":", ",", " ", "\n", "\r\n", "\t", '"', '"a"', '"\\n"', '"\\u00e9"', '"\\u12"', '"\\x"', "\\", "\u0001", "\u00a0", "\ufeff"],
  ...["0", "01", "-", "-0", "-1.5", "1.", "1e", "1e+", "1E-3", ".5", "+1", "true", "tru", "false", "null", "nul", "NaN", "/", "//c\n", "/*c*/", "/*", "x", "é"],
);
const jsonish = fc.array(piece, { maxLength: 16 }).map((p) => p.join(""));

describe("the first error of a JSON text, as jsonc-parser found it", () => {
  test.prop([jsonish], { numRuns: 5000 })("texts of JSON's tokens, broken tokens and stray characters", (text) => {
    expect(firstJsonError(text)).toBe(reference(text));
  });

  const plan = readFileSync(examplePath("kingston-2019.json"), "utf8");
  test.prop([fc.nat({ max: plan.length - 1 }), fc.constantFrom("", ",", "}", '"', "x", "\n", "/")], { numRuns: 1000 })(
    "Kingston's plan with one character taken out or put in",
    (at, put) => {
      const text = plan.slice(0, at) + put + plan.slice(at + (put === "" ? 1 : 0));
      expect(firstJsonError(text)).toBe(reference(text));
    },
  );

  it("finds nothing in good JSON, and the end of a text cut short", () => {
    expect(firstJsonError(plan)).toBeUndefined();
    // `{"a": [1, 2` is cut after 2: the first error is at its end, offset 11.
    expect(firstJsonError('{"a": [1, 2')).toBe(11);
  });
});
