import { useEffect, useMemo, useReducer, useRef, type Dispatch } from "react";
import type { Finding, Lang, Report, ValidateOptions } from "../core";
import type { WorkbookSnapshot } from "../core";
import type { StoredState, WorkbookHost } from "../core";
import type { HeaderMapping } from "../core";
import {
  PROGRAM_VERSION,
  hasCommitteeSheets,
  makeStamp,
  readGoalRows,
  readStamp,
  stampRows,
  type ScopedGoal,
  type WorkbookGoals,
} from "../core";
import { formDataHash as hashFormData } from "./form-data-hash";
import type { HostErrorReason } from "./strings";
import { hostProblemReason } from "./host-problem";
import { initialPaneState, paneReducer, type PaneAction, type PaneState } from "./pane-state";

export type Validator = (snapshot: WorkbookSnapshot, options: ValidateOptions) => Report;

/** What the outside (the ribbon button, the preview's file picker) may ask the pane to do. */
export interface PaneController {
  /** Read, check, show; a second call while one runs waits for the same run. */
  validate(): Promise<void>;
  clear(): Promise<void>;
  goTo(finding: Pick<Finding, "sheet" | "cell">): Promise<void>;
  setLang(lang: Lang): Promise<void>;
  /** Forget the results on screen (a different workbook was opened); the workbook itself is not touched. */
  reset(): void;
  /**
   * Save the header mapping in the workbook (an empty one removes it), then validate again. Resolves to why
   * saving failed, or null once saved; the panel that asked shows the reason in its own words.
   */
  saveMapping(mapping: HeaderMapping): Promise<HostErrorReason | null>;
  /** The goals as the editor starts from them, read now (the user may have changed the goals sheet since the last check). */
  readGoals(): Promise<WorkbookGoals>;
  /** Write the goals into the goals sheet, in the pane's language. Rejects as the host does; the caller validates again. */
  saveGoals(goals: ReadonlyArray<ScopedGoal>): Promise<void>;
  /** Add the standard sheets the workbook lacks, in the pane's language; resolves to the sheets added. */
  insertStandardSheets(): Promise<ReadonlyArray<string>>;
  /**
   * Stamp the workbook on screen as checked (only when it is ready): the hash of the data the report was made
   * from, the report's counts and committee figures, written into its stamp sheet; then validate again, so the
   * pane shows the stamp as the workbook now carries it. Resolves to false when nothing could be written.
   */
  stamp(): Promise<boolean>;
}

export interface PaneControllerOptions {
  readonly initialLang: Lang;
  readonly validator: Validator;
  readonly onLangChange?: (lang: Lang) => void;
}

/** Numbers stored as text are read the way Vietnamese staff type them. */
const LOCALE = "vi-VN" as const;

/** Lets the browser paint the progress indicator before the engine's synchronous work starts. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The last snapshot checked, kept so a language switch can translate the results without reading the workbook again. */
interface Checked {
  readonly snapshot: WorkbookSnapshot;
  readonly workbook: string;
  readonly formDataHash?: string;
}

/** What every host action works with: this render's state, host and options; the reducer; the last snapshot checked. */
interface ActionContext {
  readonly latest: {
    readonly current: {
      readonly state: PaneState;
      readonly host: WorkbookHost;
      readonly options: PaneControllerOptions;
    };
  };
  readonly dispatch: Dispatch<PaneAction>;
  readonly checked: { current: Checked | null };
  /** The user's edits seen so far: a validation that saw the count change while it ran shows stale results. */
  readonly edits: { current: number };
}

function checkOptions(checked: Checked, lang: Lang): ValidateOptions {
  return {
    workbook: checked.workbook,
    lang,
    locale: LOCALE,
    formDataHash: checked.formDataHash,
  };
}

/** Remembers the language or the last run in the workbook: a convenience, whose failure must not hide the results. */
async function saveState({ latest }: ActionContext, stored: StoredState): Promise<void> {
  try {
    await latest.current.host.saveState(stored);
  } catch {
    // Nothing to tell the user: the pane works the same without it.
  }
}

/** Reads the workbook (with progress) and checks it; the snapshot is kept for a language switch. */
async function readAndCheck(
  { latest, dispatch, checked }: ActionContext,
  lang: Lang
): Promise<{ readonly report: Report; readonly snapshot: WorkbookSnapshot }> {
  const { host, options } = latest.current;
  const workbook = await host.workbookName();
  const snapshot = await host.readSnapshot((fraction) =>
    dispatch({ type: "progress", phase: "reading", fraction })
  );
  dispatch({ type: "progress", phase: "checking" });
  await yieldToBrowser();
  // Hashing reads the form sheets again: only when the workbook carries a stamp to compare with.
  const formDataHash = readStamp(snapshot) ? await hashFormData(snapshot) : undefined;
  const kept = { snapshot, workbook, formDataHash };
  const report = options.validator(snapshot, checkOptions(kept, lang));
  checked.current = kept;
  return { report, snapshot };
}

/** Read, check, show in the pane and on the workbook, remember the run; a failure is shown in the user's words. */
async function runValidation(context: ActionContext): Promise<void> {
  const { latest, dispatch } = context;
  const host = latest.current.host;
  const lang = latest.current.state.lang;
  const editsAtStart = context.edits.current;
  dispatch({ type: "started" });
  try {
    const { report, snapshot } = await readAndCheck(context, lang);
    dispatch({ type: "validated", report, snapshot });
    if (!hasCommitteeSheets(snapshot)) {
      // Most likely another file: nothing is written into it. The pane says so, and still offers to insert
      // the standard sheets or to say which of its sheets is which (the mapping panel uses this report).
      dispatch({ type: "failed", reason: "no-committee-sheets" });
      return;
    }
    await host.showReport(report, lang);
    const lastValidation = {
      at: new Date().toISOString(),
      ready: report.ready,
      counts: report.counts,
    };
    dispatch({ type: "finished", lastValidation });
    // An edit made while we read or wrote may be missing from these results.
    if (context.edits.current !== editsAtStart) dispatch({ type: "edited" });
    await saveState(context, { lang, lastValidation });
  } catch (error) {
    dispatch({ type: "failed", reason: hostProblemReason(error) });
  }
}

async function clearWorkbook({ latest, dispatch }: ActionContext): Promise<void> {
  dispatch({ type: "clearing" });
  try {
    await latest.current.host.clear();
    dispatch({ type: "cleared" });
  } catch (error) {
    dispatch({ type: "problem", reason: hostProblemReason(error) });
  }
}

async function goToPlace(
  { latest, dispatch }: ActionContext,
  finding: Pick<Finding, "sheet" | "cell">
): Promise<void> {
  try {
    await latest.current.host.goTo(finding.sheet, finding.cell);
  } catch (error) {
    const reason = hostProblemReason(error);
    dispatch({ type: "problem", reason: reason === "other" ? "go-to" : reason });
  }
}

/** The results on screen translated from the snapshot kept (no second read), and the choice remembered. */
async function switchLanguage(context: ActionContext, lang: Lang): Promise<void> {
  const { latest, dispatch, checked } = context;
  const current = latest.current.state;
  if (lang === current.lang) return;
  const kept = checked.current;
  const report =
    kept && current.report
      ? latest.current.options.validator(kept.snapshot, checkOptions(kept, lang))
      : null;
  dispatch({ type: "language", lang, report });
  latest.current.options.onLangChange?.(lang);
  await saveState(context, {
    lang,
    ...(current.lastValidation ? { lastValidation: current.lastValidation } : {}),
  });
}

async function saveMappingThenValidate(
  { latest }: ActionContext,
  mapping: HeaderMapping,
  validate: () => Promise<void>
): Promise<HostErrorReason | null> {
  try {
    await latest.current.host.saveMapping(mapping);
  } catch (error) {
    return hostProblemReason(error);
  }
  await validate();
  return null;
}

async function stampThenValidate(
  { latest, checked }: ActionContext,
  validate: () => Promise<void>
): Promise<boolean> {
  const report = latest.current.state.report;
  const kept = checked.current;
  if (!report || !kept || !report.ready) return false;
  const hash = kept.formDataHash ?? (await hashFormData(kept.snapshot));
  if (!hash) return false;
  try {
    await latest.current.host.writeStamp(
      stampRows(makeStamp(report, hash, PROGRAM_VERSION, new Date()))
    );
  } catch {
    return false;
  }
  await validate();
  return true;
}

/** The controller's actions, made once; each reads the latest state, host and options when it runs. */
function makeController(context: ActionContext): PaneController {
  const { latest, dispatch, checked } = context;
  // One action on the workbook at a time: a validation or a clear; a second press joins the one running.
  let running: Promise<void> | null = null;
  let clearing: Promise<void> | null = null;
  const validate = (): Promise<void> => {
    if (clearing) return clearing;
    if (!running) running = runValidation(context).finally(() => (running = null));
    return running;
  };
  return {
    validate,
    clear() {
      if (running) return running;
      if (!clearing) clearing = clearWorkbook(context).finally(() => (clearing = null));
      return clearing;
    },
    goTo: (finding) => goToPlace(context, finding),
    setLang: (lang) => switchLanguage(context, lang),
    reset() {
      checked.current = null;
      dispatch({ type: "reset" });
    },
    saveMapping: (mapping) => saveMappingThenValidate(context, mapping, validate),
    async readGoals() {
      const snapshot = await latest.current.host.readSnapshot();
      return readGoalRows(snapshot, latest.current.state.lang);
    },
    async saveGoals(goals) {
      await latest.current.host.writeGoals(goals, latest.current.state.lang);
    },
    insertStandardSheets() {
      return latest.current.host.insertStandardSheets(latest.current.state.lang);
    },
    stamp: () => stampThenValidate(context, validate),
  };
}

/** The state the workbook remembers (language, last run), loaded once; and edits that make the results stale. */
function useHostEvents(
  host: WorkbookHost,
  { latest, dispatch, edits }: Pick<ActionContext, "latest" | "dispatch" | "edits">
): void {
  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => host.loadState())
      .then((stored) => {
        if (!live || !stored) return;
        dispatch({ type: "state-loaded", stored });
        if (stored.lang && stored.lang !== latest.current.state.lang)
          latest.current.options.onLangChange?.(stored.lang);
      })
      .catch(() => undefined); // No remembered state: start from Office's language.
    let unsubscribe = () => {};
    try {
      unsubscribe = host.onEdited(() => {
        edits.current++;
        dispatch({ type: "edited" });
      });
    } catch {
      // Without change events the pane still validates; it only cannot tell when results go out of date.
    }
    return () => {
      live = false;
      unsubscribe();
    };
  }, [host, latest, dispatch, edits]);
}

export function usePaneController(
  host: WorkbookHost,
  options: PaneControllerOptions
): { state: PaneState; controller: PaneController } {
  const [state, dispatch] = useReducer(paneReducer, options.initialLang, initialPaneState);
  const latest = useRef({ state, host, options });
  latest.current = { state, host, options };
  const checked = useRef<Checked | null>(null);
  const edits = useRef(0);
  const controller = useMemo(() => makeController({ latest, dispatch, checked, edits }), []);
  useHostEvents(host, { latest, dispatch, edits });
  return { state, controller };
}
