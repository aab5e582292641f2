import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { IndicatorResult } from "../../core";
import { formatGoal, formatIndicatorValue, indicatorTitle } from "../../core";
import { usePaneText } from "../pane-text";
import { StatusBadge } from "./StatusBadge";
import { fractionText, neededText, scopeText } from "./indicator-text";

const useStyles = makeStyles({
  card: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  shortfall: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  title: { gridColumn: "1 / -1", fontWeight: tokens.fontWeightSemibold },
  value: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  status: { justifySelf: "end", alignSelf: "center" },
  needed: {
    gridColumn: "1 / -1",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
});

/** One of the committee's figures: value, the goal it is held to, met or not, and how many more are needed. */
export function IndicatorCard({ indicator }: { readonly indicator: IndicatorResult }) {
  const styles = useStyles();
  const { lang, strings } = usePaneText();
  const needed = neededText(indicator, strings);
  const fraction = fractionText(indicator, lang);
  return (
    <article
      className={`${styles.card} ${indicator.status === "shortfall" ? styles.shortfall : ""}`}
      data-indicator={indicator.id}
      data-scope={indicator.scope}
    >
      <Text className={styles.title}>{indicatorTitle(indicator.id, lang)}</Text>
      <span className={styles.value}>
        {formatIndicatorValue(indicator.id, indicator.value, lang)}
      </span>
      <span className={styles.status}>
        <StatusBadge status={indicator.status} />
      </span>
      <span className={styles.detail}>
        {scopeText(indicator, strings)}
        {fraction ? ` · ${fraction}` : ""}
      </span>
      {indicator.goal && (
        <span
          className={styles.detail}
        >{`${strings.goal}: ${formatGoal(indicator.id, indicator.goal, lang)}`}</span>
      )}
      {needed && <span className={styles.needed}>{needed}</span>}
    </article>
  );
}
