/**
 * The string hash the fast look-ups use (repeated ids, timescale words): `h * 31 + c` in
 * 32-bit arithmetic, a step per character, so that a scanner can hash a word while it
 * reads it. The one definition.
 *
 * @internal
 * @module
 */

/** One character's step of the hash. */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** The hash of `text[from..to)`. */
export function hashOf(text: string, from = 0, to = text.length): number {
  let h = 0;
  for (let k = from; k < to; k++) h = hashStep(h, text.charCodeAt(k));
  return h;
}
