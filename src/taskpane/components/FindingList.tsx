import { useState } from "react";
import { Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core";
import { countBySeverity, groupFindings, type SeverityFilter as Filter } from "../finding-groups";
import { usePaneText } from "../pane-text";
import { FindingButton } from "./FindingButton";
import { SeverityFilter } from "./SeverityFilter";

/** Enough to scroll through comfortably; a workbook with thousands of faults shows more on request. */
const PAGE = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  sheet: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
});

interface FindingListProps {
  readonly findings: ReadonlyArray<Finding>;
  readonly onGoTo: (finding: Finding) => void;
}

export function FindingList({ findings, onGoTo }: FindingListProps) {
  const styles = useStyles();
  const { strings } = usePaneText();
  const [filter, setFilter] = useState<Filter>("all");
  const groups = groupFindings(findings, filter);
  return (
    <section className={styles.root} aria-labelledby="findings-heading">
      <Subtitle2 as="h2" id="findings-heading">
        {strings.findings}
      </Subtitle2>
      {findings.length === 0 ? (
        <p className={styles.empty}>{strings.noFindings}</p>
      ) : (
        <>
          <SeverityFilter value={filter} counts={countBySeverity(findings)} onChange={setFilter} />
          {groups.length === 0 && <p className={styles.empty}>{strings.noFindingsInFilter}</p>}
          {groups.map((group) => (
            <SheetGroup
              key={`${filter}:${group.sheet}`}
              sheet={group.sheet}
              findings={group.findings}
              onGoTo={onGoTo}
            />
          ))}
        </>
      )}
    </section>
  );
}

function SheetGroup({ sheet, findings, onGoTo }: FindingListProps & { readonly sheet: string }) {
  const styles = useStyles();
  const { strings } = usePaneText();
  const [shown, setShown] = useState(PAGE);
  const headingId = `findings-sheet-${encodeURIComponent(sheet)}`;
  return (
    <section className={styles.group} aria-labelledby={headingId} data-sheet={sheet}>
      <h3 className={styles.sheet} id={headingId}>
        {strings.findingsInSheet(sheet, findings.length)}
      </h3>
      <ul className={styles.list}>
        {findings.slice(0, shown).map((finding, index) => (
          <li key={`${finding.code}:${finding.cell ?? ""}:${index}`}>
            <FindingButton finding={finding} onGoTo={onGoTo} />
          </li>
        ))}
      </ul>
      {findings.length > shown && (
        <Button appearance="subtle" size="small" onClick={() => setShown(shown + PAGE)}>
          {strings.showMore(findings.length - shown)}
        </Button>
      )}
    </section>
  );
}
