/**
 * The units by code key (normaliseKey), looked up without building a key
 * string per row: a hash of the key finds the unit's position, a character
 * comparison confirms it. 100,000 rows on each of several sheets look their
 * codes up here. The index holds positions, not objects: the units sheet's
 * own duplicate check needs only their codes.
 */
import { IntMap } from "../helpers/int-map";
import { isKeyOf, keyHash, normaliseKey } from "../helpers/normalise";
import type { Unit } from "./unit";

/** What the index needs of the units it holds, by position (Unit.index). */
export interface IndexedUnits {
  /** The code of the unit at `position`, as typed. */
  codeAt(position: number): string;
  unitAt(position: number): Unit;
}

export class UnitIndex {
  /** Key hash → position of the first unit with that hash. */
  private readonly byHash: IntMap;
  /** Key → position, for units whose key shares a hash with another unit's key (rare). */
  private readonly collided = new Map<string, number>();

  /** `expectedUnits` sizes the table up front (the units sheet's row count). */
  constructor(
    private readonly units: IndexedUnits,
    expectedUnits = 0
  ) {
    this.byHash = new IntMap(expectedUnits);
  }

  get size(): number {
    return this.byHash.size + this.collided.size;
  }

  /** The unit whose code is `text` as a key, if any (`hash`: keyHash(text), when already known). */
  find(text: string, hash = keyHash(text)): Unit | null {
    const position = this.byHash.get(hash);
    if (position < 0) return null;
    const unit = this.units.unitAt(position);
    // The same text (often the very string: a workbook keeps one copy of a repeated text) needs no key.
    if (text === unit.code || isKeyOf(text, unit.key)) return unit;
    if (this.collided.size === 0) return null;
    const other = this.collided.get(normaliseKey(text));
    return other === undefined ? null : this.units.unitAt(other);
  }

  /**
   * Adds the unit at `position` (`hash` = keyHash of its code) unless a unit with its key is indexed already,
   * and returns that unit's position (-1 when added): one probe of the table where find then add would take
   * two. The codes themselves are asked for only when the hash is already there.
   */
  addUnlessPresent(hash: number, position: number): number {
    const first = this.byHash.setIfAbsent(hash, position);
    if (first < 0) return -1;
    const code = this.units.codeAt(position);
    const firstCode = this.units.codeAt(first);
    if (code === firstCode || isKeyOf(code, normaliseKey(firstCode))) return first;
    // Another key with the same hash (rare): the collided units decide.
    const key = normaliseKey(code);
    const same = this.collided.get(key);
    if (same !== undefined) return same;
    this.collided.set(key, position);
    return -1;
  }
}
