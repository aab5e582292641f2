/**
 * The units by code key (normaliseKey), looked up without building a key
 * string per row: a hash of the key finds the unit, a character comparison
 * confirms it. 100,000 rows on each of several sheets look their codes up here.
 */
import { IntMap } from "../helpers/int-map";
import { hashText, isKeyOf, keyHash, normaliseKey } from "../helpers/normalise";
import type { Unit } from "./unit";

export class UnitIndex {
  /** Key hash → position in `entries` of the first unit with that hash. */
  private readonly byHash: IntMap;
  private readonly entries: Unit[] = [];
  /** Units whose key shares a hash with another unit's key (rare). */
  private readonly collided = new Map<string, Unit>();

  /** `expectedUnits` sizes the table up front (the units sheet's row count). */
  constructor(expectedUnits = 0) {
    this.byHash = new IntMap(expectedUnits);
  }

  get size(): number {
    return this.byHash.size + this.collided.size;
  }

  /** The unit whose code is `text` as a key, if any. */
  find(text: string): Unit | null {
    const position = this.byHash.get(keyHash(text));
    if (position < 0) return null;
    const unit = this.entries[position];
    if (isSameCode(text, unit)) return unit;
    return this.collided.size > 0 ? (this.collided.get(normaliseKey(text)) ?? null) : null;
  }

  /** Adds a unit whose key is not in the index yet. */
  add(unit: Unit): void {
    this.addUnlessPresent(unit, hashText(unit.key));
  }

  /**
   * Adds `unit` unless a unit with its key is indexed already, and returns that unit (null when added):
   * one probe of the table where find then add would take two. `hash` is keyHash(unit.code).
   */
  addUnlessPresent(unit: Unit, hash: number): Unit | null {
    const position = this.byHash.setIfAbsent(hash, this.entries.length);
    if (position < 0) {
      this.entries.push(unit);
      return null;
    }
    const first = this.entries[position];
    if (isSameCode(unit.code, first)) return first;
    // Another key with the same hash (rare): the collided units decide.
    const same = this.collided.get(unit.key);
    if (same) return same;
    this.collided.set(unit.key, unit);
    return null;
  }
}

/** `text` is the unit's code as a key. The same text (often the very string: a workbook keeps one copy of a repeated text) needs no key. */
function isSameCode(text: string, unit: Unit): boolean {
  return text === unit.code || isKeyOf(text, unit.key);
}
