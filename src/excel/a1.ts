import { columnLetters } from "../core";

/** A1 address of a block: `B7` for one cell, `B7:D9` for more. */
export function rectAddress(
  row: number,
  column: number,
  rowCount: number,
  columnCount: number
): string {
  const start = `${columnLetters(column)}${row + 1}`;
  if (rowCount === 1 && columnCount === 1) return start;
  return `${start}:${columnLetters(column + columnCount - 1)}${row + rowCount}`;
}

/** `'Sheet name'!B7`: always quoted, inner quotes doubled, so any sheet name makes a working reference. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell.replace(/\$/g, "")}`;
}
