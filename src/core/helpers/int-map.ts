/**
 * A map from 30-bit hashes to row or unit positions, in one typed array
 * (open addressing, linear probing). On a sheet of 100,000 units a `Map` costs
 * an entry object per row, rehashing as it grows and the garbage that follows;
 * this costs one array, sized up front when the row count is known.
 */
import { keepLayout } from "./kept-layouts";

const MIN_CAPACITY = 16;

/**
 * At most 4/5 full: probe runs stay a few slots long (keys are well mixed, and a run is read from one or two
 * cache lines), while a table for 100,000 rows takes 1 MB rather than the 2 MB of a half-full one. On a machine
 * where fresh memory is slow to map, the megabyte costs more than the probes.
 */
function isTooFull(entries: number, capacity: number): boolean {
  return entries * 5 > capacity * 4;
}

function capacityFor(entries: number): number {
  let capacity = MIN_CAPACITY;
  while (isTooFull(entries, capacity)) capacity *= 2;
  return capacity;
}

export class IntMap {
  /**
   * Slot s is entries[2s] (its key + 1; 0 while empty, so a new array needs no filling) and entries[2s + 1]
   * (its value): a probe reads the key and its value from one cache line, where two arrays take two misses.
   */
  private entries: Int32Array;
  private mask: number;
  /** 32 − log2(capacity): the top bits of the mixed key pick the slot. */
  private shift: number;
  private count = 0;

  constructor(expectedEntries = 0) {
    const capacity = capacityFor(expectedEntries);
    this.entries = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The value for `key` (a non-negative 30-bit hash), or -1 when absent. */
  get(key: number): number {
    const { entries, mask } = this;
    const stored = key + 1;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
      const found = entries[slot * 2];
      if (found === stored) return entries[slot * 2 + 1];
      if (found === 0) return -1;
    }
  }

  /** Sets `key` to `value` unless it has a value already; returns that earlier value, or -1 when it was set now. */
  setIfAbsent(key: number, value: number): number {
    const { entries, mask } = this;
    const stored = key + 1;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
      const found = entries[slot * 2];
      if (found === stored) return entries[slot * 2 + 1];
      if (found === 0) {
        entries[slot * 2] = stored;
        entries[slot * 2 + 1] = value;
        if (isTooFull(++this.count, mask + 1)) this.grow();
        return -1;
      }
    }
  }

  /** Spreads FNV hashes of similar codes (DV000001, DV000002, ...) over the table (Fibonacci hashing). */
  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  private grow(): void {
    const old = this.entries;
    const capacity = (this.mask + 1) * 2;
    this.entries = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
    for (let from = 0; from < old.length; from += 2) {
      const stored = old[from];
      if (stored === 0) continue;
      let to = this.slotOf(stored - 1);
      while (this.entries[to * 2] !== 0) to = (to + 1) & this.mask;
      this.entries[to * 2] = stored;
      this.entries[to * 2 + 1] = old[from + 1];
    }
  }
}

keepLayout(new IntMap());
