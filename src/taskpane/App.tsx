import { useEffect, useEffectEvent } from "react";
import { Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../core";
import { validateWorkbook } from "../core";
import type { WorkbookHost } from "../core";
import { paneStrings } from "./strings";
import { PaneTextProvider } from "./pane-text";
import { usePaneController, type PaneController, type Validator } from "./use-pane-controller";
import { ValidateBar } from "./components/ValidateBar";
import { ClearedMessage, ProblemMessage, StaleBanner } from "./components/PaneMessages";
import { Verdict } from "./components/Verdict";
import { IndicatorList } from "./components/IndicatorList";
import { FindingList } from "./components/FindingList";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { LastValidation } from "./components/LastValidation";
import { usePageStyles } from "./page-styles";
import { MappingPanel } from "./components/MappingPanel";
import { SavedMapping } from "./components/SavedMapping";
import { GoalsSection } from "./components/GoalsSection";
import { FormSection, InsertOutcomeMessage, InsertSheetsButton } from "./components/FormSection";
import { useStandardSheets } from "./use-standard-sheets";
import { StampSection } from "./components/StampSection";
import { HostFeaturesNotice } from "./components/HostFeaturesNotice";
import { UnitBarsForReport } from "./components/UnitBars";
import { SelfCheckSection } from "./components/SelfCheckSection";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: "100%",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface AppProps {
  readonly host: WorkbookHost;
  readonly initialLang?: Lang;
  /** Hands out the pane's controller once, so the ribbon button (or the preview) can start a validation. */
  readonly onReady?: (controller: PaneController) => void;
  readonly onLangChange?: (lang: Lang) => void;
  /** The engine; tests may pass another to show a hand-built report. */
  readonly validator?: Validator;
}

/** The task pane: the same in Excel and in the browser preview; only the host differs. */
export function App({
  host,
  initialLang = "vi",
  onReady,
  onLangChange,
  validator = validateWorkbook,
}: AppProps) {
  usePageStyles();
  const styles = useStyles();
  const { state, controller } = usePaneController(host, { initialLang, validator, onLangChange });
  const strings = paneStrings(state.lang);

  // The controller never changes, so it is handed out once (a new onReady on each render must not re-run this).
  const handOut = useEffectEvent(() => onReady?.(controller));
  useEffect(() => {
    handOut();
  }, [controller]);

  const validate = () => void controller.validate();
  // Results or a problem on screen describe the workbook before the sheets were added: check it again.
  const sheets = useStandardSheets(controller, () =>
    state.report || state.problem ? controller.validate() : undefined
  );
  return (
    <PaneTextProvider lang={state.lang}>
      <main className={styles.root} lang={state.lang} aria-busy={state.running}>
        <header className={styles.header}>
          <Subtitle1 as="h1">{strings.title}</Subtitle1>
          <LanguageSwitch
            disabled={state.running}
            onChange={(lang) => void controller.setLang(lang)}
          />
        </header>
        <ValidateBar state={state} onValidate={validate} onClear={() => void controller.clear()} />
        <HostFeaturesNotice features={host.features?.()} />
        {state.problem && (
          <ProblemMessage
            problem={state.problem}
            action={
              state.problem.reason === "no-committee-sheets" ? (
                <InsertSheetsButton sheets={sheets} disabled={state.running} />
              ) : undefined
            }
          />
        )}
        {sheets.outcome && <InsertOutcomeMessage outcome={sheets.outcome} />}
        {state.stale && <StaleBanner onValidate={validate} />}
        {state.cleared && <ClearedMessage />}
        {state.report ? (
          <>
            <Verdict report={state.report} />
            {state.snapshot && (
              <MappingPanel
                report={state.report}
                snapshot={state.snapshot}
                busy={state.running}
                onSave={controller.saveMapping}
              />
            )}
            <IndicatorList indicators={state.report.indicators} />
            {state.snapshot && (
              <UnitBarsForReport
                indicators={state.report.indicators}
                snapshot={state.snapshot}
                onGoTo={(place) => void controller.goTo(place)}
              />
            )}
            <FindingList
              findings={state.report.findings}
              onGoTo={(finding) => void controller.goTo(finding)}
            />
            {state.snapshot && !state.problem && (
              <StampSection
                report={state.report}
                snapshot={state.snapshot}
                busy={state.running}
                stale={state.stale}
                onStamp={controller.stamp}
              />
            )}
            {state.snapshot && (
              <SavedMapping
                snapshot={state.snapshot}
                busy={state.running}
                onSave={controller.saveMapping}
              />
            )}
          </>
        ) : (
          <>
            <p className={styles.intro}>{strings.intro}</p>
            {state.lastValidation && <LastValidation last={state.lastValidation} />}
          </>
        )}
        <GoalsSection
          goals={controller}
          report={state.report}
          busy={state.running}
          onSaved={() => controller.validate()}
        />
        <FormSection sheets={sheets} disabled={state.running} />
        <SelfCheckSection host={host} busy={state.running} />
      </main>
    </PaneTextProvider>
  );
}
