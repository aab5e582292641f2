import type { IndicatorResult, Lang } from "../../core";
import { formatNumber, indicatorDef } from "../../core";
import type { PaneStrings } from "../strings";

/** Where an indicator applies, in words: the whole committee, a unit, or a leader target's cell. */
export function scopeText(indicator: IndicatorResult, strings: PaneStrings): string {
  if (indicator.scope === "committee") return strings.scopeCommittee;
  if (indicatorDef(indicator.id).each === "row") return strings.scopeCell(indicator.scope);
  return strings.scopeUnit(indicator.scope);
}

/** "Còn thiếu 1" where more items would meet the goal; nothing otherwise. */
export function neededText(indicator: IndicatorResult, strings: PaneStrings): string | null {
  return indicator.needed !== null && indicator.needed > 0
    ? strings.needed(indicator.needed)
    : null;
}

export function fractionText(indicator: IndicatorResult, lang: Lang): string | null {
  if (indicatorDef(indicator.id).unit === "points" || indicator.denominator === 0) return null;
  return `${formatNumber(indicator.numerator, lang)} / ${formatNumber(indicator.denominator, lang)}`;
}
