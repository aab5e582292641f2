/**
 * A map from 30-bit hashes to row or unit positions, in two typed arrays
 * (open addressing, linear probing). On a sheet of 100,000 units a `Map` costs
 * an entry object per row, rehashing as it grows and the garbage that follows;
 * this costs two arrays, sized up front when the row count is known.
 */
const EMPTY = -1;
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
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  /** 32 − log2(capacity): the top bits of the mixed key pick the slot. */
  private shift: number;
  private count = 0;

  constructor(expectedEntries = 0) {
    const capacity = capacityFor(expectedEntries);
    this.keys = new Int32Array(capacity).fill(EMPTY);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The value for `key` (a non-negative 30-bit hash), or -1 when absent. */
  get(key: number): number {
    const { keys, mask } = this;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
      const found = keys[slot];
      if (found === key) return this.values[slot];
      if (found === EMPTY) return -1;
    }
  }

  /** Sets `key` to `value` unless it has a value already; returns that earlier value, or -1 when it was set now. */
  setIfAbsent(key: number, value: number): number {
    const { keys, mask } = this;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
      const found = keys[slot];
      if (found === key) return this.values[slot];
      if (found === EMPTY) {
        keys[slot] = key;
        this.values[slot] = value;
        if (isTooFull(++this.count, keys.length)) this.grow();
        return -1;
      }
    }
  }

  /** Spreads FNV hashes of similar codes (DV000001, DV000002, ...) over the table (Fibonacci hashing). */
  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  private grow(): void {
    const { keys, values } = this;
    const capacity = keys.length * 2;
    this.keys = new Int32Array(capacity).fill(EMPTY);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
    for (let slot = 0; slot < keys.length; slot++) {
      if (keys[slot] === EMPTY) continue;
      let to = this.slotOf(keys[slot]);
      while (this.keys[to] !== EMPTY) to = (to + 1) & this.mask;
      this.keys[to] = keys[slot];
      this.values[to] = values[slot];
    }
  }
}
