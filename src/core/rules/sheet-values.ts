/** Small typed accessors over a read sheet, shared by the rules. */
import type { FieldValue } from "../reading/cell-reader";
import type { FindingCode } from "../model/report";
import type { FindingDetails, Place } from "../findings/findings";
import { keepLayout } from "../helpers/kept-layouts";
import { IDLE_READ, fieldIndex, type SheetRead } from "../reading/sheet-reader";
import { ValueColumn } from "../reading/value-column";

export function numberValue(value: FieldValue | undefined): number | null {
  return typeof value === "number" ? value : null;
}

export function textValue(value: FieldValue | undefined): string | null {
  return typeof value === "string" ? value : null;
}

/** Column accessors for one field of a read sheet. */
export interface Column {
  readonly id: string;
  readonly index: number;
  /** -1 when the sheet has no such column. */
  readonly col: number;
  readonly present: boolean;
  /** Its value in each data row (empty when the column is absent). */
  readonly values: ValueColumn;
}

const NO_VALUES = ValueColumn.empty();

export function column(read: SheetRead, fieldId: string): Column {
  const index = fieldIndex(read.def, fieldId);
  const col = index >= 0 ? read.cols[index] : -1;
  return {
    id: fieldId,
    index,
    col,
    present: col >= 0,
    values: index >= 0 ? read.values[index] : NO_VALUES,
  };
}

/** The value of data row i (null where blank or where the column is absent). */
export function valueAt(column: Column, i: number): FieldValue {
  return column.values.at(i);
}

export function placeAt(read: SheetRead, row: number, col?: number): Place {
  return { sheet: read.place.sheet, order: read.place.order, sheetId: read.def.id, row, col };
}

export function sheetPlace(read: SheetRead): Place {
  return { sheet: read.place.sheet, order: read.place.order, sheetId: read.def.id };
}

/** Raises a finding on the cell of `column` in `row`. */
export function raiseAt(
  read: SheetRead,
  code: FindingCode,
  row: number,
  column: Column,
  details: FindingDetails = {}
): void {
  read.place.findings.add(code, placeAt(read, row, column.col), { field: column.id, ...details });
}

/** A column's sum over the data rows, or null when a cell is blank or unreadable (or the column is absent). */
export function columnSum(read: SheetRead, column: Column): number | null {
  if (!column.present || read.incomplete.has(column.id)) return null;
  const values = column.values;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values.number(i) ?? 0;
  return sum;
}

/** Within 0.05 of each other (with room for binary noise at exactly 0.05). */
export function withinTolerance(entered: number, computed: number): boolean {
  return Math.abs(entered - computed) <= 0.05 + 1e-9;
}

export function round2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

// Kept idle so that V8 keeps the layout of a column (helpers/kept-layouts.ts).
keepLayout(column(IDLE_READ, "code"));
