import { ErrorCircle20Filled, Info20Filled, Warning20Filled } from "@fluentui/react-icons";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core";

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  shortfall: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

/** The severity's shape; always shown beside its word, so colour is never the only signal. */
export function SeverityIcon({ severity }: { readonly severity: Severity }) {
  const styles = useStyles();
  if (severity === "error") return <ErrorCircle20Filled aria-hidden className={styles.error} />;
  if (severity === "warning") return <Warning20Filled aria-hidden className={styles.warning} />;
  return <Info20Filled aria-hidden className={styles.shortfall} />;
}
