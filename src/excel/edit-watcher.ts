import { stopWatching, watchEdits, type ChangeEvent, type EditWatch } from "./edit-watch";

export type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type RunWith = <T>(
  context: Excel.RequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>
) => Promise<T>;

/**
 * The sheets whose cell data one of our writes changes, among the watched ones: Excel reports such writes as
 * changes too, a moment after the sync. "any" when the write does not know its sheet beforehand (the goals).
 */
export type OwnData = ReadonlyArray<string> | "any";

/**
 * Keeps one set of onChanged handlers for all listeners, re-registered when the checked sheets change, and
 * counts the user's edits. Our own writes are told apart by what they write, not by time: the report sheet is not
 * watched, and highlights (conditional formats) change no cell data, so a change on a checked sheet is the user's
 * — unless Excel says this add-in triggered it (ExcelApi 1.14), or it is on a sheet whose data one of our writes
 * changes (the goals), from that write's start until the next read of the workbook.
 */
export class EditWatcher {
  private readonly listeners = new Set<() => void>();
  private watch: Promise<EditWatch | null> | null = null;
  private ownData = new Set<string>();
  private ownAny = false;
  private edits = 0;

  constructor(
    private readonly run: Run,
    private readonly runWith: RunWith
  ) {}

  /** How many edits of the user's have been seen: compare it before and after a validation. */
  get editCount(): number {
    return this.edits;
  }

  /** A read of the workbook starts: it sees what our earlier writes wrote, so their changes are no longer ours. */
  reading(): void {
    this.ownData = new Set();
    this.ownAny = false;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    if (!this.watch) this.register();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) void this.unregister();
    };
  }

  /** After a read: watch exactly the sheets that were checked. */
  async checked(sheets: ReadonlyArray<string>): Promise<void> {
    if (this.listeners.size === 0 || !this.watch) return;
    const current = await this.watch;
    if (
      current &&
      current.sheets.length === sheets.length &&
      sheets.every((name) => current.sheets.includes(name))
    )
      return;
    await this.unregister();
    if (this.listeners.size > 0) this.register(sheets);
  }

  /** Runs one of our own writes; changes on the sheets whose data it writes are ours (see the class comment). */
  ownWrite<T>(write: () => Promise<T>, writesDataOn: OwnData = []): Promise<T> {
    if (writesDataOn === "any") this.ownAny = true;
    else for (const sheet of writesDataOn) this.ownData.add(sheet);
    return write();
  }

  private notify(sheet: string, event?: ChangeEvent): void {
    if (event?.triggerSource === "ThisLocalAddin") return;
    if (this.ownAny || this.ownData.has(sheet)) return;
    this.edits++;
    for (const listener of [...this.listeners]) listener();
  }

  private register(only?: ReadonlyArray<string>): void {
    // Without events (an old Excel) the pane still works; it just cannot tell when results go stale.
    this.watch = this.run((context) =>
      watchEdits(context, (sheet, event) => this.notify(sheet, event), only)
    ).catch(() => null);
  }

  private async unregister(): Promise<void> {
    const pending = this.watch;
    this.watch = null;
    const watch = await pending;
    const first = watch?.handlers[0];
    if (!watch || !first) return;
    try {
      await this.runWith(first.context as Excel.RequestContext, (context) =>
        stopWatching(context, watch)
      );
    } catch {
      // The handlers die with the page anyway; failing to remove them early changes nothing the user sees.
    }
  }
}
