/**
 * The ExcelApi requirement set that manifest.xml declares: 1.1, Excel 2016 and later (Excel 2016 without updates
 * stops at 1.1/1.2; Excel 2019 volume licensed at 1.8). Every member of a newer set is used only behind
 * `capabilities.supports(…)` (src/excel/capabilities.ts); test/excel/requirement-set.test.ts checks each use
 * against the set that gates it, and test/excel/levels.test.ts runs the add-in at each level with a fake Excel
 * that refuses anything newer.
 *
 * Deliberately not used at all (1.9+): RangeAreas and Worksheet.getRanges (multi-area highlights — we merge
 * cells into rectangles instead), WorksheetCollection.onChanged (we register Worksheet.onChanged on each
 * checked sheet), getSpecialCells. getRangeByIndexes (1.7) is not used either: ranges are addressed in A1.
 */
export const EXCEL_API_REQUIREMENT_SET = { name: "ExcelApi", version: "1.1" } as const;
