import ExcelJS from "exceljs";
import type { CellSnapshot } from "../core";

const { ValueType } = ExcelJS;

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 epoch (serial 0) to 1970-01-01; exceljs gives dates as UTC midnight of the shown day. */
const UNIX_EPOCH_SERIAL = 25_569;

type RichText = { richText: ReadonlyArray<{ text: string }> };

function isRichText(value: unknown): value is RichText {
  return typeof value === "object" && value !== null && Array.isArray((value as RichText).richText);
}

function joinRichText(value: RichText): string {
  let text = "";
  for (const run of value.richText) text += run.text ?? "";
  return text;
}

function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function errorText(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || !("error" in value)) return undefined;
  const error = (value as { error: unknown }).error;
  return typeof error === "string" ? error : "#VALUE!";
}

/**
 * A plain value (a cell's own value or a formula's cached result) as the engine sees it.
 * Unknown objects become text rather than `[object Object]`-like noise in a number column.
 */
function fromPlainValue(
  value: unknown,
  numberFormat: string | undefined,
  formula: true | undefined
): CellSnapshot | null {
  if (value === null || value === undefined)
    return formula ? { value: null, kind: "empty", numberFormat, formula } : null;
  switch (typeof value) {
    case "number":
      return { value, kind: "number", numberFormat, formula };
    case "string":
      // Excel shows an empty string (a formula's ="") as a blank cell.
      if (value === "")
        return formula ? { value: null, kind: "empty", numberFormat, formula } : null;
      return { value, kind: "text", numberFormat, formula };
    case "boolean":
      return { value, kind: "boolean", numberFormat, formula };
  }
  if (value instanceof Date) {
    const serial = dateToSerial(value);
    return Number.isFinite(serial)
      ? { value: serial, kind: "number", numberFormat, formula }
      : null;
  }
  const error = errorText(value);
  if (error !== undefined) return { value: error, kind: "error", numberFormat, formula };
  if (isRichText(value)) return fromPlainValue(joinRichText(value), numberFormat, formula);
  return null;
}

/** One exceljs cell as the engine's snapshot; null for an empty cell or a merged cell other than the top-left one. */
export function toCellSnapshot(cell: ExcelJS.Cell): CellSnapshot | null {
  const type = cell.type;
  if (type === ValueType.Null || type === ValueType.Merge) return null;
  const format = cell.numFmt;
  const numberFormat = format === undefined || format === "" ? undefined : format;
  const value = cell.value as unknown;
  switch (type) {
    case ValueType.Formula:
      return fromPlainValue(cell.result as unknown, numberFormat, true);
    case ValueType.Hyperlink: {
      const text = (value as { text?: unknown }).text;
      return fromPlainValue(text, numberFormat, undefined);
    }
    case ValueType.RichText:
      return fromPlainValue(joinRichText(value as RichText), numberFormat, undefined);
    default:
      return fromPlainValue(value, numberFormat, undefined);
  }
}
