/**
 * The figures behind the pane's bars: one bar per unit for an indicator computed per unit, sorted, each
 * compared with a goal line. A unit with a goal of its own (an `each-unit` goal) is judged by it, as the
 * report does; a unit without one is compared with the committee's goal, the line drawn, and its `needed`
 * is what that unit alone would need to reach it (same exact arithmetic as the report's).
 */
import { evaluate } from "./indicators";
import type { Goal, IndicatorId, IndicatorResult } from "../model/report";

export interface UnitBar {
  readonly scope: string;
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number;
  /** Below the goal line (or its own goal). */
  readonly below: boolean;
  /** Whole items more that would meet the goal; null where unknown or met. */
  readonly needed: number | null;
}

export interface UnitBarChart {
  readonly id: IndicatorId;
  /** The line: the units' own goal where they share one, else the committee's; null when there is none. */
  readonly goal: Goal | null;
  readonly bars: ReadonlyArray<UnitBar>;
}

/** Heads who are members can never exceed the groups: `needed` is capped as the report caps it. */
const CAPPED: ReadonlySet<IndicatorId> = new Set<IndicatorId>(["village-head-rate"]);

export function unitBarChart(
  id: IndicatorId,
  indicators: ReadonlyArray<IndicatorResult>
): UnitBarChart | null {
  const units = indicators.filter(
    (indicator) => indicator.id === id && indicator.scope !== "committee"
  );
  if (units.length === 0) return null;
  const committeeGoal =
    indicators.find((indicator) => indicator.id === id && indicator.scope === "committee")?.goal ??
    null;
  const ownGoal = units.find((unit) => unit.goal)?.goal ?? null;
  const line = ownGoal ?? committeeGoal;
  const bars = units.map((unit): UnitBar => {
    const judged = unit.goal
      ? unit
      : line
        ? evaluate(
            id,
            unit.scope,
            {
              numerator: unit.numerator,
              denominator: unit.denominator,
              countBased: true,
              capped: CAPPED.has(id),
            },
            line
          )
        : unit;
    const below = judged.status === "shortfall";
    return {
      scope: unit.scope,
      value: unit.value,
      numerator: unit.numerator,
      denominator: unit.denominator,
      below,
      needed: below ? judged.needed : null,
    };
  });
  // Lowest first: the units that need work are at the top; units without a value (no groups, no target) last.
  const sorted = bars
    .map((bar, index) => ({ bar, index }))
    .sort((a, b) => (a.bar.value ?? Infinity) - (b.bar.value ?? Infinity) || a.index - b.index)
    .map(({ bar }) => bar);
  return { id, goal: line, bars: sorted };
}
