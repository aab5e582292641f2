import type { GoalDraft, ScopedGoal, WorkbookGoals } from "../core";
import { OPERATORS, parseGoalValue, scopesFor } from "../core";
import type { GoalScope } from "../core";
import { formatNumber } from "../core";
import type { IndicatorId, Lang, Operator, Report } from "../core";
import { INDICATOR_IDS } from "../core";

/** A goal in the editor, with a key that stays with it when rows above it are removed. */
export interface DraftRow {
  readonly key: number;
  readonly draft: GoalDraft;
}

let nextKey = 1;

export function draftRow(draft: GoalDraft): DraftRow {
  return { key: nextKey++, draft };
}

/** The operator as people read it (`≥`), or the text as typed when it is no operator. */
export function operatorShown(operator: string): string {
  return OPERATORS.find((choice) => choice.id === operator)?.symbol ?? operator;
}

export function operatorId(text: string): Operator | null {
  const trimmed = text.trim();
  return OPERATORS.find((choice) => choice.id === trimmed || choice.symbol === trimmed)?.id ?? null;
}

export function isIndicatorId(text: string): text is IndicatorId {
  return (INDICATOR_IDS as ReadonlyArray<string>).includes(text);
}

/** The editor's rows for the goals read from the workbook (operators shown as symbols). */
export function editorRows(goals: WorkbookGoals): DraftRow[] {
  return goals.entries.map((entry) =>
    draftRow({ ...entry.draft, operator: operatorShown(entry.draft.operator) })
  );
}

export function emptyRow(): DraftRow {
  return draftRow({ indicator: "", operator: "", value: "", scope: "" });
}

/** A new indicator keeps the scope when the indicator has it; otherwise its only scope is chosen for the user. */
export function withIndicator(draft: GoalDraft, indicator: IndicatorId): GoalDraft {
  const scopes = scopesFor(indicator);
  const scope = scopes.includes(draft.scope as GoalScope)
    ? draft.scope
    : scopes.length === 1
      ? scopes[0]
      : draft.scope;
  return { ...draft, indicator, scope };
}

/** Values typed in one language, rewritten with the other's decimal mark when the pane's language changes. */
export function inLanguage(rows: ReadonlyArray<DraftRow>, from: Lang, to: Lang): DraftRow[] {
  return rows.map((row) => {
    const value = parseGoalValue(row.draft.value, from);
    return value === null
      ? row
      : { ...row, draft: { ...row.draft, value: formatNumber(value, to, 10) } };
  });
}

/** The goals the report applied: each committee figure's goal, and the goal of each indicator's unit rows. */
export function goalsInUse(report: Report): ScopedGoal[] {
  const goals: ScopedGoal[] = [];
  const seen = new Set<string>();
  for (const result of report.indicators) {
    if (!result.goal) continue;
    const scope: GoalScope = result.scope === "committee" ? "committee" : "each-unit";
    const key = `${result.id}|${scope}`;
    if (seen.has(key)) continue;
    seen.add(key);
    goals.push({
      indicator: result.id,
      operator: result.goal.operator,
      value: result.goal.value,
      scope,
    });
  }
  return goals;
}
