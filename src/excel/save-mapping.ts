/**
 * Saves the header mapping inside the workbook: the very hidden sheet of core/reading/mapping-sheet.ts, which staff
 * cannot see or delete by accident, which travels with the file, and which the command line reads as it is.
 *
 * One sync when the caller knows whether the sheet exists (the host learns it from its last read); one more to
 * look first when it does not, or when what it knew turned out stale. Requirement sets: add, delete, values,
 * numberFormat, clear 1.1; visibility 1.1 (writable since 1.2); getItemOrNullObject 1.4.
 */
import { MAPPING_COLUMNS, MAPPING_SHEET_NAME, mappingRows } from '../core';
import type { HeaderMapping } from '../core';
import { columnLetters } from '../core';
import { officeErrorCode } from './host-error';

export interface SaveMappingOptions {
  /** Whether the mapping sheet exists, when known; unknown costs a sync to look. */
  readonly exists?: boolean;
}

/** The errors of a write planned on stale knowledge of the sheet: nothing of that batch was done. */
const STALE = new Set(['ItemNotFound', 'ItemAlreadyExists']);

async function mappingSheetExists(context: Excel.RequestContext): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(MAPPING_SHEET_NAME);
  sheet.load('name');
  await context.sync();
  return !sheet.isNullObject;
}

async function write(context: Excel.RequestContext, rows: string[][], exists: boolean): Promise<void> {
  const worksheets = context.workbook.worksheets;
  if (rows.length === 0) {
    if (!exists) return;
    const sheet = worksheets.getItem(MAPPING_SHEET_NAME);
    // Excel refuses to delete a very hidden sheet; hidden, it may go.
    sheet.visibility = 'Hidden' as Excel.SheetVisibility;
    sheet.delete();
    await context.sync();
    return;
  }
  // The first call of each branch is the one that fails on stale knowledge, before anything is written.
  const sheet = exists ? worksheets.getItem(MAPPING_SHEET_NAME) : worksheets.add(MAPPING_SHEET_NAME);
  if (exists) sheet.getRange().clear();
  const range = sheet.getRange(`A1:${columnLetters(MAPPING_COLUMNS - 1)}${rows.length}`);
  // Text format first, so a sheet name or header starting with `=` stays text.
  range.numberFormat = rows.map((row) => row.map(() => '@'));
  range.values = rows;
  sheet.visibility = 'VeryHidden' as Excel.SheetVisibility;
  await context.sync();
}

/**
 * Creates or rewrites the mapping sheet with `mapping`; an empty mapping deletes the sheet. Returns whether the
 * sheet exists afterwards.
 */
export async function saveMapping(context: Excel.RequestContext, mapping: HeaderMapping, options: SaveMappingOptions = {}): Promise<boolean> {
  const rows = mappingRows(mapping);
  // A reset that believes there is nothing to delete looks first: leaving a stale mapping behind is worse than a sync.
  if (options.exists === undefined || (rows.length === 0 && !options.exists)) {
    await write(context, rows, await mappingSheetExists(context));
    return rows.length > 0;
  }
  try {
    await write(context, rows, options.exists);
  } catch (error) {
    if (!STALE.has(officeErrorCode(error) ?? '')) throw error;
    await write(context, rows, await mappingSheetExists(context));
  }
  return rows.length > 0;
}
