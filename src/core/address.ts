/** A1 addresses from the snapshot's 0-based (row, column). */

const letterCache: string[] = [];

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  if (col < 0 || !Number.isInteger(col)) return '';
  const cached = letterCache[col];
  if (cached !== undefined) return cached;
  let n = col + 1;
  let letters = '';
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
