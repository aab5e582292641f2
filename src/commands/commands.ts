/**
 * The ribbon's functions. With a shared runtime (SharedRuntime 1.1) the commands and the pane are one page
 * (taskpane.html), so "Validate" drives the very pane the user sees. The ids are the ones manifest.xml names.
 *
 * Without it (Excel 2016 and 2019 bought once, early Microsoft 365 builds), Excel loads taskpane.html twice: once
 * hidden, for the ribbon's functions, and once as the pane when the user opens it. Office gives a ribbon function
 * no way to open the pane there (showAsTaskpane is SharedRuntime 1.1), and one manifest cannot give the button
 * another action on those Excels only (a requirement on VersionOverrides hides the whole ribbon). So there:
 * - "Validate" validates in its hidden page and ends on the report sheet it wrote;
 * - the pane validates as it opens, so the pane's own button ("Committee Check") opens it on the results.
 */
export const RIBBON_ACTIONS = { validate: "validate", showPane: "showPane" } as const;

export interface RibbonActions {
  /** Validate the workbook; a second call while one runs waits for the same run. */
  validate(): Promise<void>;
  /** Without a shared runtime, after validating: show the report sheet, where the one click ends. */
  showResults?(): Promise<void>;
}

export interface RibbonOptions {
  /** Whether Excel runs the ribbon and the pane in one runtime; by default, yes. */
  readonly sharedRuntime?: boolean;
}

interface CommandEvent {
  completed(): void;
}

type Command = (event: CommandEvent) => Promise<void>;

/** Opening the pane is a courtesy: if Office cannot (an older host), the work still runs. */
async function showPane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // The pane may already be open, or the host lacks SharedRuntime 1.1; the user can open it from the ribbon.
  }
}

/**
 * Office.actions.associate is how current Excel finds a FunctionName; older builds look the name up as a global
 * function of the page instead (and may have no Office.actions at all). Both are set, so the button works on both.
 */
function associate(id: string, command: Command): void {
  (globalThis as unknown as Record<string, Command>)[id] = command;
  try {
    Office.actions?.associate(id, command);
  } catch {
    // An Office without actions.associate calls the global of the same name.
  }
}

export function registerRibbonCommands(actions: RibbonActions, options: RibbonOptions = {}): void {
  const shared = options.sharedRuntime ?? true;
  associate(RIBBON_ACTIONS.validate, async (event) => {
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
  associate(RIBBON_ACTIONS.showPane, async (event) => {
    try {
      await showPane();
    } finally {
      event.completed();
    }
  });
  // Without a shared runtime this page is the pane the user just opened (or the ribbon's hidden page, about to be
  // asked to validate anyway: the two calls share one run). Either way the workbook is checked as it opens.
  if (!shared) void actions.validate().catch(() => undefined);
}
