/**
 * A plan as YAML: parsed, its repeated keys reported (found in one pass: the parser's own
 * check is quadratic), and places found for issues by walking down only the paths asked
 * about. Browser-safe.
 */
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument } from "yaml";
import type { Issue } from "../model/issue.js";
import { atLine, repeated } from "./json.js";
import { lineIndex } from "./json-positions.js";
import { unreadable, type Parsed, type Path, type ReadSource } from "./parsed.js";

/** Reads a YAML text. */
export function parseYaml(text: string, source: Omit<ReadSource, "format" | "columns">): Parsed {
  const at = lineIndex(text);
  const base: ReadSource = { ...source, format: "yaml", columns: [] };
  const none = { data: undefined, source: base, locate: () => () => undefined };
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  } catch (e) {
    return { ...none, issues: [unreadable(`not valid YAML: ${e instanceof Error ? e.message : String(e)}`)] };
  }
  const bad = doc.errors[0];
  if (bad) return { ...none, issues: [unreadable(`not valid YAML: ${bad.message.split("\n")[0] ?? ""}`, atLine(at(bad.pos[0])))] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    return { ...none, issues: [unreadable(`the YAML could not be read: ${e instanceof Error ? e.message : String(e)}`)] };
  }
  const issues: Issue[] = [];
  const repeatedAt = new Map<string, number>();
  const lineOf = (offset: number) => at(offset).line;
  const walk = (node: unknown, path: (string | number)[]): void => {
    // A plan is six levels deep; deeper nesting is the schema's to report.
    if (path.length > 32 || issues.length >= 100) return;
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const offset = isNode(pair.key) && pair.key.range ? pair.key.range[0] : 0;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, offset);
        else {
          issues.push(repeated([...path, key], data, lineOf(first), lineOf(offset), atLine(at(offset))));
          // The parser reads the last: so does the locator, as for JSON.
          repeatedAt.set([...path, key].join("\u0000"), offset);
        }
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
  };
  walk(doc.contents, []);
  // Where each path asked about starts, found in one walk down only those paths: looking each up from the
  // top (doc.getIn) searches a mapping's keys one by one, which for 100,000 issues is 10^10 steps.
  const locate = (paths: readonly Path[]) => {
    const wanted = new Set<string>();
    for (const p of paths) for (let n = 0; n <= p.length; n++) wanted.add(p.slice(0, n).join("\u0000"));
    const offsets = new Map<string, number>();
    const visit = (node: unknown, key: string): void => {
      if (isNode(node) && node.range) offsets.set(key, node.range[0]);
      const child = (k: string | number) => (key === "" ? String(k) : `${key}\u0000${k}`);
      if (isMap(node)) {
        for (const pair of node.items) {
          const id = child(isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
          // A key given twice: the parser reads the last, and so does this.
          if (wanted.has(id)) visit(pair.value, id);
        }
      } else if (isSeq(node))
        node.items.forEach((item, i) => {
          const id = child(i);
          if (wanted.has(id)) visit(item, id);
        });
    };
    visit(doc.contents, "");
    return (path: Path) => {
      const last = repeatedAt.size > 0 ? repeatedAt.get(path.join("\u0000")) : undefined;
      if (last !== undefined) return atLine(at(last));
      for (let n = path.length; n >= 0; n--) {
        const offset = offsets.get(path.slice(0, n).join("\u0000"));
        if (offset !== undefined) return atLine(at(offset));
      }
      return undefined;
    };
  };
  return { data, issues, source: base, locate };
}
