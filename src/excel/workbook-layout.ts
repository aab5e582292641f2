import type { MadeRecord } from "./made-record";

/** What a write needs to know about the workbook, learned while reading it (so writing takes no extra sync). */
export interface SheetLayout {
  /** Office.js's id of the sheet (ExcelApi 1.1), which stays the same when the sheet is renamed. */
  readonly id: string;
  readonly name: string;
  readonly protected: boolean;
  readonly visible: boolean;
  /** The report sheet we recorded (by id) and nobody has added to since: ours to replace. */
  readonly ourReport: boolean;
  /** The report sheet we recorded, but its used range is no longer what we wrote: the user's now, kept. */
  readonly reportKept: boolean;
  /** Ids of our highlight conditional formats on this sheet (those we recorded and that still exist). */
  readonly ourHighlightIds: ReadonlyArray<string>;
  /** Ids of every conditional format on this sheet before our write, to tell what a failed write added. */
  readonly formatIds: ReadonlyArray<string>;
}

export interface WorkbookLayout {
  /** The workbook's structure is protected: no sheet can be added or deleted. */
  readonly workbookProtected: boolean;
  readonly sheets: ReadonlyArray<SheetLayout>;
  /** What we had recorded as ours when the workbook was read. */
  readonly made: MadeRecord;
}

/** The load path for a sheet's conditional formats that tells ours from the user's in the same sync. */
export const CONDITIONAL_FORMAT_LOAD = "items/id,items/type,items/customOrNullObject/rule/formula";
