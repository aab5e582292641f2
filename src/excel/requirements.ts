/**
 * The ExcelApi requirement set that manifest.xml declares. Nothing in src/excel may use an API newer than this:
 * Excel 2019 (volume licensed) and older Excel for Mac builds stop at 1.7/1.8, and committee offices keep such
 * installations for years.
 *
 * What needs which set (highest first):
 * - 1.7: Range.hyperlink (report links), Worksheet.onChanged (stale results), Worksheet.getRangeByIndexes
 *   (row blocks, report tables), Workbook.protection (no report sheet in a protected structure), Workbook.name.
 * - 1.6: Range.conditionalFormats, ConditionalFormatCollection.add/getItem, ConditionalFormat.id/type/delete,
 *   ConditionalFormat.customOrNullObject, CustomConditionalFormat.rule/format (highlights that leave the user's
 *   formats alone).
 * - 1.4: Worksheet.getUsedRangeOrNullObject / Range.getUsedRangeOrNullObject, Workbook.settings
 *   (SettingCollection.add/getItemOrNullObject).
 * - 1.2: WorksheetProtection.protected, RangeFormat.columnWidth.
 * - 1.1: worksheets, values, valueTypes, numberFormat, formulas, activate, select, add/delete sheets.
 *
 * Deliberately not used (1.9): RangeAreas and Worksheet.getRanges (multi-area highlights — we merge cells into
 * rectangles instead), WorksheetCollection.onChanged (we register Worksheet.onChanged on each checked sheet),
 * getSpecialCells.
 */
export const EXCEL_API_REQUIREMENT_SET = { name: 'ExcelApi', version: '1.7' } as const;
