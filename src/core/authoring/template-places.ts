/**
 * Where a committee sheet that the workbook already has keeps its data, read
 * as the engine reads it, so that the sheets the template adds refer to the
 * right cells (a units sheet with a title block and its codes in column B).
 */
import { FindingList } from "../findings/findings";
import { SHEETS, type SheetId } from "../form/form";
import type { HeaderMapping } from "../form/mapping-types";
import type { Lang } from "../model/report";
import { findSheet, readSheet } from "../reading/sheet-reader";
import type { WorkbookSnapshot } from "../model/snapshot";
import type { SheetPlace } from "./template-formulas";

/** How far down a formula over a sheet without a totals row reaches, so that rows typed later count too. */
export const REFERENCE_LAST_ROW = 2000;

/** The sheet's own name when the workbook has the form sheet `id` (by the engine's recognition, saved mapping included), else null. */
export function presentSheetName(
  workbook: WorkbookSnapshot,
  id: SheetId,
  mapping?: HeaderMapping | null
): string | null {
  const found = findSheet(workbook, SHEETS[id], mapping);
  return found ? found.sheet.name : null;
}

/**
 * The data of an existing form sheet: from below its header down to row 2000 (or its last row, if lower), or,
 * when it has a totals row (a sum staff keep under the data), only the data rows, so that a formula does not
 * count the total twice (a subtotal between data rows is still counted: the form has none). Null when the
 * workbook lacks the sheet or no header row is recognised.
 */
export function existingPlace(
  workbook: WorkbookSnapshot,
  id: SheetId,
  lang: Lang,
  mapping?: HeaderMapping | null
): SheetPlace | null {
  const def = SHEETS[id];
  const found = findSheet(workbook, def, mapping);
  if (!found) return null;
  // The findings of this read are not the user's concern here; validation reports them.
  const read = readSheet({
    def,
    found,
    findings: new FindingList(lang),
    locale: "vi-VN",
    lang,
    mapping,
  });
  if (read.headerRow < 0) return null;
  const dataRows = read.rowNumbers;
  if (read.totals.length > 0) {
    if (dataRows.length === 0) return null;
    return {
      id,
      sheet: found.sheet.name,
      firstRow: dataRows[0] + 1,
      lastRow: dataRows[dataRows.length - 1] + 1,
      columns: read.cols,
    };
  }
  const firstRow = read.headerRow + 2;
  const lastRow = Math.max(
    REFERENCE_LAST_ROW,
    firstRow,
    dataRows.length > 0 ? dataRows[dataRows.length - 1] + 1 : 0
  );
  return { id, sheet: found.sheet.name, firstRow, lastRow, columns: read.cols };
}
