/**
 * Text from a workbook (cell text, sheet names) and from the command line (file names) is shown, never obeyed:
 * C0 and C1 control characters, DEL and the bidi embedding/override/isolate marks are printed as visible escapes
 * (`\x1B`, `\u202E`), so a cell holding `ESC[2J…ESC[32mReady` cannot clear the screen or paint a false verdict,
 * and a newline in a file name cannot make a second error line.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
    : `\\u${code.toString(16).toUpperCase()}`;
}

export function escapeControls(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** The same characters as JSON `\u` escapes: the parsed JSON is unchanged, the bytes on a terminal are harmless. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function escapeJsonControls(json: string): string {
  return json.replace(
    UNSAFE_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
