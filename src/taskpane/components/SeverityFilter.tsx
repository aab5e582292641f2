import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core";
import { severityLabel } from "../../core";
import { SEVERITY_ORDER, type SeverityFilter as Filter } from "../finding-groups";
import { usePaneText } from "../pane-text";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

interface SeverityFilterProps {
  readonly value: Filter;
  readonly counts: Record<Severity, number>;
  readonly onChange: (value: Filter) => void;
}

/** All, or one severity at a time, each with its count, so the user can work through the errors alone. */
export function SeverityFilter({ value, counts, onChange }: SeverityFilterProps) {
  const styles = useStyles();
  const { lang, strings } = usePaneText();
  const total = counts.error + counts.warning + counts.shortfall;
  return (
    <div role="group" aria-label={strings.filterLabel} className={styles.root}>
      <ToggleButton size="small" checked={value === "all"} onClick={() => onChange("all")}>
        {`${strings.all} (${total})`}
      </ToggleButton>
      {SEVERITY_ORDER.map((severity) => (
        <ToggleButton
          key={severity}
          size="small"
          checked={value === severity}
          icon={<SeverityIcon severity={severity} />}
          onClick={() => onChange(value === severity ? "all" : severity)}
        >
          {`${severityLabel(severity, lang, 2)} (${counts[severity]})`}
        </ToggleButton>
      ))}
    </div>
  );
}
