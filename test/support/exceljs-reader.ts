/**
 * The reader the product used before the streaming one: exceljs's full load, then each cell through
 * toCellSnapshot. Kept for tests only, to prove the new reader gives the engine the same workbook.
 */
import ExcelJS from "exceljs";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core";
import { toCellSnapshot } from "../../src/xlsx/cell-snapshot";

function readSheet(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const rows: Array<Array<CellSnapshot | null> | null> = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    while (rows.length < rowNumber - 1) rows.push(null);
    const cellCount = row.cellCount;
    const cells: Array<CellSnapshot | null> = new Array(cellCount);
    for (let col = 1; col <= cellCount; col++) {
      const cell = row.findCell(col);
      cells[col - 1] = cell === undefined ? null : withFont(toCellSnapshot(cell), cell);
    }
    rows.push(cells);
  });
  return { name: worksheet.name, rows, merges: mergesOf(worksheet) };
}

/** exceljs writes Calibri as a workbook's first font: a cell's font counts only when it is another (as the streaming reader has it). */
const DEFAULT_FONT = "Calibri";

function withFont(snapshot: CellSnapshot | null, cell: ExcelJS.Cell): CellSnapshot | null {
  const name = cell.font?.name;
  return snapshot !== null && typeof name === "string" && name !== "" && name !== DEFAULT_FONT
    ? { ...snapshot, font: name }
    : snapshot;
}

/** Merged ranges, 0-based and inclusive (exceljs keeps them as `A1:B2` strings in the sheet's model). */
function mergesOf(
  worksheet: ExcelJS.Worksheet
): Array<{ top: number; left: number; bottom: number; right: number }> {
  const ranges = (worksheet.model as { merges?: unknown }).merges;
  const merges: Array<{ top: number; left: number; bottom: number; right: number }> = [];
  if (!Array.isArray(ranges)) return merges;
  for (const range of ranges) {
    const match = typeof range === "string" ? /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range) : null;
    if (!match) continue;
    const col = (letters: string) =>
      [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
    merges.push({
      top: Number(match[2]) - 1,
      left: col(match[1]),
      bottom: Number(match[4]) - 1,
      right: col(match[3]),
    });
  }
  return merges;
}

export async function readWithExceljs(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { sheets: workbook.worksheets.map(readSheet) };
}

/**
 * A snapshot without fonts and merges (the two readers may tell them apart in ways the engine never sees: a
 * font on a number, the order of merges) and without trailing or all-empty rows and cells. The reports, which
 * both read with fonts and merges, must still be the same byte for byte.
 */
export function comparable(snapshot: WorkbookSnapshot): unknown {
  return snapshot.sheets.map((sheet) => {
    const rows = sheet.rows.map((row) => {
      if (!row) return null;
      const cells = row.map((cell) => {
        if (!cell) return null;
        const { font: _font, ...rest } = cell;
        return JSON.parse(
          JSON.stringify(rest, (_key, value: unknown) =>
            typeof value === "number" && !Number.isFinite(value) ? String(value) : value
          )
        ) as unknown;
      });
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      return cells.length === 0 ? null : cells;
    });
    while (rows.length > 0 && rows[rows.length - 1] === null) rows.pop();
    return { name: sheet.name, rows };
  });
}
