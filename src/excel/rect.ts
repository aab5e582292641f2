/** A rectangle of cells, 0-based and absolute on its sheet (row 0 is Excel's row 1). */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export function cellCount(rect: Rect): number {
  return rect.rowCount * rect.columnCount;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const columnEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (rowEnd <= row || columnEnd <= column) return null;
  return { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column };
}

/** `whole` without `taken`: at most four rectangles (above, below, left, right of the overlap). */
export function subtract(whole: Rect, taken: Rect | null): Rect[] {
  const overlap = taken ? intersect(whole, taken) : null;
  if (!overlap) return [whole];
  const parts: Rect[] = [];
  const wholeRowEnd = whole.row + whole.rowCount;
  const wholeColumnEnd = whole.column + whole.columnCount;
  const overlapRowEnd = overlap.row + overlap.rowCount;
  const overlapColumnEnd = overlap.column + overlap.columnCount;
  if (overlap.row > whole.row)
    parts.push({
      row: whole.row,
      column: whole.column,
      rowCount: overlap.row - whole.row,
      columnCount: whole.columnCount,
    });
  if (overlapRowEnd < wholeRowEnd)
    parts.push({
      row: overlapRowEnd,
      column: whole.column,
      rowCount: wholeRowEnd - overlapRowEnd,
      columnCount: whole.columnCount,
    });
  if (overlap.column > whole.column)
    parts.push({
      row: overlap.row,
      column: whole.column,
      rowCount: overlap.rowCount,
      columnCount: overlap.column - whole.column,
    });
  if (overlapColumnEnd < wholeColumnEnd)
    parts.push({
      row: overlap.row,
      column: overlapColumnEnd,
      rowCount: overlap.rowCount,
      columnCount: wholeColumnEnd - overlapColumnEnd,
    });
  return parts;
}
