/** A1 addresses from the snapshot's 0-based (row, column). */

const letterCache: string[] = [];

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  if (col < 0 || !Number.isInteger(col)) return "";
  const cached = letterCache[col];
  if (cached !== undefined) return cached;
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  if (col < 1024) letterCache[col] = letters;
  return letters;
}

/** (0, 0) → A1. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** `E7` (or `$E$7`, `e7`) → { row: 6, col: 4 }, 0-based as in the snapshot; null for anything that is not one cell on Excel's grid. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const match = CELL.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (const letter of match[1].toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row > MAX_ROWS || col > MAX_COLUMNS) return null;
  return { row: row - 1, col: col - 1 };
}
