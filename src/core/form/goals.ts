/** The goals that apply: the workbook's goals sheet when it has usable goals, otherwise the spec's defaults. */
import { keepLayout } from "../helpers/kept-layouts";
import { INDICATORS, type GoalScope } from "./form";
import type { Goal, IndicatorId } from "../model/report";

/**
 * A goal for an indicator and a scope: the one shape the engine reads from the goals sheet, the editor saves and
 * the hosts write (a row of the goals sheet).
 */
export interface ScopedGoal extends Goal {
  readonly indicator: IndicatorId;
  readonly scope: GoalScope;
}

/** The spec's default goals, in the spec's order (leader-target-attainment applies to each row, written `each-unit`). */
export const DEFAULT_GOALS: ReadonlyArray<ScopedGoal> = INDICATORS.flatMap((indicator) =>
  indicator.defaultGoal
    ? [
        {
          order: indicator.defaultGoal.order,
          goal: {
            indicator: indicator.id,
            operator: indicator.defaultGoal.goal.operator,
            value: indicator.defaultGoal.goal.value,
            scope: indicator.defaultGoal.scope,
          },
        },
      ]
    : []
)
  .sort((a, b) => a.order - b.order)
  .map((entry) => entry.goal);

/** Goals by indicator and scope; the first goal for a pair wins. */
export class GoalBook {
  private readonly goals = new Map<IndicatorId, Map<GoalScope, Goal>>();

  constructor(goals: ReadonlyArray<ScopedGoal>) {
    for (const goal of goals) {
      let byScope = this.goals.get(goal.indicator);
      if (!byScope) {
        byScope = new Map();
        this.goals.set(goal.indicator, byScope);
      }
      if (!byScope.has(goal.scope))
        byScope.set(goal.scope, { operator: goal.operator, value: goal.value });
    }
  }

  get(indicator: IndicatorId, scope: GoalScope): Goal | null {
    return this.goals.get(indicator)?.get(scope) ?? null;
  }
}

// Kept idle so that V8 keeps the layout of a goal book (helpers/kept-layouts.ts).
keepLayout(new GoalBook([]));
