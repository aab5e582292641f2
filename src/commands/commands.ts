/**
 * The ribbon's functions. The add-in uses a shared runtime: the commands and the pane are one page
 * (taskpane.html), so "Validate" drives the very pane the user sees. The ids are the ones manifest.xml names.
 */
export const RIBBON_ACTIONS = { validate: "validate", showPane: "showPane" } as const;

export interface RibbonActions {
  validate(): Promise<void>;
  /**
   * Where Excel has no shared runtime (SharedRuntime 1.1), this page runs as the ribbon's own hidden function
   * file and cannot open the pane (showAsTaskpane needs the shared runtime): after validating it shows the
   * report sheet instead, so the one click still ends on the results.
   */
  showResults?(): Promise<void>;
}

export interface RibbonOptions {
  /** Whether Excel runs the ribbon and the pane in one runtime; by default, yes. */
  readonly sharedRuntime?: boolean;
}

interface CommandEvent {
  completed(): void;
}

/** Opening the pane is a courtesy: if Office cannot (an older host), the work still runs. */
async function showPane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // The pane may already be open, or the host lacks SharedRuntime 1.1; the user can open it from the ribbon.
  }
}

export function registerRibbonCommands(actions: RibbonActions, options: RibbonOptions = {}): void {
  const shared = options.sharedRuntime ?? true;
  Office.actions.associate(RIBBON_ACTIONS.validate, async (event: CommandEvent) => {
    try {
      if (shared) await showPane();
      await actions.validate();
      if (!shared) await actions.showResults?.();
    } catch {
      // The pane shows what went wrong; the ribbon button must still be released.
    } finally {
      // Office keeps the button busy until completed() is called, even after a failure.
      event.completed();
    }
  });
  Office.actions.associate(RIBBON_ACTIONS.showPane, async (event: CommandEvent) => {
    try {
      await showPane();
    } finally {
      event.completed();
    }
  });
}
