import { useEffect, useMemo, useReducer, useRef } from "react";
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
import { initialPaneState, paneReducer, type PaneState } from "./pane-state";

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

export function usePaneController(
  host: WorkbookHost,
  options: PaneControllerOptions
): { state: PaneState; controller: PaneController } {
  const [state, dispatch] = useReducer(paneReducer, options.initialLang, initialPaneState);
  const latest = useRef({ state, host, options });
  latest.current = { state, host, options };
  // The last snapshot read, kept so a language switch can translate the results without reading the workbook again.
  const checked = useRef<{
    snapshot: WorkbookSnapshot;
    workbook: string;
    formDataHash?: string;
  } | null>(null);
  // One action on the workbook at a time: a validation or a clear; a second press joins the one running.
  const running = useRef<Promise<void> | null>(null);
  const clearing = useRef<Promise<void> | null>(null);
  // The user's edits seen so far: a validation that saw the count change while it ran shows stale results.
  const edits = useRef(0);

  const controller = useMemo<PaneController>(() => {
    const save = async (stored: StoredState): Promise<void> => {
      try {
        await latest.current.host.saveState(stored);
      } catch {
        // Remembering the language or the last run is a convenience; failing to do so must not hide the results.
      }
    };

    const run = async (): Promise<void> => {
      const { host: currentHost, options: currentOptions } = latest.current;
      const lang = latest.current.state.lang;
      const editsAtStart = edits.current;
      dispatch({ type: "started" });
      try {
        const workbook = await currentHost.workbookName();
        const snapshot = await currentHost.readSnapshot((fraction) =>
          dispatch({ type: "progress", phase: "reading", fraction })
        );
        dispatch({ type: "progress", phase: "checking" });
        await yieldToBrowser();
        // Hashing reads the form sheets again: only when the workbook carries a stamp to compare with.
        const formDataHash = readStamp(snapshot) ? await hashFormData(snapshot) : undefined;
        const report = currentOptions.validator(snapshot, {
          workbook,
          lang,
          locale: LOCALE,
          formDataHash,
        });
        checked.current = { snapshot, workbook, formDataHash };
        dispatch({ type: "validated", report, snapshot });
        if (!hasCommitteeSheets(snapshot)) {
          // Most likely another file: nothing is written into it. The pane says so, and still offers to insert
          // the standard sheets or to say which of its sheets is which (the mapping panel uses this report).
          dispatch({ type: "failed", reason: "no-committee-sheets" });
          return;
        }
        await currentHost.showReport(report, lang);
        const lastValidation = {
          at: new Date().toISOString(),
          ready: report.ready,
          counts: report.counts,
        };
        dispatch({ type: "finished", lastValidation });
        // An edit made while we read or wrote may be missing from these results.
        if (edits.current !== editsAtStart) dispatch({ type: "edited" });
        await save({ lang, lastValidation });
      } catch (error) {
        dispatch({ type: "failed", reason: hostProblemReason(error) });
      }
    };

    const validate = (): Promise<void> => {
      if (clearing.current) return clearing.current;
      if (!running.current) running.current = run().finally(() => (running.current = null));
      return running.current;
    };

    const clearMarks = async (): Promise<void> => {
      dispatch({ type: "clearing" });
      try {
        await latest.current.host.clear();
        dispatch({ type: "cleared" });
      } catch (error) {
        dispatch({ type: "problem", reason: hostProblemReason(error) });
      }
    };

    return {
      validate,
      clear() {
        if (running.current) return running.current;
        if (!clearing.current)
          clearing.current = clearMarks().finally(() => (clearing.current = null));
        return clearing.current;
      },
      async goTo(finding) {
        try {
          await latest.current.host.goTo(finding.sheet, finding.cell);
        } catch (error) {
          const reason = hostProblemReason(error);
          dispatch({ type: "problem", reason: reason === "other" ? "go-to" : reason });
        }
      },
      async setLang(lang) {
        const current = latest.current.state;
        if (lang === current.lang) return;
        const kept = checked.current;
        const report =
          kept && current.report
            ? latest.current.options.validator(kept.snapshot, {
                workbook: kept.workbook,
                lang,
                locale: LOCALE,
                formDataHash: kept.formDataHash,
              })
            : null;
        dispatch({ type: "language", lang, report });
        latest.current.options.onLangChange?.(lang);
        await save({
          lang,
          ...(current.lastValidation ? { lastValidation: current.lastValidation } : {}),
        });
      },
      reset() {
        checked.current = null;
        dispatch({ type: "reset" });
      },
      async saveMapping(mapping) {
        try {
          await latest.current.host.saveMapping(mapping);
        } catch (error) {
          return hostProblemReason(error);
        }
        await validate();
        return null;
      },
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
      async stamp() {
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
      },
    };
  }, []);

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
  }, [host]);

  return { state, controller };
}
