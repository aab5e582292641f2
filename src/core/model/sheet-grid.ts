/**
 * A sheet's cells kept flat: every row's cells one after another in a few big arrays, with each row's start and
 * width in typed arrays. The .xlsx reader keeps a big sheet this way instead of one small array per row: on the
 * 100,000-unit bench workbook the 227,000 row arrays were half of the snapshot's heap (20 of 39 MB), and copying
 * them out of V8's young generation was most of the garbage collector's work in a read.
 */
import type { CellSnapshot, SheetSnapshot } from "./snapshot";

type Cell = CellSnapshot | null;

/**
 * Slots per block: 2 ** 12. (Blocks of 2 ** 16 read a 100,000-unit workbook as fast, but each sheet of a small one
 * paid for a 512 KB block filled from the start: a 1,000-unit workbook read in ~1.6x the time.)
 */
const BLOCK_BITS = 12;
const BLOCK = 2 ** BLOCK_BITS;

/** What the engine reads of a sheet, row by row: `rows` itself, or a flat grid's view of it. */
export interface RowSource {
  readonly length: number;
  /**
   * Row r's cells (an array of its exact length; a new one from a grid), or null/undefined for a row without any.
   * Cells are read as unknown, as the engine reads any host's: checked before use.
   */
  at(r: number): ReadonlyArray<unknown> | null | undefined;
}

export class SheetGrid implements RowSource {
  private readonly blocks: Cell[][] = [];
  private used = 0;
  private starts = new Int32Array(64);
  /** Row r's width + 1; 0 for a row never stored. */
  private widths = new Int32Array(64);
  private rows = 0;

  /** One past the last row stored. */
  get length(): number {
    return this.rows;
  }

  /** Slots taken so far, a row stored again counted again (a bound for a hostile file's rows out of order). */
  get slots(): number {
    return this.used;
  }

  /** Stores row r as the first `width` cells of `cells` (replacing what row r had). */
  store(r: number, cells: ReadonlyArray<Cell>, width: number): void {
    if (r >= this.starts.length) this.grow(r + 1);
    let at = this.used;
    this.starts[r] = at;
    this.widths[r] = width + 1;
    if (r >= this.rows) this.rows = r + 1;
    this.used = at + width;
    let k = 0;
    while (k < width) {
      const index = at >>> BLOCK_BITS;
      if (index === this.blocks.length) this.blocks.push(new Array<Cell>(BLOCK).fill(null));
      const block = this.blocks[index];
      // The cells that fit in this block, then on in the next.
      const end = Math.min(width, k + BLOCK - (at & (BLOCK - 1)));
      for (let offset = at & (BLOCK - 1); k < end; k++, offset++, at++) block[offset] = cells[k];
    }
  }

  /** Row r's cells as a new array of its exact length; null for a row never stored. */
  at(r: number): Cell[] | null {
    const width = this.widthOf(r);
    return width < 0 ? null : this.copy(r, width, new Array<Cell>(width));
  }

  /**
   * Row r's cells in the array of `pool` kept for rows of its width (made the first time), or null for a row
   * never stored: for a reader that goes down the rows one at a time and keeps none of them. (Setting one
   * array's length row by row cost more than making a new array.)
   */
  rowIn(r: number, pool: Cell[][]): Cell[] | null {
    const width = this.widthOf(r);
    return width < 0 ? null : this.copy(r, width, (pool[width] ??= new Array<Cell>(width)));
  }

  /** Row r's cell in column c (undefined beyond the row, as for an array). */
  cell(r: number, c: number): Cell | undefined {
    const at = this.slotOf(r, c);
    return at < 0 ? undefined : this.blocks[at >>> BLOCK_BITS][at & (BLOCK - 1)];
  }

  /** Empties row r's cell in column c, if it has one; true when there was a cell. */
  clear(r: number, c: number): boolean {
    const at = this.slotOf(r, c);
    if (at < 0) return false;
    const block = this.blocks[at >>> BLOCK_BITS];
    if (block[at & (BLOCK - 1)] === null) return false;
    block[at & (BLOCK - 1)] = null;
    return true;
  }

  /** The width of row r (0 for a row never stored). */
  width(r: number): number {
    return Math.max(0, this.widthOf(r));
  }

  /** Row r's width; -1 for a row never stored (or beyond the rows). */
  private widthOf(r: number): number {
    return r >= 0 && r < this.rows ? this.widths[r] - 1 : -1;
  }

  /** Where row r's cell in column c is kept; -1 beyond the row. */
  private slotOf(r: number, c: number): number {
    return c >= 0 && c < this.widthOf(r) ? this.starts[r] + c : -1;
  }

  /** Row r's `width` cells into `into`. */
  private copy(r: number, width: number, into: Cell[]): Cell[] {
    let at = this.starts[r];
    for (let k = 0; k < width; k++, at++)
      into[k] = this.blocks[at >>> BLOCK_BITS][at & (BLOCK - 1)];
    return into;
  }

  private grow(least: number): void {
    let size = this.starts.length;
    while (size < least) size *= 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const widths = new Int32Array(size);
    widths.set(this.widths);
    this.starts = starts;
    this.widths = widths;
  }
}

/**
 * A sheet whose cells are in a grid. `rows` is still there for any reader of the snapshot (made from the grid the
 * first time it is read, then kept); the engine reads the grid (rowsOf) and never makes it.
 */
export function gridSheet(
  name: string,
  grid: SheetGrid,
  merges?: SheetSnapshot["merges"]
): SheetSnapshot {
  let rows: Array<Cell[] | null> | undefined;
  const sheet = { name } as { name: string; rows: Array<Cell[] | null>; merges?: typeof merges };
  Object.defineProperty(sheet, "rows", {
    enumerable: true,
    configurable: true,
    get: () => {
      if (rows) return rows;
      rows = new Array<Cell[] | null>(grid.length);
      for (let r = 0; r < grid.length; r++) rows[r] = grid.at(r);
      return rows;
    },
  });
  if (merges) sheet.merges = merges;
  // Not enumerable: a snapshot compares and serialises as its name, rows and merges, however it is kept.
  Object.defineProperty(sheet, "grid", { value: grid, enumerable: false });
  return sheet;
}

/** The rows the engine reads: the sheet's grid when it has one, else its `rows` (a missing one as none). */
export function rowsOf(sheet: SheetSnapshot | null | undefined): RowSource {
  if (!sheet) return NO_ROWS;
  const grid = (sheet as { readonly grid?: unknown }).grid;
  if (grid instanceof SheetGrid) return grid;
  const rows = sheet.rows;
  if (!Array.isArray(rows)) return NO_ROWS;
  // Not the array itself: its own at() counts a negative row from the end.
  return {
    length: rows.length,
    at: (r) => (r >= 0 ? (rows[r] as ReadonlyArray<unknown> | null | undefined) : undefined),
  };
}

const NO_ROWS: RowSource = { length: 0, at: () => undefined };

/**
 * A reader of the rows one after another that keeps none of them: from a grid, each row in an array reused
 * for every row of its width (no array made per row); otherwise the rows themselves.
 */
export function rowCursor(rows: RowSource): (r: number) => ReadonlyArray<unknown> | null {
  if (rows instanceof SheetGrid) {
    const pool: Cell[][] = [];
    return (r) => rows.rowIn(r, pool);
  }
  return (r) => {
    const row = rows.at(r);
    return Array.isArray(row) ? row : null;
  };
}

/** Row r's cell in column c: from a grid without making the row, else from the row (undefined where there is none). */
export function cellOf(rows: RowSource, r: number, c: number): unknown {
  if (rows instanceof SheetGrid) return rows.cell(r, c);
  const row = rows.at(r);
  return Array.isArray(row) ? (row as ReadonlyArray<unknown>)[c] : undefined;
}
