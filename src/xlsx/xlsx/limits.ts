export interface Limits {
  readonly maxParts: number;
  readonly maxTotalDeclaredBytes: number;
  readonly maxPartBytes: number;
  readonly maxReadBytes: number;
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
  readonly maxCells: number;
  readonly maxRowSlots: number;
  readonly maxRow: number;
  readonly maxColumn: number;
  readonly maxMerges: number;
  readonly maxStringLength: number;
  readonly maxSharedStrings: number;
  readonly maxDepth: number;
  readonly maxSheets: number;
}

/**
 * The reader's bounds. Each is chosen from the largest committee workbook we can imagine — a province's
 * 3,300 communes with every unit, admission and village-head row, well under 100,000 rows and a few million
 * cells — with a wide margin; a file beyond any of them is refused before it can exhaust time or memory.
 * The README lists them with their reasons.
 */
export const LIMITS: Limits = {
  /** Entries in the zip's central directory. A real workbook has 10 to 200 (sheets, styles, pictures). */
  maxParts: 10_000,
  /** Declared uncompressed size of all entries together, read or not (pictures count here). */
  maxTotalDeclaredBytes: 2 * 1024 ** 3,
  /** Uncompressed size of one part we read (a sheet, shared strings, styles). The 100,000-unit bench's biggest sheet is ~25 MB. */
  maxPartBytes: 512 * 1024 ** 2,
  /** Uncompressed bytes inflated over all the parts we read. The 100,000-unit bench workbook has 52 MB of XML. */
  maxReadBytes: 1024 ** 3,
  /** Uncompressed ÷ compressed for a part over 1 MB. Sheet XML compresses 5 to 30 times, a styled empty sheet up to ~200. */
  maxRatio: 1_000,
  /** Parts below this size are not judged by their ratio. */
  ratioFloorBytes: 1024 ** 2,
  /** Non-empty cells kept over the workbook (the 100,000-unit bench has 931,000; each costs ~100 bytes of memory). */
  maxCells: 4_000_000,
  /** Cell slots over all kept rows: each row holds every column up to its last cell (one cell at XFD costs 16,384). */
  maxRowSlots: 16_000_000,
  /** Excel's own grid: a reference beyond it is not from a spreadsheet program. */
  maxRow: 1_048_576,
  maxColumn: 16_384,
  /** Merged ranges per sheet, kept as ranges and never expanded. */
  maxMerges: 200_000,
  /** Characters of one text value (Excel's own cap per cell is 32,767). */
  maxStringLength: 1_000_000,
  /** Shared strings in the workbook. */
  maxSharedStrings: 10_000_000,
  /** XML element nesting; a real part nests 6 to 10 deep. */
  maxDepth: 100,
  /** Sheets listed in the workbook (Excel allows as many as memory does; real ones have under 50). */
  maxSheets: 1_000,
};
