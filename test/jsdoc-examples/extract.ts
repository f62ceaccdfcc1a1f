// Reads the @example blocks of the source's doc comments and the `//=>` results they show, and turns each
// example into a module that records the value of every expression a `//=>` follows. Used by
// test/jsdoc-examples.test.ts; the conventions are written in docs/contributing.md ("Examples in the JSDoc").
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import ts from "typescript";

/** One @example block: where it is and its code, as a user reads it (the comment's ` * ` taken off). */
export interface Example {
  readonly file: string;
  /** 1-based line of the `@example` tag. */
  readonly line: number;
  /** 1-based line, in the source file, of the example's first line of code. */
  readonly firstLine: number;
  readonly code: string;
}

/** A `//=>` in an example: the value it shows, parsed, and where it is. */
export interface Expectation {
  /** 1-based line in the source file. */
  readonly line: number;
  /** The text after `//=>` that was read as the value (continued over `//` lines while brackets are open). */
  readonly text: string;
  /** The value, with REST standing for a `...` in an object or at the end of an array. */
  readonly value: unknown;
}

/** What an example becomes: code to run, and the values it must record. */
export interface Runnable {
  readonly code: string;
  readonly expectations: readonly Expectation[];
}

/** Stands for `...` in an expected value: the rest of an object's properties, or of an array's elements, is not shown. */
export const REST = "\u2026rest\u2026";

/** Every `.ts` file under a folder. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []))
    .sort();
}

/** The ```ts blocks after each @example tag of each doc comment of a file (the same blocks scripts/check-examples.mjs compiles). */
export function examplesOf(file: string, name: string): Example[] {
  const found: Example[] = [];
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```ts\s*$/.test(lines[j]!)) {
      if (/^\s*\*\//.test(lines[j]!) || /^\s*\*\s*@\w/.test(lines[j]!)) break;
      j++;
    }
    if (!/```ts/.test(lines[j] ?? "")) continue;
    const body: string[] = [];
    const firstLine = j + 2;
    for (j++; j < lines.length && !/^\s*\*\s*```\s*$/.test(lines[j]!); j++) body.push(lines[j]!.replace(/^\s*\* ?/, ""));
    found.push({ file: name, line: i + 1, firstLine, code: body.join("\n") });
  }
  return found;
}

/**
 * The literal at the start of `text` (an array, object, string, number, `true`, `false`, `null` or `undefined`) and
 * what follows it. Brackets may stay open at the end of a line: `more` gives the next `//` line's text.
 */
function literalAt(text: string, more: () => string | undefined): { literal: string; rest: string } {
  let s = text;
  const simple = /^(?:-?\d+(?:\.\d+)?|true|false|null|undefined)\b/.exec(s);
  if (simple) return { literal: simple[0], rest: s.slice(simple[0].length) };
  if (!/^["'[{]/.test(s)) throw new Error(`//=> ${text}: not a value (a literal: array, object, string, number, boolean, null or undefined)`);
  let depth = 0;
  let quote = "";
  for (let i = 0; ; i++) {
    if (i >= s.length) {
      const next = more();
      if (next === undefined || quote !== "") throw new Error(`//=> ${text}: the value does not end`);
      s += `\n${next}`;
    }
    const c = s[i]!;
    if (quote !== "") {
      if (c === "\\") i++;
      else if (c === quote) {
        quote = "";
        if (depth === 0) return { literal: s.slice(0, i + 1), rest: s.slice(i + 1) };
      }
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      depth--;
      if (depth === 0) return { literal: s.slice(0, i + 1), rest: s.slice(i + 1) };
    }
  }
}

/** Evaluates a shown value: a JavaScript literal, with `...` in an object or at the end of an array turned into REST. */
function valueOf(literal: string): unknown {
  let out = "";
  const stack: string[] = [];
  for (let i = 0; i < literal.length; i++) {
    const c = literal[i]!;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (literal[j] !== c) j += literal[j] === "\\" ? 2 : 1;
      out += literal.slice(i, j + 1);
      i = j;
    } else if (literal.startsWith("...", i)) {
      out += stack.at(-1) === "{" ? `${JSON.stringify(REST)}: true` : JSON.stringify(REST);
      i += 2;
    } else {
      if (c === "[" || c === "{") stack.push(c);
      if (c === "]" || c === "}") stack.pop();
      out += c;
    }
  }
  // A literal, read as JavaScript (the documentation's own text, not input from outside).
  return runInNewContext(`(${out})`) as unknown;
}

/**
 * Where each `//=>` of an example is, the value it shows, and the statement it follows. A `//=>` shows the value of
 * the expression statement just before it (or, after `const x = ...;`, the value of x); nothing but comments may come
 * between. The value may run over the next `//` lines while its brackets are open; after it only a remark in
 * parentheses may follow.
 */
export function runnable(example: Example, check: string): Runnable {
  const source = ts.createSourceFile("example.ts", example.code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const statements: ts.Statement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) statements.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const lines = example.code.split("\n");
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const edits: { start: number; end: number; text: string }[] = [];
  const expectations: Expectation[] = [];
  for (let n = 0; n < lines.length; n++) {
    const m = /\/\/=>\s?(.*)$/.exec(lines[n]!);
    if (!m) continue;
    const where = `${example.file}:${example.firstLine + n}`;
    const pos = starts[n]! + m.index;
    let k = n;
    const more = (): string | undefined => {
      const next = (lines[k + 1] ?? "").trim();
      if (!next.startsWith("//") || next.startsWith("//=>")) return undefined;
      k++;
      return next.slice(2).trim();
    };
    let literal: string;
    let rest: string;
    try {
      ({ literal, rest } = literalAt(m[1]!.trim(), more));
    } catch (e) {
      throw new Error(`${where}: ${(e as Error).message}`, { cause: e });
    }
    const remark = rest.trim();
    if (remark !== "" && !(remark.startsWith("(") && remark.endsWith(")")))
      throw new Error(`${where}: after the value only a remark in parentheses may follow, not "${remark}"`);
    // The statement just before: the latest end before the comment; of those, the innermost.
    const before = statements.filter((s) => s.end <= pos);
    const end = Math.max(...before.map((s) => s.end));
    const target = before.filter((s) => s.end === end).sort((a, b) => b.getStart() - a.getStart())[0];
    if (
      !target ||
      !example.code
        .slice(end, pos)
        .split("\n")
        .every((l) => l.trim() === "" || l.trim().startsWith("//"))
    )
      throw new Error(`${where}: //=> follows no statement`);
    const id = expectations.length;
    if (ts.isExpressionStatement(target)) {
      const e = target.expression;
      edits.push({ start: e.getStart(), end: e.end, text: `${check}(${id}, (${e.getText()}))` });
    } else {
      const list = (target as ts.VariableStatement).declarationList.declarations;
      const name = list.length === 1 ? list[0]!.name : undefined;
      if (!name || !ts.isIdentifier(name)) throw new Error(`${where}: //=> after a declaration of one name only`);
      edits.push({ start: target.end, end: target.end, text: ` ${check}(${id}, ${name.text});` });
    }
    expectations.push({ line: example.firstLine + n, text: literal, value: valueOf(literal) });
  }
  let code = example.code;
  for (const e of edits.sort((a, b) => b.start - a.start)) code = code.slice(0, e.start) + e.text + code.slice(e.end);
  return { code, expectations };
}

/**
 * Where `actual` differs from `expected`, or undefined when it matches: deep equality, where REST in an object lets
 * other properties be, REST at the end of an array lets more elements follow, and a string ending in "..." matches
 * any string that starts with the text before it.
 */
export function mismatch(actual: unknown, expected: unknown, path = "value"): string | undefined {
  if (typeof expected === "string" && expected.endsWith("...") && typeof actual === "string") {
    return actual.startsWith(expected.slice(0, -3))
      ? undefined
      : `${path}: ${JSON.stringify(actual)} does not start with ${JSON.stringify(expected.slice(0, -3))}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: ${show(actual)} is not an array`;
    const open = expected.at(-1) === REST;
    const shown = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < shown.length : actual.length !== shown.length)
      return `${path}: ${actual.length} elements, not ${shown.length}${open ? " or more" : ""}`;
    for (let i = 0; i < shown.length; i++) {
      const d = mismatch(actual[i], shown[i], `${path}[${i}]`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return `${path}: ${show(actual)} is not an object`;
    const exp = expected as Record<string, unknown>;
    const act = actual as Record<string, unknown>;
    const open = REST in exp;
    const keys = Object.keys(exp).filter((k) => k !== REST);
    if (!open) {
      const extra = Object.keys(act).filter((k) => act[k] !== undefined && !(k in exp));
      if (extra.length > 0) return `${path}: has ${extra.map((k) => `${k}: ${show(act[k])}`).join(", ")}, not shown`;
    }
    for (const k of keys) {
      const d = mismatch(act[k], exp[k], `${path}.${k}`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return Object.is(actual, expected) ? undefined : `${path}: ${show(actual)}, not ${show(expected)}`;
}

function show(v: unknown): string {
  // JSON.stringify gives undefined for a function or a symbol, whatever its type says.
  const json = JSON.stringify(v) as string | undefined;
  return json === undefined ? typeof v : json.slice(0, 300);
}
