/**
 * One field's values in a sheet's data rows, without a JavaScript array per column: a byte per row says what
 * the value is, numbers sit in a typed array, and text that is exactly the cell's own text is not copied at
 * all (it is read back from the snapshot's cell). A JavaScript array of 100,000 values is a large object whose
 * fresh pages cost more to allocate (about 4 ms each) than the whole column costs to read; typed arrays do not.
 */
import { INVALID, type FieldValue } from "./cell-reader";

type Rows = ReadonlyArray<unknown>;

/** What a row's byte says: blank, unreadable, a number, the cell's own text, other text; above, a shared text. */
const Tag = { Blank: 0, Invalid: 1, Number: 2, CellText: 3, OtherText: 4, FirstShared: 5 } as const;
/** Texts the column keeps once for many rows (a list field's ids); more go to the per-row map. */
const MAX_SHARED = 255 - Tag.FirstShared;

/** A full typed array's values in one twice as long (at least 16). */
function grownBytes(full: Uint8Array): Uint8Array {
  const more = new Uint8Array(Math.max(16, full.length * 2));
  more.set(full);
  return more;
}

export class ValueColumn {
  private tags: Uint8Array;
  /** Allocated with the first number (a text column has none). */
  private numbers: Float64Array | null = null;
  private readonly shared: string[] = [];
  private sharedTags: Map<string, number> | null = null;
  private others: Map<number, string> | null = null;
  /** Each data row's 0-based sheet row, to read a cell's own text; set by `finish`. */
  private rowNumbers: ArrayLike<number> = [];
  private count = 0;

  /**
   * @param rows the sheet's rows the values were read from
   * @param col the column they were read from (-1 for a field without one: always empty)
   */
  constructor(
    private readonly rows: Rows,
    readonly col: number,
    capacity: number
  ) {
    this.tags = new Uint8Array(capacity);
  }

  /** A column of no rows. */
  static empty(): ValueColumn {
    return new ValueColumn([], -1, 0);
  }

  /** The number of data rows. */
  get length(): number {
    return this.count;
  }

  /** Sets data row `at`'s value, read from `cell`: text that is the cell's own is not copied. */
  set(at: number, value: FieldValue, cell: unknown): void {
    if (at >= this.tags.length) this.grow(at);
    if (at >= this.count) this.count = at + 1;
    if (value === null) this.tags[at] = Tag.Blank;
    else if (value === INVALID) this.tags[at] = Tag.Invalid;
    else if (typeof value === "number") {
      this.numbers ??= new Float64Array(this.tags.length);
      this.numbers[at] = value;
      this.tags[at] = Tag.Number;
    } else if (
      cell !== null &&
      typeof cell === "object" &&
      (cell as { value?: unknown }).value === value
    )
      this.tags[at] = Tag.CellText;
    else this.tags[at] = this.textTag(at, value);
  }

  /** The value of data row i (null beyond the last row). */
  at(i: number): FieldValue {
    if (!(i < this.count)) return null;
    const tag = this.tags[i];
    switch (tag) {
      case Tag.Blank:
        return null;
      case Tag.Invalid:
        return INVALID;
      case Tag.Number:
        return this.numbers![i];
      case Tag.CellText:
        return this.cellText(i);
      case Tag.OtherText:
        return this.others!.get(i)!;
      default:
        return this.shared[tag - Tag.FirstShared];
    }
  }

  /** Data row i's value when it is a number, else null. */
  number(i: number): number | null {
    return i < this.count && this.tags[i] === Tag.Number ? this.numbers![i] : null;
  }

  /** Data row i's value when it is text, else null. */
  text(i: number): string | null {
    if (!(i < this.count)) return null;
    const tag = this.tags[i];
    if (tag === Tag.CellText) return this.cellText(i);
    if (tag < Tag.OtherText) return null;
    return tag === Tag.OtherText ? this.others!.get(i)! : this.shared[tag - Tag.FirstShared];
  }

  /** Every value, in row order (for tests and small sheets). */
  toArray(): FieldValue[] {
    return Array.from({ length: this.count }, (_, i) => this.at(i));
  }

  /** After the last row: the rows' sheet rows, and how many there are. */
  finish(rowNumbers: ArrayLike<number>, count: number): void {
    this.rowNumbers = rowNumbers;
    this.count = count;
  }

  private cellText(i: number): string {
    const row = this.rows[this.rowNumbers[i]] as ReadonlyArray<{ value: string }>;
    return row[this.col].value;
  }

  private textTag(at: number, text: string): number {
    this.sharedTags ??= new Map();
    let tag = this.sharedTags.get(text);
    if (tag === undefined && this.shared.length < MAX_SHARED) {
      tag = Tag.FirstShared + this.shared.length;
      this.shared.push(text);
      this.sharedTags.set(text, tag);
    }
    if (tag !== undefined) return tag;
    this.others ??= new Map();
    this.others.set(at, text);
    return Tag.OtherText;
  }

  private grow(at: number): void {
    while (at >= this.tags.length) this.tags = grownBytes(this.tags);
    if (this.numbers && this.numbers.length < this.tags.length) {
      const more = new Float64Array(this.tags.length);
      more.set(this.numbers);
      this.numbers = more;
    }
  }
}
