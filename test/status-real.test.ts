import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normaliseRag, normaliseStatus } from "../src/index.js";

// Real status and RAG wordings from public council documents (test/fixtures/real-wordings.tsv
// says where each comes from), with what a council officer reads each as, worked out by hand.
const rows = readFileSync(new URL("./fixtures/real-wordings.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("text\t"))
  .map((line) => {
    const [text = "", status = "", rag = "", source = "", , set = ""] = line.split("\t");
    return { text, status, rag, source, set };
  });

describe("real status and RAG wordings from public council documents (test/fixtures/real-wordings.tsv)", () => {
  it("holds at least 40 distinct wordings from at least 15 sources, each with its address", () => {
    expect(new Set(rows.map((r) => r.text)).size).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((r) => r.source)).size).toBeGreaterThanOrEqual(15);
    expect(rows.every((r) => /^https?:\/\//.test(r.source))).toBe(true);
  });

  it.each(rows.map((r) => [r.text, r.status, r.rag] as const))("%s: status %s, RAG %s", (text, status, rag) => {
    expect(normaliseStatus(text) ?? "-").toBe(status);
    if (rag !== "*") expect(normaliseRag(text) ?? "-").toBe(rag);
  });

  it("reads none as complete that the officer does not", () => {
    expect(rows.filter((r) => r.status !== "complete" && normaliseStatus(r.text) === "complete").map((r) => r.text)).toEqual([]);
  });
});
