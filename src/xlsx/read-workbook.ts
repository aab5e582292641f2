import ExcelJS from 'exceljs';
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../core';
import { toCellSnapshot } from './cell-snapshot';
import { looksLikeOds } from './zip-entries';
import { UnreadableWorkbookError, assertLooksLikeXlsx, sniffWorkbook } from './unreadable';

function toBytes(input: ArrayBuffer | Uint8Array): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

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

/** Fonts most workbooks use for Unicode text: not worth carrying on every cell. */
const COMMON_FONTS = new Set(['calibri', 'arial', 'times new roman', 'cambria', 'tahoma', 'verdana', 'aptos', 'aptos narrow']);

/** The cell's font name, where it is one the engine may need (a legacy Vietnamese font such as `.VnTime`). */
function withFont(snapshot: CellSnapshot | null, cell: ExcelJS.Cell): CellSnapshot | null {
  if (snapshot === null || snapshot.kind !== 'text') return snapshot;
  const name = cell.font?.name;
  return typeof name === 'string' && name !== '' && !COMMON_FONTS.has(name.toLowerCase()) ? { ...snapshot, font: name } : snapshot;
}

/** Merged ranges, 0-based and inclusive (exceljs keeps them as `A1:B2` strings in the sheet's model). */
function mergesOf(worksheet: ExcelJS.Worksheet): Array<{ top: number; left: number; bottom: number; right: number }> {
  const ranges = (worksheet.model as { merges?: unknown }).merges;
  const merges: Array<{ top: number; left: number; bottom: number; right: number }> = [];
  if (!Array.isArray(ranges)) return merges;
  for (const range of ranges) {
    const match = typeof range === 'string' ? /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range) : null;
    if (!match) continue;
    const col = (letters: string) => [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
    merges.push({ top: Number(match[2]) - 1, left: col(match[1]), bottom: Number(match[4]) - 1, right: col(match[3]) });
  }
  return merges;
}

/**
 * Reads an .xlsx file's bytes into the engine's snapshot. Works in Node and in the browser:
 * the caller reads the file (fs or a File), this never touches a file system.
 * Throws UnreadableWorkbookError when the bytes are not a readable .xlsx.
 */
export async function readWorkbook(input: ArrayBuffer | Uint8Array): Promise<WorkbookSnapshot> {
  const bytes = toBytes(input);
  // .xls (an OLE compound file; an encrypted .xlsx is one too, and is refused as encrypted there) and .ods: SheetJS.
  const kind = bytes.length > 0 ? sniffWorkbook(bytes) : 'other';
  // Loaded only for those files, so that the preview's first paint does not carry SheetJS.
  if (kind === 'ole') return (await import('./read-legacy')).readLegacyWorkbook(bytes, 'xls');
  if (kind === 'ods' || (kind === 'zip' && looksLikeOds(bytes))) return (await import('./read-legacy')).readLegacyWorkbook(bytes, 'ods');
  assertLooksLikeXlsx(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's type asks for a Node Buffer; JSZip underneath takes any Uint8Array, which the browser has.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (cause) {
    throw new UnreadableWorkbookError('damaged', { cause });
  }
  // A zip without worksheets is another kind of document (.docx, .ods, a plain .zip), not a damaged workbook.
  if (workbook.worksheets.length === 0) throw new UnreadableWorkbookError('not-xlsx');
  return { sheets: workbook.worksheets.map(readSheet) };
}
