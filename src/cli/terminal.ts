/** The colours cpc itself writes (present.ts): red, yellow, green, dim, bold, and their ends. */
const OWN_COLOURS = /\u001b\[(?:31|32|33|39|2|1|22)m/y;

/**
 * Text made safe for a terminal: control characters other than line feed and tab (C0, DEL
 * and C1), escape sequences, and the bidirectional overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069, which make text read in another order than it is stored) become U+FFFD,
 * so that plan text cannot set a window title, clear the screen, hide or reorder text or
 * forge a line; and a run of more than 200 characters with no space (a 100,000-character
 * id) is cut to its start and length.
 *
 * @param text - Text for people, plan text in it.
 * @param colours - Whether the output is coloured: only then do the colour codes cpc
 *   itself writes pass (no other sequence ever does, and none at all without colour).
 */
export function forTerminal(text: string, colours = false): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c, at: number) => {
      if (c === "\u001b" && colours) {
        OWN_COLOURS.lastIndex = at;
        if (OWN_COLOURS.test(text)) return c;
      }
      return "\ufffd";
    })
    .replace(/\S{201,}/g, (run) => `${run.slice(0, 60)}… (${run.length} characters)`);
}
