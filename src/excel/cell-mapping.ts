import type { CellSnapshot } from "../core";

/** What Office.js returns for one block of cells (Range.values, valueTypes, numberFormat, formulas). */
export interface BlockData {
  readonly values: ReadonlyArray<ReadonlyArray<unknown>>;
  readonly valueTypes: ReadonlyArray<ReadonlyArray<unknown>>;
  readonly numberFormat: ReadonlyArray<ReadonlyArray<unknown>>;
  readonly formulas: ReadonlyArray<ReadonlyArray<unknown>>;
}

function numberFormatOf(format: unknown): string | undefined {
  // General is what an absent format means in the snapshot; leaving it out keeps big sheets small in memory.
  return typeof format === "string" && format !== "" && format !== "General" ? format : undefined;
}

/**
 * A formula is a cell whose `formulas` text starts with '=' and differs from its value: a text cell typed as
 * `=SUM(1)` under the Text format reports the same string in both and is not a formula.
 */
function isFormula(formula: unknown, value: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}

function withExtras(
  cell: { value: CellSnapshot["value"]; kind: CellSnapshot["kind"] },
  numberFormat: string | undefined,
  formula: boolean
): CellSnapshot {
  return {
    ...cell,
    ...(numberFormat !== undefined ? { numberFormat } : {}),
    ...(formula ? { formula: true } : {}),
  };
}

/** One cell as the engine sees it; null for an empty cell that no formula produced. */
export function toCellSnapshot(
  value: unknown,
  valueType: unknown,
  numberFormat: unknown,
  formulaText: unknown
): CellSnapshot | null {
  const format = numberFormatOf(numberFormat);
  const formula = isFormula(formulaText, value);
  switch (valueType) {
    case "Empty":
      return formula ? withExtras({ value: null, kind: "empty" }, format, true) : null;
    case "Error":
      return withExtras({ value: String(value), kind: "error" }, format, formula);
    case "Boolean":
      return withExtras(
        { value: value === true || value === "TRUE" || value === "true", kind: "boolean" },
        format,
        formula
      );
    case "Double":
    case "Integer": {
      const number = typeof value === "number" ? value : Number(value);
      return Number.isFinite(number)
        ? withExtras({ value: number, kind: "number" }, format, formula)
        : withExtras({ value: String(value), kind: "text" }, format, formula);
    }
    case "String":
    default:
      break;
  }
  // String, and anything newer than ExcelApi 1.7 knows (rich values): shown as the text Excel displays.
  if (typeof value === "number" && Number.isFinite(value))
    return withExtras({ value, kind: "number" }, format, formula);
  if (typeof value === "boolean") return withExtras({ value, kind: "boolean" }, format, formula);
  if (value === null || value === undefined || value === "")
    return formula ? withExtras({ value: null, kind: "empty" }, format, true) : null;
  return withExtras({ value: String(value), kind: "text" }, format, formula);
}

/** Places a block read at (row, column) — absolute, 0-based — into a sheet's rows. */
export function placeBlock(
  rows: Array<Array<CellSnapshot | null> | undefined>,
  row: number,
  column: number,
  data: BlockData
): void {
  const { values, valueTypes, numberFormat, formulas } = data;
  for (let r = 0; r < values.length; r++) {
    const valueRow = values[r];
    if (!valueRow) continue;
    let target = rows[row + r];
    for (let c = 0; c < valueRow.length; c++) {
      const cell = toCellSnapshot(
        valueRow[c],
        valueTypes[r]?.[c],
        numberFormat[r]?.[c],
        formulas[r]?.[c]
      );
      if (cell === null) continue;
      if (!target) target = rows[row + r] = [];
      target[column + c] = cell;
    }
  }
}

/** The response size of a block as JSON: how we measure what a cell really costs. */
export function blockBytes(data: BlockData): number {
  return (
    JSON.stringify(data.values).length +
    JSON.stringify(data.valueTypes).length +
    JSON.stringify(data.numberFormat).length +
    JSON.stringify(data.formulas).length
  );
}
