import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Warning16Filled } from "@fluentui/react-icons";
import type { IndicatorId, IndicatorResult } from "../../core";
import { indicatorTitle } from "../../core";
import { usePaneText } from "../pane-text";
import { IndicatorCard } from "./IndicatorCard";
import { UnitIndicatorTable } from "./UnitIndicatorTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  unitHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  shortfalls: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXS,
    marginLeft: tokens.spacingHorizontalS,
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  cards: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

/**
 * The committee's own figures as cards (what goes up to the province), then, folded away, the same
 * indicators per unit or per leader target, where shortfalls are listed first.
 */
export function IndicatorList({
  indicators,
}: {
  readonly indicators: ReadonlyArray<IndicatorResult>;
}) {
  const styles = useStyles();
  const { lang, strings } = usePaneText();
  const committee = indicators.filter((indicator) => indicator.scope === "committee");
  const byIndicator = new Map<IndicatorId, IndicatorResult[]>();
  for (const indicator of indicators) {
    if (indicator.scope === "committee") continue;
    const list = byIndicator.get(indicator.id);
    if (list) list.push(indicator);
    else byIndicator.set(indicator.id, [indicator]);
  }
  if (indicators.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="indicators-heading">
      <Subtitle2 as="h2" id="indicators-heading">
        {strings.indicators}
      </Subtitle2>
      {committee.length > 0 && (
        <ul className={styles.cards} aria-label={strings.committeeIndicators}>
          {committee.map((indicator) => (
            <li key={indicator.id}>
              <IndicatorCard indicator={indicator} />
            </li>
          ))}
        </ul>
      )}
      {byIndicator.size > 0 && (
        <>
          <h3 className={styles.unitHeading}>{strings.unitIndicators}</h3>
          <Accordion multiple collapsible>
            {[...byIndicator.entries()].map(([id, rows]) => {
              const short = rows.filter((row) => row.status === "shortfall").length;
              return (
                <AccordionItem key={id} value={id} data-unit-indicator={id}>
                  <AccordionHeader size="small">
                    <span>
                      {strings.unitIndicatorCount(indicatorTitle(id, lang), rows.length)}
                      {short > 0 && (
                        <span className={styles.shortfalls}>
                          <Warning16Filled aria-hidden />
                          {strings.unitShortfalls(short)}
                        </span>
                      )}
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <UnitIndicatorTable id={id} rows={rows} />
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        </>
      )}
    </section>
  );
}
