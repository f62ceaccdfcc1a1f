/**
 * The colours and patterns of the report's charts, shared by the HTML (SVG) and Word (PNG)
 * renderers.
 *
 * @internal
 * @module
 */
import type { Rag, Status } from "../model/vocabulary.js";
import { RAG_LABEL, STATUS_LABEL } from "./model.js";
import { HEADLINE_PARTS, type HeadlinePart } from "./words.js";

// Colours chosen for at least 4.5:1 contrast with white text and with the white page
// (WCAG AA); each also has a pattern, so colour is never the only signal.
/** A chart colour, its pattern and its label. */
export interface Swatch {
  readonly fill: string;
  readonly pattern: "solid" | "stripes" | "dots" | "cross" | "grid" | "waves";
  readonly label: string;
}
/** The RAG ratings' swatches. */
export const RAG_SWATCH: Readonly<Record<Rag, Swatch>> = {
  red: { fill: "#b42318", pattern: "stripes", label: RAG_LABEL.red },
  amber: { fill: "#95510a", pattern: "dots", label: RAG_LABEL.amber },
  green: { fill: "#1a7431", pattern: "solid", label: RAG_LABEL.green },
  blue: { fill: "#1d4ed8", pattern: "cross", label: RAG_LABEL.blue },
};
/** The statuses' swatches. */
export const STATUS_SWATCH: Readonly<Record<Status, Swatch>> = {
  "not-started": { fill: "#57606a", pattern: "stripes", label: STATUS_LABEL["not-started"] },
  "in-progress": { fill: "#0550ae", pattern: "solid", label: STATUS_LABEL["in-progress"] },
  complete: { fill: "#1a7431", pattern: "cross", label: STATUS_LABEL.complete },
  ongoing: { fill: "#6639ba", pattern: "waves", label: STATUS_LABEL.ongoing },
  "on-hold": { fill: "#95510a", pattern: "dots", label: STATUS_LABEL["on-hold"] },
  cancelled: { fill: "#424a53", pattern: "grid", label: STATUS_LABEL.cancelled },
};

/** The progress-review headline's three parts, each with a pattern as well as a colour. */
export const HEADLINE_SWATCH = {
  completed: { fill: "#1a7431", pattern: "cross", label: HEADLINE_PARTS[0].label },
  expected: { fill: "#0550ae", pattern: "solid", label: HEADLINE_PARTS[1].label },
  not: { fill: "#57606a", pattern: "stripes", label: HEADLINE_PARTS[2].label },
} as const satisfies Readonly<Record<HeadlinePart, Swatch>>;
