/**
 * Checks a goal as the user types it in the goals editor, by the same rules the engine applies to the goals
 * sheet (rules/goals-sheet.ts): an indicator from the list, one of the spec's operators, a number, a scope the
 * indicator has, and one goal per indicator and scope. Messages say what to do, in Vietnamese or English.
 */
import { matchEnum } from '../reading/cell-reader';
import { GOAL_SCOPES, OPERATORS, fieldDef, scopesFor, type FieldDef, type GoalScope } from '../form/form';
import type { GoalDraft } from './goal-rows';
import { indicatorTitle, scopeLabel } from '../form/labels';
import type { ScopedGoal } from '../form/goals';
import { isBlankText } from '../helpers/normalise';
import { parseNumberText } from '../helpers/numbers';
import type { IndicatorId, Lang, Operator } from '../model/report';

export type GoalField = 'indicator' | 'operator' | 'value' | 'scope';

export interface GoalCheck {
  /** The goal, when every field is right. */
  readonly goal: ScopedGoal | null;
  /** What is wrong with each field, in the language asked for. */
  readonly problems: Readonly<Partial<Record<GoalField, string>>>;
}

const INDICATOR_FIELD = fieldDef('goals', 'indicator') as FieldDef;
const OPERATOR_FIELD = fieldDef('goals', 'operator') as FieldDef;
const SCOPE_FIELD = fieldDef('goals', 'scope') as FieldDef;

function quoted(text: string): string {
  return `“${text.trim().slice(0, 60)}”`;
}

const OPERATOR_LIST = OPERATORS.map((choice) => (choice.symbol === choice.id ? choice.id : `${choice.id} (${choice.symbol})`)).join(', ');

const MESSAGES = {
  indicatorMissing: { vi: 'Chọn một chỉ số trong danh sách.', en: 'Pick an indicator from the list.' },
  indicatorUnknown: (text: string) => ({
    vi: `${quoted(text)} không phải là chỉ số trong danh sách. Chọn một chỉ số trong danh sách.`,
    en: `${quoted(text)} is not an indicator on the list. Pick one from the list.`,
  }),
  operatorMissing: { vi: `Chọn điều kiện: ${OPERATOR_LIST}.`, en: `Pick an operator: ${OPERATOR_LIST}.` },
  operatorUnknown: (text: string) => ({
    vi: `${quoted(text)} không phải là điều kiện hợp lệ. Dùng một trong: ${OPERATOR_LIST}.`,
    en: `${quoted(text)} is not an operator. Use one of: ${OPERATOR_LIST}.`,
  }),
  valueMissing: { vi: 'Nhập giá trị mục tiêu (một số).', en: 'Enter the goal’s value (a number).' },
  valueNotNumber: (text: string) => ({
    vi: `${quoted(text)} không phải là số. Phần thập phân viết sau dấu phẩy, ví dụ 90,5.`,
    en: `${quoted(text)} is not a number. Write decimals after a point, e.g. 90.5.`,
  }),
  scopeMissing: { vi: 'Chọn phạm vi.', en: 'Pick a scope.' },
  scopeUnknown: (text: string) => ({
    vi: `${quoted(text)} không phải là phạm vi. Dùng: ${GOAL_SCOPES.map((scope) => scope.labels!.vi).join('; ')}.`,
    en: `${quoted(text)} is not a scope. Use: ${GOAL_SCOPES.map((scope) => scope.labels!.en).join('; ')}.`,
  }),
  scopeNotAllowed: (indicator: IndicatorId, allowed: ReadonlyArray<GoalScope>) => ({
    vi: `Chỉ số “${indicatorTitle(indicator, 'vi')}” chỉ đặt mục tiêu theo phạm vi: ${allowed.map((scope) => scopeLabel(scope, 'vi')).join('; ')}.`,
    en: `“${indicatorTitle(indicator, 'en')}” takes a goal only for: ${allowed.map((scope) => scopeLabel(scope, 'en')).join('; ')}.`,
  }),
  duplicate: (scope: GoalScope, row: number) => ({
    vi: `Chỉ số này đã có mục tiêu cho phạm vi “${scopeLabel(scope, 'vi')}” ở dòng ${row}. Sửa hoặc xoá một trong hai dòng.`,
    en: `This indicator already has a goal for “${scopeLabel(scope, 'en')}” in row ${row}. Change or remove one of the two rows.`,
  }),
};

interface Resolved {
  readonly indicator: IndicatorId | null;
  readonly scope: GoalScope | null;
}

function resolve(draft: GoalDraft): Resolved {
  const indicator = isBlankText(draft.indicator) ? null : (matchEnum(INDICATOR_FIELD, draft.indicator) as IndicatorId | null);
  const scope = isBlankText(draft.scope) ? null : (matchEnum(SCOPE_FIELD, draft.scope) as GoalScope | null);
  return { indicator, scope };
}

/** The value typed, read with the language's decimal mark (`90,5` in Vietnamese, `90.5` in English); `95 %` is 95. */
export function parseGoalValue(text: string, lang: Lang): number | null {
  const parsed = parseNumberText(text, lang === 'en' ? 'en-US' : 'vi-VN');
  return parsed === null ? null : parsed.value;
}

/**
 * Checks one goal. `earlier` are the goals above it in the editor: a second goal for the same indicator and
 * scope is refused (the engine would ignore it), naming the row of the first.
 */
export function checkGoalRow(draft: GoalDraft, lang: Lang, earlier: ReadonlyArray<GoalDraft> = []): GoalCheck {
  const problems: Partial<Record<GoalField, string>> = {};
  const { indicator, scope } = resolve(draft);

  if (isBlankText(draft.indicator)) problems.indicator = MESSAGES.indicatorMissing[lang];
  else if (!indicator) problems.indicator = MESSAGES.indicatorUnknown(draft.indicator)[lang];

  const operator = isBlankText(draft.operator) ? null : (matchEnum(OPERATOR_FIELD, draft.operator) as Operator | null);
  if (isBlankText(draft.operator)) problems.operator = MESSAGES.operatorMissing[lang];
  else if (!operator) problems.operator = MESSAGES.operatorUnknown(draft.operator)[lang];

  const value = isBlankText(draft.value) ? null : parseGoalValue(draft.value, lang);
  if (isBlankText(draft.value)) problems.value = MESSAGES.valueMissing[lang];
  else if (value === null) problems.value = MESSAGES.valueNotNumber(draft.value)[lang];

  if (isBlankText(draft.scope)) problems.scope = MESSAGES.scopeMissing[lang];
  else if (!scope) problems.scope = MESSAGES.scopeUnknown(draft.scope)[lang];
  else if (indicator && !scopesFor(indicator).includes(scope)) problems.scope = MESSAGES.scopeNotAllowed(indicator, scopesFor(indicator))[lang];

  if (indicator && scope && !problems.scope) {
    const first = earlier.findIndex((other) => {
      const resolved = resolve(other);
      return resolved.indicator === indicator && resolved.scope === scope;
    });
    if (first >= 0) problems.indicator = MESSAGES.duplicate(scope, first + 1)[lang];
  }

  const ok = Object.keys(problems).length === 0;
  return { goal: ok ? { indicator: indicator!, operator: operator!, value: value!, scope: scope! } : null, problems };
}

/** Checks every goal of the editor, each against the ones above it. */
export function checkGoalRows(drafts: ReadonlyArray<GoalDraft>, lang: Lang): GoalCheck[] {
  return drafts.map((draft, index) => checkGoalRow(draft, lang, drafts.slice(0, index)));
}
