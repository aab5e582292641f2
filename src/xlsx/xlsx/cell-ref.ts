/** A1 references to 0-based row and column, within Excel's grid or -1. */
export function parseRef(
  ref: string,
  limits: { maxRow: number; maxColumn: number }
): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  const n = ref.length;
  if (i < n && ref.charCodeAt(i) === 36) i++; // $
  const colStart = i;
  for (; i < n; i++) {
    let c = ref.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (col > limits.maxColumn) return null;
  }
  if (i === colStart) return null;
  if (i < n && ref.charCodeAt(i) === 36) i++;
  const rowStart = i;
  let row = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
    if (row > limits.maxRow) return null;
  }
  if (i === rowStart || row === 0) return null;
  return { row: row - 1, col: col - 1 };
}
