/**
 * The units by code key (normaliseKey), looked up without building a key
 * string per row: a hash of the key finds the unit, a character comparison
 * confirms it. 100,000 rows on each of several sheets look their codes up here.
 */
import { hashText, isKeyOf, keyHash, normaliseKey } from '../normalise';
import type { Unit } from './unit';

export class UnitIndex {
  private readonly byHash = new Map<number, Unit>();
  /** Units whose key shares a hash with another unit's key (rare). */
  private readonly collided = new Map<string, Unit>();

  get size(): number {
    return this.byHash.size + this.collided.size;
  }

  /** The unit whose code is `text` as a key, if any. */
  find(text: string): Unit | null {
    const unit = this.byHash.get(keyHash(text));
    if (!unit) return null;
    if (isKeyOf(text, unit.key)) return unit;
    return this.collided.size > 0 ? this.collided.get(normaliseKey(text)) ?? null : null;
  }

  /** Adds a unit whose key is not in the index yet. */
  add(unit: Unit): void {
    const hash = hashText(unit.key);
    if (this.byHash.has(hash)) this.collided.set(unit.key, unit);
    else this.byHash.set(hash, unit);
  }
}
