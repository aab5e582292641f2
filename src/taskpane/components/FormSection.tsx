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
import type { PaneStrings } from "../strings";
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
  strings,
  disabled,
}: {
  readonly sheets: StandardSheets;
  readonly strings: PaneStrings;
  readonly disabled: boolean;
}) {
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
export function InsertOutcomeMessage({
  outcome,
  strings,
}: {
  readonly outcome: InsertOutcome;
  readonly strings: PaneStrings;
}) {
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
  strings,
  disabled,
}: {
  readonly sheets: StandardSheets;
  readonly strings: PaneStrings;
  readonly disabled: boolean;
}) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="form-heading">
      <Subtitle2 as="h2" id="form-heading">
        {strings.form.heading}
      </Subtitle2>
      <p className={styles.intro}>{strings.form.intro}</p>
      <InsertSheetsButton sheets={sheets} strings={strings} disabled={disabled} />
    </section>
  );
}
