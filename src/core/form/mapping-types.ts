import type { SheetId } from "./form";

/**
 * A committee's own names for the standard form, chosen in the pane and saved inside the workbook so that the
 * next validation, on any computer, and the command line on the same file use it.
 */
export interface HeaderMapping {
  /** Sheet id → the workbook's own sheet name (only where the name is not recognised by itself). */
  readonly sheets: Readonly<Partial<Record<SheetId, string>>>;
  /** Sheet id → field id → the header text exactly as it stands in the workbook's header row. */
  readonly columns: Readonly<Partial<Record<SheetId, Readonly<Record<string, string>>>>>;
}

export const EMPTY_MAPPING: HeaderMapping = Object.freeze({ sheets: {}, columns: {} });
