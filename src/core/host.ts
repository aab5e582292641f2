import type { WorkbookSnapshot } from "./model/snapshot";
import type { Lang, Report } from "./model/report";
import type { ScopedGoal } from "./form/goals";
import type { HeaderMapping } from "./form/mapping-types";
import type { HostFeatures, SelfCheckResult } from "./model/host-features";

/** What the pane remembers inside the workbook (Excel: workbook settings). */
export interface StoredState {
  readonly lang?: Lang;
  readonly lastValidation?: {
    readonly at: string; // ISO time
    readonly ready: boolean;
    readonly counts: Report["counts"];
  };
}

/**
 * The one small interface between the task pane and a workbook. Excel
 * (Office.js) and the browser preview (an .xlsx read with exceljs) implement it,
 * so the pane's code is the same in both.
 */
export interface WorkbookHost {
  /** Name shown in the report (file name, or the workbook's name in Excel). */
  workbookName(): Promise<string>;
  /** Read every sheet into the engine's snapshot; `onProgress` gets 0..1 for long reads. */
  readSnapshot(onProgress?: (fraction: number) => void): Promise<WorkbookSnapshot>;
  /** Highlight the findings' cells and (re)build the report sheet. */
  showReport(report: Report, lang: Lang): Promise<void>;
  /** Activate the sheet and select the cell (or the sheet alone when cell is absent). */
  goTo(sheet: string, cell?: string): Promise<void>;
  /** Remove every highlight and the report sheet; the user's cells stay exactly as they were. */
  clear(): Promise<void>;
  loadState(): Promise<StoredState>;
  saveState(state: StoredState): Promise<void>;
  /** Called when the user edits a checked sheet; returns an unsubscribe function. */
  onEdited(listener: () => void): () => void;
  /** Add the standard committee sheets the workbook lacks (never touching one that exists); returns the names added. */
  insertStandardSheets(lang: Lang): Promise<string[]>;
  /** Save the header mapping inside the workbook; an empty mapping removes what was saved. */
  saveMapping(mapping: HeaderMapping): Promise<void>;
  /** Write the goals sheet (creating it if missing) with these rows, replacing the rows it had. */
  writeGoals(goals: ReadonlyArray<ScopedGoal>, lang: Lang): Promise<void>;
  /** Write the stamp sheet (very hidden, every cell text) with these rows, replacing the stamp it had. */
  writeStamp(rows: ReadonlyArray<ReadonlyArray<string>>): Promise<void>;
  /** What works in this Excel and why not (absent: everything works, as in the preview). */
  features?(): HostFeatures;
  /** Exercises every call the add-in makes on a temporary sheet, and removes it (Excel only). */
  selfCheck?(): Promise<SelfCheckResult>;
}

/** An error the pane can show as it is: its message is already in the user's language key. */
export type HostErrorReason =
  "protected" | "editing" | "no-committee-sheets" | "unreadable" | "other";

export class HostError extends Error {
  constructor(
    readonly reason: HostErrorReason,
    message: string
  ) {
    super(message);
    this.name = "HostError";
  }
}
