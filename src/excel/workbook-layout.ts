/** What a write needs to know about the workbook, learned while reading it (so writing takes no extra sync). */
export interface SheetLayout {
  readonly name: string;
  readonly protected: boolean;
  readonly visible: boolean;
  /** Named like our report sheet and titled with our marker: ours to replace. */
  readonly ourReport: boolean;
  /** Named like our report sheet but not ours: the user's, never deleted. */
  readonly foreignReportName: boolean;
  /** Ids of our highlight conditional formats on this sheet. */
  readonly ourHighlightIds: ReadonlyArray<string>;
}

export interface WorkbookLayout {
  /** The workbook's structure is protected: no sheet can be added or deleted. */
  readonly workbookProtected: boolean;
  readonly sheets: ReadonlyArray<SheetLayout>;
}

/** The load path for a sheet's conditional formats that tells ours from the user's in the same sync. */
export const CONDITIONAL_FORMAT_LOAD = "items/id,items/type,items/customOrNullObject/rule/formula";
