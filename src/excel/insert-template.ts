/**
 * Adds the standard committee sheets that the open workbook lacks (src/core/authoring/template.ts): each an Excel table
 * with a title, frozen header, widths, number formats, dropdowns, whole-number rules and live formulas. A sheet
 * the workbook has (recognised as the engine recognises it) is never changed or replaced; the added sheets'
 * dropdowns and summary refer to its cells where they are.
 *
 * Syncs: one to list the sheets and the names in use; one more only when an added sheet refers to a form sheet
 * the workbook has (its header and totals rows are read); one to write everything.
 *
 * Requirement sets: tables, values, formulas, number formats 1.1; column widths 1.2; Range.getUsedRangeOrNullObject
 * 1.4; freezePanes 1.7. Dropdowns and whole-number rules (Range.dataValidation) need ExcelApi 1.8: they are written
 * only where Excel reports 1.8, and the result says when they were left out.
 */
import { columnLetters } from "../core";
import { SHEET_IDS, type SheetId } from "../core";
import type { HeaderMapping } from "../core";
import type { Lang } from "../core";
import type { SheetSnapshot, WorkbookSnapshot } from "../core";
import {
  isStrict,
  sheetsReferredTo,
  standardWorkbook,
  type TemplateCell,
  type TemplateSheet,
  type TemplateValidation,
} from "../core";
import { presentSheetName } from "../core";
import { placeBlock } from "./cell-mapping";
import { toHostError } from "./host-error";
import { CELL_PROPERTIES, dataOf, type Rows } from "./read-blocks";
import { loadWorkbookNames } from "./workbook-names";

export interface InsertedSheets {
  /** The sheets added, in the spec's order. */
  readonly added: ReadonlyArray<{ readonly id: SheetId; readonly name: string }>;
  /** The form sheets the workbook already had, left as they were. */
  readonly present: ReadonlyArray<{ readonly id: SheetId; readonly name: string }>;
  /** False when Excel is older than ExcelApi 1.8: the added sheets have no dropdowns or whole-number rules. */
  readonly dropdowns: boolean;
}

export interface InsertOptions {
  /** Whether to write dropdowns and whole-number rules; by default, when Excel supports ExcelApi 1.8. */
  readonly dataValidation?: boolean;
  /** The workbook's saved header mapping, so that a sheet it maps counts as present. */
  readonly mapping?: HeaderMapping | null;
  /** Whether to freeze the header rows (Worksheet.freezePanes, ExcelApi 1.7); by default yes. */
  readonly freezePanes?: boolean;
}

/** Where the header and totals rows of a referred-to sheet are looked for: far more than a committee's rows. */
const READ_WINDOW = "A1:AZ3000";

export function supportsDataValidation(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported("ExcelApi", "1.8") === true
    );
  } catch {
    return false;
  }
}

/** Excel's column width in points for a width in characters of the default font (7 pixels each, 5 of padding). */
function points(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75);
}

function rule(validation: TemplateValidation): Excel.DataValidationRule {
  if (validation.kind === "whole")
    return { wholeNumber: { formula1: validation.min, operator: "GreaterThanOrEqualTo" } };
  const source = validation.items ? validation.items.join(",") : `=${validation.range}`;
  return { list: { inCellDropDown: true, source } };
}

function writtenFormula(cell: TemplateCell | null): string {
  return cell?.kind === "formula" ? cell.formula : "";
}

function writtenValue(cell: TemplateCell | null): string | number {
  if (!cell) return "";
  return cell.kind === "text" ? cell.text : cell.kind === "number" ? cell.value : "";
}

/** Queues one sheet's writes: text as text (format `@` first), formulas as formulas, one assignment per column. */
export function queueSheet(
  worksheets: Excel.WorksheetCollection,
  sheet: TemplateSheet,
  dropdowns: boolean,
  freezePanes = true
): void {
  const worksheet = worksheets.add(sheet.name);
  const lastLetter = columnLetters(sheet.columns.length - 1);

  const title = worksheet.getRange(`A${sheet.titleRow}`);
  title.numberFormat = [["@"]];
  title.values = [[sheet.title]];
  title.format.font.bold = true;

  const header = worksheet.getRange(`A${sheet.headerRow}:${lastLetter}${sheet.headerRow}`);
  header.numberFormat = [sheet.columns.map(() => "@")];
  header.values = [sheet.columns.map((column) => column.header)];

  for (const column of sheet.columns) {
    const cells = sheet.body.map((row) => row[column.index] ?? null);
    const body = worksheet.getRange(
      `${column.letter}${sheet.firstDataRow}:${column.letter}${sheet.lastDataRow}`
    );
    body.numberFormat = cells.map((cell) => [cell?.numberFormat ?? column.numberFormat]);
    // Only the rows that hold something are written: the goals' four rows, not the table's twenty.
    const filled = cells.reduce((last, cell, i) => (cell ? i : last), -1);
    if (filled >= 0) {
      const span = worksheet.getRange(
        `${column.letter}${sheet.firstDataRow}:${column.letter}${sheet.firstDataRow + filled}`
      );
      const written = cells.slice(0, filled + 1);
      if (written.some((cell) => cell?.kind === "formula"))
        span.formulas = written.map((cell) => [writtenFormula(cell)]);
      else span.values = written.map((cell) => [writtenValue(cell)]);
    }
    worksheet.getRange(`${column.letter}:${column.letter}`).format.columnWidth = points(
      column.width
    );
    if (dropdowns && column.validation) {
      body.dataValidation.rule = rule(column.validation);
      body.dataValidation.errorAlert = {
        showAlert: true,
        style: isStrict(column.validation) ? "Stop" : "Warning",
        title: column.validation.title,
        message: column.validation.message,
      };
    }
  }

  for (const legend of sheet.legends) {
    const cells = worksheet.getRange(
      `${legend.letter}${sheet.headerRow}:${legend.letter}${sheet.firstDataRow + legend.items.length - 1}`
    );
    cells.numberFormat = Array.from({ length: legend.items.length + 1 }, () => ["@"]);
    cells.values = [[legend.heading], ...legend.items.map((item) => [item])];
    worksheet.getRange(`${legend.letter}${sheet.headerRow}`).format.font.bold = true;
    worksheet.getRange(`${legend.letter}:${legend.letter}`).format.columnWidth = points(
      legend.width
    );
  }

  const table = worksheet.tables.add(sheet.tableRange, true);
  table.name = sheet.tableName;
  if (freezePanes) worksheet.freezePanes.freezeRows(sheet.headerRow);
}

/** The cells (within READ_WINDOW) of the form sheets the added sheets refer to, for the engine to find their rows. */
async function readReferred(
  context: Excel.RequestContext,
  worksheets: ReadonlyArray<Excel.Worksheet>
): Promise<Map<string, SheetSnapshot>> {
  const used = worksheets.map((worksheet) => {
    const range = worksheet.getRange(READ_WINDOW).getUsedRangeOrNullObject(true);
    range.load(`${CELL_PROPERTIES},rowIndex,columnIndex`);
    return { worksheet, range };
  });
  await context.sync();
  const sheets = new Map<string, SheetSnapshot>();
  for (const { worksheet, range } of used) {
    const rows: Rows = [];
    if (!range.isNullObject) placeBlock(rows, range.rowIndex, range.columnIndex, dataOf(range));
    sheets.set(worksheet.name, { name: worksheet.name, rows });
  }
  return sheets;
}

/** Adds the standard sheets the workbook lacks, in `lang`; returns which were added. */
export async function insertStandardSheets(
  context: Excel.RequestContext,
  lang: Lang,
  options: InsertOptions = {}
): Promise<InsertedSheets> {
  try {
    const { worksheets: listed, byName, takenNames } = await loadWorkbookNames(context);
    const { mapping } = options;
    const missing = SHEET_IDS.filter((id) => presentSheetName(byName, id, mapping) === null);
    const dropdowns = options.dataValidation ?? supportsDataValidation();
    if (missing.length === 0) {
      return {
        added: [],
        present: SHEET_IDS.map((id) => ({
          id,
          name: presentSheetName(byName, id, mapping) as string,
        })),
        dropdowns,
      };
    }

    const referredNames = new Set(
      sheetsReferredTo(missing)
        .map((id) => presentSheetName(byName, id, mapping))
        .filter((name): name is string => name !== null)
    );
    const read =
      referredNames.size > 0
        ? await readReferred(
            context,
            listed.filter((worksheet) => referredNames.has(worksheet.name))
          )
        : new Map<string, SheetSnapshot>();
    const existing: WorkbookSnapshot = {
      sheets: listed.map(
        (worksheet) => read.get(worksheet.name) ?? { name: worksheet.name, rows: [] }
      ),
    };
    const standard = standardWorkbook(lang, { existing, takenNames, mapping });

    for (const sheet of standard.sheets)
      queueSheet(context.workbook.worksheets, sheet, dropdowns, options.freezePanes ?? true);
    await context.sync();
    return {
      added: standard.sheets.map((sheet) => ({ id: sheet.id, name: sheet.name })),
      present: standard.present,
      dropdowns,
    };
  } catch (error) {
    throw toHostError(error, "other", "Adding the standard sheets");
  }
}
