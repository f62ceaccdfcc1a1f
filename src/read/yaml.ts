/**
 * A plan as YAML: parsed (js-yaml's event parser: issue 32 moved from the `yaml` package, 98 KB
 * of the page, to js-yaml, 46 KB), its repeated keys reported, and places found for issues
 * from the events' offsets. Browser-safe.
 */
import { constructFromEvents, EVENT_ID, getScalarValue, parseEvents, YAMLException, type Event, type ScalarEvent } from "js-yaml";
import type { Issue } from "../model/issue.js";
import { atLine, repeated } from "./json.js";
import { lineIndex } from "./json-positions.js";
import { unreadable, type Parsed, type Path, type ReadSource } from "./parsed.js";

/** Where a node starts, and its children by key or index (the last of a repeated key). */
interface Place {
  readonly start: number;
  readonly children?: Map<string, Place> | Place[];
  /** How many values the aliases inside it stand for, counted as if each were written out. */
  readonly expansions: number;
}

/** A repeated key: its path, and where its first and last writings start. */
interface Repeat {
  readonly path: (string | number)[];
  readonly first: number;
  readonly last: number;
}

/** More alias expansions than this is taken for a "billion laughs" file (the `yaml` package's limit, kept). */
const MAX_ALIAS_EXPANSIONS = 1000;

/** Reads a YAML text. */
export function parseYaml(text: string, source: Omit<ReadSource, "format" | "columns">): Parsed {
  const at = lineIndex(text);
  const base: ReadSource = { ...source, format: "yaml", columns: [] };
  const none = { data: undefined, source: base, locate: () => () => undefined };
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch (e) {
    const place = e instanceof YAMLException && e.mark ? atLine(at(e.mark.position)) : undefined;
    const why = e instanceof YAMLException ? e.reason : e instanceof Error ? e.message : String(e);
    return { ...none, issues: [unreadable(`not valid YAML: ${why}`, place)] };
  }
  const documents = events.filter((e) => e.type === EVENT_ID.DOCUMENT).length;
  if (documents > 1) {
    // The second document's --- (the first's, where the file starts with one).
    const starts = [...text.matchAll(/^---(?=\s|$)/gm)].map((m) => m.index);
    const firstStarted = text.replace(/^(?:[ \t]*(?:#[^\n]*)?\r?\n)*/, "").startsWith("---");
    const second = starts[firstStarted ? 1 : 0];
    const place = second === undefined ? undefined : atLine(at(second));
    return { ...none, issues: [unreadable("not valid YAML: the file holds more than one document (a line of ---); a plan is one document", place)] };
  }
  const repeats: Repeat[] = [];
  const root = documents === 0 ? undefined : placesOf(text, events, repeats);
  if (root !== undefined && root.expansions > MAX_ALIAS_EXPANSIONS)
    return {
      ...none,
      issues: [unreadable(`the YAML could not be read: its aliases (*name) stand for more than ${MAX_ALIAS_EXPANSIONS} values, which is taken for an attack`)],
    };
  let data: unknown;
  try {
    // An empty file, or one of comments only, is no value (null), as the `yaml` package read it.
    data = documents === 0 ? null : (constructFromEvents(events, { source: text, json: true })[0] ?? null);
  } catch (e) {
    const place = e instanceof YAMLException && e.mark ? atLine(at(e.mark.position)) : undefined;
    const why = e instanceof YAMLException ? e.reason : e instanceof Error ? e.message : String(e);
    return { ...none, issues: [unreadable(`the YAML could not be read: ${why}`, place)] };
  }
  const lineOf = (offset: number) => at(offset).line;
  const issues: Issue[] = repeats.map((r) => repeated(r.path, data, lineOf(r.first), lineOf(r.last), atLine(at(r.last))));
  // The parser reads the last of a repeated key: so does the locator, as for JSON.
  const repeatedAt = new Map(repeats.map((r) => [r.path.join("\u0000"), r.last]));
  const locate = () => (path: Path) => {
    const last = repeatedAt.size > 0 ? repeatedAt.get(path.join("\u0000")) : undefined;
    if (last !== undefined) return atLine(at(last));
    if (root === undefined) return undefined;
    // The deepest part of the path the file has.
    let place = root;
    for (const key of path) {
      const c = place.children;
      const next = c === undefined ? undefined : Array.isArray(c) ? (typeof key === "number" ? c[key] : undefined) : c.get(String(key));
      if (next === undefined) break;
      place = next;
    }
    return atLine(at(place.start));
  };
  return { data, issues, source: base, locate };
}

/**
 * The places of the first document's nodes, from its events; repeated keys are added to
 * `repeats` (the first 100, down to 32 levels: a plan is six levels deep, deeper nesting is
 * the schema's to report).
 */
function placesOf(text: string, events: readonly Event[], repeats: Repeat[]): Place {
  let i = 0;
  const anchors = new Map<string, Place>();
  const anchorOf = (e: { anchorStart: number; anchorEnd: number }) => (e.anchorStart < 0 ? undefined : text.slice(e.anchorStart, e.anchorEnd));
  const node = (path: (string | number)[]): Place => {
    const e = events[i++]!;
    let place: Place;
    if (e.type === EVENT_ID.SCALAR) place = { start: scalarStart(text, e), expansions: 0 };
    else if (e.type === EVENT_ID.ALIAS) {
      const target = anchors.get(text.slice(e.anchorStart, e.anchorEnd));
      return { start: e.anchorStart - 1, expansions: 1 + (target?.expansions ?? 0) };
    } else if (e.type === EVENT_ID.SEQUENCE) {
      const items: Place[] = [];
      let expansions = 0;
      while (events[i]!.type !== EVENT_ID.POP) {
        const item = node([...path, items.length]);
        items.push(item);
        expansions += item.expansions;
      }
      i++;
      place = { start: e.start, children: items, expansions };
    } else if (e.type === EVENT_ID.MAPPING) {
      const pairs = new Map<string, Place>();
      const seen = new Map<string, number>();
      let expansions = 0;
      while (events[i]!.type !== EVENT_ID.POP) {
        const keyEvent = events[i]!;
        const keyPlace = node(path);
        const key = keyEvent.type === EVENT_ID.SCALAR ? getScalarValue(text, keyEvent) : "[object Object]";
        const first = seen.get(key);
        if (first === undefined) seen.set(key, keyPlace.start);
        else if (path.length < 32 && repeats.length < 100) repeats.push({ path: [...path, key], first, last: keyPlace.start });
        const value = node([...path, key]);
        pairs.set(key, value);
        expansions += keyPlace.expansions + value.expansions;
      }
      i++;
      place = { start: e.start, children: pairs, expansions };
    } else throw new Error(`unexpected YAML event ${e.type}`);
    const anchor = anchorOf(e);
    if (anchor !== undefined) anchors.set(anchor, place);
    return place;
  };
  while (events[i]?.type === EVENT_ID.DOCUMENT) i++;
  return node([]);
}

/**
 * Where a scalar starts as the `yaml` package placed it: at a quoted one's opening quote,
 * at a block scalar's `|` or `>` (the line of its key, not of its first line of text).
 */
function scalarStart(text: string, e: ScalarEvent): number {
  if (e.style === 2 || e.style === 3) return Math.max(0, e.valueStart - 1);
  if (e.style === 4 || e.style === 5) {
    // The text starts on the line after the header; the header's indicator is the last | or > on its line outside a comment.
    const end = text.lastIndexOf("\n", e.valueStart - 1);
    if (end < 0) return e.valueStart;
    const lineStart = text.lastIndexOf("\n", end - 1) + 1;
    const header = text.slice(lineStart, end).replace(/\s#.*$/, "");
    const k = Math.max(header.lastIndexOf("|"), header.lastIndexOf(">"));
    return k >= 0 ? lineStart + k : e.valueStart;
  }
  return e.valueStart;
}
