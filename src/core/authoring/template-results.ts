/**
 * What each formula of the standard sheets shows, once added to a workbook:
 * over empty tables the rates are "" and the summary is zeros; beside a units
 * sheet the workbook already has, the summary counts its units. A file written
 * without Excel carries these as the formulas' cached results.
 */
import type { CellSnapshot, WorkbookSnapshot } from "../model/snapshot";
import { calculate, type CalcBook, type CalcTable, type CalcValue } from "./template-calc";
import type { StandardWorkbook, TemplateCell, TemplateSheet } from "./template";

function snapshotValue(cell: CellSnapshot | null | undefined): CalcValue {
  if (!cell || cell.value === null) return null;
  if (cell.kind === "error") return { error: String(cell.value) };
  return cell.value;
}

function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The cell of an added sheet at (1-based row, 0-based column): title, header, legend or body. */
function templateCellAt(sheet: TemplateSheet, row: number, column: number): TemplateCell | null {
  if (row === sheet.titleRow) return column === 0 ? { kind: "text", text: sheet.title } : null;
  const legend = sheet.legends.find((candidate) => candidate.index === column);
  if (legend) {
    if (row === sheet.headerRow) return { kind: "text", text: legend.heading };
    const item = legend.items[row - sheet.firstDataRow];
    return item === undefined ? null : { kind: "text", text: item };
  }
  if (row === sheet.headerRow) {
    const header = sheet.columns[column]?.header;
    return header === undefined ? null : { kind: "text", text: header };
  }
  return sheet.body[row - sheet.firstDataRow]?.[column] ?? null;
}

/** A CalcBook over the workbook as it will be: its own sheets as they are, and the standard sheets added to it. */
export function templateCalcBook(
  standard: StandardWorkbook,
  existing: WorkbookSnapshot = { sheets: [] }
): CalcBook {
  const results = new Map<string, CalcValue>();
  const computing = new Set<string>();
  const book: CalcBook = {
    value(sheetName, row, column) {
      const added = standard.sheets.find((sheet) => sameSheet(sheet.name, sheetName));
      if (!added) {
        const sheet = existing.sheets.find((candidate) => sameSheet(candidate.name, sheetName));
        return snapshotValue(sheet?.rows[row - 1]?.[column]);
      }
      const cell = templateCellAt(added, row, column);
      if (!cell) return null;
      if (cell.kind === "text") return cell.text;
      if (cell.kind === "number") return cell.value;
      const key = `${added.name}!${row},${column}`;
      const known = results.get(key);
      if (known !== undefined) return known;
      if (computing.has(key)) throw new Error(`The template's formula at ${key} refers to itself`);
      computing.add(key);
      const result = calculate(cell.formula, added.name, book);
      computing.delete(key);
      results.set(key, result);
      return result;
    },
    table(name): CalcTable | null {
      const sheet = standard.sheets.find(
        (candidate) => candidate.tableName.toLowerCase() === name.toLowerCase()
      );
      if (!sheet) return null;
      return {
        sheet: sheet.name,
        firstRow: sheet.firstDataRow,
        lastRow: sheet.lastDataRow,
        firstColumn: 0,
        headers: sheet.columns.map((column) => column.header),
      };
    },
  };
  return book;
}
