import { cellCount, type Rect } from "./rect";

export interface SheetPart {
  readonly sheet: string;
  readonly rect: Rect;
}

export type ReadBlock = SheetPart;

/** Cuts a rectangle into row blocks of at most `cellsPerBlock` cells (column strips too when one row is wider). */
export function splitIntoBlocks(rect: Rect, cellsPerBlock: number): Rect[] {
  const limit = Math.max(1, Math.floor(cellsPerBlock));
  const stripWidth = Math.min(rect.columnCount, limit);
  const rowsPerBlock = Math.max(1, Math.floor(limit / stripWidth));
  const blocks: Rect[] = [];
  for (let column = rect.column; column < rect.column + rect.columnCount; column += stripWidth) {
    const columnCount = Math.min(stripWidth, rect.column + rect.columnCount - column);
    for (let row = rect.row; row < rect.row + rect.rowCount; row += rowsPerBlock) {
      blocks.push({
        row,
        column,
        rowCount: Math.min(rowsPerBlock, rect.row + rect.rowCount - row),
        columnCount,
      });
    }
  }
  return blocks;
}

/**
 * The reads still to do after the first sync, grouped by sync: every block fits the budget on its own and the
 * blocks of one sync together stay within it, so no request or response crosses Excel's limits.
 */
export function planBlockReads(
  parts: ReadonlyArray<SheetPart>,
  cellsPerSync: number
): ReadBlock[][] {
  const syncs: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let cellsInCurrent = 0;
  for (const part of parts) {
    for (const rect of splitIntoBlocks(part.rect, cellsPerSync)) {
      const cells = cellCount(rect);
      if (current.length > 0 && cellsInCurrent + cells > cellsPerSync) {
        syncs.push(current);
        current = [];
        cellsInCurrent = 0;
      }
      current.push({ sheet: part.sheet, rect });
      cellsInCurrent += cells;
    }
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
}
