import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core";
import { severityLabel } from "../../core";
import { usePaneText } from "../pane-text";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  interactive: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  head: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    whiteSpace: "nowrap",
  },
  message: { gridColumn: "2 / -1", overflowWrap: "anywhere" },
});

interface FindingButtonProps {
  readonly finding: Finding;
  readonly onGoTo: (finding: Finding) => void;
}

/**
 * One finding: severity in icon and word, its cell, what to do, and its code. A real button (Enter and Space
 * work, it is in the tab order) that takes the user to the cell; a missing sheet has no place to go, so it
 * stays plain text.
 */
export function FindingButton({ finding, onGoTo }: FindingButtonProps) {
  const styles = useStyles();
  const { lang, strings } = usePaneText();
  const where = finding.cell ? `${strings.cell} ${finding.cell}` : strings.sheetLevel;
  const content = (
    <>
      <SeverityIcon severity={finding.severity} />
      <span className={styles.head}>{`${severityLabel(finding.severity, lang)} · ${where}`}</span>
      <code className={styles.code}>{finding.code}</code>
      <span className={styles.message}>{finding.message}</span>
    </>
  );
  if (finding.code === "missing-sheet") {
    return (
      <div className={styles.root} data-severity={finding.severity} data-code={finding.code}>
        {content}
      </div>
    );
  }
  return (
    <button
      type="button"
      className={mergeClasses(styles.root, styles.interactive)}
      title={strings.goToCell(finding.sheet, finding.cell)}
      data-severity={finding.severity}
      data-code={finding.code}
      data-cell={finding.cell ?? ""}
      onClick={() => onGoTo(finding)}
    >
      {content}
    </button>
  );
}
