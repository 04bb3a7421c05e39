// Text from articles and file names printed to a terminal: control characters are shown escaped, never
// sent raw. An article's headline can hold escape sequences (ESC]52;… sets the clipboard, ESC[2J clears
// the screen), and a newline in a file name would split the one-line-per-file report.

// C0 controls, DEL and C1 controls (U+009B is a one-character CSI on some terminals).
// eslint-disable-next-line no-control-regex -- control characters are what this escapes
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- the same, newlines kept
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };
const escape = (c: string) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** One field on one line: every control character escaped, newlines included. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, escape);
}

/** Multi-line output: control characters escaped, newlines kept. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL_BUT_NEWLINE, escape);
}
