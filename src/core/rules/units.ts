/**
 * The units sheet: codes and names unique as keys (`duplicate-key` on the
 * repeat), names that differ only in diacritics (`similar-name`), and the
 * index of units that the other sheets refer to.
 */
import { cellAddress } from "../helpers/address";
import { IntMap } from "../helpers/int-map";
import { foldedHash, keyHash, normaliseHeader, normaliseKey } from "../helpers/normalise";
import type { SheetRead } from "../reading/sheet-reader";
import { UnitIndex } from "./unit-index";
import type { Unit, UnitType } from "./unit";
import { column, columnSum, raiseAt, textValue, valueAt, type Column } from "./sheet-values";

export type { Unit, UnitType } from "./unit";

/**
 * A unit as read from its row. The key is built on first use only: codes on
 * the other sheets are mostly the same text as here (the same string, even,
 * where the workbook shares strings), so 100,000 keys would mostly go unused.
 */
class UnitRow implements Unit {
  private cachedKey: string | null = null;

  constructor(
    readonly code: string,
    readonly name: string,
    readonly type: UnitType | null,
    readonly row: number,
    readonly codeCol: number,
    readonly index: number
  ) {}

  get key(): string {
    this.cachedKey ??= normaliseKey(this.code);
    return this.cachedKey;
  }
}

export interface UnitsFacts {
  readonly read: SheetRead | null;
  /** True when other sheets' codes can be checked against this sheet (it was found and has its code column). */
  readonly known: boolean;
  /** First occurrence of each code key. */
  readonly byKey: UnitIndex;
  /** In row order, first occurrences only. */
  readonly units: ReadonlyArray<Unit>;
  /** Number of unit rows; null when the sheet was not read. */
  readonly rowCount: number | null;
  readonly members: number | null;
  /** Units per type; null when a type is blank or unknown somewhere. */
  readonly typeCounts: Readonly<Record<UnitType, number>> | null;
}

/**
 * Names: unique as keys (`duplicate-key` on the repeat), and a warning for
 * names that differ only in diacritics (`Đông`, `Đồng`). Names are grouped by
 * a hash of their folded form, computed without building a string; only a
 * repeated hash (a real repeat, a near-repeat or a rare hash collision) costs
 * folded strings and keys.
 */
function checkNames(read: SheetRead, name: Column): void {
  const firstOfHash = new IntMap(read.rowNumbers.length);
  // For hashes seen more than once: folded name → the first row index with that folding.
  const buckets = new Map<number, Map<string, number>>();
  // For foldings seen more than once: exact key → the first row index with that key.
  const groups = new Map<string, Map<string, number>>();
  const textAt = (i: number) => textValue(valueAt(name, i)) ?? "";
  for (let i = 0; i < read.rowNumbers.length; i++) {
    const text = textValue(valueAt(name, i));
    if (text === null) continue;
    const hash = foldedHash(text);
    const firstOfThisHash = firstOfHash.setIfAbsent(hash, i);
    if (firstOfThisHash < 0) continue;
    const folded = normaliseHeader(text);
    let bucket = buckets.get(hash);
    if (!bucket) {
      bucket = new Map([[normaliseHeader(textAt(firstOfThisHash)), firstOfThisHash]]);
      buckets.set(hash, bucket);
    }
    const first = bucket.get(folded);
    if (first === undefined) {
      bucket.set(folded, i);
      continue;
    }
    let group = groups.get(folded);
    if (!group) {
      group = new Map([[normaliseKey(textAt(first)), first]]);
      groups.set(folded, group);
    }
    const key = normaliseKey(text);
    const row = read.rowNumbers[i];
    const same = group.get(key);
    if (same !== undefined) {
      raiseAt(read, "duplicate-key", row, name, {
        actual: text,
        params: { first: cellAddress(read.rowNumbers[same], name.col) },
      });
    } else {
      group.set(key, i);
      raiseAt(read, "similar-name", row, name, {
        actual: text,
        params: { other: textAt(first), first: cellAddress(read.rowNumbers[first], name.col) },
      });
    }
  }
}

export function checkUnits(read: SheetRead | null): UnitsFacts {
  if (!read)
    return {
      read,
      known: false,
      byKey: new UnitIndex(),
      units: [],
      rowCount: null,
      members: null,
      typeCounts: null,
    };
  const code = column(read, "code");
  const name = column(read, "name");
  const type = column(read, "type");
  if (name.present) checkNames(read, name);

  // One pass for the codes: the index of units is also what finds a repeated code.
  const byKey = new UnitIndex(read.rowNumbers.length);
  const units: Unit[] = [];
  const typeCounts: Record<UnitType, number> = { commune: 0, village: 0, agency: 0, cell: 0 };
  let typesComplete = type.present;
  for (let i = 0; i < read.rowNumbers.length; i++) {
    const unitType = textValue(valueAt(type, i)) as UnitType | null;
    if (unitType) typeCounts[unitType]++;
    else typesComplete = false;
    const codeText = textValue(valueAt(code, i));
    if (codeText === null) continue;
    const row = read.rowNumbers[i];
    const unit = new UnitRow(
      codeText,
      textValue(valueAt(name, i)) ?? codeText,
      unitType,
      row,
      code.col,
      units.length
    );
    // keyHash(code) is hashText(normaliseKey(code)): the index needs no key string for a new code.
    const first = byKey.addUnlessPresent(unit, keyHash(codeText));
    if (first) {
      raiseAt(read, "duplicate-key", row, code, {
        actual: codeText,
        params: { first: cellAddress(first.row, code.col) },
      });
      continue;
    }
    units.push(unit);
  }
  return {
    read,
    known: code.present,
    byKey,
    units,
    rowCount: read.rowNumbers.length,
    members: columnSum(read, column(read, "members")),
    typeCounts: typesComplete ? typeCounts : null,
  };
}
