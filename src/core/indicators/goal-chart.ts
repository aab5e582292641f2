/**
 * A goal chart: one bar per unit for a count-based rate (village-head rate, admission attainment), sorted
 * lowest first, against the goal that applies, with how many more items each unit below it needs.
 *
 * A unit's own goal (`each-unit`) decides where the workbook sets one; otherwise the committee's goal is
 * the line every unit is measured against, decided with the same exact arithmetic as the report's.
 */
import { compareRate, neededItems, ratioOf, satisfies } from '../helpers/exact';
import type { Goal, IndicatorId, IndicatorResult, Report } from '../model/report';

export type ChartIndicator = Extract<IndicatorId, 'village-head-rate' | 'admission-attainment'>;

export interface UnitBar {
  /** The unit's code (the indicator's scope). */
  readonly code: string;
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number;
  /** Null when there is no goal or no value (a zero denominator). */
  readonly met: boolean | null;
  /** Items still needed to meet the goal; 0 when met, null where it does not apply. */
  readonly needed: number | null;
}

export interface GoalChart {
  readonly indicator: ChartIndicator;
  readonly goal: Goal | null;
  readonly bars: ReadonlyArray<UnitBar>;
}

function against(result: IndicatorResult, goal: Goal | null): Pick<UnitBar, 'met' | 'needed'> {
  if (result.goal !== null && result.status !== 'no-goal') {
    if (result.status === 'n/a') return { met: null, needed: null };
    return { met: result.status === 'met', needed: result.needed };
  }
  const ratio = goal === null ? null : ratioOf(goal.value);
  if (goal === null || ratio === null || result.denominator <= 0) return { met: null, needed: null };
  const big = (n: number) => BigInt(Math.trunc(n));
  if (!Number.isSafeInteger(result.numerator) || !Number.isSafeInteger(result.denominator)) return { met: null, needed: null };
  const met = satisfies(compareRate({ n: big(result.numerator), d: BigInt(1) }, { n: big(result.denominator), d: BigInt(1) }, ratio), goal.operator);
  return { met, needed: neededItems(result.numerator, result.denominator, goal.operator, ratio) };
}

/** The chart of one indicator from a report: its per-unit results, lowest value first (n/a last). */
export function goalChart(report: Report, indicator: ChartIndicator): GoalChart {
  const committee = report.indicators.find((result) => result.id === indicator && result.scope === 'committee');
  const perUnit = report.indicators.filter((result) => result.id === indicator && result.scope !== 'committee');
  const goal = committee?.goal ?? perUnit.find((result) => result.goal !== null)?.goal ?? null;
  const bars = perUnit.map((result) => ({
    code: result.scope,
    value: result.value,
    numerator: result.numerator,
    denominator: result.denominator,
    ...against(result, goal),
  }));
  bars.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : a.value - b.value) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { indicator, goal, bars };
}
