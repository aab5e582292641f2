/** The goals sheet: indicator, operator and scope from their lists (`unknown-value`), one goal per indicator and scope. */
import { cellAddress } from "../helpers/address";
import { allowedList } from "../reading/cell-reader";
import { GOAL_SCOPES, fieldDef, scopesFor, type GoalScope } from "../form/form";
import type { ScopedGoal } from "../form/goals";
import { indicatorTitle } from "../form/labels";
import type { IndicatorId, Lang, Operator } from "../model/report";
import type { SheetRead } from "../reading/sheet-reader";
import { column, numberValue, raiseAt, textValue, valueAt } from "./sheet-values";

export function readGoals(read: SheetRead | null, lang: Lang): ScopedGoal[] {
  if (!read) return [];
  const indicator = column(read, "indicator");
  const operator = column(read, "operator");
  const value = column(read, "value");
  const scope = column(read, "scope");
  const scopeField = fieldDef("goals", "scope")!;
  const first = new Map<string, number>();
  const goals: ScopedGoal[] = [];
  for (let i = 0; i < read.rowNumbers.length; i++) {
    const row = read.rowNumbers[i];
    const indicatorId = textValue(valueAt(indicator, i)) as IndicatorId | null;
    const operatorId = textValue(valueAt(operator, i)) as Operator | null;
    const goalValue = numberValue(valueAt(value, i));
    const scopeId = textValue(valueAt(scope, i)) as GoalScope | null;
    if (!indicatorId || !operatorId || goalValue === null || !scopeId) continue;
    const allowed = scopesFor(indicatorId);
    if (!allowed.includes(scopeId)) {
      const fitting = GOAL_SCOPES.filter((candidate) => allowed.includes(candidate.id));
      raiseAt(read, "unknown-value", row, scope, {
        variant: "scope",
        actual: scopeId,
        expected: fitting.map((candidate) => candidate.id).join(" | "),
        params: {
          indicator: indicatorTitle(indicatorId, lang),
          allowed: allowedList({ ...scopeField, values: fitting }, lang),
        },
      });
      continue;
    }
    const key = `${indicatorId}|${scopeId}`;
    const seen = first.get(key);
    if (seen !== undefined) {
      raiseAt(read, "duplicate-key", row, indicator, {
        variant: "goal",
        actual: indicatorTitle(indicatorId, lang),
        params: { first: cellAddress(seen, indicator.col) },
      });
      continue;
    }
    first.set(key, row);
    goals.push({ indicator: indicatorId, operator: operatorId, value: goalValue, scope: scopeId });
  }
  return goals;
}
