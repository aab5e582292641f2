import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import { usePaneText } from "../pane-text";
import type { InsertOutcome, StandardSheets } from "../use-standard-sheets";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The button that adds the standard sheets the workbook lacks (never touching a sheet it has). */
export function InsertSheetsButton({
  sheets,
  disabled,
}: {
  readonly sheets: StandardSheets;
  readonly disabled: boolean;
}) {
  const { strings } = usePaneText();
  return (
    <Button
      icon={sheets.running ? <Spinner size="tiny" /> : <TableAdd20Regular />}
      disabled={disabled || sheets.running}
      onClick={() => void sheets.insert()}
    >
      {sheets.running ? strings.form.inserting : strings.form.insert}
    </Button>
  );
}

/** Which sheets were added, or that none were missing, or why adding them failed. */
export function InsertOutcomeMessage({ outcome }: { readonly outcome: InsertOutcome }) {
  const { strings } = usePaneText();
  if (outcome.kind === "failed") {
    return (
      <MessageBar intent="error" politeness="assertive" data-reason={outcome.reason}>
        <MessageBarBody>{strings.errors[outcome.reason]}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar
      intent={outcome.sheets.length > 0 ? "success" : "info"}
      politeness="polite"
      data-testid="inserted-sheets"
    >
      <MessageBarBody>
        {outcome.sheets.length > 0 ? strings.form.added(outcome.sheets) : strings.form.noneMissing}
      </MessageBarBody>
    </MessageBar>
  );
}

/** “Mẫu biểu”: start from the standard form. */
export function FormSection({
  sheets,
  disabled,
}: {
  readonly sheets: StandardSheets;
  readonly disabled: boolean;
}) {
  const styles = useStyles();
  const { strings } = usePaneText();
  return (
    <section className={styles.root} aria-labelledby="form-heading">
      <Subtitle2 as="h2" id="form-heading">
        {strings.form.heading}
      </Subtitle2>
      <p className={styles.intro}>{strings.form.intro}</p>
      <InsertSheetsButton sheets={sheets} disabled={disabled} />
    </section>
  );
}
