import type { Lang, Report, Severity } from "../core";
import type { WorkbookSnapshot } from "../core";
import { readWorkbook } from "../xlsx/read-workbook";
import { withGoalsWritten, withStandardSheets } from "../core";
import type { ScopedGoal } from "../core";
import { HostError, type StoredState, type WorkbookHost } from "../core";
import { parseCellAddress } from "../core";
import { withMapping, withStamp } from "../core";
import type { HeaderMapping } from "../core";

/** A finding's mark on a cell of the grid: its worst severity and the messages to show on hover. */
export interface CellMark {
  readonly severity: Severity;
  readonly messages: ReadonlyArray<string>;
}

/** What the grid draws; replaced (never mutated) on each change so React sees it. */
export interface PreviewView {
  readonly fileName: string | null;
  readonly snapshot: WorkbookSnapshot | null;
  readonly activeSheet: string | null;
  readonly selected: {
    readonly sheet: string;
    readonly row: number;
    readonly col: number;
    readonly address: string;
  } | null;
  /** Bumped on every go-to, so the grid scrolls and focuses even when the same cell is chosen twice. */
  readonly selectionCount: number;
  /** sheet name → A1 address → mark */
  readonly marks: ReadonlyMap<string, ReadonlyMap<string, CellMark>>;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, shortfall: 2 };

const EMPTY_VIEW: PreviewView = {
  fileName: null,
  snapshot: null,
  activeSheet: null,
  selected: null,
  selectionCount: 0,
  marks: new Map(),
};

/**
 * The browser preview's workbook: an .xlsx read with the same reader as the command line, shown in a grid.
 * Highlights are an overlay in the grid (the file is never written), the report sheet is the pane itself,
 * state lives in memory, and the user cannot edit cells, so `onEdited` never fires; the pane's own authoring
 * actions (standard sheets, goals) change the workbook in memory.
 */
export class PreviewHost implements WorkbookHost {
  private view: PreviewView = EMPTY_VIEW;
  private readonly listeners = new Set<() => void>();
  private stored: StoredState = {};
  /** The file being opened (fetched and read), so that a validation asked for meanwhile waits for it. */
  private pending: Promise<unknown> | null = null;

  /**
   * Marks `work` (fetching and opening a file) as under way: reading the workbook waits for it instead of
   * finding none, so a click on "Kiểm tra" while the sample still loads checks it once it is there.
   */
  opening<T>(work: Promise<T>): Promise<T> {
    const settled = work.then(
      () => undefined,
      () => undefined
    );
    this.pending = settled;
    void settled.then(() => {
      if (this.pending === settled) this.pending = null;
    });
    return work;
  }

  /** Read a file's bytes; the grid then shows its first sheet, without marks. Throws what the reader throws. */
  async open(bytes: ArrayBuffer | Uint8Array, fileName: string): Promise<void> {
    const snapshot = await readWorkbook(bytes);
    // The language is the user's; the last validation belonged to the previous file.
    this.stored = this.stored.lang ? { lang: this.stored.lang } : {};
    this.update({
      ...EMPTY_VIEW,
      fileName,
      snapshot,
      activeSheet: snapshot.sheets[0]?.name ?? null,
    });
  }

  getView = (): PreviewView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  showSheet(sheet: string): void {
    if (this.sheetNamed(sheet)) this.update({ ...this.view, activeSheet: sheet });
  }

  /** Selecting a cell by clicking it in the grid, as one would in Excel. */
  select(sheet: string, row: number, col: number, address: string): void {
    this.update({ ...this.view, activeSheet: sheet, selected: { sheet, row, col, address } });
  }

  async workbookName(): Promise<string> {
    await this.pending;
    return this.view.fileName ?? "";
  }

  async readSnapshot(onProgress?: (fraction: number) => void): Promise<WorkbookSnapshot> {
    await this.pending;
    const snapshot = this.view.snapshot;
    if (!snapshot) throw new HostError("unreadable", "No workbook is open.");
    onProgress?.(1);
    return snapshot;
  }

  async showReport(report: Report, _lang: Lang): Promise<void> {
    const marks = new Map<string, Map<string, CellMark>>();
    for (const finding of report.findings) {
      if (!finding.cell) continue;
      const sheetMarks = marks.get(finding.sheet) ?? new Map<string, CellMark>();
      marks.set(finding.sheet, sheetMarks);
      const previous = sheetMarks.get(finding.cell);
      const severity =
        previous && RANK[previous.severity] <= RANK[finding.severity]
          ? previous.severity
          : finding.severity;
      sheetMarks.set(finding.cell, {
        severity,
        messages: [...(previous?.messages ?? []), finding.message],
      });
    }
    this.update({ ...this.view, marks });
  }

  async goTo(sheet: string, cell?: string): Promise<void> {
    if (!this.sheetNamed(sheet)) throw new HostError("other", `No sheet named ${sheet}.`);
    const position = cell ? parseCellAddress(cell) : null;
    const selected = position
      ? { sheet, row: position.row, col: position.col, address: cell!.toUpperCase() }
      : null;
    this.update({
      ...this.view,
      activeSheet: sheet,
      selected,
      selectionCount: this.view.selectionCount + 1,
    });
  }

  async clear(): Promise<void> {
    this.update({ ...this.view, marks: new Map() });
  }

  async loadState(): Promise<StoredState> {
    return this.stored;
  }

  async saveState(state: StoredState): Promise<void> {
    this.stored = state;
  }

  onEdited(_listener: () => void): () => void {
    return () => undefined;
  }

  /** The standard sheets the workbook lacks join it in memory, at the end, so they show as tabs under the grid. */
  async insertStandardSheets(lang: Lang): Promise<string[]> {
    const { snapshot, added } = withStandardSheets(this.openSnapshot(), lang);
    if (added.length > 0) this.update({ ...this.view, snapshot });
    return added;
  }

  /** The goals sheet in memory is rewritten (or added) as Excel's would be; the file itself is never written. */
  async writeGoals(goals: ReadonlyArray<ScopedGoal>, lang: Lang): Promise<void> {
    this.update({ ...this.view, snapshot: withGoalsWritten(this.openSnapshot(), goals, lang) });
  }

  /** The stamp sheet of the workbook in memory is replaced (the preview never writes the file). */
  async writeStamp(rows: ReadonlyArray<ReadonlyArray<string>>): Promise<void> {
    this.update({ ...this.view, snapshot: withStamp(this.openSnapshot(), rows) });
  }

  /** The mapping sheet of the workbook in memory is replaced (removed when empty), so the next validation uses it. */
  async saveMapping(mapping: HeaderMapping): Promise<void> {
    this.update({ ...this.view, snapshot: withMapping(this.openSnapshot(), mapping) });
  }

  private openSnapshot(): WorkbookSnapshot {
    const snapshot = this.view.snapshot;
    if (!snapshot) throw new HostError("unreadable", "No workbook is open.");
    return snapshot;
  }

  private sheetNamed(sheet: string) {
    return this.view.snapshot?.sheets.find((candidate) => candidate.name === sheet);
  }

  private update(view: PreviewView): void {
    this.view = view;
    for (const listener of this.listeners) listener();
  }
}
