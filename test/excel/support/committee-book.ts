/** The clean committee workbook of test/support as a FakeWorkbook, sheet by sheet. */
import type { CellInput } from "../../support/build-snapshot";
import { cleanRows } from "../../support/build-snapshot";
import { SHEETS, type SheetId } from "../../../src/core";
import { FakeWorkbook, typed, type FakeCell } from "./fake-workbook";

export function fakeCell(input: CellInput): FakeCell | null {
  if (input === null || input === undefined) return null;
  if (typeof input !== "object") return typed(input);
  const numberFormat = input.numberFormat ?? "General";
  switch (input.kind) {
    case "number":
      return { value: input.value as number, type: "Double", numberFormat };
    case "boolean":
      return { value: input.value as boolean, type: "Boolean", numberFormat };
    case "error":
      return { value: String(input.value), type: "Error", numberFormat, formula: "=1/0" };
    case "text":
      return { value: String(input.value), type: "String", numberFormat };
    default:
      return null;
  }
}

export function committeeBook(
  change?: (rows: Record<SheetId, CellInput[][]>) => void
): FakeWorkbook {
  const rows = cleanRows();
  change?.(rows);
  const book = new FakeWorkbook();
  for (const id of Object.keys(rows) as SheetId[]) {
    book.addSheet(
      SHEETS[id].names.vi,
      rows[id].map((row) => row.map(fakeCell))
    );
  }
  return book;
}
