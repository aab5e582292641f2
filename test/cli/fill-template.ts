/**
 * Fills a written template .xlsx with figures, as staff would type them, and stores in every formula cell the
 * result Excel would show (exceljs computes nothing; src/core/authoring/template-calc.ts computes the template's formulas).
 * Columns are found by the headers in the file, not taken from the template's description.
 */
import ExcelJS from "exceljs";
import { SHEETS, SHEET_IDS, type Lang } from "../../src/core";
import {
  calculate,
  isCalcError,
  type CalcBook,
  type CalcTable,
  type CalcValue,
} from "../../src/core";
import type { FigureRows } from "../support/sample-figures";

interface TableModel {
  name: string;
  tableRef: string;
  headerRow?: boolean;
  columns: Array<{ name: string }>;
}

function tablesOf(worksheet: ExcelJS.Worksheet): TableModel[] {
  return worksheet.getTables().map((entry) => (entry as unknown as { table: TableModel }).table);
}

function decode(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)([0-9]+)$/.exec(address.replace(/\$/g, ""));
  if (!match) throw new Error(`not a cell: ${address}`);
  let column = 0;
  for (const letter of match[1]) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column: column - 1 };
}

function plainValue(value: ExcelJS.CellValue): CalcValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((run) => run.text).join("");
  if (typeof value === "object" && "error" in value) return { error: value.error };
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}

/** The workbook's formulas, computed over its cells and tables. */
export function workbookCalc(workbook: ExcelJS.Workbook): CalcBook {
  const results = new Map<string, CalcValue>();
  const book: CalcBook = {
    value(sheetName, row, column) {
      const worksheet = workbook.worksheets.find(
        (candidate) => candidate.name.toLowerCase() === sheetName.toLowerCase()
      );
      if (!worksheet) return { error: "#REF!" };
      const cell = worksheet.getCell(row, column + 1);
      if (cell.type !== ExcelJS.ValueType.Formula) return plainValue(cell.value);
      const key = `${worksheet.name}!${cell.address}`;
      if (!results.has(key)) results.set(key, calculate(cell.formula, worksheet.name, book));
      return results.get(key) as CalcValue;
    },
    table(name): CalcTable | null {
      for (const worksheet of workbook.worksheets) {
        const table = tablesOf(worksheet).find(
          (candidate) => candidate.name.toLowerCase() === name.toLowerCase()
        );
        if (!table) continue;
        const [from, to] = table.tableRef.split(":").map(decode);
        return {
          sheet: worksheet.name,
          firstRow: from.row + (table.headerRow === false ? 0 : 1),
          lastRow: to.row,
          firstColumn: from.column,
          headers: table.columns.map((column) => column.name),
        };
      }
      return null;
    },
  };
  return book;
}

/** Stores each formula's computed result as its cached value. */
export function cacheFormulaResults(workbook: ExcelJS.Workbook): number {
  const book = workbookCalc(workbook);
  let count = 0;
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const result = book.value(worksheet.name, Number(row.number), Number(cell.col) - 1);
        cell.value = {
          formula: cell.formula,
          result: isCalcError(result)
            ? ({ error: result.error } as ExcelJS.CellErrorValue)
            : (result ?? 0),
        };
        count++;
      });
    });
  }
  return count;
}

/** The header row (1-based) and each field's 1-based column, found by the headers in `lang`. */
export function headerColumns(
  worksheet: ExcelJS.Worksheet,
  id: (typeof SHEET_IDS)[number],
  lang: Lang
): { headerRow: number; columns: Map<string, number> } {
  for (let row = 1; row <= 10; row++) {
    const columns = new Map<string, number>();
    worksheet.getRow(row).eachCell((cell, column) => {
      const field = SHEETS[id].fields.find((candidate) => candidate.headers[lang] === cell.value);
      if (field) columns.set(field.id, column);
    });
    if (columns.size === SHEETS[id].fields.length) return { headerRow: row, columns };
  }
  throw new Error(`${worksheet.name} has no header row with every field in ${lang}`);
}

/** The template's bytes with `figures` typed in below each header, formulas' results cached. */
export async function fillTemplate(
  bytes: Uint8Array,
  lang: Lang,
  figures: FigureRows
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const id of SHEET_IDS) {
    const rows = figures[id];
    if (!rows) continue;
    const worksheet = workbook.getWorksheet(SHEETS[id].names[lang]);
    if (!worksheet) throw new Error(`the template has no sheet ${SHEETS[id].names[lang]}`);
    const { headerRow, columns } = headerColumns(worksheet, id, lang);
    rows.forEach((record, i) => {
      for (const [field, value] of Object.entries(record)) {
        const column = columns.get(field);
        if (column === undefined) throw new Error(`${worksheet.name} has no column for ${field}`);
        worksheet.getCell(headerRow + 1 + i, column).value = value;
      }
    });
  }
  cacheFormulaResults(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
