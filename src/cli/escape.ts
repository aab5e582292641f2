/**
 * Text printed to a terminal with its control characters shown, never obeyed: C0 and C1 controls, DEL and
 * the bidirectional overrides and isolates become `\u{…}`-style escapes, so a cell, sheet or file name
 * cannot clear the screen, recolour a verdict, retitle the window or reorder a line.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|\n|\t/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
