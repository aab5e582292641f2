import type { Capabilities } from "./capabilities";

/** The properties of a used range that `usedExtent` reads. */
export const EXTENT_PROPERTIES = "rowIndex,columnIndex,rowCount,columnCount";

/** A sheet's used range by values (getUsedRangeOrNullObject 1.4, valuesOnly 1.2, plain getUsedRange before). */
export function usedRange(worksheet: Excel.Worksheet, capabilities: Capabilities): Excel.Range {
  if (capabilities.supports("1.4")) return worksheet.getUsedRangeOrNullObject(true);
  return capabilities.supports("1.2") ? worksheet.getUsedRange(true) : worksheet.getUsedRange();
}

/** A loaded used range as a short key ("" for an empty sheet), kept to see later whether anyone wrote more. */
export function usedExtent(range: Excel.Range): string {
  if (range.isNullObject) return "";
  return [range.rowIndex, range.columnIndex, range.rowCount, range.columnCount].join(",");
}
