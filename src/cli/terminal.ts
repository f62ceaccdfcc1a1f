/**
 * Text made safe for a terminal: control characters other than line feed and tab, and
 * escape sequences other than the colours cpc itself writes (`ESC [ ... m`), become U+FFFD,
 * so that plan text cannot set a window title, clear the screen or forge a line; and a run
 * of more than 200 characters with no space (a 100,000-character id) is cut to its start
 * and length.
 */
export function forTerminal(text: string): string {
  return text
    .replace(/\u001b(?!\[[0-9;]*m)|[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f]/g, "\ufffd")
    .replace(/\S{201,}/g, (run) => `${run.slice(0, 60)}… (${run.length} characters)`);
}
