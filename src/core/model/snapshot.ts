/**
 * A host-neutral picture of a workbook. Hosts (exceljs, Office.js, the preview)
 * fill it; the engine only reads it. Rows and columns are 0-based here; the
 * engine turns them into A1 addresses for findings.
 */
export type CellKind = "number" | "text" | "boolean" | "error" | "empty";

export interface CellSnapshot {
  /** number for kind number (dates as Excel serial numbers), string for text and error (`#DIV/0!`), boolean, or null for empty. */
  readonly value: number | string | boolean | null;
  readonly kind: CellKind;
  /** Excel number format, e.g. `0.00%`, `#,##0`, `General`; absent means General. */
  readonly numberFormat?: string;
  /** True when a formula produced the value (the value is its cached result). */
  readonly formula?: boolean;
  /** The cell's font name (`.VnTime`, `VNI-Times`, `Times New Roman`) where the file says; absent means the workbook's default. */
  readonly font?: string;
}

export interface SheetSnapshot {
  /** The sheet's own name, as the user sees it on its tab. */
  readonly name: string;
  /** rows[r][c]; a missing row or cell is empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellSnapshot | null | undefined> | null | undefined>;
  /**
   * Merged ranges, 0-based and inclusive; merged cells other than the top-left stay empty in `rows`.
   * Absent when the host cannot tell (the engine then guesses merged headings from the layout).
   */
  readonly merges?: ReadonlyArray<{ top: number; left: number; bottom: number; right: number }>;
}

export interface WorkbookSnapshot {
  readonly sheets: ReadonlyArray<SheetSnapshot>;
}

export const EMPTY_CELL: CellSnapshot = Object.freeze({ value: null, kind: "empty" as const });
