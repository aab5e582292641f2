/** `E7` → { row: 6, col: 4 } (0-based, as in the snapshot); null for anything that is not one cell's address. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/i.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (const letter of match[1].toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}
