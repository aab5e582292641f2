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

/**
 * parseRef on the bytes `start` to `end` of `buf` (no entity, no other character than the reference's): the row,
 * with the column in `into.column`; -1 for anything else.
 */
export function refInBytes(
  buf: Uint8Array,
  start: number,
  end: number,
  limits: { maxRow: number; maxColumn: number },
  into: { column: number }
): number {
  let i = start;
  if (i < end && buf[i] === 36) i++; // $
  const columnStart = i;
  let column = 0;
  for (; i < end; i++) {
    let c = buf[i];
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
    if (column > limits.maxColumn) return -1;
  }
  if (i === columnStart) return -1;
  if (i < end && buf[i] === 36) i++;
  const rowStart = i;
  let row = 0;
  for (; i < end; i++) {
    const digit = buf[i] - 48;
    if (digit < 0 || digit > 9) return -1;
    row = row * 10 + digit;
    if (row > limits.maxRow) return -1;
  }
  if (i === rowStart || row === 0) return -1;
  into.column = column - 1;
  return row - 1;
}
