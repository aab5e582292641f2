/**
 * The units sheet: codes and names unique as keys (`duplicate-key` on the
 * repeat), names that differ only in diacritics (`similar-name`), and the
 * index of units that the other sheets refer to.
 */
import { cellAddress } from "../helpers/address";
import { IntMap } from "../helpers/int-map";
import { keepLayout } from "../helpers/kept-layouts";
import { normaliseHeader, normaliseKey } from "../helpers/normalise";
import type { SheetRead } from "../reading/sheet-reader";
import { UnitIndex, type IndexedUnits } from "./unit-index";
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

/**
 * The units (each code's first row) as positions into the units sheet's columns. A Unit object is made when a
 * rule first asks for it (another sheet's code, a unit missing there): a units sheet checked alone makes none
 * of its 100,000, and another sheet naming a few units makes a few.
 */
class UnitList implements IndexedUnits {
  /** Data-row index (into the read's columns) of each unit, by position. */
  private readonly dataRows: Int32Array;
  private count = 0;
  /** The Unit objects made so far, by position; allocated once the list is complete (on the first ask). */
  private made: Array<Unit | undefined> | null = null;

  constructor(
    private readonly read: SheetRead | null,
    private readonly columns: { code: Column; name: Column; type: Column } | null
  ) {
    this.dataRows = new Int32Array(read ? read.rowNumbers.length : 0);
  }

  get length(): number {
    return this.count;
  }

  /** Appends the unit on data row i; its position. */
  push(i: number): number {
    this.dataRows[this.count] = i;
    return this.count++;
  }

  /** Takes back the last unit pushed (its code was already a unit's). */
  pop(): void {
    this.count--;
  }

  /** The 0-based sheet row of the unit at `position`. */
  rowAt(position: number): number {
    return this.read!.rowNumbers[this.dataRows[position]];
  }

  codeAt(position: number): string {
    return textValue(valueAt(this.columns!.code, this.dataRows[position])) ?? "";
  }

  unitAt(position: number): Unit {
    this.made ??= new Array<Unit | undefined>(this.count);
    let unit = this.made[position];
    if (!unit) {
      const { code, name, type } = this.columns!;
      const i = this.dataRows[position];
      const codeText = this.codeAt(position);
      unit = new UnitRow(
        codeText,
        textValue(valueAt(name, i)) ?? codeText,
        textValue(valueAt(type, i)) as UnitType | null,
        this.rowAt(position),
        code.col,
        position
      );
      this.made[position] = unit;
    }
    return unit;
  }

  /** Every unit in row order (all made). */
  all(): ReadonlyArray<Unit> {
    for (let position = 0; position < this.count; position++) this.unitAt(position);
    return (this.made ?? []) as ReadonlyArray<Unit>;
  }
}

export interface UnitsFacts {
  readonly read: SheetRead | null;
  /** True when other sheets' codes can be checked against this sheet (it was found and has its code column). */
  readonly known: boolean;
  /** First occurrence of each code key. */
  readonly byKey: UnitIndex;
  /** In row order, first occurrences only (every Unit made: iterate with count and unitAt to make only those asked for). */
  readonly units: ReadonlyArray<Unit>;
  /** The number of units (units.length). */
  readonly count: number;
  /** units[position], made on first ask. */
  unitAt(position: number): Unit;
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
  const names = name.values;
  const textAt = (i: number) => names.text(i) ?? "";
  for (let i = 0; i < read.rowNumbers.length; i++) {
    // The hash the read kept: the name itself is fetched only for a repeated hash.
    const hash = names.foldedHashAt(i);
    if (hash < 0) continue;
    const firstOfThisHash = firstOfHash.setIfAbsent(hash, i);
    if (firstOfThisHash < 0) continue;
    const text = textAt(i);
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
  if (!read) {
    const none = new UnitList(null, null);
    return {
      read,
      known: false,
      byKey: new UnitIndex(none),
      units: [],
      count: 0,
      unitAt: (position) => none.unitAt(position),
      rowCount: null,
      members: null,
      typeCounts: null,
    };
  }
  const code = column(read, "code");
  const name = column(read, "name");
  const type = column(read, "type");
  if (name.present) checkNames(read, name);

  // One pass for the codes: the index of units is also what finds a repeated code.
  const list = new UnitList(read, { code, name, type });
  const byKey = new UnitIndex(list, read.rowNumbers.length);
  const typeCounts: Record<UnitType, number> = { commune: 0, village: 0, agency: 0, cell: 0 };
  let typed = 0;
  for (const [unitType, rows] of type.values.textCounts()) {
    typeCounts[unitType as UnitType] += rows;
    typed += rows;
  }
  const typesComplete = type.present && typed === read.rowNumbers.length;
  for (let i = 0; i < read.rowNumbers.length; i++) {
    // keyHash(code) is hashText(normaliseKey(code)): the index needs no key string (nor, kept from the read, the
    // code itself) for a new code.
    const hash = code.values.keyHashAt(i);
    if (hash < 0) continue;
    const first = byKey.addUnlessPresent(hash, list.push(i));
    if (first < 0) continue;
    list.pop();
    const codeText = code.values.text(i) ?? "";
    raiseAt(read, "duplicate-key", read.rowNumbers[i], code, {
      actual: codeText,
      params: { first: cellAddress(list.rowAt(first), code.col) },
    });
  }
  return {
    read,
    known: code.present,
    byKey,
    get units() {
      return list.all();
    },
    count: list.length,
    unitAt: (position) => list.unitAt(position),
    rowCount: read.rowNumbers.length,
    members: columnSum(read, column(read, "members")),
    typeCounts: typesComplete ? typeCounts : null,
  };
}

// A unit, the list and the index of units, kept idle so that V8 keeps their layouts (helpers/kept-layouts.ts).
keepLayout(new UnitIndex(keepLayout(new UnitList(null, null))));
keepLayout(new UnitRow("", "", null, 0, 0, 0));
