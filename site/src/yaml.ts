/**
 * The YAML the page writes (a plan, the column choices, the wordings). A plan is JSON data, so
 * this writes only what JSON holds, in the layout `cpc convert --to yaml` uses: block mappings
 * and sequences, texts plain where no YAML reader could take them for anything else, a text of
 * several lines as a literal block (`|-`), every other text in double quotes with JSON's escapes
 * (which YAML reads alike). Issue 32: js-yaml's writer was 3.7 KB of the page, the `yaml`
 * package's 17 KB; this is under 1 KB. test/site-yaml.test.ts reads its output back with both.
 */

// A text YAML reads as written: it starts with a letter and holds nothing a reader could
// take for a mapping (": "), a comment (" #"), a flow collection or an anchor.
const PLAIN = /^\p{L}[\p{L}\p{N} .,;()'’/&+£%–—?-]*$/u;
// Words YAML 1.1 or 1.2 readers take for true, false or null.
const KEYWORD = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
const PLAIN_KEY = /^[a-z_][\w-]*$/i;
// Control characters and the characters some YAML readers take for line breaks or marks.
const CONTROL = /[\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** Several lines, no control character, no line ending in a space or tab, the first not indented, no line break at the end: a literal block holds it exactly. */
function isBlock(s: string): boolean {
  return s.includes("\n") && !CONTROL.test(s) && !/[ \t]$/m.test(s) && !/^\n*[ \t]/.test(s) && !s.endsWith("\n");
}

/** A text as a YAML scalar: plain, a literal block (lines at `pad`), or double-quoted. */
function text(s: string, pad: string): string[] {
  if (PLAIN.test(s) && !s.endsWith(" ") && !KEYWORD.test(s)) return [s];
  if (pad !== "" && isBlock(s)) return ["|-", ...s.split("\n").map((line) => (line === "" ? "" : pad + line))];
  return [JSON.stringify(s)];
}

/** A value's lines, the first without its indentation (it follows a key or a dash); the rest at `pad`. */
function node(value: unknown, pad: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return ["[]"];
    const inner = `${pad}  `;
    const lines = value.flatMap((item: unknown) => {
      const [first, ...rest] = node(item ?? null, inner);
      return [`${pad}- ${first!}`, ...rest];
    });
    return [lines[0]!.slice(pad.length), ...lines.slice(1)];
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return ["{}"];
    const inner = `${pad}  `;
    const lines = entries.flatMap(([k, v]) => {
      const key = `${pad}${PLAIN_KEY.test(k) && !KEYWORD.test(k) ? k : JSON.stringify(k)}:`;
      const [first, ...rest] = node(v, inner);
      // A mapping or a list below its key; anything else after it.
      const below = v !== null && typeof v === "object" && first !== "[]" && first !== "{}";
      return below ? [key, `${inner}${first!}`, ...rest] : [`${key} ${first!}`, ...rest];
    });
    return [lines[0]!.slice(pad.length), ...lines.slice(1)];
  }
  if (typeof value === "string") return text(value, pad);
  if (typeof value === "number") return [Number.isFinite(value) ? String(value) : Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf"];
  if (typeof value === "boolean") return [String(value)];
  return ["null"];
}

/**
 * A value as a YAML document.
 *
 * @example
 * toYaml({ council: { name: "Test" }, owners: ["Chief Executive"], start: "2024-01" });
 * //=> 'council:\n  name: Test\nowners:\n  - Chief Executive\nstart: "2024-01"\n'
 */
export function toYaml(value: unknown): string {
  return `${node(value, "").join("\n")}\n`;
}
