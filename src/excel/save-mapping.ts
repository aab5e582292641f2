/**
 * Saves the header mapping inside the workbook: the very hidden sheet of core/reading/mapping-sheet.ts, which staff
 * cannot see or delete by accident, which travels with the file, and which the command line reads as it is.
 *
 * One sync when the caller knows whether the sheet exists (the host learns it from its last read); one more to
 * look first when it does not, or when what it knew turned out stale. Requirement sets: add, delete, values,
 * numberFormat, clear 1.1; visibility 1.1 (writable since 1.2); getItemOrNullObject 1.4.
 */
import { MAPPING_COLUMNS, MAPPING_SHEET_NAME, mappingRows } from "../core";
import type { HeaderMapping } from "../core";
import { writeVeryHiddenSheet } from "./very-hidden-sheet";

export interface SaveMappingOptions {
  /** Whether the mapping sheet exists, when known; unknown costs a sync to look. */
  readonly exists?: boolean;
}

/**
 * Creates or rewrites the mapping sheet with `mapping`; an empty mapping deletes the sheet. Returns whether the
 * sheet exists afterwards.
 */
export async function saveMapping(
  context: Excel.RequestContext,
  mapping: HeaderMapping,
  options: SaveMappingOptions = {}
): Promise<boolean> {
  const rows = mappingRows(mapping);
  return writeVeryHiddenSheet(
    context,
    { name: MAPPING_SHEET_NAME, columns: MAPPING_COLUMNS, rows },
    options
  );
}
