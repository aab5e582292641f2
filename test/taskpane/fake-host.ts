import type { Lang, Report } from "../../src/core";
import type { WorkbookSnapshot } from "../../src/core";
import type { StoredState, WorkbookHost } from "../../src/core";
import type { ScopedGoal } from "../../src/core";
import { withGoalsWritten, withStandardSheets } from "../../src/core";
import type { HeaderMapping } from "../../src/core";
import { withMapping, withStamp } from "../../src/core";

type Call =
  | { name: "workbookName" }
  | { name: "readSnapshot" }
  | { name: "showReport"; report: Report; lang: Lang }
  | { name: "goTo"; sheet: string; cell?: string }
  | { name: "clear" }
  | { name: "loadState" }
  | { name: "saveState"; state: StoredState }
  | { name: "insertStandardSheets"; lang: Lang }
  | { name: "writeGoals"; goals: ReadonlyArray<ScopedGoal>; lang: Lang }
  | { name: "saveMapping"; mapping: HeaderMapping }
  | { name: "writeStamp"; rows: ReadonlyArray<ReadonlyArray<string>> };

/** An in-memory workbook host that records every call, so tests assert what the pane asked the workbook to do. */
export class FakeHost implements WorkbookHost {
  readonly calls: Call[] = [];
  stored: StoredState = {};
  /** Set to make the next calls of that method fail (e.g. with a HostError). */
  failures: Partial<
    Record<
      | "readSnapshot"
      | "showReport"
      | "goTo"
      | "clear"
      | "insertStandardSheets"
      | "writeGoals"
      | "saveMapping"
      | "writeStamp",
      unknown
    >
  > = {};
  private readonly editListeners = new Set<() => void>();
  private gate: Promise<void> | null = null;
  private openGate: (() => void) | null = null;
  private progress: ((fraction: number) => void) | undefined;

  /** The workbook as it is now: the authoring actions change it as Excel would, so the next validation sees them. */
  constructor(
    public snapshot: WorkbookSnapshot,
    private readonly name = "tam-duong-2023.xlsx"
  ) {}

  /** Holds `readSnapshot` until `release()`, so a test can look at the pane while a validation runs. */
  hold(): void {
    this.gate = new Promise((resolve) => (this.openGate = resolve));
  }

  reportProgress(fraction: number): void {
    this.progress?.(fraction);
  }

  release(): void {
    this.openGate?.();
    this.gate = null;
  }

  /** What Excel's change events would do when the user edits a checked sheet. */
  edit(): void {
    for (const listener of this.editListeners) listener();
  }

  get listenerCount(): number {
    return this.editListeners.size;
  }

  callsNamed<N extends Call["name"]>(name: N): Extract<Call, { name: N }>[] {
    return this.calls.filter((call): call is Extract<Call, { name: N }> => call.name === name);
  }

  async workbookName(): Promise<string> {
    this.calls.push({ name: "workbookName" });
    return this.name;
  }

  async readSnapshot(onProgress?: (fraction: number) => void): Promise<WorkbookSnapshot> {
    this.calls.push({ name: "readSnapshot" });
    this.progress = onProgress;
    if (this.gate) await this.gate;
    if (this.failures.readSnapshot) throw this.failures.readSnapshot;
    return this.snapshot;
  }

  async showReport(report: Report, lang: Lang): Promise<void> {
    this.calls.push({ name: "showReport", report, lang });
    if (this.failures.showReport) throw this.failures.showReport;
  }

  async goTo(sheet: string, cell?: string): Promise<void> {
    this.calls.push({ name: "goTo", sheet, cell });
    if (this.failures.goTo) throw this.failures.goTo;
  }

  async clear(): Promise<void> {
    this.calls.push({ name: "clear" });
    await this.gate; // hold() holds a clear too
    if (this.failures.clear) throw this.failures.clear;
  }

  async loadState(): Promise<StoredState> {
    this.calls.push({ name: "loadState" });
    return this.stored;
  }

  async saveState(state: StoredState): Promise<void> {
    this.calls.push({ name: "saveState", state });
    this.stored = state;
  }

  onEdited(listener: () => void): () => void {
    this.editListeners.add(listener);
    return () => this.editListeners.delete(listener);
  }

  async insertStandardSheets(lang: Lang): Promise<string[]> {
    this.calls.push({ name: "insertStandardSheets", lang });
    if (this.failures.insertStandardSheets) throw this.failures.insertStandardSheets;
    const { snapshot, added } = withStandardSheets(this.snapshot, lang);
    this.snapshot = snapshot;
    return added;
  }

  async writeGoals(goals: ReadonlyArray<ScopedGoal>, lang: Lang): Promise<void> {
    this.calls.push({ name: "writeGoals", goals, lang });
    if (this.failures.writeGoals) throw this.failures.writeGoals;
    this.snapshot = withGoalsWritten(this.snapshot, goals, lang);
  }

  /** Keeps the mapping sheet in the workbook (removed for an empty mapping), as Excel would, for the next read. */
  async saveMapping(mapping: HeaderMapping): Promise<void> {
    this.calls.push({ name: "saveMapping", mapping });
    if (this.failures.saveMapping) throw this.failures.saveMapping;
    this.snapshot = withMapping(this.snapshot, mapping);
  }

  async writeStamp(rows: ReadonlyArray<ReadonlyArray<string>>): Promise<void> {
    this.calls.push({ name: "writeStamp", rows });
    if (this.failures.writeStamp) throw this.failures.writeStamp;
    this.snapshot = withStamp(this.snapshot, rows);
  }
}
