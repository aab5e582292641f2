/**
 * The goals as the goals editor starts from them: the rows of the workbook's goals sheet, read by the engine's
 * own recognition (sheet name, header row, saved header mapping, enum spellings, percentage cells), or the spec's defaults when the
 * workbook has no goals sheet or no row in it.
 */
import { INVALID, classifyCell } from "../reading/cell-reader";
import { FindingList } from "../findings/findings";
import { SHEETS } from "../form/form";
import { DEFAULT_GOALS, type ScopedGoal } from "../form/goals";
import { formatNumber } from "../form/labels";
import { readMapping } from "../reading/mapping-sheet";
import { displayText } from "../helpers/normalise";
import type { Lang, Locale } from "../model/report";
import { readGoals } from "../rules/goals-sheet";
import { column, valueAt, type Column } from "../rules/sheet-values";
import { findSheet, readSheet, type SheetRead } from "../reading/sheet-reader";
import type { WorkbookSnapshot } from "../model/snapshot";

/**
 * One goal as the editor holds it while the user types: the indicator and scope as ids (or the text the sheet
 * had when it names none), the operator and value as typed.
 */
export interface GoalDraft {
  readonly indicator: string;
  readonly operator: string;
  readonly value: string;
  readonly scope: string;
}

/** Where a goal shown in the editor came from: a row of the goals sheet (1-based, as Excel numbers it) or the defaults. */
export type GoalOrigin =
  | { readonly kind: "sheet"; readonly sheet: string; readonly row: number }
  | { readonly kind: "default" };

export interface GoalEntry {
  readonly draft: GoalDraft;
  readonly origin: GoalOrigin;
}

export interface WorkbookGoals {
  /** What the report's goalsSource is for this workbook: `workbook` when its goals sheet has a usable goal. */
  readonly source: "workbook" | "default";
  /** The goals sheet's own name, or null when the workbook has none. */
  readonly sheet: string | null;
  /** The sheet's goal rows in order (usable or not, so that the user can correct them), or the defaults when it has none. */
  readonly entries: ReadonlyArray<GoalEntry>;
}

/** Many decimals: the editor must show the value the sheet holds, not a rounding of it. */
const VALUE_DECIMALS = 10;

/** A goal as the editor shows it: the value with the language's decimal mark (`90,5` in Vietnamese). */
export function draftOf(goal: ScopedGoal, lang: Lang): GoalDraft {
  return {
    indicator: goal.indicator,
    operator: goal.operator,
    value: formatNumber(goal.value, lang, VALUE_DECIMALS),
    scope: goal.scope,
  };
}

/** What the cell shows, for a cell the engine could not read as its field (so the user sees what to correct). */
function shownText(read: SheetRead, row: number, col: Column): string {
  if (col.col < 0) return "";
  const cell = classifyCell(read.snapshot.rows[row]?.[col.col]);
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
      return displayText(cell.value);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    default:
      return String(cell.value);
  }
}

function textOf(read: SheetRead, i: number, col: Column): string {
  const value = valueAt(col, i);
  if (value === INVALID) return shownText(read, read.rowNumbers[i], col);
  return value === null ? "" : String(value);
}

function valueText(read: SheetRead, i: number, col: Column, lang: Lang): string {
  const value = valueAt(col, i);
  if (typeof value === "number") return formatNumber(value, lang, VALUE_DECIMALS);
  return value === INVALID ? shownText(read, read.rowNumbers[i], col) : "";
}

/**
 * The goals sheet as the engine reads it, or null when the workbook has none. `locale` is the culture of numbers
 * stored as text, as in validation (the pane validates under vi-VN whatever the language).
 */
export function readGoalsSheet(
  snapshot: WorkbookSnapshot,
  lang: Lang,
  locale: Locale = "vi-VN"
): SheetRead | null {
  const def = SHEETS.goals;
  // The committee's own sheet name and headers, saved in the workbook, count as they do in validation.
  const mapping = readMapping(snapshot);
  const found = findSheet(snapshot, def, mapping);
  if (!found) return null;
  // Findings of this read are the validation's business; here only the values matter.
  return readSheet({ def, found, findings: new FindingList(lang), locale, lang, mapping });
}

/** The goals now in the workbook (see WorkbookGoals), each with where it came from. */
export function readGoalRows(
  snapshot: WorkbookSnapshot,
  lang: Lang = "vi",
  locale: Locale = "vi-VN"
): WorkbookGoals {
  const read = readGoalsSheet(snapshot, lang, locale);
  const usable = read ? readGoals(read, lang) : [];
  const source = usable.length > 0 ? "workbook" : "default";
  if (!read || read.rowNumbers.length === 0) {
    return {
      source,
      sheet: read ? read.place.sheet : null,
      entries: DEFAULT_GOALS.map((goal) => ({
        draft: draftOf(goal, lang),
        origin: { kind: "default" } as const,
      })),
    };
  }
  const indicator = column(read, "indicator");
  const operator = column(read, "operator");
  const value = column(read, "value");
  const scope = column(read, "scope");
  const sheet = read.place.sheet;
  const entries = Array.from(read.rowNumbers, (row, i): GoalEntry => ({
    draft: {
      indicator: textOf(read, i, indicator),
      operator: textOf(read, i, operator),
      value: valueText(read, i, value, lang),
      scope: textOf(read, i, scope),
    },
    origin: { kind: "sheet", sheet, row: row + 1 },
  }));
  return { source, sheet, entries };
}
