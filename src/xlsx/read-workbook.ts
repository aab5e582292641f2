import type { WorkbookSnapshot } from '../core';
import { UnreadableWorkbookError, assertLooksLikeXlsx } from './unreadable';
import { readXlsx } from './xlsx/read-xlsx';

function toBytes(input: ArrayBuffer | Uint8Array): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/**
 * Reads a workbook file's bytes into the engine's snapshot. Works in Node and in the browser:
 * the caller reads the file (fs or a File), this never touches a file system.
 * Throws UnreadableWorkbookError when the bytes are not a readable workbook, with the reason.
 *
 * The dispatch point: a zip with a workbook goes to the .xlsx/.xlsm reader (src/xlsx/xlsx/). An OLE
 * compound file (.xls, or an .xlsx with a password) and a zip with an ODF `mimetype` (.ods) are for the
 * legacy reader (read-legacy.ts); until it is there they are refused as today, by assertLooksLikeXlsx
 * and by readXlsx finding no workbook.
 */
export async function readWorkbook(input: ArrayBuffer | Uint8Array): Promise<WorkbookSnapshot> {
  const bytes = toBytes(input);
  assertLooksLikeXlsx(bytes);
  try {
    return readXlsx(bytes);
  } catch (cause) {
    if (cause instanceof UnreadableWorkbookError) throw cause;
    // A fault this reader did not foresee is still a file it cannot read, never a crash.
    throw new UnreadableWorkbookError('damaged', { cause });
  }
}
