import { makeStyles, tokens } from "@fluentui/react-components";
import type { StoredState } from "../../core";
import { usePaneText } from "../pane-text";

const useStyles = makeStyles({
  root: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** What the workbook remembers of its last check, so the user knows where they left off. */
export function LastValidation({
  last,
}: {
  readonly last: NonNullable<StoredState["lastValidation"]>;
}) {
  const styles = useStyles();
  const { lang, strings } = usePaneText();
  const at = new Date(last.at);
  const when = Number.isNaN(at.getTime())
    ? last.at
    : new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", {
        dateStyle: "short",
        timeStyle: "short",
      }).format(at);
  return (
    <p className={styles.root}>{strings.lastValidation(when, last.ready, last.counts.error)}</p>
  );
}
