import { readMapping } from "../reading/mapping-sheet";
/**
 * The authoring actions (insert the standard sheets, save the goals) applied to a workbook snapshot, for hosts
 * that hold the workbook in memory (the browser preview) and for tests. The result is the snapshot Excel would
 * read after the same action: the template's formulas carry the results Excel would show.
 */
import { needsTextFormat, planGoalsSheet, type GoalsSheetPlan } from "./goals-sheet-plan";
import type { ScopedGoal } from "../form/goals";
import type { Lang } from "../model/report";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../model/snapshot";
import { standardWorkbook, type TemplateCell, type TemplateSheet } from "./template";
import { isCalcError, type CalcBook, type CalcValue } from "./template-calc";
import { templateCalcBook } from "./template-results";

type Row = Array<CellSnapshot | null>;

const TEXT_FORMAT = "@";

function text(value: string): CellSnapshot {
  return { value, kind: "text", numberFormat: TEXT_FORMAT };
}

function formulaResult(value: CalcValue, numberFormat: string | undefined): CellSnapshot {
  const format = numberFormat === undefined || numberFormat === "General" ? {} : { numberFormat };
  // A formula over a blank cell shows 0; one that yields "" shows nothing.
  if (value === null) return { value: 0, kind: "number", formula: true, ...format };
  if (isCalcError(value)) return { value: value.error, kind: "error", formula: true, ...format };
  if (typeof value === "number") return { value, kind: "number", formula: true, ...format };
  if (typeof value === "boolean") return { value, kind: "boolean", formula: true, ...format };
  if (value === "") return { value: null, kind: "empty", formula: true, ...format };
  return { value, kind: "text", formula: true, ...format };
}

function bodyCell(
  cell: TemplateCell | null,
  numberFormat: string,
  result: () => CalcValue
): CellSnapshot | null {
  if (!cell) return null;
  const format = cell.numberFormat ?? numberFormat;
  switch (cell.kind) {
    case "text":
      return text(cell.text);
    case "number":
      return format === "General"
        ? { value: cell.value, kind: "number" }
        : { value: cell.value, kind: "number", numberFormat: format };
    case "formula":
      return formulaResult(result(), format);
  }
}

/** One standard sheet as Excel would read it once added: title, header, body (formulas as their results), lists beside it. */
export function templateSheetSnapshot(sheet: TemplateSheet, calc?: CalcBook): SheetSnapshot {
  const rows: Row[] = [];
  const rowAt = (row: number): Row => {
    while (rows.length < row) rows.push([]);
    return rows[row - 1];
  };
  rowAt(sheet.titleRow)[0] = text(sheet.title);
  const header = rowAt(sheet.headerRow);
  for (const column of sheet.columns) header[column.index] = text(column.header);
  sheet.body.forEach((cells, i) => {
    const row = rowAt(sheet.firstDataRow + i);
    for (const column of sheet.columns) {
      const cell = bodyCell(
        cells[column.index] ?? null,
        column.numberFormat,
        () => calc?.value(sheet.name, sheet.firstDataRow + i, column.index) ?? null
      );
      if (cell) row[column.index] = cell;
    }
  });
  for (const legend of sheet.legends) {
    rowAt(sheet.headerRow)[legend.index] = text(legend.heading);
    legend.items.forEach((item, i) => (rowAt(sheet.firstDataRow + i)[legend.index] = text(item)));
  }
  for (const row of rows) for (let c = 0; c < row.length; c++) row[c] ??= null;
  return { name: sheet.name, rows };
}

/** The workbook with the standard sheets it lacks added at the end (as Excel adds sheets), and their names. */
export function withStandardSheets(
  workbook: WorkbookSnapshot,
  lang: Lang
): { snapshot: WorkbookSnapshot; added: string[] } {
  // A sheet the saved header mapping names counts as present: no blank standard copy is added beside it.
  const standard = standardWorkbook(lang, { existing: workbook, mapping: readMapping(workbook) });
  const calc = templateCalcBook(standard, workbook);
  const added = standard.sheets.map((sheet) => templateSheetSnapshot(sheet, calc));
  return {
    snapshot: { sheets: [...workbook.sheets, ...added] },
    added: added.map((sheet) => sheet.name),
  };
}

function replaced(
  sheet: SheetSnapshot,
  plan: Extract<GoalsSheetPlan, { kind: "replace" }>
): SheetSnapshot {
  const rows: Row[] = (Array.isArray(sheet.rows) ? sheet.rows : []).map((row) =>
    Array.isArray(row) ? [...row] : []
  );
  const rowAt = (row: number): Row => {
    while (rows.length <= row) rows.push([]);
    return rows[row];
  };
  for (const clear of plan.clears) {
    const row = rowAt(clear.row);
    for (let col = clear.fromCol; col <= clear.toCol && col < row.length; col++) {
      const format = row[col]?.numberFormat;
      // Clearing keeps the cell's format, as Excel's clear of contents does.
      row[col] = format === undefined ? null : { value: null, kind: "empty", numberFormat: format };
    }
  }
  for (const write of plan.writes) {
    const row = rowAt(write.row);
    while (row.length < write.col) row.push(null);
    const format = row[write.col]?.numberFormat;
    if (typeof write.value === "number") {
      row[write.col] =
        format === undefined
          ? { value: write.value, kind: "number" }
          : { value: write.value, kind: "number", numberFormat: format };
    } else {
      // Text stays text: a cell that would read it as something else gets the Text format first, as the Excel host does.
      const numberFormat = needsTextFormat(write.value) ? TEXT_FORMAT : format;
      row[write.col] =
        numberFormat === undefined
          ? { value: write.value, kind: "text" }
          : { value: write.value, kind: "text", numberFormat };
    }
  }
  return { name: sheet.name, rows };
}

/** The workbook after saving `goals`: its goals sheet rewritten (or created at the end). */
export function withGoalsWritten(
  workbook: WorkbookSnapshot,
  goals: ReadonlyArray<ScopedGoal>,
  lang: Lang
): WorkbookSnapshot {
  const plan = planGoalsSheet(workbook, goals, lang);
  if (plan.kind === "create")
    return { sheets: [...workbook.sheets, templateSheetSnapshot(plan.sheet)] };
  return {
    sheets: workbook.sheets.map((sheet) =>
      sheet.name === plan.sheet ? replaced(sheet, plan) : sheet
    ),
  };
}
