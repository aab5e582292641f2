import { stopWatching, watchEdits, type EditWatch } from "./edit-watch";

export type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type RunWith = <T>(
  context: Excel.RequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>
) => Promise<T>;

/**
 * Excel reports its own API writes (our highlights, the report sheet) as changes too, a moment after the sync.
 * Changes seen while we write and for this long afterwards are ours, not the user's.
 */
export const OWN_WRITE_QUIET_MS = 1_500;

/** Keeps one set of onChanged handlers for all listeners, re-registered when the checked sheets change. */
export class EditWatcher {
  private readonly listeners = new Set<() => void>();
  private watch: Promise<EditWatch | null> | null = null;
  private writing = 0;
  private quietUntil = 0;

  constructor(
    private readonly run: Run,
    private readonly runWith: RunWith,
    private readonly now: () => number = () => Date.now()
  ) {}

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

  /** Runs one of our own writes with change notifications held back. */
  async ownWrite<T>(write: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await write();
    } finally {
      this.writing--;
      this.quietUntil = this.now() + OWN_WRITE_QUIET_MS;
    }
  }

  private notify(): void {
    if (this.writing > 0 || this.now() < this.quietUntil) return;
    for (const listener of [...this.listeners]) listener();
  }

  private register(only?: ReadonlyArray<string>): void {
    // Without events (an old Excel) the pane still works; it just cannot tell when results go stale.
    this.watch = this.run((context) => watchEdits(context, () => this.notify(), only)).catch(
      () => null
    );
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
