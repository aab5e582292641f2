/**
 * The standard committee workbook as an .xlsx, with exceljs (Node and the browser): the sheets of
 * src/core/authoring/template.ts as Excel tables with their title, frozen header, widths, number formats, dropdowns,
 * whole-number rules and formulas. exceljs computes no formula, so each carries the result Excel would show
 * (src/core/authoring/template-results.ts); Excel recomputes them all when it opens the file.
 */
import ExcelJS from "exceljs";
import type { HeaderMapping } from "../core";
import type { Lang } from "../core";
import type { SheetSnapshot, WorkbookSnapshot, CellSnapshot } from "../core";
import {
  standardWorkbook,
  isStrict,
  type StandardWorkbook,
  type TemplateCell,
  type TemplateSheet,
  type TemplateValidation,
} from "../core";
import { isCalcError, type CalcBook, type CalcValue } from "../core";
import { templateCalcBook } from "../core";
import { toCellSnapshot } from "./cell-snapshot";

export interface WriteTemplateOptions {
  /** A workbook to add the missing standard sheets to; its own sheets are left as they are. */
  readonly existing?: ExcelJS.Workbook;
  /** Its saved header mapping, so that a sheet it maps counts as present. */
  readonly mapping?: HeaderMapping | null;
}

const TABLE_THEME = "TableStyleMedium2";

/** exceljs keeps range data validations here; its typings only show the per-cell `cell.dataValidation`. */
interface WithDataValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = workbook.worksheets.map((worksheet) => {
    const rows: Array<Array<CellSnapshot | null> | null> = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      while (rows.length < rowNumber - 1) rows.push(null);
      const cells: Array<CellSnapshot | null> = [];
      for (let col = 1; col <= row.cellCount; col++) {
        const cell = row.findCell(col);
        cells.push(cell === undefined ? null : toCellSnapshot(cell));
      }
      rows.push(cells);
    });
    return { name: worksheet.name, rows };
  });
  return { sheets };
}

/** Table and defined names already in the workbook: a new table may take none of them. */
function takenNames(workbook: ExcelJS.Workbook): string[] {
  const tables = workbook.worksheets.flatMap((worksheet) =>
    worksheet.getTables().map((entry) => tableName(entry))
  );
  const defined = (workbook.definedNames.model ?? []).map((name) => name.name);
  return [...tables, ...defined].filter((name): name is string => typeof name === "string");
}

/** exceljs's getTables() is typed as tuples but gives Table objects, whose model holds the name. */
function tableName(entry: unknown): string | undefined {
  const table = entry as { name?: unknown; table?: { name?: unknown } };
  const name = table.table?.name ?? table.name;
  return typeof name === "string" ? name : undefined;
}

function cachedResult(value: CalcValue): ExcelJS.CellFormulaValue["result"] {
  if (isCalcError(value)) return { error: value.error } as ExcelJS.CellErrorValue;
  // A formula that points at a blank cell shows 0 in Excel.
  return value === null ? 0 : value;
}

function cellValue(cell: TemplateCell | null, result: () => CalcValue): ExcelJS.CellValue {
  if (!cell) return null;
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "number":
      return cell.value;
    case "formula":
      return { formula: cell.formula.replace(/^=/, ""), result: cachedResult(result()) };
  }
}

function dataValidation(validation: TemplateValidation): ExcelJS.DataValidation {
  const errorStyle = isStrict(validation) ? "stop" : "warning";
  if (validation.kind === "whole") {
    return {
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [validation.min],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle,
      errorTitle: validation.title,
      error: validation.message,
    };
  }
  const source = validation.items ? `"${validation.items.join(",")}"` : validation.range;
  return {
    type: "list",
    formulae: [source],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle,
    errorTitle: validation.title,
    error: validation.message,
  };
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: TemplateSheet, book: CalcBook): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: "frozen", ySplit: sheet.headerRow }],
  });
  for (const column of sheet.columns) worksheet.getColumn(column.index + 1).width = column.width;
  for (const legend of sheet.legends) worksheet.getColumn(legend.index + 1).width = legend.width;

  const title = worksheet.getCell(sheet.titleRow, 1);
  title.value = sheet.title;
  title.font = { bold: true, size: 13 };

  worksheet.addTable({
    name: sheet.tableName,
    ref: `A${sheet.headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_THEME, showRowStripes: true },
    columns: sheet.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows: sheet.body.map((cells, i) =>
      cells.map((cell, column) =>
        cellValue(cell, () => book.value(sheet.name, sheet.firstDataRow + i, column))
      )
    ),
  });
  worksheet.getRow(sheet.headerRow).alignment = { vertical: "middle", wrapText: true };

  sheet.body.forEach((cells, i) => {
    const row = worksheet.getRow(sheet.firstDataRow + i);
    sheet.columns.forEach((column) => {
      row.getCell(column.index + 1).numFmt =
        cells[column.index]?.numberFormat ?? column.numberFormat;
    });
  });

  const validations = (worksheet as unknown as WithDataValidations).dataValidations;
  for (const column of sheet.columns) {
    if (!column.validation) continue;
    validations.add(
      `${column.letter}${sheet.firstDataRow}:${column.letter}${sheet.lastDataRow}`,
      dataValidation(column.validation)
    );
  }

  for (const legend of sheet.legends) {
    const heading = worksheet.getCell(sheet.headerRow, legend.index + 1);
    heading.value = legend.heading;
    heading.font = { bold: true, italic: true };
    legend.items.forEach((item, i) => {
      const cell = worksheet.getCell(sheet.firstDataRow + i, legend.index + 1);
      cell.value = item;
      cell.numFmt = "@";
    });
  }
}

/** Adds to `workbook` the standard sheets it lacks, in `lang`; returns what was added (and what was already there). */
export function addStandardSheets(
  workbook: ExcelJS.Workbook,
  lang: Lang,
  mapping?: HeaderMapping | null
): StandardWorkbook {
  const existing = snapshotOf(workbook);
  const standard = standardWorkbook(lang, { existing, takenNames: takenNames(workbook), mapping });
  const book = templateCalcBook(standard, existing);
  for (const sheet of standard.sheets) writeSheet(workbook, sheet, book);
  // The cached results are what the sheets show now; Excel recomputes them (and any of the user's) on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  return standard;
}

/** The .xlsx bytes of the standard workbook in `lang`, or of `existing` with the standard sheets it lacks. */
export async function writeTemplate(
  lang: Lang,
  options: WriteTemplateOptions = {}
): Promise<Uint8Array> {
  const workbook = options.existing ?? new ExcelJS.Workbook();
  addStandardSheets(workbook, lang, options.mapping);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
