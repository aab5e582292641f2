/**
 * Checks a goal as the user types it in the goals editor, by the same rules the engine applies to the goals
 * sheet (rules/goals-sheet.ts): an indicator from the list, one of the spec's operators, a number, a scope the
 * indicator has, and one goal per indicator and scope. Messages say what to do, in Vietnamese or English.
 */
import { matchEnum } from "../reading/cell-reader";
import {
  GOAL_SCOPES,
  OPERATORS,
  fieldDef,
  scopesFor,
  type FieldDef,
  type GoalScope,
} from "../form/form";
import type { GoalDraft } from "./goal-rows";
import { renderGoalMessage, type GoalMessageId, type MessageParams } from "../form/catalogue";
import { indicatorTitle, scopeLabel } from "../form/labels";
import type { ScopedGoal } from "../form/goals";
import { isBlankText } from "../helpers/normalise";
import { parseNumberText } from "../helpers/numbers";
import type { IndicatorId, Lang, Operator } from "../model/report";

export type GoalField = "indicator" | "operator" | "value" | "scope";

export interface GoalCheck {
  /** The goal, when every field is right. */
  readonly goal: ScopedGoal | null;
  /** What is wrong with each field, in the language asked for. */
  readonly problems: Readonly<Partial<Record<GoalField, string>>>;
}

const INDICATOR_FIELD = fieldDef("goals", "indicator") as FieldDef;
const OPERATOR_FIELD = fieldDef("goals", "operator") as FieldDef;
const SCOPE_FIELD = fieldDef("goals", "scope") as FieldDef;

function quoted(text: string): string {
  return `“${text.trim().slice(0, 60)}”`;
}

const OPERATOR_LIST = OPERATORS.map((choice) =>
  choice.symbol === choice.id ? choice.id : `${choice.id} (${choice.symbol})`
).join(", ");

function message(id: GoalMessageId, lang: Lang, params: MessageParams = {}): string {
  return renderGoalMessage(id, lang, { operators: OPERATOR_LIST, ...params });
}

function scopeList(scopes: ReadonlyArray<GoalScope>, lang: Lang): string {
  return scopes.map((scope) => scopeLabel(scope, lang)).join("; ");
}

interface Resolved {
  readonly indicator: IndicatorId | null;
  readonly scope: GoalScope | null;
}

function resolve(draft: GoalDraft): Resolved {
  const indicator = isBlankText(draft.indicator)
    ? null
    : (matchEnum(INDICATOR_FIELD, draft.indicator) as IndicatorId | null);
  const scope = isBlankText(draft.scope)
    ? null
    : (matchEnum(SCOPE_FIELD, draft.scope) as GoalScope | null);
  return { indicator, scope };
}

/** The value typed, read with the language's decimal mark (`90,5` in Vietnamese, `90.5` in English); `95 %` is 95. */
export function parseGoalValue(text: string, lang: Lang): number | null {
  const parsed = parseNumberText(text, lang === "en" ? "en-US" : "vi-VN");
  return parsed === null ? null : parsed.value;
}

/**
 * Checks one goal. `earlier` are the goals above it in the editor: a second goal for the same indicator and
 * scope is refused (the engine would ignore it), naming the row of the first.
 */
export function checkGoalRow(
  draft: GoalDraft,
  lang: Lang,
  earlier: ReadonlyArray<GoalDraft> = []
): GoalCheck {
  const problems: Partial<Record<GoalField, string>> = {};
  const { indicator, scope } = resolve(draft);

  if (isBlankText(draft.indicator)) problems.indicator = message("indicator-missing", lang);
  else if (!indicator)
    problems.indicator = message("indicator-unknown", lang, { text: quoted(draft.indicator) });

  const operator = isBlankText(draft.operator)
    ? null
    : (matchEnum(OPERATOR_FIELD, draft.operator) as Operator | null);
  if (isBlankText(draft.operator)) problems.operator = message("operator-missing", lang);
  else if (!operator)
    problems.operator = message("operator-unknown", lang, { text: quoted(draft.operator) });

  const value = isBlankText(draft.value) ? null : parseGoalValue(draft.value, lang);
  if (isBlankText(draft.value)) problems.value = message("value-missing", lang);
  else if (value === null)
    problems.value = message("value-not-number", lang, { text: quoted(draft.value) });

  if (isBlankText(draft.scope)) problems.scope = message("scope-missing", lang);
  else if (!scope)
    problems.scope = message("scope-unknown", lang, {
      text: quoted(draft.scope),
      scopes: scopeList(
        GOAL_SCOPES.map((candidate) => candidate.id),
        lang
      ),
    });
  else if (indicator && !scopesFor(indicator).includes(scope))
    problems.scope = message("scope-not-allowed", lang, {
      indicator: indicatorTitle(indicator, lang),
      scopes: scopeList(scopesFor(indicator), lang),
    });

  if (indicator && scope && !problems.scope) {
    const first = earlier.findIndex((other) => {
      const resolved = resolve(other);
      return resolved.indicator === indicator && resolved.scope === scope;
    });
    if (first >= 0)
      problems.indicator = message("duplicate", lang, {
        scope: scopeLabel(scope, lang),
        row: String(first + 1),
      });
  }

  const ok = Object.keys(problems).length === 0;
  return {
    goal: ok ? { indicator: indicator!, operator: operator!, value: value!, scope: scope! } : null,
    problems,
  };
}

/** Checks every goal of the editor, each against the ones above it. */
export function checkGoalRows(drafts: ReadonlyArray<GoalDraft>, lang: Lang): GoalCheck[] {
  return drafts.map((draft, index) => checkGoalRow(draft, lang, drafts.slice(0, index)));
}
