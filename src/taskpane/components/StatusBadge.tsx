import {
  CheckmarkCircle20Filled,
  Circle20Regular,
  Subtract20Regular,
  Warning20Filled,
} from "@fluentui/react-icons";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { IndicatorResult } from "../../core";
import { statusLabel } from "../../core";
import { usePaneText } from "../pane-text";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    whiteSpace: "nowrap",
  },
  met: { color: tokens.colorPaletteGreenForeground1 },
  shortfall: { color: tokens.colorPaletteDarkOrangeForeground1 },
  neutral: { color: tokens.colorNeutralForeground3 },
});

/** An indicator's status as an icon and its word ("Đạt", "Chưa đạt"), never colour alone. */
export function StatusBadge({ status }: { readonly status: IndicatorResult["status"] }) {
  const styles = useStyles();
  const { lang } = usePaneText();
  const icon =
    status === "met" ? (
      <CheckmarkCircle20Filled aria-hidden className={styles.met} />
    ) : status === "shortfall" ? (
      <Warning20Filled aria-hidden className={styles.shortfall} />
    ) : status === "no-goal" ? (
      <Circle20Regular aria-hidden className={styles.neutral} />
    ) : (
      <Subtract20Regular aria-hidden className={styles.neutral} />
    );
  return (
    <span className={styles.root} data-status={status}>
      {icon}
      <span>{statusLabel(status, lang)}</span>
    </span>
  );
}
