/**
 * Saves the goals editor's goals into the workbook's goals sheet (src/core/authoring/goals-sheet-plan.ts decides which
 * cells): a sheet the workbook has keeps its title rows, header row, notes and formats, and only the cells that
 * change are written; a workbook without one gets the standard template's goals sheet in the chosen language,
 * written by the same code that inserts the standard sheets.
 *
 * Syncs: one to list the sheets (and the table and defined names a new table must avoid); when the workbook has a
 * goals sheet (or a saved header mapping), one to read it; one to write. Creating the sheet takes two.
 */
import { SHEETS } from "../core";
import { planGoalsSheet, needsTextFormat, type GoalsSheetPlan } from "../core";
import { isMappingSheetName, readMapping } from "../core";
import type { ScopedGoal } from "../core";
import type { Lang } from "../core";
import { findSheet } from "../core";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../core";
import { toCellSnapshot } from "./cell-mapping";
import { toHostError } from "./host-error";
import { queueSheet, supportsDataValidation } from "./insert-template";
import { CELL_PROPERTIES } from "./read-blocks";
import { loadWorkbookNames } from "./workbook-names";
import { rectAddress } from "./a1";

export interface WriteGoalsOptions {
  /** Whether a new sheet gets dropdowns and whole-number rules; by default, when Excel supports ExcelApi 1.8. */
  readonly dropdowns?: boolean;
  /** Whether a new sheet's header rows are frozen (ExcelApi 1.7); by default yes. */
  readonly freezePanes?: boolean;
}

export interface WrittenGoals {
  /** The goals sheet's name. */
  readonly sheet: string;
  /** True when the workbook had no goals sheet and one was added. */
  readonly created: boolean;
}

/** Goals sheets and mapping sheets are small; this bounds a read of one that was formatted far down. */
const READ_WINDOW = "A1:AZ1000";

type Rows = Array<Array<CellSnapshot | null>>;

/**
 * A sheet's used cells as the engine sees them, plus the number format of empty cells: a value written into an
 * empty cell formatted as a percentage must be stored as a fraction.
 */
async function readSheets(
  context: Excel.RequestContext,
  worksheets: ReadonlyArray<Excel.Worksheet>
): Promise<SheetSnapshot[]> {
  const used = worksheets.map((worksheet) => {
    const range = worksheet.getRange(READ_WINDOW).getUsedRangeOrNullObject(false);
    range.load(`${CELL_PROPERTIES},rowIndex,columnIndex`);
    return { worksheet, range };
  });
  await context.sync();
  return used.map(({ worksheet, range }) => {
    const rows: Rows = [];
    if (!range.isNullObject) {
      range.values.forEach((values, i) => {
        const row: Array<CellSnapshot | null> = new Array(range.columnIndex).fill(null);
        values.forEach((value, j) => {
          const format = range.numberFormat[i][j];
          const cell = toCellSnapshot(value, range.valueTypes[i][j], format, range.formulas[i][j]);
          const formatted = typeof format === "string" && format !== "" && format !== "General";
          row.push(
            cell ?? (formatted ? { value: null, kind: "empty", numberFormat: format } : null)
          );
        });
        rows[range.rowIndex + i] = row;
      });
    }
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    return { name: worksheet.name, rows };
  });
}

function queueReplace(
  worksheet: Excel.Worksheet,
  plan: Extract<GoalsSheetPlan, { kind: "replace" }>
): void {
  for (const clear of plan.clears) {
    const width = clear.toCol - clear.fromCol + 1;
    worksheet.getRange(rectAddress(clear.row, clear.fromCol, 1, width)).values = [
      new Array(width).fill(""),
    ];
  }
  for (const write of plan.writes) {
    const cell = worksheet.getRange(rectAddress(write.row, write.col, 1, 1));
    // `=` is an operator here, not the start of a formula: such text goes into a Text-formatted cell.
    if (typeof write.value === "string" && needsTextFormat(write.value))
      cell.numberFormat = [["@"]];
    cell.values = [[write.value]];
  }
}

/** Writes `goals` into the goals sheet (creating it when missing), in `lang` where new text is written. */
export async function writeGoals(
  context: Excel.RequestContext,
  goals: ReadonlyArray<ScopedGoal>,
  lang: Lang,
  options: WriteGoalsOptions = {}
): Promise<WrittenGoals> {
  try {
    const { worksheets: listed, byName, takenNames } = await loadWorkbookNames(context);
    const named = findSheet(byName, SHEETS.goals);
    const toRead = listed.filter(
      (worksheet) => isMappingSheetName(worksheet.name) || worksheet.name === named?.sheet.name
    );
    const read = new Map(
      (toRead.length > 0 ? await readSheets(context, toRead) : []).map((sheet) => [
        sheet.name,
        sheet,
      ])
    );
    // A saved header mapping may name another sheet as the goals sheet: that one is read too.
    const mapped = findSheet(byName, SHEETS.goals, readMapping({ sheets: [...read.values()] }));
    if (mapped && !read.has(mapped.sheet.name)) {
      for (const sheet of await readSheets(
        context,
        listed.filter((worksheet) => worksheet.name === mapped.sheet.name)
      ))
        read.set(sheet.name, sheet);
    }

    const snapshot: WorkbookSnapshot = {
      sheets: listed.map(
        (worksheet) => read.get(worksheet.name) ?? { name: worksheet.name, rows: [] }
      ),
    };
    const plan = planGoalsSheet(snapshot, goals, lang, { takenNames });
    if (plan.kind === "create") {
      queueSheet(
        context.workbook.worksheets,
        plan.sheet,
        options.dropdowns ?? supportsDataValidation(),
        options.freezePanes ?? true
      );
    } else {
      queueReplace(context.workbook.worksheets.getItem(plan.sheet), plan);
    }
    await context.sync();
    return {
      sheet: plan.kind === "create" ? plan.sheet.name : plan.sheet,
      created: plan.kind === "create",
    };
  } catch (error) {
    throw toHostError(error, "other", "Saving the goals");
  }
}
