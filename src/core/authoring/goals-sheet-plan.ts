/**
 * What saving the goals editor changes in a workbook, worked out once for every host (Excel, the preview, the
 * tests' fake): either a new goals sheet laid out as the standard template's, or the cells of the goals sheet the
 * workbook has.
 *
 * In an existing sheet the header row, the title rows above it and every format stay. A goal whose indicator and
 * scope a row already has stays in that row, and only its operator or value cell is written, and only when it
 * changed (what the user typed as `≥` stays `≥`; a note beside the row stays with it). A row whose goal was
 * removed is cleared across the table's headed columns (its notes belonged to that goal); new goals take those
 * rows first, then the empty rows below the data.
 */
import { columnLetters } from "../helpers/address";
import { INVALID, isEmptyCell } from "../reading/cell-reader";
import { SHEETS } from "../form/form";
import { readGoalsSheet } from "./goal-rows";
import { scopeLabel } from "../form/labels";
import { HostError } from "../host";
import type { ScopedGoal } from "../form/goals";
import { cleanFloat, isPercentFormat, parseNumberText } from "../helpers/numbers";
import type { Lang } from "../model/report";
import { column, valueAt } from "../rules/sheet-values";
import type { CellSnapshot, WorkbookSnapshot } from "../model/snapshot";
import { standardWorkbook, type TemplateCell, type TemplateSheet } from "./template";
import { templateTitle } from "./template-text";

/** One cell to write (0-based row and column): text as text, numbers as numbers. */
export interface GoalCellWrite {
  readonly row: number;
  readonly col: number;
  readonly value: string | number;
}

/** The values of one row, from column `fromCol` to `toCol` (0-based, inclusive), to be emptied; formats stay. */
export interface GoalRowClear {
  readonly row: number;
  readonly fromCol: number;
  readonly toCol: number;
}

export type GoalsSheetPlan =
  | { readonly kind: "create"; readonly sheet: TemplateSheet }
  | {
      readonly kind: "replace";
      readonly sheet: string;
      /** Applied first. */
      readonly clears: ReadonlyArray<GoalRowClear>;
      readonly writes: ReadonlyArray<GoalCellWrite>;
    };

export interface GoalsPlanOptions {
  /** Table and defined names the workbook already uses (for the table of a new sheet). */
  readonly takenNames?: Iterable<string>;
}

const FIELDS = ["indicator", "operator", "value", "scope"] as const;
type GoalField = (typeof FIELDS)[number];

/** How far down the engine looks for a header row. */
const HEADER_SEARCH_ROWS = 10;

/** The cell of each field for a goal: the indicator by its id (as the report names it), the scope by its label. */
function goalValues(goal: ScopedGoal, lang: Lang): Record<GoalField, string | number> {
  return {
    indicator: goal.indicator,
    operator: goal.operator,
    value: goal.value,
    scope: scopeLabel(goal.scope, lang),
  };
}

/** Text that Excel would take for a formula, a number or a truth value unless its cell is formatted as text. */
export function needsTextFormat(text: string): boolean {
  const trimmed = text.trim();
  if (/^[=+\-@]/.test(trimmed)) return true;
  if (/^(true|false)$/i.test(trimmed)) return true;
  return parseNumberText(trimmed, "en-US") !== null || parseNumberText(trimmed, "vi-VN") !== null;
}

function createPlan(
  workbook: WorkbookSnapshot,
  goals: ReadonlyArray<ScopedGoal>,
  lang: Lang,
  options: GoalsPlanOptions
): GoalsSheetPlan {
  const standard = standardWorkbook(lang, { existing: workbook, takenNames: options.takenNames });
  const template = standard.sheets.find((sheet) => sheet.id === "goals");
  if (!template) throw new HostError("other", "The standard goals sheet could not be laid out.");
  const rowCount = Math.max(template.body.length, goals.length);
  const body: Array<ReadonlyArray<TemplateCell | null>> = [];
  for (let i = 0; i < rowCount; i++) {
    const goal = goals[i];
    if (!goal) {
      body.push(template.columns.map(() => null));
      continue;
    }
    const values = goalValues(goal, lang);
    body.push(
      template.columns.map((column): TemplateCell | null => {
        const value = values[column.field as GoalField];
        if (value === undefined) return null;
        return typeof value === "number"
          ? { kind: "number", value }
          : { kind: "text", text: value };
      })
    );
  }
  const lastDataRow = template.firstDataRow + rowCount - 1;
  return {
    kind: "create",
    sheet: {
      ...template,
      body,
      lastDataRow,
      tableRange: `A${template.headerRow}:${columnLetters(template.columns.length - 1)}${lastDataRow}`,
    },
  };
}

function rowHasContent(
  row: ReadonlyArray<CellSnapshot | null | undefined> | null | undefined
): boolean {
  return Array.isArray(row) && row.some((cell) => !isEmptyCell(cell));
}

/** The number the value cell should hold: a percentage-formatted cell holds 0.95 for 95 (as the engine reads it). */
function storedValue(value: number, cell: CellSnapshot | null | undefined): number {
  return isPercentFormat(cell?.numberFormat) ? cleanFloat(value / 100) : value;
}

type Rows = WorkbookSnapshot["sheets"][number]["rows"];
type GoalsRead = NonNullable<ReturnType<typeof readGoalsSheet>>;

/** Where the header is, and the column of each field (added after the sheet's last column where missing). */
function placeHeader(
  read: GoalsRead,
  rows: Rows,
  lang: Lang,
  writes: GoalCellWrite[]
): { headerRow: number; cols: Record<GoalField, number> } {
  const sheet = read.snapshot;
  const def = SHEETS.goals;
  const width = rows.reduce(
    (widest, row) => Math.max(widest, Array.isArray(row) ? row.length : 0),
    0
  );
  let lastContentRow = -1;
  rows.forEach((row, r) => {
    if (rowHasContent(row)) lastContentRow = r;
  });
  let headerRow = read.headerRow;
  if (headerRow < 0) {
    if (lastContentRow < 0) {
      // An empty goals sheet: laid out as the template lays it out, a title then the header.
      writes.push({ row: 0, col: 0, value: templateTitle("goals", lang) });
      headerRow = 1;
    } else {
      headerRow = lastContentRow + 2 < HEADER_SEARCH_ROWS ? lastContentRow + 2 : lastContentRow + 1;
      if (headerRow >= HEADER_SEARCH_ROWS) {
        throw new HostError(
          "other",
          `The sheet “${sheet.name}” has no goals header in its first ${HEADER_SEARCH_ROWS} rows and no room to add one.`
        );
      }
    }
  }
  const cols: Record<GoalField, number> = { indicator: -1, operator: -1, value: -1, scope: -1 };
  let nextFree = read.headerRow < 0 ? 0 : width;
  for (const field of FIELDS) {
    const index = def.fields.findIndex((candidate) => candidate.id === field);
    const found = read.headerRow < 0 ? -1 : read.cols[index];
    if (found >= 0) {
      cols[field] = found;
    } else {
      cols[field] = nextFree++;
      writes.push({ row: headerRow, col: cols[field], value: def.fields[index].headers[lang] });
    }
  }
  return { headerRow, cols };
}

/** The table's headed columns: the unbroken run of header cells around the form's columns. */
function headedColumns(
  rows: Rows,
  headerRow: number,
  cols: Record<GoalField, number>
): { fromCol: number; toCol: number } {
  const header = rows[headerRow];
  const headed = (col: number) => Array.isArray(header) && !isEmptyCell(header[col]);
  let fromCol = Math.min(...Object.values(cols));
  let toCol = Math.max(...Object.values(cols));
  while (fromCol > 0 && headed(fromCol - 1)) fromCol--;
  while (headed(toCol + 1)) toCol++;
  return { fromCol, toCol };
}

/** The rows that hold a goal now, by indicator and scope: each goal's data row index (or null), and the rows claimed. */
function rowsHoldingGoals(
  read: GoalsRead,
  goals: ReadonlyArray<ScopedGoal>
): { claimed: Set<number>; rowOf: Array<number | null> } {
  const indicator = column(read, "indicator");
  const scope = column(read, "scope");
  const claimed = new Set<number>();
  const rowOf: Array<number | null> = goals.map(() => null);
  goals.forEach((goal, g) => {
    for (let i = 0; i < read.rowNumbers.length; i++) {
      if (claimed.has(i)) continue;
      if (valueAt(indicator, i) === goal.indicator && valueAt(scope, i) === goal.scope) {
        claimed.add(i);
        rowOf[g] = i;
        return;
      }
    }
  });
  return { claimed, rowOf };
}

function replacePlan(
  workbook: WorkbookSnapshot,
  goals: ReadonlyArray<ScopedGoal>,
  lang: Lang
): GoalsSheetPlan {
  const read = readGoalsSheet(workbook, lang)!;
  const sheet = read.snapshot;
  const rows = Array.isArray(sheet.rows) ? sheet.rows : [];
  const writes: GoalCellWrite[] = [];
  const clears: GoalRowClear[] = [];
  const { headerRow, cols } = placeHeader(read, rows, lang, writes);
  const { fromCol, toCol } = headedColumns(rows, headerRow, cols);
  const { claimed, rowOf } = rowsHoldingGoals(read, goals);

  // Rows whose goal went are emptied; they and then the empty rows below the data take the new goals.
  const freed = Array.from(read.rowNumbers).filter((_, i) => !claimed.has(i));
  for (const row of freed) clears.push({ row, fromCol, toCol });
  const taken = new Set<number>([
    ...read.rowNumbers,
    ...read.totals.map((total) => total.row),
    headerRow,
  ]);
  let below = Math.max(headerRow, ...read.rowNumbers, ...read.totals.map((total) => total.row)) + 1;
  const nextRow = (): number => {
    const reused = freed.shift();
    if (reused !== undefined) return reused;
    while (taken.has(below) || rowHasContent(rows[below])) below++;
    return below++;
  };

  const operator = column(read, "operator");
  const value = column(read, "value");
  const cellAt = (row: number, col: number) =>
    Array.isArray(rows[row]) ? rows[row]![col] : undefined;
  goals.forEach((goal, g) => {
    const values = goalValues(goal, lang);
    const i = rowOf[g];
    if (i !== null) {
      const row = read.rowNumbers[i];
      if (valueAt(operator, i) !== goal.operator)
        writes.push({ row, col: cols.operator, value: goal.operator });
      const current = valueAt(value, i);
      if (
        current === INVALID ||
        current === null ||
        typeof current !== "number" ||
        Math.abs(current - goal.value) > 1e-9
      ) {
        writes.push({
          row,
          col: cols.value,
          value: storedValue(goal.value, cellAt(row, cols.value)),
        });
      }
      return;
    }
    const row = nextRow();
    for (const field of FIELDS) {
      const written =
        field === "value" ? storedValue(goal.value, cellAt(row, cols.value)) : values[field];
      writes.push({ row, col: cols[field], value: written });
    }
  });
  return { kind: "replace", sheet: sheet.name, clears, writes };
}

/** The changes that make the workbook's goals sheet hold `goals` (creating it when the workbook has none). */
export function planGoalsSheet(
  workbook: WorkbookSnapshot,
  goals: ReadonlyArray<ScopedGoal>,
  lang: Lang,
  options: GoalsPlanOptions = {}
): GoalsSheetPlan {
  return readGoalsSheet(workbook, lang)
    ? replacePlan(workbook, goals, lang)
    : createPlan(workbook, goals, lang, options);
}
