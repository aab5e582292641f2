import { columnLetters } from '../core/address';

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** `B7` → { row: 6, column: 1 } (0-based); undefined for anything that is not one cell on a sheet. */
export function parseCell(address: string): { row: number; column: number } | undefined {
  const match = CELL.exec(address.trim());
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  const row = Number(match[2]);
  if (row > MAX_ROWS || column > MAX_COLUMNS) return undefined;
  return { row: row - 1, column: column - 1 };
}

export function rectAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const start = `${columnLetters(column)}${row + 1}`;
  if (rowCount === 1 && columnCount === 1) return start;
  return `${start}:${columnLetters(column + columnCount - 1)}${row + rowCount}`;
}

/** `'Sheet name'!B7`: always quoted, inner quotes doubled, so any sheet name makes a working reference. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell.replace(/\$/g, '')}`;
}
