/**
 * Rows that name a unit by its code (admissions, village heads, private units,
 * leader targets): the code must be a unit's (`unknown-unit`), at most once
 * where the sheet has one row per unit (`duplicate-key`), and every unit the
 * sheet must cover needs a row (`missing-unit`).
 */
import { cellAddress } from "../helpers/address";
import { normaliseKey } from "../helpers/normalise";
import type { SheetRead } from "../reading/sheet-reader";
import { ValueColumn } from "../reading/value-column";
import { column, raiseAt, sheetPlace } from "./sheet-values";
import type { Unit, UnitsFacts } from "./units";

/** Per data row of the sheet (index i as in SheetRead.rowNumbers). */
export interface CodeLinks {
  /** The code as typed (`codes.text(i)`); null where blank or unreadable. */
  readonly codes: Pick<ValueColumn, "text" | "hasText">;
  /** The unit the units sheet has for data row i's code; null where it has none. */
  unitAt(i: number): Unit | null;
  /** 1 for the first row of its code, 0 for a repeat or a row without code. */
  readonly first: Uint8Array;
}

export interface LinkOptions {
  /** One row per unit: repeats are duplicate-key. */
  readonly unique: boolean;
  /** Units that must have a row (missing-unit for the others). */
  readonly mustCover?: (unit: Unit) => boolean;
}

/** Links each data row to its unit by code, raising the code findings. */
export function linkUnitCodes(read: SheetRead, units: UnitsFacts, options: LinkOptions): CodeLinks {
  const count = read.rowNumbers.length;
  const code = column(read, "code");
  // Each row's unit as its position + 1 (0: none): a typed array, where an array of 100,000 units would be a
  // large object, slow to allocate.
  const linked = new Int32Array(count);
  const unitAt = (i: number): Unit | null => (linked[i] === 0 ? null : units.unitAt(linked[i] - 1));
  const first = new Uint8Array(count);
  // The code column itself (no copy of 100,000 strings): its text() counts an unreadable cell as no code.
  const codes = code.values;
  if (!code.present) return { codes, unitAt, first };
  const unitsSheet = units.read?.place.sheet ?? "";
  // The row of each unit's first mention, by the unit's position; codes the units sheet lacks are tracked by key.
  const unitRow = new Int32Array(units.count).fill(-1);
  const strangerRow = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const text = codes.text(i);
    if (text === null) continue;
    const row = read.rowNumbers[i];
    const unit = units.byKey.find(text, codes.keyHashAt(i));
    if (unit) linked[i] = unit.index + 1;
    if (units.known && !unit)
      raiseAt(read, "unknown-unit", row, code, { actual: text, params: { unitsSheet } });
    // Codes the units sheet lacks are keyed by their string (rare, so the key's cost does not matter).
    const strangerKey = unit ? "" : normaliseKey(text);
    const seen = unit ? unitRow[unit.index] : (strangerRow.get(strangerKey) ?? -1);
    if (seen >= 0) {
      if (options.unique)
        raiseAt(read, "duplicate-key", row, code, {
          actual: text,
          params: { first: cellAddress(seen, code.col) },
        });
      continue;
    }
    first[i] = 1;
    if (unit) unitRow[unit.index] = row;
    else strangerRow.set(strangerKey, row);
  }
  if (options.mustCover && units.known) {
    for (let position = 0; position < units.count; position++) {
      if (unitRow[position] >= 0) continue;
      const unit = units.unitAt(position);
      if (!options.mustCover(unit)) continue;
      read.place.findings.add("missing-unit", sheetPlace(read), {
        field: "code",
        actual: unit.code,
        params: { unit: unit.name, unitCell: cellAddress(unit.row, unit.codeCol), unitsSheet },
      });
    }
  }
  return { codes, unitAt, first };
}
