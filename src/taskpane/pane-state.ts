import type { Lang, Report } from "../core";
import type { StoredState } from "../core";
import type { WorkbookSnapshot } from "../core";
import type { HostErrorReason } from "./strings";

export type ProgressPhase = "reading" | "checking" | "showing";

export interface PaneProblem {
  readonly reason: HostErrorReason | "go-to";
}

/** Everything the pane shows; changed only through `paneReducer`. */
export interface PaneState {
  readonly lang: Lang;
  readonly running: boolean;
  /** Clear is removing our marks: Validate and Clear wait until it is done. */
  readonly clearing: boolean;
  readonly phase: ProgressPhase | null;
  /** 0..1 while reading, when the host reports it; null otherwise. */
  readonly fraction: number | null;
  readonly report: Report | null;
  /** The workbook as the report read it: what the header matching offers its choices from. */
  readonly snapshot: WorkbookSnapshot | null;
  readonly stale: boolean;
  readonly problem: PaneProblem | null;
  readonly cleared: boolean;
  readonly lastValidation: StoredState["lastValidation"] | null;
}

export type PaneAction =
  | { readonly type: "state-loaded"; readonly stored: StoredState }
  | { readonly type: "started" }
  | { readonly type: "progress"; readonly phase: ProgressPhase; readonly fraction?: number }
  | { readonly type: "validated"; readonly report: Report; readonly snapshot?: WorkbookSnapshot }
  | {
      readonly type: "finished";
      readonly lastValidation: NonNullable<StoredState["lastValidation"]>;
    }
  | { readonly type: "failed"; readonly reason: PaneProblem["reason"] }
  | { readonly type: "problem"; readonly reason: PaneProblem["reason"] }
  | { readonly type: "edited" }
  | { readonly type: "clearing" }
  | { readonly type: "cleared" }
  | { readonly type: "reset" }
  | { readonly type: "language"; readonly lang: Lang; readonly report: Report | null };

export function initialPaneState(lang: Lang): PaneState {
  return {
    lang,
    running: false,
    clearing: false,
    phase: null,
    fraction: null,
    report: null,
    snapshot: null,
    stale: false,
    problem: null,
    cleared: false,
    lastValidation: null,
  };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "state-loaded":
      return {
        ...state,
        lang: action.stored.lang ?? state.lang,
        lastValidation: action.stored.lastValidation ?? state.lastValidation,
      };
    case "started":
      return {
        ...state,
        running: true,
        phase: "reading",
        fraction: null,
        problem: null,
        cleared: false,
      };
    case "progress":
      return { ...state, phase: action.phase, fraction: action.fraction ?? null };
    case "validated":
      // The pane shows the results as soon as they exist, even if marking the workbook fails afterwards.
      return {
        ...state,
        report: action.report,
        snapshot: action.snapshot ?? state.snapshot,
        stale: false,
        phase: "showing",
        fraction: null,
      };
    case "finished":
      return {
        ...state,
        running: false,
        phase: null,
        fraction: null,
        lastValidation: action.lastValidation,
      };
    case "failed":
      return {
        ...state,
        running: false,
        phase: null,
        fraction: null,
        problem: { reason: action.reason },
      };
    case "problem":
      return { ...state, clearing: false, problem: { reason: action.reason } };
    case "edited":
      // Only results can go out of date; before the first validation there is nothing to mark.
      return state.report ? { ...state, stale: true } : state;
    case "clearing":
      return { ...state, clearing: true };
    case "cleared":
      return {
        ...state,
        clearing: false,
        report: null,
        stale: false,
        problem: null,
        cleared: true,
      };
    case "reset":
      return { ...initialPaneState(state.lang), lastValidation: null };
    case "language":
      return { ...state, lang: action.lang, report: action.report ?? state.report };
  }
}
