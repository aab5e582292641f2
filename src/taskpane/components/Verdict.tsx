import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Report } from "../../core";
import { severityLabel } from "../../core";
import { SEVERITY_ORDER } from "../finding-groups";
import { usePaneText } from "../pane-text";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  count: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  title: { display: "block" },
});

/** The answer first: ready to submit or how many errors stand in the way, then the counts. */
export function Verdict({ report }: { readonly report: Report }) {
  const styles = useStyles();
  const { lang, strings } = usePaneText();
  return (
    <section
      className={styles.root}
      aria-label={report.ready ? strings.verdictReady : strings.verdictErrors(report.counts.error)}
    >
      <MessageBar
        intent={report.ready ? "success" : "error"}
        layout="multiline"
        politeness="polite"
        data-testid="verdict"
      >
        <MessageBarBody>
          <MessageBarTitle className={styles.title}>
            {report.ready ? strings.verdictReady : strings.verdictErrors(report.counts.error)}
          </MessageBarTitle>
          {report.ready ? strings.verdictReadyDetail : strings.verdictErrorsDetail}
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.counts} aria-label={strings.countsLabel}>
        {SEVERITY_ORDER.map((severity) => (
          <li key={severity} className={styles.count} data-severity={severity}>
            <SeverityIcon severity={severity} />
            {strings.count(severityLabel(severity, lang, 2), report.counts[severity])}
          </li>
        ))}
      </ul>
      {report.goalsSource === "default" && <p className={styles.note}>{strings.goalsDefault}</p>}
    </section>
  );
}
