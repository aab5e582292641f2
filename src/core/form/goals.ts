/** The goals that apply: the workbook's goals sheet when it has usable goals, otherwise the spec's defaults. */
import type { Goal, IndicatorId } from '../model/report';

export type GoalScope = 'committee' | 'each-unit';

export interface ScopedGoal {
  readonly indicator: IndicatorId;
  readonly scope: GoalScope;
  readonly goal: Goal;
}

/** The spec's default goals (leader-target-attainment applies to each row, written `each-unit`). */
export const DEFAULT_GOALS: ReadonlyArray<ScopedGoal> = [
  { indicator: 'village-head-rate', scope: 'committee', goal: { operator: '>', value: 90 } },
  { indicator: 'admission-attainment', scope: 'committee', goal: { operator: '>=', value: 100 } },
  { indicator: 'private-units-attainment', scope: 'committee', goal: { operator: '>=', value: 100 } },
  { indicator: 'leader-target-attainment', scope: 'each-unit', goal: { operator: '>=', value: 100 } },
];

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
      if (!byScope.has(goal.scope)) byScope.set(goal.scope, goal.goal);
    }
  }

  get(indicator: IndicatorId, scope: GoalScope): Goal | null {
    return this.goals.get(indicator)?.get(scope) ?? null;
  }
}
