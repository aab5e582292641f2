import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkStarburst20Regular, Eraser20Regular } from "@fluentui/react-icons";
import type { PaneState } from "../pane-state";
import { usePaneText } from "../pane-text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

interface ValidateBarProps {
  readonly state: PaneState;
  readonly onValidate: () => void;
  readonly onClear: () => void;
}

/** The one-click validation, with its progress while it runs, and the way back to an unmarked workbook. */
export function ValidateBar({ state, onValidate, onClear }: ValidateBarProps) {
  const styles = useStyles();
  const { strings } = usePaneText();
  const phaseText = state.phase ? strings.progress[state.phase] : "";
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<CheckmarkStarburst20Regular />}
          onClick={onValidate}
          disabled={state.running || state.clearing}
        >
          {strings.validate}
        </Button>
        <Button
          appearance="secondary"
          icon={<Eraser20Regular />}
          onClick={onClear}
          disabled={state.running || state.clearing}
        >
          {strings.clear}
        </Button>
      </div>
      {state.running && (
        // The label names the progress bar for screen readers; without a fraction the bar moves on its own.
        <Field className={styles.progress} label={phaseText}>
          <ProgressBar value={state.fraction ?? undefined} thickness="medium" />
        </Field>
      )}
    </div>
  );
}
