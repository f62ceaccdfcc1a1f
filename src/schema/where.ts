/**
 * Naming the place of a fault for people ("Action 1.4", "Recommendation R3") and quoting
 * a value in a message. Shared by the validation steps.
 *
 * @internal
 * @module
 */

export type Path = (string | number)[];
export type Obj = Record<string, unknown>;

export const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
/** Names that could reach a prototype: never copied from input. */
export const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/** "Action 1.4", "Recommendation R3", "Step 2.1 b" or "The plan", for messages. */
export function where(path: readonly (string | number)[], input: unknown): string {
  if (!isObject(input)) return "The plan";
  const [top, i, sub, j] = path;
  const list = top === "actions" || top === "recommendations" ? input[top] : undefined;
  if (typeof i !== "number" || !Array.isArray(list)) return "The plan";
  const item: unknown = list[i];
  const id = isObject(item) && typeof item["id"] === "string" && item["id"] !== "" ? item["id"] : `#${i + 1}`;
  if (top === "recommendations") return `Recommendation ${id}`;
  if ((sub === "steps" || sub === "updates") && typeof j === "number" && isObject(item) && Array.isArray(item[sub])) {
    const child: unknown = (item[sub] as unknown[])[j];
    const cid =
      isObject(child) && typeof child["id"] === "string"
        ? child["id"]
        : child && isObject(child) && typeof child["date"] === "string"
          ? child["date"]
          : `#${j + 1}`;
    return sub === "steps" ? `Action ${id}, step ${cid}` : `Action ${id}, update ${cid}`;
  }
  return `Action ${id}`;
}

/** A value quoted for a message, cut at 60 characters. */
export const quote = (v: unknown): string => {
  // JSON.stringify gives undefined for undefined and functions, whatever its type says.
  const json = JSON.stringify(v) as string | undefined;
  const s = typeof v === "string" ? v : (json ?? String(v));
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
};

/** "a list", "the text \"x\"", for messages. */
export function describeType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the text ${quote(v)}`;
  return `${typeof v} ${quote(v)}`;
}
