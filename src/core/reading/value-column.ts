/**
 * One field's values in a sheet's data rows, without a JavaScript array per column: a byte per row says what
 * the value is, numbers sit in a typed array, and text that is exactly the cell's own text is not copied at
 * all (it is read back from the snapshot's cell). A JavaScript array of 100,000 values is a large object whose
 * fresh pages cost more to allocate (about 4 ms each) than the whole column costs to read; typed arrays do not.
 */
import { foldedHash, keyHash, plainTextHash } from "../helpers/normalise";
import { keepLayout } from "../helpers/kept-layouts";
import { cellOf, type RowSource } from "../model/sheet-grid";
import { INVALID, type FieldValue } from "./cell-reader";

/** What a row's byte says: blank, unreadable, a number, the cell's own text, other text; above, a shared text. */
const Tag = { Blank: 0, Invalid: 1, Number: 2, CellText: 3, OtherText: 4, FirstShared: 5 } as const;
/** Texts the column keeps once for many rows (a list field's ids); more go to the per-row map. */
const MAX_SHARED = 255 - Tag.FirstShared;

/**
 * Which hash of each text a column keeps, taken while the text is being read (so that a rule grouping 100,000
 * codes or names need not go back to the snapshot's cells): keyHash (codes, compared as keys) or foldedHash
 * (the units' names, compared without diacritics).
 */
export const TextHash = { None: 0, Key: 1, Folded: 2 } as const;
export type TextHash = (typeof TextHash)[keyof typeof TextHash];

/** A full typed array's values in one twice as long (at least 16). */
function grown<T extends Uint8Array | Int32Array | Float64Array>(full: T, length: number): T {
  const more = new (full.constructor as new (length: number) => T)(length);
  more.set(full);
  return more;
}

export class ValueColumn {
  private tags: Uint8Array;
  /** Allocated with the first number (a text column has none). */
  private numbers: Float64Array | null = null;
  /** Each text's hash (`hash`), where the column keeps one. */
  private hashes: Int32Array | null;
  private readonly shared: string[] = [];
  private sharedTags: Map<string, number> | null = null;
  private others: Map<number, string> | null = null;
  private lastText: string | null = null;
  private lastTag = 0;
  /** Each data row's 0-based sheet row, to read a cell's own text; set by `finish`. */
  private rowNumbers: ArrayLike<number> = [];
  private count = 0;

  /**
   * @param rows the sheet's rows the values were read from
   * @param col the column they were read from (-1 for a field without one: always empty)
   */
  constructor(
    private readonly rows: RowSource,
    readonly col: number,
    capacity: number,
    private readonly hash: TextHash = TextHash.None
  ) {
    this.tags = new Uint8Array(capacity);
    this.hashes = hash === TextHash.None ? null : new Int32Array(capacity);
  }

  /** A column of no rows. */
  static empty(): ValueColumn {
    return new ValueColumn([], -1, 0);
  }

  /** The number of data rows. */
  get length(): number {
    return this.count;
  }

  /**
   * Sets data row `at`'s value, read from `cell`: text that is the cell's own is not copied. Rows are set in
   * order; the values are read once `finish` has been called.
   */
  set(at: number, value: FieldValue, cell: unknown): void {
    if (typeof value === "number") this.setNumber(at, value);
    else if (typeof value === "string") {
      if (
        cell !== null &&
        typeof cell === "object" &&
        (cell as { value?: unknown }).value === value
      )
        this.setCellText(at, value);
      else this.setText(at, value);
    } else {
      if (at >= this.tags.length) this.grow(at);
      this.tags[at] = value === null ? Tag.Blank : Tag.Invalid;
    }
  }

  /** True when the column keeps a hash of its texts (the reader then sets plain texts with setPlainText). */
  get keepsHashes(): boolean {
    return this.hashes !== null;
  }

  /**
   * Sets data row `at` to its cell's own text when that text is plain (isPlainText), its hash taken in the same
   * pass; false, with nothing set, for any other text (the general reading path then reads it).
   */
  setPlainText(at: number, text: string): boolean {
    const hash = plainTextHash(text, this.hash === TextHash.Folded);
    if (hash < 0) return false;
    if (at >= this.tags.length) this.grow(at);
    this.tags[at] = Tag.CellText;
    this.hashes![at] = hash;
    return true;
  }

  private setNumber(at: number, value: number): void {
    if (at >= this.tags.length) this.grow(at);
    (this.numbers ??= new Float64Array(this.tags.length))[at] = value;
    this.tags[at] = Tag.Number;
  }

  private setCellText(at: number, text: string): void {
    if (at >= this.tags.length) this.grow(at);
    this.tags[at] = Tag.CellText;
    if (this.hashes) this.hashes[at] = this.hashOf(text);
  }

  private setText(at: number, text: string): void {
    if (at >= this.tags.length) this.grow(at);
    this.tags[at] = text === this.lastText ? this.lastTag : this.textTag(at, text);
    if (this.hashes) this.hashes[at] = this.hashOf(text);
  }

  private hashOf(text: string): number {
    return this.hash === TextHash.Key ? keyHash(text) : foldedHash(text);
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

  /** True where text(i) is not null (without fetching a cell's own text from the snapshot). */
  hasText(i: number): boolean {
    return i < this.count && this.tags[i] >= Tag.CellText;
  }

  /** Data row i's value when it is text, else null. */
  text(i: number): string | null {
    const value = this.at(i);
    return typeof value === "string" ? value : null;
  }

  /**
   * keyHash of data row i's text (-1 where it holds none): kept from the read where the column keeps it, so the
   * text itself need not be fetched from its cell.
   */
  keyHashAt(i: number): number {
    if (!(i < this.count) || this.tags[i] < Tag.CellText) return -1;
    return this.hash === TextHash.Key ? this.hashes![i] : keyHash(this.text(i)!);
  }

  /** foldedHash of data row i's text, as keyHashAt. */
  foldedHashAt(i: number): number {
    if (!(i < this.count) || this.tags[i] < Tag.CellText) return -1;
    return this.hash === TextHash.Folded ? this.hashes![i] : foldedHash(this.text(i)!);
  }

  /**
   * How many data rows hold each text (rows without one left out), counted from the rows' bytes: a list field's
   * column holds a few ids, each kept once, so 100,000 rows are counted without fetching a text per row.
   */
  textCounts(): Map<string, number> {
    const byTag = new Int32Array(256);
    for (let i = 0; i < this.count; i++) byTag[this.tags[i]]++;
    const counts = new Map<string, number>();
    const add = (text: string, rows: number) => counts.set(text, (counts.get(text) ?? 0) + rows);
    for (let tag = Tag.FirstShared; tag < byTag.length; tag++)
      if (byTag[tag] > 0) add(this.shared[tag - Tag.FirstShared], byTag[tag]);
    if (byTag[Tag.CellText] > 0 || byTag[Tag.OtherText] > 0) {
      for (let i = 0; i < this.count; i++) {
        const tag = this.tags[i];
        if (tag === Tag.CellText || tag === Tag.OtherText) add(this.text(i)!, 1);
      }
    }
    return counts;
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
    return (cellOf(this.rows, this.rowNumbers[i], this.col) as { value: string }).value;
  }

  /** A list field's column repeats a few ids: the last one's tag (setText) is usually the one wanted. */
  private textTag(at: number, text: string): number {
    this.sharedTags ??= new Map();
    let tag = this.sharedTags.get(text);
    if (tag === undefined && this.shared.length < MAX_SHARED) {
      tag = Tag.FirstShared + this.shared.length;
      this.shared.push(text);
      this.sharedTags.set(text, tag);
    }
    if (tag !== undefined) {
      this.lastText = text;
      this.lastTag = tag;
      return tag;
    }
    this.others ??= new Map();
    this.others.set(at, text);
    return Tag.OtherText;
  }

  private grow(at: number): void {
    let length = Math.max(16, this.tags.length * 2);
    while (at >= length) length *= 2;
    this.tags = grown(this.tags, length);
    if (this.numbers) this.numbers = grown(this.numbers, length);
    if (this.hashes) this.hashes = grown(this.hashes, length);
  }
}

keepLayout(ValueColumn.empty());
