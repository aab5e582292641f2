/**
 * Where each unit's row is on an indicator's sheet, so the pane can go to it (a click on a unit's bar). Uses
 * the same sheet and header recognition as the engine; codes compared as keys (NFC, white space, case).
 */
import { INDICATORS, SHEETS, type SheetId } from "../form/form";
import type { HeaderMapping } from "../form/mapping-types";
import { normaliseKey } from "../helpers/normalise";
import type { IndicatorId } from "../model/report";
import { findHeader, findSheet, fieldIndex } from "./sheet-reader";
import type { WorkbookSnapshot } from "../model/snapshot";
import { cellAddress } from "../helpers/address";
import { cellOf, rowsOf } from "../model/sheet-grid";

export interface UnitRowPlace {
  readonly sheet: string;
  /** The unit's code cell, A1 style. */
  readonly cell: string;
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object" && "value" in (cell as object)) {
    const value = (cell as { value: unknown }).value;
    return value === null || value === undefined ? "" : String(value);
  }
  return String(cell);
}

/** Unit code (as a key) → the place of its row, on the sheet the indicator is computed from. */
export function unitRowPlaces(
  snapshot: WorkbookSnapshot,
  indicator: IndicatorId,
  mapping?: HeaderMapping | null
): Map<string, UnitRowPlace> {
  const places = new Map<string, UnitRowPlace>();
  const def = INDICATORS.find((candidate) => candidate.id === indicator);
  if (!def) return places;
  const sheetDef = SHEETS[def.sheet as SheetId];
  const found = findSheet(snapshot, sheetDef, mapping);
  if (!found) return places;
  const header = findHeader(sheetDef, found.sheet, mapping);
  const codeField = fieldIndex(sheetDef, "code");
  const codeColumn = header.matches.find((match) => match.field === codeField)?.col;
  if (header.headerRow < 0 || codeColumn === undefined) return places;
  const rows = rowsOf(found.sheet);
  for (let r = header.headerRow + 1; r < rows.length; r++) {
    const code = normaliseKey(cellText(cellOf(rows, r, codeColumn)));
    if (code && !places.has(code))
      places.set(code, { sheet: String(found.sheet.name), cell: cellAddress(r, codeColumn) });
  }
  return places;
}

/** Unit code (as a key) → the unit's name, from the units sheet, for the pane's labels. */
export function unitNames(
  snapshot: WorkbookSnapshot,
  mapping?: HeaderMapping | null
): Map<string, string> {
  const names = new Map<string, string>();
  const def = SHEETS.units;
  const found = findSheet(snapshot, def, mapping);
  if (!found) return names;
  const header = findHeader(def, found.sheet, mapping);
  const column = (field: string) =>
    header.matches.find((match) => match.field === fieldIndex(def, field))?.col;
  const codeColumn = column("code");
  const nameColumn = column("name");
  if (header.headerRow < 0 || codeColumn === undefined || nameColumn === undefined) return names;
  const rows = rowsOf(found.sheet);
  for (let r = header.headerRow + 1; r < rows.length; r++) {
    const code = normaliseKey(cellText(cellOf(rows, r, codeColumn)));
    const name = cellText(cellOf(rows, r, nameColumn)).trim();
    if (code && name && !names.has(code)) names.set(code, name);
  }
  return names;
}
