/**
 * The reader the product used before the streaming one: exceljs's full load, then each cell through
 * toCellSnapshot. Kept for tests only, to prove the new reader gives the engine the same workbook.
 */
import ExcelJS from 'exceljs';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../src/core';
import { toCellSnapshot } from '../../src/xlsx/cell-snapshot';

function readSheet(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const rows: Array<Array<CellSnapshot | null> | null> = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    while (rows.length < rowNumber - 1) rows.push(null);
    const cellCount = row.cellCount;
    const cells: Array<CellSnapshot | null> = new Array(cellCount);
    for (let col = 1; col <= cellCount; col++) {
      const cell = row.findCell(col);
      cells[col - 1] = cell === undefined ? null : toCellSnapshot(cell);
    }
    rows.push(cells);
  });
  return { name: worksheet.name, rows };
}

export async function readWithExceljs(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { sheets: workbook.worksheets.map(readSheet) };
}

/** A snapshot without what only the new reader gives (fonts, merges) and without trailing or all-empty rows and cells. */
export function comparable(snapshot: WorkbookSnapshot): unknown {
  return snapshot.sheets.map((sheet) => {
    const rows = sheet.rows.map((row) => {
      if (!row) return null;
      const cells = row.map((cell) => {
        if (!cell) return null;
        const { font: _font, ...rest } = cell;
        return JSON.parse(JSON.stringify(rest, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value))) as unknown;
      });
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      return cells.length === 0 ? null : cells;
    });
    while (rows.length > 0 && rows[rows.length - 1] === null) rows.pop();
    return { name: sheet.name, rows };
  });
}
